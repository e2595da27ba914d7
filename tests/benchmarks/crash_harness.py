"""Crash safety, proven: a writer process is killed with SIGKILL at random moments.

The writer (``crash_writer.py`` beside this file) opens a council file through core,
takes the writer lock (breaking the stale lock its killed predecessor left), and writes
units of work, each in one transaction: feature records (stored files, archived letters,
members, meetings, signals, advice — whatever core offers) plus a ledger entry
(setting ``crashtest.NNNNNN``) naming them. After the commit it prints ``ACK n``.

After each kill the file must pass ``integrity_check``, every acknowledged unit must
be there whole, and no record may exist without its ledger entry (half-written).

Used by tests/core/safety/test_crash.py (25 kills) and tests/benchmarks/crash_kill.py.
"""

import datetime as dt
import hashlib
import os
import random
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WRITER = Path(__file__).with_name("crash_writer.py")
LEDGER_PREFIX = "crashtest."


def marker(n: int) -> str:
    return f"crash-{n:06d}"


def _digest(data: bytes | str) -> str:
    if isinstance(data, str):
        data = data.encode("utf-8")
    return hashlib.sha256(data).hexdigest()


def _text(rng: random.Random, n: int, size: int) -> str:
    """Mixed text with the unit's marker in front; long enough to span pages."""
    words = ["raad", "Wmo", "cliënt", "Øzdemir", "Ōgai", "€ 12,50", "<b>", "&", "'; --", "😀"]
    return marker(n) + " " + " ".join(rng.choice(words) for _ in range(size))


# --- the kinds of work ------------------------------------------------------------
# Each kind: write(db, n, rng) -> ids (within the unit's transaction);
# check(db, n, ids) -> problems; found(db) -> unit numbers that have such records.


class FileKind:
    name = "file"

    @staticmethod
    def write(db, n, rng):
        from core.files import store_bytes

        data = rng.randbytes(rng.randint(1, 30_000))
        return {"id": store_bytes(db, marker(n) + ".bin", data), "sha": _digest(data)}

    @staticmethod
    def check(db, n, ids):
        row = db.execute("SELECT name, data, sha256 FROM files WHERE id = ?",
                         [ids["id"]]).fetchone()
        if row is None:
            return [f"unit {n}: stored file {ids['id']} missing"]
        if _digest(row[1]) != ids["sha"] or row[2] != ids["sha"]:
            return [f"unit {n}: stored file {ids['id']} has other bytes"]
        return []

    @staticmethod
    def found(db):
        rows = db.execute("SELECT name FROM files WHERE name LIKE 'crash-%.bin'").fetchall()
        return {int(row[0][6:12]) for row in rows}


class LetterKind:
    name = "letter"

    @staticmethod
    def write(db, n, rng):
        from core.documents.letter import LetterContent
        from core.letters import archive_letter

        body = _text(rng, n, rng.randint(10, 3000))
        content = LetterContent(addressee="Aan het college van B&W\nPostbus 1",
                                subject=marker(n) + " Betreft test", body=body,
                                letter_date=dt.date(2026, 11, 22))
        pdf = b"%PDF-1.4\n" + rng.randbytes(rng.randint(100, 30_000))
        letter_id = archive_letter(db, content, "free", pdf)
        return {"id": letter_id, "sha": _digest(pdf), "body": _digest(body)}

    @staticmethod
    def check(db, n, ids):
        from core.letters import get_letter, letter_pdf

        try:
            letter = get_letter(db, ids["id"])
            pdf = letter_pdf(db, ids["id"])
        except Exception as error:  # noqa: BLE001 - any failure is the finding
            return [f"unit {n}: letter {ids['id']} unreadable: {error}"]
        problems = []
        if not letter.content.subject.startswith(marker(n)):
            problems.append(f"unit {n}: letter {ids['id']} has another subject")
        if _digest(pdf) != ids["sha"]:
            problems.append(f"unit {n}: letter {ids['id']} has another PDF")
        if _digest(letter.content.body) != ids["body"]:
            problems.append(f"unit {n}: letter {ids['id']} has another body")
        return problems

    @staticmethod
    def found(db):
        rows = db.execute("SELECT subject FROM letters WHERE subject LIKE 'crash-%'").fetchall()
        return {int(row[0][6:12]) for row in rows}


class MemberKind:
    name = "member"

    @staticmethod
    def write(db, n, rng):
        from core.members import create_member

        notes = _text(rng, n, rng.randint(5, 2000))
        member_id = create_member(db, {"first_name": "Crash", "last_name": f"Test {n:06d}",
                                       "notes": notes, "start_date": "2026-01-01"})
        return {"id": member_id, "notes": _digest(notes)}

    @staticmethod
    def check(db, n, ids):
        row = db.execute("SELECT last_name, notes FROM members WHERE id = ?",
                         [ids["id"]]).fetchone()
        if row is None:
            return [f"unit {n}: member {ids['id']} missing"]
        if row[0] != f"Test {n:06d}" or _digest(row[1]) != ids["notes"]:
            return [f"unit {n}: member {ids['id']} differs"]
        return []

    @staticmethod
    def found(db):
        rows = db.execute(
            "SELECT last_name FROM members WHERE first_name = 'Crash' AND last_name LIKE 'Test %'"
        ).fetchall()
        return {int(row[0][5:11]) for row in rows}


class MeetingKind:
    """A meeting with the standard agenda items of its kind: many rows in one transaction."""

    name = "meeting"

    @staticmethod
    def write(db, n, rng):
        from core.meetings.model import KINDS as MEETING_KINDS
        from core.meetings.model import Meeting
        from core.meetings.repository import create_meeting

        notes = _text(rng, n, rng.randint(5, 2000))
        meeting = Meeting(id=None, kind=next(iter(MEETING_KINDS)), date=dt.date(2026, 12, 10),
                          start_time="19:30", end_time="21:30", title=marker(n), notes=notes)
        meeting_id = create_meeting(db, meeting)
        items = db.execute("SELECT count(*) FROM agenda_items WHERE meeting_id = ?",
                           [meeting_id]).fetchone()[0]
        return {"id": meeting_id, "notes": _digest(notes), "items": items}

    @staticmethod
    def check(db, n, ids):
        row = db.execute("SELECT title, notes FROM meetings WHERE id = ?", [ids["id"]]).fetchone()
        if row is None:
            return [f"unit {n}: meeting {ids['id']} missing"]
        items = db.execute("SELECT count(*) FROM agenda_items WHERE meeting_id = ?",
                           [ids["id"]]).fetchone()[0]
        if row[0] != marker(n) or _digest(row[1]) != ids["notes"] or items != ids["items"]:
            return [f"unit {n}: meeting {ids['id']} differs (agenda items {items})"]
        return []

    @staticmethod
    def found(db):
        rows = db.execute("SELECT title FROM meetings WHERE title LIKE 'crash-%'").fetchall()
        return {int(row[0][6:12]) for row in rows}


class SignalKind:
    name = "signal"

    @staticmethod
    def write(db, n, rng):
        from core.signals import CHANNELS, SignalInput, log_signal
        from core.signals.themes import list_themes

        description = _text(rng, n, rng.randint(5, 2000))
        themes = [theme.id for theme in list_themes(db)][:2]
        data = SignalInput(received_on=dt.date(2026, 11, 1), channel=next(iter(CHANNELS)),
                           theme_ids=themes, description=description)
        signal_id = log_signal(db, data, today=dt.date(2026, 11, 22))
        return {"id": signal_id, "description": _digest(description), "themes": len(themes)}

    @staticmethod
    def check(db, n, ids):
        row = db.execute("SELECT description FROM signals WHERE id = ?", [ids["id"]]).fetchone()
        if row is None:
            return [f"unit {n}: signal {ids['id']} missing"]
        if _digest(row[0]) != ids["description"]:
            return [f"unit {n}: signal {ids['id']} differs"]
        return []

    @staticmethod
    def found(db):
        rows = db.execute("SELECT description FROM signals WHERE description LIKE 'crash-%'")
        return {int(row[0][6:12]) for row in rows.fetchall()}


class AdviceKind:
    """An advice with its stored request letter and first history line."""

    name = "advice"

    @staticmethod
    def write(db, n, rng):
        from core.advice.model import AdviceInput
        from core.advice.repository import create_advice

        letter = b"%PDF-1.4\n" + rng.randbytes(rng.randint(100, 20_000))
        data = AdviceInput(kind="requested", subject=marker(n) + " Beleidsregels Wmo",
                           request_date=dt.date(2026, 11, 1), deadline=dt.date(2026, 12, 15),
                           notes=_text(rng, n, rng.randint(5, 500)))
        advice_id = create_advice(db, data, request_file=("verzoek.pdf", letter))
        return {"id": advice_id, "sha": _digest(letter)}

    @staticmethod
    def check(db, n, ids):
        row = db.execute("SELECT a.subject, f.data FROM advice a LEFT JOIN files f "
                         "ON f.id = a.request_file_id WHERE a.id = ?", [ids["id"]]).fetchone()
        if row is None:
            return [f"unit {n}: advice {ids['id']} missing"]
        if not row[0].startswith(marker(n)) or row[1] is None or _digest(row[1]) != ids["sha"]:
            return [f"unit {n}: advice {ids['id']} differs or lost its request letter"]
        return []

    @staticmethod
    def found(db):
        rows = db.execute("SELECT subject FROM advice WHERE subject LIKE 'crash-%'").fetchall()
        return {int(row[0][6:12]) for row in rows}


KINDS = [FileKind, LetterKind, MemberKind, MeetingKind, SignalKind, AdviceKind]


def available_kinds(db) -> list:
    """The kinds whose core functions exist and whose tables are in the file."""
    tables = set(db.table_names())
    needs = {"file": "files", "letter": "letters", "member": "members", "meeting": "meetings",
             "signal": "signals", "advice": "advice"}
    usable = []
    for kind in KINDS:
        if needs.get(kind.name, kind.name) not in tables:
            continue
        try:
            with db.atomic():
                kind.write(db, 999_999, random.Random(0))
                raise _Probe()
        except _Probe:
            usable.append(kind)
        except Exception as error:  # noqa: BLE001 - a kind core cannot do yet is skipped
            print(f"SKIP {kind.name}: {error}", flush=True)
    return usable


class _Probe(Exception):
    """Rolls a trial write back."""


# --- the writer process ---------------------------------------------------------


def _open_for_writing(path: Path):
    from core.database import open_council
    from core.locking import LockHeldError, break_lock

    try:
        return open_council(path, lock=True)
    except LockHeldError as error:
        if not (error.holder.is_stale() or error.holder.unreadable):
            raise  # a kill while the lock file was being written leaves it unreadable
        break_lock(path, error.holder)  # what the person confirms in the window
        return open_council(path, lock=True)


def writer_main(argv: list[str]) -> int:
    """``crash_writer.py DB SEED``: write units until killed (or 100,000 of them)."""
    from core.settings import set_setting

    path, seed = Path(argv[0]), int(argv[1])
    rng = random.Random(seed)
    council = _open_for_writing(path)
    db = council.db
    done = ledger(db)
    n = max(done, default=0) + 1
    kinds = available_kinds(db)
    print("READY " + ",".join(kind.name for kind in kinds), flush=True)
    for _unit in range(100_000):
        kind = rng.choice(kinds)
        with db.atomic():
            ids = kind.write(db, n, rng)
            set_setting(db, f"{LEDGER_PREFIX}{n:06d}", {"kind": kind.name, "ids": ids})
        print(f"ACK {n}", flush=True)
        n += 1
    council.close()
    return 0


# --- checking the file after a kill ------------------------------------------------


def ledger(db) -> dict[int, dict]:
    import json

    rows = db.execute("SELECT key, value FROM settings WHERE key LIKE 'crashtest.%'").fetchall()
    return {int(key[len(LEDGER_PREFIX):]): json.loads(value) for key, value in rows}


def verify(path: Path, acknowledged: set[int]) -> list[str]:
    """What is wrong with the file after a kill; empty means it held."""
    from core.database import integrity_check, open_council

    council = open_council(path)  # rolls back an unfinished transaction, checks the file
    try:
        db = council.db
        problems = integrity_check(db)
        if problems:
            return problems
        entries = ledger(db)
        problems += [f"unit {n}: acknowledged but missing" for n in acknowledged - set(entries)]
        by_name = {kind.name: kind for kind in KINDS}
        for n, entry in entries.items():
            problems += by_name[entry["kind"]].check(db, n, entry["ids"])
        for kind in KINDS:
            try:
                found = kind.found(db)
            except Exception:  # noqa: BLE001 - the kind's table is not in this schema
                continue
            problems += [f"unit {n}: {kind.name} record without its ledger entry (half-written)"
                         for n in found - set(entries) if n != 999_999]
            problems += [f"unit {n}: ledger names a {kind.name} that is not there"
                         for n in set(entries) - found if entries[n]["kind"] == kind.name]
        return problems
    finally:
        council.close()


# --- the driver --------------------------------------------------------------------


@dataclass
class KillReport:
    kills: int = 0
    survived: int = 0
    acknowledged: int = 0
    killed_during_open: int = 0
    killed_mid_write: int = 0  # a rollback journal was left: the kill hit a transaction
    kinds: str = ""
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0


def _start_writer(path: Path, seed: int) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONUNBUFFERED="1")
    return subprocess.Popen([sys.executable, str(WRITER), str(path), str(seed)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            cwd=str(ROOT), env=env)


def _read_lines(stream, lines: list[str], ready: threading.Event) -> None:
    for line in stream:
        lines.append(line.strip())
        if line.startswith("READY"):
            ready.set()
    ready.set()


def kill_once(path: Path, rng: random.Random, max_delay: float, during_open: bool) -> tuple:
    """Start the writer, SIGKILL it at a random moment; returns (acks, lines, stderr)."""
    process = _start_writer(path, rng.randrange(1 << 30))
    lines: list[str] = []
    ready = threading.Event()
    reader = threading.Thread(target=_read_lines, args=(process.stdout, lines, ready))
    reader.start()
    if during_open:
        time.sleep(rng.uniform(0.0, 0.6))
    else:
        ready.wait(timeout=60)
        time.sleep(rng.uniform(0.0, max_delay))
    if os.name == "nt":
        process.kill()
    else:
        os.kill(process.pid, signal.SIGKILL)
    process.wait()
    reader.join()
    stderr = process.stderr.read()
    process.stderr.close()
    acks = {int(line.split()[1]) for line in lines if line.startswith("ACK ")}
    return acks, lines, stderr


def run_kills(path: Path, kills: int, seed: int = 8, max_delay: float = 0.4,
              open_share: float = 0.1, on_kill=None) -> KillReport:
    """Kill the writer ``kills`` times over, checking the file after each kill."""
    rng = random.Random(seed)
    report = KillReport()
    acknowledged: set[int] = set()
    started = time.perf_counter()
    for number in range(1, kills + 1):
        during_open = number > 1 and rng.random() < open_share
        acks, lines, stderr = kill_once(path, rng, max_delay, during_open)
        if not any(line.startswith("READY") for line in lines) and not during_open:
            report.problems.append(f"kill {number}: the writer did not start: {stderr[-500:]}")
            break
        ready = [line for line in lines if line.startswith("READY")]
        report.kinds = ready[0][6:] if ready else report.kinds
        acknowledged |= acks
        report.kills += 1
        report.killed_during_open += int(during_open and not ready)
        report.killed_mid_write += int(path.with_name(path.name + "-journal").exists())
        problems = verify(path, acknowledged)
        if problems:
            report.problems += [f"kill {number}: {problem}" for problem in problems[:10]]
            break
        report.survived += 1
        if on_kill is not None:
            on_kill(number, len(acknowledged))
    report.acknowledged = len(acknowledged)
    report.seconds = time.perf_counter() - started
    return report
