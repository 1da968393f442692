"""The action plan (both databases): activities numbered and validated field by field, progress
reports that set the status (done means 100 %), journal lines of posted entries tagged to one
activity at most (by line or by an entry's expense side) giving the actual from the books,
overdue and late told apart, the detail and the lines left to tag, and the supervisory
committee refused."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select

from coopdesk.core.access import Role
from coopdesk.core.errors import NotFound, PermissionDenied, ValidationError
from coopdesk.core.models import AuditEvent
from coopdesk.core.uow import UnitOfWork
from coopdesk.governance import meetings, officers, services
from coopdesk.governance.bylaws import DecisionType, MeetingKind
from coopdesk.governance.presets import COLOMBIA
from coopdesk.ledger import services as books
from coopdesk.ledger.models import JournalLine
from coopdesk.ledger.rules import EntryInput, LineInput
from coopdesk.members import services as members
from coopdesk.members.rules import MemberInput, Status
from coopdesk.plans import activities as acts
from coopdesk.plans.models import ActivityLineRow, ActivityReportRow, ActivityRow
from tests.conftest import add_role_users

D = Decimal
ON = dt.date(2026, 6, 30)
NAMES = [("Rosa", "Quispe", "F"), ("Juan", "Mamani", "M"), ("Eva", "Huanca", "F"),
         ("Luis", "Condori", "M"), ("Carmen", "Ticona", "F"), ("Marco", "Choque", "M")]


@dataclass(frozen=True)
class Books:
    """What the shared set-up made: entries by name -> (year, number)."""

    entries: dict[str, tuple[str, int]]
    assembly_motion: int
    failed_motion: int
    committee_motion: int


def _post(uow: UnitOfWork, day: dt.date, text: str, *lines: LineInput) -> tuple[str, int]:
    ref = books.post_entry(uow, EntryInput(day, text, tuple(lines)))
    return str(day.year), int(ref.number or 0)


def set_up_books(uow: UnitOfWork) -> Books:
    """Members 1-6, the general chart, 2025 (closed) and 2026 with a few entries, and an
    assembly (a passed and a failed motion) and a board meeting (a passed motion)."""
    services.save_bylaws(uow, COLOMBIA)
    for first, last, sex in NAMES:
        members.register_member(uow, MemberInput(first, last, sex, dt.date(1980, 1, 1),
                                                 "digger", dt.date(2020, 1, 1)), Status.ACTIVE)
    books.install_chart(uow, "general")
    books.open_fiscal_year(uow, "2025", dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    books.open_fiscal_year(uow, "2026", dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    e: dict[str, tuple[str, int]] = {}
    e["sale25"] = _post(uow, dt.date(2025, 5, 2), "Gold sale", LineInput("1105", D(50000)),
                        LineInput("4105", credit=D(50000)))
    e["fuel25"] = _post(uow, dt.date(2025, 6, 2), "Diesel", LineInput("5195", D(10000)),
                        LineInput("1105", credit=D(10000)))
    e["boots25"] = _post(uow, dt.date(2025, 7, 2), "Boots", LineInput("5150", D("2000.50")),
                         LineInput("1105", credit=D("2000.50")))
    books.close_year(uow, "2025")
    e["sale"] = _post(uow, dt.date(2026, 2, 1), "Gold sale", LineInput("1105", D(30000)),
                      LineInput("4105", credit=D(30000)))
    e["helmets"] = _post(uow, dt.date(2026, 2, 10), "Helmets and boots",
                         LineInput("5150", D(3000), memo="helmets"),
                         LineInput("5150", D(1500), memo="boots"),
                         LineInput("5305", D(20), memo="bank fee"),
                         LineInput("1110", credit=D(4520)))
    e["fuel"] = _post(uow, dt.date(2026, 3, 5), "Diesel for the mill",
                      LineInput("5195", D(12000)), LineInput("1105", credit=D(12000)))
    e["kits"] = _post(uow, dt.date(2026, 4, 8), "First-aid kits",
                      LineInput("5150", D(800)), LineInput("1105", credit=D(800)))
    e["refund"] = _post(uow, dt.date(2026, 4, 20), "Kit refund", LineInput("1105", D(100)),
                        LineInput("5150", credit=D(100), memo="one kit returned"))
    e["wrong"] = _post(uow, dt.date(2026, 5, 3), "Wrong posting",
                       LineInput("5395", D(999)), LineInput("1105", credit=D(999)))
    books.reverse_entry(uow, "2026", e["wrong"][1], dt.date(2026, 5, 4), "posted twice")
    at = dt.datetime(2026, 3, 28, 9, 0)
    mid = meetings.create_meeting(uow, MeetingKind.ORDINARY, "General assembly 2026", at,
                                  agenda=["Quorum", "Budget 2026"])
    meetings.convene(uow, mid, at.date() - dt.timedelta(days=20))
    meetings.open_meeting(uow, mid, "Rosa Quispe", "Juan Mamani", at=at)
    for n in range(1, 6):
        meetings.check_in(uow, mid, n, at=at)
    item = meetings.meeting_info(uow, mid).items[1].id
    ok = meetings.record_motion(uow, mid, item, "Approve the budget 2026",
                                DecisionType.ORDINARY, yes=4, no=1)
    failed = meetings.record_motion(uow, mid, item, "Buy a mill", DecisionType.ORDINARY,
                                    yes=1, no=4)
    for n in range(1, 6):
        officers.add_mandate(uow, n, "Consejo de Administración", dt.date(2025, 3, 1))
    board_at = dt.datetime(2026, 4, 10, 17, 0)
    bid = meetings.create_meeting(uow, MeetingKind.MANAGEMENT, "Board April", board_at,
                                  agenda=["Budget"])
    meetings.convene(uow, bid, board_at.date() - dt.timedelta(days=5))
    meetings.open_meeting(uow, bid, "Rosa Quispe", "Juan Mamani", at=board_at)
    for n in range(1, 6):
        meetings.check_in(uow, bid, n, at=board_at)
    board_item = meetings.meeting_info(uow, bid).items[0].id
    board = meetings.record_motion(uow, bid, board_item, "Propose the budget",
                                   DecisionType.ORDINARY, yes=5)
    assert ok.passed and not failed.passed and board.passed
    return Books(e, ok.id, failed.id, board.id)


def line_ids(uow: UnitOfWork, key: tuple[str, int]) -> list[int]:
    """The ids of an entry's lines, in order."""
    from coopdesk.ledger.models import FiscalYear, JournalEntry

    with uow.read() as s:
        return list(s.scalars(
            select(JournalLine.id).join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
            .join(FiscalYear, FiscalYear.id == JournalEntry.year_id)
            .where(FiscalYear.name == key[0], JournalEntry.number == key[1])
            .order_by(JournalLine.line_no)))


@pytest.fixture
def coop(admin: UnitOfWork) -> tuple[UnitOfWork, Books]:
    return admin, set_up_books(admin)


def _count(uow: UnitOfWork, table: type) -> int:
    with uow.read() as s:
        return int(s.scalar(select(func.count()).select_from(table)) or 0)


def test_activities_are_numbered_and_checked_field_by_field(
        coop: tuple[UnitOfWork, Books]) -> None:
    uow, _b = coop
    one = acts.add_activity(uow, "  Helmets and   boots for all ", dt.date(2026, 1, 10),
                            dt.date(2026, 4, 30), objective="Everyone protected",
                            responsible=2, budget=D("5000.50"), indicator="diggers equipped",
                            requirement="craft:2.1")
    two = acts.add_activity(uow, "First aid", dt.date(2026, 2, 1), dt.date(2026, 9, 30))
    assert (one, two) == (1, 2)
    a = acts.activity(uow, one, ON)
    assert (a.title, a.responsible, a.responsible_name, a.budget, a.status, a.progress,
            a.requirement, a.indicator) == ("Helmets and boots for all", 2, "Juan Mamani",
                                            D("5000.50"), "planned", 0, "craft:2.1",
                                            "diggers equipped")
    bad: list[tuple[dict[str, Any], str]] = [
        ({"title": " "}, "title"), ({"ends": dt.date(2025, 12, 31)}, "ends"),
        ({"budget": D(-1)}, "budget"), ({"budget": D("1.001")}, "budget"),
        ({"responsible": 99}, "responsible"), ({"requirement": "x" * 61}, "requirement")]
    for change, field in bad:
        kwargs: dict[str, Any] = {"title": "Census", "starts": dt.date(2026, 1, 1),
                                  "ends": dt.date(2026, 2, 1), **change}
        with pytest.raises(ValidationError) as err:
            acts.add_activity(uow, kwargs.pop("title"), kwargs.pop("starts"),
                              kwargs.pop("ends"), **kwargs)
        assert err.value.field == field, change
    assert _count(uow, ActivityRow) == 2
    # the next number is not burnt by a refusal
    assert acts.add_activity(uow, "Census", dt.date(2026, 1, 1), dt.date(2026, 2, 1)) == 3

    acts.update_activity(uow, one, title="PPE for all", budget=D(6000), responsible=None,
                         ends=dt.date(2026, 5, 31))
    a = acts.activity(uow, one, ON)
    assert (a.title, a.budget, a.responsible, a.ends) == ("PPE for all", D(6000), None,
                                                          dt.date(2026, 5, 31))
    with pytest.raises(ValidationError) as err:
        acts.update_activity(uow, one, starts=dt.date(2026, 6, 1))
    assert err.value.field == "ends"
    with pytest.raises(ValidationError) as err:
        acts.update_activity(uow, one, status="done")
    assert err.value.field == "status"
    with pytest.raises(NotFound):
        acts.update_activity(uow, 77, title="x")
    assert acts.activity(uow, one, ON).starts == dt.date(2026, 1, 10)


def test_progress_reports_set_the_status_and_done_means_100(
        coop: tuple[UnitOfWork, Books]) -> None:
    uow, _b = coop
    n = acts.add_activity(uow, "Savings group", dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    acts.report_progress(uow, n, dt.date(2026, 3, 1), "in_progress", 20, "started")
    acts.report_progress(uow, n, dt.date(2026, 5, 1), "in_progress", 45, "half the group")
    acts.report_progress(uow, n, dt.date(2026, 4, 1), "in_progress", 30, "late report")
    a = acts.activity(uow, n, ON)
    assert (a.status, a.progress) == ("in_progress", 45)        # the latest by date counts
    for status, progress, field in (("finished", 50, "status"), ("in_progress", 101,
                                                                  "progress"),
                                    ("in_progress", -1, "progress"), ("done", 90, "progress")):
        with pytest.raises(ValidationError) as err:
            acts.report_progress(uow, n, ON, status, progress)
        assert err.value.field == field
    acts.report_progress(uow, n, ON, "done", 100, "closed")
    detail = acts.activity_detail(uow, n, ON)
    assert [(r.on, r.status, r.progress, r.note) for r in detail.reports] == [
        (ON, "done", 100, "closed"), (dt.date(2026, 5, 1), "in_progress", 45, "half the group"),
        (dt.date(2026, 4, 1), "in_progress", 30, "late report"),
        (dt.date(2026, 3, 1), "in_progress", 20, "started")]
    assert detail.activity.status == "done" and not detail.activity.overdue
    assert _count(uow, ActivityReportRow) == 4


def test_overdue_and_late_are_told_apart() -> None:
    s, e = dt.date(2026, 1, 1), dt.date(2026, 12, 31)
    assert acts.expected_progress(s, e, dt.date(2025, 12, 1)) == 0
    assert acts.expected_progress(s, e, dt.date(2026, 7, 2)) == 49
    assert acts.expected_progress(s, e, e) == 100
    assert acts.flags("in_progress", 20, s, e, dt.date(2026, 7, 2)) == (False, True)
    assert acts.flags("in_progress", 24, s, e, dt.date(2026, 7, 2)) == (False, False)
    assert acts.flags("planned", 0, s, dt.date(2026, 3, 1), dt.date(2026, 3, 2)) == (True,
                                                                                    False)
    assert acts.flags("planned", 0, s, dt.date(2026, 3, 1), dt.date(2026, 3, 1)) == (False,
                                                                                    True)
    assert acts.flags("done", 100, s, dt.date(2026, 3, 1), dt.date(2026, 9, 1)) == (False,
                                                                                   False)
    assert acts.flags("cancelled", 10, s, dt.date(2026, 3, 1), dt.date(2026, 9, 1)) == (
        False, False)


def test_tagged_lines_give_the_actual_from_the_books(coop: tuple[UnitOfWork, Books]) -> None:
    uow, b = coop
    ppe = acts.add_activity(uow, "PPE", dt.date(2026, 1, 1), dt.date(2026, 4, 30),
                            budget=D(4000))
    aid = acts.add_activity(uow, "First aid", dt.date(2026, 3, 1), dt.date(2026, 12, 31),
                            budget=D(1000))
    # by entry: its debits to expense accounts (the bank line is left)
    assert acts.tag_entry(uow, ppe, "2026", b.entries["helmets"][1]) == 3
    helmets = line_ids(uow, b.entries["helmets"])
    a = acts.activity(uow, ppe, ON)
    assert (a.actual, a.variance) == (D(4520), D(-520))
    # untag the bank fee; tag it again, by line, to the other activity
    assert acts.untag(uow, [helmets[2]]) == 1
    assert acts.activity(uow, ppe, ON).actual == D(4500)
    # the kits and their refund (a credit): debit less credit
    kits, refund = line_ids(uow, b.entries["kits"]), line_ids(uow, b.entries["refund"])
    assert acts.tag_lines(uow, aid, [kits[0], refund[1]]) == 2
    assert acts.tag_lines(uow, aid, [kits[0]]) == 0                # already there: no change
    assert acts.activity(uow, aid, ON).actual == D(700)
    # a line held by another activity is refused, naming the activity; nothing written
    with pytest.raises(ValidationError) as err:
        acts.tag_lines(uow, aid, [helmets[2], helmets[0]])
    assert err.value.field == "lines"
    assert f"Line {helmets[0]} is already tagged to activity {ppe}." in err.value.message
    assert acts.activity(uow, aid, ON).actual == D(700)
    with pytest.raises(ValidationError) as err:
        acts.tag_lines(uow, aid, [10_000])
    assert "There is no journal line 10000." in err.value.message
    with pytest.raises(ValidationError) as err:
        acts.tag_entry(uow, aid, "2026", b.entries["sale"][1])
    assert err.value.field == "entry" and "no debit to an expense account" in err.value.message
    with pytest.raises(ValidationError) as err:
        acts.tag_entry(uow, aid, "2026", 999)
    assert err.value.field == "entry"
    with pytest.raises(ValidationError) as err:
        acts.untag(uow, [kits[1]])
    assert f"Line {kits[1]} is not tagged to any activity." in err.value.message
    # a reversed entry's lines may be tagged but do not count
    wrong = line_ids(uow, b.entries["wrong"])
    acts.tag_lines(uow, aid, [wrong[0]])
    detail = acts.activity_detail(uow, aid, ON)
    assert detail.activity.actual == D(700)
    assert [(ln.entry, ln.account, ln.memo, ln.amount, ln.counted) for ln in detail.lines] == [
        (f"2026/{b.entries['kits'][1]}", "5150", "First-aid kits", D(800), True),
        (f"2026/{b.entries['refund'][1]}", "5150", "one kit returned", D(-100), True),
        (f"2026/{b.entries['wrong'][1]}", "5395", "Wrong posting", D(999), False)]
    # the lines left to tag: expense lines of posted entries, not reversed, not tagged
    left = acts.untagged_lines(uow, dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert [(ln.memo, ln.amount) for ln in left] == [("Diesel for the mill", D(12000)),
                                                     ("bank fee", D(20))]
    assert [ln.memo for ln in acts.untagged_lines(uow, text="diesel")] == [
        "Diesel for the mill", "Diesel"]
    rows = acts.activities(uow, year=2026, on=ON)
    assert [(r.number, r.actual) for r in rows] == [(ppe, D(4500)), (aid, D(700))]


def test_lists_by_year_and_overdue_only(coop: tuple[UnitOfWork, Books]) -> None:
    uow, _b = coop
    old = acts.add_activity(uow, "Old census", dt.date(2025, 2, 1), dt.date(2025, 6, 30))
    over = acts.add_activity(uow, "Dryer", dt.date(2026, 1, 1), dt.date(2026, 5, 31),
                             responsible=3)
    late = acts.add_activity(uow, "Savings", dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    fine = acts.add_activity(uow, "Training", dt.date(2026, 6, 1), dt.date(2027, 3, 31))
    acts.report_progress(uow, old, dt.date(2025, 6, 30), "done", 100)
    acts.report_progress(uow, late, dt.date(2026, 6, 1), "in_progress", 10)
    rows = {r.number: r for r in acts.activities(uow, on=ON)}
    assert (rows[over].overdue, rows[over].late) == (True, False)
    assert (rows[late].overdue, rows[late].late) == (False, True)
    assert (rows[fine].overdue, rows[fine].late, rows[old].overdue) == (False, False, False)
    assert [r.number for r in acts.activities(uow, year=2026, on=ON)] == [over, late, fine]
    assert [r.number for r in acts.activities(uow, year=2027, on=ON)] == [fine]
    assert [r.number for r in acts.activities(uow, overdue_only=True, on=ON)] == [over]
    assert acts.years(uow) == [2025, 2026, 2027]


def test_the_supervisory_committee_reads_but_may_not_write(
        coop: tuple[UnitOfWork, Books]) -> None:
    uow, b = coop
    n = acts.add_activity(uow, "PPE", dt.date(2026, 1, 1), dt.date(2026, 4, 30))
    users = add_role_users(uow)
    fiscal, secretary = users[Role.SUPERVISORY], users[Role.SECRETARY]
    with uow.read() as s:
        events = int(s.scalar(select(func.count()).select_from(AuditEvent)) or 0)
    for attempt in (lambda: acts.add_activity(fiscal, "x", ON, ON),
                    lambda: acts.update_activity(fiscal, n, title="y"),
                    lambda: acts.report_progress(fiscal, n, ON, "in_progress", 5),
                    lambda: acts.tag_entry(fiscal, n, "2026", b.entries["fuel"][1]),
                    lambda: acts.untag(fiscal, [1])):
        with pytest.raises(PermissionDenied):
            attempt()
    with uow.read() as s:
        assert int(s.scalar(select(func.count()).select_from(AuditEvent)) or 0) == events
    assert [r.title for r in acts.activities(fiscal, on=ON)] == ["PPE"]
    # the secretary may: tagging is audited
    assert acts.tag_entry(secretary, n, "2026", b.entries["fuel"][1]) == 1
    with uow.read() as s:
        actions = list(s.scalars(select(AuditEvent.action).order_by(AuditEvent.seq.desc())
                                 .limit(1)))
    assert actions == ["activity.tag"]
    assert _count(uow, ActivityLineRow) == 1
