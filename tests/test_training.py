"""Training sessions and their attendance on both databases: a session given and corrected, the
attendance list checked as a whole (every unknown or inactive member named at once, nothing
written), a session ahead without attendance, a member's history with totals by theme, the
period's summary, the audit chain and the rights."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from coopdesk.core import audit
from coopdesk.core.access import Role
from coopdesk.core.errors import BatchInvalid, NotFound, PermissionDenied, ValidationError
from coopdesk.core.models import AuditEvent
from coopdesk.core.uow import UnitOfWork
from coopdesk.members import services as members
from coopdesk.members.rules import MemberInput, Status
from coopdesk.plans import training
from coopdesk.plans.models import TrainingAttendanceRow
from tests.conftest import add_role_users

TODAY = dt.date.today()
PEOPLE = [("Rosa", "Quispe", "F"), ("Juan", "Mamani", "M"), ("Eva", "Huanca", "F"),
          ("Luis", "Condori", "M"), ("Carmen", "Ticona", "F"), ("Marco", "Choque", "M")]


def _coop(admin: UnitOfWork) -> None:
    """Members 1-6 active (1, 3, 5 women), 7 an applicant, 8 exited."""
    for first, last, sex in PEOPLE:
        members.register_member(admin, MemberInput(first, last, sex, dt.date(1985, 5, 1),
                                                   "digger", dt.date(2020, 1, 1)), Status.ACTIVE)
    members.register_member(admin, MemberInput("Ana", "Nueva", "F", dt.date(1990, 1, 1),
                                               "digger", dt.date(2020, 1, 1)))
    members.register_member(admin, MemberInput("Pedro", "Sirpa", "M", dt.date(1970, 1, 1),
                                               "digger", dt.date(2018, 1, 1)), Status.ACTIVE)
    members.change_status(admin, 8, Status.EXITED, TODAY - dt.timedelta(days=10), "moved away")


def _attendance_rows(uow: UnitOfWork) -> int:
    with uow.read() as s:
        return int(s.scalar(select(func.count()).select_from(TrainingAttendanceRow)) or 0)


def test_a_session_and_its_attendance(admin: UnitOfWork) -> None:
    _coop(admin)
    day = TODAY - dt.timedelta(days=30)
    sid = training.add_session(admin, day, "  Seguridad minera  y uso de EPP ", "safety",
                               "Agencia Nacional de Minería", place="Salón comunal",
                               minutes=180, notes="Con práctica en el socavón")
    assert training.set_attendance(admin, sid, [1, 2, 3, 4, 3]) == 4
    row = training.sessions(admin, day, day)[0]
    assert (row.id, row.topic, row.theme, row.trainer, row.place, row.minutes,
            row.attendees, row.women) == (sid, "Seguridad minera y uso de EPP", "safety",
                                          "Agencia Nacional de Minería", "Salón comunal", 180,
                                          4, 2)
    # Replacing the list: 1 and 2 stay, 3 and 4 go, 5 comes.
    assert training.set_attendance(admin, sid, [2, 1, 5]) == 3
    detail = training.session_detail(admin, sid)
    assert [(a.number, a.name, a.sex) for a in detail.attendees] == [
        (1, "Rosa Quispe", "F"), (2, "Juan Mamani", "M"), (5, "Carmen Ticona", "F")]
    assert (detail.session.attendees, detail.session.women) == (3, 2)
    training.add_attendee(admin, sid, 6)
    training.remove_attendee(admin, sid, 1)
    assert [a.number for a in training.session_detail(admin, sid).attendees] == [2, 5, 6]
    with pytest.raises(ValidationError, match="already on the list"):
        training.add_attendee(admin, sid, 6)
    with pytest.raises(ValidationError, match="not on the attendance list") as err:
        training.remove_attendee(admin, sid, 4)
    assert err.value.field == "members"
    training.update_session(admin, sid, day - dt.timedelta(days=1), "Seguridad minera", "safety",
                            "ANM", minutes=240)
    s = training.session_detail(admin, sid).session
    assert (s.date, s.topic, s.trainer, s.minutes, s.place, s.attendees) == (
        day - dt.timedelta(days=1), "Seguridad minera", "ANM", 240, "", 3)
    with admin.read() as sess:
        assert audit.verify(sess).ok
        actions = list(sess.scalars(select(AuditEvent.action).where(
            AuditEvent.entity == "training_session").order_by(AuditEvent.seq)))
    assert actions == ["training.add", "training.attendance", "training.attendance",
                       "training.attend", "training.absent", "training.update"]


def test_every_bad_member_named_at_once_and_nothing_written(admin: UnitOfWork) -> None:
    _coop(admin)
    sid = training.add_session(admin, TODAY - dt.timedelta(days=3), "Primeros auxilios",
                               "first_aid", "Cruz Roja", minutes=120)
    training.set_attendance(admin, sid, [1, 2])
    with pytest.raises(BatchInvalid) as err:
        training.set_attendance(admin, sid, [3, 99, 7, 4, 8, 120])
    text = err.value.message
    assert err.value.field == "members"
    assert len(err.value.problems) == 4
    for part in ("There is no member number 99.", "There is no member number 120.",
                 "Ana Nueva (member 7) is not an active member.",
                 "Pedro Sirpa (member 8) is not an active member."):
        assert part in text
    assert "nothing was written" in text
    assert [a.number for a in training.session_detail(admin, sid).attendees] == [1, 2]
    # A member who joined after the session cannot have attended it.
    late = members.register_member(admin, MemberInput("Nora", "Apaza", "F", dt.date(1990, 1, 1),
                                                      "digger", TODAY), Status.ACTIVE)
    with pytest.raises(BatchInvalid, match=r"Nora Apaza \(member 9\) joined on"):
        training.add_attendee(admin, sid, late)
    assert _attendance_rows(admin) == 2


def test_a_member_who_left_stays_on_an_old_list(admin: UnitOfWork) -> None:
    _coop(admin)
    sid = training.add_session(admin, TODAY - dt.timedelta(days=5), "Contabilidad básica",
                               "finance", "Contadora de la federación", minutes=90)
    training.set_attendance(admin, sid, [1, 2])
    members.change_status(admin, 2, Status.SUSPENDED, TODAY - dt.timedelta(days=1), "dues")
    assert training.set_attendance(admin, sid, [2, 3]) == 2   # 2 was already there
    with pytest.raises(BatchInvalid, match=r"Juan Mamani \(member 2\) is not an active"):
        training.set_attendance(admin, sid, [3])  # 2 off the list...
        training.set_attendance(admin, sid, [2, 3])  # ... cannot come back


def test_a_session_ahead_has_no_attendance(admin: UnitOfWork) -> None:
    _coop(admin)
    ahead = training.add_session(admin, TODAY + dt.timedelta(days=14), "Género y liderazgo",
                                 "gender", "Corporación Mujer Minera", minutes=240)
    with pytest.raises(ValidationError, match="has not taken place yet") as err:
        training.set_attendance(admin, ahead, [1, 3])
    assert err.value.field == "date"
    with pytest.raises(ValidationError, match="has not taken place yet"):
        training.add_attendee(admin, ahead, 1)
    past = training.add_session(admin, TODAY, "Mercurio", "mercury", "Técnico", minutes=60)
    training.set_attendance(admin, past, [1])
    with pytest.raises(ValidationError, match="cannot be moved to a day ahead") as err:
        training.update_session(admin, past, TODAY + dt.timedelta(days=1), "Mercurio",
                                "mercury", "Técnico")
    assert err.value.field == "date"
    assert _attendance_rows(admin) == 1


@pytest.mark.parametrize(("args", "field"), [
    (("", "safety", "ANM"), "topic"),
    (("Tema", "cooking", "ANM"), "theme"),
    (("Tema", "safety", "  "), "trainer"),
    (("x" * 201, "safety", "ANM"), "topic"),
])
def test_bad_session_facts_name_the_field(admin: UnitOfWork, args: tuple[str, str, str],
                                          field: str) -> None:
    with pytest.raises(ValidationError) as err:
        training.add_session(admin, TODAY, *args)
    assert err.value.field == field
    with pytest.raises(ValidationError) as err:
        training.add_session(admin, TODAY, "Tema", "safety", "ANM", minutes=-5)
    assert err.value.field == "minutes"
    assert training.sessions(admin) == []
    with pytest.raises(NotFound):
        training.session_detail(admin, 42)


def test_member_history_and_the_summary(admin: UnitOfWork) -> None:
    _coop(admin)
    d1, d2, d3 = (TODAY - dt.timedelta(days=n) for n in (200, 100, 10))
    s1 = training.add_session(admin, d1, "Seguridad", "safety", "ANM", minutes=180)
    s2 = training.add_session(admin, d2, "Primeros auxilios", "first_aid", "Cruz Roja",
                              minutes=240)
    s3 = training.add_session(admin, d3, "Seguridad II", "safety", "ANM", minutes=120)
    training.set_attendance(admin, s1, [1, 2, 3, 4])
    training.set_attendance(admin, s2, [1, 5])
    training.set_attendance(admin, s3, [1, 2, 6])
    h = training.member_history(admin, 1)
    assert (h.number, h.name, h.minutes) == (1, "Rosa Quispe", 540)
    assert [(x.date, x.topic, x.theme, x.trainer, x.minutes) for x in h.sessions] == [
        (d3, "Seguridad II", "safety", "ANM", 120),
        (d2, "Primeros auxilios", "first_aid", "Cruz Roja", 240),
        (d1, "Seguridad", "safety", "ANM", 180)]
    assert [(t.theme, t.sessions, t.minutes) for t in h.by_theme] == [
        ("safety", 2, 300), ("first_aid", 1, 240)]
    assert training.member_history(admin, 7).sessions == ()
    with pytest.raises(NotFound):
        training.member_history(admin, 77)

    year = training.summary(admin, TODAY - dt.timedelta(days=365), TODAY)
    assert (year.sessions, year.attendances, year.members_trained, year.women_trained) == (
        3, 9, 6, 3)
    assert year.women_share == Decimal("50.0")
    assert year.hours == Decimal("9.0")                     # 180 + 240 + 120 minutes
    assert year.person_hours == Decimal("26.0")             # 720 + 480 + 360 minutes
    assert [(t.theme, t.sessions, t.attendances, t.members, t.minutes, t.person_minutes)
            for t in year.by_theme] == [("safety", 2, 7, 5, 300, 1080),
                                        ("first_aid", 1, 2, 2, 240, 480)]
    recent = training.summary(admin, TODAY - dt.timedelta(days=150), TODAY)
    assert (recent.sessions, recent.members_trained, recent.women_trained,
            recent.women_share) == (2, 4, 2, Decimal("50.0"))
    assert [s.id for s in training.sessions(admin, theme="safety")] == [s3, s1]
    assert [s.id for s in training.sessions(admin, d2, TODAY)] == [s3, s2]


def test_only_those_who_keep_the_plans_write(admin: UnitOfWork) -> None:
    _coop(admin)
    users = add_role_users(admin)
    sid = training.add_session(users[Role.SECRETARY], TODAY, "Estatuto", "governance",
                               "Secretario", minutes=60)
    training.set_attendance(users[Role.TREASURER], sid, [1])
    sup = users[Role.SUPERVISORY]
    with pytest.raises(PermissionDenied):
        training.add_session(sup, TODAY, "Estatuto", "governance", "Fiscal")
    with pytest.raises(PermissionDenied):
        training.set_attendance(sup, sid, [1, 2])
    with pytest.raises(PermissionDenied):
        training.remove_attendee(sup, sid, 1)
    with pytest.raises(PermissionDenied):
        training.update_session(sup, sid, TODAY, "Otro", "governance", "Fiscal")
    assert [s.topic for s in training.sessions(sup)] == ["Estatuto"]
    assert training.session_detail(sup, sid).session.attendees == 1
