"""The member import from CSV and Excel: reading, guessing columns, every problem at once,
all-or-nothing writes, duplicates, cancel, permissions, broken files, and random input."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from coopdesk.core.access import Role
from coopdesk.core.db import Database
from coopdesk.core.errors import (
    BatchInvalid,
    CoopdeskError,
    PermissionDenied,
    Problem,
    ValidationError,
)
from coopdesk.core.files import NewCooperative, create_cooperative
from coopdesk.core.uow import UnitOfWork
from coopdesk.core.users import add_user, authenticate
from coopdesk.members import import_parse as ip
from coopdesk.members.importer import (
    IMPORT_FIELDS,
    Preview,
    RawTable,
    guess_mapping,
    import_members,
    preview,
    read_table,
)
from coopdesk.members.models import ImportBatch
from coopdesk.members.queries import count_members, member_detail
from coopdesk.members.rules import MemberInput, Status
from coopdesk.members.services import add_site, register_member

TODAY = dt.date(2026, 1, 15)
ES_HEADER = ["Nombres", "Apellidos", "Sexo", "Fecha de nacimiento", "Cédula", "Teléfono", "Rol",
             "Sitio", "Fecha de ingreso", "Estado"]


@pytest.fixture
def _import_uow(tmp_path: Path) -> Iterator[UnitOfWork]:
    """A fresh cooperative with two mining sites, and its administrator acting."""
    db: Database = create_cooperative(str(tmp_path / "c.coopdesk"),
                                      NewCooperative("Coop", "COP", "CO", "es", "10000"),
                                      "admin", "Admin", "secret1")
    try:
        uow = UnitOfWork(db, authenticate(UnitOfWork(db), "admin", "secret1"))
        add_site(uow, "La Esperanza")
        add_site(uow, "El Tesoro")
        yield uow
    finally:
        db.dispose()


def _csv(path: Path, rows: list[list[str]], *, delimiter: str = ";",
         encoding: str = "utf-8") -> Path:
    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buf.getvalue().encode(encoding))
    return path


def _row(first: str = "Ana María", last: str = "Pérez Gómez", sex: str = "F",
         birth: str = "04/03/1988", nid: str = "1001", phone: str = "300 123 4567",
         role: str = "barequera", site: str = "La Esperanza", joined: str = "01/06/2019",
         status: str = "activo") -> list[str]:
    return [first, last, sex, birth, nid, phone, role, site, joined, status]


def _preview(uow: UnitOfWork, path: Path) -> Preview:
    table = read_table(path)
    return preview(uow, table, guess_mapping(table.headers), today=TODAY)


def _batches(uow: UnitOfWork) -> int:
    with uow.read() as s:
        return int(s.scalar(select(func.count()).select_from(ImportBatch)) or 0)


# ---- reading -----------------------------------------------------------------------------------

def test_spanish_csv_with_semicolons_and_day_first_dates(_import_uow: UnitOfWork,
                                                         tmp_path: Path) -> None:
    path = _csv(tmp_path / "padrón.csv", [
        ES_HEADER,
        _row(),
        _row("Luis", "Quispe Mamani", "hombre", "12/11/1975", "1.002", "+57 310 555 1234",
             "minero", "La Esperanza; El Tesoro", "15-01-2020", "solicitante"),
        _row("Rosa", "Condori", "Mujer", "5/1/80", "", "", "seleccionadora", "", "2/2/21", ""),
    ], encoding="cp1252")
    table = read_table(path)
    assert table.headers == ES_HEADER
    assert table.row_numbers == [2, 3, 4]
    pv = preview(_import_uow, table, guess_mapping(table.headers), today=TODAY)
    assert pv.problems == [] and [r.problems for r in pv.rows] == [(), (), ()]
    assert (pv.valid_count, pv.invalid_count, pv.duplicate_count) == (3, 0, 0)
    assert not pv.already_imported
    luis = pv.rows[1]
    assert luis.data is not None and luis.data.birth_date == dt.date(1975, 11, 12)
    assert luis.data.join_date == dt.date(2020, 1, 15)
    assert (luis.data.sex, luis.data.role, luis.status) == ("M", "digger", "applicant")
    assert luis.site_names == ("La Esperanza", "El Tesoro")
    rosa = pv.rows[2].data
    assert rosa is not None and rosa.birth_date == dt.date(1980, 1, 5)
    assert rosa.role == "processor" and rosa.join_date == dt.date(2021, 2, 2)

    result = import_members(_import_uow, pv, accept="all")
    assert (result.created, result.skipped_duplicates, result.skipped_invalid) == (3, 0, 0)
    assert count_members(_import_uow) == 3
    detail = member_detail(_import_uow, result.numbers[1])
    assert detail.data.last_names == "Quispe Mamani" and detail.status == "applicant"
    assert len(detail.sites) == 2
    assert member_detail(_import_uow, result.numbers[0]).status == "active"
    assert _batches(_import_uow) == 1


def test_xlsx_with_date_cells_text_cells_and_a_blank_row(_import_uow: UnitOfWork,
                                                         tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Lista de socios 2025"])
    ws.append(["First name", "Last name", "Gender", "Date of birth", "ID number", "Phone",
               "Occupation", "Mining site", "Date joined"])
    ws.append(["Amina", "Juma", "Female", dt.datetime(1990, 5, 1), 12345678, 255712345678,
               "Digger", "El Tesoro", dt.date(2021, 3, 2)])
    ws.append([])
    ws.append(["Baraka", "Mwita", "M", "15/03/1985", "TZ-99", "0712 345 678", "trader",
               None, "2020-07-01"])
    path = tmp_path / "members.xlsx"
    wb.save(path)

    table = read_table(path, header_row=2)
    assert table.row_numbers == [3, 5]
    assert table.rows[0][3] == "1990-05-01" and table.rows[0][4] == "12345678"
    assert table.rows[0][8] == "2021-03-02"
    pv = preview(_import_uow, table, guess_mapping(table.headers), today=TODAY)
    assert pv.problems == [] and all(r.valid for r in pv.rows), pv.all_problems()
    assert [r.row for r in pv.rows] == [3, 5]
    baraka = pv.rows[1].data
    assert baraka is not None and baraka.birth_date == dt.date(1985, 3, 15)
    assert import_members(_import_uow, pv, accept="all").created == 2


def test_a_sheet_is_chosen_by_name(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    first = wb.active
    assert first is not None
    first.append(["Notes"])
    second = wb.create_sheet("Socios")
    second.append(["Nombres", "Apellidos"])
    second.append(["Ana", "Pérez"])
    path = tmp_path / "two.xlsx"
    wb.save(path)
    assert read_table(path, sheet="socios").rows == [["Ana", "Pérez"]]
    with pytest.raises(ValidationError, match="no sheet called 'Miembros'"):
        read_table(path, sheet="Miembros")
    with pytest.raises(ValidationError, match="no sheet number 5"):
        read_table(path, sheet=4)


def test_csv_delimiters_encodings_and_row_numbers(tmp_path: Path) -> None:
    for delim in (",", ";", "\t", "|"):
        path = _csv(tmp_path / "d.csv", [["Nom", "Prénom", "Sexe"], ["Kabila", "Jean", "H"]],
                    delimiter=delim, encoding="utf-8-sig")
        table = read_table(path)
        assert table.headers == ["Nom", "Prénom", "Sexe"], delim
    text = "Liste des membres\n\nNom,Prénom,Sexe\n\nKabila,Jean,H\n,,\nMbuyi,Marie,F,extra\n"
    path = tmp_path / "fr.csv"
    path.write_bytes(text.encode("latin-1"))
    table = read_table(path, header_row=3)
    assert table.headers == ["Nom", "Prénom", "Sexe", "Column D"]
    assert table.rows == [["Kabila", "Jean", "H", ""], ["Mbuyi", "Marie", "F", "extra"]]
    assert table.row_numbers == [5, 7]
    with pytest.raises(ValidationError, match="not written in utf-8"):
        read_table(path, encoding="utf-8", header_row=3)
    with pytest.raises(ValidationError, match="not a known text encoding"):
        read_table(path, encoding="klingon")


@pytest.mark.parametrize(("name", "content", "expected"), [
    ("empty.csv", b"", "is empty"),
    ("blank.csv", b"  \r\n\r\n", "is empty"),
    ("garbage.csv", bytes(range(256)) * 8, "not a text table"),
    ("photo.csv", b"\x89PNG\r\n\x1a\n" + bytes(200), "not a text table"),
    ("fake.xlsx", b"Nombres;Apellidos\nAna;Perez\n", "not an Excel workbook"),
    ("broken.xlsx", b"PK\x03\x04 this is not really a zip", "not an Excel workbook"),
    ("locked.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "password"),
    ("members.pdf", b"%PDF-1.4", "not a file coopdesk can import"),
    ("header_only.csv", b"Nombres;Apellidos\n", "no members below it"),
    ("no_header.csv", b"\n\n\nAna;Perez\n", "no header line"),
])
def test_broken_files_give_a_clear_error_naming_the_file(tmp_path: Path, name: str,
                                                         content: bytes, expected: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ValidationError) as err:
        read_table(path)
    assert name in err.value.message and expected in err.value.message


def test_a_missing_file_is_a_validation_error(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match=r"nowhere\.csv"):
        read_table(tmp_path / "nowhere.csv")


# ---- mapping -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("headers", "expected"), [
    (ES_HEADER, {"first_names": "Nombres", "last_names": "Apellidos", "sex": "Sexo",
                 "birth_date": "Fecha de nacimiento", "national_id": "Cédula",
                 "phone": "Teléfono", "role": "Rol", "sites": "Sitio",
                 "join_date": "Fecha de ingreso", "status": "Estado"}),
    (["N°", "Nom", "Prénom", "Sexe", "Date de naissance", "Carte d'électeur", "Téléphone",
      "Village", "Fonction", "Site minier", "Date d'adhésion", "Statut"],
     {"last_names": "Nom", "first_names": "Prénom", "sex": "Sexe",
      "birth_date": "Date de naissance", "national_id": "Carte d'électeur",
      "phone": "Téléphone", "locality": "Village", "role": "Fonction",
      "sites": "Site minier", "join_date": "Date d'adhésion", "status": "Statut"}),
    (["Jina", "Jinsia", "Tarehe ya kuzaliwa", "Kitambulisho", "Simu", "Kijiji", "Kazi",
      "Tarehe ya kujiunga"],
     {"full_name": "Jina", "sex": "Jinsia", "birth_date": "Tarehe ya kuzaliwa",
      "national_id": "Kitambulisho", "phone": "Simu", "locality": "Kijiji", "role": "Kazi",
      "join_date": "Tarehe ya kujiunga"}),
    (["Jina la kwanza", "Jina la ukoo"], {"first_names": "Jina la kwanza",
                                          "last_names": "Jina la ukoo"}),
    (["NOMBRES", "APELLIDOS", "DNI", "Fecha de nacimiento (DD/MM/AAAA)", "Estado civil",
      "Nombre de la mina", "Teléfono del beneficiario", "Beneficiario", "Parentesco"],
     {"first_names": "NOMBRES", "last_names": "APELLIDOS", "national_id": "DNI",
      "birth_date": "Fecha de nacimiento (DD/MM/AAAA)", "sites": "Nombre de la mina",
      "successor_phone": "Teléfono del beneficiario", "successor_name": "Beneficiario",
      "successor_relation": "Parentesco"}),
    (["Full name", "Sex", "DOB", "Role", "Joined"],
     {"full_name": "Full name", "sex": "Sex", "birth_date": "DOB", "role": "Role",
      "join_date": "Joined"}),
])
def test_guess_mapping_in_four_languages(headers: list[str], expected: dict[str, str]) -> None:
    assert guess_mapping(headers) == expected


def test_mapping_problems_are_reported_on_the_header_row(_import_uow: UnitOfWork) -> None:
    table = RawTable(["Nombre", "Sexo", "Nacimiento"], [["Ana Pérez", "F", "01/01/1990"]],
                     "0" * 64, "x.csv")
    pv = preview(_import_uow, table, {"full_name": "Nombre", "sex": "Nombre",
                                      "birth_date": "Nacimiento", "role": "Rol",
                                      "number": "Sexo", "bogus": "Sexo"}, today=TODAY)
    messages = [(p.row, p.field, p.message) for p in pv.problems]
    assert all(row == 1 for row, _f, _m in messages)
    text = "\n".join(m for _r, _f, m in messages)
    assert "chosen for Full name, Sex" in text
    assert "The column 'Rol' is not in the file" in text
    assert "'bogus' is not a field" in text and "number" not in pv.mapping
    assert "No column is chosen for Join date" in text
    # A field no column gives is not repeated on every row.
    assert not any(p.field == "Join date" for p in pv.rows[0].problems)
    with pytest.raises(BatchInvalid):
        import_members(_import_uow, pv, accept="valid")
    assert count_members(_import_uow) == 0


# ---- problems ----------------------------------------------------------------------------------

def _problem_file(tmp_path: Path) -> Path:
    return _csv(tmp_path / "problems.csv", [
        ES_HEADER,
        _row(),                                                   # 2 good
        _row(first="", last="", nid="1003"),                      # 3 names missing
        _row(birth="31/02/1990", nid="1004"),                     # 4 not a date
        _row(birth="01/01/2012", nid="1005"),                     # 5 a minor
        _row(sex="X", nid="1006", phone="call me"),               # 6 bad sex and bad phone
        _row(role="astronaut", nid="1007"),                       # 7 unknown role
        _row(site="Mina Perdida", nid="1008"),                    # 8 unknown site
        _row(first="Otra", nid="1001"),                           # 9 ID already on row 2
        _row(first="Eva", phone="12ab", nid="1010"),              # 10 bad phone
        _row(first="Inés", status="fallecido", nid="1011"),       # 11 not a new status
        _row(first="Sara", nid="1.2E+09"),                        # 12 ID lost digits
        _row(first="Otto", joined="01/01/2030", nid="1013"),      # 13 joins in the future
        [],                                                       # 14 blank line, skipped
        _row(first="Ana", last="Ruiz", nid="1015"),               # 15 good
    ])


def test_every_problem_is_reported_with_its_row_and_field(_import_uow: UnitOfWork,
                                                         tmp_path: Path) -> None:
    pv = _preview(_import_uow, _problem_file(tmp_path))
    assert pv.problems == []
    found = {(p.row, p.field) for r in pv.rows for p in r.problems}
    assert found == {
        (3, "First names"), (3, "Last names"), (4, "Date of birth"), (5, "Date of birth"),
        (6, "Sex"), (6, "Phone"), (7, "Role"), (8, "Mining sites"), (9, "National ID"),
        (10, "Phone"), (11, "Status"), (12, "National ID"), (13, "Join date"),
    }
    by_row = {r.row: r for r in pv.rows}
    assert [r.row for r in pv.rows if r.valid] == [2, 15]
    assert (pv.valid_count, pv.invalid_count, pv.duplicate_count) == (2, 11, 0)

    def message(row: int) -> str:
        return " | ".join(str(p) for p in by_row[row].problems)

    assert "Row 4, Date of birth: '31/02/1990' is not a date; write it as DD/MM/YYYY or " \
           "YYYY-MM-DD." in message(4)
    assert "minor" in message(5) and "at least 18" in message(5)
    assert "'X' is not a sex" in message(6) and "'call me' is not a phone number" in message(6)
    assert "'astronaut' is not a role" in message(7)
    assert "'Mina Perdida' is not in the register" in message(8)
    assert "also on row 2" in message(9)
    assert "only registers applicants and active members" in message(11)
    assert "scientific notation" in message(12)
    for problem in pv.all_problems():
        assert isinstance(problem.row, int) and problem.message


def test_accept_all_with_problems_writes_nothing(_import_uow: UnitOfWork,
                                                tmp_path: Path) -> None:
    register_member(_import_uow, MemberInput("Old", "Member", "M", dt.date(1970, 1, 1),
                                             "digger", dt.date(2000, 1, 1)), today=TODAY)
    pv = _preview(_import_uow, _problem_file(tmp_path))
    with pytest.raises(BatchInvalid) as err:
        import_members(_import_uow, pv, accept="all")
    assert len(err.value.problems) == 13
    assert "Row 4, Date of birth" in err.value.message
    assert count_members(_import_uow) == 1 and _batches(_import_uow) == 0


def test_accept_valid_writes_only_the_valid_rows(_import_uow: UnitOfWork,
                                                 tmp_path: Path) -> None:
    pv = _preview(_import_uow, _problem_file(tmp_path))
    seen: list[tuple[int, int]] = []
    result = import_members(_import_uow, pv, accept="valid",
                            progress=lambda done, total: seen.append((done, total)))
    assert (result.created, result.skipped_duplicates, result.skipped_invalid) == (2, 0, 11)
    assert count_members(_import_uow) == 2
    assert seen[-1] == (2, 2)
    names = sorted(member_detail(_import_uow, n).data.last_names for n in result.numbers)
    assert names == ["Pérez Gómez", "Ruiz"]


def test_importing_the_same_file_twice_creates_nobody_twice(_import_uow: UnitOfWork,
                                                            tmp_path: Path) -> None:
    path = _csv(tmp_path / "m.csv", [ES_HEADER, _row(), _row("Luis", "Quispe", "M", nid=""),
                                     _row("Rosa", "Condori", nid="77")])
    first = import_members(_import_uow, _preview(_import_uow, path), accept="all")
    assert first.created == 3
    again = _preview(_import_uow, path)
    assert again.already_imported
    assert (again.valid_count, again.duplicate_count) == (0, 3)
    assert [r.duplicate_of for r in again.rows] == first.numbers
    second = import_members(_import_uow, again, accept="all")
    assert (second.created, second.skipped_duplicates, second.numbers) == (0, 3, [])
    assert count_members(_import_uow) == 3
    # The same preview imported again (a double click) creates nobody either.
    assert import_members(_import_uow, _preview(_import_uow, path), accept="valid").created == 0
    stale = _preview(_import_uow, _csv(tmp_path / "n.csv", [ES_HEADER, _row("Nuevo", nid="")]))
    assert import_members(_import_uow, stale, accept="all").created == 1
    assert import_members(_import_uow, stale, accept="all").skipped_duplicates == 1
    assert count_members(_import_uow) == 4


def test_an_existing_member_without_id_is_matched_by_name_and_birth_date(
        _import_uow: UnitOfWork, tmp_path: Path) -> None:
    number = register_member(_import_uow, MemberInput(
        "Ana María", "Pérez Gómez", "F", dt.date(1988, 3, 4), "digger", dt.date(2019, 6, 1)),
        Status.ACTIVE, today=TODAY)
    pv = _preview(_import_uow, _csv(tmp_path / "m.csv", [
        ES_HEADER, _row(first="ANA MARIA", last="Perez  Gomez", nid="")]))
    assert pv.rows[0].duplicate_of == number and pv.rows[0].valid


def test_cancel_rolls_back_everything(_import_uow: UnitOfWork, tmp_path: Path) -> None:
    rows = [ES_HEADER] + [_row(first=f"Socio {i}", nid=str(5000 + i)) for i in range(450)]
    pv = _preview(_import_uow, _csv(tmp_path / "big.csv", rows))
    assert pv.valid_count == 450
    calls = {"n": 0}

    def cancel_late() -> bool:
        calls["n"] += 1
        return calls["n"] >= 3  # after 400 members have been inserted

    with pytest.raises(CoopdeskError, match=r"Import cancelled; nothing was written\."):
        import_members(_import_uow, pv, accept="all", cancel=cancel_late)
    assert count_members(_import_uow) == 0 and _batches(_import_uow) == 0
    with pytest.raises(CoopdeskError, match="cancelled"):
        preview(_import_uow, read_table(tmp_path / "big.csv"), pv.mapping, cancel=lambda: True)
    assert import_members(_import_uow, pv, accept="all").created == 450


def test_a_row_refused_by_the_register_rolls_back_the_whole_import(
        _import_uow: UnitOfWork, tmp_path: Path) -> None:
    pv = _preview(_import_uow, _csv(tmp_path / "m.csv", [ES_HEADER, _row(), _row("Luis", nid="2")]))
    second = pv.rows[1]
    assert second.data is not None
    # As if the rules had changed between the preview and the import: row 3 is now refused.
    minor = dataclasses.replace(second.data, birth_date=dt.date(2015, 1, 1))
    tampered = dataclasses.replace(pv, rows=[pv.rows[0], dataclasses.replace(second, data=minor)])
    with pytest.raises(BatchInvalid) as err:
        import_members(_import_uow, tampered, accept="all")
    assert [(p.row, p.field) for p in err.value.problems] == [(3, "Date of birth")]
    assert count_members(_import_uow) == 0 and _batches(_import_uow) == 0


def test_supervisory_committee_cannot_import(_import_uow: UnitOfWork, tmp_path: Path) -> None:
    add_user(_import_uow, "sup", "Sup", "secret1", {Role.SUPERVISORY})
    sup = _import_uow.as_actor(authenticate(_import_uow, "sup", "secret1"))
    pv = _preview(sup, _csv(tmp_path / "m.csv", [ES_HEADER, _row()]))  # reading is allowed
    with pytest.raises(PermissionDenied):
        import_members(sup, pv, accept="valid")
    assert count_members(_import_uow) == 0 and _batches(_import_uow) == 0


# ---- cells -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "birth", "expected"), [
    ("1990-05-01", True, dt.date(1990, 5, 1)),
    ("1990-05-01 00:00:00", True, dt.date(1990, 5, 1)),
    ("01/05/1990", True, dt.date(1990, 5, 1)),
    ("1-5-1990", True, dt.date(1990, 5, 1)),
    ("01.05.1990", True, dt.date(1990, 5, 1)),
    ("12/31/1990", True, dt.date(1990, 12, 31)),
    ("3/4/85", True, dt.date(1985, 4, 3)),
    ("3/4/05", True, dt.date(2005, 4, 3)),
    ("3/4/30", True, dt.date(1930, 4, 3)),
    ("3/4/30", False, dt.date(2030, 4, 3)),
    ("33000", True, dt.date(1990, 5, 7)),
    ("33000.0", True, dt.date(1990, 5, 7)),
    ("19900501", True, dt.date(1990, 5, 1)),
    ("5 de marzo de 1990", True, dt.date(1990, 3, 5)),
    ("5 mars 1990", True, dt.date(1990, 3, 5)),
    ("5 Machi 1990", True, dt.date(1990, 3, 5)),
    ("March 5, 1990", True, dt.date(1990, 3, 5)),
    ("", True, None),
])
def test_parse_date(text: str, birth: bool, expected: dt.date | None) -> None:
    assert ip.parse_date(text, birth=birth, today=TODAY) == expected


@pytest.mark.parametrize("text", ["31/02/1990", "1990", "13/13/1990", "yesterday", "0",
                                  "99999999999999999999", "1e308", "-5", "00/00/0000",
                                  "5 de brumario de 1990"])
def test_parse_date_refuses_with_a_clear_message(text: str) -> None:
    with pytest.raises(ip.CellError) as err:
        ip.parse_date(text, today=TODAY)
    assert "DD/MM/YYYY" in err.value.message


def test_coded_values_in_four_languages() -> None:
    assert {ip.parse_sex(t) for t in ("F", "mujer", "Femme", "mwanamke", "W", "female")} == {"F"}
    assert {ip.parse_sex(t) for t in ("M", "hombre", "Homme", "mwanaume", "H", "male")} == {"M"}
    assert {ip.parse_role(t) for t in ("barequero", "Minero", "creuseur", "mchimbaji")} == {
        "digger"}
    assert {ip.parse_role(t) for t in ("pallaquera", "Seleccionadora", "procesador")} == {
        "processor"}
    assert {ip.parse_role(t) for t in ("comerciante", "Négociant", "trader")} == {"trader"}
    assert {ip.parse_role(t) for t in ("auxiliar", "msaidizi")} == {"auxiliary"}
    assert ip.parse_status("") == "active" and ip.parse_status("Solicitante") == "applicant"
    assert ip.parse_payout("Nequi") == "mobile" and ip.parse_payout("") == "cash"
    assert ip.parse_consents("datos, foto; SMS") == frozenset({"data", "photo", "sms"})
    assert ip.split_full_name("Pérez Gómez, Ana María") == ("Ana María", "Pérez Gómez")
    assert ip.split_full_name("Juan Pérez") == ("Juan", "Pérez")
    assert ip.split_full_name("Juan Pérez Gómez") == ("Juan", "Pérez Gómez")
    with pytest.raises(ip.CellError, match="not a sex"):
        ip.parse_sex("?")


def test_full_name_column_is_split(_import_uow: UnitOfWork, tmp_path: Path) -> None:
    path = _csv(tmp_path / "f.csv", [
        ["Nom complet", "Sexe", "Date de naissance", "Fonction", "Date d'adhésion"],
        ["Mbuyi, Marie", "F", "02/03/1980", "négociante", "01/01/2020"],
        ["Jean Kabila", "H", "1979-12-01", "creuseur", "2020-01-01"]])
    pv = _preview(_import_uow, path)
    assert pv.problems == [] and pv.valid_count == 2
    assert [(r.data.first_names, r.data.last_names) for r in pv.rows if r.data] == [
        ("Marie", "Mbuyi"), ("Jean", "Kabila")]


def test_the_core_importer_does_not_load_qt() -> None:
    code = ("import sys, coopdesk.members.importer; "
            "sys.exit(any(m.startswith('PySide6') for m in sys.modules))")
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


# ---- random and broken input -------------------------------------------------------------------

_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=25)
_CELLS = st.one_of(
    _TEXT,
    st.sampled_from(["", " ", "F", "M", "mujer", "X", "digger", "minero", "astronaut",
                     "31/02/1990", "29/02/2000", "1/1/90", "00/00/0000", "9999-99-99",
                     "99999999999999999999", "1e308", "-1", "NaN", "inf", "١٢/٠٣/١٩٩٠",
                     "La Esperanza", "Mina Perdida", "activo", "fallecido", "+57 300 1234567",
                     "15/03/1985", "2020-01-01", "1001", "1.2E+09", "-", "data, photo",
                     "bank", "=1+1", "\u202e", "Ñandú", "x" * 300, "a\nb", "tab\there",
                     "\x0b"]),
    st.integers().map(str),
    st.floats().map(str),
    st.dates().map(lambda d: d.strftime("%d/%m/%Y")),
)
_HEADER = [*ES_HEADER, "Consentimientos", "Forma de pago", "Nombre completo"]


def _check_pipeline(uow: UnitOfWork, path: Path) -> None:
    """read_table raises a CoopdeskError or gives a table whose preview and import behave."""
    try:
        table = read_table(path)
    except CoopdeskError as exc:
        event(f"file refused: {exc.message.split(' ', 1)[1][:30]}")
        return
    pv = preview(uow, table, guess_mapping(table.headers), today=TODAY)
    for problem in pv.all_problems():
        assert isinstance(problem, Problem)
        assert isinstance(problem.row, int) and isinstance(problem.message, str)
        assert problem.message and str(problem)
    assert pv.valid_count + pv.invalid_count + pv.duplicate_count == len(pv.rows)
    before = count_members(uow)
    try:
        result = import_members(uow, pv, accept="valid")
    except BatchInvalid:
        assert pv.problems, "only a bad column choice stops an accept='valid' import"
        assert count_members(uow) == before
        event("column choice refused")
        return
    event(f"imported (created > 0: {result.created > 0})")
    assert count_members(uow) == before + result.created
    assert result.created + result.skipped_duplicates + result.skipped_invalid == len(pv.rows)


_SETTINGS = settings(max_examples=50, deadline=None,
                     suppress_health_check=[HealthCheck.function_scoped_fixture])


@_SETTINGS
@given(content=st.one_of(
    st.binary(max_size=1500),
    st.text(max_size=1500).map(lambda t: t.encode("utf-8")),
    st.text(st.sampled_from(list("aé1/2-;,|\t\n\r\"' ")), max_size=400).map(
        lambda t: t.encode("cp1252"))))
def test_random_files_never_crash(_import_uow: UnitOfWork, tmp_path: Path,
                                  content: bytes) -> None:
    path = tmp_path / "random.csv"
    path.write_bytes(content)
    _check_pipeline(_import_uow, path)


@_SETTINGS
@given(rows=st.lists(st.lists(_CELLS, max_size=14), min_size=1, max_size=25),
       delimiter=st.sampled_from([",", ";", "\t", "|"]), good_header=st.booleans(),
       header=st.lists(_TEXT, min_size=1, max_size=8))
def test_random_rows_never_crash_and_never_write_half(
        _import_uow: UnitOfWork, tmp_path: Path, rows: list[list[str]], delimiter: str,
        good_header: bool, header: list[str]) -> None:
    path = tmp_path / "rows.csv"
    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter).writerows([_HEADER if good_header else header, *rows])
    path.write_bytes(buf.getvalue().encode("utf-8"))
    _check_pipeline(_import_uow, path)


@_SETTINGS
@given(rows=st.lists(st.tuples(
    st.sampled_from(["Ana", "Luis", "Rosa María", "Eva", ""]),
    st.sampled_from(["Pérez", "Quispe", "Mbuyi", ""]),
    st.sampled_from(["F", "M", "mujer", "hombre", "?"]),
    st.sampled_from(["04/03/1988", "1975-11-12", "33000", "12/31/1970", "31/02/1990",
                     "01/01/2015", ""]),
    st.one_of(st.integers(1, 10**12).map(str), st.sampled_from(["", "1.2E+09", "-"])),
    st.sampled_from(["", "300 123 4567", "+255 712 345 678", "abc"]),
    st.sampled_from(["minero", "comerciante", "pallaquera", "auxiliar", "astronaut"]),
    st.sampled_from(["", "La Esperanza", "El Tesoro, La Esperanza", "Mina Perdida"]),
    st.sampled_from(["01/06/2019", "2020-01-01", "15-01-2020", "01/01/2030", ""]),
    st.sampled_from(["", "activo", "solicitante", "fallecido"])), min_size=1, max_size=20))
def test_plausible_rows_import_exactly_the_valid_ones(
        _import_uow: UnitOfWork, tmp_path: Path, rows: list[tuple[str, ...]]) -> None:
    path = _csv(tmp_path / "plausible.csv", [ES_HEADER, *[list(r) for r in rows]])
    _check_pipeline(_import_uow, path)


def test_import_fields_cover_the_brief() -> None:
    assert "number" not in IMPORT_FIELDS and "full_name" in IMPORT_FIELDS
    assert len(IMPORT_FIELDS) == len(set(IMPORT_FIELDS)) == 22


def test_import_round_trip_on_both_backends(admin: UnitOfWork, tmp_path: Path) -> None:
    """The shared fixture runs this on SQLite and on PostgreSQL, whose columns refuse text
    longer than their size: a long cell is a row problem there, never a database error."""
    add_site(admin, "La Esperanza")
    path = _csv(tmp_path / "m.csv", [ES_HEADER, _row(), _row("Luis", "Quispe", "M", nid="9"),
                                     _row("Largo", "X" * 250, nid="10"),
                                     _row("Tel", "Largo", phone="3" * 40, nid="11")])
    pv = _preview(admin, path)
    assert [r.row for r in pv.rows if not r.valid] == [4, 5]
    assert "longer than 200 characters" in str(pv.rows[2].problems[0])
    assert import_members(admin, pv, accept="valid").created == 2
    again = import_members(admin, _preview(admin, path), accept="valid")
    assert (again.created, again.skipped_duplicates) == (0, 2)
    assert count_members(admin) == 2


def test_labels_coopdesk_writes_read_back_in_every_language() -> None:
    """An Excel register exported in Spanish, French or Swahili imports again."""
    from coopdesk.core.i18n import CONTEXT, LANGUAGES, catalog
    from coopdesk.members import import_parse
    from coopdesk.members.rules import ROLE_LABELS, STATUS_LABELS

    for code in LANGUAGES:
        for role, label in ROLE_LABELS.items():
            text = catalog(code).get((CONTEXT, label), label)
            assert import_parse._ROLE[import_parse.key(text)] == role.value, (code, text)
        active = catalog(code).get((CONTEXT, STATUS_LABELS[Status.ACTIVE]), "Active")
        assert import_parse._STATUS[import_parse.key(active)] == Status.ACTIVE.value
