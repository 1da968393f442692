"""The formalisation path as a document: for the assembly, a buyer's or a certifier's audit,
or a visit from the authority. The path as a table, what expires soon, the fees the books paid
with their entries, the documents kept (name, size, SHA-256) and the members' miner cards."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from coopdesk.core.i18n import _, language
from coopdesk.core.uow import UnitOfWork
from coopdesk.plans import formalisation as fp
from coopdesk.reports.cells import CellFormatter
from coopdesk.reports.document import (
    Cell,
    Column,
    Document,
    Heading,
    KeyValues,
    Kind,
    Paragraph,
    Signatures,
    Table,
)

CARDS_LISTED = 200   # members listed by name in each of the miner cards' tables
MIME_NAMES = {"application/pdf": "PDF", "image/png": "PNG", "image/jpeg": "JPEG"}


def file_size(size: int) -> str:
    """A size as a person reads it: 820 bytes, 34 KB, 2.4 MB."""
    if size < 1000:
        return _("{n} bytes", n=size)
    if size < 1_000_000:
        return _("{n} KB", n=round(size / 1000))
    return _("{n} MB", n=f"{size / 1_000_000:.1f}")


def stage_status(row: fp.StageRow) -> str:
    """The status said in words, with the expiry when it matters."""
    text = fp.state_label(row.state)
    if row.state == "expiring" and row.days_to_expiry is not None:
        return _("{status} (in {days} days)", status=text, days=row.days_to_expiry)
    if row.state == "expired" and row.days_to_expiry is not None:
        return _("{status} ({days} days ago)", status=text, days=-row.days_to_expiry)
    return text


def formalisation_document(uow: UnitOfWork, on: dt.date,
                           within_days: int = fp.WARN_DAYS) -> Document:
    coop = uow.coop()
    fmt = CellFormatter(language(), coop.currency)
    rows = fp.path(uow, on, within_days)
    prog = fp.progress(uow, on, within_days)
    cards = fp.miner_cards(uow, on, within_days)
    warns = fp.warnings(uow, on, within_days)
    fee_rows = fp.fees(uow)
    docs = fp.documents(uow)
    titles = {r.id: r.title for r in rows}
    paid = sum((r.fees_total for r in rows), start=Decimal(0))

    doc = Document(title=_("Formalisation path"), cooperative=coop.name,
                   currency=coop.currency,
                   subtitle=_("As it stands on {date}", date=fmt.date(on)), landscape=True)
    current = (_("Step {step}: {title} ({status})", step=prog.current.step,
                 title=prog.current.title, status=fp.state_label(prog.current.state))
               if prog.current is not None else
               _("Every stage is granted and valid") if rows else _("No stage recorded yet"))
    nxt = prog.next_expiry
    facts = [(_("Stages granted and valid"), _("{granted} of {total}", granted=prog.granted,
                                               total=prog.total)),
             (_("Current step"), current),
             (_("Next expiry"), _("{title}, on {date}", title=nxt.title,
                                  date=fmt.date(nxt.expires_on))
              if nxt is not None and nxt.expires_on is not None else "–"),
             (_("Miner cards"), fp.cards_line(cards)),
             (_("Fees paid"), f"{fmt.text(Kind.MONEY, paid)} {coop.currency}")]
    doc.add(KeyValues(facts))

    doc.add(Heading(_("The path"), 2))
    if rows:
        doc.add(Table(
            [Column(_("Step"), Kind.INT, 0.5), Column(_("Stage"), Kind.TEXT, 2.6),
             Column(_("Authority"), Kind.TEXT, 2.0), Column(_("Reference"), Kind.TEXT, 1.7),
             Column(_("Issued"), Kind.DATE, 0.85), Column(_("Expires"), Kind.DATE, 0.85),
             Column(_("Status"), Kind.TEXT, 1.5), Column(_("Fees paid"), Kind.MONEY, 1.0, True)],
            [[r.step, r.title, r.authority, r.reference_no or "", r.issued_on, r.expires_on,
              stage_status(r), r.fees_total] for r in rows],
            sheet=_("Path")))
        notes = [r for r in rows if r.notes or r.site or r.kind == "miner_registration"]
        for r in notes:
            bits = []
            if r.kind == "miner_registration":
                bits.append(fp.cards_line(cards) + ".")
            if r.site:
                bits.append(_("Mining site: {site}.", site=r.site))
            if r.notes:
                bits.append(r.notes)
            doc.add(Paragraph(_("{step}. {title}: {notes}", step=r.step, title=r.title,
                                notes=" ".join(bits))))
    else:
        doc.add(Paragraph(_("No stage of the formalisation path is recorded yet.")))

    doc.add(Heading(_("Warnings"), 2))
    if warns:
        for text in warns:
            doc.add(Paragraph("• " + text))
    else:
        doc.add(Paragraph(_("Nothing has expired and nothing expires within {days} days.",
                            days=within_days)))

    doc.add(Heading(_("Fees paid"), 2))
    if fee_rows:
        doc.add(Table(
            [Column(_("Stage"), Kind.TEXT, 1.6), Column(_("Date"), Kind.DATE, 0.85),
             Column(_("Entry"), Kind.TEXT, 0.75), Column(_("Description"), Kind.TEXT, 2.6),
             Column(_("Amount"), Kind.MONEY, 1.1, True)],
            [[titles.get(f.stage_id, ""), f.date, f.key,
              f"{f.description} — {f.note}" if f.note else f.description, f.amount]
             for f in fee_rows], sheet=_("Fees")))
        doc.add(Paragraph(_("Each amount is what the posted entry paid, read from the books "
                            "(its total debits).")))
    else:
        doc.add(Paragraph(_("No fee is linked to an entry of the books yet.")))

    doc.add(Heading(_("Documents held"), 2))
    if docs:
        doc.add(Table(
            [Column(_("Stage"), Kind.TEXT, 1.6), Column(_("File"), Kind.TEXT, 2.0),
             Column(_("Type"), Kind.TEXT, 0.55), Column(_("Size"), Kind.TEXT, 0.7),
             Column(_("Added"), Kind.DATE, 0.85), Column(_("SHA-256 (start)"), Kind.TEXT, 1.2)],
            [[titles.get(d.stage_id, ""), d.filename, MIME_NAMES.get(d.mime, d.mime),
              file_size(d.size), d.added_at.date(), d.sha256[:16]] for d in docs],
            sheet=_("Documents")))
    else:
        doc.add(Paragraph(_("No document is kept yet.")))

    doc.add(Heading(_("Members' miner cards"), 2))
    doc.add(KeyValues([
        (_("Active members"), str(cards.members)),
        (_("Holding a valid card"), str(cards.valid)),
        (_("Expiring within {days} days", days=within_days), str(len(cards.expiring))),
        (_("Expired"), str(len(cards.expired))),
        (_("No card recorded"), str(cards.without))]))
    card_cols = [Column(_("Member"), Kind.INT, 0.7), Column(_("Name"), Kind.TEXT, 3.0),
                 Column(_("Card expires"), Kind.DATE, 1.0)]
    for title, listed in ((_("Cards expiring within {days} days", days=within_days),
                           cards.expiring),
                          (_("Cards expired"), cards.expired)):
        if not listed:
            continue
        body: list[list[Cell]] = [[c.number, c.name, c.expiry] for c in listed[:CARDS_LISTED]]
        doc.add(Table(card_cols, body, title=title, sheet=_("Miner cards")))
        if len(listed) > CARDS_LISTED:
            doc.add(Paragraph(_("… and {more} more (see the member register).",
                                more=len(listed) - CARDS_LISTED)))
    doc.add(Signatures([_("Secretary"), _("President")]))
    return doc
