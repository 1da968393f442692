"""The bank's use cases on a real cooperative file: accounts, imports, matching, entries made
from statement lines, rules, and reconciliations (both databases)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from coopdesk.bank import links, queries, reconcile, services
from coopdesk.bank.formats import Mapping
from coopdesk.bank.models import BankLineRow, BankMatch, Reconciliation
from coopdesk.bank.rules import ProposedLine
from coopdesk.core import audit
from coopdesk.core.access import Role
from coopdesk.core.errors import NotFound, PermissionDenied, ValidationError
from coopdesk.core.files import NewCooperative, create_cooperative
from coopdesk.core.uow import UnitOfWork
from coopdesk.ledger import cashbook
from coopdesk.ledger import services as books
from coopdesk.ledger.cashbook import CashInput
from coopdesk.members import services as members
from coopdesk.members.rules import MemberInput, Status
from tests.conftest import PASSWORD, add_role_users, login
from tests.test_bank_formats import SAMPLES

D = Decimal
HEADER = "Fecha;Descripción;Referencia;Valor;Saldo\n"


def csv(*rows: tuple[str, str, str, str, str]) -> bytes:
    return (HEADER + "".join(";".join(r) + "\n" for r in rows)).encode("utf-8")


JANUARY = csv(
    ("05/01/2026", "CONSIGNACION EFECTIVO", "100", "1.500.000,00", "2.500.000,00"),
    ("08/01/2026", "TRANSF ROSA QUISPE APORTES", "", "200.000,00", "2.700.000,00"),
    ("15/01/2026", "CHEQUE 000512", "512", "-350.000,00", "2.350.000,00"),
    ("31/01/2026", "COMISION MANEJO CUENTA", "", "-12.500,00", "2.337.500,00"),
)


@pytest.fixture
def coop(admin: UnitOfWork) -> UnitOfWork:
    """A general chart, 2026 open, an opening bank balance of 1,000,000.00 and January's
    receipts and payments through the bank; account BANCO on ledger 1110."""
    books.install_chart(admin, "general")
    books.open_fiscal_year(admin, "2026", dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    members.register_member(admin, MemberInput("Rosa", "Quispe", "F", dt.date(1980, 1, 1),
                                               "digger", dt.date(2020, 1, 1)), Status.ACTIVE)
    from coopdesk.ledger.rules import LineInput

    books.post_opening(admin, "2026", (LineInput("1110", debit=D(1_000_000)),
                                       LineInput("3705", credit=D(1_000_000))))
    record = [("gold_buyer", dt.date(2026, 1, 4), D(1_500_000), "Venta oro lote 7", None, "100"),
              ("admission_fee", dt.date(2026, 1, 7), D(200_000), "Cuota de admisión", 1, None),
              ("fuel", dt.date(2026, 1, 12), D(350_000), "ACPM cheque 512", None, "512"),
              ("supplies", dt.date(2026, 1, 29), D(80_000), "Cal y cianuro", None, "513")]
    for kind, day, amount, text, member, ref in record:
        cashbook.record(admin, CashInput(kind, day, amount, text, place="bank", member=member,
                                         reference=ref))
    services.add_account(admin, "BANCO", "Banco Agrario - corriente", "bank", "1110",
                         number="4-0012-345678", since=dt.date(2026, 1, 1))
    return admin


def _lines(uow: UnitOfWork) -> int:
    with uow.read() as s:
        return s.scalar(select(func.count()).select_from(BankLineRow)) or 0


def test_accounts_are_tied_to_an_asset_account(coop: UnitOfWork) -> None:
    info = services.account(coop, "BANCO")
    assert (info.ledger_code, info.kind, info.book_balance) == ("1110", "bank", D(2_270_000))
    with pytest.raises(ValidationError, match="already belongs"):
        services.add_account(coop, "OTRA", "Otra", "bank", "1110")
    with pytest.raises(ValidationError, match="asset"):
        services.add_account(coop, "MAL", "Mal", "bank", "4105")
    with pytest.raises(ValidationError, match="code"):
        services.add_account(coop, "con espacio", "X", "bank", "1120")
    with pytest.raises(NotFound, match="BANCO"):
        services.account(coop, "NOPE")


def test_import_checks_and_never_imports_twice(coop: UnitOfWork) -> None:
    first = services.import_statement(coop, "BANCO", JANUARY, "enero.csv")
    assert (first.new, first.known, first.format) == (4, 0, "csv")
    again = services.import_statement(coop, "BANCO", JANUARY, "enero.csv")
    assert (again.import_id, again.new, again.known) == (None, 0, 4)
    # an overlapping file: the last January line again, and one line of February
    overlap = csv(("31/01/2026", "COMISION MANEJO CUENTA", "", "-12.500,00", "2.337.500,00"),
                  ("02/02/2026", "ABONO INTERESES", "", "1.250,00", "2.338.750,00"))
    res = services.import_statement(coop, "BANCO", overlap, "feb.csv")
    assert (res.new, res.known) == (1, 1)
    assert _lines(coop) == 5
    preview = services.preview_import(coop, "BANCO", overlap, "feb.csv")
    assert (preview.new, preview.known) == (0, 2)


def test_a_broken_file_imports_nothing_and_says_where(coop: UnitOfWork) -> None:
    bad_date = csv(("05/01/2026", "A", "", "10,00", "10,00"),
                   ("32/01/2026", "B", "", "10,00", "20,00"))
    with pytest.raises(ValidationError, match="Line 3"):
        services.import_statement(coop, "BANCO", bad_date, "bad.csv")
    bad_balance = csv(("05/01/2026", "A", "", "10,00", "10,00"),
                      ("06/01/2026", "B", "", "10,00", "25,00"))
    with pytest.raises(ValidationError, match="does not add up"):
        services.import_statement(coop, "BANCO", bad_balance, "bad.csv")
    with pytest.raises(ValidationError, match="empty"):
        services.import_statement(coop, "BANCO", b"", "empty.csv")
    assert _lines(coop) == 0


def test_a_statement_of_another_account_or_currency_is_refused(coop: UnitOfWork) -> None:
    ofx = (b"OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\n\n<OFX><BANKMSGSRSV1><STMTTRNRS>"
           b"<STMTRS><CURDEF>USD<BANKACCTFROM><BANKID>1<ACCTID>99999999<ACCTTYPE>CHECKING"
           b"</BANKACCTFROM><BANKTRANLIST><DTSTART>20260101<DTEND>20260131<STMTTRN>"
           b"<TRNTYPE>CREDIT<DTPOSTED>20260105<TRNAMT>10.00<FITID>A1<NAME>X</STMTTRN>"
           b"</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>")
    with pytest.raises(ValidationError, match="USD"):
        services.import_statement(coop, "BANCO", ofx, "x.ofx")
    assert _lines(coop) == 0


def test_a_saved_mapping_reads_a_bank_s_own_layout(coop: UnitOfWork) -> None:
    data = (b"Cuenta 4-0012-345678\n\nDia|Detalle|Cargo|Abono\n"
            b"05-01-2026|DEPOSITO|0|1500000\n15-01-2026|CHEQUE 512|350000|0\n")
    mapping = Mapping(header_row=3, delimiter="|", date_formats=("%d-%m-%Y",),
                      amount_mode="debit_credit", date_column="Dia",
                      description_columns=("Detalle",), debit_column="Cargo",
                      credit_column="Abono", decimal=".")
    services.save_mapping(coop, "Banco Agrario", mapping)
    assert services.mappings(coop)["Banco Agrario"] == mapping
    res = services.import_statement(coop, "BANCO", data, "agrario.csv", mapping="Banco Agrario")
    assert res.new == 2
    amounts = [ln.amount for ln in queries.bank_lines(coop, "BANCO")]
    assert amounts == [D(1_500_000), D(-350_000)]


def test_matching_entries_from_lines_and_reconciling(coop: UnitOfWork) -> None:
    services.import_statement(coop, "BANCO", JANUARY, "enero.csv")
    run = links.run_matching(coop, "BANCO")
    assert len(run.matched) + len(run.suggested) == 3
    for m in run.suggested:
        links.link(coop, "BANCO", m.bank, m.book, score=m.score)
    # the charge is in no book line: it is the whole difference, and says so
    before = reconcile.state(coop, "BANCO", dt.date(2026, 1, 31), D("2337500"))
    assert (before.difference, before.unbooked, before.unexplained) == (D(-12_500),
                                                                        D(-12_500), 0)
    assert not before.can_finish and "not in the books" in " ".join(before.blockers)
    # make its entry from the statement line
    charge = queries.bank_lines(coop, "BANCO", status="unmatched")
    assert [ln.description for ln in charge] == ["COMISION MANEJO CUENTA"]
    entry = links.book_line(coop, "BANCO", charge[0].id,
                            [ProposedLine("5305", D(12_500))], "Comisión de manejo")
    assert entry.startswith("2026/")
    left = queries.book_lines(coop, "BANCO", status="unmatched")
    assert [(b.amount, b.brought_forward) for b in left] == [(D(-80_000), False)]
    every = queries.book_lines(coop, "BANCO")  # the opening balance waits for nothing
    assert [b.amount for b in every if b.brought_forward] == [D(1_000_000)]

    st = reconcile.state(coop, "BANCO", dt.date(2026, 1, 31), D("2337500"))
    # book 1,000,000 + 1,500,000 + 200,000 - 350,000 - 80,000 - 12,500
    assert st.book_balance == D(2_257_500)
    assert (st.outstanding_deposits, st.outstanding_payments) == (D(0), D(80_000))
    assert st.statement_balance == D(2_337_500)
    assert st.difference == 0 and st.can_finish, st.blockers
    wrong = reconcile.state(coop, "BANCO", dt.date(2026, 1, 31), D("2337000"))
    assert not wrong.can_finish and "2337500" in " ".join(wrong.blockers).replace(",", "")
    with pytest.raises(ValidationError):
        reconcile.finish(coop, "BANCO", dt.date(2026, 1, 31), D("2337000"))

    rec = reconcile.finish(coop, "BANCO", dt.date(2026, 1, 31), D("2337500"))
    some = queries.bank_lines(coop, "BANCO")[0]
    assert some.locked and some.match_id is not None
    with pytest.raises(ValidationError, match="reopen"):
        links.unlink(coop, "BANCO", some.match_id)
    late = csv(("20/01/2026", "NOTA DEBITO", "", "-1.000,00", "0,00"))
    with pytest.raises(ValidationError, match="reconciled"):
        services.import_statement(coop, "BANCO", late, "late.csv")
    with pytest.raises(ValidationError, match="reconciled up to"):
        reconcile.finish(coop, "BANCO", dt.date(2026, 1, 30), D("2337500"))

    past = reconcile.saved(coop, rec)
    assert past.status == "done" and [i.amount for i in past.items] == [D(-80_000)]
    with pytest.raises(ValidationError, match="why"):
        reconcile.reopen(coop, rec, " ")
    reconcile.reopen(coop, rec, "the bank added a late debit note")
    links.unlink(coop, "BANCO", some.match_id, reject=True)
    assert [h.status for h in reconcile.history(coop, "BANCO")] == ["reopened"]
    with coop.read() as s:
        actions = {e.action for e in s.scalars(select(audit.AuditEvent))}
        assert {"bank.import", "bank.entry", "bank.reconcile", "bank.reopen",
                "bank.unmatch"} <= actions
        assert ("bank.match.auto" in actions) == bool(run.matched)
        assert ("bank.match" in actions) == bool(run.suggested)
        assert audit.verify(s).ok
    # a reconciliation changed outside coopdesk shows in the chain
    with coop.write(None) as tx:
        tx.session.execute(update(Reconciliation).values(bank_balance=1))
    with coop.read() as s:
        result = audit.verify(s)
        assert not result.ok and "bank_reconciliation" in (result.problem or "")


def test_manual_match_must_be_the_same_money(coop: UnitOfWork) -> None:
    services.import_statement(coop, "BANCO", JANUARY, "enero.csv")
    bank = queries.bank_lines(coop, "BANCO")
    book = queries.book_lines(coop, "BANCO")
    deposit = next(b for b in bank if b.amount == D(1_500_000))
    shares_line = next(k for k in book if k.amount == D(200_000))
    with pytest.raises(ValidationError, match="difference 1300000"):
        links.link(coop, "BANCO", [deposit.id], [shares_line.id])
    sale = next(k for k in book if k.amount == D(1_500_000))
    mid = links.link(coop, "BANCO", [deposit.id], [sale.id])
    with pytest.raises(ValidationError, match="matched already"):
        links.link(coop, "BANCO", [deposit.id], [sale.id])
    links.unlink(coop, "BANCO", mid, reject=True)
    run = links.suggestions(coop, "BANCO")
    assert all(deposit.id not in m.bank for m in run.matched + run.suggested)
    # the treasurer may still match it by hand; the rejection is forgotten
    links.link(coop, "BANCO", [deposit.id], [sale.id])


def test_rules_propose_entries_and_are_suggested_from_manual_ones(coop: UnitOfWork) -> None:
    with pytest.raises(ValidationError, match="pattern"):
        links.save_rule(coop, links.RuleInput("Mal", "5305", regex="(["))
    with pytest.raises(NotFound):
        links.save_rule(coop, links.RuleInput("Mal", "9999", text_contains="x"))
    rid = links.save_rule(coop, links.RuleInput("Comisiones", "5305",
                                                text_contains="comision",
                                                max_amount=D(0), account="BANCO"))
    services.import_statement(coop, "BANCO", JANUARY, "enero.csv")
    run = links.suggestions(coop, "BANCO")
    assert [p.lines for p in run.proposals] == [(ProposedLine("5305", D("12500.00")),)]
    posted = links.post_proposals(coop, "BANCO", run.proposals, run.rule_ids)
    assert len(posted) == 1
    with coop.read() as s:
        assert s.scalar(select(BankMatch.rule_id).where(BankMatch.kind == "entry")) == rid
    assert links.suggested_rules(coop) == []  # made by a rule, not by hand
    links.delete_rule(coop, rid)
    assert links.rules(coop) == []


def test_secretary_cannot_import_and_supervisor_reads(coop: UnitOfWork) -> None:
    users = add_role_users(coop)
    with pytest.raises(PermissionDenied):
        services.import_statement(users[Role.SECRETARY], "BANCO", JANUARY, "enero.csv")
    with pytest.raises(PermissionDenied):
        reconcile.finish(users[Role.SUPERVISORY], "BANCO", dt.date(2026, 1, 31), D(0))
    assert services.accounts(users[Role.SUPERVISORY])[0].code == "BANCO"
    services.import_statement(users[Role.TREASURER], "BANCO", JANUARY, "enero.csv")


@pytest.fixture
def euro(tmp_path: Path) -> Iterator[UnitOfWork]:
    """A cooperative kept in euros, for the real statements of European banks."""
    db = create_cooperative(str(tmp_path / "eur.coopdesk"),
                            NewCooperative("Coop EUR", "EUR", "FR", "fr", "10"), "admin", "Ana",
                            PASSWORD)
    uow = login(db)
    books.install_chart(uow, "syscohada")
    books.open_fiscal_year(uow, "2013", dt.date(2013, 1, 1), dt.date(2013, 12, 31))
    books.open_fiscal_year(uow, "2014", dt.date(2014, 1, 1), dt.date(2014, 12, 31))
    services.add_account(uow, "ING", "ING courant", "bank", "521",
                         number="NL26VAYB8060476890")
    yield uow
    db.dispose()


def test_real_camt_statements_import_once_and_a_mismatch_is_named(euro: UnitOfWork) -> None:
    good = (SAMPLES / "camt053" / "camt053.v2.multi.statement.xml").read_bytes()
    res = services.import_statement(euro, "ING", good, "multi.xml")
    assert (res.format, res.statements, res.new) == ("camt053", 2, 2)
    assert services.import_statement(euro, "ING", good, "multi.xml").new == 0
    bad = (SAMPLES / "camt053" / "camt053.v8.xml").read_bytes()
    preview = services.preview_import(euro, "ING", bad, "v8.xml")
    assert preview.problems and "closing balance" in preview.problems[0]
    with pytest.raises(ValidationError, match="does not add up"):
        services.import_statement(euro, "ING", bad, "v8.xml")
    other = (SAMPLES / "camt053" / "test-camt053-txdtls.xml").read_bytes()
    with pytest.raises(ValidationError, match="CHF"):  # a Swiss account's statement
        services.import_statement(euro, "ING", other, "ch.xml")
    forced = services.import_statement(euro, "ING", bad, "v8.xml", allow_mismatch=True)
    assert forced.new == 1
    with euro.read() as s:
        event = s.scalars(select(audit.AuditEvent).where(audit.AuditEvent.action ==
                                                        "bank.import")
                          .order_by(audit.AuditEvent.seq.desc())).first()
        assert event is not None and "closing balance" in event.summary


def test_an_entry_and_its_reversal_cancel_out_without_the_bank(coop: UnitOfWork) -> None:
    wrong = cashbook.record(coop, CashInput("fuel", dt.date(2026, 1, 20), D(99_000), "Error",
                                            place="bank"))
    books.reverse_entry(coop, wrong.year, wrong.number, dt.date(2026, 1, 21), "wrong account")
    services.import_statement(coop, "BANCO", JANUARY, "enero.csv")
    run = links.run_matching(coop, "BANCO")
    cancelled = [b for b in queries.book_lines(coop, "BANCO", status="matched")
                 if b.amount in (D(-99_000), D(99_000))]
    assert len(cancelled) == 2 and cancelled[0].match_id == cancelled[1].match_id
    assert all(j not in run.left_book for j in (b.id for b in cancelled))
    st = reconcile.state(coop, "BANCO", dt.date(2026, 1, 31), D("2337500"))
    assert all(abs(i.amount) != D(99_000) for i in st.items)
    # by hand: undone, then matched again without any statement line
    assert cancelled[0].match_id is not None
    links.unlink(coop, "BANCO", cancelled[0].match_id)
    with pytest.raises(ValidationError, match="cancel out"):
        links.link(coop, "BANCO", [], [cancelled[0].id])
    other = next(b for b in queries.book_lines(coop, "BANCO", status="unmatched")
                 if b.id not in {c.id for c in cancelled})
    with pytest.raises(ValidationError, match="same money"):
        links.link(coop, "BANCO", [], [cancelled[0].id, other.id])
    links.link(coop, "BANCO", [], [b.id for b in cancelled])
    # at a date between the two, the original is still outstanding
    mid = reconcile.state(coop, "BANCO", dt.date(2026, 1, 20), D("2350000"))
    assert [i.amount for i in mid.items if abs(i.amount) == D(99_000)] == [D(-99_000)]
