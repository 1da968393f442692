"""Writing a document (PDF, Excel) from a page in a worker: the page is busy while it writes,
keeps the last file written, and says the outcome. Pages mix :class:`WritesInWorker` in."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtWidgets import QWidget

from coopdesk.core.errors import CoopdeskError
from coopdesk.core.i18n import _
from coopdesk.ui.errors import show_error
from coopdesk.ui.ops import Progress, run_op

if TYPE_CHECKING:
    from coopdesk.core.uow import UnitOfWork
    from coopdesk.reports.document import Document


class WritesInWorker:
    """For a QWidget with ``busy``, ``last_export`` and ``_update_buttons()``; it says what
    happened through :meth:`_export_said` (and a refusal through :meth:`_export_refused`)."""

    busy: bool
    last_export: Path | None

    def _update_buttons(self) -> None:
        raise NotImplementedError

    def _export_said(self, text: str) -> None:
        raise NotImplementedError

    def _export_refused(self, message: str) -> None:
        """A refusal the user can act on, besides the error box; nothing more by default."""

    def write_in_worker(self, uow: UnitOfWork, build: Callable[[], Document], path: Path,
                        fmt: str) -> None:
        """Build the document and write it to ``path`` as ``fmt`` in a worker."""
        from coopdesk.reports import output

        def work(_progress: Progress) -> Path:
            return output.export(uow, build(), path, fmt)

        self.busy = True
        self.last_export = None
        self._update_buttons()
        run_op(cast(QWidget, self), _("Writing {path}…", path=path.name), work, self._exported,
               self._failed)

    def _exported(self, path: Path) -> None:
        self.busy = False
        self.last_export = path
        self._update_buttons()
        self._export_said(_("Saved {path}", path=path))

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self._update_buttons()
        if isinstance(exc, CoopdeskError):
            self._export_refused(exc.message)
        show_error(cast(QWidget, self), exc)
