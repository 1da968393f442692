#!/usr/bin/env python3
"""Import and automatic matching through the services, on a real cooperative file.

    python bench/bench_bank.py [--seed 1] [--bank-lines 10000] [--book-lines 100000]

The labelled set of ``bench/bench_matching.py`` (b) — 10,000 statement lines, the last year of
a history of 100,000 book lines — becomes a cooperative: its members registered through the
service, each book line a posted journal entry on the bank's ledger account (written with
``executemany``, as ``bench/make_ledger.py`` writes its journal: a benchmark fixture, not
chained into the audit trail), and the statement a CSV file. Then, timed: the statement's
import (``services.import_statement``: read, check, deduplicate, write) and the automatic
matching (``links.run_matching``: read both sides from the file, match, save); target: both
under 3 s. Precision and recall of the saved automatic matches are counted over the true links.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.bank_generator import Labelled
from bench.bench_matching import big
from bench.common import PASSWORD, machine, self_peak_mb


def build(path: Path, labelled: Labelled) -> tuple[list[int], bytes]:
    """The cooperative and the statement file; returns the journal line id of each book line
    (in ``labelled.book`` order) and the CSV's bytes."""
    from coopdesk.bank import services as bank
    from coopdesk.core.access import Permission
    from coopdesk.core.files import NewCooperative, create_cooperative
    from coopdesk.core.uow import UnitOfWork
    from coopdesk.core.users import authenticate
    from coopdesk.ledger import services as books
    from coopdesk.members import services as members
    from coopdesk.members.rules import MemberInput, Status

    db = create_cooperative(str(path), NewCooperative("Cooperativa de prueba", "COP", "CO",
                                                      "es", "10000"), "admin", "Admin",
                            PASSWORD)
    try:
        uow = UnitOfWork(db, authenticate(UnitOfWork(db), "admin", PASSWORD))
        books.install_chart(uow, "general")
        first = min(k.date for k in labelled.book)
        last = max(max(k.date for k in labelled.book), max(b.date for b in labelled.bank))
        for year in range(first.year, last.year + 1):
            books.open_fiscal_year(uow, str(year), dt.date(year, 1, 1), dt.date(year, 12, 31))
        names = dict(sorted({(k.member, k.member_name) for k in labelled.book
                             if k.member is not None and k.member_name}))
        people = []
        for n in range(1, max(names, default=0) + 1):
            words = (names.get(n) or f"Socio {n}").split()
            people.append((MemberInput(words[0], " ".join(words[1:]) or "X", "F",
                                       dt.date(1980, 1, 1), "digger", dt.date(2015, 1, 1)),
                           Status.ACTIVE))
        with uow.write(Permission.MEMBERS_WRITE, "members") as tx:
            members.insert_members(tx, people, dt.date(2016, 1, 1))
        bank.add_account(uow, "BANCO", "Banco de prueba", "bank", "1110", since=first)
    finally:
        db.dispose()
    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.execute("PRAGMA synchronous = OFF")
        accounts = dict(con.execute("SELECT code, id FROM account"))
        member_ids = dict(con.execute("SELECT number, id FROM member"))
        years = {int(n): i for n, i in con.execute("SELECT name, id FROM fiscal_year")}
        numbers = dict.fromkeys(years.values(), 0)
        con.execute("BEGIN")
        e_rows, l_rows, ids = [], [], []
        line_id = 0
        now = "2026-11-23 12:00:00"
        for n, k in enumerate(labelled.book, 1):
            yid = years[k.date.year]
            numbers[yid] += 1
            cents = int(k.amount * 100)
            other = "4250" if cents > 0 else "5395"
            e_rows.append((n, str(uuid.UUID(int=n, version=4)), yid, numbers[yid],
                           k.date.isoformat(), k.text, k.reference, "cash", now, now))
            member = member_ids.get(k.member) if k.member is not None else None
            line_id += 1
            ids.append(line_id)
            l_rows.append((line_id, n, 1, accounts["1110"], None, max(cents, 0),
                           max(-cents, 0), None))
            line_id += 1
            l_rows.append((line_id, n, 2, accounts[other], None, max(-cents, 0),
                           max(cents, 0), None))
            if member is not None:  # the member named on the entry, as the cash book does
                e_rows[-1] = (*e_rows[-1][:5], f"{k.text} (socio {k.member:04d})",
                              *e_rows[-1][6:])
        con.executemany(
            "INSERT INTO journal_entry (id, uid, year_id, number, date, description, "
            "reference, status, source, created_by, created_at, posted_by, posted_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, 'posted', ?, 'admin', ?, 'admin', ?)", e_rows)
        con.executemany(
            "INSERT INTO journal_line (id, entry_id, line_no, account_id, member_id, debit, "
            "credit, memo) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", l_rows)
        con.execute("COMMIT")
    finally:
        con.close()
    rows = ["Date,Description,Reference,Amount"]
    for b in labelled.bank:
        text = b.text.replace('"', "'")
        rows.append(f'{b.date.isoformat()},"{text}",{b.reference or ""},{b.amount}')
    return ids, ("\n".join(rows) + "\n").encode()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--bank-lines", type=int, default=10_000)
    ap.add_argument("--book-lines", type=int, default=100_000)
    args = ap.parse_args()

    from coopdesk.bank import links
    from coopdesk.bank import services as bank
    from coopdesk.core.files import open_cooperative
    from coopdesk.core.uow import UnitOfWork
    from coopdesk.core.users import authenticate

    print(f"Machine: {machine()}")
    labelled = big(args.seed, args.bank_lines, args.book_lines)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bank.coopdesk"
        t = time.perf_counter()
        book_ids, statement = build(path, labelled)
        print(f"fixture: {len(labelled.bank):,} statement lines, {len(labelled.book):,} book "
              f"lines written in {time.perf_counter() - t:.1f} s")
        db = open_cooperative(str(path)).db
        try:
            uow = UnitOfWork(db, authenticate(UnitOfWork(db), "admin", PASSWORD))
            t0 = time.perf_counter()
            res = bank.import_statement(uow, "BANCO", statement, "statement.csv")
            t1 = time.perf_counter()
            run = links.run_matching(uow, "BANCO")
            t2 = time.perf_counter()
        finally:
            db.dispose()
    # statement lines are written in file order, so the n-th line of the file has id n
    bank_of = {n: b.id for n, b in enumerate(labelled.bank, 1)}
    book_of = {line: k.id for line, k in zip(book_ids, labelled.book, strict=True)}
    found = {(bank_of[i], book_of[j]) for m in run.matched for i in m.bank for j in m.book}
    right = len(found & labelled.links)
    precision = right / len(found) if found else 1.0
    recall = right / len(labelled.links) if labelled.links else 1.0
    print(f"import: {res.new:,} lines in {t1 - t0:.2f} s; matching: {len(run.matched):,} "
          f"automatic, {len(run.suggested):,} suggested in {t2 - t1:.2f} s; "
          f"together {t2 - t0:.2f} s (target < 3 s)")
    print(f"automatic matches: precision {precision:.2%}, recall {recall:.2%} over "
          f"{len(labelled.links):,} true links; peak {self_peak_mb():.0f} MB")


if __name__ == "__main__":
    main()
