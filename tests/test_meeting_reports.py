"""A meeting's papers (both databases): the convocation (draft and sent), the minutes (draft,
then final with the book number and the digest ``coopdesk verify`` checks), the minutes book,
and the attendance sheet before and after the meeting; each rendered to PDF and Excel, the
Excel read back."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from coopdesk.core.access import Role
from coopdesk.core.uow import UnitOfWork
from coopdesk.governance import elections, meetings, officers, services
from coopdesk.governance.bylaws import MeetingKind
from coopdesk.governance.meeting_reports import (
    attendance_document,
    convocation_document,
    minutes_book_document,
    minutes_document,
)
from coopdesk.governance.presets import COLOMBIA, OHADA
from coopdesk.members import services as members
from coopdesk.members import shares
from coopdesk.members.rules import MemberInput, Status
from coopdesk.reports.document import (
    Document,
    Heading,
    KeyValues,
    PageBreak,
    Paragraph,
    Signatures,
    Table,
)
from coopdesk.reports.output import export
from tests.conftest import add_role_users

BOARD = "Consejo de Administración"
AT = dt.datetime(2026, 3, 28, 9, 0)
NAMES = [("Rosa", "Quispe", "F"), ("Juan", "Mamani", "M"), ("Eva", "Huanca", "F"),
         ("Luis", "Condori", "M"), ("Carmen", "Ticona", "F"), ("Marco", "Choque", "M"),
         ("Julia", "Limachi", "F"), ("Hugo", "Vargas", "M"), ("Nora", "Apaza", "F"),
         ("Raúl", "Flores", "M"), ("Elena", "Cruz", "F"), ("Iván", "Poma", "M")]
SUSPENDED = 13


@pytest.fixture
def coop(admin: UnitOfWork) -> UnitOfWork:
    """Colombian bylaws; members 1-12 active with a paid share, 13 (Pedro) suspended."""
    services.save_bylaws(admin, COLOMBIA)
    for first, last, sex in NAMES:
        n = members.register_member(admin, MemberInput(first, last, sex, dt.date(1980, 1, 1),
                                                       "digger", dt.date(2020, 1, 1)),
                                    Status.ACTIVE)
        shares.subscribe(admin, n, 1, dt.date(2020, 1, 1))
        shares.pay(admin, n, Decimal(10000), dt.date(2020, 1, 2))
    members.register_member(admin, MemberInput("Pedro", "Sirpa", "M", dt.date(1975, 1, 1),
                                               "digger", dt.date(2018, 1, 1)), Status.ACTIVE)
    members.change_status(admin, SUSPENDED, Status.SUSPENDED, dt.date(2026, 1, 5),
                          "unpaid dues")
    return admin


def _planned(uow: UnitOfWork, at: dt.datetime = AT) -> int:
    return meetings.create_meeting(uow, MeetingKind.ORDINARY, "Ordinary assembly 2026", at,
                                   place="Community hall",
                                   agenda=["Quorum and agenda", "Accounts of 2025",
                                           "Election of the board"])


def _assembly(uow: UnitOfWork, at: dt.datetime = AT) -> int:
    mid = _planned(uow, at)
    meetings.convene(uow, mid, at.date() - dt.timedelta(days=20))
    meetings.open_meeting(uow, mid, "Rosa Quispe", "Juan Mamani", at=at)
    return mid


def _items(uow: UnitOfWork, mid: int) -> list[int]:
    return [i.id for i in meetings.meeting_info(uow, mid).items]


def _look(pdf: Path, name: str) -> list[Path]:
    """Pages as PNG in /tmp/gov (to look at) when pdftoppm is there."""
    if shutil.which("pdftoppm") is None:
        return []
    out = Path("/tmp/gov")
    out.mkdir(exist_ok=True)
    for old in out.glob(f"{name}-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(out / name)], check=True)
    return sorted(out.glob(f"{name}-*.png"))


def _render(uow: UnitOfWork, doc: Document, tmp_path: Path, name: str
            ) -> tuple[list[Path], list[list[Any]]]:
    """The PDF's pages as PNG, and the Excel's first sheet as rows of values."""
    pdf = export(uow, doc, tmp_path / f"{name}.pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    xlsx = export(uow, doc, tmp_path / f"{name}.xlsx")
    ws = openpyxl.load_workbook(xlsx).worksheets[0]
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    return _look(pdf, name), rows


def _texts(doc: Document) -> list[str]:
    out: list[str] = []
    for b in doc.blocks:
        if isinstance(b, Paragraph | Heading):
            out.append(b.text)
        elif isinstance(b, KeyValues):
            out += [f"{k}: {v}" for k, v in b.items]
    return out


def _facts(doc: Document) -> dict[str, str]:
    return dict(next(b for b in doc.blocks if isinstance(b, KeyValues)).items)


def _row(rows: list[list[Any]], first: object) -> list[Any]:
    return next(r for r in rows if r and r[0] == first)


# --- the convocation -----------------------------------------------------------------------

def test_convocation_before_and_after_it_is_sent(coop: UnitOfWork, tmp_path: Path) -> None:
    mid = _planned(coop)
    draft = convocation_document(coop, mid)
    texts = _texts(draft)
    assert texts[0] == "Draft: not yet convened"
    assert _facts(draft)["Convocation sent on"] == "not yet sent"
    assert _facts(draft)["Notice required"] == "at least 10 business days of notice."
    meetings.convene(coop, mid, dt.date(2026, 3, 10))
    doc = convocation_document(coop, mid)
    texts = _texts(doc)
    assert "Draft: not yet convened" not in texts
    assert texts[0] == ("The members of Cooperativa Minera El Porvenir are called to the "
                        "ordinary general assembly on Mar 28, 2026 at 09:00, at Community "
                        "hall.")
    facts = _facts(doc)
    assert (facts["Meeting"], facts["Title"], facts["Place"], facts["Convocation sent on"]) \
        == ("Ordinary general assembly", "Ordinary assembly 2026", "Community hall",
            "Mar 10, 2026")
    agenda = next(b for b in doc.blocks if isinstance(b, Table))
    assert [list(r) for r in agenda.rows] == [[1, "Quorum and agenda"],
                                             [2, "Accounts of 2025"],
                                             [3, "Election of the board"]]
    assert ("Ordinary general assembly: at least half of the members at first call; after "
            "60 minutes, one tenth, and never fewer than 10.") in texts
    assert "With 12 entitled to attend, 6 must be present or represented." in texts
    assert not any("proxy" in t for t in texts)           # Colombia: none allowed
    assert isinstance(doc.blocks[-1], Signatures)
    assert list(doc.blocks[-1].roles) == ["President", "Secretary"]
    pages, rows = _render(coop, doc, tmp_path, "convocation")
    assert len(pages) in (0, 1)
    assert _row(rows, "Convocation sent on")[1] == "Mar 10, 2026"
    assert _row(rows, 2)[1] == "Accounts of 2025"
    assert _row(rows, "President")[1] == "_" * 30


def test_convocation_of_a_second_call_with_proxies(coop: UnitOfWork) -> None:
    services.save_bylaws(coop, OHADA)
    mid = meetings.create_meeting(coop, MeetingKind.EXTRAORDINARY, "Bylaws change", AT,
                                  agenda=["Article 12"], reconvened=True)
    texts = _texts(convocation_document(coop, mid))
    assert "Convocation: Second convocation" in texts
    assert ("This is the second convocation of a meeting that lacked its quorum: the "
            "second-call quorum applies from the start, 3 of the 12 entitled to attend.") \
        in texts
    assert "A member may represent one other member by proxy, no more." in texts
    assert "Place: to be announced" in texts


# --- the minutes ---------------------------------------------------------------------------

def _held(coop: UnitOfWork, at: dt.datetime = AT) -> int:
    """An assembly held: ten present, the accounts approved, one motion lost, the board
    elected, minutes written, closed."""
    mid = _assembly(coop, at)
    for n in range(1, 11):
        meetings.check_in(coop, mid, n)
    items = _items(coop, mid)
    meetings.write_minutes(coop, mid, items[0], "Ten members present; quorum reached.\n"
                                                "The agenda was approved.")
    meetings.record_motion(coop, mid, items[1], "Approve the accounts of 2025", "ordinary",
                           yes=8, no=1, abstain=1)
    meetings.record_motion(coop, mid, items[1], "Buy a second mill", "ordinary", yes=4, no=6)
    eid = elections.create_election(coop, f"Board {at.year}", "block", 5, position=BOARD,
                                    entry=elections.PAPER, meeting_id=mid)
    elections.open_nominations(coop, eid)
    for n in (6, 7, 8, 9, 10, 11):
        elections.nominate(coop, eid, n, today=at.date())
    elections.open_poll(coop, eid)
    for n in range(1, 11):
        elections.check_off(coop, eid, n)
    elections.close_poll(coop, eid)
    elections.enter_paper_ballots(coop, eid, [[1, 2, 3, 4, 5]] * 6 + [
        [1, 2, 3, 4], [1, 2, 3], [1, 2], [1]])
    assert elections.count(coop, eid).elected == (6, 7, 8, 9, 10)
    meetings.close_meeting(coop, mid)
    meetings.write_minutes(coop, mid, items[1], "The treasurer presented the accounts.")
    return mid


def _sign(coop: UnitOfWork, mid: int, users: dict[Role, UnitOfWork]) -> None:
    meetings.sign_minutes(users[Role.PRESIDENT], mid)
    meetings.sign_minutes(users[Role.SECRETARY], mid)


def test_minutes_draft_then_final(coop: UnitOfWork, tmp_path: Path) -> None:
    users = add_role_users(coop)
    mid = _held(coop)
    draft = minutes_document(coop, mid)
    texts = _texts(draft)
    assert draft.title == "Minutes"
    assert texts[0] == "DRAFT - not signed"
    facts = _facts(draft)
    assert (facts["Chair"], facts["Secretary"], facts["Opened at"], facts["Entitled to attend"],
            facts["Present"], facts["Represented by proxy"]) == (
        "Rosa Quispe", "Juan Mamani", "09:00", "12", "10", "0")
    assert facts["Quorum"] == ("At the opening (first call), 6 of the 12 entitled to attend "
                               "were needed; 10 were present or represented during the "
                               "meeting. The quorum was reached.")
    assert "2. Accounts of 2025" in texts
    assert "Ten members present; quorum reached.\nThe agenda was approved." in texts
    assert "Motion 1: Approve the accounts of 2025" in texts
    assert "Result: PASSED - resolution 2026-001" in texts
    assert "Result: NOT PASSED" in texts
    assert "Votes: in favour 8, against 1, abstentions 1, invalid 0" in texts
    assert "Type of decision: Ordinary decision" in texts
    assert any(t.startswith("The bylaws: Passed: 8 in favour") for t in texts)
    tables = [b for b in draft.blocks if isinstance(b, Table)]
    elected = [list(r) for r in tables[0].rows]
    assert [r[1:] for r in elected] == [[1, 6, "Marco Choque"], [2, 7, "Julia Limachi"],
                                        [3, 8, "Hugo Vargas"], [4, 9, "Nora Apaza"],
                                        [5, 10, "Raúl Flores"]]
    assert {r[0] for r in elected} == {"Board 2026 (Consejo de Administración)"}
    assert [list(r) for r in tables[1].rows] == [
        ["2026-001", 2, "Approve the accounts of 2025", "Ordinary decision"]]
    assert isinstance(draft.blocks[-1], Signatures)
    assert texts[-1] == "DRAFT - not signed"
    pages, rows = _render(coop, draft, tmp_path, "minutes-draft")
    assert not pages or len(pages) == 2
    assert rows[1][0] == "Minutes" and rows[6][0] == "DRAFT - not signed"
    assert _row(rows, "Result")[1] == "PASSED - resolution 2026-001"
    assert _row(rows, "2026-001")[1:] == [2, "Approve the accounts of 2025",
                                         "Ordinary decision"]

    _sign(coop, mid, users)
    info = meetings.meeting_info(coop, mid)
    assert info.digest is not None
    final = minutes_document(coop, mid)
    texts = _texts(final)
    assert final.title == "Minutes No. 1"
    assert "DRAFT - not signed" not in texts
    assert not any(isinstance(b, Signatures) for b in final.blocks)
    day = info.signed_president_at
    assert day is not None
    assert any(t.startswith("Signed by president (president) on ") for t in texts)
    assert any(t.startswith("Signed by secretary (secretary) on ") for t in texts)
    assert "Minutes book: No. 1" in texts
    grouped = " ".join(info.digest[i:i + 4] for i in range(0, 16, 4))
    assert any(t.startswith(f"Digest: {grouped} ") for t in texts)
    _pages, rows = _render(coop, final, tmp_path, "minutes-final")
    assert _row(rows, "Digest")[1].startswith(grouped)


def test_minutes_of_a_committee_list_the_named_votes(coop: UnitOfWork) -> None:
    for n in (1, 2, 3, 4, 5):
        officers.add_mandate(coop, n, BOARD, dt.date(2025, 4, 1))
    when = dt.datetime(2026, 4, 10, 17, 0)
    mid = meetings.create_meeting(coop, MeetingKind.MANAGEMENT, "Board, April", when,
                                  agenda=["Purchase of a compressor"])
    meetings.convene(coop, mid, dt.date(2026, 4, 1))
    meetings.open_meeting(coop, mid, "Rosa Quispe", "Juan Mamani", at=when)
    for n in (1, 2, 3):
        meetings.check_in(coop, mid, n)
    meetings.record_motion(coop, mid, _items(coop, mid)[0], "Buy the compressor", "ordinary",
                           named={1: "yes", 2: "yes", 3: "no"})
    doc = minutes_document(coop, mid)
    named = next(b for b in doc.blocks if isinstance(b, Table) and b.title == "Named vote")
    assert [list(r) for r in named.rows] == [[1, "Rosa Quispe", "in favour"],
                                             [2, "Juan Mamani", "in favour"],
                                             [3, "Eva Huanca", "against"]]
    assert "Method: named vote" in _texts(doc)
    assert _facts(doc)["Closed at"] == "-"


def test_minutes_book_of_two_meetings(coop: UnitOfWork, tmp_path: Path) -> None:
    users = add_role_users(coop)
    first = _held(coop)
    assert minutes_book_document(coop).blocks == [Paragraph("No minutes are final yet.")]
    _sign(coop, first, users)
    second = _assembly(coop, dt.datetime(2026, 9, 5, 9, 0))
    meetings.close_meeting(coop, second)
    _sign(coop, second, users)
    later = _assembly(coop, dt.datetime(2027, 3, 20, 9, 0))
    meetings.close_meeting(coop, later)
    _sign(coop, later, users)
    book = minutes_book_document(coop, 2026)
    assert book.subtitle == "2026"
    heads = [b.text for b in book.blocks if isinstance(b, Heading) and b.level == 1]
    assert heads == ["Minutes No. 1: Ordinary general assembly: Ordinary assembly 2026, "
                     "Mar 28, 2026 at 09:00",
                     "Minutes No. 2: Ordinary general assembly: Ordinary assembly 2026, "
                     "Sep 5, 2026 at 09:00"]
    breaks = [i for i, b in enumerate(book.blocks) if isinstance(b, PageBreak)
              and b.unless_room_mm is None]
    assert len(breaks) == 1 and isinstance(book.blocks[breaks[0] + 1], Heading)
    assert "No resolution was passed." in _texts(book)
    assert len([h for h in _texts(minutes_book_document(coop)) if h.startswith(
        "Minutes No.")]) == 3
    pages, rows = _render(coop, book, tmp_path, "minutes-book")
    assert not pages or len(pages) >= 3
    assert [r[1] for r in rows[2:] if r and r[0] == "Minutes book"] == ["No. 1", "No. 2"]


# --- the attendance sheet ------------------------------------------------------------------

def test_attendance_sheet_before_and_after(coop: UnitOfWork, tmp_path: Path) -> None:
    services.save_bylaws(coop, OHADA)                       # one proxy per member
    mid = _planned(coop)
    before = attendance_document(coop, mid)
    sheet = next(b for b in before.blocks if isinstance(b, Table))
    assert sheet.row_height == 22.0
    lines = [list(r) for r in sheet.rows]
    assert [r[0] for r in lines] == list(range(1, 13))       # not the suspended member
    assert {r[2] for r in lines} == {""} and {r[3] for r in lines} == {None}
    assert "Present: ________" in _texts(before)
    pages, rows = _render(coop, before, tmp_path, "blank-attendance")
    assert len(pages) in (0, 1)
    assert _row(rows, 1)[:2] == [1, "Rosa Quispe"] and _row(rows, 1)[2] is None
    meetings.convene(coop, mid, dt.date(2026, 3, 1))
    meetings.open_meeting(coop, mid, "Rosa Quispe", "Juan Mamani", at=AT)
    for n in (1, 3, 4):
        meetings.check_in(coop, mid, n)
    meetings.add_proxy(coop, mid, 2, 1)
    after = attendance_document(coop, mid)
    texts = _texts(after)
    assert ("Entitled to attend: 12" in texts and "Present: 3" in texts
            and "Represented by proxy: 1" in texts and "Present or represented: 4" in texts)
    _pages, rows = _render(coop, after, tmp_path, "attendance")
    assert _row(rows, 1)[:3] == [1, "Rosa Quispe", "yes"]
    assert _row(rows, 2)[:3] == [2, "Juan Mamani", "represented by 1 (Rosa Quispe)"]
    assert _row(rows, 5)[:3] == [5, "Carmen Ticona", None]
    assert _row(rows, "Present or represented")[1] == "4"
    head = next(r for r in rows if r and r[0] == "No.")
    assert head[:4] == ["No.", "Name", "Present", "Signature"]


def test_a_committee_is_called_as_a_committee(coop: UnitOfWork) -> None:
    mid = meetings.create_meeting(coop, MeetingKind.MANAGEMENT, "Board, April",
                                  dt.datetime(2026, 4, 10, 17, 0), place="Office",
                                  agenda=["Compressor"])
    texts = _texts(convocation_document(coop, mid))
    assert any(t.startswith("The members of the management committee of ") and
               t.endswith(", at Office.") for t in texts)
