"""The meetings tab of the governance page: the meetings, and for the one selected the steps
its stage allows - the agenda, the convocation (the notice problem said before anything is
saved), the opening, the check-in at the door with the live quorum, proxies, motions put to
the vote under each agenda item, the minutes of each item, the close and the signatures - and
the convocation, minutes and attendance sheet written as PDF or Excel.

Preparing and running the meeting (create, agenda, convene, open, motions, minutes, close)
needs ``Permission.GOVERNANCE``; the check-in and proxies ``Permission.ELECTION`` (tellers);
the minutes are signed by users holding the president's or the secretary's role, as the
services check. What the quorum and the motions say is
:class:`~coopdesk.governance.assembly_presenter.AssemblyPresenter`'s; "Assembly mode" shows
it on a projector (:class:`~coopdesk.ui.assembly.AssemblyWindow`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.access import Permission, Role
from coopdesk.core.errors import CoopdeskError
from coopdesk.core.i18n import N_, _
from coopdesk.core.uow import Changes
from coopdesk.governance import meetings
from coopdesk.governance.assembly_presenter import (
    AssemblyPresenter,
    Candidate,
)
from coopdesk.governance.meetings import MeetingSummary, MotionInfo
from coopdesk.members.services import get_photo
from coopdesk.reports.document import Document
from coopdesk.ui import icons
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.meeting_forms import (
    AgendaDialog,
    ConveneDialog,
    MotionDialog,
    NewMeetingDialog,
    OpenMeetingDialog,
    ProxyDialog,
    kind_label,
    status_label,
    when,
)
from coopdesk.ui.dialogs.member_form import photo_pixmap
from coopdesk.ui.dialogs.sharing_forms import ask_save_path
from coopdesk.ui.errors import show_error
from coopdesk.ui.exporting import WritesInWorker
from coopdesk.ui.widgets.form import FormDialog

AREAS = ("meetings", "governance", "members", "officers")
OK_COLOUR, SHORT_COLOUR = "#1b7a3a", "#b26a00"
QUORUM_MS = 10_000
PHOTO = 72
DOCUMENTS = {"convocation": N_("Convocation"), "minutes": N_("Minutes"),
             "attendance": N_("Attendance sheet")}
FORMATS = {"pdf": N_("PDF"), "xlsx": N_("Excel")}


class MeetingsTab(WritesInWorker, QWidget):
    """The meetings and, for the one selected, what its stage allows."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingsTab")
        self.ctx = ctx
        self.busy = False
        self.last_export: Path | None = None
        self.summaries: list[MeetingSummary] = []
        self.presenter: AssemblyPresenter | None = None
        self.assembly_window: QWidget | None = None
        self._drafts: dict[int, str] = {}
        self._showing_item: int | None = None
        self._build()
        self.quorum_timer = QTimer(self)
        self.quorum_timer.setInterval(QUORUM_MS)
        self.quorum_timer.timeout.connect(self.refresh_quorum)
        self.quorum_timer.start()
        ctx.hub.changed.connect(self._on_changes)
        self.refresh()

    def refresh_quorum(self) -> None:
        """The quorum again, while a meeting is in session and the tab is seen: the second
        call comes with time, and check-ins may be made on another laptop."""
        p = self.presenter
        if p is None or not p.is_open or not self.isVisible():
            return
        try:
            p.refresh()
        except CoopdeskError as exc:
            self.message.setText(exc.message)
            return
        self._show_quorum()
        self.present_box.setTitle(_("In the room: {count}", count=p.info.present))

    # -- rights --------------------------------------------------------------------------------

    def can(self, permission: Permission) -> bool:
        return self.ctx.uow.actor.can(permission)

    def can_sign(self) -> bool:
        return bool({Role.PRESIDENT, Role.SECRETARY} & set(self.ctx.uow.actor.roles))

    # -- building ------------------------------------------------------------------------------

    def _button(self, name: str, text: str, slot: object, icon: QIcon | None = None
                ) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        if icon is not None:
            button.setIcon(icon)
        button.clicked.connect(lambda _c=False: slot())  # type: ignore[operator]
        return button

    def _build(self) -> None:
        self.new_button = self._button("newMeeting", _("New meeting…"), self.new_meeting,
                                       icons.icon("new"))
        self.agenda_button = self._button("editAgenda", _("Agenda…"), self.edit_agenda)
        self.convene_button = self._button("convene", _("Convene…"), self.convene)
        self.open_button = self._button("openMeeting", _("Open…"), self.open_meeting)
        self.close_button = self._button("closeMeeting", _("Close the meeting"),
                                         self.close_meeting)
        self.sign_button = self._button("signMinutes", _("Sign the minutes"), self.sign)
        self.assembly_button = self._button("assemblyMode", _("Assembly mode"),
                                            self.assembly_mode, icons.icon("governance"))
        self.print_button = QPushButton(_("Print…"))
        self.print_button.setObjectName("printMenu")
        menu = QMenu(self.print_button)
        self.print_actions: dict[tuple[str, str], QAction] = {}
        for which, label in DOCUMENTS.items():
            for fmt, fmt_label in FORMATS.items():
                action = menu.addAction(_("{document} ({format})…", document=_(label),
                                          format=_(fmt_label)))
                action.setObjectName(f"export_{which}_{fmt}")
                action.triggered.connect(lambda _c=False, w=which, f=fmt: self.export(w, f))
                self.print_actions[(which, fmt)] = action
        self.print_button.setMenu(menu)
        top = QHBoxLayout()
        for b in (self.new_button, self.agenda_button, self.convene_button, self.open_button,
                  self.close_button, self.sign_button):
            top.addWidget(b)
        top.addStretch(1)
        top.addWidget(self.print_button)
        top.addWidget(self.assembly_button)

        self.list = QTableWidget(0, 5)
        self.list.setObjectName("meetingsList")
        self.list.setHorizontalHeaderLabels([_("Date"), _("Kind"), _("Title"), _("Status"),
                                             _("Minutes no.")])
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.verticalHeader().setVisible(False)
        self.list.setAlternatingRowColors(True)
        self.list.setWordWrap(False)
        hh = self.list.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.list.itemSelectionChanged.connect(self._selected)

        self.header = QLabel()
        self.header.setObjectName("meetingHeader")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.message = QLabel()
        self.message.setObjectName("meetingMessage")
        self.message.setWordWrap(True)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("meetingTabs")
        self.tabs.addTab(self._attendance_page(), _("Attendance and quorum"))
        self.tabs.addTab(self._agenda_page(), _("Agenda, motions and minutes"))

        right = QWidget()
        col = QVBoxLayout(right)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.header)
        col.addWidget(self.tabs, 1)
        col.addWidget(self.message)
        self.list.setMinimumHeight(self.fontMetrics().height() * 5)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("meetingsSplit")
        split.addWidget(self.list)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 4)
        split.setSizes([self.fontMetrics().height() * 8, self.fontMetrics().height() * 40])
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)

    def _attendance_page(self) -> QWidget:
        page = QWidget()
        self.quorum_label = QLabel()
        self.quorum_label.setObjectName("quorumLabel")
        self.quorum_label.setWordWrap(True)
        big = QFont(self.quorum_label.font())
        big.setPointSizeF(big.pointSizeF() * 1.6)
        big.setBold(True)
        self.quorum_label.setFont(big)
        self.quorum_numbers = QLabel()
        self.quorum_numbers.setObjectName("quorumNumbers")
        self.quorum_numbers.setWordWrap(True)
        self.check_in_edit = QLineEdit()
        self.check_in_edit.setObjectName("checkIn")
        self.check_in_edit.setPlaceholderText(_("Member number or part of a name, then Enter"))
        self.check_in_edit.returnPressed.connect(self.check_in_typed)
        self.check_in_button = self._button("checkInButton", _("Check in"),
                                            self.check_in_typed)
        self.check_in_note = QLabel()
        self.check_in_note.setObjectName("checkInNote")
        self.check_in_note.setWordWrap(True)
        self.matches = QListWidget()
        self.matches.setObjectName("matches")
        self.matches.setViewMode(QListWidget.ViewMode.IconMode)
        self.matches.setFlow(QListWidget.Flow.LeftToRight)
        self.matches.setWrapping(False)
        self.matches.setIconSize(QSize(PHOTO, PHOTO))
        self.matches.setGridSize(QSize(PHOTO + 90, PHOTO + 48))
        self.matches.setWordWrap(True)
        self.matches.setMovement(QListWidget.Movement.Static)
        self.matches.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.matches.setFixedHeight(PHOTO + 70)
        self.matches.itemClicked.connect(self._match_clicked)
        self.matches.itemActivated.connect(self._match_clicked)
        row = QHBoxLayout()
        row.addWidget(QLabel(_("Check in:")))
        row.addWidget(self.check_in_edit, 1)
        row.addWidget(self.check_in_button)

        self.attendees = QListWidget()
        self.attendees.setObjectName("attendees")
        self.check_out_button = self._button("checkOut", _("Leaves the room"),
                                             self.check_out_selected)
        present = QGroupBox(_("In the room"))
        pcol = QVBoxLayout(present)
        pcol.addWidget(self.attendees, 1)
        pcol.addWidget(self.check_out_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.present_box = present

        self.proxies = QListWidget()
        self.proxies.setObjectName("proxies")
        self.proxy_button = self._button("addProxy", _("Add a proxy…"), self.add_proxy)
        self.remove_proxy_button = self._button("removeProxy", _("Remove"),
                                                self.remove_proxy_selected)
        proxies = QGroupBox(_("Proxies"))
        xcol = QVBoxLayout(proxies)
        xcol.addWidget(self.proxies, 1)
        brow = QHBoxLayout()
        brow.addWidget(self.proxy_button)
        brow.addWidget(self.remove_proxy_button)
        brow.addStretch(1)
        xcol.addLayout(brow)
        lists = QHBoxLayout()
        lists.addWidget(present, 3)
        lists.addWidget(proxies, 2)

        col = QVBoxLayout(page)
        col.addWidget(self.quorum_label)
        col.addWidget(self.quorum_numbers)
        col.addLayout(row)
        col.addWidget(self.check_in_note)
        col.addWidget(self.matches)
        col.addLayout(lists, 1)
        return page

    def _agenda_page(self) -> QWidget:
        page = QWidget()
        self.items = QListWidget()
        self.items.setObjectName("agendaItems")
        self.items.setWordWrap(True)
        self.items.currentRowChanged.connect(self._item_chosen)
        self.add_item_button = self._button("addItem", _("Add an item…"), self.add_item)
        left = QWidget()
        lcol = QVBoxLayout(left)
        lcol.setContentsMargins(0, 0, 0, 0)
        lcol.addWidget(QLabel(_("Agenda")))
        lcol.addWidget(self.items, 1)
        lcol.addWidget(self.add_item_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.motions = QTableWidget(0, 4)
        self.motions.setObjectName("motions")
        self.motions.setHorizontalHeaderLabels([_("Motion"), _("For / against / abstain"),
                                                _("Result"), _("Resolution")])
        self.motions.verticalHeader().setVisible(False)
        self.motions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.motions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.motions.setWordWrap(False)
        mh = self.motions.horizontalHeader()
        mh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        mh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.motion_button = self._button("newMotion", _("Put a motion to the vote…"),
                                          self.new_motion)
        self.result_label = QLabel()
        self.result_label.setObjectName("motionResult")
        self.result_label.setWordWrap(True)
        self.minutes = QPlainTextEdit()
        self.minutes.setObjectName("minutesText")
        self.minutes.setPlaceholderText(_("What was said and decided under this item."))
        self.minutes.textChanged.connect(self._minutes_typed)
        self.save_minutes_button = self._button("saveMinutes", _("Save the minutes"),
                                                self.save_minutes)
        right = QWidget()
        rcol = QVBoxLayout(right)
        rcol.setContentsMargins(0, 0, 0, 0)
        mrow = QHBoxLayout()
        mrow.addWidget(QLabel(_("Motions")))
        mrow.addStretch(1)
        mrow.addWidget(self.motion_button)
        rcol.addLayout(mrow)
        rcol.addWidget(self.motions, 2)
        rcol.addWidget(self.result_label)
        srow = QHBoxLayout()
        srow.addWidget(QLabel(_("Minutes of this item")))
        srow.addStretch(1)
        srow.addWidget(self.save_minutes_button)
        rcol.addLayout(srow)
        rcol.addWidget(self.minutes, 3)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)
        col = QVBoxLayout(page)
        col.addWidget(split)
        return page

    # -- reading -------------------------------------------------------------------------------

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(*AREAS):
            self.refresh()

    def selected_id(self) -> int | None:
        rows = self.list.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.summaries):
            return None
        return self.summaries[rows[0].row()].id

    def select_meeting(self, meeting_id: int) -> None:
        for n, s in enumerate(self.summaries):
            if s.id == meeting_id:
                self.list.selectRow(n)
                return

    def refresh(self) -> None:
        """Read the meetings again, keeping the one selected."""
        keep = self.selected_id()
        self.summaries = meetings.meetings(self.ctx.uow)
        self.list.blockSignals(True)
        self.list.setRowCount(len(self.summaries))
        for n, s in enumerate(self.summaries):
            cells = (when(s.scheduled_at), kind_label(s.kind), s.title, status_label(s.status),
                     "" if s.number is None else str(s.number))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.list.setItem(n, c, item)
        self.list.blockSignals(False)
        ids = [s.id for s in self.summaries]
        if keep in ids:
            self.list.selectRow(ids.index(keep))
        elif ids:
            self.list.selectRow(0)
        self._selected()

    def _selected(self) -> None:
        mid = self.selected_id()
        same = self.presenter is not None and self.presenter.meeting_id == mid
        try:
            if mid is None:
                self.presenter = None
            elif same and self.presenter is not None:
                self.presenter.refresh()
            else:
                self.presenter = AssemblyPresenter(self.ctx.uow, mid)
                self._drafts.clear()
                self.check_in_note.setText("")
                self.matches.clear()
        except CoopdeskError as exc:
            self.presenter = None
            self.message.setText(exc.message)
        self._show()

    def _show(self) -> None:
        p = self.presenter
        self.tabs.setEnabled(p is not None)
        if p is None:
            self.header.setText(_("No meeting yet. Plan one with “New meeting…”.")
                                if not self.summaries else "")
            for w in (self.attendees, self.proxies, self.items, self.matches):
                w.clear()
            self.motions.setRowCount(0)
            self.quorum_label.setText("")
            self.quorum_numbers.setText("")
            self._update_buttons()
            return
        self.header.setText(self._header_html())
        self._show_quorum()
        self.attendees.clear()
        for a in p.info.attendees:
            if a.left_at is None:
                item = QListWidgetItem(_("{number} - {name} (arrived {time})", number=a.number,
                                         name=a.name, time=a.arrived_at.strftime("%H:%M")))
                item.setData(Qt.ItemDataRole.UserRole, a.number)
                self.attendees.addItem(item)
        self.present_box.setTitle(_("In the room: {count}", count=p.info.present))
        self.proxies.clear()
        for x in p.info.proxies:
            item = QListWidgetItem(_("{giver} - {giver_name}, by {holder} - {holder_name}",
                                     giver=x.giver, giver_name=x.giver_name, holder=x.holder,
                                     holder_name=x.holder_name))
            item.setData(Qt.ItemDataRole.UserRole, x.giver)
            self.proxies.addItem(item)
        self.items.blockSignals(True)
        self.items.clear()
        for it in p.items:
            count = len(it.motions)
            text = f"{it.place}. {it.title}"
            if count:
                text += "  " + (_("(1 motion)") if count == 1
                                else _("({count} motions)", count=count))
            self.items.addItem(text)
        self.items.setCurrentRow(max(p.item_index, 0) if p.items else -1)
        self.items.blockSignals(False)
        self._show_item()
        self._update_buttons()

    def _header_html(self) -> str:
        assert self.presenter is not None
        i = self.presenter.info
        from html import escape

        lines = [f"<b style='font-size:120%'>{escape(i.title)}</b>",
                 escape(_("{kind} - {when}{place} - {status}", kind=i.kind_label,
                          when=when(i.scheduled_at),
                          place=f", {i.place}" if i.place else "",
                          status=status_label(i.status)))]
        facts = []
        if i.convened_on:
            facts.append(_("convened on {day}", day=i.convened_on.isoformat()))
        if i.chair:
            facts.append(_("chair: {name}", name=i.chair))
        if i.secretary:
            facts.append(_("secretary: {name}", name=i.secretary))
        if i.signed_president:
            facts.append(_("signed by the president ({user})", user=i.signed_president))
        if i.signed_secretary:
            facts.append(_("signed by the secretary ({user})", user=i.signed_secretary))
        if i.number is not None:
            facts.append(_("minutes book no. {number}", number=i.number))
        if facts:
            lines.append(escape("; ".join(facts)))
        return "<br>".join(lines)

    def _show_quorum(self) -> None:
        p = self.presenter
        assert p is not None
        q = p.quorum
        if not p.is_open:
            self.quorum_label.setText(_("The check-in opens when the meeting is opened.")
                                      if p.status in (meetings.PLANNED, meetings.CONVENED)
                                      else _("The meeting is closed."))
            self.quorum_label.setStyleSheet("")
            self.quorum_numbers.setText(_("{count} present at the end.",
                                          count=p.info.present)
                                        if p.status not in (meetings.PLANNED,
                                                            meetings.CONVENED) else "")
            return
        if q is None:
            self.quorum_label.setText(p.quorum_problem or "")
            self.quorum_label.setStyleSheet(f"color: {SHORT_COLOUR};")
            self.quorum_numbers.setText("")
            return
        self.quorum_label.setText(q.message)
        self.quorum_label.setStyleSheet(f"color: {OK_COLOUR if q.reached else SHORT_COLOUR};")
        self.quorum_numbers.setText(_(
            "Present {present}, represented {represented}, needed {required} of "
            "{eligible} entitled ({call}).", present=q.present, represented=q.represented,
            required=q.required, eligible=q.eligible, call=q.call_label))

    def _item_chosen(self, row: int) -> None:
        p = self.presenter
        if p is None or not 0 <= row < len(p.items):
            return
        p.go_to(p.items[row].id)
        self._show_item()
        self._update_buttons()

    def _show_item(self) -> None:
        p = self.presenter
        item = p.current_item if p is not None else None
        self.motions.setRowCount(0)
        self._showing_item = None
        self.minutes.blockSignals(True)
        self.minutes.setPlainText("" if item is None else self._drafts.get(item.id,
                                                                           item.minutes))
        self.minutes.blockSignals(False)
        if item is None or p is None:
            self.result_label.setText("")
            return
        self._showing_item = item.id
        for m in item.motions:
            self._add_motion_row(m)
        last = item.motions[-1] if item.motions else None
        if last is not None:
            r = p.result_of(last)
            self.result_label.setText(r.text)
            self.result_label.setStyleSheet(f"color: {OK_COLOUR if r.passed else '#b71c1c'};"
                                            "font-weight: bold;")
        else:
            self.result_label.setText("")

    def _add_motion_row(self, m: MotionInfo) -> None:
        row = self.motions.rowCount()
        self.motions.insertRow(row)
        votes = _("{yes} / {no} / {abstain}", yes=m.yes, no=m.no, abstain=m.abstain)
        result = _("passed") if m.passed else _("not passed")
        cells = (m.text, votes, result, m.resolution or "")
        for c, text in enumerate(cells):
            cell = QTableWidgetItem(text)
            if c == 0:
                cell.setToolTip(f"{m.text}\n{meetings.decision_label(m.decision_type)}\n"
                                f"{m.explanation}")
            if c == 2:
                cell.setForeground(QBrush(QColor(OK_COLOUR if m.passed else "#b71c1c")))
            self.motions.setItem(row, c, cell)

    def _minutes_typed(self) -> None:
        if self._showing_item is not None:
            self._drafts[self._showing_item] = self.minutes.toPlainText()
        self._update_buttons()

    def _update_buttons(self) -> None:
        p = self.presenter
        status = p.status if p is not None else None
        gov, elect = self.can(Permission.GOVERNANCE), self.can(Permission.ELECTION)
        signed = p is not None and bool(p.info.signed_president or p.info.signed_secretary)
        self.new_button.setEnabled(gov)
        self.agenda_button.setEnabled(gov and status == meetings.PLANNED)
        self.convene_button.setEnabled(gov and status in (meetings.PLANNED,
                                                          meetings.CONVENED))
        self.open_button.setEnabled(gov and status == meetings.CONVENED)
        self.close_button.setEnabled(gov and status == meetings.OPEN)
        self.sign_button.setEnabled(self.can_sign() and status == meetings.CLOSED)
        in_session = status == meetings.OPEN
        for w in (self.check_in_edit, self.check_in_button, self.matches):
            w.setEnabled(elect and in_session)
        self.check_out_button.setEnabled(elect and in_session and self.attendees.count() > 0)
        self.proxy_button.setEnabled(elect and in_session)
        self.remove_proxy_button.setEnabled(elect and in_session and self.proxies.count() > 0)
        self.add_item_button.setEnabled(gov and status in (meetings.PLANNED, meetings.CONVENED,
                                                           meetings.OPEN))
        has_item = p is not None and p.current_item is not None
        self.motion_button.setEnabled(gov and in_session and has_item)
        editable = gov and has_item and status in (meetings.OPEN, meetings.CLOSED) and not signed
        self.minutes.setReadOnly(not editable)
        self.save_minutes_button.setEnabled(editable)
        self.assembly_button.setEnabled(p is not None)
        self.print_button.setEnabled(p is not None and not self.busy)
        if not gov:
            self.new_button.setToolTip(_("Your role may read the meetings but not prepare "
                                         "them."))

    # -- preparing -----------------------------------------------------------------------------

    def _run(self, dialog: FormDialog) -> bool:
        try:
            return bool(dialog.exec())
        finally:
            dialog.deleteLater()

    def new_meeting(self) -> None:
        dialog = NewMeetingDialog(self.ctx.uow, self)
        accepted = self._run(dialog)
        if accepted and dialog.meeting_id is not None:
            self.refresh()
            self.select_meeting(dialog.meeting_id)

    def edit_agenda(self) -> None:
        p = self.presenter
        if p is None:
            return
        if self._run(AgendaDialog(self.ctx.uow, p.meeting_id, [i.title for i in p.items],
                                  self)):
            self.refresh()

    def add_item(self) -> None:
        p = self.presenter
        if p is None:
            return
        title, ok = QInputDialog.getText(self, _("Add an item"),
                                         _("Title of the item added to the agenda:"))
        if not ok:
            return
        try:
            item_id = meetings.add_item(self.ctx.uow, p.meeting_id, title)
        except CoopdeskError as exc:
            show_error(self, exc)
            return
        self.refresh()
        if self.presenter is not None:
            self.presenter.go_to(item_id)
            self._show()

    def convene(self) -> None:
        p = self.presenter
        if p is not None and self._run(ConveneDialog(self.ctx.uow, p.meeting_id, self)):
            self.refresh()

    def open_meeting(self) -> None:
        p = self.presenter
        if p is not None and self._run(OpenMeetingDialog(self.ctx.uow, p.meeting_id, self)):
            self.refresh()
            self.tabs.setCurrentIndex(0)
            self.check_in_edit.setFocus()

    def close_meeting(self) -> None:
        p = self.presenter
        if p is None:
            return
        try:
            meetings.close_meeting(self.ctx.uow, p.meeting_id)
        except CoopdeskError as exc:
            show_error(self, exc)
            return
        self.message.setText(_("The meeting is closed. Finish the minutes; then the president "
                               "and the secretary sign them."))
        self.refresh()

    def sign(self) -> None:
        p = self.presenter
        if p is None:
            return
        try:
            info = meetings.sign_minutes(self.ctx.uow, p.meeting_id)
        except CoopdeskError as exc:
            show_error(self, exc)
            return
        self.message.setText(
            _("The minutes are final: number {number} in the minutes book.",
              number=info.number) if info.number is not None else
            _("Signed. The minutes can no longer be changed; they become final when the other "
              "officer signs."))
        self.refresh()

    # -- in session ----------------------------------------------------------------------------

    def check_in_typed(self) -> None:
        """Enter in the check-in line: the one member it matches is checked in; when several
        match, their photos are shown to click."""
        p = self.presenter
        if p is None:
            return
        self.matches.clear()
        try:
            result = p.check_in_text(self.check_in_edit.text())
        except CoopdeskError as exc:
            self._said(exc.message, bad=True)
            return
        if result.checked is not None:
            self.check_in_edit.clear()
            self._said(result.message)
            self._show()
        else:
            for c in result.candidates:
                self.matches.addItem(self._candidate_item(c))
            self._said(result.message)
        self.check_in_edit.setFocus()

    def _candidate_item(self, c: Candidate) -> QListWidgetItem:
        photo = photo_pixmap(get_photo(self.ctx.uow, c.number), PHOTO, PHOTO) if c.has_photo \
            else None
        icon = QIcon(photo) if photo is not None else icons.icon("user")
        text = _("{number} - {name}", number=c.number, name=c.name)
        if c.present:
            text += "\n" + _("(in the room)")
        item = QListWidgetItem(icon, text)
        item.setData(Qt.ItemDataRole.UserRole, (c.number, c.has_photo))
        item.setToolTip(text)
        if c.present:
            item.setForeground(QBrush(QColor("#777777")))
        return item

    def _match_clicked(self, item: QListWidgetItem) -> None:
        number, has_photo = item.data(Qt.ItemDataRole.UserRole)
        self.check_in_member(int(number), "photo" if has_photo else "name")

    def check_in_member(self, number: int, found_by: str = "name") -> None:
        p = self.presenter
        if p is None:
            return
        try:
            message = p.check_in(number, found_by)
        except CoopdeskError as exc:
            self._said(exc.message, bad=True)
            return
        self.matches.clear()
        self.check_in_edit.clear()
        self._said(message)
        self._show()
        self.check_in_edit.setFocus()

    def _said(self, text: str, bad: bool = False) -> None:
        self.check_in_note.setText(text)
        self.check_in_note.setStyleSheet("color: #b71c1c;" if bad else "")

    def check_out_selected(self) -> None:
        p, item = self.presenter, self.attendees.currentItem()
        if p is None or item is None:
            return
        try:
            self._said(p.check_out(int(item.data(Qt.ItemDataRole.UserRole))))
        except CoopdeskError as exc:
            show_error(self, exc)
        self._show()

    def add_proxy(self) -> None:
        p = self.presenter
        if p is not None and self._run(ProxyDialog(self.ctx.uow, p.meeting_id,
                                                   p.present_members(), self)):
            p.refresh()
            self._show()

    def remove_proxy_selected(self) -> None:
        p, item = self.presenter, self.proxies.currentItem()
        if p is None or item is None:
            return
        try:
            meetings.remove_proxy(self.ctx.uow, p.meeting_id,
                                  int(item.data(Qt.ItemDataRole.UserRole)))
        except CoopdeskError as exc:
            show_error(self, exc)
        p.refresh()
        self._show()

    def new_motion(self) -> None:
        p = self.presenter
        if p is None or p.current_item is None:
            return
        dialog = MotionDialog(p, self)
        if self._run(dialog) and dialog.outcome is not None:
            self._show()
            self.message.setText(dialog.outcome.text + (
                "  " + _("Resolution {number}.", number=dialog.outcome.resolution)
                if dialog.outcome.resolution else ""))

    def save_minutes(self) -> None:
        p = self.presenter
        item = p.current_item if p is not None else None
        if p is None or item is None:
            return
        try:
            meetings.write_minutes(self.ctx.uow, p.meeting_id, item.id,
                                   self.minutes.toPlainText())
        except CoopdeskError as exc:
            show_error(self, exc)
            return
        self._drafts.pop(item.id, None)
        self.message.setText(_("Minutes of item {place} saved.", place=item.place))
        p.refresh()
        self._show()

    def assembly_mode(self) -> None:
        """The projector's window for the meeting selected."""
        p = self.presenter
        if p is None:
            return
        from coopdesk.ui.assembly import AssemblyWindow

        if self.assembly_window is not None:
            self.assembly_window.close()
        window = AssemblyWindow(self.ctx, p.meeting_id)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(lambda *_a: setattr(self, "assembly_window", None))
        self.assembly_window = window
        window.resize(1280, 720)
        window.show()

    # -- documents -----------------------------------------------------------------------------

    def export(self, which: str, fmt: str, path: Path | None = None) -> None:
        """Write the convocation, the minutes or the attendance sheet of the meeting selected
        as PDF or Excel (in a worker); asks where unless ``path`` is given."""
        p = self.presenter
        if p is None or self.busy:
            return
        if path is None:
            name = _("{document}-{date}", document=_(DOCUMENTS[which]).lower().replace(" ", "-"),
                     date=p.info.scheduled_at.date().isoformat())
            path = ask_save_path(self, self.ctx.settings, _("Export"), f"{name}.{fmt}", fmt)
            if path is None:
                return
        uow, meeting_id = self.ctx.uow, p.meeting_id

        def build() -> Document:
            from coopdesk.governance import meeting_reports

            builders = {"convocation": meeting_reports.convocation_document,
                        "minutes": meeting_reports.minutes_document,
                        "attendance": meeting_reports.attendance_document}
            return builders[which](uow, meeting_id)

        self.write_in_worker(uow, build, path, fmt)

    def _export_said(self, text: str) -> None:
        self.message.setText(text)


__all__ = ["AgendaDialog", "ConveneDialog", "MeetingsTab", "MotionDialog", "NewMeetingDialog",
           "OpenMeetingDialog", "ProxyDialog"]
