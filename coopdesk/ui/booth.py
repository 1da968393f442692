"""The voting booth: the laptop turned to the voter, full screen, in large type.

It is locked ("Wait for a teller to let you vote") until a teller lets the next voter in: the
teller opens the teller panel (the small Teller button, or Ctrl+Shift+T), may check the voter off
the roll there by member number, and enters their password. The voter then touches the
candidates - big cards with photo and name, each saying "Choice 1", "Choice 2"... or "Chosen" -
checks the ballot on a review screen and casts it; a thank-you shows for two seconds and the
booth locks again, with nothing of the last ballot left on screen. A blank ballot needs its own
button and a confirmation. Escape does nothing; closing the booth needs the teller's password.

Everything the booth decides is :class:`~coopdesk.governance.count_presenter.BoothPresenter`'s;
the voter's identity never reaches it (the check-off goes straight to the service).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QFont,
    QFontMetrics,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPen,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.access import Permission
from coopdesk.core.errors import AuthenticationFailed, CoopdeskError
from coopdesk.core.i18n import _
from coopdesk.core.users import authenticate
from coopdesk.governance import elections
from coopdesk.governance.count_presenter import BoothPresenter, BoothState
from coopdesk.governance.elections import CandidateInfo
from coopdesk.members.services import get_photo
from coopdesk.ui.context import AppContext

BACKGROUND = "#f4f1ea"
INK = "#1d1d1d"
CHOSEN = "#0b7a3e"
PHOTO = QSize(240, 300)  # drawn at this size, shown as large as the screen allows
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#999999"]


def _font(widget: QWidget, points: float, bold: bool = False) -> QFont:
    f = QFont(widget.font())
    f.setPointSizeF(points)
    f.setBold(bold)
    return f


def initials_pixmap(name: str, size: QSize, seed: int) -> QPixmap:
    """A coloured tile with the candidate's initials, for a member with no photo."""
    pix = QPixmap(size)
    pix.fill(QColor(PALETTE[seed % len(PALETTE)]))
    p = QPainter(pix)
    try:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        f = QFont()
        f.setPixelSize(int(size.height() * 0.34))
        f.setBold(True)
        p.setFont(f)
        p.setPen(QColor("white"))
        letters = "".join(w[0] for w in name.split()[:2]).upper()
        p.drawText(pix.rect(), Qt.AlignmentFlag.AlignCenter, letters)
    finally:
        p.end()
    return pix


def candidate_pixmap(ctx: AppContext, c: CandidateInfo, size: QSize) -> QPixmap:
    data = get_photo(ctx.uow, c.number)
    if data:
        pix = QPixmap()
        if pix.loadFromData(data):
            return pix.scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                              Qt.TransformationMode.SmoothTransformation)
    return initials_pixmap(c.name, size, c.place - 1)


class CandidateCard(QToolButton):
    """A candidate as a large button: photo, name, and the mark ("Choice 2", "Chosen")."""

    def __init__(self, candidate: CandidateInfo, photo: QPixmap, photo_size: QSize,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.candidate = candidate
        self.setObjectName(f"candidate{candidate.place}")
        self.setCheckable(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        self.setIcon(QIcon(photo))
        self.setIconSize(photo_size)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.photo = photo
        self.setFont(_font(self, 20, True))
        self.setStyleSheet(
            f"QToolButton {{ background: white; color: {INK}; border: 3px solid #b9b2a5; "
            "border-radius: 14px; padding: 10px; }"
            f"QToolButton:checked {{ background: #dff3e6; border: 7px solid {CHOSEN}; }}")
        self.set_mark(None)

    def set_mark(self, mark: str | None, badge: str | None = None) -> None:
        """``mark`` under the name ("Choice 2"), ``badge`` in a green disc on the photo ("2",
        or a tick), so a voter who reads little sees the order too."""
        self.setChecked(mark is not None)
        self.setText(f"{self.candidate.name}\n{mark or ' '}")
        self.setIcon(QIcon(self.photo if badge is None else with_badge(self.photo, badge)))


def with_badge(photo: QPixmap, text: str) -> QPixmap:
    pix = QPixmap(photo)
    side = max(int(min(pix.width(), pix.height()) * 0.42), 24)
    p = QPainter(pix)
    try:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(QPen(QColor("white"), max(side // 14, 2)))
        p.setBrush(QColor(CHOSEN))
        p.drawEllipse(4, 4, side, side)
        f = QFont()
        f.setPixelSize(int(side * 0.6))
        f.setBold(True)
        p.setFont(f)
        p.drawText(QRect(4, 4, side, side), Qt.AlignmentFlag.AlignCenter, text)
    finally:
        p.end()
    return pix


class BoothWindow(QWidget):
    """The booth for one election (see the module's docstring). ``closed`` is emitted when the
    teller closes it."""

    closed = Signal()
    THANKS_MS = 2000

    def __init__(self, ctx: AppContext, election_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boothWindow")
        self.ctx = ctx
        self.presenter = BoothPresenter(ctx.uow, election_id)
        self._may_close = False
        self._back_to: QWidget | None = None
        self.setWindowTitle(self.presenter.info.title)
        self.setAutoFillBackground(True)
        self.setStyleSheet(f"#boothWindow {{ background: {BACKGROUND}; }} "
                           f"QLabel {{ color: {INK}; }}")
        self.thanks_timer = QTimer(self)
        self.thanks_timer.setSingleShot(True)
        self.thanks_timer.timeout.connect(self.show_locked)
        self.stack = QStackedWidget()
        self._build_locked()
        self._build_ready()
        self._build_review()
        self._build_thanks()
        self._build_teller()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(30, 24, 30, 24)
        lay.addWidget(self.stack)
        self.teller_shortcut = QShortcut(QKeySequence("Ctrl+Shift+T"), self)
        self.teller_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.teller_shortcut.activated.connect(self.show_teller)
        self.show_locked()

    # -- building ------------------------------------------------------------------------------

    def _heading(self, name: str, points: float = 34) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setFont(_font(self, points, True))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        return label

    def _big_button(self, name: str, text: str, primary: bool = False) -> QPushButton:
        b = QPushButton(text)
        b.setObjectName(name)
        b.setFont(_font(self, 22, primary))
        b.setMinimumHeight(72)
        b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard is the teller's, not a voter's
        colour = ("background: #0b7a3e; color: white; border: none;" if primary else
                  "background: white; color: #1d1d1d; border: 2px solid #8c8577;")
        b.setStyleSheet(f"QPushButton {{ {colour} border-radius: 12px; padding: 8px 28px; }}"
                        "QPushButton:disabled { background: #ddd; color: #888; }")
        return b

    def _build_locked(self) -> None:
        page = QWidget()
        self.locked_page = page
        self.locked_title = self._heading("lockedTitle", 40)
        self.locked_title.setText(_("Wait for a teller to let you vote"))
        self.locked_sub = QLabel()
        self.locked_sub.setObjectName("lockedSub")
        self.locked_sub.setFont(_font(self, 20))
        self.locked_sub.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.locked_sub.setWordWrap(True)
        self.election_label = self._heading("boothElection", 24)
        self.teller_button = QPushButton(_("Teller"))
        self.teller_button.setObjectName("tellerButton")
        self.teller_button.setFont(_font(self, 14))
        self.teller_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.teller_button.clicked.connect(self.show_teller)
        lay = QVBoxLayout(page)
        lay.addWidget(self.election_label)
        lay.addStretch(2)
        lay.addWidget(self.locked_title)
        lay.addSpacing(20)
        lay.addWidget(self.locked_sub)
        lay.addStretch(3)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.teller_button)
        lay.addLayout(row)
        self.stack.addWidget(page)

    def _build_ready(self) -> None:
        page = QWidget()
        self.ready_page = page
        self.ready_title = self._heading("readyTitle", 30)
        self.instructions = QLabel()
        self.instructions.setObjectName("instructions")
        self.instructions.setFont(_font(self, 20))
        self.instructions.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.instructions.setWordWrap(True)
        self.cards_host = QWidget()
        self.cards_grid = QGridLayout(self.cards_host)
        self.cards_grid.setSpacing(18)
        self.cards_area = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.cards_host)
        scroll.setStyleSheet("QScrollArea, QScrollArea > QWidget > QWidget "
                             f"{{ background: {BACKGROUND}; }}")
        self.feedback = QLabel()
        self.feedback.setObjectName("boothFeedback")
        self.feedback.setFont(_font(self, 20, True))
        self.feedback.setStyleSheet("color: #a1260d;")
        self.feedback.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.feedback.setWordWrap(True)
        self.undo_button = self._big_button("undoButton", _("Undo"))
        self.undo_button.clicked.connect(lambda: self._act(self.presenter.undo))
        self.clear_button = self._big_button("clearButton", _("Start again"))
        self.clear_button.clicked.connect(lambda: self._act(self.presenter.clear))
        self.blank_button = self._big_button("blankButton", _("Blank ballot"))
        self.blank_button.clicked.connect(lambda: self._act(self.presenter.choose_blank))
        self.review_button = self._big_button("reviewButton", _("Next: check my ballot"), True)
        self.review_button.clicked.connect(lambda: self._act(self.presenter.review))
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.blank_button)
        buttons.addStretch(1)
        buttons.addWidget(self.review_button)
        lay = QVBoxLayout(page)
        lay.addWidget(self.ready_title)
        lay.addWidget(self.instructions)
        lay.addWidget(scroll, 1)
        lay.addWidget(self.feedback)
        lay.addLayout(buttons)
        self.stack.addWidget(page)
        self.cards: dict[int, CandidateCard] = {}
        self._card_layout: tuple[int, QSize, int] | None = None
        scroll.viewport().installEventFilter(self)

    def _build_review(self) -> None:
        page = QWidget()
        self.review_page = page
        self.review_title = self._heading("reviewTitle", 34)
        self.review_text = QLabel()
        self.review_text.setObjectName("reviewText")
        self.review_text.setFont(_font(self, 28, True))
        self.review_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.review_text.setWordWrap(True)
        self.review_note = QLabel()
        self.review_note.setFont(_font(self, 20))
        self.review_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.review_note.setWordWrap(True)
        self.back_button = self._big_button("changeButton", _("Change my ballot"))
        self.back_button.clicked.connect(lambda: self._act(self.presenter.cancel))
        self.confirm_button = self._big_button("confirmButton", _("Cast my ballot"), True)
        self.confirm_button.clicked.connect(self.confirm)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.confirm_button)
        lay = QVBoxLayout(page)
        lay.addStretch(1)
        lay.addWidget(self.review_title)
        lay.addSpacing(24)
        lay.addWidget(self.review_text)
        lay.addSpacing(24)
        lay.addWidget(self.review_note)
        lay.addStretch(2)
        lay.addLayout(buttons)
        self.stack.addWidget(page)

    def _build_thanks(self) -> None:
        page = QWidget()
        self.thanks_page = page
        self.thanks_title = self._heading("thanksTitle", 44)
        self.thanks_title.setText(_("Thank you. Your vote is cast."))
        self.thanks_title.setStyleSheet(f"color: {CHOSEN};")
        lay = QVBoxLayout(page)
        lay.addStretch(1)
        lay.addWidget(self.thanks_title)
        lay.addStretch(1)
        self.stack.addWidget(page)

    def _build_teller(self) -> None:
        page = QWidget()
        self.teller_page = page
        title = self._heading("tellerTitle", 28)
        title.setText(_("Teller"))
        self.teller_note = QLabel()
        self.teller_note.setObjectName("tellerNote")
        self.teller_note.setFont(_font(self, 16))
        self.teller_note.setWordWrap(True)
        self.member = QLineEdit()
        self.member.setObjectName("boothMember")
        self.member.setFont(_font(self, 18))
        self.member.setPlaceholderText(_("member number (leave empty if already checked off)"))
        self.password = QLineEdit()
        self.password.setObjectName("tellerPassword")
        self.password.setFont(_font(self, 18))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(_("password of {user}",
                                           user=self.ctx.uow.actor.username))
        self.password.returnPressed.connect(self.teller_release)
        self.teller_error = QLabel()
        self.teller_error.setObjectName("tellerError")
        self.teller_error.setFont(_font(self, 16, True))
        self.teller_error.setStyleSheet("color: #a1260d;")
        self.teller_error.setWordWrap(True)
        self.release_button = QPushButton(_("Let the voter vote"))
        self.release_button.setObjectName("releaseButton")
        self.release_button.clicked.connect(self.teller_release)
        self.take_back_button = QPushButton(_("Take the booth back (no ballot cast)"))
        self.take_back_button.setObjectName("takeBackButton")
        self.take_back_button.clicked.connect(self.teller_take_back)
        self.close_button = QPushButton(_("Close the booth"))
        self.close_button.setObjectName("closeBoothButton")
        self.close_button.clicked.connect(self.teller_close)
        self.return_button = QPushButton(_("Back"))
        self.return_button.setObjectName("tellerBack")
        self.return_button.clicked.connect(self._teller_back)
        for b in (self.release_button, self.take_back_button, self.close_button,
                  self.return_button):
            b.setFont(_font(self, 16))
            b.setMinimumHeight(48)
        panel = QFrame()
        panel.setObjectName("tellerPanel")
        panel.setStyleSheet("#tellerPanel { background: white; border: 1px solid #c9c2b5; "
                            "border-radius: 10px; }")
        panel.setMaximumWidth(760)
        inner = QVBoxLayout(panel)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(12)
        inner.addWidget(title)
        inner.addWidget(self.teller_note)
        inner.addWidget(self.member)
        inner.addWidget(self.password)
        inner.addWidget(self.teller_error)
        inner.addWidget(self.release_button)
        inner.addWidget(self.take_back_button)
        row = QHBoxLayout()
        row.addWidget(self.close_button)
        row.addStretch(1)
        row.addWidget(self.return_button)
        inner.addLayout(row)
        lay = QVBoxLayout(page)
        lay.addStretch(1)
        centre = QHBoxLayout()
        centre.addStretch(1)
        centre.addWidget(panel, 4)
        centre.addStretch(1)
        lay.addLayout(centre)
        lay.addStretch(2)
        self.stack.addWidget(page)

    # -- the screens ---------------------------------------------------------------------------

    def current_screen(self) -> str:
        """Which screen shows: locked, ready, review, thanks or teller (for tests)."""
        current = self.stack.currentWidget()
        pages = ((self.locked_page, "locked"), (self.ready_page, "ready"),
                 (self.review_page, "review"), (self.thanks_page, "thanks"),
                 (self.teller_page, "teller"))
        return next(name for page, name in pages if page is current)

    def show_locked(self) -> None:
        self.thanks_timer.stop()
        self._wipe()
        with contextlib.suppress(CoopdeskError):  # gone: the teller closes the booth
            self.presenter.reload()
        info = self.presenter.info
        self.election_label.setText(info.title)
        if info.status != elections.OPEN:
            self.locked_sub.setText(_("The poll is closed."))
        else:
            self.locked_sub.setText("")
        self.stack.setCurrentWidget(self.locked_page)

    def _wipe(self) -> None:
        """Nothing of the last voter stays on screen."""
        for card in self.cards.values():
            card.set_mark(None)
        self.review_text.clear()
        self.review_note.clear()
        self.feedback.clear()

    def _build_cards(self) -> None:
        for card in self.cards.values():
            self.cards_grid.removeWidget(card)
            card.deleteLater()
        self.cards = {}
        self._card_layout = None
        many = len(self.presenter.candidates()) > 6
        for c in self.presenter.candidates():
            card = CandidateCard(c, candidate_pixmap(self.ctx, c, PHOTO), PHOTO)
            if many:  # smaller type, so that every candidate fits on one screen
                card.setFont(_font(card, 16, True))
            card.clicked.connect(lambda _checked=False, place=c.place: self.choose(place))
            self.cards[c.place] = card
        self._layout_cards()

    def _layout_cards(self) -> None:
        """Every candidate on one screen: the number of columns that gives the largest
        photos in the space there is (the scroll area is only a last resort)."""
        cards = list(self.cards.values())
        if not cards:
            return
        view = self.cards_area.viewport().size()
        width, height = view.width() - 8, view.height() - 8
        gap = self.cards_grid.spacing()
        fm = QFontMetrics(cards[0].font())
        text = fm.lineSpacing() * 2 + 50  # name and mark, padding, borders, spacing
        names = max(fm.horizontalAdvance(c.candidate.name) for c in cards) + 44
        best = (-1.0, 1)
        for cols in range(1, len(cards) + 1):
            rows = -(-len(cards) // cols)
            cell_w = (width - gap * (cols - 1)) / cols
            cell_h = (height - gap * (rows - 1)) / rows
            if cell_w < names and cols > 1:
                break  # the names would be cut
            photo_h = min(cell_h - text, (cell_w - 40) * 1.25, float(PHOTO.height()))
            if photo_h > best[0]:
                best = (photo_h, cols)
        photo_h = max(int(best[0]), 64)
        size = QSize(int(photo_h * 0.8), photo_h)
        if self._card_layout == (best[1], size, len(cards)):
            return
        self._card_layout = (best[1], size, len(cards))
        for i, card in enumerate(cards):
            self.cards_grid.removeWidget(card)
            card.setIconSize(size)
            self.cards_grid.addWidget(card, i // best[1], i % best[1])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.cards_area.viewport() and event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self._layout_cards)  # once the layouts have settled
        return super().eventFilter(watched, event)

    def _show_ready(self) -> None:
        p = self.presenter
        self.ready_title.setText(p.info.title)
        self.instructions.setText(p.instructions())
        if len(self.cards) != len(p.candidates()) or any(
                c.place not in self.cards for c in p.candidates()):
            self._build_cards()
        self._marks()
        self.stack.setCurrentWidget(self.ready_page)
        QTimer.singleShot(0, self._layout_cards)  # the page has its size once shown

    def _marks(self) -> None:
        p = self.presenter
        for place, card in self.cards.items():
            n = p.choice_number(place)
            if n is None:
                card.set_mark(None)
            elif p.ranked:
                card.set_mark(_("Choice {n}", n=n), str(n))
            else:
                card.set_mark(_("Chosen"), "\u2713")
        self.undo_button.setEnabled(bool(p.choices))
        self.clear_button.setEnabled(bool(p.choices))

    def _show_review(self) -> None:
        p = self.presenter
        if p.blank:
            self.review_title.setText(_("You chose a blank ballot"))
            self.review_text.setText(_("No candidate is marked."))
            self.review_note.setText(_("Cast it blank, or go back and choose."))
            self.confirm_button.setText(_("Cast a blank ballot"))
        else:
            self.review_title.setText(_("Check your ballot"))
            self.review_text.setText("\n".join(p.review_lines()))
            self.review_note.setText(_("Is this right? Cast it, or go back and change it."))
            self.confirm_button.setText(_("Cast my ballot"))
        self.stack.setCurrentWidget(self.review_page)

    def _sync(self) -> None:
        state = self.presenter.state
        if state is BoothState.READY:
            self._show_ready()
        elif state is BoothState.REVIEW:
            self._show_review()
        else:
            self.show_locked()

    # -- the voter -----------------------------------------------------------------------------

    def _act(self, action: Callable[[], None]) -> None:
        self.feedback.clear()
        try:
            action()
        except CoopdeskError as exc:
            self.feedback.setText(exc.message)
        self._sync()

    def choose(self, place: int) -> None:
        self._act(lambda: self.presenter.toggle(place))

    def confirm(self) -> None:
        try:
            self.presenter.confirm()
        except CoopdeskError as exc:
            self.review_note.setText(exc.message)
            return
        self._wipe()
        self.stack.setCurrentWidget(self.thanks_page)
        self.thanks_timer.start(self.THANKS_MS)

    # -- the teller ----------------------------------------------------------------------------

    def show_teller(self) -> None:
        if self.stack.currentWidget() is self.teller_page:
            return
        self._back_to = self.stack.currentWidget()
        if self._back_to is self.thanks_page:
            self._back_to = self.locked_page
        with contextlib.suppress(CoopdeskError):
            self.presenter.reload()
        locked = self.presenter.state is BoothState.LOCKED
        self.member.setVisible(locked)
        self.member.clear()
        self.password.clear()
        self.teller_error.clear()
        self.release_button.setVisible(locked)
        self.take_back_button.setVisible(not locked)
        self.teller_note.setText(
            _("Voters checked off and waiting to vote: {n}. Enter a member number to check "
              "the next voter off the roll here, and your password.", n=self.presenter.outstanding)
            if locked else _("A voter is in the booth. Enter your password to take the booth "
                             "back without a ballot; the voter stays checked off."))
        self.stack.setCurrentWidget(self.teller_page)
        self.password.setFocus()

    def _teller_back(self) -> None:
        self.password.clear()
        self.member.clear()
        self.stack.setCurrentWidget(self._back_to or self.locked_page)

    def _teller_ok(self) -> bool:
        """The password of the user who opened the booth, and the right to run the poll."""
        try:
            actor = authenticate(self.ctx.uow, self.ctx.uow.actor.username,
                                 self.password.text())
        except AuthenticationFailed as exc:
            self.teller_error.setText(exc.message)
            self.password.clear()
            return False
        finally:
            self.password.clear()
        if not actor.can(Permission.ELECTION):
            self.teller_error.setText(_("{user} may not run the poll.", user=actor.username))
            return False
        return True

    def teller_release(self) -> None:
        if self.presenter.state is not BoothState.LOCKED:
            self.teller_take_back()
            return
        number_text = self.member.text().strip()
        if number_text and not number_text.isdigit():
            self.teller_error.setText(_("Enter the voter's member number (digits only)."))
            return
        if not self._teller_ok():
            return
        try:
            if number_text:
                elections.check_off(self.ctx.uow, self.presenter.election_id, int(number_text))
            self.presenter.release()
        except CoopdeskError as exc:
            self.teller_error.setText(exc.message)
            self.member.clear()
            return
        self.member.clear()
        self._show_ready()

    def teller_take_back(self) -> None:
        if not self._teller_ok():
            return
        self.presenter.lock()
        self.show_locked()

    def teller_close(self) -> None:
        if not self._teller_ok():
            return
        self.presenter.lock()
        self._wipe()
        self._may_close = True
        self.close()

    # -- no way out for a voter ----------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.accept()  # a voter must not leave the booth open or closed by a key
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_close:
            event.ignore()
            self.show_teller()
            return
        self.thanks_timer.stop()
        self.closed.emit()
        super().closeEvent(event)


__all__ = ["BoothWindow", "CandidateCard", "initials_pixmap"]
