"""Long work runs off the GUI thread, and its results come back on the GUI thread."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from coopdesk.core.errors import ValidationError
from coopdesk.ui.ops import Progress, run_op, wait_all


def test_result_and_error_arrive_on_the_gui_thread(qtbot: QtBot) -> None:
    gui = threading.get_ident()
    seen: dict[str, object] = {}

    def work(p: Progress) -> int:
        p.report(1, 2)
        return threading.get_ident()

    run_op(None, "work", work, lambda r: seen.update(worker=r, done=threading.get_ident()))
    qtbot.waitUntil(lambda: "done" in seen)
    assert seen["worker"] != gui and seen["done"] == gui

    def fail(p: Progress) -> None:
        raise ValidationError("bad row")

    errors: list[tuple[BaseException, int]] = []
    run_op(None, "fail", fail, lambda r: None,
           on_error=lambda e: errors.append((e, threading.get_ident())))
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0][0], ValidationError) and errors[0][1] == gui
    wait_all()


def test_cancel_reaches_the_worker(qtbot: QtBot) -> None:
    results: list[object] = []
    started = threading.Event()

    def work(p: Progress) -> str:
        started.set()
        for _ in range(500):
            if p.cancelled():
                return "cancelled"
            threading.Event().wait(0.01)
        return "finished"

    progress = run_op(None, "long", work, results.append)
    assert started.wait(5)
    progress.cancel()
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert results == ["cancelled"]
    wait_all()

