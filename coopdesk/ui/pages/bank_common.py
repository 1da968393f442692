"""What the tabs of the Bank page share: how their tables look and read their selection, and
what a tab asks of the page that holds it (:class:`BankHost`): the account shown, the last
automatic run, the rights, and one place for messages and writes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from coopdesk.bank import links
from coopdesk.core.uow import UnitOfWork
from coopdesk.ui.pages.production import RowsModel


class BankHost(Protocol):
    """The Bank page as its tabs see it."""

    code: str | None
    run: links.MatchRun | None  # the last automatic run (or suggestions)
    rule_rows: RowsModel[links.RuleView]

    def uow(self) -> UnitOfWork: ...

    def currency(self) -> str: ...

    def can_write(self) -> bool: ...

    def say(self, text: str) -> None: ...

    def guard(self, work: Callable[[], str | None]) -> bool: ...

    def hold(self) -> None: ...

    def release(self) -> None: ...

    def update_buttons(self) -> None: ...


def table(name: str, model: Any, parent: QWidget, multi: bool = True) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                          else QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(int(parent.fontMetrics().height() * 1.7))
    hh = view.horizontalHeader()
    hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    hh.setStretchLastSection(False)
    return view


def widths(view: QTableView, chars: tuple[int, ...], stretch: int | None = None) -> None:
    """Column widths in average characters; ``stretch`` takes the room left."""
    char = view.fontMetrics().averageCharWidth()
    hh = view.horizontalHeader()
    for i, n in enumerate(chars):
        hh.resizeSection(i, n * char + 18)
    if stretch is not None:
        hh.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def selected_rows(view: QTableView) -> list[int]:
    sm = view.selectionModel()
    return sorted(i.row() for i in sm.selectedRows()) if sm is not None else []
