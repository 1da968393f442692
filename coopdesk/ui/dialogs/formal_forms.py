"""The formalisation page's forms: a stage (added or changed: its kind with a word on what it
covers, title, authority, reference number, status, dates, mining site, notes) and a fee (a
posted payment chosen from the books' recent ones; its amount is the books', never typed)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.errors import CoopdeskError
from coopdesk.core.i18n import _, language
from coopdesk.core.uow import UnitOfWork
from coopdesk.plans import formalisation as fp
from coopdesk.reports.cells import CellFormatter
from coopdesk.reports.document import Kind
from coopdesk.ui.dialogs.member_form import date_edit, date_of, show_problem
from coopdesk.ui.widgets.form import FormDialog

GREY = "#777777"


class StageDialog(FormDialog):
    """A stage of the path, new (``row`` None) or changed; ``stage_id`` once accepted."""

    FIELDS = ("kind", "title", "authority", "reference_no", "status", "applied_on",
              "issued_on", "expires_on", "site", "notes")

    def __init__(self, uow: UnitOfWork, row: fp.StageRow | None = None,
                 parent: QWidget | None = None, kind: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stageDialog")
        self.uow, self.row = uow, row
        self.stage_id: int | None = row.id if row is not None else None
        self.setWindowTitle(_("Add a stage to the path") if row is None else
                            _("Change “{title}”", title=row.title))
        self._setup_errors(self.FIELDS)
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for k in fp.KINDS:
            self.kind.addItem(fp.kind_label(k), k)
        self.kind_help = QLabel()
        self.kind_help.setObjectName("kindHelp")
        self.kind_help.setWordWrap(True)
        self.kind_help.setStyleSheet(f"color: {GREY};")
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("title")
        self.title_edit.setMaxLength(fp.MAX_TITLE)
        self.title_edit.setPlaceholderText(_("e.g. Environmental licence"))
        self.authority = QLineEdit()
        self.authority.setObjectName("authority")
        self.authority.setMaxLength(fp.MAX_AUTHORITY)
        self.authority.setPlaceholderText(_("who grants it"))
        self.reference = QLineEdit()
        self.reference.setObjectName("reference_no")
        self.reference.setMaxLength(fp.MAX_REF)
        self.reference.setPlaceholderText(_("number of the certificate, licence or title"))
        self.status = QComboBox()
        self.status.setObjectName("status")
        for st in fp.STATUSES:
            self.status.addItem(_(fp.STATUS_LABELS[st]), st)
        self.applied = date_edit(None, optional=True)
        self.applied.setObjectName("applied_on")
        self.issued = date_edit(None, optional=True)
        self.issued.setObjectName("issued_on")
        self.expires = date_edit(None, optional=True)
        self.expires.setObjectName("expires_on")
        self.expires.setToolTip(_("The last day it is valid; blank when it does not expire."))
        self.site = QComboBox()
        self.site.setObjectName("site")
        self.site.addItem(_("(no particular site)"), None)
        for site_id, name in fp.sites(uow):
            self.site.addItem(name, site_id)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setFixedHeight(70)

        form = QFormLayout()
        for label, widget, key in ((_("Kind of step"), self.kind, "kind"),
                                   ("", self.kind_help, None),
                                   (_("Title"), self.title_edit, "title"),
                                   (_("Authority"), self.authority, "authority"),
                                   (_("Reference number"), self.reference, "reference_no"),
                                   (_("Status"), self.status, "status"),
                                   (_("Applied for on"), self.applied, "applied_on"),
                                   (_("Issued on"), self.issued, "issued_on"),
                                   (_("Expires on"), self.expires, "expires_on"),
                                   (_("Mining site"), self.site, "site"),
                                   (_("Notes"), self.notes, "notes")):
            form.addRow(label, widget)
            if key is not None:
                form.addRow("", self.errors[key])
        self._buttons(_("Add the stage") if row is None else _("Save the changes"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors["form"])
        layout.addWidget(self.buttons)
        self._fill(row, kind)
        self.resize(560, 0)

    def _fill(self, row: fp.StageRow | None, kind: str | None) -> None:
        from coopdesk.ui.dialogs.member_form import set_date

        wanted = row.kind if row is not None else kind or fp.KINDS[0]
        self.kind.setCurrentIndex(max(0, self.kind.findData(wanted)))
        self._kind_changed()
        if row is None:
            return
        self.title_edit.setText(row.title)
        self.authority.setText(row.authority)
        self.reference.setText(row.reference_no or "")
        self.status.setCurrentIndex(max(0, self.status.findData(row.status)))
        set_date(self.applied, row.applied_on)
        set_date(self.issued, row.issued_on)
        set_date(self.expires, row.expires_on)
        self.site.setCurrentIndex(max(0, self.site.findData(row.site_id)))
        self.notes.setPlainText(row.notes)

    def _kind_changed(self) -> None:
        key = str(self.kind.currentData() or "")
        self.kind_help.setText(_(fp.KIND_HELP.get(key, "")))

    def values(self) -> dict[str, object]:
        return {"kind": str(self.kind.currentData() or ""), "title": self.title_edit.text(),
                "authority": self.authority.text(),
                "reference_no": self.reference.text() or None,
                "status": str(self.status.currentData() or ""),
                "applied_on": date_of(self.applied), "issued_on": date_of(self.issued),
                "expires_on": date_of(self.expires), "site": self.site.currentData(),
                "notes": self.notes.toPlainText()}

    def accept(self) -> None:
        self.clear_errors()
        v = self.values()
        try:
            if self.row is None:
                self.stage_id = fp.add_stage(
                    self.uow, str(v.pop("kind")), str(v.pop("title")),
                    authority=str(v["authority"]),
                    reference_no=v["reference_no"] if isinstance(v["reference_no"], str)
                    else None,
                    status=str(v["status"]), applied_on=_day(v["applied_on"]),
                    issued_on=_day(v["issued_on"]), expires_on=_day(v["expires_on"]),
                    site=v["site"] if isinstance(v["site"], int) else None,
                    notes=str(v["notes"]))
            else:
                old = fp.stage_fields(self.row)
                changed = {k: value for k, value in v.items() if old.get(k) != value
                           and not (k == "reference_no" and not value and not old.get(k))}
                if changed:
                    fp.update_stage(self.uow, self.row.id, **changed)
        except CoopdeskError as exc:
            self.refused(exc)
            return
        super().accept()


def _day(value: object) -> dt.date | None:
    return value if isinstance(value, dt.date) else None


class FeeDialog(FormDialog):
    """Link a posted payment as a fee of a stage: the books' recent payments, each with what it
    paid; those already linked shown but not chosen."""

    COLUMNS = 5

    def __init__(self, uow: UnitOfWork, row: fp.StageRow, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setObjectName("feeDialog")
        self.setWindowTitle(_("Link a fee of “{title}”", title=row.title))
        self.uow, self.row = uow, row
        self.linked_key: str | None = None
        self._setup_errors(("entry", "note"))
        self.fmt = CellFormatter(language(), uow.coop().currency)
        titles = {r.id: r.title for r in fp.path(uow, dt.date.today())}
        self.entries = fp.payment_entries(uow)
        intro = QLabel(_("Choose the payment that paid the fee. Its amount is read from the "
                         "books: the entry's total."))
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self.entries), self.COLUMNS)
        self.table.setObjectName("payments")
        self.table.setHorizontalHeaderLabels([_("Date"), _("Entry"), _("Description"),
                                              _("Amount"), _("Already a fee of")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        first_free = -1
        for n, e in enumerate(self.entries):
            taken = e.stage_id is not None
            cells = (self.fmt.date(e.date), e.key, e.description,
                     self.fmt.text(Kind.MONEY, e.amount),
                     titles.get(e.stage_id, "") if e.stage_id is not None else "")
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if taken:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
                    item.setForeground(QBrush(QColor(GREY)))
                self.table.setItem(n, c, item)
            if not taken and first_free < 0:
                first_free = n
        if first_free >= 0:
            self.table.selectRow(first_free)
        self.empty = QLabel(_("The books hold no posted payment yet: record the payment in "
                              "the cash book first."))
        self.empty.setWordWrap(True)
        self.empty.setVisible(not self.entries)
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText(_("e.g. evaluation fee, annual follow-up fee"))
        form = QFormLayout()
        form.addRow(_("Note"), self.note)
        form.addRow("", self.errors["note"])
        self._buttons(_("Link the fee"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.errors["entry"])
        layout.addLayout(form)
        layout.addWidget(self.errors["form"])
        layout.addWidget(self.buttons)
        self.resize(820, 460)

    def chosen(self) -> fp.PaymentEntry | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.entries):
            return None
        return self.entries[rows[0].row()]

    def choose(self, key: str) -> bool:
        """Select the entry named ``2026/14``; False when it is not offered."""
        for n, e in enumerate(self.entries):
            if e.key == key:
                self.table.selectRow(n)
                return self.chosen() is e
        return False

    def accept(self) -> None:
        self.clear_errors()
        e = self.chosen()
        if e is None:
            show_problem(self.errors["entry"], _("Choose the payment in the list."))
            return
        try:
            fp.link_fee(self.uow, self.row.id, e.year, e.number, self.note.text())
        except CoopdeskError as exc:
            self.refused(exc)
            return
        self.linked_key = e.key
        super().accept()


__all__ = ["FeeDialog", "StageDialog"]
