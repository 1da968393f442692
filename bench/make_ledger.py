#!/usr/bin/env python3
"""A large book for the ledger benchmarks: a cooperative with N posted transactions.

    python bench/make_ledger.py [PATH] [--transactions 1000000] [--members 2000] [--seed 1]

The cooperative is made as a person would make it (``create_cooperative``, the ``general``
chart, fiscal years 2024, 2025 and 2026, members through ``services.insert_members``); then
the journal is written straight into ``journal_entry`` and ``journal_line`` with ``executemany``
on one SQLite connection, about 3 postings a transaction, spread evenly over the three years:
gold bought from members and paid to them, gold sold, expenses, wages, share capital and loans.
About three in four transactions post to a member control account; a few members are much
busier than the rest.

**This is a benchmark fixture, not a valid book.** The bulk inserts skip the audit chain: no
``ledger.post`` event is written for the entries, so ``coopdesk verify`` reports them as not
chained. Entry numbers, the journal counters and every balance are consistent, so the reports,
the export and later posts through the services work as on a real file.

The file is made once and reused: it is built under a temporary name and renamed when complete,
so a file at the path is always a whole one. The default path is
``/tmp/coopdesk-bench/ledger-<transactions>-<members>.coopdesk``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sqlite3
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import PASSWORD

CACHE = Path(os.environ.get("COOPDESK_BENCH_CACHE", "/tmp/coopdesk-bench"))
START, END = dt.date(2024, 1, 1), dt.date(2026, 12, 31)
YEARS = (("2024", dt.date(2024, 1, 1), dt.date(2024, 12, 31)),
         ("2025", dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
         ("2026", dt.date(2026, 1, 1), dt.date(2026, 12, 31)))
CHUNK = 50_000  # entries per executemany
GOLD_PESOS_PER_GRAM = 380_000
ROYALTY = 0.04  # withheld on purchases from members, paid on sales
EXPENSES = ("5195", "5196", "5145", "5150", "5175", "5110")
BUYERS = ("C.I. Oro Limpio de Antioquia S.A.S.", "Refinadora Andina de Metales Preciosos S.A.S.")
SUPPLIERS = ("Estación de Servicio La Bocamina", "Insumos Mineros del Nordeste Ltda.",
             "Taller Metalmecánico Hermanos Úsuga", "Dotaciones y Seguridad Industrial Remedios",
             "Agroquímicos y Ferretería El Minero S.A.S.", "Servicio Técnico de Motores")
MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
          "septiembre", "octubre", "noviembre", "diciembre")


@dataclass(frozen=True)
class Line:
    account: str
    member: int | None  # member number
    debit: int  # minor units (centavos)
    credit: int
    memo: str | None = None


@dataclass(frozen=True)
class Entry:
    date: dt.date
    description: str
    reference: str | None
    source: str | None
    lines: tuple[Line, ...]


def default_path(transactions: int, members: int = 2_000) -> Path:
    return CACHE / f"ledger-{transactions}-{members}.coopdesk"


def _pesos(rng: random.Random, low: int, high: int, step: int = 100) -> int:
    """A log-uniform amount in whole pesos, rounded to ``step``, as minor units."""
    value = low * (high / low) ** rng.random()
    return max(step, round(value / step) * step) * 100


def entries(rng: random.Random, count: int, members: list[int], start: dt.date = START,
            end: dt.date = END) -> Iterator[Entry]:
    """``count`` balanced transactions in date order from ``start`` to ``end``."""
    days = (end - start).days + 1
    # a few members are much busier than the rest (weight 1/(rank + 10))
    weights, total = [], 0.0
    for k in range(len(members)):
        total += 1 / (k + 10)
        weights.append(total)
    batch: list[int] = []
    for i in range(count):
        day = start + dt.timedelta(days=i * days // count)
        if not batch:
            batch = rng.choices(members, cum_weights=weights, k=1000)
        kind = rng.random()
        if kind < 0.35:
            m = batch.pop()
            grams = round(1.5 * (40 ** rng.random()), 2)
            gross = round(grams * GOLD_PESOS_PER_GRAM) * 100
            roy = round(gross * ROYALTY)
            yield Entry(day, f"Compra de oro al socio {m:04d}: {grams} g", f"CO-{i}",
                        "purchase", (Line("6105", None, gross, 0),
                                     Line("2620", m, 0, gross - roy),
                                     Line("2404", None, 0, roy, "Regalías retenidas")))
        elif kind < 0.60:
            m = batch.pop()
            amount = _pesos(rng, 300_000, 35_000_000)
            if rng.random() < 0.6:
                fee = 7_500 * 100
                yield Entry(day, f"Pago al socio {m:04d} por transferencia", f"TR-{i}", "cash",
                            (Line("2620", m, amount, 0), Line("5305", None, fee, 0),
                             Line("1110", None, 0, amount + fee)))
            else:
                yield Entry(day, f"Pago al socio {m:04d} en efectivo", f"CE-{i}", "cash",
                            (Line("2620", m, amount, 0), Line("1105", None, 0, amount)))
        elif kind < 0.64:
            grams = rng.randint(60, 220)
            gross = grams * GOLD_PESOS_PER_GRAM * 105
            roy, fee = round(gross * ROYALTY), 25_000 * 100
            yield Entry(day, f"Venta de {grams} g de oro a {rng.choice(BUYERS)}", f"FV-{i}",
                        "sale", (Line("1110", None, gross - roy - fee, 0),
                                 Line("5115", None, roy, 0), Line("5305", None, fee, 0),
                                 Line("4105", None, 0, gross)))
        elif kind < 0.79:
            amount = _pesos(rng, 50_000, 8_000_000)
            withheld = round(amount * 0.025 / 100) * 100
            yield Entry(day, f"Factura de {rng.choice(SUPPLIERS)}", f"FC-{i}", "cash",
                        (Line(rng.choice(EXPENSES), None, amount, 0),
                         Line("1105" if amount < 1_000_000_00 else "1110", None, 0,
                              amount - withheld),
                         Line("2370", None, 0, withheld, "Retención en la fuente")))
        elif kind < 0.84:
            gross = _pesos(rng, 1_300_000, 9_000_000)
            deductions = round(gross * 0.08 / 100) * 100
            yield Entry(day, f"Nómina de {MONTHS[day.month - 1]} {day.year}", None, None,
                        (Line("5105", None, gross, 0), Line("2370", None, 0, deductions),
                         Line("1110", None, 0, gross - deductions)))
        elif kind < 0.92:
            m = batch.pop()
            shares = rng.randint(1, 10)
            fee = 20_000 * 100 if rng.random() < 0.2 else 0
            lines = [Line("1105", None, shares * 50_000 * 100 + fee, 0),
                     Line("3105", m, 0, shares * 50_000 * 100)]
            if fee:
                lines.append(Line("4250", None, 0, fee, "Cuota de admisión"))
            yield Entry(day, f"Aportes del socio {m:04d}: {shares} aporte(s)", f"RC-{i}",
                        "shares", tuple(lines))
        elif kind < 0.95:
            m = batch.pop()
            amount = _pesos(rng, 300_000, 5_000_000, 10_000)
            yield Entry(day, f"Préstamo al socio {m:04d}", f"PR-{i}", None,
                        (Line("1345", m, amount, 0), Line("1105", None, 0, amount)))
        else:
            m = batch.pop()
            amount = _pesos(rng, 50_000, 1_000_000)
            interest = round(amount * 0.02 / 100) * 100
            yield Entry(day, f"Abono al préstamo del socio {m:04d}", f"RC-{i}", None,
                        (Line("1105", None, amount + interest, 0),
                         Line("1345", m, 0, amount), Line("4210", None, 0, interest)))


def setup(path: Path, members: int, seed: int) -> list[int]:
    """The cooperative without its journal: chart, fiscal years, members. Returns the member
    numbers of the active members."""
    from coopdesk.core.access import Permission
    from coopdesk.core.files import NewCooperative, create_cooperative
    from coopdesk.core.uow import UnitOfWork
    from coopdesk.core.users import authenticate
    from coopdesk.demo import names
    from coopdesk.demo.generator import plan_member
    from coopdesk.ledger import services as books
    from coopdesk.members import services
    from coopdesk.members.rules import Status

    db = create_cooperative(str(path), NewCooperative(
        names.COOPERATIVE_NAME, "COP", "CO", "es", names.SHARE_VALUE, names.REGISTRATION_NO),
        "admin", "Administración", PASSWORD)
    try:
        uow = UnitOfWork(db, authenticate(UnitOfWork(db), "admin", PASSWORD))
        books.install_chart(uow, "general")
        for name, first, last in YEARS:
            books.open_fiscal_year(uow, name, first, last)
        sites = [services.add_site(uow, s.name, names.MINERAL, s.latitude, s.longitude,
                                   s.title_ref) for s in names.SITES]
        rng, seen = random.Random(seed), set[str]()
        today = START - dt.timedelta(days=1)
        founding = dt.date(2014, 1, 1)
        people = sorted((plan_member(rng, k, today, founding, sites, seen, False)
                         for k in range(members)), key=lambda p: (p.join, p.key))
        active: list[int] = []
        with uow.write(Permission.MEMBERS_WRITE, "members") as tx:
            for i in range(0, len(people), 500):
                part = people[i:i + 500]
                made = services.insert_members(tx, [(p.inp, Status.ACTIVE) for p in part],
                                               today)
                active.extend(m.number for m in made)
        return active
    finally:
        db.dispose()


def fill(path: Path, transactions: int, members: list[int], seed: int,
         progress: bool = True) -> tuple[int, int]:
    """Write the journal with bulk inserts; returns (entries, lines)."""
    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.execute("PRAGMA journal_mode = DELETE")  # one big transaction; WAL again below
        con.execute("PRAGMA synchronous = OFF")
        con.execute("PRAGMA cache_size = -262144")
        accounts = dict(con.execute("SELECT code, id FROM account"))
        member_ids = dict(con.execute("SELECT number, id FROM member"))
        years = [(yid, a, b) for yid, a, b in con.execute(
            "SELECT id, start, \"end\" FROM fiscal_year ORDER BY start")]
        numbers = {yid: 0 for yid, _a, _b in years}
        rng = random.Random(seed + 1)
        uids = random.Random(seed + 2)
        now = dt.datetime(2027, 1, 15, 9, 0).isoformat(" ")
        con.execute("BEGIN")
        entry_id = (con.execute("SELECT max(id) FROM journal_entry").fetchone()[0] or 0)
        line_id = (con.execute("SELECT max(id) FROM journal_line").fetchone()[0] or 0)
        e_rows: list[tuple[object, ...]] = []
        l_rows: list[tuple[object, ...]] = []
        t0 = time.perf_counter()

        def flush() -> None:
            con.executemany(
                "INSERT INTO journal_entry (id, uid, year_id, number, date, description, "
                "reference, status, source, created_by, created_at, posted_by, posted_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, 'posted', ?, 'admin', ?, 'admin', ?)", e_rows)
            con.executemany(
                "INSERT INTO journal_line (id, entry_id, line_no, account_id, member_id, "
                "debit, credit, memo) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", l_rows)
            e_rows.clear()
            l_rows.clear()

        yid = years[0][0]
        for n, e in enumerate(entries(rng, transactions, members), 1):
            day = e.date.isoformat()
            for y, a, b in years:
                if a <= day <= b:
                    yid = y
                    break
            numbers[yid] += 1
            entry_id += 1
            e_rows.append((entry_id, str(uuid.UUID(int=uids.getrandbits(128), version=4)), yid,
                           numbers[yid], day, e.description, e.reference, e.source, now, now))
            for k, ln in enumerate(e.lines, 1):
                line_id += 1
                l_rows.append((line_id, entry_id, k, accounts[ln.account],
                               member_ids[ln.member] if ln.member is not None else None,
                               ln.debit, ln.credit, ln.memo))
            if len(e_rows) >= CHUNK:
                flush()
                if progress and n % (CHUNK * 4) == 0:
                    print(f"  {n:>9,}/{transactions:,}  {time.perf_counter() - t0:6.1f} s",
                          flush=True)
        flush()
        con.executemany("INSERT INTO counter (name, value) VALUES (?, ?) ON CONFLICT (name) DO "
                        "UPDATE SET value = excluded.value",
                        [(f"journal:{y}", v) for y, v in numbers.items()])
        con.execute("COMMIT")
        lines = con.execute("SELECT count(*) FROM journal_line").fetchone()[0]
        con.execute("PRAGMA journal_mode = WAL")
        return sum(numbers.values()), int(lines)
    finally:
        con.close()


def make(path: Path, transactions: int, members: int = 2_000, seed: int = 1,
         progress: bool = True) -> Path:
    """Make the file at ``path`` unless it is there already."""
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    part = path.with_name(path.name + ".part")
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(part) + suffix).unlink(missing_ok=True)
    t0 = time.perf_counter()
    active = setup(part, members, seed)
    t1 = time.perf_counter()
    if transactions:
        count, lines = fill(part, transactions, active, seed, progress)
    else:
        count = lines = 0
    part.rename(path)
    if progress:
        print(f"  (made {path.name}: {count:,} entries, {lines:,} postings, {len(active):,} "
              f"members in {time.perf_counter() - t0:.0f} s, of which the set-up "
              f"{t1 - t0:.0f} s; {path.stat().st_size / 2**20:.0f} MB)", flush=True)
    return path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", type=Path, nargs="?")
    ap.add_argument("--transactions", type=int, default=1_000_000)
    ap.add_argument("--members", type=int, default=2_000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    path = args.path or default_path(args.transactions, args.members)
    if path.exists():
        print(f"{path} exists; it is reused (remove it to make it again).")
        return 0
    make(path, args.transactions, args.members, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
