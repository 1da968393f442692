"""The standards report: progress on each standard (a table and a bar chart), the indicators
computed from the records, then each standard's checklist by section - every requirement with
its clause, level, evidence and improvement activities - for the committee, buyers and
auditors. Built as a :class:`Document`; rendered by coopdesk.reports."""

from __future__ import annotations

import datetime as dt

from coopdesk.core.i18n import _
from coopdesk.core.uow import UnitOfWork
from coopdesk.plans import indicators as ind
from coopdesk.plans import standards as stds
from coopdesk.reports.document import (
    Cell,
    Chart,
    Column,
    Document,
    Heading,
    Kind,
    PageBreak,
    Paragraph,
    RichText,
    Series,
    Signatures,
    Table,
)


def _plain(text: str) -> str:
    """A text shown inside the report's small Markdown: one line, no markup of its own."""
    return " ".join(text.replace("*", "").split())


def standards_document(uow: UnitOfWork, standard: str | None = None,
                       on: dt.date | None = None) -> Document:
    """Progress, indicators and the checklists of one standard (``standard``) or all three."""
    day = on or dt.date.today()
    coop = uow.coop()
    keys = (stds.get_standard(standard).key,) if standard else None
    progress = stds.progress(uow, keys)
    sub = (progress[0].version if standard else _("CRAFT, Fairmined and Maendeleo"))
    doc = Document(title=_("Standards: progress and evidence"), cooperative=coop.name,
                   currency=coop.currency, subtitle=_("{which}, on {date}", which=sub,
                                                      date=day.isoformat()), landscape=True)
    levels = list(stds.LEVELS)
    doc.add(Heading(_("Progress"), 2), Table(
        [Column(_("Standard"), Kind.TEXT, 2.2), Column(_("Requirements"), Kind.INT, 0.9),
         *[Column(_(stds.LEVEL_LABELS[lv]), Kind.INT, 0.9) for lv in levels],
         Column(_("% met (weighted)"), Kind.DECIMAL, 1.0)],
        [[p.version, p.total, *[p.counts[lv] for lv in levels], p.percent] for p in progress],
        sheet=_("Progress")))
    doc.add(Paragraph(_("Weights: met 1, partly met 0.66, in progress 0.33, not started 0; "
                        "requirements not applicable are left out.")))
    doc.add(Chart(_("Progress by standard (% met, weighted)"), [p.version for p in progress],
                  [p.percent for p in progress]))
    if len(progress) == 1:
        p = progress[0]
        doc.add(Chart(_("Progress by section (% met, weighted)"),
                      [f"{s.id}. {s.title}" for s in p.sections],
                      [s.percent for s in p.sections]))
    else:
        doc.add(Chart(_("Requirements by level"), [p.version for p in progress], [],
                      series=[Series(_(stds.LEVEL_LABELS[lv]), [p.counts[lv] for p in progress])
                              for lv in levels]))

    doc.add(Heading(_("Indicators computed from the records"), 2))
    rows: list[list[Cell]] = []
    details: list[str] = []
    for i in ind.indicators(uow, day):
        verdict = "" if i.ok is None else (_("yes") if i.ok else _("NO"))
        rows.append([i.label, i.text, i.target or "", verdict])
        details.append(f"- **{_plain(i.label)}**: {_plain(i.detail)}")
    doc.add(Table([Column(_("Indicator"), Kind.TEXT, 3.0), Column(_("Value"), Kind.TEXT, 1.0),
                   Column(_("Target"), Kind.TEXT, 2.2), Column(_("Met"), Kind.TEXT, 0.6)],
                  rows, sheet=_("Indicators")), RichText("\n".join(details)))

    for p in progress:
        std = stds.get_standard(p.key)
        check = stds.checklist(uow, p.key, day)
        doc.add(PageBreak(), Heading(std.name, 2),
                Paragraph(_("{version}, {publisher}. {levels}", version=std.version,
                            publisher=std.publisher, levels=std.levels).strip()),
                Paragraph(_("The requirements below are summaries in our own words; the "
                            "standard's text is authoritative.")))
        for sec, prog in zip(check.sections, p.sections, strict=True):
            table: list[list[Cell]] = []
            notes: list[str] = []
            for r in sec.requirements:
                table.append([f"{r.id} {r.requirement.title}", _(stds.LEVEL_LABELS[r.level]),
                              r.assessed_on, len(r.evidence), len(r.activities)])
                parts = [_("Clause: {clause}.", clause=r.requirement.clause)]
                if r.note:
                    parts.append(_("Note: {note}", note=_plain(r.note)))
                if r.evidence:
                    parts.append(_("Evidence: {items}.", items="; ".join(
                        _plain(e.label) for e in r.evidence)))
                if r.activities:
                    parts.append(_("Improvement activities: {items}.", items="; ".join(
                        _("{number}. {title} ({status}, {progress} %)", number=a.number,
                          title=_plain(a.title), status=stds.activity_status(a.status),
                          progress=a.progress) for a in r.activities)))
                notes.append(f"- **{r.id} {_plain(r.requirement.title)}**: " + " ".join(parts))
            doc.add(Table([Column(_("Requirement"), Kind.TEXT, 3.4),
                           Column(_("Level"), Kind.TEXT, 1.1),
                           Column(_("Assessed on"), Kind.DATE, 1.0),
                           Column(_("Evidence"), Kind.INT, 0.7),
                           Column(_("Activities"), Kind.INT, 0.7)], table,
                          title=_("{id}. {title}: {percent} % met", id=sec.id,
                                  title=sec.title, percent=prog.percent),
                          sheet=std.version[:31]),
                    RichText("\n".join(notes)))
    doc.add(Signatures([_("President"), _("Secretary"), _("Supervisory committee")]))
    return doc
