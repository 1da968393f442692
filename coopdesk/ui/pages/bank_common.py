"""What the tabs of the Bank page share: how their tables look and read their selection, and
what a tab asks of the page that holds it (:class:`BankHost`): the account shown, the last
automatic run, the rights, and one place for messages and writes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtWidgets import QTableView, QWidget

from coopdesk.bank import links
from coopdesk.core.uow import UnitOfWork
from coopdesk.ui.pages.production import RowsModel
from coopdesk.ui.widgets.tables import list_view


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
    """The bank's tables: Tab moves between them rather than between cells."""
    return list_view(name, model, parent, multi=multi, tab_keys=False)


def selected_rows(view: QTableView) -> list[int]:
    sm = view.selectionModel()
    return sorted(i.row() for i in sm.selectedRows()) if sm is not None else []

