"""Reliability figures for the README: what was tried against a council file, and what held.

    .venv/bin/python tests/benchmarks/reliability.py [--kills 200] [--damaged 200]
                                      [--disk-faults 160] [--hostile 40] [--seed 8]

1. Crash kills: a writer process is killed with SIGKILL at random moments; after each kill
   the file must pass integrity_check with every acknowledged write whole and no
   half-written record (crash_harness.py).
2. Damaged files: the demo council damaged on purpose (page headers overwritten, cut
   short, random bytes, emptied, first page wiped, bytes flipped anywhere); each must be
   refused on open with a message, left byte-for-byte untouched, and the newest good
   backup must be offered.
3. Hostile input: random and nasty text through every create/update function in core
   (tests/core/safety/hostile_targets.py), read back, and printed in every document
   that shows it.
"""

import argparse
import datetime as dt
import hashlib
import importlib.util
import io
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

from crash_harness import run_kills
from disk_faults import disk_faults

from core.backup import automatic_backup, newest_good_backup
from core.database import integrity_check, open_council
from core.demo import write_demo
from core.errors import RaadswerkError, ValidationError
from core.i18n import set_language
from core.settings import set_setting

SAFETY_TESTS = Path(__file__).resolve().parents[1] / "core" / "safety"


def load(name: str):
    spec = importlib.util.spec_from_file_location(name, SAFETY_TESTS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- 1. crash kills --------------------------------------------------------------------


def crash_kills(kills: int, seed: int) -> bool:
    if os.name == "nt":
        print("crash kills: skipped (SIGKILL is a POSIX signal)")
        return True
    with tempfile.TemporaryDirectory() as folder:
        report = run_kills(Path(folder) / "raad.raadswerk", kills, seed=seed)
    print(f"crash kills: {report.survived} of {report.kills} survived "
          f"({report.killed_mid_write} hit a transaction, {report.killed_during_open} hit the "
          f"opening); {report.acknowledged} acknowledged writes all found intact; "
          f"records written: {report.kinds}")
    for problem in report.problems:
        print(f"  PROBLEM: {problem}")
    return not report.problems and report.survived == kills


# --- 2. damaged files --------------------------------------------------------------------


def _damage_ways(damage, pages):
    return [
        ("page headers overwritten", lambda d, r: damage.flip_page_headers(d, pages, r)),
        ("cut short", damage.truncate),
        ("random bytes", damage.random_bytes),
        ("emptied", damage.empty),
        ("first page wiped", damage.header_only),
    ]


def _work_for_days(target: Path, backups: Path, original: bytes, number: int) -> Path:
    """The file as the program leaves it after two days of work: opened each morning (the
    daily backup is made then, by the program), with work saved in between. Returns the
    newest backup the program made."""
    target.write_bytes(original)
    made = []
    for day in (1, 2):
        council = open_council(target, lock=True, backup_dir=backups)
        made.append(automatic_backup(council.db, backups,
                                     now=dt.datetime(2026, 11, 20 + day, 9, number % 60)))
        set_setting(council.db, "reliability.day", f"{number}-{day}")
        council.close()
    return made[-1]


def damaged_files(count: int, seed: int) -> bool:
    """Damage the council file (and, one time in four, its newest backup as well, as a
    failing USB stick would); the newest backup that is still good must be offered."""
    damage = load("damage")
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        demo = write_demo(folder / "demo.raadswerk")
        original = demo.read_bytes()
        ways = _damage_ways(damage, damage.btree_pages(demo))
        tried = detected = untouched = offered = 0
        for number in range(count):
            name, way = ways[number % len(ways)]
            target, backups = folder / "raad.raadswerk", folder / f"backups-{number}"
            newest = _work_for_days(target, backups, original, number)
            good = sorted(path for path in backups.iterdir() if path.suffix == ".raadswerk")
            if number % 4 == 3:
                newest.write_bytes(way(newest.read_bytes(), rng))
                good.remove(newest)
            target.write_bytes(way(target.read_bytes(), rng))
            before = hashlib.sha256(target.read_bytes()).hexdigest()
            tried += 1
            try:
                open_council(target, lock=True).close()
            except RaadswerkError:
                detected += 1
            else:
                print(f"  NOT DETECTED: {name}")
            untouched += hashlib.sha256(target.read_bytes()).hexdigest() == before
            found = newest_good_backup(backups, target)
            offered += found is not None and found.path == good[-1]
            shutil.rmtree(backups)
        flips = _random_flips(damage, original, folder, rng, count)
    print(f"damaged files: {detected} of {tried} detected on open with a message "
          f"({', '.join(name for name, _way in ways)}); {untouched} of {tried} left "
          f"untouched; the newest good backup the program itself made offered {offered} of "
          f"{tried} times (in {tried // 4} of them the newest backup was damaged too)")
    print(f"bytes flipped anywhere in the file: {flips['open']} of {flips['tried']} caught on "
          f"open, {flips['check']} more by the full check; {flips['silent']} landed in stored "
          f"text or numbers, which SQLite keeps no checksum of (restore a backup if you see "
          f"garbled text)")
    return detected == tried == untouched == offered


def _random_flips(damage, original: bytes, folder: Path, rng, count: int) -> dict:
    result = {"tried": 0, "open": 0, "check": 0, "silent": 0}
    target = folder / "flipped.raadswerk"
    for _number in range(max(1, count // 4)):
        target.write_bytes(damage.flip_random_bytes(original, rng, count=4))
        result["tried"] += 1
        try:
            council = open_council(target)
        except RaadswerkError:
            result["open"] += 1
            continue
        problems = integrity_check(council.db)
        council.close()
        result["check" if problems else "silent"] += 1
    return result


# --- 3. hostile input --------------------------------------------------------------------


def _random_text(rng: random.Random, nasty: list[str]) -> str:
    kind = rng.randrange(5)
    if kind == 0:
        return rng.choice(nasty)
    if kind == 1:
        return " ".join(rng.choice(nasty[:15]) for _ in range(rng.randint(1, 4)))
    if kind == 2:
        return chr(rng.choice([rng.randrange(0x20), rng.randrange(0x20, 0xD800),
                               rng.randrange(0xE000, 0x110000)])) * rng.randint(1_000, 100_000)
    return "".join(chr(rng.choice([rng.randrange(0x20), rng.randrange(0x20, 0x3000),
                                   rng.randrange(0x1F300, 0x1FAFF)]))
                   for _ in range(rng.randint(0, 300)))


def hostile_input(per_target: int, seed: int) -> bool:
    from pypdf import PdfReader

    hostile = load("hostile_targets")
    rng = random.Random(seed)
    tried = kept = refused = printed = 0
    failures: list[str] = []
    with tempfile.TemporaryDirectory() as folder:
        council = open_council(Path(folder) / "raad.raadswerk")
        db = council.db
        targets = hostile.available_targets(db)
        for target in targets:
            for number in range(per_target):
                text = _random_text(rng, hostile.NASTY)
                tried += 1
                try:
                    record_id = target.create(db, text)
                except ValidationError:
                    refused += 1
                    continue
                except Exception as error:  # noqa: BLE001 - the finding itself
                    failures.append(f"{target.name}: {type(error).__name__}: {error}"[:200])
                    continue
                if target.read(db, record_id) != target.expected(text):
                    failures.append(f"{target.name}: read back differently")
                    continue
                kept += 1
                if number % 10 == 0:  # printing is slow: every tenth text is printed
                    try:
                        for _name, pdf in target.documents(db, record_id):
                            PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
                            printed += 1
                    except Exception as error:  # noqa: BLE001 - the finding itself
                        failures.append(f"{target.name} (print): {error}"[:200])
        council.close()
    print(f"hostile input: {tried} texts through {len(targets)} create/update fields; "
          f"{kept} kept unchanged, {refused} refused with a clear message, "
          f"{len(failures)} failures; {printed} documents printed with them")
    for failure in failures[:20]:
        print(f"  FAILURE: {failure}")
    return not failures


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--damaged", type=int, default=200)
    parser.add_argument("--hostile", type=int, default=40, help="texts per field")
    parser.add_argument("--disk-faults", type=int, default=160,
                        help="rounds of a disk running full (spread over the write paths)")
    parser.add_argument("--seed", type=int, default=8)
    args = parser.parse_args(argv)
    set_language("nl")
    started = time.perf_counter()
    results = [
        hostile_input(args.hostile, args.seed),
        damaged_files(args.damaged, args.seed),
        disk_faults(args.disk_faults, args.seed),
        crash_kills(args.kills, args.seed),
    ]
    print(f"({time.perf_counter() - started:.0f} seconds)")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
