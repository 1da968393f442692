"""The assembly presenter, headless (both databases): the quorum panel at the clock's time
before and after the second call, the teller's check-in by number and by a piece of a name
(several matches, then one), a motion's result in large words, and moving through the agenda."""

from __future__ import annotations

import datetime as dt
import struct
import zlib

import pytest

from coopdesk.core.errors import ValidationError
from coopdesk.core.uow import UnitOfWork
from coopdesk.governance import meetings, services
from coopdesk.governance.assembly_presenter import AssemblyPresenter, counts_text
from coopdesk.governance.bylaws import DecisionType, MeetingKind
from coopdesk.governance.presets import COLOMBIA
from coopdesk.members import services as members
from coopdesk.members.rules import MemberInput, Status

AT = dt.datetime(2026, 3, 28, 9, 0)
FIRST = ["Rosa", "Juan", "Eva", "Luis", "Carmen", "Marco", "Julia", "Hugo", "Nora", "Raúl",
         "Elena", "Iván"]


def png(rgb: tuple[int, int, int] = (200, 120, 40), side: int = 8) -> bytes:
    """A small solid PNG (a member's photo in tests)."""
    raw = b"".join(b"\x00" + bytes(rgb) * side for _ in range(side))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", side, side, 8, 2,
                                                               0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


@pytest.fixture
def coop(admin: UnitOfWork) -> UnitOfWork:
    """Colombian bylaws; 24 active members: 1-12 named Quispe, 13-24 named Mamani (the
    Quispes 1 and 2 are both "Rosa"), member 2 with a photo."""
    services.save_bylaws(admin, COLOMBIA)
    for n in range(24):
        first = "Rosa" if n in (0, 1) else FIRST[n % 12]
        last = "Quispe" if n < 12 else "Mamani"
        members.register_member(admin, MemberInput(first, last, "F" if n % 2 else "M",
                                                   dt.date(1980, 1, 1), "digger",
                                                   dt.date(2020, 1, 1)), Status.ACTIVE)
    members.set_photo(admin, 2, png())
    return admin


def _assembly(uow: UnitOfWork) -> int:
    mid = meetings.create_meeting(uow, MeetingKind.ORDINARY, "Ordinary assembly 2026", AT,
                                  place="Community hall",
                                  agenda=["Quorum and agenda", "Accounts of 2025",
                                          "Election of the board"])
    meetings.convene(uow, mid, AT.date() - dt.timedelta(days=20))
    meetings.open_meeting(uow, mid, "Rosa Quispe", "Juan Quispe", at=AT)
    return mid


class Clock:
    def __init__(self, at: dt.datetime) -> None:
        self.at = at

    def __call__(self) -> dt.datetime:
        return self.at


def test_the_quorum_panel_before_and_after_the_second_call(coop: UnitOfWork) -> None:
    mid = _assembly(coop)
    clock = Clock(AT + dt.timedelta(minutes=5))
    p = AssemblyPresenter(coop, mid, clock)
    assert (p.title, p.kind_label, p.is_open) == ("Ordinary assembly 2026",
                                                  "Ordinary general assembly", True)
    q = p.quorum
    assert q is not None
    # 24 entitled: half at first call = 12; at second call (after 60 minutes) a tenth but
    # never fewer than 10 = 10.
    assert (q.eligible, q.present, q.represented, q.required, q.missing, q.reached,
            q.call) == (24, 0, 0, 12, 12, False, "first")
    assert q.message.startswith("12 more members needed.")
    assert "after 60 minutes, 10 will be enough" in q.message
    for n in range(3, 11):
        p.check_in(n)
    q = p.quorum
    assert q is not None and (q.present, q.missing, q.reached) == (8, 4, False)
    assert q.message.startswith("4 more members needed.")
    clock.at = AT + dt.timedelta(minutes=61)
    p.refresh()
    q = p.quorum
    assert q is not None and (q.required, q.missing, q.call, q.call_label) == (
        10, 2, "second", "second call")
    assert q.message == "2 more members needed."
    p.check_in(11)
    p.check_in(12)
    q = p.quorum
    assert q is not None and (q.present, q.counted, q.reached) == (10, 10, True)
    assert q.message == "Quorum reached: 10 present or represented, 10 needed."


def test_check_in_by_text_several_matches_then_one(coop: UnitOfWork) -> None:
    mid = _assembly(coop)
    p = AssemblyPresenter(coop, mid, Clock(AT))
    several = p.check_in_text("rosa")
    assert several.checked is None
    assert [(c.number, c.name, c.present, c.has_photo) for c in several.candidates] == [
        (1, "Rosa Quispe", False, False), (2, "Rosa Quispe", False, True),
        (13, "Rosa Mamani", False, False)]
    assert several.message == "3 members match 'rosa': choose one."
    assert p.info.present == 0                     # nobody checked in yet
    one = p.check_in_text("rosa mama")
    assert one.checked is not None and (one.checked.number, one.checked.name) == (
        13, "Rosa Mamani")
    assert one.message == ("Rosa Mamani (member 13) is checked in. 11 more members needed. "
                           "At second call, after 60 minutes, 10 will be enough.")
    assert [a.found_by for a in p.info.attendees] == ["name"]
    by_number = p.check_in_text(" 2 ")
    assert by_number.checked is not None and by_number.checked.has_photo
    assert p.info.attendees[0].found_by == "number"
    again = p.check_in_text("rosa")
    assert [c.present for c in again.candidates] == [False, True, True]
    with pytest.raises(ValidationError) as twice:
        p.check_in_text("2")
    assert (twice.value.field, "already checked in" in twice.value.message) == ("member", True)
    with pytest.raises(ValidationError) as nobody:
        p.check_in_text("Zapata")
    assert (nobody.value.field, nobody.value.message) == (
        "member", "Nobody on the roll matches 'Zapata'.")
    with pytest.raises(ValidationError) as blank:
        p.check_in_text("   ")
    assert blank.value.field == "member"
    assert p.quorum is not None and p.quorum.present == 2


def test_a_motion_result_in_large_words(coop: UnitOfWork) -> None:
    mid = _assembly(coop)
    p = AssemblyPresenter(coop, mid, Clock(AT))
    assert p.last_result is None
    with pytest.raises(ValidationError) as no_quorum:
        p.record_motion("Approve the accounts", DecisionType.ORDINARY, yes=1)
    assert no_quorum.value.field == "quorum"
    for n in range(1, 21):
        p.check_in(n)
    p.next_item()
    r = p.record_motion("Amend article 12", DecisionType.BYLAWS, yes=14, no=3, abstain=2)
    # Colombia: two thirds of those present (20) -> at least 14.
    assert r.text == ("PASSED - 14 in favour, 3 against, 2 abstentions; at least two thirds "
                      "of the members present or represented were needed: 14")
    assert (r.passed, r.resolution, r.motion.item_id) == (True, "2026-001", p.items[1].id)
    lost = p.record_motion("Buy a second mill", "ordinary", yes=10, no=9, abstain=1)
    assert lost.text == ("NOT PASSED - 10 in favour, 9 against, 1 abstention; more than half "
                         "of the members present or represented were needed: 11")
    assert p.last_result is not None and p.last_result.motion.id == lost.motion.id
    assert [m.resolution for m in p.resolutions] == ["2026-001"]
    with pytest.raises(ValidationError) as too_many:
        p.record_motion("x", "ordinary", yes=15, no=15)
    assert too_many.value.field == "votes"
    with pytest.raises(ValidationError) as kind:
        p.record_motion("x", "coronation", yes=1)
    assert kind.value.field == "decision_type"
    assert len(p.motions) == 2                      # nothing half-written
    fresh = AssemblyPresenter(coop, mid, Clock(AT))
    assert fresh.last_result is not None and fresh.last_result.text == lost.text
    assert counts_text(1, 0, 0, 2) == "1 in favour, 0 against, 0 abstentions, 2 spoilt votes"


def test_navigation_through_the_agenda(coop: UnitOfWork) -> None:
    mid = _assembly(coop)
    p = AssemblyPresenter(coop, mid, Clock(AT))
    item = p.current_item
    assert item is not None and (item.title, p.item_label) == ("Quorum and agenda",
                                                               "Item 1 of 3")
    assert not p.previous_item()
    assert p.next_item() and p.next_item()
    item = p.current_item
    assert item is not None and (item.title, p.item_label) == ("Election of the board",
                                                               "Item 3 of 3")
    assert not p.next_item()
    meetings.add_item(coop, mid, "Any other business")
    p.refresh()                                      # the current item stays where it was
    assert p.item_label == "Item 3 of 4"
    assert p.next_item() and p.current_item is not None
    assert p.current_item.title == "Any other business"
    p.go_to(p.items[0].id)
    assert p.item_index == 0
    with pytest.raises(ValidationError) as bad:
        p.go_to(999)
    assert bad.value.field == "item"
