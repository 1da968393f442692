"""Shared helpers for the benchmarks: the large file, timing, peak memory of a child."""

from __future__ import annotations

import json
import os
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
PASSWORD = "coopdesk"


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return (f"{cpu}, {os.cpu_count()} cores, {mem:.0f} GiB, {platform.system()} "
            f"{platform.release()}, Python {platform.python_version()}")


def large_file(members: int = 100_000) -> Path:
    """The benchmark cooperative (made once with the demo generator, then reused)."""
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"large-{members}.coopdesk"
    if not path.exists():
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "coopdesk", "demo", str(path), "--members",
                        str(members)], check=True, cwd=ROOT)
        print(f"  (made {path.name} in {time.perf_counter() - t0:.0f} s)")
    return path


PEAK = ("\nimport resource as _r\n"
        "print('peak-kb=%d' % _r.getrusage(_r.RUSAGE_SELF).ru_maxrss, flush=True)\n")


def run_child(code: str, env: dict[str, str] | None = None) -> dict[str, Any]:
    """Run Python code in a fresh process; it prints one JSON line. Adds its own peak RSS."""
    full = dict(os.environ, QT_QPA_PLATFORM="offscreen", BENCH_PASSWORD=PASSWORD, **(env or {}))
    proc = subprocess.run([sys.executable, "-c", code + PEAK], check=True, capture_output=True,
                          text=True, env=full, cwd=ROOT)
    return {**json.loads([x for x in proc.stdout.splitlines() if x.startswith("{")][-1]),
            "peak_mb": peak_of(proc.stdout)}


def peak_of(stdout: str) -> float:
    line = [x for x in stdout.splitlines() if x.startswith("peak-kb=")][-1]
    return round(int(line.split("=", 1)[1]) / 1024, 1)


def self_peak_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
