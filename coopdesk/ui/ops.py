"""Long work off the GUI thread through one helper.

``run_op`` runs a function in a worker thread with a progress dialog and a Cancel button, and
calls back on the GUI thread with the result or the error. The function receives a
:class:`Progress` whose ``cancelled()`` it checks and whose ``report(done, total)`` moves the bar.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
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


class _Receiver(QObject):
    """Lives on the GUI thread, so the worker's signals reach it queued, on that thread.
    (Signals connected to plain Python functions would run in the emitting worker thread.)"""

    def __init__(self, dialog: QProgressDialog, thread: QThread, parent: QWidget | None,
                 on_done: Callable[[Any], None],
                 on_error: Callable[[BaseException], None] | None) -> None:
        super().__init__()
        self._dialog, self._thread, self._parent = dialog, thread, parent
        self.on_done, self.on_error = on_done, on_error

    @Slot(int, int)
    def progressed(self, done: int, total: int) -> None:
        self._dialog.setMaximum(max(total, 1))
        self._dialog.setValue(min(done, max(total, 1)))

    def _finish(self) -> None:
        self._dialog.close()
        self._thread.quit()

    @Slot(object)
    def done(self, result: Any) -> None:
        self._finish()
        self.on_done(result)

    @Slot(object)
    def failed(self, exc: BaseException) -> None:
        self._finish()
        if self.on_error is not None:
            self.on_error(exc)
        else:
            show_error(self._parent, exc)


_running: dict[QThread, _Receiver] = {}


def _prepare_for_worker() -> None:
    """What must happen on the GUI thread before a worker starts. Importing the renderers
    (openpyxl pulls in numpy) for the first time in a worker thread crashes PySide6; and Qt
    objects left only in reference cycles (closed dialogs) must not be collected by a
    garbage-collection pass that happens to run in the worker."""
    import coopdesk.reports.pdf
    import coopdesk.reports.xlsx  # noqa: F401

    gc.collect()


def run_op(parent: QWidget | None, label: str, fn: Callable[[Progress], Any],
           on_done: Callable[[Any], None], on_error: Callable[[BaseException], None] | None = None,
           ) -> Progress:
    """Run ``fn(progress)`` in a worker thread behind a modal progress dialog with Cancel.
    ``on_done`` and ``on_error`` are called on the GUI thread."""
    _prepare_for_worker()
    thread = QThread(parent)
    worker = _Worker(fn)
    worker.moveToThread(thread)
    dialog = QProgressDialog(label, QCoreApplication.translate("ops", "Cancel"), 0, 0, parent)
    dialog.setObjectName("opProgress")
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(worker.progress.cancel)
    receiver = _Receiver(dialog, thread, parent, on_done, on_error)
    worker.progressed.connect(receiver.progressed, Qt.ConnectionType.QueuedConnection)
    worker.finished.connect(receiver.done, Qt.ConnectionType.QueuedConnection)
    worker.failed.connect(receiver.failed, Qt.ConnectionType.QueuedConnection)
    thread.started.connect(worker.run)
    thread.finished.connect(receiver.deleteLater)
    thread.finished.connect(worker.deleteLater)
    thread.finished.connect(lambda: _running.pop(thread, None))
    _running[thread] = receiver
    thread._worker = worker  # type: ignore[attr-defined]  # keep the worker alive with its thread
    thread.start()
    return worker.progress


def wait_all(timeout_ms: int = 30000) -> None:
    """Wait for running workers (used by tests and on quit)."""
    for thread in list(_running):
        thread.wait(timeout_ms)
