"""Benchmark: the one search (Ctrl+K) and the signals text filter over the full-text index.

    .venv/bin/python tests/benchmarks/search_index.py [SIGNALS]

Builds two council files: ten years of a busy council (meetings, agendas, minutes,
decisions, actions, signals, advice, letters) and one with 100,000 signals (or SIGNALS).
Prints the slowest of several queries in milliseconds, each with its ratio to the
baseline measured in the same run: the same words looked up with LIKE over the records,
as the lists did before the index (a ratio below 1: the index is that much faster).
"""

import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

from core.database import open_council
from core.search.engine import search
from core.search.maintenance import purge
from core.signals.repository import SignalFilter, count_signals, fetch_signals

WORDS = ["wachtlijst", "regiotaxi", "huishoudelijke", "hulp", "bijstand", "schulden",
         "Øzdemir", "jeugd-ggz", "eigen", "bijdrage", "loket", "woning", "mantelzorg",
         "eenzaamheid", "keukentafelgesprek", "indicatie", "vervoer", "dagbesteding",
         "armoede", "minima", "toegankelijkheid", "wijkteam", "beschermd", "wonen"]
QUERIES = ["wachtl", "ozdemir", "regiotaxi bijstand", "eigen bijdrage wonen", "zzzz"]
STAMP = "2026-01-01T00:00:00"


SYLLABLES = ["ge", "ver", "be", "ont", "zorg", "wijk", "raad", "lan", "der", "men", "stra",
             "kin", "wer", "hui", "sel", "ten", "ing", "heid", "lijk", "baar", "pen", "dol"]


def vocabulary(rng: random.Random, size: int = 4000) -> list[str]:
    """Made-up Dutch-looking words; a realistic text mostly holds words like these."""
    return ["".join(rng.choices(SYLLABLES, k=rng.randint(2, 4))) for _ in range(size)]


COMMON = vocabulary(random.Random(1))
WEIGHTS = [1 / (rank + 1) for rank in range(len(COMMON))]  # Zipf: few words are frequent


def text(rng: random.Random, count: int) -> str:
    """``count`` words; about one in twelve is one of the topic words searched for."""
    words = rng.choices(COMMON, weights=WEIGHTS, k=count)
    for _ in range(max(1, count // 12)):
        words[rng.randrange(count)] = rng.choice(WORDS)
    return " ".join(words)


def add_signals(db, count: int, rng: random.Random, first: dt.date, days: int) -> None:
    db.conn.executemany(
        "INSERT INTO signals (received_on, channel, description, sensitive, status, "
        "created_at, updated_at) VALUES (?, 'walk_in', ?, ?, 'new', ?, ?)",
        [((first + dt.timedelta(days=rng.randint(0, days))).isoformat(), text(rng, 25),
          int(rng.random() < 0.1), STAMP, STAMP) for _ in range(count)])


def add_years(db, years: int, rng: random.Random) -> None:
    """A busy council: 24 meetings a year of 10 items, 400 signals, 20 advice, 80 letters."""
    first = dt.date(2017, 1, 1)
    for number in range(60):
        db.execute("INSERT INTO members (first_name, last_name, notes, created_at, "
                   "updated_at) VALUES (?, ?, ?, ?, ?)",
                   [f"Lid{number}", rng.choice(["Jansen", "Øzdemir", "Bakker", "Visser"]),
                    text(rng, 5), STAMP, STAMP])
    for year in range(years):
        for meeting in range(24):
            day = first + dt.timedelta(days=365 * year + 15 * meeting)
            meeting_id = db.execute(
                "INSERT INTO meetings (date, start_time, end_time, title, notes, created_at, "
                "updated_at) VALUES (?, '19:30', '21:30', ?, ?, ?, ?)",
                [day.isoformat(), text(rng, 3), text(rng, 10), STAMP, STAMP]).lastrowid
            db.conn.executemany(
                "INSERT INTO agenda_items (meeting_id, position, title, explanation, minutes) "
                "VALUES (?, ?, ?, ?, ?)",
                [(meeting_id, item, text(rng, 4), text(rng, 30), text(rng, 80))
                 for item in range(10)])
            db.execute("INSERT INTO decisions (meeting_id, year, number, text) VALUES "
                       "(?, ?, ?, ?)", [meeting_id, 2017 + year, meeting + 1, text(rng, 20)])
            db.execute("INSERT INTO actions (meeting_id, description) VALUES (?, ?)",
                       [meeting_id, text(rng, 12)])
        for number in range(20):
            db.execute(
                "INSERT INTO advice (ref_year, ref_number, subject, request_date, body, "
                "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [2017 + year, number + 1, text(rng, 4),
                 (first + dt.timedelta(days=365 * year + 18 * number)).isoformat(),
                 text(rng, 600), STAMP, STAMP])
        db.conn.executemany(
            "INSERT INTO letters (letter_date, subject, addressee, body, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?)",
            [((first + dt.timedelta(days=365 * year + 4 * n)).isoformat(), text(rng, 5),
              text(rng, 6), text(rng, 300), STAMP, STAMP) for n in range(80)])
        add_signals(db, 400, rng, first + dt.timedelta(days=365 * year), 364)


def like_scan(db, words: list[str]) -> None:
    """What the lists did before the index: every record's text searched with LIKE."""
    for table, column in (("signals", "description"), ("agenda_items", "minutes"),
                          ("advice", "body"), ("letters", "body"), ("members", "notes")):
        condition = " AND ".join(f"{column} LIKE ?" for _ in words)
        db.execute(f"SELECT count(*) FROM {table} WHERE {condition}",
                   [f"%{word}%" for word in words]).fetchone()


def slowest(work, repeat: int = 5) -> float:
    """The best of ``repeat`` runs of the slowest query, in milliseconds."""
    times = []
    for query in QUERIES:
        best = float("inf")
        for _ in range(repeat):
            began = time.perf_counter()
            work(query)
            best = min(best, time.perf_counter() - began)
        times.append(best)
    return max(times) * 1000


def once(work) -> float:
    began = time.perf_counter()
    work()
    return (time.perf_counter() - began) * 1000


def measure(db, label: str) -> None:
    index = slowest(lambda query: search(db, query))
    baseline = slowest(lambda query: like_scan(db, query.split()))
    print(f"{label}: search {index:.1f} ms; LIKE over the records {baseline:.1f} ms "
          f"(ratio {index / baseline:.2f})")


def measure_filter(db) -> None:
    def list_page(query):
        criteria = SignalFilter(text=query)
        count_signals(db, criteria)
        fetch_signals(db, criteria, 0, 200)

    index = slowest(list_page)
    baseline = slowest(lambda query: db.execute(
        "SELECT count(*) FROM signals WHERE " + " AND ".join(
            "description LIKE ?" for _ in query.split()),
        [f"%{word}%" for word in query.split()]).fetchone())
    print(f"signals list text filter: {index:.1f} ms; LIKE {baseline:.1f} ms "
          f"(ratio {index / baseline:.2f})")


def main(argv: list[str]) -> int:
    count = int(argv[0]) if argv else 100_000
    rng = random.Random(19)
    with tempfile.TemporaryDirectory() as folder:
        council = open_council(Path(folder) / "years.raadswerk")
        with council.db.atomic():
            add_years(council.db, 10, rng)
        measure(council.db, "10 years")
        council.close()
        council = open_council(Path(folder) / "signals.raadswerk")
        with council.db.atomic():
            add_signals(council.db, count, rng, dt.date(2017, 1, 1), 3650)
        measure(council.db, f"{count:,} signals")
        measure_filter(council.db)
        print(f"purging the signals index after an erasure: "
              f"{once(lambda: purge(council.db, ('search_signals',))):.0f} ms")
        council.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
