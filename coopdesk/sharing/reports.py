"""The printable documents of benefit sharing: a distribution's preview, the payout sheet the
treasurer takes to the pay table, a member's "why this amount", and the list of unclaimed
payouts. Built as :class:`~coopdesk.reports.document.Document` data, rendered by the reports
layer (PDF, Excel, CSV); no Qt.

The member tables stream: their rows are read from the database a batch at a time while the
document is rendered, so a run of 100,000 members is never held in memory. Each streaming table
can be read again (a fresh query each time), so one document can be written as PDF and as Excel.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal
from functools import partial
from typing import Any

from sqlalchemy import Select, func, select

from coopdesk.core.errors import ValidationError
from coopdesk.core.i18n import N_, _, language
from coopdesk.core.money import exponent
from coopdesk.core.uow import UnitOfWork
from coopdesk.members.models import Member
from coopdesk.members.rules import STATUS_LABELS as MEMBER_STATUS_LABELS
from coopdesk.members.rules import Status
from coopdesk.reports.cells import CellFormatter
from coopdesk.reports.document import (
    Cell,
    Chart,
    Column,
    Document,
    Heading,
    KeyValues,
    Kind,
    PageBreak,
    Paragraph,
    Signatures,
    Table,
)
from coopdesk.sharing import queries
from coopdesk.sharing.allocation import BASIS_LABELS, Basis
from coopdesk.sharing.explain import explain
from coopdesk.sharing.models import Distribution, DistributionLine, Payout
from coopdesk.sharing.services import (
    METHOD_VIA,
    SOURCE_LABELS,
    VIA,
    VIA_LABELS,
    RunStatus,
    Source,
    _run,
)

__all__ = ["explanation", "payout_sheet", "preview", "unclaimed_list"]

BATCH = 2000                     # rows fetched from the database at a time
SIGN_ROW_HEIGHT = 40.0           # points (14 mm): room to sign or press a thumb
METHODS = ("cash", "bank", "mobile")  # the register's payout methods, in the order paid out
GRAM = Decimal("0.001")
VALUE_TITLES = {Basis.GRAMS: N_("Fine metal (g)"), Basis.VALUE: N_("Production delivered"),
                Basis.SHARES: N_("Average capital"), Basis.DAYS: N_("Days worked"),
                Basis.EQUAL: N_("Parts")}
VALUE_UNITS = {Basis.GRAMS: N_("grams of fine metal"),
               Basis.VALUE: N_("{currency} paid for production"),
               Basis.SHARES: N_("{currency} of paid-up capital, on average over the period"),
               Basis.DAYS: N_("days worked"), Basis.EQUAL: N_("members, one part each")}


class _Rows(Iterable[Sequence[Cell]]):
    """Rows made by a fresh generator each time they are read (a document rendered twice
    reads the database twice, never a list kept in between)."""

    def __init__(self, make: Callable[[], Iterator[Sequence[Cell]]]) -> None:
        self._make = make

    def __iter__(self) -> Iterator[Sequence[Cell]]:
        return self._make()


@dataclass(frozen=True)
class _Units:
    """Minor units, fine milligrams and capital-days as the numbers a reader expects."""

    places: int
    period_days: int

    def money(self, minor: int) -> Decimal:
        return Decimal(minor).scaleb(-self.places)

    def value(self, basis: Basis, v: int) -> Cell:
        if basis is Basis.GRAMS:
            return Decimal(v).scaleb(-7).quantize(GRAM, ROUND_HALF_EVEN)
        if basis is Basis.VALUE:
            return self.money(v)
        if basis is Basis.SHARES:
            return self.money(v // max(self.period_days, 1))
        return v

    @staticmethod
    def kind(basis: Basis) -> Kind:
        if basis is Basis.GRAMS:
            return Kind.DECIMAL
        if basis in (Basis.VALUE, Basis.SHARES):
            return Kind.MONEY
        return Kind.INT


def _document(uow: UnitOfWork, title: str, *, subtitle: str | None = None,
              landscape: bool = False) -> Document:
    coop = uow.coop()
    return Document(title=title, cooperative=coop.name, currency=coop.currency,
                    subtitle=subtitle, landscape=landscape)


def _method_label(method: str) -> str:
    return _(VIA_LABELS[METHOD_VIA.get(method, "cash")])


def _via_method(via: str | None) -> str | None:
    if via is None:
        return None
    if via not in VIA:
        raise ValidationError(_("Pay by cash, bank or mobile_money, not “{via}”.", via=via),
                              "via")
    return next(k for k, v in METHOD_VIA.items() if v == via)


def _contact(method: str, account: str | None, provider: str | None, phone: str | None,
             payee: str | None, successor_phone: str | None) -> str | None:
    """Where the money goes, from the register: the bank or mobile-money account, or a phone
    to reach the member (or the successor who collects a deceased member's share)."""
    if payee is not None:
        return successor_phone or None
    if method == "bank":
        return " ".join(x for x in (provider, account) if x) or None
    if method == "mobile":
        return " ".join(x for x in (provider, account or phone) if x) or None
    return phone or None


def _payee(payee: str | None) -> str | None:
    if payee is None:
        return None
    return payee or _("(no successor recorded)")


def _period(fmt: CellFormatter, start: dt.date, end: dt.date) -> str:
    return _("{start} to {end}", start=fmt.date(start), end=fmt.date(end))


def _facts(d: queries.RunDetail, fmt: CellFormatter) -> KeyValues:
    p = d.policy
    money = d.currency
    source = _(SOURCE_LABELS[Source(d.row.source)])
    if d.year:
        source = _("{source} {year}", source=source, year=d.year)
    weights = [(b, w) for b, w in p.mix if w > 0]
    wsum = sum((w for _b, w in weights), Decimal(0)) or Decimal(1)
    mix = ", ".join(_("{basis} {weight} %", basis=_(BASIS_LABELS[b]),
                      weight=fmt.text(Kind.DECIMAL, w * 100 / wsum)) for b, w in weights)
    rules = [_("at least {days} active days in the period", days=p.min_days)]
    if p.exclude_suspended:
        rules.append(_("suspended members take no part"))
    if p.interest_cap is not None:
        rules.append(_("interest on capital capped at {rate} % a year",
                       rate=fmt.text(Kind.DECIMAL, p.interest_cap)))
    if p.rounding > 1:
        rules.append(_("payouts in multiples of {unit}", unit=fmt.text(
            Kind.MONEY, Decimal(p.rounding).scaleb(-exponent(money)))))
    if d.approved_on is not None:
        approval = _("{date}, resolution {resolution}", date=fmt.date(d.approved_on),
                     resolution=d.resolution or "")
    else:
        approval = _("Not approved yet")
    if d.entry:
        posting = _("Entry {entry} of {date}", entry=d.entry,
                    date=fmt.date(d.row.posted_on) if d.row.posted_on else "")
    else:
        posting = _("Not posted yet")
    return KeyValues([
        (_("Source"), _("{source}, account {account}", source=source,
                        account=d.source_account)),
        (_("Amount shared"), fmt.text(Kind.MONEY, d.row.amount)),
        (_("Period"), _period(fmt, d.start, d.end)),
        (_("Policy"), _("{name}: the members' part by {mix}", name=p.name, mix=mix)),
        (_("Eligibility"), "; ".join(rules)),
        (_("Status"), queries.status_text(d.row.status)),
        (_("Approved"), approval),
        (_("Posted"), posting),
        (_("Members"), _("{eligible} eligible, {excluded} excluded, {receiving} receive "
                         "something, {unpaid} not paid yet", eligible=d.eligible,
                         excluded=d.excluded, receiving=d.row.members, unpaid=d.row.unpaid)),
    ])


# ---- preview -----------------------------------------------------------------------------------

def preview(uow: UnitOfWork, number: int) -> Document:
    """A distribution as the assembly sees it before approving it (and as the books keep it
    after): the facts, the funds, the members' part per basis, a chart of where the money goes,
    and every member's line."""
    d = queries.detail(uow, number)
    fmt = CellFormatter(language(), d.currency)
    units = _Units(exponent(d.currency), (d.end - d.start).days + 1)
    doc = _document(uow, _("Distribution {number}: {title}", number=number, title=d.row.title),
                    subtitle=_("{status} — {period}", status=queries.status_text(d.row.status),
                               period=_period(fmt, d.start, d.end)), landscape=True)
    doc.add(_facts(d, fmt))

    funds: list[list[Cell]] = [
        [st.title, st.percent, st.account, st.amount,
         _("capped: the fund has reached its ceiling") if st.capped else None]
        for st in d.steps]
    funds.append([_("Members' part, shared among the members"), None, d.payable_account,
                  d.row.shared, _("{count} member(s) receive something",
                                  count=d.row.members)])
    funds.append([_("Left by rounding"), None, d.source_account, d.residue,
                  _("less than one unit of rounding: stays in the source account")])
    doc.add(Heading(_("Funds and members' part"), 2), Table(
        [Column(_("Step"), Kind.TEXT, 2.6), Column(_("%"), Kind.DECIMAL, 0.5),
         Column(_("Account"), Kind.TEXT, 0.8), Column(_("Amount"), Kind.MONEY, 1.2, True),
         Column(_("Note"), Kind.TEXT, 2.8)], funds))

    weights = [(b, w) for b, w in d.policy.mix if w > 0]
    wsum = sum((w for _b, w in weights), Decimal(0)) or Decimal(1)
    bases: list[list[Cell]] = [
        [_(BASIS_LABELS[b]), (w * 100 / wsum).quantize(Decimal("0.01")),
         d.parts.get(b, Decimal(0)), units.value(b, d.totals.get(b, 0)),
         _(VALUE_UNITS[b], currency=d.currency)]
        for b, w in weights]
    doc.add(Heading(_("The members' part by basis"), 2),
            Paragraph(_("The members' part, {pool}, is divided among the bases of the policy "
                        "by their weights; each basis's part is shared in proportion to what "
                        "each eligible member has on it. Rounded to the unit, the members "
                        "receive {shared} together; {residue} is left by rounding.",
                        pool=fmt.text(Kind.MONEY, d.pool), shared=fmt.text(Kind.MONEY,
                                                                            d.row.shared),
                        residue=fmt.text(Kind.MONEY, d.residue))),
            Table([Column(_("Basis"), Kind.TEXT, 2.4), Column(_("Weight %"), Kind.DECIMAL, 0.8),
                   Column(_("Part of the pool"), Kind.MONEY, 1.2),
                   Column(_("All eligible members together"), Kind.DECIMAL, 1.4),
                   Column(_("Unit"), Kind.TEXT, 2.2)], bases))

    labels = [st.title for st in d.steps if st.amount]
    values: list[int | Decimal] = [st.amount for st in d.steps if st.amount]
    labels.append(_("Members"))
    values.append(d.row.shared)
    if d.residue:
        labels.append(_("Left by rounding"))
        values.append(d.residue)
    doc.add(Chart(_("Where the money goes"), labels, values, kind="pie"))

    cols = [Column(_("No."), Kind.INT, 0.5), Column(_("Name"), Kind.TEXT, 2.1),
            Column(_("Status"), Kind.TEXT, 0.8), Column(_("Active days"), Kind.INT, 0.6)]
    shown = [b for b, _w in weights]
    for b in shown:
        title = _(VALUE_TITLES[b])
        if b in (Basis.VALUE, Basis.SHARES):
            title = _("{title} ({currency})", title=title, currency=d.currency)
        cols.append(Column(title, units.kind(b), 1.0))
    cols += [Column(_("Excluded because"), Kind.TEXT, 1.8),
             Column(_("Amount"), Kind.MONEY, 1.0, True), Column(_("Paid to"), Kind.TEXT, 1.3),
             Column(_("Paid on"), Kind.DATE, 0.8)]
    doc.add(Table(cols, _Rows(lambda: _member_rows(uow, number, shown, units)),
                  title=_("Members of distribution {number}", number=number),
                  sheet=_("Members")))
    return doc


def _statuses() -> dict[str, str]:
    return {s.value: _(MEMBER_STATUS_LABELS[s]) for s in Status}


def _member_rows(uow: UnitOfWork, number: int, bases: Sequence[Basis],
                 units: _Units) -> Iterator[Sequence[Cell]]:
    statuses = _statuses()
    loads = json.loads
    with uow.read() as s:
        d = _run(s, number)
        q = (select(DistributionLine.member_number, DistributionLine.name,
                    DistributionLine.status, DistributionLine.active_days,
                    DistributionLine.values, DistributionLine.excluded,
                    DistributionLine.amount, DistributionLine.payee, Payout.date)
             .outerjoin(Payout, Payout.id == DistributionLine.payout_id)
             .where(DistributionLine.distribution_id == d.id)
             .order_by(DistributionLine.member_number)
             .execution_options(yield_per=BATCH))
        for no, name, status, days, values, excluded, amount, payee, paid_on in s.execute(q):
            v = loads(values)
            row: list[Cell] = [no, name, statuses.get(status, status), days]
            row += [units.value(b, int(v.get(b.value, 0))) for b in bases]
            row += [excluded, units.money(amount), _payee(payee), paid_on]
            yield row


# ---- payout sheet ------------------------------------------------------------------------------

def _payable(d: Distribution, method: str | None, unpaid_only: bool) -> Select[Any]:
    q = select(func.count()).where(DistributionLine.distribution_id == d.id,
                                   DistributionLine.amount > 0)
    if method is not None:
        q = q.where(DistributionLine.payout_method == method)
    if unpaid_only:
        q = q.where(DistributionLine.payout_id.is_(None))
    return q


def payout_sheet(uow: UnitOfWork, number: int, *, via: str | None = None,
                 unpaid_only: bool = True) -> Document:
    """The list the treasurer pays from: one tall row per member (number, name, the successor
    who collects for a deceased member, the account or phone from the register, the amount) and
    an empty column to sign or press a thumb in; grouped by payout method with subtotals, the
    total at the end and lines for the treasurer's and a witness's signatures."""
    method = _via_method(via)
    d = queries.detail(uow, number)
    fmt = CellFormatter(language(), d.currency)
    units = _Units(exponent(d.currency), 1)
    with uow.read() as s:
        run = _run(s, number)
        q = (_payable(run, method, unpaid_only)
             .add_columns(DistributionLine.payout_method,
                          func.coalesce(func.sum(DistributionLine.amount), 0))
             .group_by(DistributionLine.payout_method))
        groups = {m: (int(n), int(total)) for n, m, total in s.execute(q)}
    title = (_("Payout sheet, distribution {number}", number=number) if method is None else
             _("Payout sheet by {method}, distribution {number}",
               method=_method_label(method).lower(), number=number))
    doc = _document(uow, title, subtitle=d.row.title)
    facts = [(_("Distribution"), f"{number}: {d.row.title}"),
             (_("Status"), queries.status_text(d.row.status))]
    if d.row.posted_on:
        facts.append((_("Posted"), fmt.date(d.row.posted_on)))
    facts.append((_("Listed"), _("members not paid yet") if unpaid_only else
                  _("every member who receives something")))
    facts.append((_("Day of payment"), "_" * 24))
    doc.add(KeyValues(facts))
    if d.row.status != RunStatus.POSTED:
        doc.add(Paragraph(_("This distribution is not posted yet: nobody may be paid from this "
                            "sheet until the assembly has approved it and it is posted.")))
    count = sum(n for n, _t in groups.values())
    if not count:
        doc.add(Paragraph(_("Nobody is left to pay in this distribution.") if unpaid_only
                          else _("Nobody receives anything from this distribution.")))
        return doc
    doc.add(Paragraph(_("Pay each member the amount on their line and have them sign or press "
                        "their thumb beside it. A deceased member's share is paid to the "
                        "successor named on the line. Record the payout in coopdesk the same "
                        "day.")))
    cols = [Column(_("No."), Kind.INT, 0.75), Column(_("Name"), Kind.TEXT, 1.6),
            Column(_("Paid to (successor)"), Kind.TEXT, 1.2),
            Column(_("Account or phone"), Kind.TEXT, 2.0),
            Column(_("Amount"), Kind.MONEY, 1.5, True)]
    if not unpaid_only:
        cols.append(Column(_("Paid on"), Kind.DATE, 1.15))
    cols.append(Column(_("Signature or thumbprint"), Kind.TEXT, 2.3))
    summary: list[list[Cell]] = []
    for m in METHODS:
        if m not in groups:
            continue
        n, total = groups[m]
        label = _method_label(m)
        doc.add(Table(cols, _Rows(partial(_payout_rows, uow, number, m, unpaid_only, units)),
                      title=_("{method}: {count} member(s)", method=label, count=n),
                      sheet=_("Payout sheet"), row_height=SIGN_ROW_HEIGHT))
        summary.append([label, n, units.money(total)])
    # the totals and the signature lines stay on one page: nobody signs a page on its own
    doc.add(PageBreak(unless_room_mm=36 + 5 * (len(summary) + 2)),
            Heading(_("Total to pay"), 2),
            Table([Column(_("Payout method"), Kind.TEXT, 2.0),
                   Column(_("Members"), Kind.INT, 0.8, True),
                   Column(_("Amount"), Kind.MONEY, 1.2, True)], summary),
            Signatures([_("Treasurer"), _("Witness")]))
    return doc


def _payout_rows(uow: UnitOfWork, number: int, method: str, unpaid_only: bool,
                 units: _Units) -> Iterator[Sequence[Cell]]:
    with uow.read() as s:
        d = _run(s, number)
        q = (select(DistributionLine.member_number, DistributionLine.name,
                    DistributionLine.payee, DistributionLine.amount, Member.payout_account,
                    Member.payout_provider, Member.phone, Member.successor_phone, Payout.date)
             .join(Member, Member.id == DistributionLine.member_id)
             .outerjoin(Payout, Payout.id == DistributionLine.payout_id)
             .where(DistributionLine.distribution_id == d.id, DistributionLine.amount > 0,
                    DistributionLine.payout_method == method)
             .order_by(DistributionLine.member_number)
             .execution_options(yield_per=BATCH))
        if unpaid_only:
            q = q.where(DistributionLine.payout_id.is_(None))
        for no, name, payee, amount, account, provider, phone, sphone, paid_on in s.execute(q):
            row: list[Cell] = [no, name, _payee(payee),
                               _contact(method, account, provider, phone, payee, sphone),
                               units.money(amount)]
            if not unpaid_only:
                row.append(paid_on)
            row.append(None)
            yield row


# ---- why this amount ---------------------------------------------------------------------------

def explanation(uow: UnitOfWork, number: int, member_no: int) -> Document:
    """“Why this amount” for one member, in words and in figures, to print and sign."""
    e = explain(uow, number, member_no)
    doc = _document(uow, _("Why this amount"),
                    subtitle=_("Distribution {number}: {title} — member {member}, {name}",
                               number=e.run, title=e.title, member=e.member, name=e.name))
    doc.add(Heading(_("{name} (member {number})", name=e.name, number=e.member), 2))
    doc.add(*(Paragraph(t) for t in e.sentences))
    doc.add(Heading(_("In figures"), 2), KeyValues(e.figures),
            Signatures([_("Treasurer")]))
    return doc


# ---- unclaimed payouts -------------------------------------------------------------------------

def unclaimed_list(uow: UnitOfWork, number: int, today: dt.date | None = None) -> Document:
    """Members whose payout is still not collected once the policy's time for collecting has
    passed since the distribution was posted."""
    d = queries.detail(uow, number)
    fmt = CellFormatter(language(), d.currency)
    units = _Units(exponent(d.currency), 1)
    day = today or dt.date.today()
    days = d.policy.unclaimed_days
    doc = _document(uow, _("Unclaimed payouts, distribution {number}", number=number),
                    subtitle=d.row.title)
    facts = [(_("Distribution"), f"{number}: {d.row.title}"),
             (_("Posted"), fmt.date(d.row.posted_on) if d.row.posted_on else
              _("Not posted yet")),
             (_("Unclaimed after"), _("{days} days", days=days)),
             (_("As of"), fmt.date(day))]
    doc.add(KeyValues(facts))
    if d.row.posted_on is None:
        doc.add(Paragraph(_("The distribution is not posted yet, so no payout can be "
                            "unclaimed.")))
        return doc
    due = d.row.posted_on + dt.timedelta(days=days)
    if day < due:
        doc.add(Paragraph(_("Payouts count as unclaimed from {date}, {days} days after the "
                            "posting; nothing is unclaimed yet.", date=fmt.date(due),
                            days=days)))
        return doc
    with uow.read() as s:
        run = _run(s, number)
        n, total = s.execute(_payable(run, None, True).add_columns(
            func.coalesce(func.sum(DistributionLine.amount), 0))).one()
    if not n:
        doc.add(Paragraph(_("Every member has been paid: nothing is unclaimed.")))
        return doc
    doc.add(Paragraph(_("{count} member(s) have not collected {amount} since {date}.",
                        count=n, amount=fmt.text(Kind.MONEY, units.money(int(total))),
                        date=fmt.date(d.row.posted_on))))
    doc.add(Table([Column(_("No."), Kind.INT, 0.55), Column(_("Name"), Kind.TEXT, 1.8),
                   Column(_("Paid to (successor)"), Kind.TEXT, 1.3),
                   Column(_("Payout method"), Kind.TEXT, 1.0),
                   Column(_("Account or phone"), Kind.TEXT, 1.9),
                   Column(_("Amount"), Kind.MONEY, 1.1, True)],
                  _Rows(lambda: _unclaimed_rows(uow, number, units))))
    return doc


def _unclaimed_rows(uow: UnitOfWork, number: int, units: _Units) -> Iterator[Sequence[Cell]]:
    labels = {m: _method_label(m) for m in METHODS}
    with uow.read() as s:
        d = _run(s, number)
        q = (select(DistributionLine.member_number, DistributionLine.name,
                    DistributionLine.payee, DistributionLine.payout_method,
                    DistributionLine.amount, Member.payout_account, Member.payout_provider,
                    Member.phone, Member.successor_phone)
             .join(Member, Member.id == DistributionLine.member_id)
             .where(DistributionLine.distribution_id == d.id, DistributionLine.amount > 0,
                    DistributionLine.payout_id.is_(None))
             .order_by(DistributionLine.member_number)
             .execution_options(yield_per=BATCH))
        for no, name, payee, method, amount, account, provider, phone, sphone in s.execute(q):
            yield [no, name, _payee(payee), labels.get(method, method),
                   _contact(method, account, provider, phone, payee, sphone),
                   units.money(amount)]
