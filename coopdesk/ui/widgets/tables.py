"""The read-only list tables of the pages: whole rows selected, no editing, alternating rows,
a row height from the font, column widths given in average characters."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


def list_view(name: str, model: QAbstractItemModel, parent: QWidget, *, multi: bool = False,
              row_height: float = 1.7, stretch_last: bool = False, tab_keys: bool = True,
              sorting: bool = False) -> QTableView:
    """A table of rows to choose from. ``tab_keys=False`` lets Tab leave the table (the
    keyboard-driven pages move between their tables with it)."""
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                          else QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTabKeyNavigation(tab_keys)
    view.setSortingEnabled(sorting)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(int(parent.fontMetrics().height() * row_height))
    hh = view.horizontalHeader()
    hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    hh.setStretchLastSection(stretch_last)
    return view


def set_widths(view: QTableView, chars: tuple[int, ...], stretch: int | None = None) -> None:
    """Column widths in average characters; column ``stretch`` takes the room left."""
    char = view.fontMetrics().averageCharWidth()
    hh = view.horizontalHeader()
    for i, n in enumerate(chars):
        hh.resizeSection(i, n * char + 18)
    if stretch is not None:
        hh.setStretchLastSection(False)
        hh.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
