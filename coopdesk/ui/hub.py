"""One signal hub: every committed write's :class:`Changes` is re-emitted here, on the GUI
thread, and each page decides whether to refresh."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from coopdesk.core.uow import Changes, UnitOfWork


class Hub(QObject):
    changed = Signal(object)  # Changes

    def attach(self, uow: UnitOfWork) -> None:
        """Listen to a unit of work; writes from worker threads arrive queued on the GUI thread."""
        uow.listeners.append(self._emit)

    def _emit(self, changes: Changes) -> None:
        self.changed.emit(changes)
