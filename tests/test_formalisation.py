"""The formalisation path on SQLite and PostgreSQL: stages in the path's order, the derived
expiry at its edge dates, documents kept by their magic bytes, fees read from the books, the
miner cards, the warnings and the progress; bad input names the field and writes nothing, and
the supervisory committee may not write."""

from __future__ import annotations

import datetime as dt
import hashlib
from decimal import Decimal

import pytest
from sqlalchemy import func, select, update

from coopdesk.core import audit
from coopdesk.core.access import Role
from coopdesk.core.errors import NotFound, PermissionDenied, ValidationError
from coopdesk.core.uow import UnitOfWork
from coopdesk.ledger import cashbook
from coopdesk.ledger import services as books
from coopdesk.ledger.cashbook import CashInput
from coopdesk.members import services as members
from coopdesk.members.models import Member
from coopdesk.members.rules import MemberInput, Status
from coopdesk.plans import formalisation as fp
from coopdesk.plans.models import FormalDocumentRow, FormalFeeRow, FormalStageRow
from tests.conftest import add_role_users

D = Decimal
TODAY = dt.date.today()
PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 40
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 40


def days(n: int) -> dt.date:
    return TODAY + dt.timedelta(days=n)


def _state(uow: UnitOfWork) -> tuple[object, ...]:
    with uow.read() as s:
        return (audit.head(s),
                *(s.scalar(select(func.count()).select_from(t))
                  for t in (FormalStageRow, FormalDocumentRow, FormalFeeRow)),
                tuple(s.execute(select(FormalStageRow.status, FormalStageRow.title,
                                       FormalStageRow.issued_on, FormalStageRow.expires_on)
                                .order_by(FormalStageRow.id))))


def _path(uow: UnitOfWork) -> dict[str, int]:
    """A path of five stages, added out of order; returns their ids by kind."""
    ids = {}
    ids["national_licence"] = fp.add_stage(
        uow, "national_licence", "Concession contract", authority="National Mining Agency",
        applied_on=days(-200))
    ids["coop_registration"] = fp.add_stage(
        uow, "coop_registration", "Registration", authority="Chamber of Commerce",
        reference_no="S-0042", applied_on=days(-3000), issued_on=days(-2990))
    ids["mining_zone"] = fp.add_stage(uow, "mining_zone", "Special reserve area")
    ids["provincial_licence"] = fp.add_stage(
        uow, "provincial_licence", "Environmental licence", authority="CORANTIOQUIA",
        reference_no="LA-2021-77", applied_on=days(-1900), issued_on=days(-1800),
        expires_on=days(60))
    ids["miner_registration"] = fp.add_stage(
        uow, "miner_registration", "Subsistence miners certificates", authority="Alcaldía",
        reference_no="RUCOM", issued_on=days(-500))
    return ids


def test_the_path_in_its_order_with_derived_states(admin: UnitOfWork) -> None:
    site = members.add_site(admin, "Mina El Cogote", "gold")
    ids = _path(admin)
    fp.update_stage(admin, ids["mining_zone"], site="mina el cogote")
    rows = fp.path(admin, TODAY)
    assert [r.kind for r in rows] == list(fp.KINDS[:5])
    assert [r.step for r in rows] == [1, 2, 3, 4, 5]
    assert [r.status for r in rows] == ["granted", "granted", "granted", "applied",
                                        "not_started"]
    assert [r.state for r in rows] == ["granted", "granted", "expiring", "applied",
                                       "not_started"]
    lic = rows[2]
    assert (lic.title, lic.authority, lic.reference_no, lic.days_to_expiry) == (
        "Environmental licence", "CORANTIOQUIA", "LA-2021-77", 60)
    assert (rows[4].site_id, rows[4].site) == (site, "Mina El Cogote")
    assert rows[0].expires_on is None and rows[0].days_to_expiry is None
    # the same path, 61 days on: the licence has expired (never stored)
    later = fp.path(admin, days(61))
    assert later[2].state == "expired" and later[2].days_to_expiry == -1
    assert not later[2].valid
    with admin.read() as s:
        assert s.scalar(select(FormalStageRow.status)
                        .where(FormalStageRow.id == ids["provincial_licence"])) == "granted"
    # a second stage of a kind goes after the first of its kind
    fp.add_stage(admin, "provincial_licence", "Water permit", authority="CORANTIOQUIA")
    assert [r.title for r in fp.path(admin, TODAY)][2:4] == ["Environmental licence",
                                                             "Water permit"]


@pytest.mark.parametrize(("offset", "state", "text"), [
    (91, "granted", None),
    (90, "expiring", "in 90 days"),
    (1, "expiring", "in 1 days"),
    (0, "expiring", "expires today"),
    (-1, "expired", "1 days ago"),
])
def test_expiry_at_the_edges_of_the_window(admin: UnitOfWork, offset: int, state: str,
                                           text: str | None) -> None:
    fp.add_stage(admin, "provincial_licence", "Environmental licence",
                 authority="CORANTIOQUIA", reference_no="LA-1", issued_on=days(-400),
                 expires_on=days(offset))
    row = fp.path(admin, TODAY)[0]
    assert row.state == state and row.days_to_expiry == offset
    found = fp.warnings(admin, TODAY)
    if text is None:
        assert found == []
    else:
        assert len(found) == 1 and text in found[0]
        assert found[0].startswith("Environmental licence (CORANTIOQUIA)")
    # a narrower window: 30 days
    assert fp.state_of("granted", days(offset), TODAY, 30) == (
        "expired" if offset < 0 else "expiring" if offset <= 30 else "granted")


def test_progress_counts_granted_and_valid_stages(admin: UnitOfWork) -> None:
    assert fp.progress(admin, TODAY) == fp.PathProgress(0, 0, None, None)
    ids = _path(admin)
    p = fp.progress(admin, TODAY)
    assert (p.granted, p.total) == (3, 5)
    assert p.current is not None and p.current.id == ids["national_licence"]
    assert p.next_expiry is not None and p.next_expiry.id == ids["provincial_licence"]
    # once the licence has expired, it is the current step and nothing valid expires
    p = fp.progress(admin, days(61))
    assert (p.granted, p.total) == (2, 5)
    assert p.current is not None and p.current.id == ids["provincial_licence"]
    assert p.next_expiry is None


def test_miner_cards_and_their_warnings(admin: UnitOfWork) -> None:
    cards = [("Rosa", "Quispe", days(-1)), ("Juan", "Mamani", days(0)),
             ("Eva", "Huanca", days(90)), ("Luis", "Condori", days(91)),
             ("Carmen", "Ticona", None), ("Marco", "Choque", days(-400)),
             ("Julia", "Limachi", days(5)), ("Hugo", "Vargas", days(30)),
             ("Nora", "Apaza", days(45))]
    for first, last, expiry in cards:
        members.register_member(admin, MemberInput(
            first, last, "F", dt.date(1980, 1, 1), "digger", dt.date(2020, 1, 1),
            miner_card_no="MS-1" if expiry else None, miner_card_expiry=expiry), Status.ACTIVE)
    # an applicant's card is not counted
    members.register_member(admin, MemberInput("Pedro", "Sirpa", "M", dt.date(1975, 1, 1),
                                               "digger", dt.date(2026, 1, 1),
                                               miner_card_expiry=days(-3)))
    state = fp.miner_cards(admin, TODAY)
    assert (state.members, state.valid, state.without) == (9, 6, 1)
    assert [c.name for c in state.expiring] == ["Juan Mamani", "Julia Limachi", "Hugo Vargas",
                                                "Nora Apaza", "Eva Huanca"]
    assert [c.name for c in state.expired] == ["Rosa Quispe", "Marco Choque"]
    assert fp.cards_line(state) == "6 of 9 active members hold a valid miner card"
    found = fp.warnings(admin, TODAY)
    assert found == [
        f"2 active members' miner cards have expired: Rosa Quispe (No. 1, {days(-1)}), "
        f"Marco Choque (No. 6, {days(-400)}).",
        f"5 active members' miner cards expire within 90 days: Juan Mamani (No. 2, "
        f"{TODAY}), Julia Limachi (No. 7, {days(5)}), Hugo Vargas (No. 8, {days(30)}) and "
        "2 more."]
    assert [a.level for a in fp.alerts(admin, TODAY)] == ["expired", "expiring"]
    narrow = fp.warnings(admin, TODAY, within_days=10)
    assert narrow[1].startswith("2 active members' miner cards expire within 10 days")


def test_bad_input_names_the_field_and_writes_nothing(admin: UnitOfWork) -> None:
    ids = _path(admin)
    before = _state(admin)
    lic = ids["provincial_licence"]
    cases: list[tuple[str, dict[str, object]]] = [
        ("issued_on", {"issued_on": days(-1901)}),             # before it was applied for
        ("expires_on", {"expires_on": days(-1800)}),           # on the day it was issued
        ("expires_on", {"expires_on": days(-1900)}),           # before it was issued
        ("reference_no", {"reference_no": "  "}),              # granted without a reference
        ("issued_on", {"issued_on": None}),                    # granted without a date
        ("issued_on", {"issued_on": days(3)}),                 # in the future
        ("status", {"status": "approved"}),
        ("kind", {"kind": "licence"}),
        ("title", {"title": "   "}),
        ("title", {"title": "x" * 201}),
        ("site", {"site": "Nowhere"}),
        ("site", {"site": 999}),
        ("colour", {"colour": "red"}),
        ("status", {"status": "not_started"}),                 # with dates, it has started
    ]
    for field, change in cases:
        with pytest.raises(ValidationError) as err:
            fp.update_stage(admin, lic, **change)
        assert err.value.field == field, (field, change, err.value.message)
    with pytest.raises(ValidationError) as err:
        fp.add_stage(admin, "national_licence", "Title", status="granted",
                     issued_on=days(-3))
    assert err.value.field == "reference_no"
    with pytest.raises(ValidationError) as err:
        fp.add_stage(admin, "national_licence", "Title", applied_on=days(1))
    assert err.value.field == "applied_on" and "future" in err.value.message
    with pytest.raises(NotFound):
        fp.update_stage(admin, 9999, title="x")
    assert _state(admin) == before
    # the good change goes through, named in the audit chain
    fp.update_stage(admin, lic, expires_on=days(400), notes="Renewed by resolution 12")
    row = fp.stage(admin, lic, TODAY)
    assert (row.expires_on, row.state, row.notes) == (days(400), "granted",
                                                     "Renewed by resolution 12")
    with admin.read() as s:
        assert audit.verify(s).ok


def test_documents_by_magic_bytes(admin: UnitOfWork) -> None:
    ids = _path(admin)
    reg = ids["coop_registration"]
    doc = fp.attach_document(admin, reg, "C:\\scans\\certificado.pdf", PDF)
    fp.attach_document(admin, reg, "foto.png", PNG)
    fp.attach_document(admin, reg, "recibo.jpg", JPEG)
    docs = fp.documents(admin, reg)
    assert [(d.filename, d.mime, d.size) for d in docs] == [
        ("certificado.pdf", "application/pdf", len(PDF)), ("foto.png", "image/png", len(PNG)),
        ("recibo.jpg", "image/jpeg", len(JPEG))]
    assert docs[0].sha256 == hashlib.sha256(PDF).hexdigest()
    assert fp.document_file(admin, doc) == ("certificado.pdf", PDF)
    assert fp.path(admin, TODAY)[1].documents == 3
    before = _state(admin)
    for name, data, field in (("a.txt", b"hello", "file"), ("a.pdf", b"", "file"),
                              ("tiff.tif", b"II*\x00" + b"0" * 20, "file"),
                              ("big.pdf", b"%PDF-" + b"0" * fp.MAX_DOCUMENT, "file"),
                              ("  ", PDF, "filename")):
        with pytest.raises(ValidationError) as err:
            fp.attach_document(admin, reg, name, data)
        assert err.value.field == field
    with pytest.raises(NotFound):
        fp.attach_document(admin, 9999, "a.pdf", PDF)
    with pytest.raises(NotFound):
        fp.document_file(admin, 9999)
    assert _state(admin) == before
    fp.remove_document(admin, docs[2].id)
    assert [d.filename for d in fp.documents(admin, reg)] == ["certificado.pdf", "foto.png"]
    with pytest.raises(ValidationError) as err:
        fp.remove_stage(admin, reg)
    assert err.value.field == "stage" and "mark it lapsed" in err.value.message
    fp.remove_stage(admin, ids["mining_zone"])
    assert len(fp.path(admin, TODAY)) == 4
    with admin.read() as s:
        assert audit.verify(s).ok


def test_fees_are_read_from_the_books(admin: UnitOfWork) -> None:
    books.install_chart(admin, "general")
    year = str(TODAY.year)
    books.open_fiscal_year(admin, year, dt.date(TODAY.year, 1, 1), dt.date(TODAY.year, 12, 31))
    ids = _path(admin)
    lic = ids["provincial_licence"]
    fee = cashbook.record(admin, CashInput("royalties", TODAY, D("1250000.50"),
                                           "Pago derechos de trámite licencia ambiental"))
    other = cashbook.record(admin, CashInput("fuel", TODAY, D("80000"), "ACPM", place="bank"))
    bad = cashbook.record(admin, CashInput("fuel", TODAY, D("999"), "typo"))
    rev = books.reverse_entry(admin, year, bad.number, TODAY, "typed twice")
    pays = fp.payment_entries(admin)
    assert [p.key for p in pays] == [f"{year}/{other.number}", f"{year}/{fee.number}"]
    assert pays[1].amount == D("1250000.50") and pays[1].stage_id is None

    fp.link_fee(admin, lic, year, fee.number, "  tasa de evaluación ")
    rows = fp.fees(admin, lic)
    assert [(r.key, r.amount, r.note, r.description) for r in rows] == [
        (f"{year}/{fee.number}", D("1250000.50"), "tasa de evaluación",
         "Pago derechos de trámite licencia ambiental")]
    fp.link_fee(admin, lic, year, other.number)
    row = fp.stage(admin, lic, TODAY)
    assert (row.fees, row.fees_total) == (2, D("1330000.50"))
    assert fp.payment_entries(admin)[1].stage_id == lic

    before = _state(admin)
    for stage_id, y, n, field in ((lic, year, fee.number, "entry"),        # twice
                                  (ids["mining_zone"], year, fee.number, "entry"),  # elsewhere
                                  (lic, year, bad.number, "entry"),        # reversed
                                  (lic, year, rev.number, "entry"),        # a reversal
                                  (lic, "1999", 1, "entry"),               # no such year
                                  (lic, year, 9999, "entry")):             # no such entry
        with pytest.raises(ValidationError) as err:
            fp.link_fee(admin, stage_id, y, n)
        assert err.value.field == field
    with pytest.raises(NotFound):
        fp.link_fee(admin, 9999, year, fee.number)
    with pytest.raises(ValidationError):
        fp.unlink_fee(admin, ids["mining_zone"], year, fee.number)
    assert _state(admin) == before
    fp.unlink_fee(admin, lic, year, other.number)
    assert fp.stage(admin, lic, TODAY).fees_total == D("1250000.50")
    assert fp.parse_entry(f"{year}:{fee.number}") == (year, fee.number)
    assert fp.parse_entry("2025-26/7") == ("2025-26", 7)
    with pytest.raises(ValidationError):
        fp.parse_entry("2026")
    with admin.read() as s:
        assert audit.verify(s).ok


def test_a_row_changed_outside_coopdesk_breaks_the_chain(admin: UnitOfWork) -> None:
    ids = _path(admin)
    with admin.db.session(write=True) as s:
        s.execute(update(FormalStageRow).where(FormalStageRow.id == ids["coop_registration"])
                  .values(reference_no="S-9999"))
    with admin.read() as s:
        result = audit.verify(s)
    assert not result.ok and "formal_stage" in (result.problem or "")


def test_only_those_who_may_write_the_plans_change_the_path(admin: UnitOfWork) -> None:
    ids = _path(admin)
    users = add_role_users(admin)
    reader = users[Role.SUPERVISORY]
    before = _state(admin)
    lic = ids["provincial_licence"]
    for call in (lambda: fp.add_stage(reader, "other", "Buyer's audit"),
                 lambda: fp.update_stage(reader, lic, notes="x"),
                 lambda: fp.attach_document(reader, lic, "a.pdf", PDF),
                 lambda: fp.link_fee(reader, lic, "2026", 1),
                 lambda: fp.unlink_fee(reader, lic, "2026", 1),
                 lambda: fp.remove_stage(reader, ids["mining_zone"])):
        with pytest.raises(PermissionDenied):
            call()
    assert _state(admin) == before
    assert len(fp.path(reader, TODAY)) == 5          # every role reads
    assert fp.warnings(reader, TODAY)
    fp.update_stage(users[Role.SECRETARY], lic, notes="Follow-up visit in March")
    assert fp.stage(admin, lic, TODAY).updated_by == "secretary"


def test_member_cards_of_exited_members_are_not_counted(admin: UnitOfWork) -> None:
    n = members.register_member(admin, MemberInput("Ana", "Ruiz", "F", dt.date(1980, 1, 1),
                                                   "digger", dt.date(2020, 1, 1),
                                                   miner_card_expiry=days(-2)), Status.ACTIVE)
    assert len(fp.miner_cards(admin, TODAY).expired) == 1
    with admin.db.session(write=True) as s:
        s.execute(update(Member).where(Member.number == n).values(status="exited"))
    assert fp.miner_cards(admin, TODAY) == fp.CardState(0, 0, [], [], 0)
    assert fp.warnings(admin, TODAY) == []
