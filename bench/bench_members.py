#!/usr/bin/env python3
"""Benchmarks of the member register on a 100,000-member file.

    python bench/bench_members.py [--members 100000]

Prints: time to the first painted window, filter latency per keystroke (query and the table
model), a 10,000-row Excel import, the register PDF and Excel exports, and each one's peak
memory (every measure runs in its own process). Targets on a 2-core machine: window < 2 s,
filter < 100 ms, import < 10 s, peak memory < 300 MB.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import (
    OUT,
    PASSWORD,
    ROOT,
    large_file,
    machine,
    peak_of,
    run_child,
)

FILTER = """
import json, statistics, time, os
from PySide6.QtWidgets import QApplication
app = QApplication([])
from coopdesk.core.files import open_cooperative
from coopdesk.core.uow import UnitOfWork
from coopdesk.core.users import authenticate
from coopdesk.members.queries import MemberFilter, member_ids
from coopdesk.ui.models.member_table import MemberTableModel
db = open_cooperative(os.environ["BENCH_FILE"], scheduled_backup=False).db
uow = UnitOfWork(db, authenticate(UnitOfWork(db), "admin", os.environ["BENCH_PASSWORD"]))
model = MemberTableModel(uow)
words = ["m", "ma", "mar", "mari", "maria", "maria g", "maria go", "maria gom", "3", "31",
         "317", "segovia", "zzz"]
q, m = [], []
for w in words:
    t = time.perf_counter()
    member_ids(uow, MemberFilter(text=w))
    q.append(time.perf_counter() - t)
    t = time.perf_counter()
    model.set_filter(MemberFilter(text=w))
    for r in range(min(40, model.rowCount())):
        for c in range(model.columnCount()):
            model.data(model.index(r, c))
    m.append(time.perf_counter() - t)
t = time.perf_counter(); model.set_filter(MemberFilter()); full = time.perf_counter() - t
print(json.dumps({"query_median_ms": round(statistics.median(q) * 1000, 1),
                  "query_max_ms": round(max(q) * 1000, 1),
                  "model_median_ms": round(statistics.median(m) * 1000, 1),
                  "model_max_ms": round(max(m) * 1000, 1),
                  "clear_filter_ms": round(full * 1000, 1), "rows": model.rowCount()}))
"""

IMPORT = """
import json, os, time
from pathlib import Path
from coopdesk.core.files import open_cooperative
from coopdesk.core.uow import UnitOfWork
from coopdesk.core.users import authenticate
from coopdesk.members.importer import guess_mapping, import_members, preview, read_table
db = open_cooperative(os.environ["BENCH_FILE"], scheduled_backup=False).db
uow = UnitOfWork(db, authenticate(UnitOfWork(db), "admin", os.environ["BENCH_PASSWORD"]))
t0 = time.perf_counter()
table = read_table(Path(os.environ["BENCH_XLSX"]))
t1 = time.perf_counter()
pv = preview(uow, table, guess_mapping(table.headers))
t2 = time.perf_counter()
res = import_members(uow, pv, accept="valid")
t3 = time.perf_counter()
print(json.dumps({"read_s": round(t1 - t0, 2), "preview_s": round(t2 - t1, 2),
                  "write_s": round(t3 - t2, 2), "total_s": round(t3 - t0, 2),
                  "created": res.created, "invalid": pv.invalid_count}))
"""

EXPORT = """
import json, os, time
from pathlib import Path
from coopdesk.core.files import open_cooperative
from coopdesk.core.uow import UnitOfWork
from coopdesk.members.reports import register_document
from coopdesk.reports.output import export
db = open_cooperative(os.environ["BENCH_FILE"], scheduled_backup=False).db
uow = UnitOfWork(db)
out = Path(os.environ["BENCH_OUT"])
t = time.perf_counter()
export(uow, register_document(uow), out)
print(json.dumps({"seconds": round(time.perf_counter() - t, 1),
                  "size_mb": round(out.stat().st_size / 2**20, 1)}))
"""


def make_xlsx(path: Path, rows: int) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Socios")
    ws.append(["Nombres", "Apellidos", "Sexo", "Fecha de nacimiento", "Cédula", "Teléfono",
               "Localidad", "Rol", "Fecha de ingreso"])
    import datetime as dt

    for i in range(rows):
        ws.append([f"Nombre{i}", f"Apellido{i % 997} Prueba", "F" if i % 3 else "M",
                   dt.date(1960 + i % 40, 1 + i % 12, 1 + i % 28), f"9{i:09d}",
                   f"+57 310 {i % 1000:03d} {i % 10000:04d}", "Segovia",
                   ["digger", "processor", "trader", "auxiliary"][i % 4],
                   dt.date(2015 + i % 10, 1 + i % 12, 1)])
    wb.save(path)


WINDOW = """
import atexit, resource, sys
atexit.register(lambda: print("peak-kb=%d" % resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                              flush=True))
from coopdesk.cli import main
code = main(["open", sys.argv[1]])
sys.exit(code)
"""


def first_paint(path: Path, runs: int = 3) -> dict[str, float]:
    times, peaks = [], []
    for _ in range(runs):
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COOPDESK_AUTOLOGIN=f"admin:{PASSWORD}",
                   COOPDESK_QUIT_AFTER_PAINT="1")
        env["COOPDESK_T0"] = repr(time.time())
        proc = subprocess.run([sys.executable, "-c", WINDOW, str(path)], env=env,
                              capture_output=True, text=True, cwd=ROOT, timeout=120)
        line = [x for x in proc.stdout.splitlines() if x.startswith("first-paint-ms=")]
        if not line:
            raise SystemExit(f"the window did not report its first paint:\n{proc.stderr[-2000:]}")
        times.append(float(line[-1].split("=", 1)[1]) / 1000)
        peaks.append(peak_of(proc.stdout))
    return {"first_paint_s": round(min(times), 2), "first_paint_max_s": round(max(times), 2),
            "peak_mb": max(peaks)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--members", type=int, default=100_000)
    ap.add_argument("--import-rows", type=int, default=10_000)
    args = ap.parse_args()
    print(f"machine: {machine()}")
    big = large_file(args.members)
    print(f"file: {big.name}, {big.stat().st_size / 2**20:.0f} MB")

    w = first_paint(big)
    print(f"window, time to first paint (min of 3, from process start): {w['first_paint_s']} s "
          f"(max {w['first_paint_max_s']} s), peak RSS {w['peak_mb']} MB   target < 2 s")

    env = {"BENCH_FILE": str(big)}
    f = run_child(FILTER, env)
    print(f"filter per keystroke: query median {f['query_median_ms']} ms, max "
          f"{f['query_max_ms']} ms; table model (query + first 40 rows) median "
          f"{f['model_median_ms']} ms, max {f['model_max_ms']} ms; clearing the filter "
          f"{f['clear_filter_ms']} ms over {f['rows']} rows; peak RSS {f['peak_mb']} MB   "
          "target < 100 ms")

    xlsx = OUT / f"import-{args.import_rows}.xlsx"
    if not xlsx.exists():
        make_xlsx(xlsx, args.import_rows)
    copy = OUT / "import-target.coopdesk"
    for suffix in ("", "-wal", "-shm"):
        Path(str(copy) + suffix).unlink(missing_ok=True)
    shutil.rmtree(str(copy) + ".backups", ignore_errors=True)
    subprocess.run([sys.executable, "-c", "import sqlite3,sys; s=sqlite3.connect(sys.argv[1]); "
                    "d=sqlite3.connect(sys.argv[2]); s.backup(d)", str(big), str(copy)],
                   check=True)
    i = run_child(IMPORT, {"BENCH_FILE": str(copy), "BENCH_XLSX": str(xlsx)})
    print(f"Excel import of {args.import_rows} rows into the {args.members}-member file: "
          f"{i['total_s']} s (read {i['read_s']} s, check {i['preview_s']} s, write "
          f"{i['write_s']} s), {i['created']} created; peak RSS {i['peak_mb']} MB   "
          "target < 10 s")

    for fmt in ("pdf", "xlsx"):
        e = run_child(EXPORT, {"BENCH_FILE": str(big),
                               "BENCH_OUT": str(OUT / f"register.{fmt}")})
        print(f"register export {fmt.upper()} of {args.members} members: {e['seconds']} s, "
              f"{e['size_mb']} MB; peak RSS {e['peak_mb']} MB   target: memory < 300 MB")


if __name__ == "__main__":
    main()
