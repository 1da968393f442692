"""Mining sites: the list with how many members work at each, and adding a site."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.access import Permission
from coopdesk.core.errors import CoopdeskError, PermissionDenied, ValidationError
from coopdesk.core.uow import UnitOfWork
from coopdesk.members import queries, services
from coopdesk.ui.dialogs.member_form import error_label, show_problem
from coopdesk.ui.errors import show_error


class SiteDialog(QDialog):
    """Add one mining site: its name, mineral, position and title or licence."""

    def __init__(self, uow: UnitOfWork, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("siteDialog")
        self.setWindowTitle(self.tr("New mining site"))
        self.uow = uow
        self.site_id: int | None = None
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.mineral = QLineEdit()
        self.mineral.setObjectName("mineral")
        self.mineral.setPlaceholderText(self.tr("e.g. gold, coltan, tin"))
        self.latitude = QLineEdit()
        self.latitude.setObjectName("latitude")
        self.latitude.setPlaceholderText(self.tr("e.g. 7.0847 (south is negative)"))
        self.longitude = QLineEdit()
        self.longitude.setObjectName("longitude")
        self.longitude.setPlaceholderText(self.tr("e.g. -74.7027 (west is negative)"))
        self.title_ref = QLineEdit()
        self.title_ref.setObjectName("title_ref")
        self.errors = {key: error_label() for key in ("name", "latitude", "longitude", "")}
        form = QFormLayout()
        for label, key, widget in ((self.tr("Name"), "name", self.name),
                                   (self.tr("Mineral"), "mineral", self.mineral),
                                   (self.tr("Latitude"), "latitude", self.latitude),
                                   (self.tr("Longitude"), "longitude", self.longitude),
                                   (self.tr("Title or licence reference"), "title_ref",
                                    self.title_ref)):
            form.addRow(label, widget)
            if key in self.errors:
                form.addRow("", self.errors[key])
        form.addRow("", self.errors[""])
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Add site"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(self._changed)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(480, 320)
        self._changed()

    def _changed(self, *_args: object) -> None:
        self.ok.setEnabled(bool(self.name.text().strip()))

    def _coordinate(self, edit: QLineEdit, key: str) -> tuple[float | None, bool]:
        text = edit.text().strip().replace(",", ".")
        if not text:
            return None, True
        try:
            return float(text), True
        except ValueError:
            show_problem(self.errors[key], self.tr("'{value}' is not a number of degrees, "
                                                   "e.g. 7.0847.").format(value=edit.text()))
            return None, False

    def accept(self) -> None:
        for label in self.errors.values():
            show_problem(label, "")
        lat, lat_ok = self._coordinate(self.latitude, "latitude")
        lon, lon_ok = self._coordinate(self.longitude, "longitude")
        if not (lat_ok and lon_ok):
            return
        try:
            self.site_id = services.add_site(self.uow, self.name.text(),
                                             self.mineral.text() or None, lat, lon,
                                             self.title_ref.text() or None)
        except PermissionDenied as exc:
            show_error(self, exc)
            return
        except ValidationError as exc:
            show_problem(self.errors.get(exc.field or "", self.errors[""]), exc.message)
            return
        except CoopdeskError as exc:
            show_error(self, exc)
            return
        super().accept()


class SitesDialog(QDialog):
    """The cooperative's mining sites with how many members work at each."""

    def __init__(self, uow: UnitOfWork, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sitesDialog")
        self.setWindowTitle(self.tr("Mining sites"))
        self.uow = uow
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([
            self.tr("Site"), self.tr("Mineral"), self.tr("Latitude"), self.tr("Longitude"),
            self.tr("Title or licence"), self.tr("Members")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.tr("No mining sites yet."))
        self.add_button = QPushButton(self.tr("Add site…"))
        self.add_button.setObjectName("addSite")
        self.add_button.clicked.connect(self.add_site)
        self.add_button.setEnabled(uow.actor.can(Permission.MEMBERS_WRITE))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.resize(760, 420)
        self.reload()

    def reload(self) -> None:
        sites = queries.list_sites(self.uow)
        self.table.setRowCount(len(sites))
        for r, s in enumerate(sites):
            cells = (s.name, s.mineral or "", _degrees(s.latitude), _degrees(s.longitude),
                     s.title_ref or "", str(s.members))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c in (2, 3, 5):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.empty.setVisible(not sites)

    def add_site(self) -> None:
        dialog = SiteDialog(self.uow, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()


def _degrees(value: float | None) -> str:
    return "" if value is None else f"{value:.5f}"
