#!/usr/bin/env python3
"""Benchmarks of benefit sharing: a distribution over 100,000 members, a payout sheet PDF for
10,000.

    python bench/bench_sharing.py [--members 100000] [--sheet-members 10000] [--runs 1]
                                  [--profile] [--skip sheet]

Prints, each measure in its own process on a fresh copy of the cooperative, with its peak
resident memory: computing a draft distribution of 2025's surplus (``services.create_run``:
reading every member's values, the funds, the exact largest-remainder split, writing a line per
member) under the Colombian preset (by the value of the gold each member sold) and under the
OHADA-style one (by fine grams and by capital weighted by days held, with the reserve capped at
half the capital and the interest on capital capped); posting it (``services.post``: one entry,
a payable line per member who receives something); paying every cash member at once
(``services.pay``); and, on a cooperative of 10,000 members, the payout sheet of a posted
distribution rendered to PDF (``sharing.reports.payout_sheet`` and ``reports.output.export``).
Targets: the distribution under 5 s, the payout sheet under 20 s. ``--profile`` adds the
cProfile of one ``create_run`` (the functions that take the most time, inclusive).

The cooperatives are benchmark fixtures made once and reused from ``/tmp/coopdesk-bench``
(``sharing-<members>.coopdesk``): the members, all active, through ``services.insert_members``
(validated and audited, as ``bench/make_ledger.py`` makes them); 2025's sales and gold
purchases as two summary entries through the services; then, with bulk inserts, 2025's
production lots and purchases from three members in four (one to six lots each), the share
register (a subscription and one to three payments each) and its capital as one entry with a
line per member; the year 2025 closed through the service, which carries the surplus that is
shared. **Not a valid book**: the bulk rows have no audit events (``coopdesk verify`` refuses
them), and the purchases' member lines are summed in one entry.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import PASSWORD, machine, run_child
from bench.make_ledger import CACHE

YEAR = ("2025", dt.date(2025, 1, 1), dt.date(2025, 12, 31))
NEXT = ("2026", dt.date(2026, 1, 1), dt.date(2026, 12, 31))
ASSEMBLY = dt.date(2026, 3, 27)
PAYDAY = dt.date(2026, 4, 11)
PRICE = 42_000_000  # minor units (420,000 pesos) a gram of fine gold
SHARE = 5_000_000  # minor units (50,000 pesos) a share
MARGIN = 0.08  # what the cooperative earns on the gold it sells: about its surplus

# Every child: the time from the import of the measured module on is the measure's alone.
PRELUDE = """
import datetime as dt, json, os, resource, time
def rss_mb():
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
D = dt.date.fromisoformat
from coopdesk.core.files import open_cooperative
from coopdesk.core.uow import UnitOfWork
from coopdesk.core.access import SYSTEM, Actor
from coopdesk.core.users import list_users
db = open_cooperative(os.environ["BENCH_FILE"], scheduled_backup=False).db
# the administrator, without the password's key derivation (its memory would be the peak)
admin = next(u for u in list_users(UnitOfWork(db, SYSTEM)) if u.username == "admin")
uow = UnitOfWork(db, Actor("admin", admin.roles, admin.id))
uow.coop()
from coopdesk.sharing import services as sharing
from coopdesk.sharing.services import RunInput, Source
"""

CREATE = PRELUDE + """
from coopdesk.sharing import queries
before = rss_mb()
if os.environ.get("BENCH_PRESET"):
    sharing.install_preset(uow, os.environ["BENCH_PRESET"])
t = time.perf_counter()
n = sharing.create_run(uow, RunInput("Excedentes 2025", Source.SURPLUS,
                                     os.environ["BENCH_POLICY"], year="2025"))
seconds = time.perf_counter() - t
d = queries.detail(uow, n)
print(json.dumps({"seconds": round(seconds, 2), "run": n, "lines": queries.line_count(uow, n),
                  "receiving": d.row.members, "eligible": d.eligible, "excluded": d.excluded,
                  "amount": str(d.row.amount), "shared": str(d.row.shared),
                  "residue": str(d.residue), "rss_before_mb": before}))
"""

PROFILE = PRELUDE + """
import cProfile, io, pstats
sharing.install_preset(uow, os.environ["BENCH_PRESET"])
prof = cProfile.Profile()
t = time.perf_counter()
prof.enable()
n = sharing.create_run(uow, RunInput("Excedentes 2025", Source.SURPLUS,
                                     os.environ["BENCH_POLICY"], year="2025"))
prof.disable()
seconds = time.perf_counter() - t
out = io.StringIO()
pstats.Stats(prof, stream=out).sort_stats("cumulative").print_stats(28)
print(out.getvalue())
print(json.dumps({"seconds": round(seconds, 2)}))
"""

POST = PRELUDE + """
n = int(os.environ["BENCH_RUN"])
sharing.approve(uow, n, D(os.environ["BENCH_DAY"]), "AGO-2026-03, resolución 5")
before = rss_mb()
t = time.perf_counter()
ref = sharing.post(uow, n, D(os.environ["BENCH_DAY"]))
seconds = time.perf_counter() - t
from sqlalchemy import func, select
from coopdesk.ledger.models import JournalEntry, JournalLine
with uow.read() as s:
    lines = s.scalar(select(func.count()).select_from(JournalLine).join(JournalEntry)
                     .where(JournalEntry.source == "distribution"))
print(json.dumps({"seconds": round(seconds, 2), "entry": f"{ref.year}/{ref.number}",
                  "entry_lines": lines, "rss_before_mb": before}))
"""

PAY = PRELUDE + """
n = int(os.environ["BENCH_RUN"])
before = rss_mb()
t = time.perf_counter()
paid = sharing.pay(uow, n, D(os.environ["BENCH_DAY"]), "cash")
seconds = time.perf_counter() - t
print(json.dumps({"seconds": round(seconds, 2), "count": paid.count, "amount": str(paid.amount),
                  "rss_before_mb": before}))
"""

SHEET = PRELUDE + """
from pathlib import Path
from coopdesk.reports.output import export
from coopdesk.sharing import reports
n = int(os.environ["BENCH_RUN"])
out = Path(os.environ["BENCH_OUT"])
before = rss_mb()
t = time.perf_counter()
doc = reports.payout_sheet(uow, n)
export(uow, doc, out)
seconds = time.perf_counter() - t
data = out.read_bytes()
print(json.dumps({"seconds": round(seconds, 2), "size_mb": round(len(data) / 2**20, 1),
                  "pages": data.count(b"/Type /Page") - data.count(b"/Type /Pages"),
                  "rss_before_mb": before}))
"""


# ---- the fixture -------------------------------------------------------------------------------

def default_path(members: int) -> Path:
    return CACHE / f"sharing-{members}.coopdesk"


def _uid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _day(rng: random.Random, a: dt.date, b: dt.date) -> dt.date:
    return a + dt.timedelta(days=rng.randint(0, max(0, (b - a).days)))


def _setup(path: Path, members: int, seed: int) -> list[tuple[int, dt.date]]:
    """The cooperative, its chart, 2025 and 2026, its sites and its members, all active
    (through the services). Returns (member id, join date) in number order."""
    from sqlalchemy import select

    from coopdesk.core.access import Permission
    from coopdesk.core.files import NewCooperative, create_cooperative
    from coopdesk.core.uow import UnitOfWork
    from coopdesk.core.users import authenticate
    from coopdesk.demo import names
    from coopdesk.demo.generator import plan_member
    from coopdesk.ledger import services as books
    from coopdesk.members import services
    from coopdesk.members.models import Member
    from coopdesk.members.rules import Status

    db = create_cooperative(str(path), NewCooperative(
        names.COOPERATIVE_NAME, "COP", "CO", "es", names.SHARE_VALUE, names.REGISTRATION_NO),
        "admin", "Administración", PASSWORD)
    try:
        uow = UnitOfWork(db, authenticate(UnitOfWork(db), "admin", PASSWORD))
        books.install_chart(uow, "general")
        for name, first, last in (YEAR, NEXT):
            books.open_fiscal_year(uow, name, first, last)
        sites = [services.add_site(uow, s.name, names.MINERAL, s.latitude, s.longitude,
                                   s.title_ref) for s in names.SITES]
        rng, seen = random.Random(seed), set[str]()
        today = YEAR[1] - dt.timedelta(days=1)
        people = sorted((plan_member(rng, k, today, dt.date(2013, 1, 1), sites, seen, False)
                         for k in range(members)), key=lambda p: (p.join, p.key))
        for i in range(0, len(people), 5_000):
            with uow.write(Permission.MEMBERS_WRITE, "members") as tx:
                for j in range(i, min(i + 5_000, len(people)), 500):
                    part = people[j:j + 500]
                    services.insert_members(tx, [(p.inp, Status.ACTIVE) for p in part],
                                            today)
        with db.session() as s:
            return [(mid, join) for mid, join in s.execute(
                select(Member.id, Member.join_date).order_by(Member.number))]
    finally:
        db.dispose()


def _production(rng: random.Random, people: list[tuple[int, dt.date]]
                ) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]], int]:
    """2025's lots and purchases (rows without ids of entries), and what was paid for them."""
    lots: list[tuple[Any, ...]] = []
    buys: list[tuple[Any, ...]] = []
    paid = 0
    for mid, _join in people:
        if rng.random() >= 0.75:
            continue
        for _k in range(rng.randint(1, 6)):
            day = _day(rng, YEAR[1], YEAR[2])
            mg = round(2_000 * 40 ** rng.random())
            fine = rng.randint(8200, 9200)
            amount = (mg * fine * PRICE + 5_000_000) // 10_000_000  # rounded half up
            paid += amount
            lots.append((day.isoformat(), mid, 1, rng.randint(1, 20), mg, fine))
            buys.append((day.isoformat(), mid, mg, fine, amount))
    return lots, buys, paid


def _capital(rng: random.Random, people: list[tuple[int, dt.date]]
             ) -> tuple[list[tuple[Any, ...]], dict[int, int]]:
    """The share register: a subscription and one to three payments a member; returns the
    operations and what each member had paid by the end of 2025."""
    ops: list[tuple[Any, ...]] = []
    paid: dict[int, int] = {}
    for mid, join in people:
        shares = rng.choice((2, 3, 4, 4, 5, 5, 6, 8, 10))
        ops.append((join.isoformat(), "subscription", mid, shares, shares * SHARE))
        parts = rng.choice((1, 2, 3))
        owed, day = shares * SHARE, join
        for k in range(parts):
            amount = owed if k == parts - 1 else owed // parts // 1_000_000 * 1_000_000
            day = min(day + dt.timedelta(days=rng.randint(15, 200)), YEAR[2])
            ops.append((day.isoformat(), "payment", mid, 0, amount))
            paid[mid] = paid.get(mid, 0) + amount
            owed -= amount
    return ops, paid


def make(path: Path, members: int, seed: int = 1) -> Path:
    """Make the fixture at ``path`` unless it is there (see the module's text)."""
    if path.exists():
        return path
    from decimal import Decimal

    path.parent.mkdir(parents=True, exist_ok=True)
    part = path.with_name(path.name + ".part")
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(part) + suffix).unlink(missing_ok=True)
    t0 = time.perf_counter()
    people = _setup(part, members, seed)
    t1 = time.perf_counter()
    rng = random.Random(seed + 11)
    lots, buys, bought = _production(rng, people)
    ops, capital = _capital(rng, people)

    from coopdesk.core.files import open_cooperative
    from coopdesk.core.uow import UnitOfWork
    from coopdesk.core.users import authenticate
    from coopdesk.ledger import services as books
    from coopdesk.ledger.rules import EntryInput, LineInput

    def session() -> tuple[Any, UnitOfWork]:
        db = open_cooperative(str(part), scheduled_backup=False).db
        return db, UnitOfWork(db, authenticate(UnitOfWork(db), "admin", PASSWORD))

    db, uow = session()
    try:
        sold = round(bought * (1 + MARGIN), -2)
        purchases = books.post_entry(uow, EntryInput(
            YEAR[2], "Compras de oro a los asociados en 2025 (resumen)",
            (LineInput("6105", debit=Decimal(bought).scaleb(-2)),
             LineInput("1110", credit=Decimal(bought).scaleb(-2)))))
        books.post_entry(uow, EntryInput(
            YEAR[2], "Ventas de oro en 2025 (resumen)",
            (LineInput("1110", debit=Decimal(sold).scaleb(-2)),
             LineInput("4105", credit=Decimal(sold).scaleb(-2)))))
    finally:
        db.dispose()

    con = sqlite3.connect(part, isolation_level=None)
    try:
        con.execute("PRAGMA synchronous = OFF")
        now = dt.datetime(2026, 1, 15, 9, 0).isoformat(" ")
        con.execute("BEGIN")
        entry_id = con.execute("SELECT id FROM journal_entry WHERE uid = ?",
                               (purchases.uid,)).fetchone()[0]
        con.executemany(
            "INSERT INTO production_lot (number, date, member_id, miners, days, mineral, "
            "milligrams, fineness, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, 'gold', ?, "
            "?, 'admin', ?)", [(n, *lot, now) for n, lot in enumerate(lots, 1)])
        con.executemany(
            "INSERT INTO gold_purchase (number, date, member_id, lot_id, milligrams, fineness, "
            "price_per_gram, amount, entry_id, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, "
            "?, ?, ?, ?, 'admin', ?)",
            [(n, day, mid, n, mg, fine, PRICE, amount, entry_id, now)
             for n, (day, mid, mg, fine, amount) in enumerate(buys, 1)])
        con.executemany(
            "INSERT INTO share_operation (number, date, kind, member_id, shares, amount, "
            "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, 'admin', ?)",
            [(n, *op, now) for n, op in enumerate(ops, 1)])
        year_id = con.execute("SELECT id FROM fiscal_year WHERE name = ?",
                              (YEAR[0],)).fetchone()[0]
        number = con.execute("SELECT value FROM counter WHERE name = ?",
                             (f"journal:{year_id}",)).fetchone()[0] + 1
        cur = con.execute(
            "INSERT INTO journal_entry (uid, year_id, number, date, description, status, "
            "source, created_by, created_at, posted_by, posted_at) VALUES (?, ?, ?, ?, ?, "
            "'posted', 'shares', 'admin', ?, 'admin', ?)",
            (_uid(rng), year_id, number, YEAR[1].isoformat(),
             "Aportes sociales pagados (resumen del registro)", now, now))
        capital_entry = cur.lastrowid
        accounts = dict(con.execute("SELECT code, id FROM account"))
        lines: list[tuple[Any, ...]] = [
            (capital_entry, 1, accounts["1110"], None, sum(capital.values()), 0)]
        lines += [(capital_entry, k, accounts["3105"], mid, 0, amount)
                  for k, (mid, amount) in enumerate(sorted(capital.items()), 2)]
        con.executemany("INSERT INTO journal_line (entry_id, line_no, account_id, member_id, "
                        "debit, credit) VALUES (?, ?, ?, ?, ?, ?)", lines)
        con.executemany("INSERT INTO counter (name, value) VALUES (?, ?) ON CONFLICT (name) DO "
                        "UPDATE SET value = excluded.value",
                        [("production_lot", len(lots)), ("gold_purchase", len(buys)),
                         ("share_operation", len(ops)), (f"journal:{year_id}", number)])
        con.execute("COMMIT")
    finally:
        con.close()

    db, uow = session()
    try:
        books.close_year(uow, YEAR[0])
    finally:
        db.dispose()
    part.rename(path)
    print(f"  (made {path.name}: {members:,} members ({t1 - t0:.0f} s), {len(lots):,} lots and "
          f"purchases, {len(ops):,} share operations, in {time.perf_counter() - t0:.0f} s; "
          f"{path.stat().st_size / 2**20:.0f} MB)", flush=True)
    return path


def make_in_child(members: int, seed: int) -> Path:
    """Made in another process, which keeps this one's peak memory out of the children's (a
    child counts its parent's peak as its own, Linux records it at exec)."""
    path = default_path(members)
    if not path.exists():
        subprocess.run([sys.executable, __file__, "--make", str(members), "--seed", str(seed)],
                       check=True)
    return path


def fresh_copy(src: Path, dest: Path) -> Path:
    for suffix in ("", "-wal", "-shm"):
        Path(str(dest) + suffix).unlink(missing_ok=True)
    s, d = sqlite3.connect(src), sqlite3.connect(dest)
    try:
        s.backup(d)
    finally:
        s.close()
        d.close()
    return dest


def child(code: str, book: Path, **env: object) -> dict[str, Any]:
    return run_child(code, {"BENCH_FILE": str(book),
                            **{f"BENCH_{k.upper()}": str(v) for k, v in env.items()}})


def profile(book: Path, preset: str) -> str:
    """The cProfile of one create_run, as printed."""
    import os

    env = dict(os.environ, BENCH_FILE=str(book), BENCH_PASSWORD=PASSWORD, BENCH_PRESET=preset,
               BENCH_POLICY=preset)
    proc = subprocess.run([sys.executable, "-c", PROFILE], check=True, capture_output=True,
                          text=True, env=env, cwd=Path(__file__).resolve().parents[1])
    return proc.stdout


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--members", type=int, default=100_000)
    ap.add_argument("--sheet-members", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--runs", type=int, default=1, help="repeats of each measure (all shown)")
    ap.add_argument("--profile", action="store_true", help="profile one create_run")
    ap.add_argument("--skip", default="", help="comma-separated: run, sheet")
    ap.add_argument("--make", type=int, help=argparse.SUPPRESS)  # the fixture, in a child
    args = ap.parse_args()
    if args.make:
        make(default_path(args.make), args.make, args.seed)
        return
    skip = {s.strip() for s in args.skip.split(",") if s.strip()}
    print(f"machine: {machine()}, SQLite {sqlite3.sqlite_version}")
    work = CACHE / "sharing-work.coopdesk"

    if "run" not in skip:
        book = make_in_child(args.members, args.seed)
        print(f"cooperative: {book}, {args.members:,} members, "
              f"{book.stat().st_size / 2**20:.0f} MB")
        for preset in ("colombia", "ohada"):
            for _k in range(args.runs):
                fresh_copy(book, work)
                c = child(CREATE, work, preset=preset, policy=preset)
                print(f"distribution over {c['lines']:,} members, policy {preset}: computed "
                      f"(create_run) in {c['seconds']} s, peak RSS {c['peak_mb']} MB (after "
                      f"imports {c['rss_before_mb']} MB); {c['eligible']:,} eligible, "
                      f"{c['receiving']:,} receive; surplus {c['amount']}, members' part paid "
                      f"{c['shared']} + residue {c['residue']}   target < 5 s", flush=True)
                p = child(POST, work, run=c["run"], day=ASSEMBLY)
                print(f"  posted (post) in {p['seconds']} s, one entry of {p['entry_lines']:,} "
                      f"lines, peak RSS {p['peak_mb']} MB   target < 5 s", flush=True)
                q = child(PAY, work, run=c["run"], day=PAYDAY)
                print(f"  paid every cash member (pay) in {q['seconds']} s: {q['count']:,} "
                      f"members, {q['amount']}, peak RSS {q['peak_mb']} MB", flush=True)
            if args.profile:
                fresh_copy(book, work)
                print(f"profile of create_run, policy {preset}:")
                print(profile(work, preset), flush=True)

    if "sheet" not in skip:
        book = make_in_child(args.sheet_members, args.seed)
        fresh_copy(book, work)
        # by grams and capital: every member who has paid capital receives something
        c = child(CREATE, work, preset="ohada", policy="ohada")
        child(POST, work, run=c["run"], day=ASSEMBLY)
        out = CACHE / "payout-sheet.pdf"
        for _k in range(args.runs):
            s = child(SHEET, work, run=c["run"], out=out)
            print(f"payout sheet PDF of {c['receiving']:,} members (of {c['lines']:,}): "
                  f"{s['seconds']} s, {s['pages']:,} pages, {s['size_mb']} MB, peak RSS "
                  f"{s['peak_mb']} MB (after imports {s['rss_before_mb']} MB)   target < 20 s",
                  flush=True)
        print(f"  ({out})")
    work.unlink(missing_ok=True)
    for suffix in ("-wal", "-shm"):
        Path(str(work) + suffix).unlink(missing_ok=True)


if __name__ == "__main__":
    main()
