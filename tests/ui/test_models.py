"""The register's table models: Qt's model tester, SQL filtering and sorting, paging."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from coopdesk.core.access import Permission
from coopdesk.core.uow import UnitOfWork
from coopdesk.members import queries, services, shares
from coopdesk.members.queries import MemberFilter
from coopdesk.members.rules import MemberInput, Status
from coopdesk.ui.models.member_table import COLUMNS, ID_ROLE, NUMBER_ROLE, MemberTableModel
from coopdesk.ui.models.share_table import ShareTableModel
from tests.conftest import login

TODAY = dt.date(2026, 3, 1)
FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal


def person(first: str, last: str, sex: str = "F", born: int = 1980, **kw: object) -> MemberInput:
    return MemberInput(first_names=first, last_names=last, sex=sex,
                       birth_date=dt.date(born, 5, 17), role=str(kw.pop("role", "digger")),
                       join_date=dt.date(2020, 1, 10), **kw)  # type: ignore[arg-type]


def insert_many(uow: UnitOfWork, people: Sequence[tuple[MemberInput, Status]]) -> None:
    """Many members in one transaction (fast)."""
    with uow.write(Permission.MEMBERS_WRITE, "members") as tx:
        for inp, status in people:
            services.insert_member(tx, inp, status, TODAY)


@pytest.fixture
def few(sqlite_admin: UnitOfWork) -> UnitOfWork:
    insert_many(sqlite_admin, [
        (person("María José", "Núñez Pérez", phone="+57 300 111 2233"), Status.ACTIVE),
        (person("Pedro", "Gómez", "M", 1975, role="trader"), Status.ACTIVE),
        (person("Ana", "Ríos", born=1990, locality="Segovia"), Status.APPLICANT),
        (person("Luis", "Arango", "M", 1968), Status.ACTIVE),
        (person("Carmen", "Zapata", born=1985, national_id="43.555.111"), Status.ACTIVE),
    ])
    services.change_status(sqlite_admin, 4, Status.SUSPENDED, dt.date(2025, 1, 1),
                           "did not pay the fee", today=TODAY)
    return sqlite_admin


def column_texts(model: MemberTableModel, key: str) -> list[str]:
    col = COLUMNS.index(key)
    return [model.data(model.index(r, col)) for r in range(model.rowCount())]


def test_model_tester_through_filter_and_sort(qtbot: object, few: UnitOfWork) -> None:
    model = MemberTableModel(few)
    QAbstractItemModelTester(model, FATAL)
    assert model.rowCount() == 5
    assert model.columnCount() == len(COLUMNS)
    assert column_texts(model, "number") == ["1", "2", "3", "4", "5"]
    assert model.headerData(0, Qt.Orientation.Horizontal) == "No."

    model.sort(COLUMNS.index("last_names"), Qt.SortOrder.AscendingOrder)
    assert column_texts(model, "last_names") == ["Arango", "Gómez", "Núñez Pérez", "Ríos",
                                                 "Zapata"]
    model.sort(COLUMNS.index("birth_date"), Qt.SortOrder.DescendingOrder)
    assert column_texts(model, "first_names")[0] == "Ana"
    assert model.sort_key == "birth_date" and model.descending

    model.set_filter(MemberFilter(status="active"))
    assert model.rowCount() == 3
    assert set(column_texts(model, "status")) == {"Active"}
    model.set_filter(MemberFilter(sex="M"))
    assert sorted(column_texts(model, "first_names")) == ["Luis", "Pedro"]
    model.set_filter(MemberFilter(text="zzz-nobody"))
    assert model.rowCount() == 0
    model.set_filter(MemberFilter())
    assert model.rowCount() == 5


def test_cells_are_translated_labels_with_colour_and_alignment(qtbot: object,
                                                               few: UnitOfWork) -> None:
    model = MemberTableModel(few)
    row = model.row_of_id(model.data(model.index(3, 0), ID_ROLE))
    assert row == 3
    status = model.index(3, COLUMNS.index("status"))
    assert model.data(status) == "Suspended"
    icon = model.data(status, Qt.ItemDataRole.DecorationRole)
    assert icon is not None and not icon.isNull()
    colour = icon.pixmap(16, 16).toImage().pixelColor(8, 8)
    assert (colour.red(), colour.green(), colour.blue()) == (0xef, 0x6c, 0x00)  # orange
    assert model.data(model.index(1, COLUMNS.index("role"))) == "Trader"
    assert model.data(model.index(1, COLUMNS.index("sex"))) == "Man"
    assert model.data(model.index(0, COLUMNS.index("birth_date"))) == "May 17, 1980"
    align = model.data(model.index(0, 0), Qt.ItemDataRole.TextAlignmentRole)
    assert align & Qt.AlignmentFlag.AlignRight
    assert model.data(model.index(4, 0), NUMBER_ROLE) == 5
    assert model.data(model.index(4, COLUMNS.index("national_id"))) == "43.555.111"
    assert model.data(QModelIndex()) is None


def test_invalidate_keeps_filter_and_sort(qtbot: object, few: UnitOfWork) -> None:
    model = MemberTableModel(few)
    QAbstractItemModelTester(model, FATAL)
    model.set_filter(MemberFilter(status="active"))
    model.sort(COLUMNS.index("last_names"), Qt.SortOrder.DescendingOrder)
    assert column_texts(model, "last_names") == ["Zapata", "Núñez Pérez", "Gómez"]
    insert_many(few, [(person("Beatriz", "Mejía"), Status.ACTIVE)])
    assert model.rowCount() == 3  # ids are kept until the model is told
    model.invalidate()
    assert column_texts(model, "last_names") == ["Zapata", "Núñez Pérez", "Mejía", "Gómez"]
    assert model.member_filter == MemberFilter(status="active")


def test_uow_is_read_at_call_time(qtbot: object, few: UnitOfWork) -> None:
    current = {"uow": few}
    model = MemberTableModel(lambda: current["uow"])
    assert model.rowCount() == 5
    calls: list[UnitOfWork] = []
    other = login(few.db)
    current["uow"] = other
    original = other.read

    def spy():  # type: ignore[no-untyped-def]
        calls.append(other)
        return original()

    other.read = spy  # type: ignore[method-assign]
    model.invalidate()
    assert calls


@pytest.fixture
def big(sqlite_admin: UnitOfWork) -> UnitOfWork:
    people = [(person(f"Nombre{i:04d}", f"Apellido{i:04d}", "F" if i % 2 else "M"),
               Status.ACTIVE if i % 5 else Status.APPLICANT) for i in range(2499)]
    people.insert(1234, (person("Inés", "Núñez"), Status.ACTIVE))
    insert_many(sqlite_admin, people)
    return sqlite_admin


def test_paging_at_2500_members(qtbot: object, big: UnitOfWork,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    fetched: list[int] = []
    real = queries.rows_for

    def counting(uow: UnitOfWork, ids: Sequence[int]) -> dict[int, queries.MemberRow]:
        fetched.append(len(ids))
        return real(uow, ids)

    monkeypatch.setattr(queries, "rows_for", counting)
    model = MemberTableModel(big)
    assert model.rowCount() == 2500
    assert fetched == []  # counting rows loads none of them

    assert model.data(model.index(2400, COLUMNS.index("number"))) == "2401"
    assert fetched == [100]  # rows 2400-2499: the last page, not the 2,500
    assert model.cached_rows() == 100
    for r in range(2400, 2500):  # the rest of that page is cached: no further query
        model.data(model.index(r, 1))
    assert fetched == [100]
    model.data(model.index(10, 1))
    assert fetched == [100, MemberTableModel.PAGE_SIZE]
    assert model.cached_rows() == 100 + MemberTableModel.PAGE_SIZE


def test_filter_in_sql_accent_insensitive_and_by_status(qtbot: object, big: UnitOfWork) -> None:
    model = MemberTableModel(big)
    QAbstractItemModelTester(model, FATAL)
    model.set_filter(MemberFilter(text="nunez"))
    assert model.rowCount() == 1
    assert column_texts(model, "last_names") == ["Núñez"]
    model.set_filter(MemberFilter(text="NÚÑEZ inés"))
    assert model.rowCount() == 1
    model.set_filter(MemberFilter(status="applicant"))
    assert model.rowCount() == 500
    assert set(column_texts(model, "status")) == {"Applicant"}
    model.set_filter(MemberFilter(status="applicant", sex="M"))
    assert model.rowCount() == 250  # applicants are every fifth; men every second
    model.set_filter(MemberFilter(text="apellido00", status="active"))
    assert model.rowCount() == 80


def test_share_table_model(qtbot: object, few: UnitOfWork) -> None:
    shares.subscribe(few, 1, 3, TODAY)
    shares.pay(few, 1, Decimal("15000.50"), TODAY)
    op = shares.pay(few, 1, Decimal("100"), TODAY)
    shares.reverse(few, op, TODAY, "typed twice")
    model = ShareTableModel("COP")
    QAbstractItemModelTester(model, FATAL)
    model.set_rows(shares.register_rows(few, 1))
    assert model.rowCount() == 4
    texts = [[model.data(model.index(r, c)) for c in range(model.columnCount())]
             for r in range(4)]
    assert texts[0][2] == "Subscription" and texts[0][6] == "3"
    assert texts[1][7] == "15,000.50"
    assert texts[3][2] == "Reversal of no. 3"
    assert model.data(model.index(2, 0), Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole) is None
