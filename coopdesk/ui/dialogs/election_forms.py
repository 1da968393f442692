"""The elections tab's forms: a new election (method, seats, the bylaws' position, booth or
paper), and the places typed for a paper ballot ("2 1 3")."""


from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.errors import CoopdeskError
from coopdesk.core.i18n import _
from coopdesk.governance import elections
from coopdesk.governance.count_presenter import (
    ENTRY_LABELS,
    METHOD_LABELS,
)
from coopdesk.governance.services import current_bylaws
from coopdesk.ui.context import AppContext
from coopdesk.ui.widgets.form import FormDialog


class NewElectionDialog(FormDialog):
    """A new election, in draft; ``election_id`` once accepted."""

    FIELDS = ("title", "method", "seats", "position", "entry")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newElectionDialog")
        self.setWindowTitle(_("New election"))
        self.ctx = ctx
        self.election_id: int | None = None
        self._setup_errors(self.FIELDS)
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("title")
        self.title_edit.setPlaceholderText(_("e.g. Board of directors 2026"))
        self.method = QComboBox()
        self.method.setObjectName("method")
        for method, label in METHOD_LABELS.items():
            self.method.addItem(_(label), method)
        self.seats = QSpinBox()
        self.seats.setObjectName("seats")
        self.seats.setRange(1, 99)
        self.position = QComboBox()
        self.position.setObjectName("position")
        self.position.addItem(_("None (not a post of the bylaws)"), None)
        bylaws = current_bylaws(ctx.uow)
        for p in bylaws.positions if bylaws is not None else ():
            self.position.addItem(_("{name} ({seats} seats)", name=p.name, seats=p.seats),
                                  p.name)
        self.entry = QComboBox()
        self.entry.setObjectName("entry")
        for entry, label in ENTRY_LABELS.items():
            self.entry.addItem(_(label), entry)
        form = QFormLayout()
        for label, widget, key in ((_("Title"), self.title_edit, "title"),
                                   (_("Counting method"), self.method, "method"),
                                   (_("Seats"), self.seats, "seats"),
                                   (_("Position"), self.position, "position"),
                                   (_("Ballots"), self.entry, "entry")):
            form.addRow(label, widget)
            form.addRow("", self.errors[key])
        self._buttons(_("Create the election"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors["form"])
        layout.addWidget(self.buttons)
        self.resize(560, 0)

    def accept(self) -> None:
        self.clear_errors()
        try:
            self.election_id = elections.create_election(
                self.ctx.uow, self.title_edit.text(), str(self.method.currentData()),
                self.seats.value(), position=self.position.currentData(),
                entry=str(self.entry.currentData()))
        except CoopdeskError as exc:
            self.refused(exc)
            self.adjustSize()
            return
        super().accept()


def parse_places(text: str) -> list[int]:
    """A paper ballot typed as "2 1 3" (or "2,1,3"): candidate places, first choice first;
    "0" or "-" is a blank ballot."""
    words = [w for w in re.split(r"[\s,;]+", text.strip()) if w]
    if words in (["0"], ["-"]):
        return []
    if not words:
        raise ValueError(_("Type the candidates' numbers on the paper, e.g. 2 1 3; 0 for a "
                           "blank ballot."))
    if not all(w.isdigit() for w in words):
        raise ValueError(_("Only the candidates' numbers, separated by spaces: e.g. 2 1 3."))
    return [int(w) for w in words]
