#!/usr/bin/env python3
"""Benchmarks of the books on a generated book of 1,000,000 transactions (~3M postings).

    python bench/bench_ledger.py [--transactions 1000000] [--members 2000]
                                 [--import-entries 100000] [--gl-entries 10000] [--runs 3]

Prints, each measure in its own process with its peak resident memory: the trial balance over
the whole book and over one fiscal year, the balance sheet, the statement of the busiest member;
two raw SQL baselines through ``sqlite3`` (no ORM) and the trial balance's ratio to each: the
same query (join, filters and the CASE sums that split opening balance from the period) and a
plain GROUP BY of the same postings (debit and credit sums per account of the posted entries);
an import of 100,000 entries from CSV into a fresh cooperative; the general ledger of a period
of 10,000 entries rendered to PDF; the export of the whole journal, then ``ledger bal`` and
``hledger bal`` on it. Targets: the trial balance within 1.5x of the raw GROUP BY, and every
measure under 300 MB.

The book is made once by ``bench/make_ledger.py`` (bulk inserts, no audit chain) and reused
from ``/tmp/coopdesk-bench``. A quick run: ``--transactions 10000 --import-entries 1000
--gl-entries 1000``.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import make_ledger
from bench.common import machine, run_child

WHOLE = (make_ledger.START, make_ledger.END)
YEAR = (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
GL_FROM = dt.date(2025, 3, 1)

# The trial balance as statements.trial_balance asks it (same join, filters and grouping).
RAW_TRIAL = """
SELECT l.account_id,
       sum(CASE WHEN e.date < :start THEN l.debit - l.credit ELSE 0 END),
       sum(CASE WHEN e.date < :start THEN 0 ELSE l.debit END),
       sum(CASE WHEN e.date < :start THEN 0 ELSE l.credit END)
FROM journal_line AS l JOIN journal_entry AS e ON e.id = l.entry_id
WHERE e.status = 'posted' AND e.date <= :end
GROUP BY l.account_id
"""

# The plain sums of the same postings: debits and credits per account of the posted entries.
RAW_PLAIN = """
SELECT l.account_id, sum(l.debit), sum(l.credit)
FROM journal_line AS l JOIN journal_entry AS e ON e.id = l.entry_id
WHERE e.status = 'posted'
GROUP BY l.account_id
"""

# Every child: the time from the import of the measured module on is the measure's alone.
PRELUDE = """
import datetime as dt, json, os, resource, time
def rss_mb():
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
def timed(fn, runs):
    times, out = [], None
    for _ in range(runs):
        t = time.perf_counter(); out = fn(); times.append(time.perf_counter() - t)
    return out, {"first_s": round(times[0], 3), "best_s": round(min(times), 3)}
D = dt.date.fromisoformat
RUNS = int(os.environ["BENCH_RUNS"])
"""

MIGRATE = PRELUDE + """
from coopdesk.core.files import open_cooperative
t = time.perf_counter()
opened = open_cooperative(os.environ["BENCH_FILE"], scheduled_backup=False)
opened.db.dispose()
print(json.dumps({"migrated": opened.migrated, "seconds": round(time.perf_counter() - t, 1)}))
"""

OPEN = """
from coopdesk.core.files import open_cooperative
from coopdesk.core.uow import UnitOfWork
db = open_cooperative(os.environ["BENCH_FILE"], scheduled_backup=False).db
uow = UnitOfWork(db)
uow.coop()
"""

TRIAL = PRELUDE + OPEN + """
from coopdesk.ledger import statements as st
before = rss_mb()
s, e = D(os.environ["BENCH_START"]), D(os.environ["BENCH_END"])
lines, t = timed(lambda: st.trial_balance(uow, s, e), RUNS)
total = st.trial_totals(lines)
print(json.dumps({**t, "accounts": len(lines), "debit": str(total.debit),
                  "credit": str(total.credit), "rss_before_mb": before}))
"""

SHEET = PRELUDE + OPEN + """
from coopdesk.ledger import statements as st
before = rss_mb()
sheet, t = timed(lambda: st.balance_sheet(uow, D(os.environ["BENCH_END"])), RUNS)
print(json.dumps({**t, "assets": str(sheet.section("asset").total), "rss_before_mb": before}))
"""

MEMBER = PRELUDE + OPEN + """
from coopdesk.ledger import statements as st
before = rss_mb()
s, e = D(os.environ["BENCH_START"]), D(os.environ["BENCH_END"])
n = int(os.environ["BENCH_MEMBER"])
rows, t = timed(lambda: sum(1 for _r in st.member_statement(uow, n, s, e)), RUNS)
print(json.dumps({**t, "rows": rows, "rss_before_mb": before}))
"""

RAW = PRELUDE + """
import sqlite3
before = rss_mb()
con = sqlite3.connect(os.environ["BENCH_FILE"])
sql = os.environ["BENCH_SQL"]
args = {"start": os.environ["BENCH_START"], "end": os.environ["BENCH_END"]}
rows, t = timed(lambda: con.execute(sql, args).fetchall(), RUNS)
plan = [r[3] for r in con.execute("EXPLAIN QUERY PLAN " + sql, args)]
print(json.dumps({**t, "accounts": sum(1 for r in rows if any(r[1:])),
                  "debit": sum(r[2] or 0 for r in rows), "plan": plan,
                  "rss_before_mb": before}))
"""

IMPORT = PRELUDE + """
from pathlib import Path
from coopdesk.core.files import open_cooperative
from coopdesk.core.uow import UnitOfWork
from coopdesk.core.users import authenticate
from coopdesk.ledger.importer import import_journal, read_journal
db = open_cooperative(os.environ["BENCH_FILE"], scheduled_backup=False).db
uow = UnitOfWork(db, authenticate(UnitOfWork(db), "admin", os.environ["BENCH_PASSWORD"]))
before = rss_mb()
t0 = time.perf_counter()
checked = read_journal(uow, Path(os.environ["BENCH_CSV"]))
t1 = time.perf_counter()
count = import_journal(uow, checked)
t2 = time.perf_counter()
print(json.dumps({"read_s": round(t1 - t0, 2), "write_s": round(t2 - t1, 2),
                  "total_s": round(t2 - t0, 2), "entries": count, "rows": checked.rows,
                  "problems": len(checked.problems), "rss_before_mb": before}))
"""

GL_PDF = PRELUDE + OPEN + """
from pathlib import Path
from coopdesk.ledger import reports
from coopdesk.reports.output import export
from coopdesk.core.access import SYSTEM
uow = uow.as_actor(SYSTEM)
out = Path(os.environ["BENCH_OUT"])
before = rss_mb()
t = time.perf_counter()
doc = reports.build(uow, "general-ledger", D(os.environ["BENCH_START"]),
                    D(os.environ["BENCH_END"]))
export(uow, doc, out)
seconds = time.perf_counter() - t
data = out.read_bytes()
print(json.dumps({"seconds": round(seconds, 2), "size_mb": round(len(data) / 2**20, 1),
                  "pages": data.count(b"/Type /Page") - data.count(b"/Type /Pages"),
                  "rss_before_mb": before}))
"""

EXPORT = PRELUDE + OPEN + """
from coopdesk.ledger.export import write_journal
before = rss_mb()
t = time.perf_counter()
with open(os.environ["BENCH_OUT"], "w", encoding="utf-8") as fh:
    count = write_journal(uow, fh)
print(json.dumps({"seconds": round(time.perf_counter() - t, 2), "entries": count,
                  "size_mb": round(os.path.getsize(os.environ["BENCH_OUT"]) / 2**20),
                  "rss_before_mb": before}))
"""


def child(code: str, book: Path, runs: int, **env: object) -> dict[str, Any]:
    return run_child(code, {"BENCH_FILE": str(book), "BENCH_RUNS": str(runs),
                            **{f"BENCH_{k.upper()}": str(v) for k, v in env.items()}})


def make_book(path: Path, transactions: int, members: int, seed: int) -> Path:
    """The book, made in another process: a child started from this one counts this one's
    peak memory as its own (Linux records it at exec), so this process stays small."""
    if not path.exists():
        subprocess.run([sys.executable, make_ledger.__file__, str(path), "--transactions",
                        str(transactions), "--members", str(members), "--seed", str(seed)],
                       check=True)
    return path


def migrate(book: Path) -> Path:
    """Bring a cached book to the newest schema (as opening it in the app would)."""
    mig = child(MIGRATE, book, 1)
    if mig["migrated"]:
        print(f"  ({book.name} was brought to the newest schema in {mig['seconds']} s, backup "
              "first)")
        shutil.rmtree(str(book) + ".backups", ignore_errors=True)
    return book


def counts(book: Path) -> tuple[int, int]:
    con = sqlite3.connect(book)
    try:
        entries = con.execute("SELECT count(*) FROM journal_entry WHERE status = 'posted'"
                              ).fetchone()[0]
        lines = con.execute("SELECT count(*) FROM journal_line").fetchone()[0]
        return int(entries), int(lines)
    finally:
        con.close()


def busiest_member(book: Path) -> tuple[int, int]:
    """(member number, postings) of the member with the most postings."""
    con = sqlite3.connect(book)
    try:
        number, postings = con.execute(
            "SELECT m.number, count(*) FROM journal_line AS l JOIN member AS m "
            "ON m.id = l.member_id GROUP BY l.member_id ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()
        return int(number), int(postings)
    finally:
        con.close()


def gl_period(book: Path, entries: int) -> tuple[dt.date, dt.date, int]:
    """A period from GL_FROM (or the book's start if too few follow) with ``entries`` entries
    or just more."""
    con = sqlite3.connect(book)
    try:
        for start in (GL_FROM, make_ledger.START):
            seen, day = 0, start
            for day_text, n in con.execute(
                    "SELECT date, count(*) FROM journal_entry WHERE status = 'posted' AND "
                    "date >= ? GROUP BY date ORDER BY date", (start.isoformat(),)):
                seen, day = seen + n, dt.date.fromisoformat(day_text)
                if seen >= entries:
                    return start, day, seen
        return start, day, seen
    finally:
        con.close()


def import_csv(path: Path, entries: int, members: list[int], seed: int) -> None:
    """``entries`` transactions as a CSV file of the importer's columns."""
    rng = random.Random(seed + 7)
    tmp = path.with_name(path.name + ".part")
    with tmp.open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["date", "entry", "description", "account", "member", "debit", "credit",
                      "memo", "reference"])
        for n, e in enumerate(make_ledger.entries(rng, entries, members), 1):
            for ln in e.lines:
                out.writerow([e.date.isoformat(), n, e.description, ln.account,
                              ln.member if ln.member is not None else "",
                              Decimal(ln.debit).scaleb(-2) if ln.debit else "",
                              Decimal(ln.credit).scaleb(-2) if ln.credit else "",
                              ln.memo or "", e.reference or ""])
    tmp.rename(path)


def fresh_copy(src: Path, dest: Path) -> Path:
    for suffix in ("", "-wal", "-shm"):
        Path(str(dest) + suffix).unlink(missing_ok=True)
    shutil.rmtree(str(dest) + ".backups", ignore_errors=True)
    s, d = sqlite3.connect(src), sqlite3.connect(dest)
    try:
        s.backup(d)
    finally:
        s.close()
        d.close()
    return dest


def run_tool(argv: list[str], out: Path, timeout: float) -> dict[str, Any]:
    """Run a command with its output to ``out``; its wall time and own peak RSS."""
    with out.open("wb") as fh:
        t = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=fh, stderr=subprocess.STDOUT)
        deadline = t + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                proc.kill()
                os.wait4(proc.pid, 0)
                return {"error": f"stopped after {timeout:.0f} s"}
            time.sleep(0.02)
        seconds = time.perf_counter() - t
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        return {"error": f"exit {proc.returncode}: "
                         f"{out.read_text(errors='replace')[-300:].strip()}"}
    last = [x.strip() for x in out.read_text(errors="replace").splitlines() if x.strip()]
    return {"seconds": round(seconds, 2), "peak_mb": round(usage.ru_maxrss / 1024, 1),
            "last": last[-1] if last else ""}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--transactions", type=int, default=1_000_000)
    ap.add_argument("--members", type=int, default=2_000)
    ap.add_argument("--import-entries", type=int, default=100_000)
    ap.add_argument("--gl-entries", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=3, help="repeats of the timed queries (best)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--file", type=Path, help="the book (default: made under /tmp)")
    ap.add_argument("--skip", default="", help="comma-separated: import, pdf, tools")
    ap.add_argument("--tool-timeout", type=float, default=1800)
    args = ap.parse_args()
    skip = {s.strip() for s in args.skip.split(",") if s.strip()}
    runs = args.runs
    print(f"machine: {machine()}, SQLite {sqlite3.sqlite_version}")
    book = make_book(args.file or make_ledger.default_path(args.transactions, args.members),
                     args.transactions, args.members, args.seed)
    cache = book.parent
    migrate(book)
    entries, postings = counts(book)
    print(f"book: {book}, {entries:,} entries, {postings:,} postings, "
          f"{book.stat().st_size / 2**20:.0f} MB")
    w0, w1 = (d.isoformat() for d in WHOLE)
    y0, y1 = (d.isoformat() for d in YEAR)

    tb = child(TRIAL, book, runs, start=w0, end=w1)
    raw = child(RAW, book, runs, start=w0, end=w1, sql=RAW_TRIAL)
    plain = child(RAW, book, runs, start=w0, end=w1, sql=RAW_PLAIN)
    if str(tb["debit"]) != str(Decimal(int(raw["debit"])).scaleb(-2)):
        print(f"  ! the two disagree: debits {tb['debit']} and {raw['debit']}")
    print(f"trial balance, whole book ({w0} to {w1}, {tb['accounts']} accounts): best "
          f"{tb['best_s']} s of {runs} (first {tb['first_s']} s); peak RSS {tb['peak_mb']} MB "
          f"(after imports {tb['rss_before_mb']} MB)   target < 300 MB")
    print(f"raw SQL, the same query (join, filters, CASE sums) through sqlite3: best "
          f"{raw['best_s']} s (first {raw['first_s']} s); peak RSS {raw['peak_mb']} MB; plan: "
          f"{'; '.join(raw['plan'])}")
    print(f"  ratio trial balance / same query raw: {tb['best_s'] / raw['best_s']:.2f}   "
          "target <= 1.5")
    print(f"raw SQL, plain GROUP BY (debit and credit sums per account of the posted entries): "
          f"best {plain['best_s']} s (first {plain['first_s']} s); plan: "
          f"{'; '.join(plain['plan'])}")
    print(f"  ratio trial balance / plain GROUP BY: {tb['best_s'] / plain['best_s']:.2f}   "
          "target <= 1.5")

    ty = child(TRIAL, book, runs, start=y0, end=y1)
    rawy = child(RAW, book, runs, start=y0, end=y1, sql=RAW_TRIAL)
    print(f"trial balance, fiscal year 2025 (with opening balances): best {ty['best_s']} s "
          f"(first {ty['first_s']} s), raw {rawy['best_s']} s, ratio "
          f"{ty['best_s'] / rawy['best_s']:.2f}; "
          f"peak RSS {ty['peak_mb']} MB")

    bs = child(SHEET, book, runs, end=w1)
    print(f"balance sheet at {w1}: best {bs['best_s']} s (first {bs['first_s']} s); "
          f"peak RSS {bs['peak_mb']} MB")

    number, busy = busiest_member(book)
    ms = child(MEMBER, book, runs, start=w0, end=w1, member=number)
    print(f"member statement, member {number:04d} ({busy:,} postings, {ms['rows']} rows), whole "
          f"book: best {ms['best_s']} s (first {ms['first_s']} s); peak RSS {ms['peak_mb']} MB")

    if "import" not in skip:
        empty = migrate(make_book(make_ledger.default_path(0, args.members), 0, args.members,
                                  args.seed))
        con = sqlite3.connect(empty)
        members = [n for (n,) in con.execute("SELECT number FROM member ORDER BY number")]
        con.close()
        source = cache / f"import-{args.import_entries}-{args.members}.csv"
        if not source.exists():
            import_csv(source, args.import_entries, members, args.seed)
        target = fresh_copy(empty, cache / "import-target.coopdesk")
        imp = child(IMPORT, target, 1, csv=source)
        print(f"CSV import of {imp['entries']:,} entries ({imp['rows']:,} rows, "
              f"{source.stat().st_size / 2**20:.0f} MB) into a fresh cooperative: "
              f"{imp['total_s']} s (read and check {imp['read_s']} s, post {imp['write_s']} s); "
              f"peak RSS {imp['peak_mb']} MB   target < 300 MB")

    if "pdf" not in skip:
        g0, g1, gn = gl_period(book, args.gl_entries)
        gl = child(GL_PDF, book, 1, start=g0, end=g1, out=cache / "general-ledger.pdf")
        print(f"general ledger PDF, {g0} to {g1} ({gn:,} entries): {gl['seconds']} s, "
              f"{gl['pages']} pages, {gl['size_mb']} MB; peak RSS {gl['peak_mb']} MB   "
              "target < 300 MB")

    if "tools" not in skip:
        journal = cache / f"ledger-{args.transactions}-{args.members}.journal"
        ex = child(EXPORT, book, 1, out=journal)
        print(f"journal export of the whole book ({ex['entries']:,} entries, {ex['size_mb']} "
              f"MB): {ex['seconds']} s; peak RSS {ex['peak_mb']} MB")
        for tool in ("ledger", "hledger"):
            exe = shutil.which(tool)
            if exe is None:
                print(f"{tool} bal: skipped, {tool} is not installed")
                continue
            r = run_tool([exe, "-f", str(journal), "bal"], cache / f"{tool}-bal.txt",
                         args.tool_timeout)
            if "error" in r:
                print(f"{tool} bal: {r['error']}")
            else:
                print(f"{tool} bal on the exported journal: {r['seconds']} s; peak RSS "
                      f"{r['peak_mb']} MB (last line: {r['last']!r})")


if __name__ == "__main__":
    main()
