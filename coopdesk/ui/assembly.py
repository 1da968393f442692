"""Assembly mode: the meeting on a projector, in type large enough to read from the back of a
hall.

The quorum takes the left: how many are present or represented in a very big figure, how many
are needed under it, green once reached and amber until then, with the sentence of what is
missing ("12 more members needed."). The right shows the agenda item under discussion, the
last motion's result in large words and the resolutions so far. A teller checks members in
from the line at the bottom (a number or part of a name, Enter); when several match, their
photos appear to click. The window reads the meeting again every few seconds, so check-ins
made on another laptop show too.

Keys: Left/Right (and a presenter's PageUp/PageDown) move through the agenda, F11 switches
full screen, Esc leaves it. Type scales with the window, so the same layout reads at 1024x768
and on a full-HD projector.

Everything shown is :class:`~coopdesk.governance.assembly_presenter.AssemblyPresenter`'s.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHideEvent,
    QIcon,
    QKeyEvent,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.access import Permission
from coopdesk.core.errors import CoopdeskError
from coopdesk.core.i18n import _
from coopdesk.core.uow import Changes
from coopdesk.governance.assembly_presenter import AssemblyPresenter, Candidate
from coopdesk.members.services import get_photo
from coopdesk.ui import icons
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.member_form import photo_pixmap

REFRESH_MS = 4000
BACKGROUND, INK, MUTED = "#fbfaf6", "#161616", "#4a4a4a"
REACHED = ("#e2f3e7", "#1b7a3a", "#13602c")      # background, border, text
SHORT = ("#fff1d6", "#c77700", "#8a4f00")
PASSED, NOT_PASSED = "#13602c", "#a31515"
AREAS = ("meetings", "governance", "members", "officers")
# Type sizes in pixels at 1280x720; scaled with the window.
SIZES = {"huge": 150, "xl": 64, "l": 40, "m": 30, "s": 22}


class AssemblyWindow(QWidget):
    """The projector's window for one meeting."""

    def __init__(self, ctx: AppContext, meeting_id: int, parent: QWidget | None = None,
                 presenter: AssemblyPresenter | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assemblyWindow")
        self.ctx = ctx
        self.presenter = presenter or AssemblyPresenter(ctx.uow, meeting_id)
        self.setWindowTitle(_("Assembly mode - {title}", title=self.presenter.title))
        self.setStyleSheet(f"#assemblyWindow {{ background: {BACKGROUND}; }} "
                           f"QLabel {{ color: {INK}; }}")
        self.setAutoFillBackground(True)
        self._sized: dict[QWidget, str] = {}
        self._build()
        self.timer = QTimer(self)
        self.timer.setObjectName("assemblyTimer")
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        ctx.hub.changed.connect(self._on_changes)
        self.setMinimumSize(800, 560)
        self._show()

    # -- building ------------------------------------------------------------------------------

    def _label(self, name: str, size: str, bold: bool = False, wrap: bool = True,
               colour: str | None = None) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(wrap)
        f = QFont(label.font())
        f.setBold(bold)
        label.setFont(f)
        if colour:
            label.setStyleSheet(f"color: {colour};")
        self._sized[label] = size
        return label

    def _build(self) -> None:
        self.title_label = self._label("assemblyTitle", "l", bold=True)
        self.subtitle_label = self._label("assemblySubtitle", "s", colour=MUTED)

        self.quorum_frame = QFrame()
        self.quorum_frame.setObjectName("quorumFrame")
        self.quorum_caption = self._label("quorumCaption", "s", bold=True)
        self.quorum_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.quorum_big = self._label("quorumBig", "huge", bold=True, wrap=False)
        self.quorum_big.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.quorum_legend = self._label("quorumLegend", "m", bold=True)
        self.quorum_legend.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.quorum_message = self._label("quorumMessage", "m", bold=True)
        self.quorum_message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.quorum_detail = self._label("quorumDetail", "s")
        self.quorum_detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.quorum_hint = self._label("quorumHint", "s")
        self.quorum_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        qcol = QVBoxLayout(self.quorum_frame)
        qcol.addWidget(self.quorum_caption)
        qcol.addWidget(self.quorum_big)
        qcol.addWidget(self.quorum_legend)
        qcol.addSpacing(8)
        qcol.addWidget(self.quorum_message)
        qcol.addWidget(self.quorum_detail)
        qcol.addWidget(self.quorum_hint)
        qcol.addStretch(1)
        self.quorum_frame.setSizePolicy(QSizePolicy.Policy.Preferred,
                                        QSizePolicy.Policy.Expanding)

        self.item_caption = self._label("itemCaption", "s", colour=MUTED)
        self.item_title = self._label("itemTitle", "l", bold=True)
        self.result_caption = self._label("resultCaption", "s", colour=MUTED)
        self.result_headline = self._label("resultHeadline", "xl", bold=True, wrap=False)
        self.resolution_label = self._label("resolutionNumber", "m", bold=True)
        self.result_counts = self._label("resultCounts", "m", bold=True)
        self.result_rule = self._label("resultRule", "s")
        self.resolutions_label = self._label("resolutions", "s")
        self.resolutions_label.setTextFormat(Qt.TextFormat.RichText)
        right = QVBoxLayout()
        right.addWidget(self.item_caption)
        right.addWidget(self.item_title)
        right.addSpacing(12)
        right.addWidget(self.result_caption)
        right.addWidget(self.result_headline)
        right.addWidget(self.resolution_label)
        right.addWidget(self.result_counts)
        right.addWidget(self.result_rule)
        right.addSpacing(12)
        right.addWidget(self.resolutions_label)
        right.addStretch(1)

        middle = QHBoxLayout()
        middle.addWidget(self.quorum_frame, 4)
        middle.addSpacing(24)
        middle.addLayout(right, 6)

        self.check_in_caption = self._label("checkInCaption", "s", bold=True, wrap=False)
        self.check_in_edit = QLineEdit()
        self.check_in_edit.setObjectName("assemblyCheckIn")
        self._sized[self.check_in_edit] = "s"
        self.check_in_edit.returnPressed.connect(self.check_in_typed)
        self.check_in_edit.installEventFilter(self)
        self.check_in_note = self._label("assemblyCheckInNote", "s")
        self.matches = QListWidget()
        self.matches.setObjectName("assemblyMatches")
        self.matches.setViewMode(QListWidget.ViewMode.IconMode)
        self.matches.setFlow(QListWidget.Flow.LeftToRight)
        self.matches.setWrapping(False)
        self.matches.setMovement(QListWidget.Movement.Static)
        self.matches.setWordWrap(True)
        self.matches.itemClicked.connect(self._match_clicked)
        self.matches.itemActivated.connect(self._match_clicked)
        self.matches.setVisible(False)
        self._sized[self.matches] = "s"
        bottom = QHBoxLayout()
        bottom.addWidget(self.check_in_caption)
        bottom.addWidget(self.check_in_edit, 2)
        bottom.addWidget(self.check_in_note, 3)
        self.bottom_bar = QFrame()
        self.bottom_bar.setObjectName("checkInBar")
        self.bottom_bar.setStyleSheet("#checkInBar { border-top: 1px solid #cfcac0; }")
        self.bottom_bar.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        bcol = QVBoxLayout(self.bottom_bar)
        bcol.setContentsMargins(0, 6, 0, 0)
        bcol.addWidget(self.matches)
        bcol.addLayout(bottom)

        layout = QVBoxLayout(self)
        self.main_layout = layout
        layout.addWidget(self.title_label)
        layout.addWidget(self.subtitle_label)
        layout.addSpacing(10)
        layout.addLayout(middle, 1)
        layout.addWidget(self.bottom_bar)

    def showEvent(self, event: QShowEvent) -> None:
        self.timer.start()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.timer.stop()          # nothing to keep fresh off screen
        super().hideEvent(event)

    def unit(self) -> float:
        """How much to scale the type: 1 at 1280x720."""
        return max(min(self.width() / 1280, self.height() / 720), 0.5)

    def _apply_sizes(self) -> None:
        u = self.unit()
        for widget, size in self._sized.items():
            f = QFont(widget.font())
            f.setPixelSize(max(int(SIZES[size] * u), 10))
            widget.setFont(f)
        side = int(80 * u)
        self.matches.setIconSize(QSize(side, side))
        self.matches.setGridSize(QSize(side + int(170 * u), side + int(56 * u)))
        self.matches.setFixedHeight(side + int(66 * u))
        margin = int(24 * u)
        self.main_layout.setContentsMargins(margin, margin, margin, int(12 * u))
        # Two lines, always: a note's height must not follow its width (the layout would
        # keep the room a narrow moment asked for).
        self.check_in_note.setFixedHeight(int(self.check_in_note.fontMetrics().lineSpacing()
                                              * 2.2))
        self._fit()

    def _fit(self) -> None:
        """Shrink the big figures and the headline until they fit their column (three-digit
        counts of a large assembly, long words in another language)."""
        u = self.unit()
        margin = int(24 * u)
        room = self.width() - 2 * margin - 24
        for label, size, share, inner in ((self.quorum_big, "huge", 0.4, 48),
                                          (self.result_headline, "xl", 0.6, 8)):
            width = int(room * share) - inner
            px = max(int(SIZES[size] * u), 10)
            f = QFont(label.font())
            f.setPixelSize(px)
            while px > 12 and QFontMetrics(f).horizontalAdvance(label.text()) > width:
                px = int(px * 0.92)
                f.setPixelSize(px)
            label.setFont(f)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._apply_sizes()
        super().resizeEvent(event)

    # -- reading -------------------------------------------------------------------------------

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(*AREAS):
            self.refresh()

    def refresh(self) -> None:
        """Read the meeting again (on the timer, after a check-in, on a change)."""
        try:
            self.presenter.refresh()
        except CoopdeskError as exc:
            self._note(exc.message, bad=True)
            return
        self._show()

    def _show(self) -> None:
        p = self.presenter
        self.title_label.setText(p.title)
        self.subtitle_label.setText(_("{subtitle} - {status}", subtitle=p.subtitle,
                                      status=p.status_label))
        self._show_quorum()
        item = p.current_item
        self.item_caption.setText(p.item_label)
        self.item_title.setText(item.title if item else "")
        r = p.last_result
        if r is None:
            self.result_caption.setText(_("No motion has been voted yet."))
            for label in (self.result_headline, self.resolution_label, self.result_counts,
                          self.result_rule):
                label.setText("")
        else:
            self.result_caption.setText(_("Last vote: {motion}", motion=r.motion.text))
            self.result_headline.setText(r.headline)
            self.resolution_label.setText(_("Resolution {number}", number=r.resolution)
                                          if r.resolution else "")
            self.result_headline.setStyleSheet(f"color: {PASSED if r.passed else NOT_PASSED};")
            self.result_counts.setText(r.counts)
            self.result_rule.setText(r.rule)
        res = p.resolutions
        if res:
            shown = res[-4:]
            lines = [f"<b>{escape(_('Resolutions so far: {count}', count=len(res)))}</b>"]
            lines += [f"{escape(m.resolution or '')} &nbsp; {escape(m.text)}" for m in shown]
            self.resolutions_label.setText("<br>".join(lines))
        else:
            self.resolutions_label.setText("")
        can = self.ctx.uow.actor.can(Permission.ELECTION) and p.is_open
        self.check_in_edit.setEnabled(can)
        self.check_in_caption.setText(_("Check in:"))
        self.check_in_edit.setPlaceholderText(
            _("member number or name, then Enter") if can else
            _("the check-in is closed") if not p.is_open else
            _("only a teller checks members in"))

    def _show_quorum(self) -> None:
        p = self.presenter
        q = p.quorum
        self.quorum_caption.setText(_("QUORUM"))
        if q is None or not p.is_open:
            self._colour(None)
            self.quorum_big.setText("–" if q is None else f"{q.counted}")
            self.quorum_legend.setText("")
            self.quorum_message.setText(p.quorum_problem or (
                _("The meeting is not in session.") if not p.is_open else ""))
            self.quorum_detail.setText("")
            self.quorum_hint.setText("")
            self._fit()
            return
        self._colour(q.reached)
        self.quorum_big.setText(str(q.counted))
        self.quorum_legend.setText(_("present or represented, of {required} needed",
                                     required=q.required))
        self.quorum_message.setText(q.headline)
        self.quorum_hint.setText("" if q.reached or q.message == q.headline else q.message)
        self.quorum_detail.setText(_(
            "{present} in the room, {represented} by proxy; {eligible} entitled; {call}",
            present=q.present, represented=q.represented, eligible=q.eligible,
            call=q.call_label))
        self._fit()

    def _colour(self, reached: bool | None) -> None:
        bg, border, text = (REACHED if reached else SHORT) if reached is not None else (
            "#eeeeee", "#999999", MUTED)
        self.quorum_frame.setStyleSheet(
            f"#quorumFrame {{ background: {bg}; border: 4px solid {border}; "
            f"border-radius: 14px; }} #quorumFrame QLabel {{ color: {text}; "
            "background: transparent; }")
        self.quorum_frame.setProperty("reached", reached)

    @property
    def quorum_colour(self) -> str:
        """The quorum panel's border colour (tests read it)."""
        q = self.presenter.quorum
        if q is None or not self.presenter.is_open:
            return "#999999"
        return REACHED[1] if q.reached else SHORT[1]

    # -- the agenda ----------------------------------------------------------------------------

    def next_item(self) -> None:
        if self.presenter.next_item():
            self._show()

    def previous_item(self) -> None:
        if self.presenter.previous_item():
            self._show()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._key(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def _key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown):
            self.next_item()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp):
            self.previous_item()
        elif key == Qt.Key.Key_F11:
            if self.isFullScreen():
                self.showNormal()
            else:
                self.showFullScreen()
        elif key == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
        else:
            return False
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the check-in line, Left/Right move the agenda only while the line is empty."""
        if watched is self.check_in_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            arrows = event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right)
            if (not arrows or not self.check_in_edit.text()) and self._key(event):
                return True
        return super().eventFilter(watched, event)

    # -- the check-in --------------------------------------------------------------------------

    def check_in_typed(self) -> None:
        self._show_matches(False)
        try:
            result = self.presenter.check_in_text(self.check_in_edit.text())
        except CoopdeskError as exc:
            self._note(exc.message, bad=True)
            return
        if result.checked is not None:
            self.check_in_edit.clear()
            self._note(result.message)
            self._show()
            return
        for c in result.candidates:
            self.matches.addItem(self._candidate(c))
        self._show_matches(True)
        self._note(result.message)

    def _candidate(self, c: Candidate) -> QListWidgetItem:
        side = int(96 * self.unit())
        photo = photo_pixmap(get_photo(self.ctx.uow, c.number), side, side) if c.has_photo \
            else None
        icon = QIcon(photo) if photo is not None else icons.icon("user")
        text = _("{number} - {name}", number=c.number, name=c.name)
        if c.present:
            text += " " + _("(in the room)")
        item = QListWidgetItem(icon, text)
        item.setData(Qt.ItemDataRole.UserRole, (c.number, c.has_photo))
        if c.present:
            item.setForeground(QColor("#777777"))
        return item

    def _match_clicked(self, item: QListWidgetItem) -> None:
        number, has_photo = item.data(Qt.ItemDataRole.UserRole)
        try:
            message = self.presenter.check_in(int(number), "photo" if has_photo else "name")
        except CoopdeskError as exc:
            self._note(exc.message, bad=True)
            return
        self._show_matches(False)
        self.check_in_edit.clear()
        self._note(message)
        self._show()
        self.check_in_edit.setFocus()

    def _show_matches(self, visible: bool) -> None:
        if not visible:
            self.matches.clear()
        self.matches.setVisible(visible)
        # The bar shrinks back at once (hiding alone leaves its old height in the layout).
        self.bottom_bar.updateGeometry()
        self.main_layout.invalidate()
        self.main_layout.activate()

    def _note(self, text: str, bad: bool = False) -> None:
        self.check_in_note.setText(text)
        self.check_in_note.setStyleSheet(f"color: {NOT_PASSED if bad else INK};")


__all__ = ["AssemblyWindow"]
