"""The training and incident reports: the period's sessions with their attendance and totals by
theme, the incident register with its counts and the mercury used, and a member's training
record (a page a member can show a buyer or an employer), as documents for PDF and Excel."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import select

from coopdesk.core.i18n import _, language
from coopdesk.core.uow import UnitOfWork
from coopdesk.members.models import Member
from coopdesk.members.rules import STATUS_LABELS
from coopdesk.plans import training
from coopdesk.plans.training import (
    INCIDENT_KINDS,
    SEVERITIES,
    hours,
    kind_label,
    severity_label,
    theme_label,
)
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
    Signatures,
    Table,
)


def _document(uow: UnitOfWork, title: str, subtitle: str | None,
              landscape: bool = False) -> Document:
    coop = uow.coop()
    return Document(title=title, cooperative=coop.name, currency=coop.currency,
                    subtitle=subtitle, landscape=landscape)


def _fmt(uow: UnitOfWork) -> CellFormatter:
    return CellFormatter(language(), uow.coop().currency)


def _period(fmt: CellFormatter, start: dt.date, end: dt.date) -> str:
    return _("{start} to {end}", start=fmt.date(start), end=fmt.date(end))


def _number(fmt: CellFormatter, value: Decimal) -> str:
    return fmt.text(Kind.DECIMAL, value)


def training_document(uow: UnitOfWork, start: dt.date, end: dt.date) -> Document:
    """The period's sessions with their attendance, and the totals by theme."""
    found = sorted(training.sessions(uow, start, end), key=lambda r: (r.date, r.id))
    total = training.summary(uow, start, end)
    fmt = _fmt(uow)
    doc = _document(uow, _("Training report"), _period(fmt, start, end), landscape=True)
    doc.add(KeyValues([
        (_("Period"), _period(fmt, start, end)),
        (_("Sessions"), str(total.sessions)),
        (_("Hours of training given"), _number(fmt, total.hours)),
        (_("Members trained (each counted once)"), str(total.members_trained)),
        (_("Women among them"), _("{women} ({share} %)", women=total.women_trained,
                                  share=_number(fmt, total.women_share))),
        (_("Attendances (a member at a session)"), str(total.attendances)),
        (_("Hours received (hours × attendees)"), _number(fmt, total.person_hours)),
    ]))
    if not found:
        doc.add(Paragraph(_("No training session in this period.")))
        return doc
    doc.add(Heading(_("Sessions"), 2), Table(
        [Column(_("Date"), Kind.DATE, 1.0), Column(_("Topic"), Kind.TEXT, 3.6),
         Column(_("Theme"), Kind.TEXT, 1.9), Column(_("Trainer"), Kind.TEXT, 2.6),
         Column(_("Hours"), Kind.DECIMAL, 0.6, True),
         Column(_("Attended"), Kind.INT, 0.8, True), Column(_("Women"), Kind.INT, 0.7, True)],
        [[r.date, r.topic, theme_label(r.theme), r.trainer, hours(r.minutes), r.attendees,
          r.women] for r in found], sheet=_("Sessions")))
    doc.add(Heading(_("By theme"), 2), Table(
        [Column(_("Theme"), Kind.TEXT, 2.0), Column(_("Sessions"), Kind.INT, 0.8, True),
         Column(_("Attendances"), Kind.INT, 0.9, True),
         Column(_("Members"), Kind.INT, 0.8),
         Column(_("Hours given"), Kind.DECIMAL, 0.9, True),
         Column(_("Hours received"), Kind.DECIMAL, 1.0, True)],
        [[theme_label(t.theme), t.sessions, t.attendances, t.members, hours(t.minutes),
          hours(t.person_minutes)] for t in total.by_theme], sheet=_("By theme")))
    doc.add(Chart(_("Members trained by theme"), [theme_label(t.theme) for t in total.by_theme],
                  [t.members for t in total.by_theme]))
    doc.add(Paragraph(_("Women were {share} % of the members trained in the period "
                        "({women} of {members}).", share=_number(fmt, total.women_share),
                        women=total.women_trained, members=total.members_trained)))
    return doc


def incidents_document(uow: UnitOfWork, start: dt.date, end: dt.date) -> Document:
    """The register of the period, its counts by kind and severity, and the mercury used."""
    found = sorted(training.incidents(uow, start, end), key=lambda i: (i.date, i.number))
    total = training.incident_summary(uow, start, end)
    fmt = _fmt(uow)
    doc = _document(uow, _("Incident register"), _period(fmt, start, end), landscape=True)
    since = (_("{days} days (last accident on {day})", days=total.days_since_accident,
               day=fmt.date(total.last_accident))
             if total.last_accident is not None and total.days_since_accident is not None
             else _("no accident recorded"))
    doc.add(KeyValues([
        (_("Period"), _period(fmt, start, end)),
        (_("Incidents recorded"), str(total.total)),
        (_("Still open"), str(total.open)),
        (_("Serious or fatal"), str(total.by_severity.get("serious", 0)
                                    + total.by_severity.get("fatal", 0))),
        (_("Mercury used or released"), _("{grams} g", grams=_number(fmt, total.mercury_grams))),
        (_("Days since the last accident"), since),
    ]))
    if not found:
        doc.add(Paragraph(_("No incident recorded in this period.")))
        return doc
    doc.add(Heading(_("The register"), 2), Table(
        [Column(_("No."), Kind.INT, 0.45), Column(_("Date"), Kind.DATE, 0.95),
         Column(_("Kind"), Kind.TEXT, 1.7), Column(_("Severity"), Kind.TEXT, 0.8),
         Column(_("Site"), Kind.TEXT, 1.8), Column(_("Member"), Kind.TEXT, 2.2),
         Column(_("Mercury (g)"), Kind.DECIMAL, 0.9, True), Column(_("Closed"), Kind.DATE, 0.95)],
        [[i.number, i.date, kind_label(i.kind), _severity_cell(i.severity), i.site,
          (f"{i.member_name} ({i.member})" if i.member is not None else None),
          i.mercury_grams, i.closed_on] for i in found], sheet=_("Register")))
    kinds = [k for k in INCIDENT_KINDS if k in total.by_kind]
    rows: list[list[Cell]] = []
    for k in kinds:
        counts = [total.by_kind_severity.get((k, sv), 0) for sv in SEVERITIES]
        rows.append([kind_label(k), *counts, sum(counts)])
    doc.add(Heading(_("By kind and severity"), 2), Table(
        [Column(_("Kind"), Kind.TEXT, 2.0),
         *(Column(severity_label(sv).capitalize(), Kind.INT, 0.8, True) for sv in SEVERITIES),
         Column(_("Total"), Kind.INT, 0.8, True)], rows, sheet=_("By kind")))
    doc.add(Chart(_("Incidents by kind"), [kind_label(k) for k in kinds],
                  [total.by_kind[k] for k in kinds]))
    mercury = [i for i in found if i.mercury_grams is not None]
    if mercury:
        doc.add(Heading(_("Mercury"), 2), Paragraph(_(
            "{count} record(s) of mercury used or released, {grams} g in all.",
            count=len(mercury), grams=_number(fmt, total.mercury_grams))))
        doc.add(Chart(_("Mercury (g) by record"), [fmt.date(i.date) for i in mercury],
                      [i.mercury_grams or Decimal(0) for i in mercury]))
    doc.add(Heading(_("What happened and what was done"), 2))
    for i in found:
        doc.add(Heading(_("No. {number}, {day}: {kind} ({severity})", number=i.number,
                          day=fmt.date(i.date), kind=kind_label(i.kind),
                          severity=_severity_cell(i.severity)), 3))
        doc.add(KeyValues([
            (_("What happened"), i.description),
            (_("Action taken"), i.action_taken or "—"),
            (_("Status"), _("closed on {day}", day=fmt.date(i.closed_on))
             if i.closed_on is not None else _("OPEN")),
        ]))
    doc.add(Signatures([_("Secretary"), _("President")]))
    return doc


def _severity_cell(key: str) -> str:
    label = severity_label(key)
    return label.upper() if key in ("serious", "fatal") else label


def member_training_document(uow: UnitOfWork, number: int) -> Document:
    """A member's training record, from the cooperative's attendance lists, to be signed."""
    h = training.member_history(uow, number)
    fmt = _fmt(uow)
    doc = _document(uow, _("Training record"), h.name)
    status = STATUS_LABELS.get(h.status)  # type: ignore[call-overload]
    with uow.read() as s:
        national_id = s.scalar(select(Member.national_id).where(Member.number == number))
    doc.add(KeyValues([
        (_("Member"), h.name),
        *([(_("National ID"), national_id)] if national_id else []),
        (_("Member number"), str(h.number)),
        (_("Member since"), fmt.date(h.joined)),
        (_("Status"), _(status) if status else h.status),
        (_("Sessions attended"), str(len(h.sessions))),
        (_("Hours of training"), _number(fmt, hours(h.minutes))),
    ]))
    if not h.sessions:
        doc.add(Paragraph(_("{name} has attended no training session recorded by the "
                            "cooperative.", name=h.name)))
    else:
        doc.add(Paragraph(_("{name} attended the training sessions below, as recorded on the "
                            "cooperative's attendance lists.", name=h.name)))
        # Listed, not tabled: a topic is printed whole, however long.
        doc.add(Heading(_("Sessions attended"), 2), KeyValues([
            (fmt.date(r.date), _("{topic} ({theme}). Trainer: {trainer}. {hours} h.",
                                 topic=r.topic, theme=theme_label(r.theme).lower(),
                                 trainer=r.trainer, hours=_number(fmt, hours(r.minutes))))
            for r in sorted(h.sessions, key=lambda r: (r.date, r.id))]))
        doc.add(Heading(_("By theme"), 2), Table(
            [Column(_("Theme"), Kind.TEXT, 2.4), Column(_("Sessions"), Kind.INT, 0.8, True),
             Column(_("Hours"), Kind.DECIMAL, 0.8, True)],
            [[theme_label(t.theme), t.sessions, hours(t.minutes)] for t in h.by_theme],
            sheet=_("By theme")))
    doc.add(Paragraph(_("Issued on {day}.", day=fmt.date(dt.date.today()))))
    doc.add(Signatures([_("Secretary"), _("President")]))
    return doc

