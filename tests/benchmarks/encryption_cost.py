"""Benchmark: what encryption at rest costs on the list and print benchmarks.

    .venv/bin/python tests/benchmarks/encryption_cost.py

The same work runs on a plain and on an encrypted copy of the same council (the Leden
list over many members, the signals list, and the printed member list and signals
report of the demo). Prints each figure in milliseconds for both, and the ratio
encrypted / plain measured in the same run; the goal is at most 1.3.
"""

import datetime as dt
import importlib.util
import tempfile
import time
from pathlib import Path

from core.database import open_council
from core.demo import write_demo
from core.documents.letterhead import load_letterhead
from core.encrypting import change_encryption
from core.encryption import new_key
from core.members import MemberFilter, count_members, fetch_members
from core.members.member_list import load_member_list, render_member_list
from core.signals.report import signals_report_pdf

HERE = Path(__file__).resolve().parent
MEMBERS = 30_000
PAGE = 200
REPEATS = 5
GOAL = 1.3


def members_benchmark():
    spec = importlib.util.spec_from_file_location("members_list", HERE / "members_list.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def measure(work) -> float:
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return sorted(times)[len(times) // 2]


def figures(big, demo) -> dict:
    """The list work on the large file, the print work on the demo council."""
    active = MemberFilter()
    filtered = MemberFilter(status="all", role="member", text="berg")
    head = load_letterhead(demo)
    first, last = dt.date(2025, 1, 1), dt.date(2026, 12, 31)
    return {
        "members: first page": lambda: (count_members(big, active),
                                        fetch_members(big, active, 0, PAGE)),
        "members: filtered 'berg'": lambda: (count_members(big, filtered),
                                             fetch_members(big, filtered, 0, PAGE)),
        "print: member list": lambda: render_member_list(head, *load_member_list(demo)),
        "print: signals report": lambda: signals_report_pdf(demo, first, last),
    }


def _encrypted(council, folder: Path):
    return change_encryption(council, new_key("benchmark wachtwoord"), folder).council


def prepared(folder: Path, encrypted: bool):
    """(large council, demo council), both plain or both encrypted."""
    name = "versleuteld" if encrypted else "open"
    big = open_council(folder / f"{name}-groot.raadswerk", backup_dir=folder / "backups")
    members_benchmark().fill(big.db, MEMBERS)
    demo = open_council(write_demo(folder / f"{name}-demo.raadswerk"),
                        backup_dir=folder / "backups")
    if encrypted:
        big, demo = _encrypted(big, folder / "backups"), _encrypted(demo, folder / "backups")
    return big, demo


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        plain = prepared(Path(folder), encrypted=False)
        secret = prepared(Path(folder), encrypted=True)
        print(f"{'':28s} {'plain':>10s} {'encrypted':>10s}   ratio (goal <= {GOAL})")
        plain_work = figures(plain[0].db, plain[1].db)
        secret_work = figures(secret[0].db, secret[1].db)
        for name in plain_work:
            measure(plain_work[name])  # warm both caches the same way
            measure(secret_work[name])
            open_ms, closed_ms = measure(plain_work[name]), measure(secret_work[name])
            ratio = closed_ms / open_ms
            print(f"{name:28s} {open_ms:8.1f} ms {closed_ms:8.1f} ms   {ratio:4.2f}"
                  + ("" if ratio <= GOAL else "   ABOVE GOAL"))
        for council in (*plain, *secret):
            council.close()


if __name__ == "__main__":
    main()
