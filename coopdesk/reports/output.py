"""Render a document to a file, stamped with the audit chain's head at that moment."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from coopdesk.core import audit
from coopdesk.core.errors import FileError
from coopdesk.core.i18n import _, language
from coopdesk.core.uow import UnitOfWork
from coopdesk.reports.document import Document

FORMATS = ("pdf", "xlsx", "csv")


def stamp(uow: UnitOfWork, doc: Document) -> Document:
    with uow.read() as s:
        doc.chain_seq, doc.chain_head = audit.head(s)
    doc.generated_at = dt.datetime.now().replace(microsecond=0)
    doc.language = language()
    return doc


def export(uow: UnitOfWork, doc: Document, path: Path, fmt: str | None = None) -> Path:
    """Write ``doc`` as PDF, Excel or CSV (chosen by ``fmt`` or the file's suffix)."""
    path = Path(path).expanduser()
    kind = (fmt or path.suffix.lstrip(".")).lower()
    if kind not in FORMATS:
        raise FileError(_("Choose PDF, Excel (xlsx) or CSV, not '{fmt}'.", fmt=kind))
    if not path.parent.exists():
        raise FileError(_("The folder {folder} does not exist.", folder=path.parent))
    stamp(uow, doc)
    tmp = path.with_name(path.name + ".part")
    try:
        if kind == "pdf":
            from coopdesk.reports.pdf import render_pdf

            render_pdf(doc, tmp)
        elif kind == "csv":
            from coopdesk.reports.csvout import render_csv

            render_csv(doc, tmp)
        else:
            from coopdesk.reports.xlsx import render_xlsx

            render_xlsx(doc, tmp)
        tmp.replace(path)
    except PermissionError as exc:
        raise FileError(_("Cannot write {path}: it is open in another program or the folder "
                          "is read-only.", path=path)) from exc
    finally:
        tmp.unlink(missing_ok=True)
    return path
