"""Standards on SQLite and PostgreSQL: the checklists as data (checked at load), assessments
kept as a history, evidence linked to records with the records' own suggestions, improvement
actions that become activities, and the weighted progress. Refusals write nothing."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from coopdesk.core.access import Role
from coopdesk.core.errors import NotFound, PermissionDenied, ValidationError
from coopdesk.core.uow import UnitOfWork
from coopdesk.plans import formalisation, standards, training
from coopdesk.plans.models import AssessmentRow, EvidenceRow
from coopdesk.plans.standards import ChecklistInvalid
from tests.conftest import add_role_users
from tests.test_indicators import build_coop

D = Decimal
TODAY = dt.date.today()


def count(uow: UnitOfWork, table: type[AssessmentRow] | type[EvidenceRow]) -> int:
    with uow.read() as s:
        return int(s.scalar(select(func.count()).select_from(table)) or 0)


# ---- the checklists --------------------------------------------------------------------------

def test_the_three_checklists_load_and_fit_the_records() -> None:
    found = {s.key: s for s in standards.standards()}
    assert list(found) == ["craft", "fairmined", "maendeleo"]
    assert found["craft"].version == "CRAFT 2.0"
    assert [len(s.requirements()) for s in found.values()] == [27, 28, 24]
    assert [x.title for x in found["maendeleo"].sections] == [
        "Legality", "Consent and community engagement", "Human and workers' rights",
        "Health and safety", "Violence-free operations", "Environmental management",
        "Interactions with large-scale mining", "Site closure"]
    craft = found["craft"]
    armed = craft.requirement("3.5")
    assert armed is not None and "non-state armed groups" in armed.title
    keys = {"women_members", "women_officers", "minors_on_register", "grams_per_miner_day",
        "premium_spent", "assemblies_12m", "members_trained", "incidents_12m", "mercury_used"}
    for std in found.values():
        for r in std.requirements():
            assert r.stage in ("entry", "progress"), (std.key, r.id)
            assert r.indicator is None or r.indicator in keys, (std.key, r.id)
            for hint in r.evidence:
                kind, _sep, arg = hint.partition(":")
                assert kind in ("register", "meeting", "minutes", "training", "incident",
                                "formal", "entry", "document", "activity"), hint
                if kind == "training":
                    assert arg in training.THEMES, hint
                if kind == "incident":
                    assert arg in training.INCIDENT_KINDS, hint
                if kind == "formal":
                    assert arg in formalisation.KINDS, hint


def test_a_broken_checklist_names_the_file_and_the_requirement(tmp_path: Path) -> None:
    good = json.loads((standards.STANDARDS_DIR / "craft.json").read_text(encoding="utf-8"))
    twice = json.loads(json.dumps(good))
    twice["sections"][1]["requirements"].append(dict(twice["sections"][0]["requirements"][0]))
    with pytest.raises(ChecklistInvalid, match=r"craft.json, requirement 1.1: this "
                                               r"requirement id is used twice"):
        standards.parse_standard(twice, "craft.json")
    blank = json.loads(json.dumps(good))
    blank["sections"][2]["requirements"][1]["text"] = "  "
    with pytest.raises(ChecklistInvalid, match=r"craft.json, requirement 3.2: “text” must"):
        standards.parse_standard(blank, "craft.json")
    path = tmp_path / "craft.json"
    path.write_text('{"key": "craft",', encoding="utf-8")
    with pytest.raises(ChecklistInvalid, match=r"craft.json: not valid JSON at line 1"):
        standards.load_standard(path)
    other = tmp_path / "mine.json"
    other.write_text(json.dumps(good), encoding="utf-8")
    with pytest.raises(ChecklistInvalid, match="differs from the file's name"):
        standards.load_standard(other)


# ---- assessments -----------------------------------------------------------------------------

def test_assessments_keep_their_history_and_the_latest_counts(admin: UnitOfWork) -> None:
    standards.assess(admin, "craft", "2.4", standards.IN_PROGRESS, "Falta el acta",
                     on=TODAY - dt.timedelta(days=30))
    standards.assess(admin, "craft", "2.4", standards.MET, "  Acta   firmada ",
                     on=TODAY - dt.timedelta(days=2))
    # recorded later but dated earlier: history, not the current level
    standards.assess(admin, "craft", "2.4", standards.NOT_STARTED, "", on=TODAY
                     - dt.timedelta(days=60))
    view = standards.checklist(admin, "craft").find("2.4")
    assert view is not None
    assert (view.level, view.note, view.assessed_by) == ("met", "Acta firmada", "admin")
    assert view.assessed_on == TODAY - dt.timedelta(days=2)
    assert [h.level for h in view.history] == ["met", "in_progress", "not_started"]
    assert standards.levels_of(admin, "craft") == {"2.4": "met"}


def test_bad_assessments_are_refused_and_write_nothing(admin: UnitOfWork) -> None:
    with pytest.raises(NotFound, match="no standard “rjc”"):
        standards.assess(admin, "rjc", "1.1", "met")
    with pytest.raises(NotFound, match=re.escape("CRAFT 2.0 has no requirement “9.9”")):
        standards.assess(admin, "craft", "9.9", "met")
    with pytest.raises(ValidationError, match="not a level") as exc:
        standards.assess(admin, "craft", "1.1", "done")
    assert exc.value.field == "level"
    with pytest.raises(ValidationError, match="in the future") as exc:
        standards.assess(admin, "craft", "1.1", "met", on=TODAY + dt.timedelta(days=1))
    assert exc.value.field == "on"
    users = add_role_users(admin)
    with pytest.raises(PermissionDenied):
        standards.assess(users[Role.SUPERVISORY], "craft", "1.1", "met")
    with pytest.raises(PermissionDenied):
        standards.add_evidence(users[Role.SUPERVISORY], "craft", "2.3", "register")
    assert count(admin, AssessmentRow) == 0 and count(admin, EvidenceRow) == 0


# ---- evidence --------------------------------------------------------------------------------

def test_evidence_from_the_records_and_the_suggestions(admin: UnitOfWork) -> None:
    ids = build_coop(admin)
    stage = formalisation.add_stage(admin, "coop_registration", "Registro en Cámara de Comercio",
                                    reference_no="S0501234")
    view = standards.checklist(admin, "craft").find("2.4")
    assert view is not None
    # final minutes of general assemblies only, newest first (not the open one, not the board)
    assert [(g.kind, g.ref_id) for g in view.suggestions] == [
        ("minutes", ids["july"]), ("minutes", ids["march"]), ("minutes", ids["old"])]
    assert view.suggestions[1].label == "Minutes no. 4: Asamblea ordinaria 2026 (2026-03-15)"

    five = standards.checklist(admin, "craft").find("5.4")
    assert five is not None
    assert ("training", ids["mercury"]) in [(g.kind, g.ref_id) for g in five.suggestions]
    assert ("incident", ids["hg1"]) in [(g.kind, g.ref_id) for g in five.suggestions]
    two = standards.checklist(admin, "craft").find("2.1")
    assert two is not None
    assert [(g.kind, g.ref_id, g.label) for g in two.suggestions] == [
        ("stage", stage, "Registro en Cámara de Comercio, reference S0501234")]

    e1 = standards.add_evidence(admin, "craft", "2.4", "minutes", ids["march"])
    standards.add_evidence(admin, "craft", "2.4", "meeting", ids["open"], label="Convocatoria")
    reg = standards.add_evidence(admin, "craft", "2.3", "register",
                                 on=dt.date(2026, 10, 31))
    standards.add_evidence(admin, "craft", "5.4", "incident", ids["hg1"])
    standards.add_evidence(admin, "craft", "1.3", "file", filename="C:\\docs\\riesgos.pdf",
                           data=b"%PDF-1.4 informe")
    view = standards.checklist(admin, "craft").find("2.4")
    assert view is not None
    assert [(e.kind, e.label) for e in view.evidence] == [
        ("minutes", "Minutes no. 4: Asamblea ordinaria 2026 (2026-03-15)"),
        ("meeting", "Convocatoria")]
    assert [g.ref_id for g in view.suggestions] == [ids["july"], ids["old"]]   # March is linked
    reg_view = standards.checklist(admin, "craft").find("2.3")
    assert reg_view is not None
    # applicants, active and suspended members who had joined: all ten
    assert reg_view.evidence[0].label == "Member register on 2026-10-31: 10 members"
    assert all(g.kind != "register" for g in reg_view.suggestions)
    name, data = standards.evidence_file(admin, reg)
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"))))
    assert name == "register-2026-10-31.csv" and len(rows) == 11
    assert rows[10][:4] == ["10", "Nombre10", "Apellido10", "M"]
    doc = standards.checklist(admin, "craft").find("1.3")
    assert doc is not None and doc.evidence[0].filename == "riesgos.pdf"
    assert doc.evidence[0].size == len(b"%PDF-1.4 informe")

    standards.remove_evidence(admin, e1)
    view = standards.checklist(admin, "craft").find("2.4")
    assert view is not None and [e.kind for e in view.evidence] == ["meeting"]
    with pytest.raises(NotFound):
        standards.remove_evidence(admin, e1)


def test_bad_evidence_is_refused_and_writes_nothing(admin: UnitOfWork) -> None:
    ids = build_coop(admin)
    before = count(admin, EvidenceRow)
    with pytest.raises(ValidationError, match="not a kind of evidence") as exc:
        standards.add_evidence(admin, "craft", "2.4", "photo", 1)
    assert exc.value.field == "kind"
    with pytest.raises(ValidationError, match="not final yet"):
        standards.add_evidence(admin, "craft", "2.4", "minutes", ids["open"])
    with pytest.raises(NotFound, match="no meeting with id 999"):
        standards.add_evidence(admin, "craft", "2.4", "meeting", 999)
    with pytest.raises(NotFound, match="no training session with id 999"):
        standards.add_evidence(admin, "craft", "5.1", "training", 999)
    with pytest.raises(ValidationError, match="Say which incident") as exc:
        standards.add_evidence(admin, "craft", "5.2", "incident")
    assert exc.value.field == "ref_id"
    with pytest.raises(ValidationError, match="names no record"):
        standards.add_evidence(admin, "craft", "2.3", "register", 3)
    with pytest.raises(ValidationError, match="is empty") as exc:
        standards.add_evidence(admin, "craft", "1.3", "file", filename="a.pdf", data=b"")
    assert exc.value.field == "data"
    with pytest.raises(NotFound, match=re.escape("has no requirement “2.99”")):
        standards.add_evidence(admin, "craft", "2.99", "register")
    standards.add_evidence(admin, "craft", "2.4", "minutes", ids["march"])
    with pytest.raises(ValidationError, match=re.escape("already evidence for CRAFT 2.0 2.4")):
        standards.add_evidence(admin, "craft", "2.4", "minutes", ids["march"])
    assert count(admin, EvidenceRow) == before + 1


# ---- improvement actions and progress --------------------------------------------------------

def test_an_improvement_action_becomes_an_activity(admin: UnitOfWork) -> None:
    pytest.importorskip("coopdesk.plans.activities")
    build_coop(admin)
    number = standards.improvement_action(admin, "craft", "5.4", "Comprar retortas",
                                          dt.date(2026, 12, 1), dt.date(2027, 3, 31),
                                          responsible=2, budget=D("1500000"))
    view = standards.checklist(admin, "craft").find("5.4")
    assert view is not None
    assert [(a.number, a.title, a.status, a.responsible) for a in view.activities] == [
        (number, "Comprar retortas", "planned", "Nombre2 Apellido2")]
    other = standards.checklist(admin, "fairmined").find("6.2")
    assert other is not None and other.activities == []
    with pytest.raises(NotFound, match=re.escape("no requirement “5.40”")):
        standards.improvement_action(admin, "craft", "5.40", "x", TODAY, TODAY)


def test_progress_weighs_the_levels(admin: UnitOfWork) -> None:
    for rid, level in (("1.1", "met"), ("1.2", "partly_met"), ("1.3", "in_progress"),
                       ("1.4", "not_applicable"), ("3.1", "met")):
        standards.assess(admin, "craft", rid, level)
    craft, fairmined, maendeleo = standards.progress(admin)
    assert craft.key == "craft" and craft.total == 27
    assert craft.counts == {"not_started": 22, "in_progress": 1, "partly_met": 1, "met": 2,
                            "not_applicable": 1}
    assert craft.assessed == 5
    # (1 + 0.66 + 0.33 + 1) / 26 applicable
    assert craft.percent == D("11.5")
    first = craft.sections[0]
    assert (first.total, first.percent) == (6, D("39.8"))     # 1.99 / 5
    assert craft.sections[2].percent == D("20.0")             # 1 of 5
    assert (fairmined.percent, maendeleo.percent) == (D(0), D(0))
    assert standards.weighted_percent(["not_applicable"]) == D(0)
    only = standards.progress(admin, ("maendeleo",))
    assert [p.key for p in only] == ["maendeleo"]
