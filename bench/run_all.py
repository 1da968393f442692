#!/usr/bin/env python3
"""Run every benchmark; the figures go into docs/performance.md by hand, with the machine."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

for script in ("bench_members.py", "bench_reports.py", "bench_ledger.py", "bench_sharing.py",
               "bench_matching.py", "bench_bank.py", "bench_count.py"):
    if (HERE / script).exists():
        print(f"== {script}", flush=True)
        subprocess.run([sys.executable, str(HERE / script)], check=True)
