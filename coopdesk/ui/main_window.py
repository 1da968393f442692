"""The main window: a navigation rail of the areas that work, their pages, a status bar saying
who is logged in, which file is open and the head of its audit chain; the File and Help menus;
the scheduled backup and the inactivity lock.

Pages are built the first time they are shown, so the window paints fast on an old laptop.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QWidget,
)

import coopdesk
from coopdesk.core import audit, files
from coopdesk.core.access import ROLE_LABELS, Actor
from coopdesk.core.i18n import _
from coopdesk.core.uow import Changes
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs import RESTORED, FileActions, message
from coopdesk.ui.first_run import new_cooperative
from coopdesk.ui.icons import icon
from coopdesk.ui.lock import ActivityWatcher, LockScreen
from coopdesk.ui.open_dialog import choose_target
from coopdesk.ui.pages import PageSpec, load_pages

log = logging.getLogger("coopdesk")

RAIL_WIDTH = 170
BACKUP_CHECK_MS = 60 * 60 * 1000
RAIL_STYLE = """
QListWidget#rail { background: #eef3f5; border: none; outline: none; }
QListWidget#rail::item { padding: 10px 6px; border-radius: 6px; margin: 2px 6px; }
QListWidget#rail::item:selected { background: #1f6f8b; color: white; }
QListWidget#rail::item:hover:!selected { background: #d8e6ec; }
"""


class MainWindow(QMainWindow):
    """The window for one open cooperative.

    ``open_requested(target)`` asks the application to open another cooperative (this window
    stays if that fails); ``reopen_requested(target)`` says this window's file was replaced by
    a restore and must be opened again; ``closed`` is emitted when the window closes.
    """

    open_requested = Signal(str)
    reopen_requested = Signal(str)
    closed = Signal()

    def __init__(self, ctx: AppContext, pages: list[PageSpec] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.specs = load_pages() if pages is None else pages
        self.pages: dict[str, QWidget] = {}
        self.file_actions = FileActions(self, ctx)
        self._slots: list[QScrollArea] = []
        self._locked = False

        self.rail = QListWidget()
        self.rail.setObjectName("rail")
        self.rail.setIconSize(QSize(32, 32))
        rail_font = QFont(self.rail.font())
        rail_font.setPointSizeF(rail_font.pointSizeF() * 1.15)
        self.rail.setFont(rail_font)
        self.rail.setStyleSheet(RAIL_STYLE)
        self.rail.setMinimumWidth(150)
        self.rail.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.rail.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")
        for spec in self.specs:
            self.rail.addItem(QListWidgetItem(icon(spec.icon_name, selected="white"),
                                              spec.title()))
            # A page wider or taller than a small laptop screen scrolls; it does not push
            # the window off the screen.
            slot = QScrollArea()
            slot.setWidgetResizable(True)
            slot.setFrameShape(QFrame.Shape.NoFrame)
            self._slots.append(slot)
            self.stack.addWidget(slot)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.rail)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(0, False)
        # Wide enough for the longest title in this language ("Configuración", "Paramètres").
        widest = max((QFontMetrics(rail_font).horizontalAdvance(spec.title())
                      for spec in self.specs), default=0)
        self.splitter.setSizes([max(RAIL_WIDTH, widest + 76), 1000])
        self.lock_screen = LockScreen(ctx)
        self.lock_screen.unlocked.connect(self._unlocked)
        self.outer = QStackedWidget()
        self.outer.addWidget(self.splitter)
        self.outer.addWidget(self.lock_screen)
        self.setCentralWidget(self.outer)

        self._build_menus()
        self._build_status_bar()
        self.shortcuts: list[QShortcut] = []
        for i in range(min(len(self.specs), 9)):
            sc = QShortcut(QKeySequence(f"Ctrl+{i + 1}"), self)
            sc.activated.connect(lambda i=i: self.show_page(i))
            self.shortcuts.append(sc)
        self.rail.currentRowChanged.connect(self._row_changed)

        coop = ctx.uow.coop()
        self.watcher = ActivityWatcher(coop.lock_minutes, self)
        self.watcher.idle.connect(self.lock_now)
        self.watcher.start()
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(BACKUP_CHECK_MS)
        self.backup_timer.timeout.connect(self.scheduled_backup)
        if ctx.uow.db.is_sqlite:
            self.backup_timer.start()
        ctx.hub.changed.connect(self._on_changed)
        self._restore_state()
        self.update_title()
        self.update_status()

    # ---- building -----------------------------------------------------------------------

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.new_action = QAction(icon("new"), self.tr("&New cooperative…"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_file)
        self.open_action = QAction(icon("open"), self.tr("&Open…"), self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.open_file)
        self.backup_action = QAction(icon("backup"), self.tr("&Back up now…"), self)
        self.backup_action.triggered.connect(self.file_actions.backup_now)
        self.verify_action = QAction(icon("verify"), self.tr("&Verify the audit chain"), self)
        self.verify_action.triggered.connect(self.file_actions.verify_chain)
        self.lock_action = QAction(icon("lock"), self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock_now)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        for action in (self.new_action, self.open_action, None, self.backup_action,
                       self.verify_action, None, self.lock_action, self.quit_action):
            if action is None:
                file_menu.addSeparator()
            else:
                file_menu.addAction(action)
        help_menu = bar.addMenu(self.tr("&Help"))
        self.about_action = QAction(icon("about"), self.tr("&About coopdesk"), self)
        self.about_action.triggered.connect(self.about)
        help_menu.addAction(self.about_action)

    def _build_status_bar(self) -> None:
        self.user_label = QLabel()
        self.user_label.setObjectName("statusUser")
        self.file_label = QLabel()
        self.file_label.setObjectName("statusFile")
        self.chain_label = QLabel()
        self.chain_label.setObjectName("statusChain")
        bar = self.statusBar()
        bar.addPermanentWidget(self.user_label)
        bar.addPermanentWidget(self.file_label, 1)
        bar.addPermanentWidget(self.chain_label)

    def _restore_state(self) -> None:
        s = self.ctx.settings
        geometry = s.geometry("main")
        if geometry is None or not self.restoreGeometry(geometry):
            # A cheap laptop's screen is often 1366x768: never open larger than the screen.
            screen = self.screen().availableGeometry()
            self.resize(min(1200, screen.width()), min(780, screen.height() - 40))
        splitter = s.state("main.splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        keys = [spec.key for spec in self.specs]
        last = s.value("main/page", "dashboard")
        self.show_page(keys.index(last) if last in keys else 0)

    def save_state(self) -> None:
        s = self.ctx.settings
        s.set_geometry("main", self.saveGeometry())
        s.set_state("main.splitter", self.splitter.saveState())
        row = self.rail.currentRow()
        if 0 <= row < len(self.specs):
            s.set_value("main/page", self.specs[row].key)

    # ---- pages --------------------------------------------------------------------------

    def show_page(self, index: int | str) -> None:
        """Show a page by its position in the rail or by its key."""
        if isinstance(index, str):
            index = [spec.key for spec in self.specs].index(index)
        if 0 <= index < len(self.specs):
            self.rail.setCurrentRow(index)

    def _row_changed(self, row: int) -> None:
        if 0 <= row < len(self.specs):
            self.page(self.specs[row].key)
            self.stack.setCurrentIndex(row)

    def page(self, key: str) -> QWidget:
        """The page for ``key``, built the first time it is asked for."""
        if key not in self.pages:
            index = [spec.key for spec in self.specs].index(key)
            page = self.specs[index].cls(self.ctx, self._slots[index])
            self._slots[index].setWidget(page)
            status = getattr(page, "status_message", None)
            if status is not None:  # a page's line for the status bar
                status.connect(lambda text: self.statusBar().showMessage(text, 15000))
            self.pages[key] = page
        return self.pages[key]

    def current_key(self) -> str | None:
        row = self.rail.currentRow()
        return self.specs[row].key if 0 <= row < len(self.specs) else None

    # ---- status, title ------------------------------------------------------------------

    def update_title(self) -> None:
        self.setWindowTitle(self.tr("{name} — coopdesk").format(name=self.ctx.uow.coop().name))

    def update_status(self) -> None:
        actor = self.ctx.uow.actor
        roles = ", ".join(_(ROLE_LABELS[r]) for r in sorted(actor.roles))
        self.user_label.setText(self.tr("{user} ({roles})").format(user=actor.username,
                                                                  roles=roles))
        self.file_label.setText(self.ctx.uow.db.label)
        self.file_label.setToolTip(self.ctx.uow.db.label)
        with self.ctx.uow.read() as s:
            seq, head = audit.head(s)
        self.chain_label.setText(self.tr("Audit chain #{seq} · {head}").format(
            seq=seq, head=head[:12]))
        self.chain_label.setToolTip(head)

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(RESTORED):
            db = self.ctx.uow.db
            self.reopen_requested.emit(str(db.path) if db.path is not None else db.url)
            self.close()
            return
        if changes.touches("settings"):
            self.update_title()
            self.watcher.set_minutes(self.ctx.uow.coop().lock_minutes)
            if not self._locked:
                self.watcher.restart()
        self.update_status()

    # ---- menu actions -------------------------------------------------------------------

    def new_file(self) -> None:
        target = new_cooperative(self, self.ctx.settings)
        if target:
            self.open_requested.emit(target)

    def open_file(self) -> None:
        target = choose_target(self)
        if target:
            self.open_requested.emit(target)

    def about(self) -> None:
        message(self, QMessageBox.Icon.Information, self.tr("About coopdesk"),
                self.tr("coopdesk {version}").format(version=coopdesk.__version__),
                self.tr("Governance and finance for artisanal and small-scale miners' "
                        "cooperatives. Free software under the GNU GPL, version 3 or later."))

    def scheduled_backup(self) -> None:
        """The rotating daily copy beside the file, checked every hour."""
        db = self.ctx.uow.db
        if not db.is_sqlite:
            return
        try:
            made = files.backup_if_due(db)
        except Exception as exc:
            log.error("scheduled backup failed", exc_info=exc)
            self.statusBar().showMessage(
                self.tr("The scheduled backup failed: {reason}").format(reason=exc))
            return
        if made is not None:
            self.statusBar().showMessage(
                self.tr("Backup made: {path}").format(path=made.name), 15000)

    # ---- the lock -----------------------------------------------------------------------

    def is_locked(self) -> bool:
        return self._locked

    def lock_now(self) -> None:
        """Hide the pages behind the lock screen until a password is given."""
        if self._locked:
            return
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible() and not isinstance(dialog, QProgressDialog):
                dialog.reject()
        self._locked = True
        self.watcher.pause()
        self.menuBar().setEnabled(False)
        for sc in self.shortcuts:
            sc.setEnabled(False)
        self.lock_screen.lock(self.ctx.uow.actor.username, self.watcher.minutes)
        self.outer.setCurrentWidget(self.lock_screen)
        self.lock_screen.password.setFocus()

    def _unlocked(self, actor: Actor) -> None:
        changed = actor != self.ctx.uow.actor
        self.ctx.uow = self.ctx.uow.as_actor(actor)
        self._locked = False
        self.outer.setCurrentWidget(self.splitter)
        self.menuBar().setEnabled(True)
        for sc in self.shortcuts:
            sc.setEnabled(True)
        self.watcher.restart()
        if changed:
            for page in self.pages.values():
                page.refresh()  # type: ignore[attr-defined]  # the page protocol
            self.update_status()
        self.rail.setFocus()

    # ---- closing ------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        self.watcher.stop()
        self.backup_timer.stop()
        super().closeEvent(event)
        self.closed.emit()
