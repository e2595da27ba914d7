"""Benchmark: kill a writer with SIGKILL at random moments, 200 times (or more), and check
the council file after every kill.

    .venv/bin/python tests/benchmarks/crash_kill.py [KILLS] [SEED]

Prints how many kills the file survived (integrity_check passed, every acknowledged
write present, no half-written record), how many hit a transaction, and the seconds
per kill with the ratio to the baseline (a ratio well above 1 means something got slower).
"""

import os
import sys
import tempfile
from pathlib import Path

from crash_harness import run_kills

# Seconds per kill (start, write, kill, verify) on the development machine (2 shared cores).
BASELINE = {"seconds per kill": 1.06}


def main(argv: list[str]) -> int:
    if os.name == "nt":
        print("crash_kill: SIGKILL is a POSIX signal; run this on Linux or macOS.")
        return 2
    kills = int(argv[0]) if argv else 200
    seed = int(argv[1]) if len(argv) > 1 else 8
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "raad.raadswerk"

        def progress(number: int, acknowledged: int) -> None:
            if number % 25 == 0:
                print(f"  {number} kills, {acknowledged} writes acknowledged so far", flush=True)

        report = run_kills(path, kills, seed=seed, on_kill=progress)
        size = path.stat().st_size
    per_kill = report.seconds / max(1, report.kills)
    print(f"kills: {report.kills}, survived: {report.survived}")
    print(f"kills that hit a transaction (journal left behind): {report.killed_mid_write}")
    print(f"kills while the file was being opened: {report.killed_during_open}")
    print(f"writes acknowledged and found intact: {report.acknowledged}")
    print(f"kinds of records written: {report.kinds}")
    print(f"final file size: {size / 1e6:.1f} MB")
    ratio = per_kill / BASELINE["seconds per kill"]
    print(f"seconds per kill: {per_kill:.2f} (baseline {BASELINE['seconds per kill']}, "
          f"ratio {ratio:.2f})")
    for problem in report.problems:
        print(f"PROBLEM: {problem}")
    return 0 if not report.problems and report.survived == kills else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
