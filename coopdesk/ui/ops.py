"""Long work off the GUI thread through one helper.

``run_op`` runs a function in a worker thread with a progress dialog and a Cancel button, and
calls back on the GUI thread with the result or the error. The function receives a
:class:`Progress` whose ``cancelled()`` it checks and whose ``report(done, total)`` moves the bar.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from coopdesk.ui.errors import show_error


class Progress:
    def __init__(self, signal: Any) -> None:
        self._signal = signal
        self._cancel = threading.Event()

    def report(self, done: int, total: int) -> None:
        self._signal.emit(done, total)

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _Worker(QObject):
    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, fn: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.progress = Progress(self.progressed)

    def run(self) -> None:
        try:
            result = self.fn(self.progress)
        except BaseException as exc:
            self.failed.emit(exc)
        else:
            self.finished.emit(result)


_running: set[QThread] = set()


def run_op(parent: QWidget | None, label: str, fn: Callable[[Progress], Any],
           on_done: Callable[[Any], None], on_error: Callable[[BaseException], None] | None = None,
           ) -> Progress:
    """Run ``fn(progress)`` in a worker thread behind a modal progress dialog with Cancel."""
    thread = QThread(parent)
    worker = _Worker(fn)
    worker.moveToThread(thread)
    dialog = QProgressDialog(label, QCoreApplication.translate("ops", "Cancel"), 0, 0, parent)
    dialog.setObjectName("opProgress")
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(worker.progress.cancel)

    def progressed(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))

    def finish() -> None:
        dialog.close()
        thread.quit()

    def done(result: Any) -> None:
        finish()
        on_done(result)

    def failed(exc: BaseException) -> None:
        finish()
        (on_error or (lambda e: show_error(parent, e)))(exc)

    worker.progressed.connect(progressed)
    worker.finished.connect(done)
    worker.failed.connect(failed)
    thread.started.connect(worker.run)
    thread.finished.connect(lambda: _running.discard(thread))
    thread.finished.connect(worker.deleteLater)
    _running.add(thread)
    thread._worker = worker  # type: ignore[attr-defined]  # keep the worker alive with its thread
    thread.start()
    return worker.progress


def wait_all(timeout_ms: int = 30000) -> None:
    """Wait for running workers (used by tests and on quit)."""
    for thread in list(_running):
        thread.wait(timeout_ms)
