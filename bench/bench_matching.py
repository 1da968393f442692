#!/usr/bin/env python3
"""Benchmarks of bank matching on labelled generated sets (bench/bank_generator.py).

    python bench/bench_matching.py [--seed 1] [--runs 3]

(a) a realistic year: 300 statement lines a month for twelve months;
(b) 10,000 statement lines (the last year) against 100,000 book lines (the book's earlier
    years included, as the application passes the account's whole unreconciled history).
For each: precision and recall of the AUTOMATIC matches over the true (bank, book) links
(targets: precision >= 99.5 %, recall >= 95 %), the time of ``match()`` alone (best of runs;
target < 3 s for (b)) and the process's peak resident memory (resource.getrusage).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.bank_generator import Labelled, generate, score
from bench.common import machine, self_peak_mb
from coopdesk.bank.matching import Result, match


def timed(labelled: Labelled, runs: int) -> tuple[Result, float]:
    best, result = float("inf"), None
    for _ in range(runs):
        t = time.perf_counter()
        result = match(labelled.bank, labelled.book)
        best = min(best, time.perf_counter() - t)
    assert result is not None
    return result, best


def big(seed: int, bank_lines: int = 10_000, book_lines: int = 100_000) -> Labelled:
    """The last ``bank_lines`` statement lines of a long history of ``book_lines`` lines."""
    per_month = bank_lines // 12 + 1
    months = 12
    full = generate(seed, months=months, per_month=per_month)
    while len(full.book) < book_lines:
        months = int(months * book_lines / len(full.book)) + 1
        full = generate(seed, months=months, per_month=per_month)
    bank = full.bank[-bank_lines:]
    keep = {b.id for b in bank}
    book = full.book[-book_lines:]
    ids = {k.id for k in book}
    out = Labelled(bank=bank, book=book,
                   links={(b, k) for b, k in full.links if b in keep and k in ids})
    return out


KINDS = (("Recibo de caja", "deposited receipts"), ("Cheque", "cheques"),
         ("Pago factura", "supplier transfers"), ("Venta de oro", "sales"))


def recall_by_kind(result: Result, labelled: Labelled) -> dict[str, tuple[float, int]]:
    """Recall of the automatic matches by the kind of book line of each true link."""
    auto = {(b, k) for m in result.auto for b in m.bank for k in m.book}
    text = {k.id: k.text for k in labelled.book}
    links: dict[str, list[bool]] = {}
    for b, k in labelled.links:
        kind = next((name for start, name in KINDS if text[k].startswith(start)),
                    "member transfers")
        links.setdefault(kind, []).append((b, k) in auto)
    return {kind: (sum(hits) / len(hits), len(hits)) for kind, hits in sorted(links.items())}


def report(name: str, labelled: Labelled, runs: int, target_s: float | None) -> None:
    result, seconds = timed(labelled, runs)
    precision, recall, n = score(result, labelled)
    auto = sum(1 for m in result.matches if m.kind == "auto")
    print(f"{name}: {len(labelled.bank):,} bank lines, {len(labelled.book):,} book lines, "
          f"{len(labelled.links):,} true links")
    print(f"  automatic: {auto:,} matches ({n:,} links), precision {precision:.2%} "
          f"(target >= 99.5 %), recall {recall:.2%} (target >= 95 %)")
    print(f"  suggested {len(result.suggested):,}, new entries {len(result.new_entries):,}, "
          f"book lines left {len(result.unmatched_book):,}")
    print("  recall by kind: " + ", ".join(
        f"{kind} {r:.1%} of {n:,}" for kind, (r, n) in recall_by_kind(result, labelled).items()))
    print(f"  match(): best {seconds:.2f} s of {runs}"
          + (f" (target < {target_s:.0f} s)" if target_s else "")
          + f"; peak RSS so far {self_peak_mb()} MB")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    print(f"machine: {machine()}")
    report("(a) a year, 300 lines a month", generate(args.seed, 12, 300), args.runs, None)
    report("(b) 10,000 vs 100,000", big(args.seed), args.runs, 3.0)


if __name__ == "__main__":
    main()
