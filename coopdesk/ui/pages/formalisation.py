"""The formalisation page: the path as a stepper across the top (a numbered circle for each
stage, joined by a line, coloured and labelled with its status in words), what expires soon in
a banner, and below the chosen stage: its fields, the documents kept with it and the fees the
books paid for it. Writing needs ``Permission.PLANS``; every role reads. The rules are
:mod:`coopdesk.plans.formalisation`'s."""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QUrl, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QDesktopServices,
    QFont,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.access import Permission
from coopdesk.core.errors import CoopdeskError
from coopdesk.core.i18n import _, language
from coopdesk.core.uow import Changes, UnitOfWork
from coopdesk.plans import formal_report
from coopdesk.plans import formalisation as fp
from coopdesk.reports.cells import CellFormatter
from coopdesk.reports.document import Kind
from coopdesk.ui import icons
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.formal_forms import FeeDialog, StageDialog
from coopdesk.ui.errors import show_error
from coopdesk.ui.exporting import WritesInWorker

AREAS = ("plans", "members", "ledger", "settings")
# The colour of each state, always with its word beside it (never colour alone).
STATE_COLOURS = {"granted": "#2e7d32", "expiring": "#b26a00", "expired": "#b71c1c",
                 "applied": "#1565c0", "not_started": "#8a8a8a", "refused": "#6a1b9a",
                 "lapsed": "#6d4c41"}
STATE_MARKS = {"granted": "✓", "expiring": "!", "expired": "✗", "refused": "✗"}
BANNER_BG, BANNER_BORDER = "#fff1d6", "#e0b25c"
RED, AMBER = "#b71c1c", "#8a4f00"
FORMATS = {"pdf": "PDF (*.pdf)", "xlsx": "Excel (*.xlsx)"}
DOCUMENT_FILTER = "*.pdf *.jpg *.jpeg *.png"


def _scaled(base: QFont, factor: float, bold: bool = False) -> QFont:
    f = QFont(base)
    f.setPointSizeF(base.pointSizeF() * factor)
    f.setBold(bold)
    return f


class PathStepper(QWidget):
    """The stages as big numbered circles joined by a line; a click chooses one."""

    chosen = Signal(int)  # the index of the stage clicked

    RADIUS = 22
    TOP = 10

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pathStepper")
        self.rows: list[fp.StageRow] = []
        self.current = -1
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(self._height())
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def _height(self) -> int:
        line = self.fontMetrics().height()
        return self.TOP + 2 * self.RADIUS + 12 + 4 * line + 10

    def sizeHint(self) -> QSize:
        return QSize(max(160 * max(len(self.rows), 1), 400), self._height())

    def set_rows(self, rows: list[fp.StageRow], current: int) -> None:
        self.rows, self.current = rows, current
        self.setToolTip("")
        self.update()

    def states(self) -> list[tuple[str, str]]:
        """Each step's title and its state, as drawn."""
        return [(r.title, r.state) for r in self.rows]

    def centre(self, index: int) -> QPointF:
        n = max(len(self.rows), 1)
        slot = self.width() / n
        return QPointF(slot * index + slot / 2, self.TOP + self.RADIUS)

    def index_at(self, x: float, y: float) -> int:
        if not self.rows:
            return -1
        slot = self.width() / len(self.rows)
        index = int(x // slot)
        return index if 0 <= index < len(self.rows) else -1

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.index_at(event.position().x(), event.position().y())
        if index >= 0:
            self.chosen.emit(index)
        super().mousePressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self.rows:
            p.setPen(QColor("#555555"))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                       _("No stage yet: add the first step of the path."))
            p.end()
            return
        r = self.RADIUS
        n = len(self.rows)
        slot = self.width() / n
        # the line joining the circles: green up to the last valid step in a row
        for i in range(n - 1):
            a, b = self.centre(i), self.centre(i + 1)
            done = self.rows[i].valid and self.rows[i + 1].state != "not_started"
            p.setPen(QPen(QColor(STATE_COLOURS["granted"] if done else "#c9d1d6"), 4))
            p.drawLine(QPointF(a.x() + r, a.y()), QPointF(b.x() - r, b.y()))
        number_font = _scaled(self.font(), 1.5, bold=True)
        title_font = _scaled(self.font(), 1.0, bold=True)
        state_font = _scaled(self.font(), 0.95)
        line = self.fontMetrics().height()
        for i, row in enumerate(self.rows):
            c = self.centre(i)
            colour = QColor(STATE_COLOURS.get(row.state, "#8a8a8a"))
            if i == self.current:
                p.setPen(QPen(QColor("#1f6f8b"), 3))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawEllipse(c, r + 6, r + 6)
            filled = row.state != "not_started"
            p.setPen(QPen(colour, 3))
            p.setBrush(QBrush(colour if filled else QColor("#ffffff")))
            p.drawEllipse(c, r, r)
            p.setFont(number_font)
            p.setPen(QColor("#ffffff") if filled else colour)
            p.drawText(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r), Qt.AlignmentFlag.AlignCenter,
                       str(row.step))
            mark = STATE_MARKS.get(row.state)
            if mark:  # a small badge: the state's sign, for those who do not tell colours apart
                badge = QPointF(c.x() + r * 0.78, c.y() - r * 0.78)
                p.setPen(QPen(QColor("#ffffff"), 2))
                p.setBrush(QBrush(colour))
                p.drawEllipse(badge, 9, 9)
                p.setFont(_scaled(self.font(), 0.8, bold=True))
                p.drawText(QRectF(badge.x() - 9, badge.y() - 9, 18, 18),
                           Qt.AlignmentFlag.AlignCenter, mark)
            text_top = c.y() + r + 10
            box = QRectF(i * slot + 6, text_top, slot - 12, 2 * line + 4)
            p.setFont(title_font)
            p.setPen(QColor("#222222"))
            title = p.fontMetrics().elidedText(row.title, Qt.TextElideMode.ElideRight,
                                               int(2 * (slot - 14)))
            p.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                       | Qt.TextFlag.TextWordWrap, title)
            p.setFont(state_font)
            p.setPen(colour.darker(115))
            p.drawText(QRectF(i * slot + 4, text_top + 2 * line + 6, slot - 8, 2 * line),
                       Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                       | Qt.TextFlag.TextWordWrap, self.state_text(row))
        p.end()

    @staticmethod
    def state_text(row: fp.StageRow) -> str:
        text = fp.state_label(row.state)
        if row.state == "expiring" and row.days_to_expiry == 0:
            return _("{state}: expires today", state=text)
        if row.state == "expiring" and row.days_to_expiry is not None:
            return _("{state}: {days} days left", state=text, days=row.days_to_expiry)
        if row.state == "granted" and row.expires_on is not None:
            return _("{state} to {date}", state=text, date=row.expires_on.isoformat())
        return text


def _table(name: str, headers: list[str], stretch: int) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setObjectName(name)
    t.setHorizontalHeaderLabels(headers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.verticalHeader().setVisible(False)
    t.setWordWrap(False)
    hh = t.horizontalHeader()
    hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    hh.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return t


class FormalisationPage(WritesInWorker, QWidget):
    """The path, its warnings and the chosen stage's fields, documents and fees."""

    icon_name = "formalisation"
    status_message = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self.setObjectName("formalisationPage")
        self.ctx = ctx
        self.today = today
        self.busy = False
        self.last_export: Path | None = None
        self.rows: list[fp.StageRow] = []
        self.docs: list[fp.DocumentRow] = []
        self.fee_rows: list[fp.FeeRow] = []
        self.current = -1
        self.opened: Path | None = None
        self.cards_text = ""
        self.fmt = CellFormatter(language(), ctx.uow.coop().currency)
        self._build()
        ctx.hub.changed.connect(self._on_changes)
        self.refresh()

    @classmethod
    def title(cls) -> str:
        return _("Formalisation")

    def uow(self) -> UnitOfWork:
        return self.ctx.uow

    def can_write(self) -> bool:
        return self.ctx.uow.actor.can(Permission.PLANS)

    # ---- building ---------------------------------------------------------------------------

    def _button(self, name: str, text: str, slot: Callable[[], object]) -> QPushButton:
        b = QPushButton(text)
        b.setObjectName(name)
        b.clicked.connect(lambda _c=False: slot())
        return b

    def _build(self) -> None:
        self.heading = QLabel(_("Formalisation path"))
        self.heading.setFont(_scaled(self.font(), 1.5, bold=True))
        self.summary = QLabel()
        self.summary.setObjectName("pathSummary")
        self.summary.setWordWrap(True)
        self.add_button = self._button("addStage", _("Add a stage…"), self.add_stage)
        self.add_button.setIcon(icons.icon("new"))
        self.pdf_button = self._button("exportPdf", _("Export PDF…"),
                                       lambda: self.export("pdf"))
        self.pdf_button.setIcon(icons.icon("reports"))
        self.xlsx_button = self._button("exportXlsx", _("Export Excel…"),
                                        lambda: self.export("xlsx"))
        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.heading)
        titles.addWidget(self.summary)
        top.addLayout(titles, 1)
        for b in (self.add_button, self.pdf_button, self.xlsx_button):
            top.addWidget(b, 0, Qt.AlignmentFlag.AlignTop)

        self.stepper = PathStepper()
        self.stepper.chosen.connect(self.select)
        self.banner = QLabel()
        self.banner.setObjectName("formalWarnings")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.RichText)
        self.banner.setStyleSheet(f"#formalWarnings {{ background: {BANNER_BG}; border: 1px "
                                  f"solid {BANNER_BORDER}; border-radius: 4px; padding: 6px; }}")

        # the chosen stage
        self.stage_box = QGroupBox()
        self.stage_box.setObjectName("stageBox")
        self.fields: dict[str, QLabel] = {}
        form = self.stage_form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        for key, label in (("kind", _("Kind of step")), ("status", _("Status")),
                           ("authority", _("Authority")), ("reference", _("Reference number")),
                           ("applied", _("Applied for on")), ("issued", _("Issued on")),
                           ("expires", _("Expires on")), ("site", _("Mining site")),
                           ("cards", _("Miner cards")), ("notes", _("Notes")),
                           ("updated", _("Last changed"))):
            value = QLabel()
            value.setObjectName(f"field_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = value
            form.addRow(label, value)
        self.edit_button = self._button("editStage", _("Change…"), self.edit_stage)
        self.remove_button = self._button("removeStage", _("Remove the stage"),
                                          self.remove_stage)
        stage_buttons = QHBoxLayout()
        stage_buttons.addWidget(self.edit_button)
        stage_buttons.addWidget(self.remove_button)
        stage_buttons.addStretch(1)
        box_layout = QVBoxLayout(self.stage_box)
        box_layout.addLayout(form)
        box_layout.addStretch(1)
        box_layout.addLayout(stage_buttons)

        # its documents
        self.docs_box = QGroupBox(_("Documents kept"))
        self.doc_table = _table("documents", [_("File"), _("Type"), _("Size"), _("Added"),
                                              _("SHA-256")], 0)
        self.doc_table.itemSelectionChanged.connect(self.update_buttons)
        self.doc_table.doubleClicked.connect(lambda _i: self.open_document())
        self.attach_button = self._button("attachDocument", _("Add a document…"),
                                          self.attach_document)
        self.open_button = self._button("openDocument", _("Open"), self.open_document)
        self.save_button = self._button("saveDocument", _("Save as…"), self.save_document)
        self.detach_button = self._button("removeDocument", _("Remove"), self.remove_document)
        row = QHBoxLayout()
        for b in (self.attach_button, self.open_button, self.save_button, self.detach_button):
            row.addWidget(b)
        row.addStretch(1)
        lay = QVBoxLayout(self.docs_box)
        lay.addWidget(self.doc_table, 1)
        lay.addLayout(row)

        # its fees
        self.fees_box = QGroupBox(_("Fees paid (from the books)"))
        self.fee_table = _table("fees", [_("Date"), _("Entry"), _("Description"), _("Amount")],
                                2)
        self.fee_table.itemSelectionChanged.connect(self.update_buttons)
        self.fee_total = QLabel()
        self.fee_total.setObjectName("feeTotal")
        self.link_button = self._button("linkFee", _("Link a payment…"), self.link_fee)
        self.unlink_button = self._button("unlinkFee", _("Unlink"), self.unlink_fee)
        row = QHBoxLayout()
        row.addWidget(self.link_button)
        row.addWidget(self.unlink_button)
        row.addStretch(1)
        row.addWidget(self.fee_total)
        lay = QVBoxLayout(self.fees_box)
        lay.addWidget(self.fee_table, 1)
        lay.addLayout(row)

        right = QVBoxLayout()
        right.addWidget(self.docs_box, 1)
        right.addWidget(self.fees_box, 1)
        below = QHBoxLayout()
        below.addWidget(self.stage_box, 5)
        below.addLayout(right, 6)

        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.stepper)
        layout.addWidget(self.banner)
        layout.addLayout(below, 1)
        layout.addWidget(self.message)

    # ---- refreshing -------------------------------------------------------------------------

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(*AREAS):
            self.refresh()

    def refresh(self) -> None:
        uow, day = self.uow(), self.today()
        chosen = self.rows[self.current].id if 0 <= self.current < len(self.rows) else None
        self.rows = fp.path(uow, day)
        prog = fp.progress(uow, day)
        cards = fp.miner_cards(uow, day)
        self.cards_text = fp.cards_line(cards)
        parts = [_("{granted} of {total} stages granted and valid", granted=prog.granted,
                   total=prog.total) if self.rows else _("No stage recorded yet"),
                 self.cards_text]
        if prog.next_expiry is not None and prog.next_expiry.expires_on is not None:
            parts.append(_("next expiry: {title} on {date}", title=prog.next_expiry.title,
                           date=prog.next_expiry.expires_on.isoformat()))
        self.summary.setText(" · ".join(parts))
        alerts = fp.alerts(uow, day)
        lines = [f"<span style='color:{RED if a.level == 'expired' else AMBER}'>"
                 f"<b>&#9888;</b> {escape(a.text, quote=False)}</span>" for a in alerts]
        self.banner.setText("<br>".join(lines))
        self.banner.setVisible(bool(lines))
        index = next((i for i, r in enumerate(self.rows) if r.id == chosen), -1)
        if index < 0 and self.rows:
            index = next((i for i, r in enumerate(self.rows) if r.id == (
                prog.current.id if prog.current else None)), 0)
        self.select(index)

    def select(self, index: int) -> None:
        self.current = index if 0 <= index < len(self.rows) else -1
        self.stepper.set_rows(self.rows, self.current)
        row = self.selected()
        self._show_stage(row)
        self.update_buttons()

    def select_stage(self, stage_id: int) -> None:
        self.select(next((i for i, r in enumerate(self.rows) if r.id == stage_id), -1))

    def selected(self) -> fp.StageRow | None:
        return self.rows[self.current] if 0 <= self.current < len(self.rows) else None

    def _show_stage(self, row: fp.StageRow | None) -> None:
        self.docs = fp.documents(self.uow(), row.id) if row is not None else []
        self.fee_rows = fp.fees(self.uow(), row.id) if row is not None else []
        self.stage_box.setTitle(_("Step {step}: {title}", step=row.step, title=row.title)
                                if row is not None else _("No stage chosen"))
        if row is None:
            for label in self.fields.values():
                label.setText("")
        else:
            colour = STATE_COLOURS.get(row.state, "#555555")
            expires = "–"
            if row.expires_on is not None and row.days_to_expiry is not None:
                expires = (_("{date} ({days} days ago)", date=row.expires_on.isoformat(),
                             days=-row.days_to_expiry) if row.days_to_expiry < 0 else
                           _("{date} (in {days} days)", date=row.expires_on.isoformat(),
                             days=row.days_to_expiry))
            values = {
                "kind": fp.kind_label(row.kind),
                "status": f"<b style='color:{colour}'>"
                          f"{escape(formal_report.stage_status(row))}</b>",
                "authority": row.authority or "–", "reference": row.reference_no or "–",
                "applied": row.applied_on.isoformat() if row.applied_on else "–",
                "issued": row.issued_on.isoformat() if row.issued_on else "–",
                "expires": expires, "site": row.site or "–",
                "cards": self.cards_text if row.kind == "miner_registration" else "",
                "notes": row.notes or "–",
                "updated": _("{when} by {user}", when=row.updated_at.strftime("%Y-%m-%d %H:%M"),
                             user=row.updated_by)}
            for key, text in values.items():
                label = self.fields[key]
                label.setTextFormat(Qt.TextFormat.RichText if key == "status"
                                    else Qt.TextFormat.PlainText)
                label.setText(text)
            self.fields["kind"].setToolTip(_(fp.KIND_HELP.get(row.kind, "")))
        self.stage_form.setRowVisible(self.fields["cards"],
                                      row is not None and row.kind == "miner_registration")
        self._fill_docs()
        self._fill_fees()

    def _fill_docs(self) -> None:
        t = self.doc_table
        t.setRowCount(len(self.docs))
        for n, d in enumerate(self.docs):
            cells = (d.filename, formal_report.MIME_NAMES.get(d.mime, d.mime),
                     formal_report.file_size(d.size), self.fmt.date(d.added_at.date()),
                     d.sha256[:16])
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 4:
                    item.setToolTip(d.sha256)
                t.setItem(n, c, item)

    def _fill_fees(self) -> None:
        t = self.fee_table
        t.setRowCount(len(self.fee_rows))
        for n, f in enumerate(self.fee_rows):
            text = f"{f.description} — {f.note}" if f.note else f.description
            cells = (self.fmt.date(f.date), f.key, text, self.fmt.text(Kind.MONEY, f.amount))
            for c, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if c == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                t.setItem(n, c, item)
        row = self.selected()
        total = row.fees_total if row is not None else 0
        self.fee_total.setText(_("Total {amount} {currency}",
                                 amount=self.fmt.text(Kind.MONEY, total),
                                 currency=self.fmt_currency()))

    def fmt_currency(self) -> str:
        return self.ctx.uow.coop().currency

    def _chosen_doc(self) -> fp.DocumentRow | None:
        rows = self.doc_table.selectionModel().selectedRows()
        return self.docs[rows[0].row()] if rows and rows[0].row() < len(self.docs) else None

    def _chosen_fee(self) -> fp.FeeRow | None:
        rows = self.fee_table.selectionModel().selectedRows()
        return (self.fee_rows[rows[0].row()] if rows and rows[0].row() < len(self.fee_rows)
                else None)

    def update_buttons(self) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        can = self.can_write()
        row = self.selected()
        doc, fee = self._chosen_doc(), self._chosen_fee()
        self.add_button.setEnabled(can)
        self.edit_button.setEnabled(can and row is not None)
        self.remove_button.setEnabled(can and row is not None and not row.documents
                                      and not row.fees)
        self.attach_button.setEnabled(can and row is not None)
        self.open_button.setEnabled(doc is not None)
        self.save_button.setEnabled(doc is not None)
        self.detach_button.setEnabled(can and doc is not None)
        self.link_button.setEnabled(can and row is not None)
        self.unlink_button.setEnabled(can and fee is not None)
        self.pdf_button.setEnabled(not self.busy)
        self.xlsx_button.setEnabled(not self.busy)
        tip = "" if can else _("Your role may read the formalisation path but not change it.")
        for b in (self.add_button, self.edit_button, self.remove_button, self.attach_button,
                  self.detach_button, self.link_button, self.unlink_button):
            b.setToolTip(tip)

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.status_message.emit(text)

    # ---- stages -----------------------------------------------------------------------------

    def add_stage(self) -> None:
        dialog = StageDialog(self.uow(), None, self)
        try:
            if dialog.exec() and dialog.stage_id is not None:
                self.refresh()
                self.select_stage(dialog.stage_id)
                self.say(_("Stage added."))
        finally:
            dialog.deleteLater()

    def edit_stage(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = StageDialog(self.uow(), row, self)
        try:
            if dialog.exec():
                self.refresh()
                self.select_stage(row.id)
                self.say(_("“{title}” saved.", title=row.title))
        finally:
            dialog.deleteLater()

    def _confirm(self, name: str, title: str, text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
                          self)
        box.setObjectName(name)
        answer = box.exec()
        box.deleteLater()
        return bool(answer == QMessageBox.StandardButton.Ok)

    def remove_stage(self) -> None:
        row = self.selected()
        if row is None or not self._confirm("removeStageBox", _("Remove the stage"), _(
                "Take “{title}” off the path?", title=row.title)):
            return
        try:
            fp.remove_stage(self.uow(), row.id)
        except CoopdeskError as exc:
            show_error(self, exc)
            return
        self.refresh()
        self.say(_("“{title}” removed from the path.", title=row.title))

    # ---- documents --------------------------------------------------------------------------

    def attach_document(self) -> None:
        row = self.selected()
        if row is None:
            return
        chosen, _filter = QFileDialog.getOpenFileName(
            self, _("Keep a document with “{title}”", title=row.title),
            self.ctx.settings.value("formal_dir", str(Path.home())),
            _("Scanned documents ({patterns})", patterns=DOCUMENT_FILTER))
        if not chosen:
            return
        path = Path(chosen)
        self.ctx.settings.set_value("formal_dir", str(path.parent))
        try:
            fp.attach_document(self.uow(), row.id, path.name, path.read_bytes())
        except CoopdeskError as exc:
            show_error(self, exc)
            return
        except OSError as exc:
            show_error(self, CoopdeskError(_("{file} could not be read: {reason}",
                                             file=path.name, reason=exc.strerror or exc)))
            return
        self.refresh()
        self.say(_("{file} kept with “{title}”.", file=path.name, title=row.title))

    def _document(self) -> tuple[str, bytes] | None:
        doc = self._chosen_doc()
        if doc is None:
            return None
        try:
            return fp.document_file(self.uow(), doc.id)
        except CoopdeskError as exc:
            show_error(self, exc)
            return None

    def open_document(self) -> Path | None:
        """Write the document to a temporary folder and open it with the system's viewer."""
        found = self._document()
        if found is None:
            return None
        name, data = found
        folder = Path(tempfile.mkdtemp(prefix="coopdesk-"))
        path = folder / name
        path.write_bytes(data)
        self.opened = path
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            show_error(self, CoopdeskError(_("No program on this computer opens {file}; save "
                                             "it and open it from its folder.", file=name)))
        return path

    def save_document(self) -> Path | None:
        found = self._document()
        if found is None:
            return None
        name, data = found
        chosen, _filter = QFileDialog.getSaveFileName(
            self, _("Save the document"),
            str(Path(self.ctx.settings.value("formal_dir", str(Path.home()))) / name))
        if not chosen:
            return None
        try:
            Path(chosen).write_bytes(data)
        except OSError as exc:
            show_error(self, CoopdeskError(_("{path} could not be written: {reason}",
                                             path=chosen, reason=exc.strerror or exc)))
            return None
        self.say(_("Saved {path}", path=chosen))
        return Path(chosen)

    def remove_document(self) -> None:
        doc = self._chosen_doc()
        if doc is None or not self._confirm("removeDocumentBox", _("Remove the document"), _(
                "Remove {file} from this stage? The audit trail keeps its fingerprint.",
                file=doc.filename)):
            return
        try:
            fp.remove_document(self.uow(), doc.id)
        except CoopdeskError as exc:
            show_error(self, exc)
            return
        self.refresh()
        self.say(_("{file} removed.", file=doc.filename))

    # ---- fees -------------------------------------------------------------------------------

    def link_fee(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = FeeDialog(self.uow(), row, self)
        try:
            if dialog.exec() and dialog.linked_key:
                self.refresh()
                self.say(_("Entry {entry} linked as a fee of “{title}”.",
                           entry=dialog.linked_key, title=row.title))
        finally:
            dialog.deleteLater()

    def unlink_fee(self) -> None:
        row, fee = self.selected(), self._chosen_fee()
        if row is None or fee is None or not self._confirm("unlinkFeeBox", _("Unlink"), _(
                "Stop counting entry {entry} ({amount}) as a fee of “{title}”?",
                entry=fee.key, amount=self.fmt.text(Kind.MONEY, fee.amount),
                title=row.title)):
            return
        try:
            fp.unlink_fee(self.uow(), row.id, fee.year, fee.number)
        except CoopdeskError as exc:
            show_error(self, exc)
            return
        self.refresh()
        self.say(_("Entry {entry} unlinked.", entry=fee.key))

    # ---- export -----------------------------------------------------------------------------

    def export(self, fmt: str) -> None:
        if self.busy:
            return
        folder = self.ctx.settings.value("export_dir", str(Path.home()))
        day = self.today()
        chosen, _filter = QFileDialog.getSaveFileName(
            self, _("Formalisation path"),
            str(Path(folder) / f"formalisation-{day.isoformat()}.{fmt}"), FORMATS[fmt])
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower().lstrip(".") != fmt:
            path = path.with_name(path.name + f".{fmt}")
        self.ctx.settings.set_value("export_dir", str(path.parent))
        import importlib

        importlib.import_module({"pdf": "coopdesk.reports.pdf",
                                 "xlsx": "coopdesk.reports.xlsx"}[fmt])
        uow = self.uow()
        self.write_in_worker(uow, lambda: formal_report.formalisation_document(uow, day),
                             path, fmt)

    def _export_said(self, text: str) -> None:
        self.say(text)

    def _export_refused(self, message: str) -> None:
        self.message.setText(message)


__all__ = ["FormalisationPage", "PathStepper"]
