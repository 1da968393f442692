"""The shell of the window: log-in, the main window and its rail, the dashboard, the lock, the
users dialog, the first-run wizard, the charts, the page registry and ``run()`` itself.

Modal dialogs never block: ``QMessageBox.exec`` is replaced by a recorder in every test that
could show one.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWizard
from pytestqt.qtbot import QtBot

from coopdesk.core.access import Role
from coopdesk.core.db import Database
from coopdesk.core.files import backup
from coopdesk.core.uow import UnitOfWork
from coopdesk.core.users import authenticate, list_users
from coopdesk.members.queries import register_stats
from coopdesk.members.rules import MemberInput, Status
from coopdesk.members.services import register_member
from coopdesk.ui.app import make_context
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.user_dialog import UserDialog
from coopdesk.ui.first_run import NewCooperativeWizard
from coopdesk.ui.login import LoginDialog
from coopdesk.ui.main_window import MainWindow
from coopdesk.ui.ops import wait_all
from coopdesk.ui.pages import load_pages
from coopdesk.ui.pages.dashboard import DashboardPage
from coopdesk.ui.pages.settings_page import SettingsPage
from coopdesk.ui.settings import UiSettings
from coopdesk.ui.widgets.chart import PALETTE, BarChart, DonutChart, number, percent, render_image
from tests.conftest import PASSWORD, add_role_users, login

ROOT = Path(__file__).resolve().parents[2]


class Boxes:
    """Every message box shown, as (title, text, informative text); answers ``answer``."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str]] = []
        self.answer = QMessageBox.StandardButton.Ok

    def texts(self) -> str:
        return "\n".join(" | ".join(b) for b in self.shown)


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    rec = Boxes()

    def fake_exec(box: QMessageBox) -> int:
        rec.shown.append((box.windowTitle(), box.text(), box.informativeText()))
        return int(rec.answer.value)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(QDialog, "exec", lambda self: 0)
    return rec


@pytest.fixture
def settings(tmp_path: Path) -> UiSettings:
    return UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def ctx(sqlite_admin: UnitOfWork, settings: UiSettings) -> Iterator[AppContext]:
    yield make_context(sqlite_admin, settings)
    wait_all()


@pytest.fixture
def window(ctx: AppContext, qtbot: QtBot, boxes: Boxes) -> MainWindow:
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def member(first: str, sex: str, join: dt.date = dt.date(2020, 1, 1)) -> MemberInput:
    return MemberInput(first_names=first, last_names="Quispe", sex=sex,
                       birth_date=dt.date(1985, 5, 1), role="digger", join_date=join)


# ---- log-in -----------------------------------------------------------------------------

def test_login_accepts_the_right_password(sqlite_db: Database, qtbot: QtBot) -> None:
    dialog = LoginDialog(UnitOfWork(sqlite_db), hint="Demo cooperative: user admin")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.coop_label.text() == "Cooperativa Minera El Porvenir"
    assert dialog.hint_label.isVisible()
    qtbot.keyClicks(dialog.username, "admin")
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor is not None and dialog.actor.username == "admin"
    assert Role.ADMINISTRATOR in dialog.actor.roles


def test_login_rejects_a_wrong_password_and_stays_open(sqlite_db: Database,
                                                       qtbot: QtBot) -> None:
    dialog = LoginDialog(UnitOfWork(sqlite_db))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.hint_label.isVisible()
    dialog.username.setText("admin")
    dialog.password.setText("wrong-password")
    dialog.try_login()
    assert dialog.isVisible()
    assert dialog.actor is None
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == "Wrong user name or password."
    assert dialog.password.text() == ""


# ---- the main window --------------------------------------------------------------------

def test_main_window_lists_the_pages_and_the_keyboard_moves_between_them(
        window: MainWindow, ctx: AppContext, qtbot: QtBot) -> None:
    titles = [window.rail.item(i).text() for i in range(window.rail.count())]
    expected = ["Dashboard", "Members", "Books", "Bank", "Production and sales",
                "Benefit sharing", "Governance", "Plans", "Formalisation", "Standards",
                "Reports", "Settings"]
    assert titles == expected
    assert window.windowTitle() == "Cooperativa Minera El Porvenir — coopdesk"
    assert window.current_key() == "dashboard"
    shown = window.stack.currentWidget()
    assert shown is not None and isinstance(shown.findChild(DashboardPage), DashboardPage)

    window.rail.setFocus()
    qtbot.keyClick(window.rail, Qt.Key.Key_Down)
    assert window.current_key() == "members"
    assert window.stack.currentIndex() == 1
    qtbot.keyClick(window.rail, Qt.Key.Key_Up)
    assert window.current_key() == "dashboard"

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "governance"
    window.show_page("settings")
    assert isinstance(window.pages["settings"], SettingsPage)

    status = " ".join(w.text() for w in (window.user_label, window.file_label,
                                         window.chain_label))
    assert "admin (Administrator)" in status
    assert str(ctx.uow.db.path) in status
    assert "Audit chain #" in window.chain_label.text()


def test_window_state_is_saved_and_restored(ctx: AppContext, qtbot: QtBot,
                                            boxes: Boxes) -> None:
    first = MainWindow(ctx)
    qtbot.addWidget(first)
    first.show()
    first.resize(640, 480)  # the offscreen screen is 800x600
    first.show_page("settings")
    first.close()
    again = MainWindow(ctx)
    qtbot.addWidget(again)
    assert again.current_key() == "settings"
    assert (again.width(), again.height()) == (640, 480)


def test_dashboard_numbers_follow_the_register(window: MainWindow, ctx: AppContext) -> None:
    page = window.page("dashboard")
    assert isinstance(page, DashboardPage)
    assert page.cards["active"].value_label.text() == "0"
    register_member(ctx.uow, member("Rosa", "F"), Status.ACTIVE)
    register_member(ctx.uow, member("Juan", "M"), Status.APPLICANT)
    stats = register_stats(ctx.uow)
    assert stats.total == 2
    # refreshed through the hub, without being asked
    assert page.cards["active"].value_label.text() == number(stats.by_status["active"])
    assert page.cards["applicants"].value_label.text() == number(stats.by_status["applicant"])
    assert page.cards["women"].value_label.text() == percent(stats.women_share_active)
    assert page.cards["women"].value_label.text() == percent(1.0)
    assert page.cards["members"].value_label.text() == "2"  # the charts' basis: both
    assert dict(page.status_chart.items()) == {"Applicant": 1.0, "Active": 1.0}
    assert dict(page.sex_chart.items()) == {"Woman": 1.0, "Man": 1.0}
    assert dict(page.role_chart.items()) == {"Digger": 2.0}


def test_the_lock_wants_the_right_password(window: MainWindow, ctx: AppContext) -> None:
    window.lock_now()
    assert window.is_locked()
    assert window.outer.currentWidget() is window.lock_screen
    assert not window.menuBar().isEnabled()
    screen = window.lock_screen
    assert screen.username.text() == "admin" and screen.username.isReadOnly()
    screen.password.setText("not-it")
    screen.try_unlock()
    assert window.is_locked()
    assert screen.error_label.isVisible()
    assert window.outer.currentWidget() is screen
    screen.password.setText(PASSWORD)
    screen.try_unlock()
    assert not window.is_locked()
    assert window.outer.currentWidget() is window.splitter
    assert window.menuBar().isEnabled()
    assert ctx.uow.actor.username == "admin"


def test_switch_user_on_the_lock_screen_changes_the_actor(window: MainWindow,
                                                          ctx: AppContext) -> None:
    add_role_users(ctx.uow)
    settings_page = window.page("settings")
    assert isinstance(settings_page, SettingsPage)
    assert settings_page.add_user_button.isEnabled()
    window.lock_now()
    window.lock_screen.switch_user()
    window.lock_screen.username.setText("supervisory")
    window.lock_screen.password.setText(PASSWORD)
    window.lock_screen.try_unlock()
    assert not window.is_locked()
    assert ctx.uow.actor.username == "supervisory"
    assert "supervisory (Supervisory committee)" in window.user_label.text()
    assert not settings_page.add_user_button.isEnabled()


def test_idle_time_locks_the_window(window: MainWindow, qtbot: QtBot) -> None:
    assert window.watcher.minutes == 10 and window.watcher.is_active()
    window.watcher._timer.setInterval(50)
    window.watcher.restart()
    qtbot.waitUntil(window.is_locked, timeout=3000)


# ---- users and settings -----------------------------------------------------------------

def test_add_user_dialog_creates_a_user(ctx: AppContext, qtbot: QtBot, boxes: Boxes) -> None:
    dialog = UserDialog(ctx.uow)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.username.setText("tesorera")
    dialog.full_name.setText("Rosa Mamani")
    dialog.password.setText("abcdef1")
    dialog.password2.setText("abcdef2")
    dialog.role_boxes[Role.TREASURER].setChecked(True)
    dialog.save()
    assert dialog.error_label.text() == "The two passwords are not the same."
    assert "tesorera" not in [u.username for u in list_users(ctx.uow)]
    dialog.password2.setText("abcdef1")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    rows = {u.username: u for u in list_users(ctx.uow)}
    assert rows["tesorera"].roles == frozenset({Role.TREASURER})
    assert rows["tesorera"].full_name == "Rosa Mamani"
    assert boxes.shown == []


def test_add_user_refused_to_the_supervisory_committee(ctx: AppContext, qtbot: QtBot,
                                                       boxes: Boxes) -> None:
    supervisory = add_role_users(ctx.uow)[Role.SUPERVISORY]
    dialog = UserDialog(supervisory)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.username.setText("intruder")
    dialog.full_name.setText("Someone")
    dialog.password.setText("abcdef1")
    dialog.password2.setText("abcdef1")
    dialog.role_boxes[Role.ADMINISTRATOR].setChecked(True)
    dialog.save()
    assert len(boxes.shown) == 1
    title, text, _info = boxes.shown[0]
    assert title == "Not allowed"
    assert "supervisory may not manage users" in text
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "intruder" not in [u.username for u in list_users(ctx.uow)]


def test_settings_page_shows_the_cooperative_and_its_users(ctx: AppContext, qtbot: QtBot,
                                                           boxes: Boxes) -> None:
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.coop_fields["name"].text() == "Cooperativa Minera El Porvenir"
    assert page.coop_fields["currency"].text() == "COP — Colombian Peso"
    assert page.coop_fields["country"].text() == "CO — Colombia"
    assert page.coop_fields["share_value"].text() == "10,000.00 Colombian pesos"
    assert page.users_table.rowCount() == 1
    add_role_users(ctx.uow)
    assert page.users_table.rowCount() == len(Role)  # refreshed through the hub
    page.language_combo.setCurrentIndex(page.language_combo.findData("fr"))
    assert ctx.settings.language == "fr"


def test_verify_the_chain_from_settings(ctx: AppContext, qtbot: QtBot, boxes: Boxes) -> None:
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.verify_button.click()
    qtbot.waitUntil(lambda: bool(boxes.shown), timeout=10000)
    title, text, info = boxes.shown[0]
    assert title == "The audit chain verifies"
    assert "events of the audit chain verify" in text
    assert info.startswith("Head of the chain: ")


def test_restore_asks_the_window_to_reopen(window: MainWindow, ctx: AppContext, qtbot: QtBot,
                                           boxes: Boxes, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    copy = backup(ctx.uow, tmp_path / "copy.coopdesk")
    register_member(ctx.uow, member("Rosa", "F"), Status.ACTIVE)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(copy), "")))
    boxes.answer = QMessageBox.StandardButton.Yes
    with qtbot.waitSignal(window.reopen_requested, timeout=5000) as blocker:
        assert window.file_actions.restore_backup()
    assert blocker.args == [str(ctx.uow.db.path)]
    assert not window.isVisible()
    assert [b[0] for b in boxes.shown] == ["Restore this backup?", "Backup restored"]
    reopened = Database.connect(str(ctx.uow.db.path))
    try:
        assert register_stats(login(reopened)).total == 0
    finally:
        reopened.dispose()


# ---- the first-run wizard ---------------------------------------------------------------

def fill_wizard(wizard: NewCooperativeWizard, path: Path) -> None:
    wizard.language_page.combo.setCurrentIndex(wizard.language_page.combo.findData("en"))
    wizard.next()
    assert wizard.currentPage() is wizard.coop_page
    wizard.coop_page.name.setText("Cooperativa Aurífera Nueva Esperanza")
    wizard.coop_page.currency.setEditText("PEN")
    wizard.coop_page.country.setEditText("PE")
    wizard.coop_page.share_value.setText("50.00")
    wizard.next()
    assert wizard.currentPage() is wizard.admin_page
    wizard.admin_page.full_name.setText("Ana Administradora")
    wizard.admin_page.password.setText("secret1")
    wizard.admin_page.password2.setText("secret1")
    wizard.next()
    assert wizard.currentPage() is wizard.save_page
    assert wizard.save_page.path.text().endswith("Cooperativa Aurífera Nueva Esperanza.coopdesk")
    wizard.save_page.path.setText(str(path))


def test_first_run_wizard_creates_a_file(qtbot: QtBot, tmp_path: Path, boxes: Boxes,
                                         settings: UiSettings) -> None:
    wizard = NewCooperativeWizard(settings)
    qtbot.addWidget(wizard)
    wizard.show()
    path = tmp_path / "nueva.coopdesk"
    fill_wizard(wizard, path)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert boxes.shown == []
    assert wizard.target == str(path)
    assert path.exists()
    assert settings.language == "en"
    db = Database.connect(str(path))
    try:
        uow = UnitOfWork(db)
        coop = uow.coop()
        assert (coop.name, coop.currency, coop.country, coop.share_value) == (
            "Cooperativa Aurífera Nueva Esperanza", "PEN", "PE", 5000)
        assert authenticate(uow, "admin", "secret1").roles == frozenset({Role.ADMINISTRATOR})
    finally:
        db.dispose()


def test_first_run_wizard_says_what_is_wrong_inline(qtbot: QtBot, boxes: Boxes) -> None:
    wizard = NewCooperativeWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.coop_page.name.setText("")
    wizard.coop_page.currency.setEditText("XYZ")
    wizard.next()
    assert wizard.currentPage() is wizard.coop_page
    errors = wizard.coop_page.errors
    assert errors.isVisible()
    assert "The cooperative's name is empty." in errors.text()
    assert "XYZ is not an ISO 4217 currency code" in errors.text()
    assert "is not a two-letter country code" in errors.text()  # no default in English
    wizard.coop_page.name.setText("La Esperanza")
    wizard.coop_page.currency.setEditText("COP")
    wizard.coop_page.country.setCurrentIndex(0)
    wizard.next()
    wizard.admin_page.full_name.setText("Ana")
    wizard.admin_page.password.setText("short")
    wizard.admin_page.password2.setText("other")
    wizard.next()
    assert wizard.currentPage() is wizard.admin_page
    assert "at least 6 characters" in wizard.admin_page.errors.text()
    assert "The two passwords are not the same." in wizard.admin_page.errors.text()
    assert boxes.shown == []


# ---- charts -----------------------------------------------------------------------------

def test_charts_render_to_an_image(qtbot: QtBot) -> None:
    bars = BarChart("Members by status")
    qtbot.addWidget(bars)
    bars.set_data([("Active", 120), ("Applicant", 30), ("Ore selector or processor", 4)])
    image = render_image(bars, 500, 200)
    assert not image.isNull() and image.width() == 500
    colours = {image.pixelColor(x, y).name() for x in range(0, 500, 3) for y in range(0, 200, 3)}
    assert QColor(PALETTE[0]).name() in colours
    donut = DonutChart("By sex")
    qtbot.addWidget(donut)
    donut.set_data([("Woman", 40), ("Man", 60)])
    image = render_image(donut, 500, 220)
    colours = {image.pixelColor(x, y).name() for x in range(0, 500, 2) for y in range(0, 220, 2)}
    assert {QColor(PALETTE[0]).name(), QColor(PALETTE[1]).name()} <= colours
    empty = BarChart("Nothing")
    qtbot.addWidget(empty)
    assert not render_image(empty, 300, 100).isNull()


# ---- the page registry ------------------------------------------------------------------

def test_registry_leaves_out_missing_modules_and_raises_on_broken_ones(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    keys = [p.key for p in load_pages()]
    assert keys == ["dashboard", "members", "books", "bank", "production", "sharing",
                    "governance", "plans", "formalisation", "standards", "reports",
                    "settings"]
    assert load_pages([("nothing", "coopdesk.ui.pages.no_such_page:Nothing")]) == []
    (tmp_path / "broken_page_for_test.py").write_text("import no_such_dependency_xyz\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(ImportError):
        load_pages([("broken", "broken_page_for_test:Page")])
    with pytest.raises(AttributeError):
        load_pages([("dash", "coopdesk.ui.pages.dashboard:NoSuchClass")])


# ---- opening ---------------------------------------------------------------------------

def test_launcher_opens_with_autologin_and_reports_a_bad_target(
        sqlite_db: Database, settings: UiSettings, boxes: Boxes, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QApplication

    from coopdesk.ui.app import Launcher

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    launcher = Launcher(app, settings)
    assert launcher.open_and_login(str(tmp_path / "missing.coopdesk")) is None
    assert boxes.shown and "There is no cooperative file at" in boxes.shown[0][1]
    monkeypatch.setenv("COOPDESK_AUTOLOGIN", "admin:wrong")
    assert launcher.open_and_login(str(sqlite_db.path)) is None  # the dialog (neutralised)
    monkeypatch.setenv("COOPDESK_AUTOLOGIN", f"admin:{PASSWORD}")
    ctx = launcher.open_and_login(str(sqlite_db.path))
    assert ctx is not None
    try:
        assert ctx.uow.actor.username == "admin"
        assert settings.last_file == str(sqlite_db.path)
    finally:
        ctx.uow.db.dispose()


def test_open_dialog_says_when_there_is_no_file(qtbot: QtBot, tmp_path: Path) -> None:
    from coopdesk.ui.open_dialog import OpenDialog

    dialog = OpenDialog(str(tmp_path / "nothing.coopdesk"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog._accept()
    assert dialog.target is None and dialog.error_label.isVisible()
    assert "There is no file at" in dialog.error_label.text()
    dialog.as_server.setChecked(True)
    dialog.url.setText("postgresql://coop@server/coop")
    dialog._accept()
    assert dialog.target == "postgresql://coop@server/coop"


# ---- run() ------------------------------------------------------------------------------

def test_run_opens_logs_in_and_reports_the_first_paint(sqlite_db: Database,
                                                       tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "cfg"),
               XDG_DATA_HOME=str(tmp_path / "data"), HOME=str(tmp_path),
               COOPDESK_AUTOLOGIN=f"admin:{PASSWORD}", COOPDESK_QUIT_AFTER_PAINT="1")
    code = textwrap.dedent(f"""
        import sys
        from coopdesk.ui.app import run
        sys.exit(run({str(sqlite_db.path)!r}))
    """)
    done = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    lines = [x for x in done.stdout.splitlines() if x.startswith("first-paint-ms=")]
    assert len(lines) == 1, done.stdout + done.stderr
    assert int(lines[0].split("=")[1]) > 0
    ini = tmp_path / "cfg" / "coopdesk" / "coopdesk.conf"
    assert str(sqlite_db.path) in ini.read_text()


def test_the_window_opens_a_cooperative_on_postgresql(db: Database, target: str,
                                                      tmp_path: Path) -> None:
    """``coopdesk open postgresql://...``: the same window on a federation's server."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "cfg"),
               XDG_DATA_HOME=str(tmp_path / "data"), HOME=str(tmp_path),
               COOPDESK_AUTOLOGIN=f"admin:{PASSWORD}", COOPDESK_QUIT_AFTER_PAINT="1")
    done = subprocess.run([sys.executable, "-m", "coopdesk", "open", target], env=env,
                          cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert any(x.startswith("first-paint-ms=") for x in done.stdout.splitlines()), (
        done.stdout + done.stderr)
