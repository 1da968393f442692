"""Build a large demo cooperative for the benchmarks and say how long it took.

    python bench/make_large.py PATH --members 100000 [--seed 1]

Prints the seconds taken, the file's size, and the time to verify its audit chain.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from coopdesk.core import audit
from coopdesk.demo import make_demo


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--members", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--photos", action="store_true", help="photos even above 2,000 members")
    args = parser.parse_args(argv)
    if args.path.exists():
        print(f"{args.path} exists; remove it first.", file=sys.stderr)
        return 2
    started = time.perf_counter()
    shown = [0.0]

    def progress(done: int, total: int) -> None:
        now = time.perf_counter() - started
        if now - shown[0] >= 10 or done == total:
            shown[0] = now
            print(f"  {done:>9,}/{total:,}  {now:6.1f} s", flush=True)

    db = make_demo(str(args.path), members=args.members, seed=args.seed,
                   photos=True if args.photos else None, progress=progress)
    built = time.perf_counter() - started
    try:
        t0 = time.perf_counter()
        with db.session() as s:
            result = audit.verify(s)
        verified = time.perf_counter() - t0
    finally:
        db.dispose()
    size = sum(p.stat().st_size for p in args.path.parent.glob(args.path.name + "*")
               if p.is_file())
    print(f"members: {args.members:,}  seed: {args.seed}")
    print(f"built in: {built:.1f} s ({built / max(args.members, 1) * 1000:.2f} ms per member)")
    print(f"file size: {args.path.stat().st_size / 1e6:.1f} MB "
          f"(with -wal/-shm: {size / 1e6:.1f} MB)")
    print(f"audit chain: {'ok' if result.ok else result.problem}, {result.events:,} events, "
          f"verified in {verified:.1f} s")
    return 0 if result.ok else 1


if __name__ == "__main__":
    sys.exit(main())
