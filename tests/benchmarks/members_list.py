"""Benchmark: the Leden list over 100,000 members (first page, filtered query, sort).

    .venv/bin/python tests/benchmarks/members_list.py

Prints each figure in milliseconds and its ratio to the baseline measured on the
reference machine (2 shared cores); a ratio well above 1 means the list got slower.
"""

import datetime as dt
import random
import statistics
import tempfile
import time
from pathlib import Path

from core.database import open_council
from core.demo.people import PEOPLE
from core.members import MemberFilter, count_members, fetch_members
from core.members.model import ROLES
from core.members.validation import clean_member

MEMBERS = 100_000
PAGE = 200  # what the lazy model asks for first
REPEATS = 5
# Milliseconds measured when the benchmark was written (median of REPEATS).
BASELINE_MS = {
    "first page (active, by name)": 15.0,
    "filtered (text 'berg', role member)": 85.0,
    "sorted by end of term, descending": 12.0,
}


def fill(db, count: int) -> None:
    rng = random.Random(4)
    roles = list(ROLES)
    now = dt.datetime.now().isoformat(timespec="seconds")
    rows = []
    for number in range(count):
        first, prefix, last = rng.choice(PEOPLE)
        row = clean_member({
            "first_name": first, "prefix": prefix, "last_name": f"{last}{number % 997}",
            "email": f"lid{number}@voorbeeld.nl", "role": rng.choice(roles),
            "start_date": dt.date(2015 + number % 11, 1 + number % 12, 1),
            "status": "active" if number % 5 else "former",
            "left_on": dt.date(2026, 1, 1) if number % 5 == 0 else None,
        })
        rows.append({**row, "created_at": now, "updated_at": now})
    with db.atomic():
        db["members"].insert_all(rows, batch_size=2000)


def measure(work) -> float:
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        council = open_council(Path(folder) / "groot.raadswerk", backup_dir=Path(folder))
        db = council.db
        started = time.perf_counter()
        fill(db, MEMBERS)
        print(f"filled {MEMBERS:,} members in {time.perf_counter() - started:.1f} s")
        active = MemberFilter()
        filtered = MemberFilter(status="all", role="member", text="berg")
        figures = {
            "first page (active, by name)": lambda: (
                count_members(db, active), fetch_members(db, active, 0, PAGE)),
            "filtered (text 'berg', role member)": lambda: (
                count_members(db, filtered), fetch_members(db, filtered, 0, PAGE)),
            "sorted by end of term, descending": lambda: (
                fetch_members(db, active, 0, PAGE, "term_end", True)),
        }
        for name, work in figures.items():
            milliseconds = measure(work)
            ratio = milliseconds / BASELINE_MS[name]
            print(f"{name:40s} {milliseconds:8.1f} ms   ratio to baseline {ratio:4.2f}")
        council.close()


if __name__ == "__main__":
    main()
