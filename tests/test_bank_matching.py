"""The bank matching engine and the rules: plain data, no database, no Qt."""

from __future__ import annotations

import datetime as dt
import sys
from decimal import Decimal
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from coopdesk.bank.matching import BankLine, BookLine, match
from coopdesk.bank.rules import ManualMatch, Rule, apply, suggest_rules

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

D = dt.date(2025, 3, 10)


def day(n: int) -> dt.date:
    return D + dt.timedelta(days=n)


def bank(i: int, n: int, amount: str, text: str, ref: str | None = None) -> BankLine:
    return BankLine(i, day(n), Decimal(amount), text, ref)


def book(i: int, n: int, amount: str, text: str, ref: str | None = None,
         member: int | None = None, name: str | None = None) -> BookLine:
    return BookLine(i, day(n), Decimal(amount), text, ref, member, name)


def test_an_exact_match_with_its_reference_is_automatic() -> None:
    r = match([bank(1, 1, "-152300.00", "CHEQUE 000512")],
              [book(7, 0, "-152300.00", "Cheque 000512 Ferretería El Minero", "000512"),
               book(8, 0, "-99.00", "Other")])
    assert [(m.bank, m.book, m.kind) for m in r.matches] == [((1,), (7,), "auto")]
    assert r.new_entries == [] and r.unmatched_book == [8]


def test_the_window_bounds_the_candidates() -> None:
    lines = [book(7, 0, "50000.00", "Aporte social Luz Marina Ospina", "RC-1", 3,
                  "Luz Marina Ospina")]
    assert match([bank(1, 9, "50000.00", "TRANSF OSPINA L M")], lines).matches == []
    assert match([bank(1, 9, "50000.00", "TRANSF OSPINA L M")], lines,
                 window_days=10).matches != []


def test_a_grouped_deposit_is_found() -> None:
    receipts = [book(1, 0, "123456.78", "Recibo de caja 10 Juan Pérez", "RC-10"),
                book(2, 1, "80001.22", "Recibo de caja 11 Ana Gómez", "RC-11"),
                book(3, 2, "45000.00", "Recibo de caja 12 Rosa Quispe", "RC-12")]
    r = match([bank(9, 3, "248458.00", "CONSIGNACION EFECTIVO 7001")], receipts)
    assert [(m.bank, m.book) for m in r.matches] == [((9,), (1, 2, 3))]


def test_several_bank_lines_settle_one_book_line() -> None:
    r = match([bank(1, 1, "3000000.00", "ABONO OLA LOTE 9"),
               bank(2, 2, "1234567.89", "ABONO OLA SALDO")],
              [book(5, 0, "4234567.89", "Venta de oro lote 9 Oro Limpio", "L9")])
    assert [(m.bank, m.book) for m in r.matches] == [((1, 2), (5,))]


def test_no_line_is_used_twice_and_rivals_are_only_suggested() -> None:
    r = match([bank(1, 1, "50000.00", "TRANSF"), bank(2, 1, "50000.00", "TRANSF")],
              [book(5, 0, "50000.00", "Aporte"), book(6, 0, "50000.00", "Aporte"),
               book(7, 1, "50000.00", "Aporte")])
    used_bank = [i for m in r.matches for i in m.bank]
    used_book = [j for m in r.matches for j in m.book]
    assert len(used_bank) == len(set(used_bank)) and len(used_book) == len(set(used_book))
    assert all(m.kind == "suggested" for m in r.matches)


def test_lines_below_the_threshold_are_new_entries() -> None:
    r = match([bank(1, 0, "-12500.00", "COMISION MANEJO CUENTA")],
              [book(5, 0, "-80000.00", "Pago factura")])
    assert r.matches == [] and r.new_entries == [1] and r.unmatched_book == [5]


def test_rules_apply_in_order() -> None:
    rules = [Rule(20, "5305", text_contains="comision"),
             Rule(10, "5115", regex=r"GMF\s*4X1000", max_amount=Decimal(0)),
             Rule(5, "4210", text_contains="intereses", min_amount=Decimal(0)),
             Rule(1, "5310", text_contains="frais retrait", fee_split=Decimal("0.5"),
                  fee_account="5305", account="MOMO")]
    fee = apply(rules, bank(1, 0, "-12500.00", "COMISIÓN MANEJO CUENTA"))
    assert fee is not None and fee.rule == 20 and fee.lines[0].amount == Decimal("12500.00")
    tax = apply(rules, bank(2, 0, "-900.00", "GMF 4X1000 comision"))
    assert tax is not None and tax.rule == 10
    assert apply(rules, bank(3, 0, "-5.00", "INTERESES")) is None
    assert apply(rules, bank(4, 0, "-300.00", "FRAIS RETRAIT")) is None  # not that account
    split = apply(rules, bank(4, 0, "-300.00", "FRAIS RETRAIT"), account="MOMO")
    assert split is not None and [(x.account, x.amount) for x in split.lines] == [
        ("5310", Decimal("150.00")), ("5305", Decimal("150.00"))]


def test_rules_are_suggested_from_manual_matches() -> None:
    manual = [ManualMatch(f"COMISION MANEJO CTA {n:04d}", Decimal("-12500"), "5305")
              for n in range(3)]
    manual += [ManualMatch("TRANSF PEREZ", Decimal("50000"), "3105", 4),
               ManualMatch("TRANSF PEREZ", Decimal("50000"), "3105", 5),
               ManualMatch("TRANSF PEREZ", Decimal("50000"), "3105", 4)]
    rules = suggest_rules(manual)
    assert [(r.text_contains, r.target_account, r.max_amount) for r in rules] == [
        ("comision manejo cta", "5305", Decimal(0))]
    assert suggest_rules(manual, rules) == []


def test_a_deposit_is_told_from_other_sums_by_its_receipt_book() -> None:
    # 250,000 can be made of these round receipts in several ways; only one way is a run of
    # one receipt book, and the statement says it is a cash deposit.
    receipts = [book(1, 0, "100000.00", "Recibo de caja 1201 Juan Pérez", "RC-1201"),
                book(2, 0, "150000.00", "Recibo de caja 1202 Ana Gómez", "RC-1202"),
                book(3, 1, "50000.00", "Recibo de caja 1240 Rosa Quispe", "RC-1240"),
                book(4, 1, "200000.00", "Recibo de caja 1251 Luis Mosquera", "RC-1251"),
                book(5, 1, "100000.00", "Recibo de caja 1262 Nelly Cuesta", "RC-1262")]
    r = match([bank(9, 2, "250000.00", "CONSIGNACION EFECTIVO 70321", "70321")], receipts)
    assert [(m.bank, m.book, m.kind) for m in r.matches] == [((9,), (1, 2), "auto")]


def test_two_deposits_of_the_same_amount_share_out_their_runs() -> None:
    # Deposit 9 can only be the run 1..2 (3..4 was written after it); deposit 8 then takes
    # 3..4 although, alone, it could have taken either run.
    receipts = [book(1, 0, "50000.00", "Recibo de caja 501 Juan Pérez", "RC-501"),
                book(2, 0, "50000.00", "Recibo de caja 502 Ana Gómez", "RC-502"),
                book(3, 2, "50000.00", "Recibo de caja 610 Rosa Quispe", "RC-610"),
                book(4, 2, "50000.00", "Recibo de caja 611 Luis Mosquera", "RC-611")]
    r = match([bank(9, 1, "100000.00", "CONSIGNACION EFECTIVO 1", "1"),
               bank(8, 3, "100000.00", "CONSIGNACION EFECTIVO 2", "2")], receipts)
    assert sorted((m.bank, m.book, m.kind) for m in r.matches) == [
        ((8,), (3, 4), "auto"), ((9,), (1, 2), "auto")]


def test_a_sale_paid_in_two_movements_is_automatic_with_its_lot_number() -> None:
    r = match([bank(1, 1, "31735374.86", "ABONO AFM LOTE 714"),
               bank(2, 4, "26800755.14", "ABONO AFM SALDO"),
               bank(3, 2, "50000.00", "TRANSF PEREZ J")],
              [book(5, 0, "58536130.00", "Venta de oro lote 714 Aurum Fair Metals", "L714")])
    assert [(m.bank, m.book, m.kind) for m in r.matches] == [((1, 2), (5,), "auto")]


def test_a_member_is_told_from_another_paying_the_same_dues() -> None:
    r = match([bank(1, 1, "50000.00", "TRANSF OSPINA L M"),
               bank(2, 2, "50000.00", "TRANSF JUAN CARLOS PEREZ GOME")],
              [book(5, 0, "50000.00", "Aporte social Juan Carlos Pérez Gómez", "RC-7", 12,
                    "Juan Carlos Pérez Gómez"),
               book(6, 0, "50000.00", "Aporte social Luz Marina Ospina", "RC-8", 3,
                    "Luz Marina Ospina")])
    assert sorted((m.bank, m.book, m.kind) for m in r.matches) == [
        ((1,), (6,), "auto"), ((2,), (5,), "auto")]


def test_a_garbled_cheque_number_that_belongs_to_another_cheque_is_explained_away() -> None:
    # "13528" is one digit from cheque 13520, but cheque 13528 is in the book too.
    r = match([bank(1, 4, "-100000.00", "CHEQUE 13520", "13520"),
               bank(2, 1, "-100000.00", "CHEQUE 13528", "13528")],
              [book(5, 0, "-100000.00", "Cheque 013520 Combustibles del Atrato", "013520"),
               book(6, 0, "-100000.00", "Cheque 013528 Papelería Central", "013528")])
    assert sorted((m.bank, m.book, m.kind) for m in r.matches) == [
        ((1,), (5,), "auto"), ((2,), (6,), "auto")]


def test_a_deposit_never_guesses_between_two_equal_runs() -> None:
    receipts = [book(1, 0, "50000.00", "Recibo de caja 501 Juan Pérez", "RC-501"),
                book(2, 0, "50000.00", "Recibo de caja 502 Ana Gómez", "RC-502"),
                book(3, 0, "50000.00", "Recibo de caja 610 Rosa Quispe", "RC-610"),
                book(4, 0, "50000.00", "Recibo de caja 611 Luis Mosquera", "RC-611")]
    r = match([bank(9, 1, "100000.00", "CONSIGNACION EFECTIVO 1", "1")], receipts)
    assert [m.kind for m in r.matches] == ["suggested"]


def test_two_deposits_of_one_amount_and_day_follow_the_order_of_their_slips() -> None:
    # Both deposits could carry either run; the slips of the cooperative's slip book and the
    # receipts of its receipt book are used in the same order.
    receipts = [book(1, 0, "50000.00", "Recibo de caja 501 Juan Pérez", "RC-501"),
                book(2, 0, "50000.00", "Recibo de caja 502 Ana Gómez", "RC-502"),
                book(3, 0, "20000.00", "Recibo de caja 547 Rosa Quispe", "RC-547"),
                book(4, 0, "80000.00", "Recibo de caja 548 Luis Mosquera", "RC-548")]
    r = match([bank(9, 1, "100000.00", "CONSIGNACION EFECTIVO 70011", "70011"),
               bank(8, 1, "100000.00", "CONSIGNACION EFECTIVO 70010", "70010")], receipts)
    assert sorted((m.bank, m.book, m.kind) for m in r.matches) == [
        ((8,), (1, 2), "auto"), ((9,), (3, 4), "auto")]


def test_a_member_number_in_the_entry_text_finds_the_member_name() -> None:
    # The account keeps no members: the cash book wrote "(socio 0003)". The name is what the
    # member's entries share, so the initials "L M" tell the two Ospinas apart.
    lines = [book(5, 0, "50000.00", "Aporte social Luz Marina Ospina (socio 0003)", "RC-7"),
             book(6, 0, "50000.00", "Aporte social Edilma Quispe Ospina (socio 0017)", "RC-8"),
             book(7, -20, "25000.00", "Recibo de caja 90 Luz Marina Ospina (socio 0003)"),
             book(8, -25, "30000.00", "Cuota de sostenimiento Edilma Quispe Ospina (socio 17)")]
    r = match([bank(1, 1, "50000.00", "TRANSF OSPINA L M"),
               bank(2, 2, "50000.00", "TRANSF OSPINA E Q")], lines)
    assert sorted((m.bank, m.book, m.kind) for m in r.matches) == [
        ((1,), (5,), "auto"), ((2,), (6,), "auto")]


def test_cheques_whose_numbers_the_bank_garbled_are_shared_out_together() -> None:
    # "13662" is one digit from both 13665 and 13667, but "3665" (the last digits) can only
    # be 13665: the only good way to give both lines a cheque.
    r = match([bank(1, 5, "-30000.00", "CHEQUE 3665", "3665"),
               bank(2, 3, "-30000.00", "CHEQUE 13662", "13662")],
              [book(5, 0, "-30000.00", "Cheque 013665 Droguería San José", "013665"),
               book(6, 0, "-30000.00", "Cheque 013667 Quincaillerie du Katanga", "013667")])
    assert sorted((m.bank, m.book, m.kind) for m in r.matches) == [
        ((1,), (5,), "auto"), ((2,), (6,), "auto")]


def test_generated_year_reaches_the_targets_and_is_deterministic() -> None:
    from bench.bank_generator import generate, score

    labelled = generate(seed=5, months=12, per_month=300)
    first = match(labelled.bank, labelled.book)
    again = match(list(reversed(labelled.bank)), list(reversed(labelled.book)))
    assert first == again
    precision, recall, _n = score(first, labelled)
    assert precision >= 0.995  # the targets
    assert recall >= 0.95


_amounts = st.sampled_from(["20000.00", "50000.00", "50000.00", "100000.00", "150000.00",
                            "30000.00", "70000.00", "-50000.00", "-100000.00", "12345.67"])
_texts = st.sampled_from(["TRANSF", "TRANSF PEREZ J", "CONSIGNACION EFECTIVO 1", "CHEQUE 512",
                          "ABONO OLA LOTE 9", "Aporte social Juan Pérez", "Recibo de caja 10"])


@st.composite
def _lines(draw: st.DrawFn) -> tuple[list[BankLine], list[BookLine]]:
    banks = [bank(i, draw(st.integers(0, 12)), draw(_amounts), draw(_texts),
                  draw(st.sampled_from([None, "512", "1001"])))
             for i in range(1, draw(st.integers(0, 8)) + 1)]
    books = [book(100 + j, draw(st.integers(0, 12)), draw(_amounts), draw(_texts),
                  draw(st.sampled_from([None, "RC-1001", "RC-1002", "RC-1003", "000512"])),
                  draw(st.sampled_from([None, 3])), draw(st.sampled_from([None, "Juan Pérez"])))
             for j in range(draw(st.integers(0, 12)))]
    return banks, books


@settings(max_examples=150, deadline=None)
@given(_lines())
def test_no_line_is_used_twice_and_matched_amounts_agree(
        lines: tuple[list[BankLine], list[BookLine]]) -> None:
    banks, books = lines
    r = match(banks, books)
    amount = {("bank", b.id): b.amount for b in banks} | {("book", k.id): k.amount
                                                           for k in books}
    used_bank = [i for m in r.matches for i in m.bank]
    used_book = [j for m in r.matches for j in m.book]
    assert len(used_bank) == len(set(used_bank)) and len(used_book) == len(set(used_book))
    assert sorted(used_bank + r.new_entries) == sorted(b.id for b in banks)
    assert sorted(used_book + r.unmatched_book) == sorted(k.id for k in books)
    for m in r.matches:
        assert (sum(amount["bank", i] for i in m.bank)
                == sum(amount["book", j] for j in m.book))
        assert m.kind in ("auto", "suggested") and 0 < m.score <= 1
        assert len(m.bank) == 1 or len(m.book) == 1


def test_max_group_bounds_the_size_of_a_group() -> None:
    receipts = [book(i, 0, amount, f"Recibo de caja {i}")
                for i, amount in enumerate(("123.45", "678.90", "1111.11", "2222.22",
                                            "3333.33"), 1)]
    deposit = [bank(9, 1, "7469.01", "CONSIGNACION EFECTIVO 1")]
    r = match(deposit, receipts, max_group=5)
    assert [(m.bank, m.book, m.kind) for m in r.matches] == [((9,), (1, 2, 3, 4, 5), "auto")]
    assert match(deposit, receipts).matches == []  # four at most by default
