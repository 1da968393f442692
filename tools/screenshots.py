"""Screenshots of the window on a fresh demo cooperative, for the README and the docs.

    python tools/screenshots.py [--out docs/screenshots] [--lang en] [--members 300]

Makes the demo in a temporary folder, opens the main window offscreen logged in as the demo's
administrator, and saves ``<out>/<lang>-<name>.png`` for every page of the rail (1280x800), the
lock screen, and the start, log-in, first-run and add-user dialogs. Nothing of the user's own
settings is read or written.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from coopdesk.bank import services as bank_services
from coopdesk.core.access import Role
from coopdesk.core.files import open_cooperative
from coopdesk.core.i18n import LANGUAGES
from coopdesk.core.uow import UnitOfWork
from coopdesk.core.users import authenticate
from coopdesk.demo.generator import DEMO_PASSWORD, make_demo
from coopdesk.sharing import queries as sharing_queries
from coopdesk.ui.app import create_application, make_context
from coopdesk.ui.dialogs.member_form import MemberFormDialog
from coopdesk.ui.dialogs.sharing_forms import ExplainDialog
from coopdesk.ui.dialogs.user_dialog import UserDialog
from coopdesk.ui.first_run import NewCooperativeWizard
from coopdesk.ui.i18n import install_language
from coopdesk.ui.login import LoginDialog
from coopdesk.ui.main_window import MainWindow
from coopdesk.ui.open_dialog import StartDialog, demo_hint
from coopdesk.ui.ops import wait_all
from coopdesk.ui.settings import UiSettings

SIZE = (1280, 800)


def settle(app: QApplication, seconds: float = 0.4) -> None:
    """Let workers finish and the event loop deliver their results and paint."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        wait_all(5000)
        app.processEvents()
        time.sleep(0.02)


def save(widget: QWidget, out: Path, lang: str, name: str) -> Path:
    path = out / f"{lang}-{name}.png"
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path)
    return path


def dialog_shot(app: QApplication, make: Callable[[], QWidget], out: Path, lang: str,
                name: str, width: int | None = None) -> None:
    widget = make()
    widget.show()
    if width is not None:
        widget.resize(max(width, widget.sizeHint().width()), widget.sizeHint().height())
    settle(app, 0.2)
    save(widget, out, lang, name)
    widget.close()
    widget.deleteLater()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", default="docs/screenshots", type=Path)
    parser.add_argument("--lang", default="en", choices=sorted(LANGUAGES))
    parser.add_argument("--members", default=300, type=int)
    args = parser.parse_args(argv)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    lang: str = args.lang

    app = create_application([sys.argv[0]])
    install_language(lang)
    with tempfile.TemporaryDirectory(prefix="coopdesk-shots-") as tmp:
        settings = UiSettings(QSettings(str(Path(tmp) / "ui.ini"), QSettings.Format.IniFormat))
        target = str(Path(tmp) / "demo.coopdesk")
        statements = Path(tmp) / "statements"
        make_demo(target, members=args.members, statements=statements).dispose()
        db = open_cooperative(target, scheduled_backup=False).db
        try:
            uow = UnitOfWork(db)
            ctx = make_context(uow.as_actor(authenticate(uow, "admin", DEMO_PASSWORD)),
                               settings)
            window = MainWindow(ctx)
            window.resize(*SIZE)
            window.show()
            settle(app)
            for spec in window.specs:
                window.show_page(spec.key)
                settle(app, 1.0)
                if spec.key == "members":  # show a member's details, not an empty panel
                    page = window.page("members")
                    page.table.selectRow(1)  # type: ignore[attr-defined]
                    settle(app, 0.5)
                if spec.key == "sharing":  # the latest distribution, its first member chosen
                    page = window.page("sharing")
                    page.line_table.selectRow(0)  # type: ignore[attr-defined]
                    settle(app, 0.5)
                if spec.key == "reports":  # last year's balance sheet, previewed
                    page = window.page("reports")
                    page.set_report("balance-sheet")  # type: ignore[attr-defined]
                    page.period.choose("last_year")  # type: ignore[attr-defined]
                    page.preview()  # type: ignore[attr-defined]
                    settle(app, 3.0)
                if spec.key == "bank":  # the class exercise: October imported, a line chosen
                    bank_services.import_statement(ctx.uow, "BANCO", (
                        statements / "banco-2026-10.csv").read_bytes(), "banco-2026-10.csv")
                    page = window.page("bank")
                    page.refresh()  # type: ignore[attr-defined]
                    settle(app, 1.0)
                    page.bank_table.selectRow(2)  # type: ignore[attr-defined]
                    settle(app, 0.5)
                if spec.key == "governance":  # March's assembly, its minutes final
                    page = window.page("governance")
                    page.show_tab("meetings").select_meeting(1)  # type: ignore[attr-defined]
                    settle(app, 1.0)
                save(window, out, lang, spec.key)
                if spec.key == "governance":  # the board it elected, and the assembly mode
                    page.show_tab("elections").select(1)  # type: ignore[attr-defined]
                    settle(app, 1.0)
                    save(window, out, lang, "governance-elections")
                    from coopdesk.ui.assembly import AssemblyWindow

                    assembly = AssemblyWindow(ctx, 1)
                    assembly.resize(1280, 720)
                    assembly.show()
                    settle(app, 1.0)
                    save(assembly, out, lang, "assembly")
                    assembly.close()
                if spec.key == "plans":  # the business plan's results, the action plan, budget
                    page = window.page("plans")
                    page.tab("business").tabs.setCurrentIndex(3)  # type: ignore[attr-defined]
                    settle(app, 1.0)
                    save(window, out, lang, "plans")
                    actions = page.show_tab("actions")  # type: ignore[attr-defined]
                    actions.select(3)
                    settle(app, 1.0)
                    save(window, out, lang, "plans-actions")
                    page.show_tab("budget")  # type: ignore[attr-defined]
                    settle(app, 1.0)
                    save(window, out, lang, "plans-budget")
                if spec.key == "standards":  # CRAFT's checklist, training, incidents
                    page = window.page("standards")
                    for tab in ("checklist", "training", "incidents"):
                        shown = page.show_tab(tab)  # type: ignore[attr-defined]
                        if tab == "checklist":
                            tree = shown.tree
                            tree.setCurrentItem(tree.topLevelItem(4).child(3))
                        settle(app, 1.0)
                        save(window, out, lang, f"standards-{tab}")
                if spec.key == "bank":  # and the reconciliation of September, finished
                    page.tabs.setCurrentIndex(3)  # type: ignore[attr-defined]
                    settle(app, 1.5)
                    save(window, out, lang, "bank-reconcile")
            window.lock_now()
            settle(app)
            save(window, out, lang, "lock")

            def login() -> QWidget:
                dialog = LoginDialog(uow, demo_hint(), username="admin")
                return dialog

            def wizard() -> QWidget:
                w = NewCooperativeWizard(None)
                w.resize(720, 520)
                w.show()
                w.next()
                w.coop_page.name.setText("Cooperativa Minera La Esperanza")
                w.coop_page.share_value.setText("10000")
                return w

            def add_user() -> QWidget:
                dialog = UserDialog(ctx.uow)
                dialog.username.setText("maria.quispe")
                dialog.full_name.setText("María Quispe Mamani")
                dialog.password.setText("abcdefg")
                dialog.password2.setText("abcdefg")
                dialog.role_boxes[Role.TREASURER].setChecked(True)
                return dialog

            dialog_shot(app, lambda: MemberFormDialog(ctx.uow, 2), out, lang, "member-form")
            shared = [r for r in sharing_queries.runs(ctx.uow) if r.members]
            if shared:  # "why this amount" for the first member paid by the latest run
                first = sharing_queries.lines(ctx.uow, shared[0].number, limit=1,
                                              receiving_only=True)[0]
                dialog_shot(app, lambda: ExplainDialog(ctx.uow, shared[0].number, first.number,
                                                       settings=settings),
                            out, lang, "sharing-why")
            dialog_shot(app, lambda: StartDialog(settings), out, lang, "start", 560)
            dialog_shot(app, login, out, lang, "login", 480)
            dialog_shot(app, wizard, out, lang, "first-run")
            dialog_shot(app, add_user, out, lang, "add-user", 480)
            window.close()
            settle(app, 0.1)
        finally:
            db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
