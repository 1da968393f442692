"""The demo cooperative, at training size or at any scale for benchmarks.

Everything is written through the domain services, as a person at the window would, so the
audit chain is complete and ``coopdesk verify`` passes. The contents come from one seeded random
source and a fixed "today", never from the clock: the same seed gives the same members, photos
and share register. (What the services stamp themselves, like the audit chain's times and the
password salts, differs from run to run.)

At scale the register is written in a few large transactions (one per :data:`CHUNK` members)
through :func:`coopdesk.members.services.insert_member`, still validated and audited member by
member. The slower per-operation use cases (status changes, census, photos, shares) are played
out in full for a small cooperative and for a random sample at scale (see the ``*_SAMPLE``
limits).

The books (:mod:`coopdesk.demo.books`) begin on the first day of last year: the register is
played up to then with no chart of accounts (it posts nothing), the books are opened with each
member's capital on that day, and the register's later operations post themselves, day by day
among the books' own. They are the same size at any number of members.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import event

from coopdesk.core.access import Actor, Permission, Role
from coopdesk.core.db import Database
from coopdesk.core.files import NewCooperative, _discard, create_cooperative
from coopdesk.core.i18n import language, set_language
from coopdesk.core.money import from_minor
from coopdesk.core.uow import UnitOfWork
from coopdesk.core.users import add_user, list_users
from coopdesk.demo import (
    actions_play,
    business_play,
    formal_play,
    governance_play,
    names,
    standards_play,
    training_play,
)
from coopdesk.demo.bank_play import BankPlay
from coopdesk.demo.books import BooksPlan, Move, Op, Person, books_start
from coopdesk.demo.books import plan as plan_books
from coopdesk.demo.books_play import Player
from coopdesk.demo.photos import Look, portrait_jpeg, random_look
from coopdesk.demo.sharing_play import SharingPlay, assembly_day
from coopdesk.members import services, shares
from coopdesk.members.rules import Consent, MemberInput, PayoutMethod, Status, age_on

DEMO_PASSWORD = "coopdesk"  # a training file: every demo user's password, printed in the docs
DEFAULT_TODAY = dt.date(2026, 11, 1)
HISTORY_YEARS = 12
CHUNK = 5_000  # members per write transaction
PHOTO_LIMIT = 2_000  # photos for everyone up to this size, unless asked
SHARE_SAMPLE = 500  # the oldest members have a share register
LIFECYCLE_SAMPLE = 20_000  # members who may be suspended, leave or die
CENSUS_SAMPLE = 5_000  # members who may be verified in the censuses

Progress = Callable[[int, int], None]

DEMO_USERS: list[tuple[str, str, frozenset[Role], str]] = [
    (username, full_name, roles, DEMO_PASSWORD)
    for (username, full_name), roles in zip(names.STAFF, (
        frozenset({Role.ADMINISTRATOR}), frozenset({Role.TREASURER}),
        frozenset({Role.SECRETARY}), frozenset({Role.PRESIDENT}),
        frozenset({Role.SUPERVISORY}), frozenset({Role.TELLER}),
        # On the demo file the trainer is also administrator (see coopdesk.core.access).
        frozenset({Role.TRAINER, Role.ADMINISTRATOR})), strict=True)
]

_ROLE_WEIGHTS = {  # (alluvial site, sex) -> weights of digger, processor, trader, auxiliary
    (False, "F"): (8, 55, 7, 30), (False, "M"): (78, 5, 5, 12),
    (True, "F"): (8, 80, 5, 7), (True, "M"): (60, 28, 6, 6),
}
_ROLES = ("digger", "processor", "trader", "auxiliary")
_FINAL = ((Status.APPLICANT, 8.0), (Status.ACTIVE, 80.5), (Status.SUSPENDED, 5.0),
          (Status.EXITED, 5.0), (Status.DECEASED, 1.5))


# ---- the plan --------------------------------------------------------------------------------

@dataclass
class Planned:
    """A member to be: the record, how they enter, what happens to them after."""

    key: int  # order of generation (random with respect to the join date)
    inp: MemberInput
    initial: Status
    site: int  # index in names.SITES
    founder: bool
    afro: bool  # Afro-Colombian (Chocó, the lower Cauca): surnames and skin tone
    changes: list[tuple[dt.date, Status, str]] = field(default_factory=list)
    look: Look | None = None
    number: int = 0

    @property
    def final(self) -> Status:
        return self.changes[-1][1] if self.changes else self.initial

    @property
    def join(self) -> dt.date:
        assert self.inp.join_date is not None
        return self.inp.join_date


@dataclass(order=True)
class Event:
    """One later use case, ordered by date, then by kind (``prio``), then by plan order."""

    date: dt.date
    prio: int
    seq: int
    kind: str = field(compare=False)
    member: Planned = field(compare=False)
    amount: int = field(default=0, compare=False)  # whole pesos, or shares
    other: Planned | None = field(default=None, compare=False)
    status: Status | None = field(default=None, compare=False)
    text: str = field(default="", compare=False)
    tag: str | None = field(default=None, compare=False)
    via: str = field(default="cash", compare=False)  # where a payment or refund's money goes


_PRIO = {"subscribe": 0, "pay": 1, "reverse": 2, "repay": 3, "transfer": 4, "status": 5,
         "refund": 6}


def _days(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def _between(rng: random.Random, a: dt.date, b: dt.date) -> dt.date:
    return a if b <= a else _days(a, rng.randint(0, (b - a).days))


def _years_before(d: dt.date, years: int) -> dt.date:
    try:
        return d.replace(year=d.year - years)
    except ValueError:  # 29 February
        return d.replace(year=d.year - years, day=28)


def _join_date(rng: random.Random, final: Status, founding: dt.date, today: dt.date) -> dt.date:
    if final == Status.APPLICANT:
        return _between(rng, _days(today, -240), _days(today, -3))
    if rng.random() < 0.06:
        return founding
    last = _days(today, -30 if final == Status.ACTIVE else -400)
    # sqrt: more members joined in the later years, as the cooperative grew
    return _days(founding, int((last - founding).days * rng.random() ** 0.5))


def _birth_date(rng: random.Random, join: dt.date, today: dt.date) -> dt.date:
    latest = _days(_years_before(join, 18), -1)  # an adult on the day they joined
    earliest = _days(_years_before(today, 71), 1)  # at most 70 today
    for _attempt in range(10):
        age = rng.triangular(18, 71, 33)
        born = _days(today, -int(age * 365.2425))
        if earliest <= born <= latest:
            return born
    return _between(rng, earliest, latest)


def plan_member(rng: random.Random, key: int, today: dt.date, founding: dt.date,
                site_ids: Sequence[int], seen_ids: set[str], lifecycle: bool) -> Planned:
    site = rng.choices(range(len(names.SITES)), [s.weight for s in names.SITES])[0]
    spec = names.SITES[site]
    afro = rng.random() < spec.afro_share
    sex = "F" if rng.random() < (0.5 if spec.alluvial else 0.26) else "M"
    role = rng.choices(_ROLES, _ROLE_WEIGHTS[(spec.alluvial, sex)])[0]
    finals = _FINAL if lifecycle else _FINAL[:2]
    final = rng.choices([f for f, _w in finals], [w for _f, w in finals])[0]
    join = _join_date(rng, final, founding, today)
    birth = _birth_date(rng, join, today)
    first, last = names.first_names(rng, sex), names.last_names(rng, afro)
    card_no = card_expiry = None
    if rng.random() < 0.75:
        issued = _between(rng, max(join, _days(today, -3 * 365)), _days(today, -20))
        card_no = f"MS-{spec.dane_code}-{issued.year}-{rng.randint(1, 99_999):05d}"
        card_expiry = _days(issued, 2 * 365)  # about a third have lapsed
    tel = names.phone(rng) if rng.random() < 0.88 else None
    locality = rng.choice(spec.localities if rng.random() < 0.9 else
                          rng.choice(names.SITES).localities)
    sites = [site_ids[site]]
    if rng.random() < 0.12:
        sites.append(rng.choice(site_ids))
    succ_name = succ_rel = succ_tel = None
    if final == Status.DECEASED or rng.random() < 0.85:
        succ_name, succ_rel = names.successor(rng, sex, last, afro)
        succ_tel = names.phone(rng) if rng.random() < 0.7 else None
    method, account, provider = PayoutMethod.CASH.value, None, None
    draw = rng.random()
    if draw < 0.2:
        method, provider = PayoutMethod.BANK.value, rng.choice(names.BANKS)
        account = str(rng.randint(10**10, 10**11 - 1))
    elif draw < 0.5 and tel is not None:
        method, provider = PayoutMethod.MOBILE.value, rng.choice(names.WALLETS)
        account = names.national_phone(tel)
    consents = {c for c, p in ((Consent.DATA, 0.97), (Consent.PHOTO, 0.9),
                               (Consent.SMS, 0.8 if tel else 0.0), (Consent.SHARE, 0.55))
                if rng.random() < p}
    notes = rng.choice(names.ROLE_NOTES[role]) if rng.random() < 0.15 else None
    inp = MemberInput(
        first_names=first, last_names=last, sex=sex, birth_date=birth, role=role,
        join_date=join, national_id=names.cedula(rng, sex, birth, seen_ids),
        miner_card_no=card_no, miner_card_expiry=card_expiry, phone=tel, locality=locality,
        site_ids=tuple(sorted(set(sites))), successor_name=succ_name,
        successor_relation=succ_rel, successor_phone=succ_tel, payout_method=method,
        payout_account=account, payout_provider=provider,
        consents=frozenset(c.value for c in consents), notes=notes)
    p = Planned(key, inp, Status.APPLICANT if final == Status.APPLICANT else Status.ACTIVE,
                site, join == founding, afro)
    p.changes = _lifecycle(rng, join, final, today, lifecycle)
    return p


def _lifecycle(rng: random.Random, join: dt.date, final: Status, today: dt.date,
               lifecycle: bool) -> list[tuple[dt.date, Status, str]]:
    def suspension(a: dt.date, b: dt.date) -> tuple[dt.date, Status, str]:
        return _between(rng, a, b), Status.SUSPENDED, rng.choice(names.SUSPENSION_REASONS)

    if final == Status.ACTIVE and lifecycle and join <= _days(today, -400) and (
            rng.random() < 0.03):  # suspended once, then readmitted
        first = suspension(_days(join, 200), _days(today, -120))
        back = _between(rng, _days(first[0], 30), min(_days(first[0], 180), _days(today, -2)))
        return [first, (back, Status.ACTIVE, rng.choice(names.REACTIVATION_REASONS))]
    if final == Status.SUSPENDED:
        return [suspension(max(_days(join, 120), _days(today, -3 * 365)), _days(today, -7))]
    if final == Status.EXITED:
        if rng.random() < 0.25:
            first = suspension(_days(join, 120), _days(today, -200))
            out = _between(rng, _days(first[0], 30), _days(today, -5))
            return [first, (out, Status.EXITED, names.EXIT_REASONS[3])]
        return [(_between(rng, _days(join, 180), _days(today, -5)), Status.EXITED,
                 rng.choice(names.EXIT_REASONS))]
    if final == Status.DECEASED:
        return [(_between(rng, _days(join, 180), _days(today, -3)), Status.DECEASED,
                 rng.choice(names.DEATH_REASONS))]
    return []


@dataclass
class _Capital:
    member: Planned
    shares: int
    payments: list[tuple[dt.date, int]]
    value: int  # pesos subscribed


def _split(total: int, parts: int, step: int = 10_000) -> list[int]:
    """Instalments in round amounts that add up to the total."""
    each = total // parts // step * step or step
    out = [each] * (parts - 1)
    return [*out, total - sum(out)] if total - sum(out) > 0 else [total]


def plan_events(rng: random.Random, members: Sequence[Planned], today: dt.date,
                share_value: int) -> list[Event]:
    """Status changes for everyone; the share register for the oldest members."""
    events: list[Event] = []

    def add(d: dt.date, kind: str, p: Planned, **kw: object) -> None:
        events.append(Event(d, _PRIO[kind], len(events), kind, p, **kw))  # type: ignore[arg-type]

    for p in members:
        for d, status, reason in p.changes:
            add(d, "status", p, status=status, text=reason)
    capital = [_plan_capital(rng, p, today, share_value) for p in members[:SHARE_SAMPLE]]
    stays = [c for c in capital if not c.member.changes and c.member.initial == Status.ACTIVE]
    used = _plan_transfers(rng, stays, today, max(1, len(capital) // 100), add)
    fixed = _plan_reversal(rng, [c for c in stays if id(c) not in used], today, add)
    for c in capital:
        p = c.member
        add(p.join, "subscribe", p, amount=c.shares)
        for i, (d, amount) in enumerate(c.payments):
            if not (c is fixed and i == len(c.payments) - 1):
                add(d, "pay", p, amount=amount)
        if p.final in (Status.EXITED, Status.DECEASED):
            refund_on = _days(p.changes[-1][0], rng.randint(10, 60))
            if refund_on < today:
                note = names.REFUND_NOTES[0] if p.final == Status.EXITED else (
                    f"{names.REFUND_NOTES[1]}: {p.inp.successor_name} "
                    f"({(p.inp.successor_relation or '').lower()})")
                add(refund_on, "refund", p, amount=c.shares, text=note)
    return sorted(events)


def _plan_capital(rng: random.Random, p: Planned, today: dt.date, share_value: int) -> _Capital:
    n = 10 if p.founder else rng.choice((2, 3, 4, 4, 5, 5, 6, 8, 10))
    value = n * share_value
    parts = _split(value, rng.choice((1, 2, 3, 4)))
    if p.initial == Status.APPLICANT:
        parts = parts[:1] if rng.random() < 0.6 else []
    elif rng.random() < 0.2:  # still paying
        parts = parts[:rng.randint(0, len(parts) - 1)]
    cutoff = p.changes[0][0] if p.changes else today
    payments, d = [], p.join
    for amount in parts:
        d = _days(d, rng.randint(15, 75))
        if d >= cutoff:
            break
        payments.append((d, amount))
    return _Capital(p, n, payments, value)


def _plan_transfers(rng: random.Random, stays: list[_Capital], today: dt.date, count: int,
                    add: Callable[..., None]) -> set[int]:
    used: set[int] = set()
    sources = [c for c in stays if c.shares >= 3 and c.payments
               and sum(a for _d, a in c.payments) == c.value]
    rng.shuffle(sources)
    for src in sources:
        if count <= 0:
            break
        dst = rng.choice(stays)
        if dst is src or id(dst) in used or id(src) in used:
            continue
        on = _days(max(src.payments[-1][0], dst.member.join), rng.randint(30, 200))
        if on >= today:
            continue
        add(on, "transfer", src.member, amount=rng.choice((1, 2)), other=dst.member,
            text=rng.choice(names.TRANSFER_NOTES))
        used.update((id(src), id(dst)))
        count -= 1
    return used


def _plan_reversal(rng: random.Random, stays: list[_Capital], today: dt.date,
                   add: Callable[..., None]) -> _Capital | None:
    """A payment typed with the wrong amount, reversed, then recorded right."""
    for c in stays:
        if len(c.payments) >= 2 and c.payments[-1][0] <= _days(today, -10) and (
                c.payments[-1][1] >= 20_000) and (
                _days(c.payments[-1][0], 2).year == c.payments[-1][0].year):  # one fiscal year
            d, amount = c.payments[-1]
            wrong = amount // 10 // 1000 * 1000 or 1000
            add(d, "pay", c.member, amount=wrong, tag="wrong")
            add(_days(d, 2), "reverse", c.member, text=names.REVERSAL_REASON, tag="wrong")
            add(_days(d, 2), "repay", c.member, amount=amount)
            return c
    return None


def plan_censuses(rng: random.Random, members: Sequence[Planned], today: dt.date
                  ) -> list[tuple[str, dt.date, list[tuple[dt.date, list[Planned]]]]]:
    """Two censuses: (name, started, [(day, members verified that day)]). Each site has its
    census day; most current members come."""
    out = []
    for name, started, rate in (
            (f"Censo {today.year - 2}", dt.date(today.year - 2, 8, 1), 0.85),
            (f"Censo {today.year}", _days(today, -75), 0.9)):
        days: dict[int, list[Planned]] = {i: [] for i in range(len(names.SITES))}
        for p in members:
            if p.key >= CENSUS_SAMPLE or p.initial == Status.APPLICANT or p.join >= started:
                continue
            gone = [d for d, s, _r in p.changes if s in (Status.EXITED, Status.DECEASED)]
            if gone and gone[0] <= _days(started, 60):
                continue
            if rng.random() < rate:
                days[p.site].append(p)
        out.append((name, started, [(_days(started, 7 * i + 3), ms) for i, ms in days.items()
                                    if ms]))
    return out


def plan(members: int, seed: int, today: dt.date, site_ids: Sequence[int], photos: bool,
         share_value: int) -> tuple[list[Planned], list[Event], list[
             tuple[str, dt.date, list[tuple[dt.date, list[Planned]]]]]]:
    """The whole cooperative as data, in member-number order (by join date)."""
    rng = random.Random(seed)
    founding = _years_before(today, HISTORY_YEARS)
    seen: set[str] = set()
    people = [plan_member(rng, k, today, founding, site_ids, seen, k < LIFECYCLE_SAMPLE)
              for k in range(members)]
    people.sort(key=lambda p: (p.join, p.key))
    if photos:
        for p in people:
            assert p.inp.birth_date is not None
            p.look = random_look(
                rng, woman=p.inp.sex == "F", age=age_on(p.inp.birth_date, today),
                afro=p.afro,
                helmet=p.inp.role == "digger" and rng.random() < 0.5,
                initials=names.initials(p.inp.first_names, p.inp.last_names))
    events = plan_events(rng, people, today, share_value)
    return people, events, plan_censuses(rng, people, today)


# ---- writing it through the services ---------------------------------------------------------

def make_demo(target: str, *, members: int = 300, seed: int = 1, photos: bool | None = None,
              today: dt.date | None = None, progress: Progress | None = None,
              books: bool = True, statements: Path | None = None) -> Database:
    """Create the demo cooperative at ``target`` (a new file path or an empty database URL).

    ``photos=None`` gives every member a portrait up to :data:`PHOTO_LIMIT` members and none
    above. ``books`` adds last year's and this year's books (see :mod:`coopdesk.demo.books`).
    ``progress(done, total)`` is called as the work advances. On any error nothing is left
    behind. With the books, the bank's and the wallet's monthly statement files (see
    :mod:`coopdesk.demo.bank_play`) are written into the folder ``statements`` when given.
    """
    today = today or DEFAULT_TODAY
    with_photos = members <= PHOTO_LIMIT if photos is None else photos
    admin_name = names.STAFF[0][1]
    db = create_cooperative(target, NewCooperative(
        names.COOPERATIVE_NAME, "COP", "CO", "es", names.SHARE_VALUE, names.REGISTRATION_NO),
        "admin", admin_name, DEMO_PASSWORD)
    spoken = language()
    try:
        # what the services write (entries' descriptions...) in the cooperative's language,
        # whatever the language of the window or terminal that makes the demo
        set_language(UnitOfWork(db).coop().language)
        with _fast_commits(db):
            _write_demo(db, members, seed, with_photos, today, progress, books, statements)
    except BaseException:
        _discard(db)
        raise
    finally:
        set_language(spoken)
    return db


@contextmanager
def _fast_commits(db: Database) -> Iterator[None]:
    """SQLite commits without waiting for the disk while the demo is written: in WAL mode,
    ``synchronous=NORMAL`` keeps the file consistent, and a power cut loses no more than the
    demo, which is made again. The file is handed back with the usual ``synchronous=FULL``."""
    if db.engine.dialect.name != "sqlite":
        yield
        return

    def normal(dbapi_conn: Any, _record: Any) -> None:
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA synchronous = NORMAL")
        cur.close()

    event.listen(db.engine, "connect", normal)
    db.engine.dispose()
    try:
        yield
    finally:
        event.remove(db.engine, "connect", normal)
        db.engine.dispose()


def _write_demo(db: Database, members: int, seed: int, with_photos: bool, today: dt.date,
                progress: Progress | None, books: bool, statements: Path | None = None
                ) -> None:
    """Everything but the empty file: users, sites, members, photos, the register, the books
    and the censuses."""
    admin = Actor("admin", frozenset({Role.ADMINISTRATOR}))
    actors = _add_users(UnitOfWork(db, admin))
    secretary = UnitOfWork(db, actors["secretario"])
    treasurer = UnitOfWork(db, actors["tesorera"])
    site_ids = [services.add_site(secretary, s.name, names.MINERAL, s.latitude, s.longitude,
                                  s.title_ref) for s in names.SITES]
    share_value = int(from_minor(secretary.coop().share_value, "COP"))
    people, events, censuses = plan(members, seed, today, site_ids, with_photos,
                                    share_value)
    ledger = books_plan(people, events, seed, today, share_value) if books else None
    total = (members + (members if with_photos else 0) + len(events)
             + sum(len(ms) for _n, _s, days in censuses for _d, ms in days)
             + (ledger.steps if ledger else 0))
    done = [0]

    def tick(n: int = 1) -> None:
        done[0] += n
        if progress is not None:
            progress(done[0], total)

    _insert_members(secretary, people, today, tick)
    if with_photos:
        for p in people:
            assert p.look is not None
            services.set_photo(secretary, p.number, portrait_jpeg(p.look))
            tick()
    if ledger is None:
        _play(secretary, treasurer, events, today, tick)
    else:
        _play_with_books(secretary, treasurer, events, ledger, today, tick, statements)
    for name, started, days in censuses:
        census_id = services.open_census(secretary, name, started)
        for day, verified in days:
            for chunk in _chunks(verified, CHUNK):
                services.verify_in_census(secretary, census_id, [p.number for p in chunk],
                                          day)
                tick(len(chunk))
    # the bylaws, March's assembly and its election, the board, grievances, an assembly ahead
    governance_play.play(db, actors, today, seed,
                         assembly_day(ledger) if ledger is not None else None)
    # the formalisation path, training and incidents, the action plan tied to the books and
    # the budget, the business plan from the books, and a CRAFT checklist partly done (last:
    # its evidence points at the records the others wrote)
    for play in (formal_play, training_play, actions_play, business_play, standards_play):
        play.play(db, actors, today, seed)


# ---- the books -------------------------------------------------------------------------------

BOOKS_SAMPLE = 2_000  # the members who may appear in the books (produce, borrow, newly admitted)


def books_plan(people: Sequence[Planned], events: Sequence[Event], seed: int,
                today: dt.date, share_value: int) -> BooksPlan:
    """The books' plan, from its own random source so the register stays as it was."""
    rng = random.Random(f"{seed}:books")
    start = books_start(today)
    moves = _share_money(rng, events, start, share_value)

    def person(p: Planned) -> Person:
        return Person(p.key, p, f"{p.inp.first_names} {p.inp.last_names}", p.site)

    sample = [p for p in people if p.key < BOOKS_SAMPLE]
    producers = [person(p) for p in sample if p.initial == Status.ACTIVE and not p.changes
                 and p.join <= _days(start, -90)]
    newcomers = [(p.join, person(p)) for p in sample if p.join >= start]
    return plan_books(rng, today, producers, newcomers, moves)


def _share_money(rng: random.Random, events: Sequence[Event], start: dt.date,
                 share_value: int) -> list[Move]:
    """Choose where the share payments and refunds from ``start`` on take their money (the
    cash box, some the bank), and say what each does to it, so the books' plan can keep both
    above zero. A refund pays back all that the member paid."""
    paid: dict[int, int] = {}  # plan key -> pesos paid
    wrong: dict[int, tuple[int, str]] = {}
    moves: list[Move] = []
    for ev in events:
        key, later = ev.member.key, ev.date >= start
        if ev.kind in ("pay", "repay"):
            if later and rng.random() < 0.3:
                ev.via = "bank"
            paid[key] = paid.get(key, 0) + ev.amount
            if ev.tag:
                wrong[key] = (ev.amount, ev.via)
            if later:
                moves.append(Move(ev.date, ev.via, ev.amount * 100))
        elif ev.kind == "reverse":
            amount, via = wrong[key]
            paid[key] -= amount
            if later:
                moves.append(Move(ev.date, via, -amount * 100))
        elif ev.kind == "transfer":
            assert ev.other is not None
            value = ev.amount * share_value
            paid[key] = paid.get(key, 0) - value
            paid[ev.other.key] = paid.get(ev.other.key, 0) + value
        elif ev.kind == "refund" and later:
            if rng.random() < 0.3:
                ev.via = "bank"
            moves.append(Move(ev.date, ev.via, -paid.get(key, 0) * 100))
            paid[key] = 0
    return moves


def _capital(uow: UnitOfWork) -> dict[int, int]:
    """Each member's paid-up capital now (minor units), from the share register."""
    numbers = {r.member_no for r in shares.register_rows(uow)} | {
        r.counterparty_no for r in shares.register_rows(uow) if r.counterparty_no}
    return {n: b.paid for n in sorted(numbers) if (b := shares.member_balance(uow, n)).paid}


def _play_with_books(secretary: UnitOfWork, treasurer: UnitOfWork, events: Sequence[Event],
                     ledger: BooksPlan, today: dt.date, tick: Callable[[int], None],
                     statements: Path | None = None) -> None:
    """The register before the books begin (it posts nothing), the books opened with each
    member's capital on that day, then the register's later events (which post themselves)
    and the books' operations, day by day: on each day the register first."""
    early = [ev for ev in events if ev.date < ledger.start]
    tagged: dict[tuple[int, str], int] = {}
    _play(secretary, treasurer, early, today, tick, tagged)
    # the assembly's distribution of last year's surplus and the premium plan, among the books;
    # the bank's and the wallet's statements, reconciled month by month
    player = BankPlay(SharingPlay(Player(treasurer, secretary), ledger), ledger, statements)
    player.open(ledger, _capital(treasurer))
    tick(1)
    later = [(ev.date, 0, i, ev) for i, ev in enumerate(events[len(early):])]
    steps: list[tuple[dt.date, int, int, Event | Op]] = sorted(
        [*later, *((op.date, 1, i, op) for i, op in enumerate(ledger.ops))],
        key=lambda step: step[:3])
    for _d, _kind, _i, step in steps:
        if isinstance(step, Event):
            _play_event(secretary, treasurer, step, today, tagged)
        else:
            player(step)
        tick(1)
    player.finish()


def _add_users(uow: UnitOfWork) -> dict[str, Actor]:
    """The staff of DEMO_USERS, added as an administrator would add them."""
    actors: dict[str, Actor] = {}
    for username, full_name, roles, password in DEMO_USERS:
        if username != "admin":
            add_user(uow, username, full_name, password, set(roles))
        user = next(u for u in list_users(uow) if u.username == username)
        actors[username] = Actor(username, user.roles, user.id)
    return actors


def _chunks(items: Sequence[Planned], size: int) -> Iterator[Sequence[Planned]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _insert_members(uow: UnitOfWork, people: Sequence[Planned], today: dt.date,
                    tick: Callable[[int], None]) -> None:
    """The register in one write per chunk: each member validated and audited as the form
    would, without a commit (and its flush to disk) per member."""
    for chunk in _chunks(people, CHUNK):
        with uow.write(Permission.MEMBERS_WRITE, "members") as tx:
            for part in _chunks(chunk, 500):
                made = services.insert_members(tx, [(p.inp, p.initial) for p in part], today)
                for p, m in zip(part, made, strict=True):
                    p.number = m.number
                tick(len(part))


def _play(secretary: UnitOfWork, treasurer: UnitOfWork, events: Sequence[Event],
          today: dt.date, tick: Callable[[int], None],
          tagged: dict[tuple[int, str], int] | None = None) -> None:
    """The later history in date order: status changes and the share capital register."""
    tagged = {} if tagged is None else tagged
    for ev in events:
        _play_event(secretary, treasurer, ev, today, tagged)
        tick(1)


def _play_event(secretary: UnitOfWork, treasurer: UnitOfWork, ev: Event, today: dt.date,
                tagged: dict[tuple[int, str], int]) -> None:
    number = ev.member.number
    if ev.kind == "status":
        assert ev.status is not None
        services.change_status(secretary, number, ev.status, ev.date, ev.text, today)
    elif ev.kind == "subscribe":
        shares.subscribe(treasurer, number, ev.amount, ev.date,
                         reference=f"Acta de admisión, socio {number}")
    elif ev.kind in ("pay", "repay"):
        op = shares.pay(treasurer, number, Decimal(ev.amount), ev.date,
                        reference=f"Recibo de caja {number:05d}-{ev.date:%y%m%d}", via=ev.via)
        if ev.tag:
            tagged[(number, ev.tag)] = op
    elif ev.kind == "reverse":
        assert ev.tag is not None
        shares.reverse(treasurer, tagged[(number, ev.tag)], ev.date, ev.text)
    elif ev.kind == "transfer":
        assert ev.other is not None
        shares.transfer(treasurer, number, ev.other.number, ev.amount, ev.date,
                        reference=f"Acta del consejo {ev.date:%Y-%m}", note=ev.text)
    elif ev.kind == "refund":
        shares.refund(treasurer, number, ev.amount, ev.date,
                      reference=f"Comprobante de egreso {number:05d}", note=ev.text, via=ev.via)
