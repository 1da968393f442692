"""Standards (CRAFT, Fairmined, Maendeleo): their checklists, read from ``resources/standards``,
each requirement's level as assessed (every assessment kept; the latest one counts), the
evidence linked to it (a record coopdesk holds, a register extract, a file), the evidence the
records suggest, and the improvement actions that became action-plan activities.

A checklist is data: it is checked when it is loaded, and a mistake names the file and the
requirement. Its texts are shown as written (English paraphrases, not translated). Qt-free.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import mimetypes
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopdesk.core.access import Permission
from coopdesk.core.errors import CoopdeskError, NotFound, ValidationError
from coopdesk.core.i18n import N_, _
from coopdesk.core.uow import UnitOfWork
from coopdesk.governance.bylaws import MeetingKind
from coopdesk.governance.models import MeetingRow
from coopdesk.ledger.models import FiscalYear, JournalEntry
from coopdesk.members.models import Member
from coopdesk.plans.models import (
    ActivityRow,
    AssessmentRow,
    EvidenceRow,
    FormalDocumentRow,
    FormalStageRow,
    IncidentRow,
    TrainingRow,
)

STANDARDS_DIR = Path(__file__).resolve().parents[2] / "resources" / "standards"
KEYS = ("craft", "fairmined", "maendeleo")
AREAS = ("plans", "standards")

NOT_STARTED, IN_PROGRESS, PARTLY_MET, MET, NOT_APPLICABLE = (
    "not_started", "in_progress", "partly_met", "met", "not_applicable")
LEVELS = (NOT_STARTED, IN_PROGRESS, PARTLY_MET, MET, NOT_APPLICABLE)
LEVEL_LABELS = {NOT_STARTED: N_("Not started"), IN_PROGRESS: N_("In progress"),
                PARTLY_MET: N_("Partly met"), MET: N_("Met"),
                NOT_APPLICABLE: N_("Not applicable")}
# How far each level counts towards the standard; "not applicable" is left out of the count.
WEIGHTS: Mapping[str, Decimal] = {NOT_STARTED: Decimal(0), IN_PROGRESS: Decimal("0.33"),
                                  PARTLY_MET: Decimal("0.66"), MET: Decimal(1)}

EVIDENCE_KINDS = ("meeting", "minutes", "register", "document", "training", "incident",
                  "entry", "stage", "activity", "file")
EVIDENCE_LABELS = {"meeting": N_("Meeting"), "minutes": N_("Final minutes"),
                   "register": N_("Register extract"), "document": N_("Formalisation document"),
                   "training": N_("Training session"), "incident": N_("Incident"),
                   "entry": N_("Journal entry"), "stage": N_("Formalisation stage"),
                   "activity": N_("Activity"), "file": N_("File")}
NEEDS_REF = frozenset({"meeting", "minutes", "document", "training", "incident", "entry",
                       "stage", "activity"})
ASSEMBLY_KINDS = (MeetingKind.ORDINARY.value, MeetingKind.EXTRAORDINARY.value)
REGISTER_STATUSES = ("applicant", "active", "suspended")
MAX_NOTE, MAX_LABEL, MAX_FILE = 4000, 300, 20 * 1024 * 1024
SUGGEST = 6  # records suggested per hint
TENTH = Decimal("0.1")


class ChecklistInvalid(CoopdeskError):
    """A checklist file that cannot be read; the message names the file and the place."""


# ---- the checklists ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Requirement:
    id: str
    title: str
    text: str
    clause: str
    stage: str
    evidence: tuple[str, ...]
    indicator: str | None = None


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    requirements: tuple[Requirement, ...]


@dataclass(frozen=True)
class Standard:
    key: str
    name: str
    version: str
    publisher: str
    url: str
    levels: str
    sections: tuple[Section, ...]

    def requirements(self) -> list[Requirement]:
        return [r for s in self.sections for r in s.requirements]

    def requirement(self, rid: str) -> Requirement | None:
        return next((r for r in self.requirements() if r.id == rid), None)

    def section_of(self, rid: str) -> Section | None:
        return next((s for s in self.sections if any(r.id == rid for r in s.requirements)),
                    None)


def _text(data: Mapping[str, Any], key: str, where: str, *, required: bool = True) -> str:
    value = data.get(key, "")
    if not isinstance(value, str) or (required and not value.strip()):
        raise ChecklistInvalid(_("{where}: “{key}” must be a text that is not empty.",
                                 where=where, key=key))
    return value.strip()


def parse_standard(data: object, name: str) -> Standard:
    """A checklist from its decoded JSON; ``name`` (the file) names every problem."""
    if not isinstance(data, dict):
        raise ChecklistInvalid(_("{file}: the file must hold one JSON object.", file=name))
    key = _text(data, "key", name)
    sections: list[Section] = []
    seen_sections: set[str] = set()
    seen: set[str] = set()
    raw_sections = data.get("sections")
    if not isinstance(raw_sections, list) or not raw_sections:
        raise ChecklistInvalid(_("{file}: “sections” must be a list that is not empty.",
                                 file=name))
    for n, sec in enumerate(raw_sections, 1):
        where = _("{file}, section {n}", file=name, n=n)
        if not isinstance(sec, dict):
            raise ChecklistInvalid(_("{where}: a section must be an object.", where=where))
        sid = _text(sec, "id", where)
        where = _("{file}, section {id}", file=name, id=sid)
        if sid in seen_sections:
            raise ChecklistInvalid(_("{where}: this section id is used twice.", where=where))
        seen_sections.add(sid)
        reqs: list[Requirement] = []
        raw_reqs = sec.get("requirements")
        if not isinstance(raw_reqs, list) or not raw_reqs:
            raise ChecklistInvalid(_("{where}: “requirements” must be a list that is not "
                                     "empty.", where=where))
        for m, req in enumerate(raw_reqs, 1):
            rwhere = _("{file}, section {id}, requirement {n}", file=name, id=sid, n=m)
            if not isinstance(req, dict):
                raise ChecklistInvalid(_("{where}: a requirement must be an object.",
                                         where=rwhere))
            rid = _text(req, "id", rwhere)
            rwhere = _("{file}, requirement {id}", file=name, id=rid)
            if rid in seen:
                raise ChecklistInvalid(_("{where}: this requirement id is used twice.",
                                         where=rwhere))
            if len(f"{key}:{rid}") > 40:
                raise ChecklistInvalid(_("{where}: the id is too long.", where=rwhere))
            seen.add(rid)
            hints = req.get("evidence", [])
            if not isinstance(hints, list) or not all(isinstance(h, str) and h.strip()
                                                      for h in hints):
                raise ChecklistInvalid(_("{where}: “evidence” must be a list of texts.",
                                         where=rwhere))
            indicator = req.get("indicator")
            if indicator is not None and (not isinstance(indicator, str) or not indicator):
                raise ChecklistInvalid(_("{where}: “indicator” must be a text.", where=rwhere))
            reqs.append(Requirement(rid, _text(req, "title", rwhere), _text(req, "text", rwhere),
                                    _text(req, "clause", rwhere),
                                    _text(req, "stage", rwhere, required=False),
                                    tuple(h.strip() for h in hints), indicator))
        sections.append(Section(sid, _text(sec, "title", where), tuple(reqs)))
    return Standard(key, _text(data, "name", name), _text(data, "version", name),
                    _text(data, "publisher", name, required=False),
                    _text(data, "url", name, required=False),
                    _text(data, "levels", name, required=False), tuple(sections))


def load_standard(path: Path) -> Standard:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ChecklistInvalid(_("{file}: cannot be read ({error}).", file=path.name,
                                 error=exc.strerror or exc)) from exc
    except json.JSONDecodeError as exc:
        raise ChecklistInvalid(_("{file}: not valid JSON at line {line}: {error}.",
                                 file=path.name, line=exc.lineno, error=exc.msg)) from exc
    std = parse_standard(data, path.name)
    if std.key != path.stem:
        raise ChecklistInvalid(_("{file}: its key “{key}” differs from the file's name.",
                                 file=path.name, key=std.key))
    return std


@lru_cache(maxsize=1)
def _all() -> tuple[Standard, ...]:
    return tuple(load_standard(STANDARDS_DIR / f"{key}.json") for key in KEYS)


def standards() -> list[Standard]:
    """The standards coopdesk follows, in a fixed order."""
    return list(_all())


def get_standard(key: str) -> Standard:
    wanted = key.strip().lower()
    for std in _all():
        if std.key == wanted:
            return std
    raise NotFound(_("There is no standard “{key}”; the standards are {keys}.", key=key,
                     keys=", ".join(KEYS)))


def get_requirement(key: str, rid: str) -> tuple[Standard, Requirement]:
    std = get_standard(key)
    req = std.requirement(rid.strip())
    if req is None:
        raise NotFound(_("{standard} has no requirement “{id}”.", standard=std.version,
                         id=rid))
    return std, req


# ---- plain data for the pages ------------------------------------------------------------------

@dataclass(frozen=True)
class Assessment:
    id: int
    level: str
    note: str
    assessed_on: dt.date
    recorded_by: str
    recorded_at: dt.datetime


@dataclass(frozen=True)
class Evidence:
    id: int
    kind: str
    ref_id: int | None
    label: str
    filename: str | None
    size: int | None
    added_by: str
    added_at: dt.datetime


@dataclass(frozen=True)
class Suggestion:
    """A record that fits a requirement's evidence hints and is not yet linked to it."""

    kind: str
    ref_id: int | None
    label: str


@dataclass(frozen=True)
class ActivityView:
    id: int
    number: int
    title: str
    starts: dt.date
    ends: dt.date
    status: str
    progress: int
    responsible: str | None


@dataclass(frozen=True)
class RequirementView:
    requirement: Requirement
    level: str
    assessed_on: dt.date | None
    assessed_by: str | None
    note: str
    history: list[Assessment]      # newest first
    evidence: list[Evidence]
    suggestions: list[Suggestion]
    activities: list[ActivityView]

    @property
    def id(self) -> str:
        return self.requirement.id


@dataclass(frozen=True)
class SectionView:
    id: str
    title: str
    requirements: list[RequirementView]


@dataclass(frozen=True)
class Checklist:
    standard: Standard
    sections: list[SectionView]

    def find(self, rid: str) -> RequirementView | None:
        return next((r for s in self.sections for r in s.requirements if r.id == rid), None)


@dataclass(frozen=True)
class SectionProgress:
    id: str
    title: str
    total: int
    counts: dict[str, int]
    percent: Decimal


@dataclass(frozen=True)
class StandardProgress:
    key: str
    name: str
    version: str
    total: int
    counts: dict[str, int]          # by level
    percent: Decimal                # weighted, over the applicable requirements
    sections: list[SectionProgress]

    @property
    def assessed(self) -> int:
        return self.total - self.counts.get(NOT_STARTED, 0)


# ---- writing -----------------------------------------------------------------------------------

def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _clean(text: str) -> str:
    return "\n".join(" ".join(line.split()) for line in text.strip().splitlines()).strip()


def assess(uow: UnitOfWork, standard: str, requirement: str, level: str, note: str = "",
           on: dt.date | None = None) -> int:
    """Record a requirement's level on a day (today by default); earlier assessments stay in
    its history. Returns the assessment's id."""
    std, req = get_requirement(standard, requirement)
    if level not in LEVELS:
        raise ValidationError(_("“{level}” is not a level; choose one of {levels}.",
                                level=level, levels=", ".join(LEVELS)), "level")
    day = on or dt.date.today()
    if day > dt.date.today():
        raise ValidationError(_("The assessment's date {date} is in the future.",
                                date=day.isoformat()), "on")
    text = _clean(note)
    if len(text) > MAX_NOTE:
        raise ValidationError(_("The note is longer than {n} characters.", n=MAX_NOTE), "note")
    with uow.write(Permission.PLANS, *AREAS) as tx:
        row = AssessmentRow(standard=std.key, requirement=req.id, level=level, note=text,
                            assessed_on=day, recorded_by=tx.actor.username,
                            recorded_at=_now())
        tx.session.add(row)
        tx.session.flush()
        tx.audit("standard.assess", "std_assessment", row.id, standard=std.key,
                 requirement=req.id, level=level, on=day.isoformat())
        return row.id


def _fmt_date(day: dt.date) -> str:
    return day.isoformat()


def register_extract(s: Session, on: dt.date) -> tuple[int, bytes]:
    """The members on the register on ``on`` (applicants, active and suspended members who had
    joined by then), as CSV: how many, and the file's bytes."""
    rows = s.execute(select(Member.number, Member.first_names, Member.last_names, Member.sex,
                            Member.birth_date, Member.role, Member.join_date, Member.status)
                     .where(Member.status.in_(REGISTER_STATUSES), Member.join_date <= on)
                     .order_by(Member.number)).all()
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(["number", "first_names", "last_names", "sex", "birth_date", "role",
                "join_date", "status"])
    for r in rows:
        w.writerow([r.number, r.first_names, r.last_names, r.sex, r.birth_date.isoformat(),
                    r.role, r.join_date.isoformat(), r.status])
    return len(rows), out.getvalue().encode("utf-8")


def _entry_key(s: Session, entry: JournalEntry) -> str:
    year = s.get(FiscalYear, entry.year_id)
    return f"{year.name if year else '?'}/{entry.number or 0}"


def _record_label(s: Session, kind: str, ref_id: int) -> str:
    """The label of a record named as evidence; NotFound (naming it) when there is none."""
    def missing(what: str) -> NotFound:
        return NotFound(_("There is no {what} with id {id}.", what=what, id=ref_id))

    if kind in ("meeting", "minutes"):
        m = s.get(MeetingRow, ref_id)
        if m is None:
            raise missing(_("meeting"))
        if kind == "minutes":
            if m.status != "final":
                raise ValidationError(_("The minutes of “{title}” are not final yet: sign "
                                        "them first, or link the meeting itself.",
                                        title=m.title), "ref_id")
            return _("Minutes no. {number}: {title} ({date})", number=m.number or "?",
                     title=m.title, date=_fmt_date(m.scheduled_at.date()))
        return _("Meeting: {title} ({date})", title=m.title,
                 date=_fmt_date(m.scheduled_at.date()))
    if kind == "training":
        t = s.get(TrainingRow, ref_id)
        if t is None:
            raise missing(_("training session"))
        return _("Training: {topic} ({date})", topic=t.topic, date=_fmt_date(t.date))
    if kind == "incident":
        i = s.get(IncidentRow, ref_id)
        if i is None:
            raise missing(_("incident"))
        from coopdesk.plans.training import kind_label

        return _("Incident no. {number}: {kind} ({date})", number=i.number,
                 kind=kind_label(i.kind), date=_fmt_date(i.date))
    if kind == "stage":
        st = s.get(FormalStageRow, ref_id)
        if st is None:
            raise missing(_("formalisation stage"))
        return (_("{title}, reference {ref}", title=st.title, ref=st.reference_no)
                if st.reference_no else st.title)
    if kind == "document":
        d = s.get(FormalDocumentRow, ref_id)
        if d is None:
            raise missing(_("formalisation document"))
        st = s.get(FormalStageRow, d.stage_id)
        return _("{file} ({stage})", file=d.filename, stage=st.title if st else "?")
    if kind == "entry":
        e = s.get(JournalEntry, ref_id)
        if e is None or e.status != "posted":
            raise missing(_("posted journal entry"))
        return _("Entry {key}: {text}", key=_entry_key(s, e), text=e.description)
    if kind == "activity":
        a = s.get(ActivityRow, ref_id)
        if a is None:
            raise missing(_("activity"))
        return _("Activity {number}: {title}", number=a.number, title=a.title)
    raise AssertionError(kind)


def add_evidence(uow: UnitOfWork, standard: str, requirement: str, kind: str,
                 ref_id: int | None = None, label: str = "", filename: str | None = None,
                 data: bytes | None = None, on: dt.date | None = None) -> int:
    """Link evidence to a requirement: a record coopdesk holds (``kind`` and ``ref_id``), an
    extract of the member register on ``on`` (today by default), or a file (``filename`` and
    ``data``). ``label`` replaces the label coopdesk gives. Returns the evidence's id."""
    std, req = get_requirement(standard, requirement)
    if kind not in EVIDENCE_KINDS:
        raise ValidationError(_("“{kind}” is not a kind of evidence; choose one of {kinds}.",
                                kind=kind, kinds=", ".join(EVIDENCE_KINDS)), "kind")
    given = " ".join(label.split())
    if len(given) > MAX_LABEL:
        raise ValidationError(_("The label is longer than {n} characters.", n=MAX_LABEL),
                              "label")
    if kind in NEEDS_REF and ref_id is None:
        raise ValidationError(_("Say which {what} is the evidence.",
                                what=_(EVIDENCE_LABELS[kind]).lower()), "ref_id")
    if kind not in NEEDS_REF and ref_id is not None:
        raise ValidationError(_("A {what} names no record.",
                                what=_(EVIDENCE_LABELS[kind]).lower()), "ref_id")
    name: str | None = None
    blob: bytes | None = None
    mime: str | None = None
    if kind == "file":
        name = (filename or "").strip().replace("\\", "/").rsplit("/", 1)[-1]
        if not name:
            raise ValidationError(_("Give the file's name."), "filename")
        if len(name) > 200:
            raise ValidationError(_("The file's name is longer than 200 characters."),
                                  "filename")
        if not data:
            raise ValidationError(_("The file {file} is empty.", file=name), "data")
        if len(data) > MAX_FILE:
            raise ValidationError(_("The file {file} is larger than 20 MB.", file=name), "data")
        blob = data
        mime = mimetypes.guess_type(name)[0] or "application/octet-stream"
    elif filename or data:
        raise ValidationError(_("Only a file carries a file's name and contents."), "filename")
    day = on or dt.date.today()
    with uow.write(Permission.PLANS, *AREAS) as tx:
        s = tx.session
        if kind in NEEDS_REF:
            assert ref_id is not None
            auto = _record_label(s, kind, ref_id)
            dup = s.scalar(select(EvidenceRow.id).where(
                EvidenceRow.standard == std.key, EvidenceRow.requirement == req.id,
                EvidenceRow.kind == kind, EvidenceRow.ref_id == ref_id))
            if dup is not None:
                raise ValidationError(_("{label} is already evidence for {standard} {id}.",
                                        label=auto, standard=std.version, id=req.id), "ref_id")
        elif kind == "register":
            count, blob = register_extract(s, day)
            name = f"register-{day.isoformat()}.csv"
            mime = "text/csv"
            auto = _("Member register on {date}: {count} members", date=day.isoformat(),
                     count=count)
        else:
            auto = name or ""
        row = EvidenceRow(standard=std.key, requirement=req.id, kind=kind, ref_id=ref_id,
                          label=(given or auto)[:MAX_LABEL], filename=name, mime=mime,
                          sha256=hashlib.sha256(blob).hexdigest() if blob else None,
                          data=blob, added_by=tx.actor.username, added_at=_now())
        s.add(row)
        s.flush()
        tx.audit("standard.evidence", "std_evidence", row.id, standard=std.key,
                 requirement=req.id, kind=kind, ref=ref_id, sha256=row.sha256)
        return row.id


def remove_evidence(uow: UnitOfWork, evidence_id: int) -> None:
    """Unlink a piece of evidence (the record it named is not touched)."""
    with uow.write(Permission.PLANS, *AREAS) as tx:
        row = tx.session.get(EvidenceRow, evidence_id)
        if row is None:
            raise NotFound(_("There is no evidence with id {id}.", id=evidence_id))
        tx.audit("standard.unlink", "std_evidence", row.id, standard=row.standard,
                 requirement=row.requirement, kind=row.kind, ref=row.ref_id,
                 label=row.label)
        tx.session.delete(row)


def evidence_file(uow: UnitOfWork, evidence_id: int) -> tuple[str, bytes]:
    """The file kept with a piece of evidence (a file or a register extract)."""
    with uow.read() as s:
        row = s.get(EvidenceRow, evidence_id)
        if row is None or row.data is None:
            raise NotFound(_("There is no file kept with evidence {id}.", id=evidence_id))
        return row.filename or f"evidence-{row.id}", row.data


def activity_status(status: str) -> str:
    """An activity's status in words (the action plan's own labels)."""
    try:
        from coopdesk.plans.activities import status_label
    except ImportError:  # pragma: no cover - the action plan ships with the standards
        return status.replace("_", " ")
    return status_label(status)


def improvement_action(uow: UnitOfWork, standard: str, requirement: str, title: str,
                       starts: dt.date, ends: dt.date, responsible: int | None = None,
                       budget: Decimal = Decimal(0)) -> int:
    """An activity of the action plan that improves a requirement; returns its number."""
    std, req = get_requirement(standard, requirement)
    from coopdesk.plans import activities

    objective = _("Improve on {standard} {id}: {title}", standard=std.version, id=req.id,
                  title=req.title)
    return int(activities.add_activity(uow, title, starts, ends, objective=objective,
                                       responsible=responsible, budget=budget,
                                       requirement=f"{std.key}:{req.id}"))


# ---- reading -----------------------------------------------------------------------------------

def _latest(s: Session, key: str) -> dict[str, list[AssessmentRow]]:
    """Each requirement's assessments, newest (by date, then as recorded) first."""
    out: dict[str, list[AssessmentRow]] = {}
    for row in s.scalars(select(AssessmentRow).where(AssessmentRow.standard == key)
                         .order_by(AssessmentRow.assessed_on.desc(), AssessmentRow.id.desc())):
        out.setdefault(row.requirement, []).append(row)
    return out


def levels_of(uow: UnitOfWork, key: str) -> dict[str, str]:
    """The latest level of each assessed requirement of a standard."""
    with uow.read() as s:
        return {rid: rows[0].level for rid, rows in _latest(s, key).items()}


def _suggest(s: Session, hint: str, today: dt.date) -> list[Suggestion]:
    kind, _sep, arg = hint.partition(":")
    out: list[Suggestion] = []
    if kind == "register":
        count = len(s.scalars(select(Member.id).where(
            Member.status.in_(REGISTER_STATUSES), Member.join_date <= today)).all())
        out.append(Suggestion("register", None, _(
            "Member register on {date}: {count} members", date=today.isoformat(),
            count=count)))
    elif kind in ("meeting", "minutes"):
        stmt = select(MeetingRow).where(MeetingRow.status == "final", MeetingRow.scheduled_at
                                        < dt.datetime.combine(today + dt.timedelta(days=1),
                                                              dt.time()))
        if arg == "general_assembly":
            stmt = stmt.where(MeetingRow.kind.in_(ASSEMBLY_KINDS))
        elif arg:
            stmt = stmt.where(MeetingRow.kind == arg)
        for m in s.scalars(stmt.order_by(MeetingRow.scheduled_at.desc()).limit(SUGGEST)):
            out.append(Suggestion("minutes", m.id, _record_label(s, "minutes", m.id)))
    elif kind == "training":
        tstmt = select(TrainingRow).where(TrainingRow.date <= today)
        if arg:
            tstmt = tstmt.where(TrainingRow.theme == arg)
        for t in s.scalars(tstmt.order_by(TrainingRow.date.desc()).limit(SUGGEST)):
            out.append(Suggestion("training", t.id, _record_label(s, "training", t.id)))
    elif kind == "incident":
        istmt = select(IncidentRow).where(IncidentRow.date <= today)
        if arg:
            istmt = istmt.where(IncidentRow.kind == arg)
        for i in s.scalars(istmt.order_by(IncidentRow.date.desc()).limit(SUGGEST)):
            out.append(Suggestion("incident", i.id, _record_label(s, "incident", i.id)))
    elif kind == "formal":
        fstmt = select(FormalStageRow)
        if arg:
            fstmt = fstmt.where(FormalStageRow.kind == arg)
        for st in s.scalars(fstmt.order_by(FormalStageRow.place, FormalStageRow.id)
                            .limit(SUGGEST)):
            out.append(Suggestion("stage", st.id, _record_label(s, "stage", st.id)))
            for d in s.scalars(select(FormalDocumentRow).where(
                    FormalDocumentRow.stage_id == st.id).order_by(FormalDocumentRow.id)):
                out.append(Suggestion("document", d.id, _record_label(s, "document", d.id)))
    return out


def _activities(s: Session, key: str) -> dict[str, list[ActivityView]]:
    out: dict[str, list[ActivityView]] = {}
    prefix = f"{key}:"
    for a, first, last in s.execute(
            select(ActivityRow, Member.first_names, Member.last_names)
            .outerjoin(Member, Member.id == ActivityRow.responsible_id)
            .where(ActivityRow.requirement.like(f"{prefix}%"))
            .order_by(ActivityRow.starts, ActivityRow.number)):
        rid = (a.requirement or "").removeprefix(prefix)
        who = f"{first} {last}" if first is not None else None
        out.setdefault(rid, []).append(ActivityView(a.id, a.number, a.title, a.starts, a.ends,
                                                    a.status, a.progress, who))
    return out


def checklist(uow: UnitOfWork, standard: str, today: dt.date | None = None) -> Checklist:
    """A standard's sections and requirements, each with its latest level and history, its
    evidence, the records that would fit as evidence, and its improvement activities."""
    std = get_standard(standard)
    day = today or dt.date.today()
    with uow.read() as s:
        latest = _latest(s, std.key)
        evidence: dict[str, list[Evidence]] = {}
        for e in s.scalars(select(EvidenceRow).where(EvidenceRow.standard == std.key)
                           .order_by(EvidenceRow.id)):
            evidence.setdefault(e.requirement, []).append(Evidence(
                e.id, e.kind, e.ref_id, e.label, e.filename,
                len(e.data) if e.data is not None else None, e.added_by, e.added_at))
        acts = _activities(s, std.key)
        cache: dict[str, list[Suggestion]] = {}
        sections = []
        for sec in std.sections:
            views = []
            for req in sec.requirements:
                rows = latest.get(req.id, [])
                top = rows[0] if rows else None
                have = evidence.get(req.id, [])
                linked = {(e.kind, e.ref_id) for e in have}
                has_register = any(e.kind == "register" for e in have)
                sugg: list[Suggestion] = []
                for hint in req.evidence:
                    if hint not in cache:
                        cache[hint] = _suggest(s, hint, day)
                    for g in cache[hint]:
                        if g.kind == "register" and has_register:
                            continue
                        if (g.kind, g.ref_id) in linked or g in sugg:
                            continue
                        sugg.append(g)
                views.append(RequirementView(
                    req, top.level if top else NOT_STARTED,
                    top.assessed_on if top else None, top.recorded_by if top else None,
                    top.note if top else "",
                    [Assessment(r.id, r.level, r.note, r.assessed_on, r.recorded_by,
                                r.recorded_at) for r in rows],
                    have, sugg, acts.get(req.id, [])))
            sections.append(SectionView(sec.id, sec.title, views))
        return Checklist(std, sections)


def weighted_percent(levels: list[str]) -> Decimal:
    """The weighted share met, in per cent to a tenth, leaving out "not applicable"."""
    counted = [WEIGHTS[lv] for lv in levels if lv != NOT_APPLICABLE]
    if not counted:
        return Decimal(0)
    return (sum(counted, Decimal(0)) * 100 / len(counted)).quantize(TENTH, ROUND_HALF_UP)


def _counts(levels: list[str]) -> dict[str, int]:
    return {lv: sum(1 for x in levels if x == lv) for lv in LEVELS}


def progress(uow: UnitOfWork, keys: tuple[str, ...] | None = None) -> list[StandardProgress]:
    """Per standard: how many requirements at each level, the weighted percentage met, and the
    same per section."""
    wanted = [get_standard(k) for k in keys] if keys else standards()
    out = []
    with uow.read() as s:
        for std in wanted:
            latest = {rid: rows[0].level for rid, rows in _latest(s, std.key).items()}
            every: list[str] = []
            secs = []
            for sec in std.sections:
                levels = [latest.get(r.id, NOT_STARTED) for r in sec.requirements]
                every += levels
                secs.append(SectionProgress(sec.id, sec.title, len(levels), _counts(levels),
                                            weighted_percent(levels)))
            out.append(StandardProgress(std.key, std.name, std.version, len(every),
                                        _counts(every), weighted_percent(every), secs))
    return out
