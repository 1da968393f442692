"""The books' documents: trial balance, general ledger, account, member and cash statements,
income statement, balance sheet; and the registry through which the domains standing on the
books add theirs (production and sales).

Each is built as a :class:`~coopdesk.reports.document.Document` beside the previous period: the
summaries get "previous period" columns, the ledgers open on the previous period's closing
balance. Ledger rows stream from the database while the document is rendered.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal

from coopdesk.core.errors import ValidationError
from coopdesk.core.i18n import N_, _, language
from coopdesk.core.uow import UnitOfWork
from coopdesk.ledger import statements as st
from coopdesk.reports.cells import CellFormatter
from coopdesk.reports.document import (
    Cell,
    Column,
    Document,
    Heading,
    KeyValues,
    Kind,
    Table,
)

Progress = Callable[[int, int], None]
ZERO = Decimal(0)


@dataclass(frozen=True)
class ReportSpec:
    name: str
    title: str  # marked with N_(), translated when shown
    needs_account: bool = False
    needs_member: bool = False
    landscape: bool = False


REPORTS: dict[str, ReportSpec] = {r.name: r for r in (
    ReportSpec("trial-balance", N_("Trial balance"), landscape=True),
    ReportSpec("general-ledger", N_("General ledger"), landscape=True),
    ReportSpec("account-statement", N_("Account statement"), needs_account=True,
               landscape=True),
    ReportSpec("member-statement", N_("Member statement"), needs_member=True, landscape=True),
    ReportSpec("cash-book", N_("Cash book"), landscape=True),
    ReportSpec("income-statement", N_("Income statement")),
    ReportSpec("balance-sheet", N_("Balance sheet")),
)}


@dataclass
class ReportContext:
    """What a report's builder gets: the open book, the document to fill, the period and the
    previous one (None without comparison), the options, a formatter for the reader."""

    uow: UnitOfWork
    doc: Document
    start: dt.date
    end: dt.date
    prev: tuple[dt.date, dt.date] | None
    account: str | None
    member: int | None
    progress: Progress | None
    fmt: CellFormatter


def build(uow: UnitOfWork, name: str, start: dt.date, end: dt.date, *,
          account: str | None = None, member: int | None = None, compare: bool = True,
          progress: Progress | None = None) -> Document:
    """The report ``name`` (a key of :data:`REPORTS`) for ``start`` to ``end``."""
    spec = REPORTS.get(name)
    if spec is None:
        raise ValidationError(_("There is no report named '{name}'; the reports are: {known}.",
                                name=name, known=", ".join(REPORTS)), "report")
    if spec.needs_account and not (account or "").strip():
        raise ValidationError(_("The report \u201c{report}\u201d needs an account: give its "
                                "code with the option 'account'.", report=_(spec.title)),
                              "account")
    if spec.needs_member and member is None:
        raise ValidationError(_("The report \u201c{report}\u201d needs a member: give the "
                                "member number with the option 'member'.",
                                report=_(spec.title)), "member")
    if end < start:
        raise ValidationError(_("The period must end on or after the day it starts."), "end")
    coop = uow.coop()
    fmt = CellFormatter(language(), coop.currency)
    prev = st.previous_period(start, end, st.fiscal_years(uow)) if compare else None
    doc = Document(title=_(spec.title), cooperative=coop.name, currency=coop.currency,
                   landscape=spec.landscape)
    ctx = ReportContext(uow, doc, start, end, prev,
               (account or "").strip() or None if spec.needs_account else None,
               member if spec.needs_member else None, progress, fmt)
    point = name == "balance-sheet"
    doc.subtitle = (_("At {date}", date=fmt.date(end)) if point
                    else _("{start} to {end}", start=fmt.date(start), end=fmt.date(end)))
    facts = [(_("Period"), doc.subtitle)]
    if prev:
        facts.append((_("Previous period"),
                      _("At {date}", date=fmt.date(prev[1])) if point else
                      _("{start} to {end}", start=fmt.date(prev[0]), end=fmt.date(prev[1]))))
    if ctx.account:
        acc = st.find_account(uow, ctx.account)
        facts.append((_("Account"), f"{acc.code} {acc.name}"))
    if ctx.member is not None:
        m = st.find_member(uow, ctx.member)
        facts.append((_("Member"), f"{m.number:04d} {m.name}"))
    facts.append((_("Currency"), coop.currency))
    if uow.actor.user_id is not None:  # a person logged in (not the command line's reader)
        facts.append((_("Generated for"), uow.actor.username))
    doc.add(KeyValues(facts))
    _BUILDERS[name](ctx)
    return doc


Builder = Callable[[ReportContext], None]


def _m(title: str, total: bool = False, width: float = 1.1) -> Column:
    return Column(title, Kind.MONEY, width, total)


# ---- trial balance -----------------------------------------------------------------------------

def _trial(c: ReportContext) -> None:
    now = st.trial_balance(c.uow, c.start, c.end)
    before = {t.code: t for t in st.trial_balance(c.uow, *c.prev)} if c.prev else {}
    cols = [Column(_("Code"), Kind.TEXT, 0.6), Column(_("Account"), Kind.TEXT, 2.6),
            _m(_("Opening balance"), True), _m(_("Debit"), True), _m(_("Credit"), True),
            _m(_("Closing balance"), True)]
    if c.prev:
        cols += [_m(_("Debit, previous period"), True), _m(_("Credit, previous period"), True)]
    by_code = {t.code: t for t in now}
    rows: list[list[Cell]] = []
    for code in sorted(set(by_code) | set(before)):
        t, p = by_code.get(code), before.get(code)
        head = t or p
        assert head is not None
        # An account only in the previous period closed it at zero: nothing now.
        row: list[Cell] = [code, head.name, *((t.opening, t.debit, t.credit, t.closing) if t
                                              else (ZERO, ZERO, ZERO, ZERO))]
        if c.prev:
            row += [p.debit if p else ZERO, p.credit if p else ZERO]
        rows.append(row)
    c.doc.add(Table(cols, rows))


# ---- income statement and balance sheet --------------------------------------------------------

_SECTION_TOTALS = {"income": N_("Total income"), "expense": N_("Total expenses"),
                   "asset": N_("Total assets"), "liability": N_("Total liabilities"),
                   "equity": N_("Total equity")}
_SECTION_TITLES = {"income": N_("Income"), "expense": N_("Expenses"), "asset": N_("Assets"),
                   "liability": N_("Liabilities"), "equity": N_("Equity")}


def _columns(c: ReportContext) -> list[Column]:
    cols = [Column(_("Code"), Kind.TEXT, 0.7), Column(_("Account"), Kind.TEXT, 3.2),
            _m(_("This period"), width=1.3)]
    return [*cols, _m(_("Previous period"), width=1.3)] if c.prev else cols


def _section_rows(cur: st.Section, prev: st.Section | None) -> list[list[Cell]]:
    """Heading rows, account rows and subtotals, both periods side by side."""
    now = {g.code: g for g in cur.groups}
    old = {g.code: g for g in prev.groups} if prev else {}
    rows: list[list[Cell]] = []
    for code in sorted(set(now) | set(old)):
        g, p = now.get(code), old.get(code)
        head = g or p
        assert head is not None
        rows.append([code, head.name, None, None])
        a = {ln.code: ln for ln in g.lines} if g else {}
        b = {ln.code: ln for ln in p.lines} if p else {}
        for lc in sorted(set(a) | set(b)):
            ln = a.get(lc) or b[lc]
            rows.append([lc, ln.name, a[lc].amount if lc in a else ZERO,
                         b[lc].amount if lc in b else ZERO])
        rows.append(["", _("Total {heading}", heading=head.name), g.total if g else ZERO,
                     p.total if p else ZERO])
    return rows


def _statement_tables(c: ReportContext, now: st.Statement, old: st.Statement | None,
                      extra: dict[str, list[list[Cell]]]) -> None:
    width = 4 if old else 3
    for section in now.sections:
        prev = old.section(section.kind) if old else None
        rows = _section_rows(section, prev) + extra.get(section.kind, [])
        plus = sum((r[2] for r in extra.get(section.kind, []) if isinstance(r[2], Decimal)),
                   ZERO)
        before = sum((r[3] for r in extra.get(section.kind, []) if isinstance(r[3], Decimal)),
                     ZERO)
        rows.append(["", _(_SECTION_TOTALS[section.kind]), section.total + plus,
                     prev.total + before if prev else None])
        c.doc.add(Heading(_(_SECTION_TITLES[section.kind]), 2),
                  Table(_columns(c), [r[:width] for r in rows]))


def _income(c: ReportContext) -> None:
    now = st.income_statement(c.uow, c.start, c.end)
    old = st.income_statement(c.uow, *c.prev) if c.prev else None
    _statement_tables(c, now, old, {})
    sums: list[list[Cell]] = [["", _("Total income"), now.section("income").total,
             old.section("income").total if old else None],
            ["", _("Total expenses"), now.section("expense").total,
             old.section("expense").total if old else None],
            ["", _("Result (surplus or loss)"), now.result, old.result if old else None]]
    c.doc.add(Heading(_("Result"), 2),
              Table(_columns(c), [r[:4 if old else 3] for r in sums]))


def _balance(c: ReportContext) -> None:
    now = st.balance_sheet(c.uow, c.end)
    old = st.balance_sheet(c.uow, c.prev[1]) if c.prev else None
    unclosed: list[Cell] = ["", _("Result not yet closed"), now.result,
                            old.result if old else None]
    _statement_tables(c, now, old, {"equity": [unclosed]})

    def right(s: st.Statement) -> Decimal:
        return s.section("liability").total + s.section("equity").total + s.result

    sums: list[list[Cell]] = [["", _("Total assets"), now.section("asset").total,
             old.section("asset").total if old else None],
            ["", _("Total liabilities and equity"), right(now), right(old) if old else None]]
    c.doc.add(Heading(_("Totals"), 2),
              Table(_columns(c), [r[:4 if old else 3] for r in sums]))


# ---- ledgers -----------------------------------------------------------------------------------

def _ledger(c: ReportContext, rows: Iterator[st.LedgerRow], member_column: bool = True,
            receipts: bool = False) -> None:
    cols = [Column(_("Account"), Kind.TEXT, 0.6), Column(_("Date"), Kind.DATE, 0.85),
            Column(_("Entry"), Kind.TEXT, 0.75), Column(_("Description"), Kind.TEXT, 3.4)]
    if member_column:
        cols.append(Column(_("Member"), Kind.TEXT, 1.5))
    cols += [_m(_("Receipts") if receipts else _("Debit"), True),
             _m(_("Payments") if receipts else _("Credit"), True), _m(_("Balance"), width=1.2)]
    brought = _("{account}: closing balance of the previous period") if c.prev else _(
        "{account}: balance brought forward")

    def cells() -> Iterator[Sequence[Cell]]:
        for r in rows:
            label = f"{r.account} {r.account_name}"
            if r.kind is st.RowKind.POSTING:
                who = f"{r.member:04d} {r.member_name}" if r.member is not None else None
                row: list[Cell] = [r.account, r.date, r.entry, r.description, who,
                                   r.debit or None, r.credit or None, r.balance]
            elif r.kind is st.RowKind.OPENING:
                day = r.date - dt.timedelta(days=1) if r.date else None
                row = [r.account, day, None, brought.format(account=label), None, None, None,
                       r.balance]
            else:
                row = [r.account, r.date, None, _("{account}: closing balance", account=label),
                       None, None, None, r.balance]
            yield row if member_column else row[:4] + row[5:]

    c.doc.add(Table(cols, cells()))


def _general(c: ReportContext) -> None:
    _ledger(c, st.general_ledger(c.uow, c.start, c.end, progress=c.progress))


def _account(c: ReportContext) -> None:
    assert c.account is not None
    _ledger(c, st.account_statement(c.uow, c.account, c.start, c.end))


def _member(c: ReportContext) -> None:
    assert c.member is not None
    _ledger(c, st.member_statement(c.uow, c.member, c.start, c.end), member_column=False)


def _cash(c: ReportContext) -> None:
    _ledger(c, st.cash_book(c.uow, c.start, c.end), receipts=True)


_BUILDERS: dict[str, Builder] = {
    "trial-balance": _trial, "general-ledger": _general, "account-statement": _account,
    "member-statement": _member, "cash-book": _cash, "income-statement": _income,
    "balance-sheet": _balance,
}


def register(spec: ReportSpec, builder: Builder) -> None:
    """Add the report of a domain that stands on the books (production adds
    "production-sales" when :mod:`coopdesk.production.queries` is imported); the books never
    import those domains."""
    REPORTS[spec.name] = spec
    _BUILDERS[spec.name] = builder
