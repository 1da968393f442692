"""Use cases of the register: register, edit, change status, photo, census, sites.

Each takes the unit of work, checks the permission, validates, writes, appends to the audit
chain and commits all or nothing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from coopdesk.core import audit
from coopdesk.core.access import Permission
from coopdesk.core.errors import BatchInvalid, NotFound, Problem, ValidationError
from coopdesk.core.i18n import _
from coopdesk.core.models import Cooperative, Counter
from coopdesk.core.uow import UnitOfWork, WriteTx
from coopdesk.members.models import (
    Census,
    CensusVerification,
    Member,
    MemberPhoto,
    MemberSite,
    Site,
    StatusChange,
)
from coopdesk.members.rules import (
    FIELD_LABELS,
    MemberInput,
    Status,
    check_member,
    check_transition,
    clean,
    fold,
)

MAX_PHOTO_BYTES = 2_000_000


def next_number(session: Session, name: str) -> int:
    """The next value of a gap-free counter, taken under a row lock inside the write."""
    return reserve_numbers(session, name, 1)


def reserve_numbers(session: Session, name: str, count: int) -> int:
    """Take ``count`` consecutive values of a gap-free counter; returns the first.

    The counter row is made on first use; two writers making it at once meet the primary key,
    and the loser reads the winner's row under the lock instead.
    """
    stmt = select(Counter).where(Counter.name == name).with_for_update()
    row = session.execute(stmt).scalar_one_or_none()
    if row is None:
        try:
            with session.begin_nested():
                session.add(Counter(name=name, value=0))
        except IntegrityError:
            pass
        row = session.execute(stmt).scalar_one()
    first = row.value + 1
    row.value += count
    session.flush()
    return first


def raise_problems(problems: list[tuple[str, str]]) -> None:
    if problems:
        field, first = problems[0]
        text = "\n".join(f"{_(FIELD_LABELS.get(f, f))}: {m}" for f, m in problems)
        raise ValidationError(text if len(problems) > 1 else first, field)


def member_state(m: Member, photo_sha: str | None = None) -> dict[str, Any]:
    """The audited state of a member: what the chain's digest covers."""
    return {
        "number": m.number, "first_names": m.first_names, "last_names": m.last_names,
        "sex": m.sex, "birth_date": m.birth_date, "national_id": m.national_id,
        "miner_card_no": m.miner_card_no, "miner_card_expiry": m.miner_card_expiry,
        "phone": m.phone, "locality": m.locality, "role": m.role, "join_date": m.join_date,
        "status": m.status, "status_date": m.status_date, "successor_name": m.successor_name,
        "successor_relation": m.successor_relation, "successor_phone": m.successor_phone,
        "payout_method": m.payout_method, "payout_account": m.payout_account,
        "payout_provider": m.payout_provider, "consents": m.consents,
        "last_verified": m.last_verified, "notes": m.notes,
        "sites": sorted(s.site_id for s in m.sites), "photo": photo_sha,
    }


def _photo_sha(session: Session, member_id: int) -> str | None:
    return session.scalar(select(MemberPhoto.sha256).where(MemberPhoto.member_id == member_id))


def _audit_member(tx: WriteTx, action: str, m: Member, before: dict[str, Any] | None,
                  **extra: Any) -> None:
    tx.session.flush()
    # A member being registered cannot have a photo yet: spare the query.
    after = member_state(m, _photo_sha(tx.session, m.id) if before is not None else None)
    changed = {k: [before.get(k), v] for k, v in after.items() if before.get(k) != v} if (
        before is not None) else None
    tx.audit(action, "member", m.number, digest=audit.digest(after),
             changed=changed, **({} if before is not None else {"after": after}), **extra)
    tx.touch("members")


def _search_text(m: Member) -> str:
    parts = [str(m.number), m.first_names, m.last_names, m.national_id or "", m.phone or "",
             m.locality or "", m.miner_card_no or ""]
    return fold(" ".join(parts))


def _apply(m: Member, inp: MemberInput, session: Session,
           known_sites: set[int] | None = None) -> None:
    m.first_names = clean(inp.first_names) or ""
    m.last_names = clean(inp.last_names) or ""
    m.sex = inp.sex
    assert inp.birth_date is not None and inp.join_date is not None
    m.birth_date = inp.birth_date
    m.national_id = clean(inp.national_id)
    m.miner_card_no = clean(inp.miner_card_no)
    m.miner_card_expiry = inp.miner_card_expiry
    m.phone = clean(inp.phone)
    m.locality = clean(inp.locality)
    m.role = inp.role
    m.join_date = inp.join_date
    m.successor_name = clean(inp.successor_name)
    m.successor_relation = clean(inp.successor_relation)
    m.successor_phone = clean(inp.successor_phone)
    m.payout_method = inp.payout_method
    m.payout_account = clean(inp.payout_account)
    m.payout_provider = clean(inp.payout_provider)
    m.consents = ",".join(sorted(inp.consents))
    m.notes = clean(inp.notes)
    wanted = set(inp.site_ids)
    if known_sites is not None:
        known = wanted & known_sites
    else:
        known = set(session.scalars(select(Site.id).where(Site.id.in_(wanted)))) if (
            wanted) else set()
    if wanted - known:
        raise ValidationError(_("Unknown mining site(s): {ids}.",
                                ids=", ".join(map(str, sorted(wanted - known)))), "sites")
    current = {s.site_id for s in m.sites}
    m.sites = [s for s in m.sites if s.site_id in wanted] + [
        MemberSite(site_id=i) for i in sorted(wanted - current)]
    m.search_text = _search_text(m)


def _duplicate_id(session: Session, national_id: str | None, member_id: int | None) -> None:
    nid = clean(national_id)
    if not nid:
        return
    other = session.scalar(select(Member.number).where(Member.national_id == nid,
                                                       Member.id != (member_id or -1)))
    if other is not None:
        raise ValidationError(_("National ID {id} is already registered to member {number}.",
                                id=nid, number=other), "national_id")


def _minimum_age(session: Session) -> int:
    coop = session.get(Cooperative, 1)
    return coop.minimum_age if coop else 18


def insert_member(tx: WriteTx, inp: MemberInput, status: Status, today: dt.date) -> Member:
    """Write one new member inside an open write."""
    raise_problems(check_member(inp, today, _minimum_age(tx.session)))
    return insert_members(tx, [(inp, status)], today)[0]


def insert_members(tx: WriteTx, items: Sequence[tuple[MemberInput, Status]], today: dt.date,
                   rows: Sequence[int] | None = None) -> list[Member]:
    """Write new members inside an open write: each validated and audited as the form's one,
    with the database work done once per batch (an import of 10,000 rows, the demo).

    A problem raises :class:`BatchInvalid` naming the item (``rows`` gives the numbers to name
    them by, e.g. spreadsheet rows); the caller's transaction then writes nothing.
    """
    s = tx.session
    min_age = _minimum_age(s)
    label = list(rows) if rows is not None else list(range(1, len(items) + 1))
    found: list[tuple[int, str, str]] = []  # (item, field, message)
    seen: dict[str, int] = {}
    for k, (inp, status) in enumerate(items):
        found.extend((k, field, message) for field, message in check_member(inp, today, min_age))
        if status not in (Status.APPLICANT, Status.ACTIVE):
            found.append((k, "status", _("A new member starts as an applicant or as active.")))
        nid = clean(inp.national_id)
        if nid and nid in seen:
            found.append((k, "national_id", _("National ID {id} is also on row {other}.",
                                              id=nid, other=label[seen[nid]])))
        elif nid:
            seen[nid] = k
    ids = list(seen)
    for i in range(0, len(ids), 500):
        for nid, number in s.execute(select(Member.national_id, Member.number)
                                     .where(Member.national_id.in_(ids[i:i + 500]))):
            found.append((seen[str(nid)], "national_id", _(
                "National ID {id} is already registered to member {number}.", id=nid,
                number=number)))
    if found:
        if len(items) == 1:
            raise ValidationError(found[0][2], found[0][1])
        raise BatchInvalid([Problem(label[k], _(FIELD_LABELS.get(f, f)), m)
                            for k, f, m in sorted(found, key=lambda x: x[0])])
    known_sites = set(s.scalars(select(Site.id))) if any(i.site_ids for i, _s in items) else set()
    first = reserve_numbers(s, "member", len(items))
    members: list[Member] = []
    for k, (inp, status) in enumerate(items):
        m = Member(number=first + k, status=status.value, status_date=inp.join_date, sites=[])
        _apply(m, inp, s, known_sites)
        members.append(m)
    s.add_all(members)
    s.flush()
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    s.add_all([StatusChange(member_id=m.id, from_status=None, to_status=status.value,
                            date=inp.join_date or today, reason="",
                            recorded_by=tx.actor.username, recorded_at=now)
               for m, (inp, status) in zip(members, items, strict=True)])
    events: list[tuple[str, str, object, dict[str, Any]]] = []
    for m in members:
        after = member_state(m, None)  # a member being registered has no photo yet
        events.append(("member.register", "member", m.number,
                       {"digest": audit.digest(after), "changed": None, "after": after}))
    audit.append_many(s, actor=tx.actor.username, events=events)
    tx.touch("members")
    return members


def register_member(uow: UnitOfWork, inp: MemberInput, status: Status = Status.APPLICANT,
                    today: dt.date | None = None) -> int:
    """Register a new member; returns the member number given."""
    with uow.write(Permission.MEMBERS_WRITE, "members") as tx:
        return insert_member(tx, inp, status, today or dt.date.today()).number


def _get(session: Session, number: int) -> Member:
    m = session.scalar(select(Member).where(Member.number == number))
    if m is None:
        raise NotFound(_("There is no member number {number}.", number=number))
    return m


def update_member(uow: UnitOfWork, number: int, inp: MemberInput,
                  today: dt.date | None = None) -> None:
    """Change a member's record. The status has its own use case (:func:`change_status`)."""
    with uow.write(Permission.MEMBERS_WRITE, "members") as tx:
        s = tx.session
        m = _get(s, number)
        # A join date in the past that was already recorded stays valid as it is.
        problems = [p for p in check_member(inp, today or dt.date.today(), _minimum_age(s))
                    if not (p[0] == "join_date" and inp.join_date == m.join_date)]
        raise_problems(problems)
        _duplicate_id(s, inp.national_id, m.id)
        before = member_state(m, _photo_sha(s, m.id))
        _apply(m, inp, s)
        _audit_member(tx, "member.update", m, before)


def change_status(uow: UnitOfWork, number: int, new: Status, when: dt.date, reason: str | None,
                  today: dt.date | None = None) -> None:
    with uow.write(Permission.MEMBERS_WRITE, "members") as tx:
        s = tx.session
        m = _get(s, number)
        raise_problems(check_transition(Status(m.status), new, reason, when, m.status_date,
                                        today or dt.date.today()))
        before = member_state(m, _photo_sha(s, m.id))
        s.add(StatusChange(member_id=m.id, from_status=m.status, to_status=new.value, date=when,
                           reason=clean(reason) or "", recorded_by=tx.actor.username,
                           recorded_at=dt.datetime.now(dt.UTC).replace(tzinfo=None)))
        m.status, m.status_date = new.value, when
        _audit_member(tx, "member.status", m, before, reason=clean(reason))


def set_photo(uow: UnitOfWork, number: int, image: bytes | None, mime: str = "image/jpeg"
              ) -> None:
    """Set (or with ``None`` remove) a member's photo. Only PNG and JPEG are kept."""
    if image is not None:
        if len(image) > MAX_PHOTO_BYTES:
            raise ValidationError(_("The photo is larger than 2 MB; use a smaller picture."),
                                  "photo")
        if not (image.startswith(b"\x89PNG") or image.startswith(b"\xff\xd8")):
            raise ValidationError(_("The photo must be a PNG or JPEG picture."), "photo")
        mime = "image/png" if image.startswith(b"\x89PNG") else "image/jpeg"
    with uow.write(Permission.MEMBERS_WRITE, "members") as tx:
        s = tx.session
        m = _get(s, number)
        before = member_state(m, _photo_sha(s, m.id))
        existing = s.get(MemberPhoto, m.id)
        if image is None:
            if existing is not None:
                s.delete(existing)
        else:
            sha = hashlib.sha256(image).hexdigest()
            if existing is None:
                s.add(MemberPhoto(member_id=m.id, image=image, mime=mime, sha256=sha))
            else:
                existing.image, existing.mime, existing.sha256 = image, mime, sha
        _audit_member(tx, "member.photo", m, before)


def get_photo(uow: UnitOfWork, number: int) -> bytes | None:
    with uow.read() as s:
        return s.scalar(select(MemberPhoto.image).join(Member, Member.id == MemberPhoto.member_id)
                        .where(Member.number == number))


def add_site(uow: UnitOfWork, name: str, mineral: str | None = None,
             latitude: float | None = None, longitude: float | None = None,
             title_ref: str | None = None) -> int:
    name_c = clean(name)
    if not name_c:
        raise ValidationError(_("The site's name is empty."), "name")
    if latitude is not None and not -90 <= latitude <= 90:
        raise ValidationError(_("The latitude must be between -90 and 90."), "latitude")
    if longitude is not None and not -180 <= longitude <= 180:
        raise ValidationError(_("The longitude must be between -180 and 180."), "longitude")
    with uow.write(Permission.MEMBERS_WRITE, "members", "sites") as tx:
        if tx.session.scalar(select(Site.id).where(Site.name == name_c)):
            raise ValidationError(_("There is already a site called {name}.", name=name_c),
                                  "name")
        site = Site(name=name_c, mineral=clean(mineral), latitude=latitude,
                    longitude=longitude, title_ref=clean(title_ref))
        tx.session.add(site)
        tx.session.flush()
        tx.audit("site.add", "site", site.id, name=name_c, mineral=site.mineral,
                 latitude=latitude, longitude=longitude, title_ref=site.title_ref)
        return site.id


def open_census(uow: UnitOfWork, name: str, started: dt.date) -> int:
    name_c = clean(name)
    if not name_c:
        raise ValidationError(_("The census needs a name, e.g. 'Census 2026'."), "name")
    with uow.write(Permission.MEMBERS_WRITE, "members") as tx:
        if tx.session.scalar(select(Census.id).where(Census.name == name_c)):
            raise ValidationError(_("There is already a census called {name}.", name=name_c),
                                  "name")
        c = Census(name=name_c, started=started)
        tx.session.add(c)
        tx.session.flush()
        tx.audit("census.open", "census", c.id, name=name_c, started=started)
        return c.id


def verify_in_census(uow: UnitOfWork, census_id: int, numbers: Iterable[int], when: dt.date,
                     note: str | None = None) -> int:
    """Mark members as seen and verified in a census; returns how many were newly verified."""
    with uow.write(Permission.MEMBERS_WRITE, "members") as tx:
        s = tx.session
        if s.get(Census, census_id) is None:
            raise NotFound(_("There is no census {id}.", id=census_id))
        done = 0
        for number in numbers:
            m = _get(s, number)
            seen = s.scalar(select(CensusVerification.id).where(
                CensusVerification.census_id == census_id, CensusVerification.member_id == m.id))
            if seen:
                continue
            before = member_state(m, _photo_sha(s, m.id))
            s.add(CensusVerification(census_id=census_id, member_id=m.id, verified_on=when,
                                     verified_by=tx.actor.username, note=clean(note)))
            m.last_verified = max(when, m.last_verified or when)
            _audit_member(tx, "member.verify", m, before, census=census_id)
            done += 1
        return done


def _member_digests(session: Session) -> list[tuple[str, str]]:
    photos = {mid: sha for mid, sha in session.execute(
        select(MemberPhoto.member_id, MemberPhoto.sha256))}
    stmt = select(Member).order_by(Member.number)
    return [(str(m.number), audit.digest(member_state(m, photos.get(m.id))))
            for m in session.scalars(stmt)]


audit.register_digest_source("member", _member_digests, "member")
