"""Benchmark: the Signalen list and trend chart on a council with 20,000 signals.

    .venv/bin/python tests/benchmarks/signals_list.py [SIGNALS]

Prints milliseconds for counting and fetching the first page (with and without a text
filter) and for the theme-per-quarter counts over two years, each with the ratio to the
baseline measured on the development machine (a ratio well above 1: something got slower).
"""

import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

from core.database import open_council
from core.signals.repository import SignalFilter, count_signals, fetch_signals, now
from core.signals.themes import list_themes
from core.signals.trends import theme_trend

BASELINE_MS = {"list": 2.0, "list with text": 20.0, "trend": 35.0}
WORDS = ["wachtlijst", "regiotaxi", "huishoudelijke", "hulp", "bijstand", "schulden", "Øzdemir",
         "jeugd-ggz", "eigen", "bijdrage", "loket", "woning"]


def fill(db, count: int, rng: random.Random) -> None:
    themes = [theme.id for theme in list_themes(db)]
    start, stamp = dt.date(2024, 11, 22), now()
    with db.atomic():
        for _ in range(count):
            day = start + dt.timedelta(days=rng.randint(0, 730))
            signal_id = db.execute(
                "INSERT INTO signals (received_on, channel, description, status, created_at, "
                "updated_at) VALUES (?, 'walk_in', ?, ?, ?, ?)",
                [day.isoformat(), " ".join(rng.choices(WORDS, k=20)),
                 rng.choice(["new", "closed"]), stamp, stamp]).lastrowid
            db.execute("INSERT INTO signal_theme_links (signal_id, theme_id) VALUES (?, ?)",
                       [signal_id, rng.choice(themes)])


def timed(work, repeat: int = 5) -> float:
    best = float("inf")
    for _ in range(repeat):
        began = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - began)
    return best * 1000


def main(argv: list[str]) -> int:
    count = int(argv[0]) if argv else 20_000
    with tempfile.TemporaryDirectory() as folder:
        council = open_council(Path(folder) / "bench.raadswerk")
        db = council.db
        fill(db, count, random.Random(6))
        text = SignalFilter(text="regiotaxi bijstand", status="new")
        figures = {
            "list": timed(lambda: (count_signals(db), fetch_signals(db, SignalFilter(), 0, 200))),
            "list with text": timed(lambda: (count_signals(db, text),
                                             fetch_signals(db, text, 0, 200))),
            "trend": timed(lambda: theme_trend(db, dt.date(2024, 11, 22),
                                               dt.date(2026, 11, 22))),
        }
        council.close()
    print(f"signals: {count}")
    for name, ms in figures.items():
        print(f"{name}: {ms:.1f} ms (ratio to baseline {ms / BASELINE_MS[name]:.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
