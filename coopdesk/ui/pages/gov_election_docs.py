"""An election's documents, under the elections tab: the results sheet for the minutes (PDF or
Excel), numbered paper ballots to print, and the ballots as a BLT file (written once the poll
has closed; read into a paper election whose poll has closed)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.access import Permission
from coopdesk.core.errors import CoopdeskError
from coopdesk.core.i18n import _
from coopdesk.governance import election_io, elections
from coopdesk.governance.elections import ElectionInfo
from coopdesk.reports.document import Document
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.sharing_forms import ask_save_path
from coopdesk.ui.errors import show_error
from coopdesk.ui.exporting import WritesInWorker
from coopdesk.ui.icons import icon
from coopdesk.ui.widgets.buttons import action_button


class ElectionDocuments(WritesInWorker, QGroupBox):
    """The documents of the election shown (see the module's docstring)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(_("Documents"), parent)
        self.setObjectName("electionDocuments")
        self.ctx = ctx
        self.info: ElectionInfo | None = None
        self.busy = False
        self.last_export: Path | None = None

        def button(name: str, text: str, slot: object) -> QPushButton:
            b = action_button(name, icon("reports"), slot)  # type: ignore[arg-type]
            b.setText(text)
            return b

        self.results_pdf = button("resultsPdf", _("Results sheet (PDF)…"),
                                  lambda: self.write_results("pdf"))
        self.results_xlsx = button("resultsXlsx", _("Results (Excel)…"),
                                   lambda: self.write_results("xlsx"))
        self.papers = QSpinBox()
        self.papers.setObjectName("paperCount")
        self.papers.setRange(1, 2000)
        self.papers.setValue(50)
        self.papers.setSuffix(" " + _("papers"))
        self.papers_button = button("ballotPapers", _("Numbered ballot papers (PDF)…"),
                                    self.write_papers)
        self.export_blt = button("exportBlt", _("Export ballots (BLT)…"), self.write_blt)
        self.import_blt = button("importBlt", _("Import paper ballots (BLT)…"), self.read_blt)
        self.said = QLabel()
        self.said.setObjectName("documentsSaid")
        self.said.setWordWrap(True)
        first = QHBoxLayout()
        for w in (self.results_pdf, self.results_xlsx, self.papers, self.papers_button):
            first.addWidget(w)
        first.addStretch(1)
        second = QHBoxLayout()
        for w in (self.export_blt, self.import_blt):
            second.addWidget(w)
        second.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addLayout(first)
        lay.addLayout(second)
        lay.addWidget(self.said)

    def show_for(self, info: ElectionInfo | None) -> None:
        if info is None or self.info is None or info.id != self.info.id:
            self.said.clear()
        self.info = info
        self.setVisible(info is not None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        info, free = self.info, not self.busy
        if info is None:
            return
        counted = info.status == elections.COUNTED
        closed = info.status in (elections.CLOSED, elections.COUNTED)
        standing = any(not c.withdrawn for c in info.candidates)
        self.results_pdf.setEnabled(free and counted)
        self.results_xlsx.setEnabled(free and counted)
        self.papers_button.setEnabled(free and standing and info.status != elections.DRAFT)
        self.papers.setEnabled(self.papers_button.isEnabled())
        self.export_blt.setEnabled(free and closed)
        paper = info.entry == elections.PAPER and info.status == elections.CLOSED
        self.import_blt.setVisible(info.entry == elections.PAPER)
        self.import_blt.setEnabled(free and paper and self.ctx.uow.actor.can(
            Permission.ELECTION))

    def _export_said(self, text: str) -> None:
        self.said.setText(text)

    def _name(self, what: str) -> str:
        assert self.info is not None
        safe = "".join(ch if ch.isalnum() else "-" for ch in self.info.title).strip("-")
        return f"{what}-{safe.lower() or self.info.id}"

    def write_results(self, fmt: str, path: Path | None = None) -> None:
        info = self.info
        if info is None or self.busy:
            return
        path = path or ask_save_path(self, self.ctx.settings, _("Results sheet"),
                                     f"{self._name(_('results'))}.{fmt}", fmt)
        if path is None:
            return
        uow, eid = self.ctx.uow, info.id

        def build() -> Document:
            from coopdesk.governance.election_reports import results_document

            return results_document(uow, eid)

        self.write_in_worker(uow, build, path, fmt)

    def write_papers(self, path: Path | None = None) -> None:
        info = self.info
        if info is None or self.busy:
            return
        path = path or ask_save_path(self, self.ctx.settings, _("Ballot papers"),
                                     f"{self._name(_('ballots'))}.pdf", "pdf")
        if path is None:
            return
        uow, eid, count = self.ctx.uow, info.id, self.papers.value()

        def build() -> Document:
            from coopdesk.governance.election_reports import ballot_papers_document

            return ballot_papers_document(uow, eid, count)

        self.write_in_worker(uow, build, path, "pdf")

    def write_blt(self, path: Path | None = None) -> None:
        info = self.info
        if info is None:
            return
        if path is None:
            chosen, _f = QFileDialog.getSaveFileName(
                self, _("Export ballots (BLT)"),
                str(Path(self.ctx.settings.value("export_dir", str(Path.home())))
                    / f"{self._name('ballots')}.blt"), _("Ballot files (*.blt)"))
            if not chosen:
                return
            path = Path(chosen)
        try:
            text = election_io.export_blt(self.ctx.uow, info.id)
            path.write_text(text, encoding="utf-8")
        except (CoopdeskError, OSError) as exc:
            show_error(self, exc)
            return
        self.said.setText(_("Saved {path}", path=path))

    def read_blt(self, path: Path | None = None) -> None:
        info = self.info
        if info is None:
            return
        if path is None:
            chosen, _f = QFileDialog.getOpenFileName(
                self, _("Import paper ballots (BLT)"),
                str(self.ctx.settings.value("export_dir", str(Path.home()))),
                _("Ballot files (*.blt);;All files (*)"))
            if not chosen:
                return
            path = Path(chosen)
        try:
            papers = election_io.import_blt(self.ctx.uow, info.id,
                                            path.read_text(encoding="utf-8-sig"))
        except (CoopdeskError, OSError, UnicodeDecodeError) as exc:
            show_error(self, exc)
            return
        self.said.setText(_("{n} papers read from {path}.", n=papers, path=path.name))
