"""The register's documents: the member list and member cards."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import select

from coopdesk.core.i18n import _
from coopdesk.core.uow import UnitOfWork
from coopdesk.members.models import Member, MemberPhoto
from coopdesk.members.queries import MemberFilter, MemberRow, iter_rows, register_stats
from coopdesk.members.rules import ROLE_LABELS, SEX_LABELS, STATUS_LABELS, MinerRole, Sex, Status
from coopdesk.reports.document import (
    Card,
    Cards,
    Cell,
    Chart,
    Column,
    Document,
    Heading,
    Kind,
    Paragraph,
    Table,
)


def _label(table: dict[Any, str], key: str) -> str:
    try:
        return _(table[type(next(iter(table)))(key)])
    except (ValueError, KeyError):
        return key


def register_document(uow: UnitOfWork, f: MemberFilter = MemberFilter(),
                      sort: str = "number") -> Document:
    """The member register as a document; rows stream from the database when rendered."""
    coop = uow.coop()
    stats = register_stats(uow)
    doc = Document(title=_("Member register"), cooperative=coop.name, currency=coop.currency,
                   landscape=True)
    filters = [x for x in (f.text and _("text \u201c{text}\u201d", text=f.text),
                           f.status and _label(STATUS_LABELS, f.status),
                           f.sex and _label(SEX_LABELS, f.sex),
                           f.role and _label(ROLE_LABELS, f.role)) if x]
    if filters:
        doc.subtitle = _("Filtered: {filters}", filters=", ".join(filters))
    doc.add(Chart(_("Members by status"),
                  [_(STATUS_LABELS[s]) for s in Status],
                  [stats.by_status.get(s.value, 0) for s in Status]))
    doc.add(Paragraph(_("{total} members ever registered; {active} active, of whom {women:.0%} "
                        "are women.", total=stats.total, active=stats.by_status.get("active", 0),
                        women=stats.women_share_active)))
    columns = [Column(_("No."), Kind.INT, 0.5), Column(_("Last names"), Kind.TEXT, 1.6),
               Column(_("First names"), Kind.TEXT, 1.6), Column(_("Sex"), Kind.TEXT, 0.5),
               Column(_("Born"), Kind.DATE, 0.9), Column(_("Role"), Kind.TEXT, 1.2),
               Column(_("Status"), Kind.TEXT, 0.8), Column(_("Locality"), Kind.TEXT, 1.1),
               Column(_("Phone"), Kind.TEXT, 1.0), Column(_("National ID"), Kind.TEXT, 1.0),
               Column(_("Joined"), Kind.DATE, 0.9), Column(_("Verified"), Kind.DATE, 0.9)]
    sex = {s.value: _(SEX_LABELS[s]) for s in Sex}
    role = {r.value: _(ROLE_LABELS[r]) for r in MinerRole}
    status = {s.value: _(STATUS_LABELS[s]) for s in Status}

    def rows() -> Iterator[Sequence[Cell]]:
        with uow.read() as s:
            for r in iter_rows(s, f, sort):
                yield (r.number, r.last_names, r.first_names, sex.get(r.sex, r.sex),
                       r.birth_date, role.get(r.role, r.role), status.get(r.status, r.status),
                       r.locality, r.phone, r.national_id, r.join_date, r.last_verified)

    doc.add(Heading(_("Members")), Table(columns, rows(), sheet=_("Members")))
    return doc


def cards_document(uow: UnitOfWork, numbers: Sequence[int] | None = None,
                   f: MemberFilter = MemberFilter(status="active")) -> Document:
    """Member cards (photo, name, number, a QR code) for the given members, or for every
    member matching the filter (active members by default)."""
    coop = uow.coop()
    doc = Document(title=_("Member cards"), cooperative=coop.name, currency=coop.currency)
    role = {r.value: _(ROLE_LABELS[r]) for r in MinerRole}

    def cards() -> Iterator[Card]:
        with uow.read() as s:
            rows: Iterator[MemberRow]
            if numbers is not None:
                wanted = set(numbers)
                rows = (r for r in iter_rows(s, MemberFilter()) if r.number in wanted)
            else:
                rows = iter_rows(s, f)
            for r in rows:
                photo = s.scalar(select(MemberPhoto.image).join(
                    Member, Member.id == MemberPhoto.member_id).where(Member.number == r.number))
                lines = [_("Member no. {number}", number=r.number),
                         role.get(r.role, r.role),
                         _("Member since {date}", date=r.join_date.isoformat())]
                if r.national_id:
                    lines.append(_("ID {id}", id=r.national_id))
                yield Card(f"{r.first_names} {r.last_names}", lines,
                           f"coopdesk:member:{coop.country}:{r.number}:{r.national_id or ''}",
                           photo)

    doc.add(Cards(cards()))
    return doc


