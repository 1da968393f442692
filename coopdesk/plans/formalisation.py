"""The formalisation path: the registrations, licences, titles and mining zone a cooperative
goes through, each with its reference number, dates, documents and the fees the books paid.

The path's order is the order of :data:`KINDS` (miners registered, the cooperative registered,
a provincial or regional permit, the national licence or title, a mining zone, anything else),
then the order the stages were added. A stage's status is stored (not started, applied,
granted, refused, lapsed); whether a granted stage has *expired* is derived from its expiry
date and the day asked about, never stored: ``expires_on`` is the last day it is valid.

A fee is a posted journal entry linked to a stage. Its amount is read from the books, never
typed: **the entry's total debits** (a balanced entry's whole amount; for a payment from the
cash box or the bank, what left it). Reversed entries and reversals paid nothing and are
refused; an entry pays the fees of one stage only.

Documents (a scanned certificate, licence or receipt: PDF, JPEG or PNG, at most 10 MB) are kept
in the file with their SHA-256. The members' miner cards (``member.miner_card_expiry``) are
counted for the miner registration stage and warned about before they expire.

Every write checks ``Permission.PLANS``, validates, writes, appends to the audit chain with a
digest of the stage (its fields, documents and fees) and commits all or nothing. Qt-free.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coopdesk.core import audit
from coopdesk.core.access import Permission
from coopdesk.core.errors import NotFound, ValidationError
from coopdesk.core.i18n import N_, _
from coopdesk.core.models import Cooperative
from coopdesk.core.money import from_minor
from coopdesk.core.uow import UnitOfWork, WriteTx
from coopdesk.ledger import services as books
from coopdesk.ledger.models import AccountRole, FiscalYear, JournalEntry, JournalLine
from coopdesk.members.models import Member, Site
from coopdesk.members.rules import Status
from coopdesk.plans.models import FormalDocumentRow, FormalFeeRow, FormalStageRow

AREA = "plans"
ENTITY = "formal_stage"
WARN_DAYS = 90          # a stage or a miner card expiring within this many days is warned about
MAX_TITLE, MAX_AUTHORITY, MAX_REF, MAX_FILENAME = 200, 200, 100, 200
MAX_DOCUMENT = 10_000_000
NAMES_SHOWN = 3         # members named in a warning about miner cards
MONEY_ROLES = ("cash", "bank", "mobile_money")

# ---- kinds and statuses ------------------------------------------------------------------------

KINDS: tuple[str, ...] = ("miner_registration", "coop_registration", "provincial_licence",
                          "national_licence", "mining_zone", "other")
KIND_LABELS: dict[str, str] = {
    "miner_registration": N_("Miners registered"),
    "coop_registration": N_("Cooperative registered"),
    "provincial_licence": N_("Regional permit or environmental licence"),
    "national_licence": N_("National licence or mining title"),
    "mining_zone": N_("Artisanal mining zone"),
    "other": N_("Other step"),
}
KIND_HELP: dict[str, str] = {
    "miner_registration": N_("The members registered as miners with the authority, each with "
                             "a miner card: e.g. the subsistence miner certificate and RUCOM "
                             "in Colombia, the artisanal miner card in DR Congo."),
    "coop_registration": N_("The cooperative's legal registration: e.g. the Chamber of "
                            "Commerce in Colombia, the registry of cooperatives elsewhere."),
    "provincial_licence": N_("A permit from the province or region: e.g. an environmental "
                             "licence from a regional environmental authority, a water or "
                             "explosives permit."),
    "national_licence": N_("The right to mine from the national authority: a licence, a "
                           "mining title or a concession contract."),
    "mining_zone": N_("An area set aside for artisanal mining: e.g. a ZEA in DR Congo, a "
                      "special reserve area (área de reserva especial) in Colombia."),
    "other": N_("Any other step the authorities or a buyer require."),
}
STATUSES: tuple[str, ...] = ("not_started", "applied", "granted", "refused", "lapsed")
STATUS_LABELS: dict[str, str] = {
    "not_started": N_("Not started"),
    "applied": N_("Applied"),
    "granted": N_("Granted"),
    "refused": N_("Refused"),
    "lapsed": N_("Lapsed"),
}
# What a stage is shown as on a day: its status, "expired" for a granted stage past its expiry
# date, "expiring" for one that expires within the warning window (derived, never stored).
STATE_LABELS: dict[str, str] = {
    "not_started": N_("Not started"),
    "applied": N_("Applied, in progress"),
    "granted": N_("Granted, valid"),
    "expiring": N_("Expiring soon"),
    "expired": N_("Expired"),
    "refused": N_("Refused"),
    "lapsed": N_("Lapsed"),
}
FIELDS = ("kind", "title", "authority", "reference_no", "status", "applied_on", "issued_on",
          "expires_on", "site", "notes")
_MAGIC = ((b"%PDF-", "application/pdf"), (b"\x89PNG\r\n\x1a\n", "image/png"),
          (b"\xff\xd8\xff", "image/jpeg"))


# ---- what the UI and the reports get -----------------------------------------------------------

@dataclass(frozen=True)
class StageRow:
    id: int
    step: int                    # 1-based position on the path
    kind: str
    title: str
    authority: str
    reference_no: str | None
    status: str                  # as stored
    state: str                   # as shown on the day: a status, "expiring" or "expired"
    applied_on: dt.date | None
    issued_on: dt.date | None
    expires_on: dt.date | None
    days_to_expiry: int | None   # negative once expired; None without an expiry date
    site_id: int | None
    site: str | None
    notes: str
    fees_total: Decimal
    fees: int
    documents: int
    updated_by: str
    updated_at: dt.datetime

    @property
    def valid(self) -> bool:
        """Granted and not expired on the day asked about."""
        return self.state in ("granted", "expiring")


@dataclass(frozen=True)
class DocumentRow:
    id: int
    stage_id: int
    filename: str
    mime: str
    size: int
    sha256: str
    added_by: str
    added_at: dt.datetime


@dataclass(frozen=True)
class FeeRow:
    id: int
    stage_id: int
    entry_id: int
    year: str
    number: int
    date: dt.date
    description: str
    amount: Decimal
    note: str

    @property
    def key(self) -> str:
        return entry_key(self.year, self.number)


@dataclass(frozen=True)
class PaymentEntry:
    """A posted entry that took money out of the cash box, the bank or mobile money: what may
    be linked as a fee. ``amount`` is its total debits; ``stage_id`` the stage it pays, if any."""

    id: int
    year: str
    number: int
    date: dt.date
    description: str
    amount: Decimal
    stage_id: int | None

    @property
    def key(self) -> str:
        return entry_key(self.year, self.number)


@dataclass(frozen=True)
class MemberCard:
    number: int
    name: str
    expiry: dt.date


@dataclass(frozen=True)
class CardState:
    """The active members' miner cards on a day."""

    members: int                 # active members
    valid: int                   # holding a card valid on the day
    expiring: list[MemberCard]   # valid, but expiring within the window (soonest first)
    expired: list[MemberCard]    # expired before the day (the most recent first)
    without: int                 # no card at all


@dataclass(frozen=True)
class Alert:
    level: str                   # "expired" or "expiring"
    text: str
    stage_id: int | None         # None: about the members' miner cards


@dataclass(frozen=True)
class PathProgress:
    granted: int                 # stages granted and valid on the day
    total: int                   # stages on the path
    current: StageRow | None     # the first stage not granted and valid, in path order
    next_expiry: StageRow | None  # the valid stage that expires first


# ---- small helpers -----------------------------------------------------------------------------

def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _currency(s: Session) -> str:
    return s.get_one(Cooperative, 1).currency


def entry_key(year: str, number: int) -> str:
    """How an entry is named to a person: ``2026/14``."""
    return f"{year}/{number}"


def parse_entry(text: str) -> tuple[str, int]:
    """``2026:14`` (or ``2026/14``, ``2026-14``) as the fiscal year's name and the number."""
    raw = text.strip()
    for sep in (":", "/", "-"):
        year, found, number = raw.rpartition(sep)
        if found and year.strip():
            try:
                n = int(number)
            except ValueError:
                break
            if n > 0:
                return year.strip(), n
            break
    raise ValidationError(_("Name the entry as YEAR:NUMBER, e.g. 2026:14; not “{value}”.",
                            value=text), "entry")


def kind_label(kind: str) -> str:
    return _(KIND_LABELS.get(kind, kind))


def state_label(state: str) -> str:
    return _(STATE_LABELS.get(state, state))


def state_of(status: str, expires_on: dt.date | None, on: dt.date,
             within_days: int = WARN_DAYS) -> str:
    """What a stage is shown as on ``on``: a granted stage past its expiry date is "expired",
    one whose expiry falls within ``within_days`` is "expiring"; else its status."""
    if status != "granted" or expires_on is None:
        return status
    days = (expires_on - on).days
    if days < 0:
        return "expired"
    if days <= within_days:
        return "expiring"
    return "granted"


def _clean(text: str | None) -> str:
    return " ".join((text or "").split())


def _stage(s: Session, stage_id: int) -> FormalStageRow:
    row = s.get(FormalStageRow, stage_id)
    if row is None:
        raise NotFound(_("There is no stage {id} on the formalisation path.", id=stage_id))
    return row


def _site_id(s: Session, site: int | str | None) -> int | None:
    if site is None or (isinstance(site, str) and not site.strip()):
        return None
    if isinstance(site, int) and not isinstance(site, bool):
        if s.get(Site, site) is None:
            raise ValidationError(_("There is no mining site {id}.", id=site), "site")
        return site
    name = _clean(str(site))
    found = s.scalar(select(Site.id).where(func.lower(Site.name) == name.lower()))
    if found is None:
        known = ", ".join(s.scalars(select(Site.name).order_by(Site.name)))
        raise ValidationError(_("There is no mining site “{name}”; the sites are: {known}.",
                                name=name, known=known or "-"), "site")
    return int(found)


def _check_date(value: object, field: str) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise ValidationError(_("“{value}” is not a date.", value=value), field)
    return value


def _check(values: dict[str, Any]) -> dict[str, Any]:
    """Every rule of a stage's fields, on the whole of them; the field that breaks one named."""
    out = dict(values)
    kind = str(out["kind"] or "").strip()
    if kind not in KINDS:
        raise ValidationError(_("A stage is one of: {kinds}; not “{kind}”.",
                                kinds=", ".join(KINDS), kind=kind), "kind")
    out["kind"] = kind
    title = _clean(out["title"])
    if not title:
        raise ValidationError(_("Give the stage a title, e.g. “Environmental licence”."),
                              "title")
    if len(title) > MAX_TITLE:
        raise ValidationError(_("The title is longer than {n} characters.", n=MAX_TITLE),
                              "title")
    out["title"] = title
    authority = _clean(out["authority"])
    if len(authority) > MAX_AUTHORITY:
        raise ValidationError(_("The authority's name is longer than {n} characters.",
                                n=MAX_AUTHORITY), "authority")
    out["authority"] = authority
    ref = _clean(out["reference_no"]) or None
    if ref is not None and len(ref) > MAX_REF:
        raise ValidationError(_("The reference number is longer than {n} characters.",
                                n=MAX_REF), "reference_no")
    out["reference_no"] = ref
    status = str(out["status"] or "").strip()
    if status not in STATUSES:
        raise ValidationError(_("A stage's status is one of: {statuses}; not “{status}”.",
                                statuses=", ".join(STATUSES), status=status), "status")
    out["status"] = status
    applied = _check_date(out["applied_on"], "applied_on")
    issued = _check_date(out["issued_on"], "issued_on")
    expires = _check_date(out["expires_on"], "expires_on")
    today = dt.date.today()
    for day, field, what in ((applied, "applied_on", _("application")),
                             (issued, "issued_on", _("issue"))):
        if day is not None and day > today:
            raise ValidationError(_("The {what} date {date} is in the future.", what=what,
                                    date=day.isoformat()), field)
    if applied is not None and issued is not None and issued < applied:
        raise ValidationError(_("It cannot be issued ({issued}) before it was applied for "
                                "({applied}).", issued=issued.isoformat(),
                                applied=applied.isoformat()), "issued_on")
    if expires is not None and issued is not None and expires <= issued:
        raise ValidationError(_("It must expire after it was issued ({issued}), not on "
                                "{expires}.", issued=issued.isoformat(),
                                expires=expires.isoformat()), "expires_on")
    if status == "granted":
        if issued is None:
            raise ValidationError(_("A granted stage needs the date it was issued."),
                                  "issued_on")
        if ref is None:
            raise ValidationError(_("A granted stage needs its reference number (of the "
                                    "certificate, licence or title)."), "reference_no")
    if status == "not_started" and (applied is not None or issued is not None):
        raise ValidationError(_("A stage with an application or issue date has started: "
                                "say whether it is applied for, granted, refused or lapsed."),
                              "status")
    out["notes"] = (out["notes"] or "").strip()
    return out


# ---- the audit trail ---------------------------------------------------------------------------

def _digest(s: Session, row: FormalStageRow) -> str:
    docs = sorted(s.scalars(select(FormalDocumentRow.sha256)
                            .where(FormalDocumentRow.stage_id == row.id)))
    fees = sorted([uid, note] for uid, note in s.execute(
        select(JournalEntry.uid, FormalFeeRow.note)
        .join(JournalEntry, JournalEntry.id == FormalFeeRow.entry_id)
        .where(FormalFeeRow.stage_id == row.id)))
    return audit.digest({"kind": row.kind, "place": row.place, "title": row.title,
                         "authority": row.authority, "reference": row.reference_no,
                         "status": row.status, "applied_on": row.applied_on,
                         "issued_on": row.issued_on, "expires_on": row.expires_on,
                         "site": row.site_id, "notes": row.notes, "documents": docs,
                         "fees": fees})


def _audit(tx: WriteTx, action: str, row: FormalStageRow, **summary: object) -> None:
    tx.session.flush()
    tx.audit(action, ENTITY, row.id, digest=_digest(tx.session, row), **summary)
    tx.touch(AREA)


def _stage_digests(s: Session) -> list[tuple[str, str]]:
    return [(str(r.id), _digest(s, r)) for r in s.scalars(select(FormalStageRow))]


audit.register_digest_source(ENTITY, _stage_digests, "formal_stage")


# ---- writing the stages ------------------------------------------------------------------------

def add_stage(uow: UnitOfWork, kind: str, title: str, *, authority: str = "",
              reference_no: str | None = None, applied_on: dt.date | None = None,
              issued_on: dt.date | None = None, expires_on: dt.date | None = None,
              site: int | str | None = None, notes: str = "",
              status: str | None = None) -> int:
    """A new stage at the end of its kind's steps; returns its id. Without ``status``: granted
    when an issue date is given, applied when an application date is, else not started."""
    if status is None:
        status = ("granted" if issued_on is not None else
                  "applied" if applied_on is not None else "not_started")
    values = _check({"kind": kind, "title": title, "authority": authority,
                     "reference_no": reference_no, "status": status, "applied_on": applied_on,
                     "issued_on": issued_on, "expires_on": expires_on, "notes": notes})
    with uow.write(Permission.PLANS, AREA) as tx:
        s = tx.session
        place = int(s.scalar(select(func.coalesce(func.max(FormalStageRow.place), 0))
                             .where(FormalStageRow.kind == values["kind"])) or 0) + 1
        row = FormalStageRow(place=place, site_id=_site_id(s, site),
                             updated_by=tx.actor.username, updated_at=_now(), **values)
        s.add(row)
        _audit(tx, "formal.add", row, kind=row.kind, title=row.title, status=row.status)
        return row.id


def update_stage(uow: UnitOfWork, stage_id: int, **fields: Any) -> None:
    """Change some of a stage's fields (any of :data:`FIELDS`); the rules are checked on the
    stage as it will be."""
    for name in fields:
        if name not in FIELDS:
            raise ValidationError(_("A stage has no field “{name}”; its fields are: {known}.",
                                    name=name, known=", ".join(FIELDS)), name)
    with uow.write(Permission.PLANS, AREA) as tx:
        s = tx.session
        row = _stage(s, stage_id)
        current: dict[str, Any] = {f: getattr(row, f) for f in FIELDS if f != "site"}
        wanted = {k: v for k, v in fields.items() if k != "site"}
        values = _check({**current, **wanted})
        changed = sorted(k for k in values if values[k] != current[k])
        if "site" in fields:
            site_id = _site_id(s, fields["site"])
            if site_id != row.site_id:
                row.site_id = site_id
                changed.append("site")
        if not changed:
            return
        if values["kind"] != row.kind:
            values["place"] = int(s.scalar(
                select(func.coalesce(func.max(FormalStageRow.place), 0))
                .where(FormalStageRow.kind == values["kind"])) or 0) + 1
        for name, value in values.items():
            setattr(row, name, value)
        row.updated_by, row.updated_at = tx.actor.username, _now()
        _audit(tx, "formal.update", row, fields=changed, status=row.status)


def remove_stage(uow: UnitOfWork, stage_id: int) -> None:
    """Take a stage off the path: only one with no documents and no fees (those are records
    to keep; a stage that no longer applies is marked lapsed instead)."""
    with uow.write(Permission.PLANS, AREA) as tx:
        s = tx.session
        row = _stage(s, stage_id)
        docs = s.scalar(select(func.count()).select_from(FormalDocumentRow)
                        .where(FormalDocumentRow.stage_id == row.id)) or 0
        fees = s.scalar(select(func.count()).select_from(FormalFeeRow)
                        .where(FormalFeeRow.stage_id == row.id)) or 0
        if docs or fees:
            raise ValidationError(_("“{title}” keeps {docs} document(s) and {fees} fee(s): "
                                    "mark it lapsed instead of removing it.", title=row.title,
                                    docs=docs, fees=fees), "stage")
        tx.session.flush()
        tx.audit("formal.remove", ENTITY, row.id, title=row.title, kind=row.kind)
        tx.touch(AREA)
        s.delete(row)


# ---- documents ---------------------------------------------------------------------------------

def document_type(data: bytes, filename: str) -> str:
    """The kind of a scanned document from its first bytes: PDF, JPEG or PNG only."""
    for magic, mime in _MAGIC:
        if data.startswith(magic):
            return mime
    raise ValidationError(_("{file} is not a document coopdesk can keep; add a PDF or a photo "
                            "(JPEG or PNG).", file=filename), "file")


def attach_document(uow: UnitOfWork, stage_id: int, filename: str, data: bytes) -> int:
    """Keep a scanned certificate, licence or receipt with a stage; returns its id."""
    name = _clean(filename.replace("\\", "/").rsplit("/", 1)[-1])
    if not name:
        raise ValidationError(_("Give the document's file name."), "filename")
    if not data:
        raise ValidationError(_("The file {file} is empty.", file=name), "file")
    if len(data) > MAX_DOCUMENT:
        raise ValidationError(_("{file} is larger than 10 MB; scan it at a lower resolution.",
                                file=name), "file")
    mime = document_type(data, name)
    sha = hashlib.sha256(data).hexdigest()
    with uow.write(Permission.PLANS, AREA) as tx:
        s = tx.session
        row = _stage(s, stage_id)
        doc = FormalDocumentRow(stage_id=row.id, filename=name[-MAX_FILENAME:], mime=mime,
                                size=len(data), sha256=sha, data=data,
                                added_by=tx.actor.username, added_at=_now())
        s.add(doc)
        s.flush()
        _audit(tx, "formal.attach", row, document=doc.id, file=doc.filename, sha256=sha,
               size=len(data))
        return doc.id


def remove_document(uow: UnitOfWork, doc_id: int) -> None:
    """Take a document added by mistake off its stage (the audit chain keeps its SHA-256)."""
    with uow.write(Permission.PLANS, AREA) as tx:
        s = tx.session
        doc = s.get(FormalDocumentRow, doc_id)
        if doc is None:
            raise NotFound(_("There is no document {id}.", id=doc_id))
        row = _stage(s, doc.stage_id)
        file, sha = doc.filename, doc.sha256
        s.delete(doc)
        _audit(tx, "formal.detach", row, document=doc_id, file=file, sha256=sha)


def documents(uow: UnitOfWork, stage_id: int | None = None) -> list[DocumentRow]:
    """The documents of a stage (or of every stage), the first added first."""
    with uow.read() as s:
        stmt = select(FormalDocumentRow.id, FormalDocumentRow.stage_id,
                      FormalDocumentRow.filename, FormalDocumentRow.mime,
                      FormalDocumentRow.size, FormalDocumentRow.sha256,
                      FormalDocumentRow.added_by, FormalDocumentRow.added_at)
        if stage_id is not None:
            _stage(s, stage_id)
            stmt = stmt.where(FormalDocumentRow.stage_id == stage_id)
        return [DocumentRow(*r) for r in s.execute(stmt.order_by(FormalDocumentRow.id))]


def document_file(uow: UnitOfWork, doc_id: int) -> tuple[str, bytes]:
    """A kept document's file name and content."""
    with uow.read() as s:
        doc = s.get(FormalDocumentRow, doc_id)
        if doc is None:
            raise NotFound(_("There is no document {id}.", id=doc_id))
        return doc.filename, bytes(doc.data)


# ---- fees from the books -----------------------------------------------------------------------

def _entry(s: Session, year: str, number: int) -> tuple[JournalEntry, str]:
    y = s.scalar(select(FiscalYear).where(FiscalYear.name == year.strip()))
    if y is None:
        raise ValidationError(_("There is no fiscal year {year}.", year=year), "entry")
    e = s.scalar(select(JournalEntry).where(JournalEntry.year_id == y.id,
                                            JournalEntry.number == number,
                                            JournalEntry.status == books.POSTED))
    if e is None:
        raise ValidationError(_("There is no posted entry {number} in {year}.",
                                number=number, year=y.name), "entry")
    return e, y.name


def _paid(s: Session, entry_ids: list[int]) -> dict[int, int]:
    """Each entry's total debits in minor units: what it paid (the rule of this module)."""
    if not entry_ids:
        return {}
    return {i: int(t or 0) for i, t in s.execute(
        select(JournalLine.entry_id, func.sum(JournalLine.debit))
        .where(JournalLine.entry_id.in_(entry_ids)).group_by(JournalLine.entry_id))}


def link_fee(uow: UnitOfWork, stage_id: int, year_name: str, entry_number: int,
             note: str = "") -> int:
    """Link a posted entry that paid a fee of the stage; its amount is read from the books."""
    text = _clean(note)

    def work(tx: WriteTx) -> int:
        s = tx.session
        row = _stage(s, stage_id)
        e, year = _entry(s, year_name, entry_number)
        key = entry_key(year, entry_number)
        if e.reverses_id is not None:
            raise ValidationError(_("Entry {entry} is a reversal; it paid no fee.", entry=key),
                                  "entry")
        if s.scalar(select(JournalEntry.id).where(JournalEntry.reverses_id == e.id)):
            raise ValidationError(_("Entry {entry} was reversed; it paid no fee.", entry=key),
                                  "entry")
        other = s.execute(select(FormalFeeRow.stage_id, FormalStageRow.title)
                          .join(FormalStageRow, FormalStageRow.id == FormalFeeRow.stage_id)
                          .where(FormalFeeRow.entry_id == e.id)).first()
        if other is not None:
            raise ValidationError(_("Entry {entry} is already linked to “{title}”.", entry=key,
                                    title=other[1]), "entry")
        fee = FormalFeeRow(stage_id=row.id, entry_id=e.id, note=text,
                           linked_by=tx.actor.username, linked_at=_now())
        s.add(fee)
        s.flush()
        _audit(tx, "formal.fee", row, entry=key, amount=_paid(s, [e.id]).get(e.id, 0))
        return fee.id

    return uow.transact(Permission.PLANS, (AREA,), work)


def unlink_fee(uow: UnitOfWork, stage_id: int, year_name: str, entry_number: int) -> None:
    """Stop counting an entry as a fee of the stage (the entry itself is untouched)."""
    with uow.write(Permission.PLANS, AREA) as tx:
        s = tx.session
        row = _stage(s, stage_id)
        e, year = _entry(s, year_name, entry_number)
        fee = s.scalar(select(FormalFeeRow).where(FormalFeeRow.stage_id == row.id,
                                                  FormalFeeRow.entry_id == e.id))
        if fee is None:
            raise ValidationError(_("Entry {entry} is not a fee of “{title}”.",
                                    entry=entry_key(year, entry_number), title=row.title),
                                  "entry")
        s.delete(fee)
        _audit(tx, "formal.unfee", row, entry=entry_key(year, entry_number))


def fees(uow: UnitOfWork, stage_id: int | None = None) -> list[FeeRow]:
    """The fees of a stage (or of every stage) in date order, amounts from the books."""
    with uow.read() as s:
        cur = _currency(s)
        stmt = (select(FormalFeeRow.id, FormalFeeRow.stage_id, FormalFeeRow.entry_id,
                       FiscalYear.name, JournalEntry.number, JournalEntry.date,
                       JournalEntry.description, FormalFeeRow.note)
                .join(JournalEntry, JournalEntry.id == FormalFeeRow.entry_id)
                .join(FiscalYear, FiscalYear.id == JournalEntry.year_id))
        if stage_id is not None:
            _stage(s, stage_id)
            stmt = stmt.where(FormalFeeRow.stage_id == stage_id)
        rows = s.execute(stmt.order_by(JournalEntry.date, FormalFeeRow.id)).all()
        paid = _paid(s, [r.entry_id for r in rows])
        return [FeeRow(r.id, r.stage_id, r.entry_id, r.name, int(r.number or 0), r.date,
                       r.description, from_minor(paid.get(r.entry_id, 0), cur), r.note)
                for r in rows]


def payment_entries(uow: UnitOfWork, limit: int = 60) -> list[PaymentEntry]:
    """Recent posted entries that paid money out of the cash box, the bank or mobile money
    (the accounts of those roles credited), newest first; reversed entries and reversals left
    out. What the window offers to link as a fee."""
    with uow.read() as s:
        cur = _currency(s)
        money = list(s.scalars(select(AccountRole.account_id)
                               .where(AccountRole.role.in_(MONEY_ROLES))))
        if not money:
            return []
        reversed_ids = select(JournalEntry.reverses_id).where(
            JournalEntry.reverses_id.is_not(None))
        paying = (select(JournalLine.entry_id)
                  .where(JournalLine.account_id.in_(money), JournalLine.credit > 0))
        rows = s.execute(
            select(JournalEntry.id, FiscalYear.name, JournalEntry.number, JournalEntry.date,
                   JournalEntry.description)
            .join(FiscalYear, FiscalYear.id == JournalEntry.year_id)
            .where(JournalEntry.status == books.POSTED, JournalEntry.reverses_id.is_(None),
                   JournalEntry.id.not_in(reversed_ids), JournalEntry.id.in_(paying))
            .order_by(JournalEntry.date.desc(), JournalEntry.id.desc()).limit(limit)).all()
        ids = [int(r.id) for r in rows]
        paid = _paid(s, ids)
        linked = {int(e): int(st) for e, st in s.execute(
            select(FormalFeeRow.entry_id, FormalFeeRow.stage_id)
            .where(FormalFeeRow.entry_id.in_(ids)))}
        return [PaymentEntry(int(r.id), r.name, int(r.number or 0), r.date, r.description,
                             from_minor(paid.get(r.id, 0), cur), linked.get(r.id))
                for r in rows]


# ---- reading the path --------------------------------------------------------------------------

def _order(kind: str) -> int:
    return KINDS.index(kind) if kind in KINDS else len(KINDS)


def _rows(s: Session, on: dt.date, within_days: int) -> list[StageRow]:
    cur = _currency(s)
    stages = sorted(s.scalars(select(FormalStageRow)),
                    key=lambda r: (_order(r.kind), r.place, r.id))
    sites = {int(i): str(n) for i, n in s.execute(select(Site.id, Site.name))}
    docs = {int(i): int(n) for i, n in s.execute(select(FormalDocumentRow.stage_id, func.count())
                                                 .group_by(FormalDocumentRow.stage_id))}
    fee_rows = s.execute(select(FormalFeeRow.stage_id, FormalFeeRow.entry_id)).all()
    paid = _paid(s, [int(e) for _st, e in fee_rows])
    totals: dict[int, int] = {}
    counts: dict[int, int] = {}
    for stage_id, entry_id in fee_rows:
        totals[stage_id] = totals.get(stage_id, 0) + paid.get(entry_id, 0)
        counts[stage_id] = counts.get(stage_id, 0) + 1
    out = []
    for n, r in enumerate(stages, 1):
        days = (r.expires_on - on).days if r.expires_on is not None else None
        out.append(StageRow(
            r.id, n, r.kind, r.title, r.authority, r.reference_no, r.status,
            state_of(r.status, r.expires_on, on, within_days), r.applied_on, r.issued_on,
            r.expires_on, days, r.site_id, sites.get(r.site_id) if r.site_id else None,
            r.notes, from_minor(totals.get(r.id, 0), cur), counts.get(r.id, 0),
            int(docs.get(r.id, 0)), r.updated_by, r.updated_at))
    return out


def path(uow: UnitOfWork, on: dt.date, within_days: int = WARN_DAYS) -> list[StageRow]:
    """The stages in the path's order, as they stand on ``on``."""
    with uow.read() as s:
        return _rows(s, on, within_days)


def stage(uow: UnitOfWork, stage_id: int, on: dt.date,
          within_days: int = WARN_DAYS) -> StageRow:
    """One stage as it stands on ``on``."""
    for row in path(uow, on, within_days):
        if row.id == stage_id:
            return row
    raise NotFound(_("There is no stage {id} on the formalisation path.", id=stage_id))


def miner_cards(uow: UnitOfWork, on: dt.date, within_days: int = WARN_DAYS) -> CardState:
    """The active members' miner cards on ``on``: how many hold a valid one (its expiry on or
    after the day), which expire within the window, which have expired, how many have none."""
    with uow.read() as s:
        active = Member.status == Status.ACTIVE
        people = int(s.scalar(select(func.count()).select_from(Member).where(active)) or 0)
        without = int(s.scalar(select(func.count()).select_from(Member).where(
            active, Member.miner_card_expiry.is_(None))) or 0)
        valid = int(s.scalar(select(func.count()).select_from(Member).where(
            active, Member.miner_card_expiry >= on)) or 0)
        last = on + dt.timedelta(days=within_days)
        cols = (Member.number, Member.first_names, Member.last_names, Member.miner_card_expiry)
        expiring = [MemberCard(n, f"{first} {last_}", day) for n, first, last_, day in s.execute(
            select(*cols).where(active, Member.miner_card_expiry >= on,
                                Member.miner_card_expiry <= last)
            .order_by(Member.miner_card_expiry, Member.number)) if day is not None]
        expired = [MemberCard(n, f"{first} {last_}", day) for n, first, last_, day in s.execute(
            select(*cols).where(active, Member.miner_card_expiry < on)
            .order_by(Member.miner_card_expiry.desc(), Member.number)) if day is not None]
        return CardState(people, valid, expiring, expired, without)


def cards_line(cards: CardState) -> str:
    """“412 of 540 active members hold a valid miner card”."""
    return _("{valid} of {members} active members hold a valid miner card",
             valid=cards.valid, members=cards.members)


def _names(cards: list[MemberCard]) -> str:
    shown = ", ".join(_("{name} (No. {number}, {date})", name=c.name, number=c.number,
                        date=c.expiry.isoformat()) for c in cards[:NAMES_SHOWN])
    more = len(cards) - NAMES_SHOWN
    return shown if more <= 0 else _("{names} and {more} more", names=shown, more=more)


def alerts(uow: UnitOfWork, on: dt.date, within_days: int = WARN_DAYS) -> list[Alert]:
    """What needs doing before it is too late: stages expired or expiring within the window
    (the most urgent first), then the members' miner cards expired or expiring."""
    out: list[Alert] = []
    rows = [r for r in path(uow, on, within_days) if r.state in ("expired", "expiring")]
    for r in sorted(rows, key=lambda r: (r.days_to_expiry or 0, r.step)):
        assert r.expires_on is not None and r.days_to_expiry is not None
        name = f"{r.title} ({r.authority})" if r.authority else r.title
        if r.state == "expired":
            text = _("{stage} expired on {date}, {days} days ago: renew it.", stage=name,
                     date=r.expires_on.isoformat(), days=-r.days_to_expiry)
            out.append(Alert("expired", text, r.id))
        elif r.days_to_expiry == 0:
            out.append(Alert("expiring", _("{stage} expires today: renew it.", stage=name),
                             r.id))
        else:
            out.append(Alert("expiring", _("{stage} expires on {date}, in {days} days: apply "
                                           "for its renewal now.", stage=name,
                                           date=r.expires_on.isoformat(),
                                           days=r.days_to_expiry), r.id))
    cards = miner_cards(uow, on, within_days)
    if cards.expired:
        out.append(Alert("expired", _("{count} active members' miner cards have expired: "
                                      "{names}.", count=len(cards.expired),
                                      names=_names(cards.expired)), None))
    if cards.expiring:
        out.append(Alert("expiring", _("{count} active members' miner cards expire within "
                                       "{days} days: {names}.", count=len(cards.expiring),
                                       days=within_days, names=_names(cards.expiring)), None))
    return out


def warnings(uow: UnitOfWork, on: dt.date, within_days: int = WARN_DAYS) -> list[str]:
    """:func:`alerts` as plain messages."""
    return [a.text for a in alerts(uow, on, within_days)]


def progress(uow: UnitOfWork, on: dt.date, within_days: int = WARN_DAYS) -> PathProgress:
    """How far along the path: stages granted and valid of all, the current step (the first
    not granted and valid), and the valid stage that expires first."""
    rows = path(uow, on, within_days)
    current = next((r for r in rows if not r.valid), None)
    expiring = sorted((r for r in rows if r.valid and r.expires_on is not None),
                      key=lambda r: (r.expires_on or on, r.step))
    return PathProgress(sum(1 for r in rows if r.valid), len(rows), current,
                        expiring[0] if expiring else None)


def sites(uow: UnitOfWork) -> list[tuple[int, str]]:
    """The mining sites a stage may be about."""
    with uow.read() as s:
        return [(int(i), n) for i, n in s.execute(select(Site.id, Site.name)
                                                  .order_by(Site.name))]


def stage_fields(row: StageRow) -> Mapping[str, Any]:
    """A stage's editable fields, as :func:`update_stage` takes them."""
    return {"kind": row.kind, "title": row.title, "authority": row.authority,
            "reference_no": row.reference_no, "status": row.status,
            "applied_on": row.applied_on, "issued_on": row.issued_on,
            "expires_on": row.expires_on, "site": row.site_id, "notes": row.notes}
