"""The action plan and the budget as documents (PDF and Excel), built from the services'
queries: the activities with budget against actual, overdue and late ones said in words, a
timeline and each activity's spending; the budget against actual by account, its approval,
and a chart by expense group. Qt-free."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from coopdesk.core.errors import NotFound
from coopdesk.core.i18n import _, language
from coopdesk.core.uow import UnitOfWork
from coopdesk.plans import activities as acts
from coopdesk.plans import budgets
from coopdesk.reports.cells import CellFormatter
from coopdesk.reports.document import (
    Cell,
    Chart,
    Column,
    Document,
    Heading,
    KeyValues,
    Kind,
    Paragraph,
    Series,
    Signatures,
    Table,
    Timeline,
    TimelineBar,
)

ZERO = Decimal(0)


def flag_text(a: acts.Activity) -> str:
    """The activity's status in words, with OVERDUE or LATE when it is."""
    status = a.status_text
    if a.overdue:
        return _("OVERDUE - {status}", status=status)
    if a.late:
        return _("LATE - {status}", status=status)
    return status


def _span(rows: list[acts.Activity], year: int | None) -> tuple[dt.date, dt.date]:
    if year is not None:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    return min(a.starts for a in rows), max(a.ends for a in rows)


def action_plan_document(uow: UnitOfWork, year: int | None = None,
                         on: dt.date | None = None) -> Document:
    """The action plan (of the calendar ``year``, or all of it) on the day ``on``."""
    day = on or dt.date.today()
    rows = acts.activities(uow, year=year, on=day)
    coop = uow.coop()
    fmt = CellFormatter(language(), coop.currency)
    subtitle = (_("Year {year}", year=year) if year is not None else _("All activities"))
    doc = Document(title=_("Action plan"), cooperative=coop.name, currency=coop.currency,
                   subtitle=_("{what}, situation on {day}", what=subtitle, day=fmt.date(day)),
                   landscape=True)
    overdue = [a for a in rows if a.overdue]
    late = [a for a in rows if a.late]
    budget = sum((a.budget for a in rows), ZERO)
    actual = sum((a.actual for a in rows), ZERO)
    done = sum(1 for a in rows if a.status == acts.DONE)
    facts = [(_("Activities"), str(len(rows))), (_("Done"), str(done)),
             (_("Overdue"), str(len(overdue))), (_("Late"), str(len(late))),
             (_("Budget"), f"{fmt.text(Kind.MONEY, budget)} {coop.currency}"),
             (_("Actual (from the books)"), f"{fmt.text(Kind.MONEY, actual)} {coop.currency}")]
    doc.add(KeyValues(facts))
    if not rows:
        doc.add(Paragraph(_("No activity in the action plan yet.")))
        return doc
    if overdue:
        doc.add(Paragraph(_("OVERDUE: {list}.", list="; ".join(
            _("{number}. {title} (ended {day})", number=a.number, title=a.title,
              day=fmt.date(a.ends)) for a in overdue))))
    if late:
        doc.add(Paragraph(_("LATE (progress behind the time gone by more than {points} "
                            "points): {list}.", points=acts.LATE_POINTS, list="; ".join(
                                _("{number}. {title} ({progress} % done, {expected} % of "
                                  "the time gone)", number=a.number, title=a.title,
                                  progress=a.progress, expected=a.expected) for a in late))))
    columns = [Column(_("No."), Kind.INT, 0.6), Column(_("Activity"), Kind.TEXT, 2.6),
               Column(_("Responsible"), Kind.TEXT, 1.4), Column(_("Starts"), Kind.DATE, 0.9),
               Column(_("Ends"), Kind.DATE, 0.9), Column(_("Budget"), Kind.MONEY, 1.1, True),
               Column(_("Actual"), Kind.MONEY, 1.1, True),
               Column(_("Variance"), Kind.MONEY, 1.1, True),
               Column(_("Status"), Kind.TEXT, 1.6), Column(_("Progress %"), Kind.INT, 0.7)]
    table: list[list[Cell]] = [[a.number, a.title, a.responsible_name or "-", a.starts,
                                a.ends, a.budget, a.actual, a.variance, flag_text(a),
                                a.progress] for a in rows]
    doc.add(Heading(_("Activities"), 2), Table(columns, table, sheet=_("Activities")))
    start, end = _span(rows, year)
    doc.add(Timeline(_("Timeline"), [
        TimelineBar((_("OVERDUE") + " · " if a.overdue else _("LATE") + " · " if a.late
                     else "") + _("{number}. {title}", number=a.number, title=a.title),
                    a.starts, a.ends, a.progress, a.overdue or a.late) for a in rows],
        start, end, day if start <= day <= end else None))
    spent = [a for a in rows if a.actual or a.budget]
    if spent:
        doc.add(Chart(_("Budget and actual by activity"), [str(a.number) for a in spent], [],
                      series=[Series(_("Budget"), [a.budget for a in spent]),
                              Series(_("Actual"), [a.actual for a in spent])]))
    line_cols = [Column(_("Entry"), Kind.TEXT, 0.8), Column(_("Date"), Kind.DATE, 0.9),
                 Column(_("Account"), Kind.TEXT, 1.8), Column(_("Description"), Kind.TEXT, 3.4),
                 Column(_("Amount"), Kind.MONEY, 1.1, True)]
    first = True
    for a in rows:
        detail = acts.activity_detail(uow, a.number, day)
        if not detail.lines:
            continue
        if first:
            doc.add(Heading(_("Spending tagged to each activity"), 2))
            first = False
        lines: list[list[Cell]] = [
            [ln.entry, ln.date, f"{ln.account} {ln.account_name}",
             ln.memo if ln.counted else _("{text} (reversed, not counted)", text=ln.memo),
             ln.amount if ln.counted else ZERO] for ln in detail.lines]
        doc.add(Table(line_cols, lines, title=_(
            "{number}. {title}: budget {budget}, actual {actual}", number=a.number,
            title=a.title, budget=fmt.text(Kind.MONEY, a.budget),
            actual=fmt.text(Kind.MONEY, a.actual)), sheet=_("Spending")))
    doc.add(Signatures([_("President"), _("Treasurer")]))
    return doc


def _year_name(uow: UnitOfWork, year: str | int | None) -> str:
    if year is None:
        found = budgets.year_of(uow, dt.date.today())
        if found is None:
            raise NotFound(_("No fiscal year holds today's date; say which year."))
        return found
    if isinstance(year, int):
        names = budgets.year_names(uow)
        if str(year) in names:
            return str(year)
        found = budgets.year_of(uow, dt.date(year, 6, 30))
        if found is None:
            raise NotFound(_("There is no fiscal year in {year}.", year=year))
        return found
    return year


def budget_document(uow: UnitOfWork, year: str | int | None = None,
                    version: int | None = None) -> Document:
    """The budget (the version asked for; else the latest approved, else the latest) against
    the year's actual by account, with its approval and a chart by expense group."""
    name = _year_name(uow, year)
    vs = budgets.budget_vs_actual(uow, name, version)
    info = vs.info
    coop = uow.coop()
    fmt = CellFormatter(language(), coop.currency)

    def money(v: Decimal) -> str:
        return f"{fmt.text(Kind.MONEY, v)} {coop.currency}"

    doc = Document(title=_("Budget against actual"), cooperative=coop.name,
                   currency=coop.currency,
                   subtitle=_("Fiscal year {year}, version {version}", year=info.year,
                              version=info.version), landscape=True)
    if info.approved and info.approved_on is not None:
        approval = _("Approved by the general assembly on {day}, resolution {resolution} "
                     "(“{meeting}”)", day=fmt.date(info.approved_on),
                     resolution=info.resolution or "-", meeting=info.meeting or "")
    else:
        approval = _("DRAFT: not approved by the general assembly yet")
    facts = [(_("Fiscal year"), _("{year}: {start} to {end}", year=info.year,
                                  start=fmt.date(vs.year_start), end=fmt.date(vs.year_end))),
             (_("Version"), str(info.version)), (_("Approval"), approval),
             (_("Actual"), _("posted entries of the year up to {day}, year-end closing left "
                             "out", day=fmt.date(min(dt.date.today(), vs.year_end)))),
             (_("Budgeted result"), money(vs.result.budget)),
             (_("Actual result"), money(vs.result.actual))]
    doc.add(KeyValues(facts))
    over = [r for r in vs.rows if r.over]
    if over:
        doc.add(Paragraph(_("OVER BUDGET: {list}.", list="; ".join(
            _("{code} {name} ({used})", code=r.code, name=r.name,
              used=_("{pct} % used", pct=fmt.text(Kind.DECIMAL, r.used))
              if r.used is not None else _("no budget")) for r in over))))
    cols = [Column(_("Account"), Kind.TEXT, 0.8), Column(_("Name"), Kind.TEXT, 3.0),
            Column(_("Budget"), Kind.MONEY, 1.3, True), Column(_("Actual"), Kind.MONEY, 1.3, True),
            Column(_("Variance (+ favourable)"), Kind.MONEY, 1.4, True),
            Column(_("% used"), Kind.DECIMAL, 0.7), Column(_("Note"), Kind.TEXT, 1.1)]
    for kind, title, total in (("income", _("Income"), vs.income),
                               ("expense", _("Expenses"), vs.expense)):
        rows: list[list[Cell]] = [[r.code, r.name, r.budget, r.actual, r.variance, r.used,
                                   _("OVER BUDGET") if r.over else ""]
                                  for r in vs.rows if r.kind == kind]
        doc.add(Heading(title, 2))
        if rows:
            doc.add(Table(cols, rows, sheet=title))
        else:
            doc.add(Paragraph(_("Nothing budgeted or recorded.")))
        doc.add(Paragraph(_("Total {what}: budget {budget}, actual {actual}, {used}.",
                            what=title.lower(), budget=money(total.budget),
                            actual=money(total.actual),
                            used=_("{pct} % used", pct=fmt.text(Kind.DECIMAL, total.used))
                            if total.used is not None else _("no budget"))))
    summary: list[list[Cell]] = [
        [_("Income"), vs.income.budget, vs.income.actual, vs.income.variance],
        [_("Expenses"), vs.expense.budget, vs.expense.actual, vs.expense.variance],
        [_("Result (income less expenses)"), vs.result.budget, vs.result.actual,
         vs.result.variance]]
    doc.add(Heading(_("Totals"), 2), Table(
        [Column(_("Totals"), Kind.TEXT, 2.5), Column(_("Budget"), Kind.MONEY, 1.2),
         Column(_("Actual"), Kind.MONEY, 1.2),
         Column(_("Variance (+ favourable)"), Kind.MONEY, 1.3)], summary, sheet=_("Totals")))
    groups: dict[str, tuple[Decimal, Decimal]] = {}
    for r in vs.rows:
        if r.kind == "expense":
            b, a = groups.get(r.group, (ZERO, ZERO))
            groups[r.group] = (b + r.budget, a + r.actual)
    if groups:
        labels = list(groups)
        doc.add(Chart(_("Expenses: budget and actual by group"), labels, [],
                      series=[Series(_("Budget"), [groups[g][0] for g in labels]),
                              Series(_("Actual"), [groups[g][1] for g in labels])]))
    doc.add(Signatures([_("Treasurer"), _("President"), _("Supervisory committee")]))
    return doc
