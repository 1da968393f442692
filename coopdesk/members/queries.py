"""Read side of the register: filtered, sorted id lists and rows for tables and reports.

Filtering and sorting happen in SQL; the window keeps only the ordered ids and fetches rows in
pages (``rows_for``), so the register stays fast at 100,000 members.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import Select, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from coopdesk.core.errors import NotFound
from coopdesk.core.i18n import _
from coopdesk.core.uow import UnitOfWork
from coopdesk.members.models import (
    Census,
    CensusVerification,
    Member,
    MemberPhoto,
    MemberSite,
    Site,
    StatusChange,
)
from coopdesk.members.rules import MemberInput, fold


@dataclass(frozen=True)
class MemberFilter:
    text: str = ""
    status: str | None = None
    sex: str | None = None
    role: str | None = None
    site_id: int | None = None


@dataclass(frozen=True)
class MemberRow:
    id: int
    number: int
    last_names: str
    first_names: str
    sex: str
    birth_date: dt.date
    role: str
    status: str
    locality: str | None
    phone: str | None
    national_id: str | None
    join_date: dt.date
    last_verified: dt.date | None


_S = TypeVar("_S", bound=Select)

SORT_COLUMNS: dict[str, InstrumentedAttribute[Any]] = {
    "number": Member.number, "last_names": Member.last_names,
    "first_names": Member.first_names, "sex": Member.sex, "birth_date": Member.birth_date,
    "role": Member.role, "status": Member.status, "locality": Member.locality,
    "phone": Member.phone, "national_id": Member.national_id, "join_date": Member.join_date,
    "last_verified": Member.last_verified,
}


def _filtered(stmt: _S, f: MemberFilter) -> _S:
    for word in fold(f.text).split():
        stmt = stmt.where(Member.search_text.contains(word, autoescape=True))
    if f.status:
        stmt = stmt.where(Member.status == f.status)
    if f.sex:
        stmt = stmt.where(Member.sex == f.sex)
    if f.role:
        stmt = stmt.where(Member.role == f.role)
    if f.site_id is not None:
        stmt = stmt.where(Member.id.in_(select(MemberSite.member_id)
                                        .where(MemberSite.site_id == f.site_id)))
    return stmt


def member_ids(uow: UnitOfWork, f: MemberFilter = MemberFilter(), sort: str = "number",
               descending: bool = False) -> list[int]:
    col = SORT_COLUMNS.get(sort, Member.number)
    order = [col.desc() if descending else col.asc()]
    if col is not Member.number:  # ties in number order; never "number, number", which
        order.append(Member.number.asc())  # keeps SQLite off the covering index
    with uow.read() as s:
        return _ids(s, _filtered(select(Member.id), f).order_by(*order))


def _ids(session: Session, stmt: Select[Any]) -> list[int]:
    """One column of ints straight from the driver's cursor.

    The id list is what every keystroke in the register's filter waits for; with 100,000
    members SQLAlchemy's row processing costs more than the query itself, and plain ints need
    none. The statement is still built and compiled (with bound parameters) by SQLAlchemy.
    """
    conn = session.connection()
    compiled = stmt.compile(dialect=conn.dialect)
    params = compiled.construct_params()
    args: Any = (tuple(params[k] for k in compiled.positiontup or ())
                 if compiled.positional else params)
    cursor = conn.connection.cursor()
    try:
        cursor.execute(str(compiled), args)
        return [row[0] for row in cursor.fetchall()]
    finally:
        cursor.close()


_ROW_COLS = (Member.id, Member.number, Member.last_names, Member.first_names, Member.sex,
             Member.birth_date, Member.role, Member.status, Member.locality, Member.phone,
             Member.national_id, Member.join_date, Member.last_verified)


def rows_for(uow: UnitOfWork, ids: Sequence[int]) -> dict[int, MemberRow]:
    """The rows of some members by id (a page of the table)."""
    if not ids:
        return {}
    with uow.read() as s:
        return {r[0]: MemberRow(**r._asdict()) for r in s.execute(select(*_ROW_COLS)
                                                        .where(Member.id.in_(list(ids))))}


def iter_rows(session: Session, f: MemberFilter = MemberFilter(), sort: str = "number"
              ) -> Iterator[MemberRow]:
    """Every matching row in order, streamed (for exports of any size)."""
    stmt = _filtered(select(*_ROW_COLS), f).order_by(SORT_COLUMNS.get(sort, Member.number))
    with session.execute(stmt.execution_options(yield_per=2000)) as result:
        for r in result:
            yield MemberRow(**r._asdict())


def count_members(uow: UnitOfWork, f: MemberFilter = MemberFilter()) -> int:
    with uow.read() as s:
        return int(s.scalar(_filtered(select(func.count(Member.id)), f)) or 0)


@dataclass(frozen=True)
class StatusEntry:
    date: dt.date
    from_status: str | None
    to_status: str
    reason: str
    recorded_by: str


@dataclass(frozen=True)
class SiteRow:
    id: int
    name: str
    mineral: str | None
    latitude: float | None
    longitude: float | None
    title_ref: str | None
    members: int = 0


@dataclass(frozen=True)
class MemberDetail:
    number: int
    data: MemberInput
    status: str
    status_date: dt.date
    last_verified: dt.date | None
    has_photo: bool
    history: list[StatusEntry] = field(default_factory=list)
    sites: list[SiteRow] = field(default_factory=list)
    censuses: list[tuple[str, dt.date]] = field(default_factory=list)


def member_detail(uow: UnitOfWork, number: int) -> MemberDetail:
    with uow.read() as s:
        m = s.scalar(select(Member).where(Member.number == number))
        if m is None:
            raise NotFound(_("There is no member number {number}.", number=number))
        data = MemberInput(
            first_names=m.first_names, last_names=m.last_names, sex=m.sex,
            birth_date=m.birth_date, role=m.role, join_date=m.join_date,
            national_id=m.national_id, miner_card_no=m.miner_card_no,
            miner_card_expiry=m.miner_card_expiry, phone=m.phone, locality=m.locality,
            site_ids=tuple(sorted(x.site_id for x in m.sites)), successor_name=m.successor_name,
            successor_relation=m.successor_relation, successor_phone=m.successor_phone,
            payout_method=m.payout_method, payout_account=m.payout_account,
            payout_provider=m.payout_provider,
            consents=frozenset(c for c in m.consents.split(",") if c), notes=m.notes)
        history = [StatusEntry(h.date, h.from_status, h.to_status,
                               h.reason or (_("Registered") if h.from_status is None else ""),
                               h.recorded_by)
                   for h in s.scalars(select(StatusChange).where(StatusChange.member_id == m.id)
                                      .order_by(StatusChange.date, StatusChange.id))]
        sites = [SiteRow(x.id, x.name, x.mineral, x.latitude, x.longitude, x.title_ref)
                 for x in s.scalars(select(Site).where(Site.id.in_(data.site_ids))
                                    .order_by(Site.name))]
        censuses = [(n, d) for n, d in s.execute(
            select(Census.name, CensusVerification.verified_on)
            .join(CensusVerification, CensusVerification.census_id == Census.id)
            .where(CensusVerification.member_id == m.id).order_by(CensusVerification.verified_on))]
        has_photo = s.scalar(select(func.count()).select_from(MemberPhoto)
                             .where(MemberPhoto.member_id == m.id)) == 1
        return MemberDetail(m.number, data, m.status, m.status_date, m.last_verified, has_photo,
                            history, sites, censuses)


def list_sites(uow: UnitOfWork) -> list[SiteRow]:
    with uow.read() as s:
        counts = {sid: n for sid, n in s.execute(
            select(MemberSite.site_id, func.count()).group_by(MemberSite.site_id))}
        return [SiteRow(x.id, x.name, x.mineral, x.latitude, x.longitude, x.title_ref,
                        counts.get(x.id, 0)) for x in s.scalars(select(Site).order_by(Site.name))]


def list_censuses(uow: UnitOfWork) -> list[tuple[int, str, dt.date, int]]:
    with uow.read() as s:
        return [(i, n, d, c) for i, n, d, c in s.execute(
            select(Census.id, Census.name, Census.started, func.count(CensusVerification.id))
            .outerjoin(CensusVerification, CensusVerification.census_id == Census.id)
            .group_by(Census.id).order_by(Census.started))]


@dataclass(frozen=True)
class RegisterStats:
    total: int
    by_status: dict[str, int]
    by_sex: dict[str, int]
    by_role: dict[str, int]
    by_site: dict[str, int]
    women_share_active: float


def register_stats(uow: UnitOfWork) -> RegisterStats:
    """Counts for the dashboard. Sex, role and site count only current members (applicants,
    active and suspended); the status count covers everyone ever registered."""
    current = ("applicant", "active", "suspended")
    with uow.read() as s:
        def grouped(col: Any) -> dict[str, int]:
            return {k: n for k, n in s.execute(
                select(col, func.count()).where(Member.status.in_(current)).group_by(col))}

        by_status = {k: n for k, n in s.execute(
            select(Member.status, func.count()).group_by(Member.status))}
        by_sex = grouped(Member.sex)
        by_role = grouped(Member.role)
        by_site = {k: n for k, n in s.execute(
            select(Site.name, func.count(Member.id)).join(MemberSite, MemberSite.site_id == Site.id)
            .join(Member, Member.id == MemberSite.member_id)
            .where(Member.status.in_(current)).group_by(Site.name).order_by(Site.name))}
        active_f = s.scalar(select(func.count()).where(Member.status == "active",
                                                       Member.sex == "F")) or 0
        active = by_status.get("active", 0)
        return RegisterStats(sum(by_status.values()), by_status, by_sex, by_role, by_site,
                             active_f / active if active else 0.0)
