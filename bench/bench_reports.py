"""Benchmark: a 100,000-row, 8-column table rendered to PDF and to Excel.

    python bench/bench_reports.py [--rows N]

Each format runs in its own child process so that the peak resident memory printed is that
format's alone. The rows come from a generator, as a report over a big query would give them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from coopdesk.reports.document import Cell, Column, Document, Kind, Table

MINES = ["La Esperanza", "El Ñame", "San José de Nuñoa", "Coopérative de Kamituga", "Mgusu"]


def rows(n: int) -> Iterator[Sequence[Cell]]:
    start = dt.date(2024, 1, 1)
    for i in range(n):
        yield (
            i + 1,
            f"Socio {i + 1:06d} — José Ñúñez Ŝtefan",
            MINES[i % len(MINES)],
            start + dt.timedelta(days=i % 366),
            Decimal(i * 7919 % 10_000_000) / 100,
            Decimal(i % 5000),
            Decimal(i % 997) / 8,
            "=SUM(A1)" if i % 1000 == 0 else f"Lote {i % 250}",
        )


def document(n: int) -> Document:
    columns = [
        Column("Nº", Kind.INT, 0.6),
        Column("Socio", Kind.TEXT, 2.6),
        Column("Mina", Kind.TEXT, 1.6),
        Column("Fecha", Kind.DATE, 1.0),
        Column("Aporte (COP)", Kind.MONEY, 1.3, total=True),
        Column("Cuota (COP)", Kind.MONEY, 1.0, total=True),
        Column("Oro (g)", Kind.DECIMAL, 0.9, total=True),
        Column("Nota", Kind.TEXT, 1.0),
    ]
    doc = Document(
        title="Aportes de los socios", cooperative="Asociación Minera Ñuñoa", currency="COP",
        language="es", chain_seq=1234, chain_head="ab" * 32,
        generated_at=dt.datetime(2024, 12, 31, 18, 0),
    )
    return doc.add(Table(columns, rows(n), title="Aportes"))


def peak_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def run_one(fmt: str, n: int) -> None:
    """In the child: render one format and print its figures as JSON."""
    from coopdesk.reports.pdf import render_pdf
    from coopdesk.reports.xlsx import render_xlsx

    render = render_pdf if fmt == "pdf" else render_xlsx
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / f"bench.{fmt}"
        before = peak_mb()
        t0, c0 = time.perf_counter(), cpu_seconds()
        render(document(n), out)
        seconds, cpu = time.perf_counter() - t0, cpu_seconds() - c0
        size = out.stat().st_size
    print(json.dumps({"format": fmt, "rows": n, "seconds": round(seconds, 2),
                      "cpu_seconds": round(cpu, 2),
                      "peak_rss_mb": round(peak_mb(), 1), "rss_before_mb": round(before, 1),
                      "file_mb": round(size / 1e6, 1)}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--one", choices=["pdf", "xlsx"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        run_one(args.one, args.rows)
        return
    print(f"{args.rows:,} rows x 8 columns")
    for fmt in ("pdf", "xlsx"):
        done = subprocess.run(
            [sys.executable, __file__, "--one", fmt, "--rows", str(args.rows)],
            check=True, capture_output=True, text=True,
        )
        r = json.loads(done.stdout.strip().splitlines()[-1])
        print(f"{fmt:5} {r['seconds']:7.2f} s wall, {r['cpu_seconds']:6.2f} s CPU   "
              f"peak RSS {r['peak_rss_mb']:6.1f} MB (after imports {r['rss_before_mb']:.1f} MB)   "
              f"file {r['file_mb']} MB")


if __name__ == "__main__":
    main()
