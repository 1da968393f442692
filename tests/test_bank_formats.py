"""Reading bank statements: every sample of shared/samples/bank (copied byte for byte into
tests/fixtures/samples with their attribution, so a clean clone has them), the refusals,
fingerprints."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coopdesk.bank.formats import Mapping, detect_format, read_statements
from coopdesk.bank.statement import Statement, StatementLine, check_arithmetic, fingerprints
from coopdesk.core.errors import ValidationError

SAMPLES = Path(__file__).resolve().parent / "fixtures" / "samples" / "bank"
D = Decimal


def read(rel: str, mapping: Mapping | None = None) -> list[Statement]:
    path = SAMPLES / rel
    return read_statements(path.read_bytes(), path.name, mapping)


def shape(sts: list[Statement]) -> list[tuple[object, ...]]:
    return [(s.account, s.currency, s.opening, s.closing, len(s.lines)) for s in sts]


# (file, format, [(account, currency, opening, closing, lines)], arithmetic consistent?)
EXPECTED: list[tuple[str, str, list[tuple[object, ...]], bool]] = [
    ("ofx/bank_medium.ofx", "ofx", [("12300 000012345678", "CAD", None, D("382.34"), 3)], True),
    ("ofx/checking.ofx", "ofx", [("1452687~7", "USD", None, D("100.99"), 3)], True),
    ("ofx/multiple_accounts.ofx", "ofx", [("9100", "USD", None, D("111"), 0),
                                          ("9200", "USD", None, D("222"), 0)], True),
    ("ofx/suncorp.ofx", "ofx", [("123456789", "AUD", None, D("1234.12"), 1)], True),
    ("ofx/test_ofx.ofx", "ofx", [("123456", "USD", None, D("2156.56"), 4),
                                 ("123412341234", "USD", None, D("-562.00"), 0)], True),
    ("camt053/camt053.v2.multi.statement.xml", "camt053",
     [("NL26VAYB8060476890", "EUR", D("18.15"), D("27.00"), 1),
      ("NL26VAYB8060476890", "EUR", D("27.00"), D("20.00"), 1)], True),
    ("camt053/camt053.v8.xml", "camt053",
     [("NL26VAYB8060476890", "EUR", D("18.15"), D("-27.00"), 1)], False),
    ("camt053/test-camt053-txdtls.xml", "camt053",
     [("CH1111000000123456789", "CHF", D("75960.15"), D("79443.15"), 1)], True),
    ("camt053/test-camt053.xml", "camt053",
     [("NL77ABNA0574908765", "EUR", D("15568.27"), D("15121.12"), 3)], False),
    ("mt940/abnamro.sta", "mt940", [("517852257", "EUR", D("3236.28"), D("876.84"), 8),
                                    ("517852257", "EUR", D("2876.84"), D("1849.75"), 2)], False),
    ("mt940/cmxl_mt940.sta", "mt940",
     [("45050050/76198810", "DEM", D("84349.74"), D("84437.04"), 11),
      ("10020030/1234567", "EUR", D("2187.95"), D("4387.95"), 2),
      ("BPHKPLPK/320000546101", "PLN", D("40000.00"), D("50040.00"), 3)], True),
    ("mt940/rabobank.sta", "mt940",
     [("1291.99.348EUR", "EUR", D("473.17"), D("395.82"), 1),
      ("1291.99.348EUR", "EUR", D("1000.89"), D("1000.89"), 0),
      ("1291.99.348EUR", "EUR", D("1295.82"), D("1250.87"), 2),
      ("1526.89.184EUR", "EUR", D("4196.12"), D("4101.82"), 2)], False),
    ("mt940/sepa_snippet.sta", "mt940",
     [("50880050/0194787400888", "EUR", D("766656.49"), D("1125250.4"), 4),
      ("50880050/0194791600888", "EUR", D("-1970431.87"), D("-4472049.09"), 7)], False),
    ("csv/csb43.csv", "csv", [("1234567890", "EUR", D("0.00"), D("1000.00"), 2)], True),
    ("csv/debit_credit_amount.csv", "csv", [(None, None, D("-30.00"), D("1510.00"), 4)], False),
    ("csv/meta_data_separated_credit_debit.csv", "csv",
     [("08088804068", None, D("30000.77"), D("31070.11"), 4)], False),
    ("csv/sample_statement_en.csv", "csv", [(None, None, None, None, 2)], True),
    ("csv/sample_statement_en.xlsx", "xlsx", [(None, None, None, None, 2)], True),
]


def test_every_sample_is_covered() -> None:
    on_disk = {str(p.relative_to(SAMPLES)) for p in SAMPLES.rglob("*") if p.is_file()}
    assert on_disk == {e[0] for e in EXPECTED}


@pytest.mark.parametrize(("rel", "kind", "expected", "consistent"), EXPECTED,
                         ids=[e[0] for e in EXPECTED])
def test_sample(rel: str, kind: str, expected: list[tuple[object, ...]],
                consistent: bool) -> None:
    path = SAMPLES / rel
    assert detect_format(path.read_bytes(), path.name) == kind
    sts = read(rel)
    assert shape(sts) == expected
    problems = [p for s in sts for p in check_arithmetic(s)]
    assert (problems == []) == consistent, problems
    for s in sts:
        assert all(isinstance(ln.amount, Decimal) for ln in s.lines)
        assert all(ln.source_line is not None for ln in s.lines)
        keys = fingerprints(s.lines)
        assert len(set(keys)) == len(keys)


def test_ofx_lines() -> None:
    (st_,) = read("ofx/checking.ofx")
    assert [(ln.date, ln.amount, ln.bank_id) for ln in st_.lines] == [
        (date(2011, 3, 31), D("0.01"), "0000486"), (date(2011, 4, 5), D("-34.51"), "0000487"),
        (date(2011, 4, 7), D("-25.00"), "0000488")]
    assert st_.lines[2].reference == "319"
    assert (st_.start, st_.end) == (date(2000, 1, 1), date(2013, 5, 25))
    # SGML on one line per transaction: the line numbers are the file's
    (medium,) = read("ofx/bank_medium.ofx")
    assert [ln.source_line for ln in medium.lines] == [15, 16, 17]
    assert medium.lines[1].counterparty == "Joe's Bald Hairstyles"


def test_camt_entries() -> None:
    (st_,) = read("camt053/test-camt053.xml")
    assert [ln.amount for ln in st_.lines] == [D("-754.25"), D("-664.05"), D("1405.31")]
    assert st_.lines[0].counterparty == "INSURANCE COMPANY TESTX"
    assert st_.lines[0].reference == "435005714488-ABNO33052620"
    assert st_.lines[2].date == date(2014, 1, 5)
    (v8,) = read("camt053/camt053.v8.xml")
    assert v8.lines[0].bank_id == "AAAASESS-FP-CN_98765/01"
    assert v8.lines[0].date == date(2014, 12, 31) and v8.lines[0].value_date == date(2015, 1, 2)
    first, second = read("camt053/camt053.v2.multi.statement.xml")
    assert first.lines[0].amount == D("8.85") and second.lines[0].amount == D("-7.00")


def test_mt940_lines() -> None:
    first, second = read("mt940/abnamro.sta")
    assert first.lines[0].amount == D("-9") and first.lines[0].date == date(2011, 5, 24)
    assert first.lines[1].value_date == date(2011, 5, 21)
    assert first.lines[1].date == date(2011, 5, 23)
    assert second.start == date(2011, 5, 23)
    sepa = read("mt940/sepa_snippet.sta")[0]
    assert sepa.lines[0].bank_id == "0724710333343453"
    assert sepa.lines[3].amount == D("-1500.00")


def test_french_csv_with_metadata_and_decimal_commas() -> None:
    (st_,) = read("csv/meta_data_separated_credit_debit.csv")
    assert [ln.amount for ln in st_.lines] == [D("-50.00"), D("-100.00"), D("-80.68"),
                                               D("1300.00")]
    assert st_.lines[0].date == date(2020, 4, 1) and st_.lines[0].source_line == 6
    assert st_.lines[0].description == "LABEL 1 / DETAILS 1"
    # the bank's own numbers are two cents apart; the check says so and names the amounts
    (problem,) = check_arithmetic(st_)
    assert "31070.09" in problem and "31070.11" in problem


def test_debit_credit_with_a_negative_credit() -> None:
    (st_,) = read("csv/debit_credit_amount.csv")
    assert [ln.amount for ln in st_.lines] == [D("20.00"), D("-13.50"), D("-33.50"),
                                               D("-1500.00")]
    assert st_.lines[3].balance == D("1510.00")
    problems = check_arithmetic(st_)
    assert any("line 4" in p for p in problems)


def test_xlsx_reads_like_its_csv() -> None:
    (x,) = read("csv/sample_statement_en.xlsx")
    (c,) = read("csv/sample_statement_en.csv")
    assert [(ln.date, ln.amount, ln.description) for ln in x.lines] == [
        (ln.date, ln.amount, ln.description) for ln in c.lines]


MPESA = "\n".join([
    "Receipt No.,Completion Time,Details,Transaction Status,Paid In,Withdrawn,Balance",
    "SKL4H7D2QX,2024-03-05 16:40:12,Customer Transfer to 0712345678 - JOHN KAMAU,Completed,,"
    "500.00,4120.00",
    "SKL3G9B1PZ,2024-03-05 09:12:55,Pay Bill Charges,Completed,,23.00,4620.00",
    "SKL3G9B1PY,2024-03-05 09:12:55,Pay Bill to 888880 - KPLC PREPAID Acc. 5401,Completed,,"
    "1000.00,4643.00",
    "SKK2F8A0MN,2024-03-04 11:02:31,Funds received from 0722000111 - MARY WANJIRU,Completed,"
    "2500.00,,5643.00",
    "SKK2F8A0MM,2024-03-04 10:00:00,Customer Transfer to 0700111222 - FAILED,Failed,,"
    "300.00,3143.00",
    "SKJ1E7Z9LK,2024-03-03 08:15:09,Deposit of Funds at Agent Till 123456 - KAYOLE,Completed,"
    "3000.00,,3143.00",
]) + "\n"


def test_mobile_money_statement_without_a_mapping() -> None:
    (st_,) = read_statements(MPESA.encode(), "MPESA_Statement.csv")
    assert len(st_.lines) == 5  # the failed transfer moved no money
    assert st_.lines[0].date == date(2024, 3, 3)  # newest first in the file, oldest first here
    assert [ln.amount for ln in st_.lines] == [D("3000.00"), D("2500.00"), D("-1000.00"),
                                               D("-23.00"), D("-500.00")]
    assert st_.lines[-1].bank_id == "SKL4H7D2QX"
    assert (st_.opening, st_.closing) == (D("143.00"), D("4120.00"))
    assert check_arithmetic(st_) == []


def test_mapping_round_trip_and_explicit_columns() -> None:
    data = ("Info;x\nFecha;Concepto;Importe;Signo\n03/02/2026;Cuota socio 12;1.250,00;H\n"
            "04/02/2026;Comisión;3,50;D\n").encode("cp1252")
    mapping = Mapping(header_row=2, encoding="cp1252", delimiter=";", date_formats=("%d/%m/%Y",),
                      decimal=",", thousands=".", amount_mode="indicator",
                      indicator_column="Signo", debit_values=("D",), credit_values=("H",))
    again = Mapping.from_dict(mapping.to_dict())
    assert again == mapping
    (st_,) = read_statements(data, "banco.csv", again)
    assert [ln.amount for ln in st_.lines] == [D("1250.00"), D("-3.50")]
    assert st_.lines[1].description == "Comisión"
    with pytest.raises(ValidationError):
        Mapping.from_dict({"colour": "red"})


# --- refusals: one message naming the line and the field -------------------------------------

def test_billion_laughs_and_external_entities_are_refused() -> None:
    laughs = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
              b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
              b'<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">&lol2;'
              b"</Document>")
    external = (b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                b'<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">&x;'
                b"</Document>")
    for data in (laughs, external):
        with pytest.raises(ValidationError) as err:
            read_statements(data, "statement.xml")
        assert "refused" in str(err.value) and err.value.field == "XML"


def test_truncated_ofx() -> None:
    data = (SAMPLES / "ofx/checking.ofx").read_bytes()[:1200]
    with pytest.raises(ValidationError) as err:
        read_statements(data, "checking.ofx")
    assert str(err.value).startswith("Line ") and "</OFX>" in str(err.value)


def test_bad_date_in_a_csv_row() -> None:
    rows = "\n".join(f"{d:02d}/01/2026,Cuota {d},{d}0.00" for d in range(1, 13))
    data = f"Fecha,Descripción,Importe\n{rows}\n31/02/2026,Cuota,10.00\n".encode()
    with pytest.raises(ValidationError) as err:
        read_statements(data, "banco.csv")
    assert str(err.value) == ("Line 14, column 'Fecha': '31/02/2026' is not a date "
                              "(expected DD/MM/YYYY).")
    assert err.value.field == "date"


def test_bad_amount_in_a_csv_row() -> None:
    data = b"Date,Libelle,Montant\n01/03/2026,Cotisation,12\n02/03/2026,Frais,douze\n"
    with pytest.raises(ValidationError) as err:
        read_statements(data, "banque.csv")
    assert str(err.value) == "Line 3, column 'Montant': 'douze' is not an amount."


def test_unknown_and_empty_files() -> None:
    with pytest.raises(ValidationError) as err:
        read_statements(b"%PDF-1.7\n...", "statement.pdf")
    assert err.value.field == "file"
    with pytest.raises(ValidationError) as err:
        read_statements(b"hello\nthis is a letter, not a statement\n", "letter.txt")
    assert err.value.field == "header_row"
    with pytest.raises(ValidationError) as err:
        read_statements(b"  \n", "empty.csv")
    assert "empty" in str(err.value) and err.value.field == "file"
    with pytest.raises(ValidationError):
        read_statements(b"<html><body>no</body></html>", "page.xml")


# --- fingerprints ----------------------------------------------------------------------------

@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 28), st.integers(-10**6, 10**6),
                          st.sampled_from(["Cuota", "cuota ", "Frais", "Maelezo ya malipo"])),
                min_size=1, max_size=12),
       st.integers(1, 4))
def test_fingerprints_stable_and_distinct(rows: list[tuple[int, int, str]], repeat: int) -> None:
    body = "".join(f"{day:02d}/03/2026,{text},{D(cents).scaleb(-2)}\n"
                   for day, cents, text in rows)
    body += "15/03/2026,Same payment,10.00\n" * repeat
    data = ("Date,Description,Amount\n" + body).encode()
    first = fingerprints(read_statements(data, "a.csv")[0].lines)
    second = fingerprints(read_statements(data, "a.csv")[0].lines)
    assert first == second
    assert len(set(first)) == len(first)  # identical real lines stay distinct


def test_fingerprint_ignores_case_spaces_and_precision() -> None:
    a = StatementLine(date(2026, 1, 2), D("10.5"), "Cuota  SOCIO", balance=D("7"))
    b = StatementLine(date(2026, 1, 2), D("10.50"), "cuota socio", balance=D("7.00"))
    assert fingerprints([a]) == fingerprints([b])
    c = StatementLine(date(2026, 1, 2), D("10.50"), "x", bank_id="T1")
    assert fingerprints([c, c]) == ["id:T1", "id:T1#2"]
