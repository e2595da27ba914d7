"""A disk that runs full at a random moment, at every write path of the program.

    .venv/bin/python tests/benchmarks/disk_faults.py [ROUNDS] [SEED]

For each write path (daily backup, backup by hand, save a copy, restore, attaching a
document, import, export, saving a PDF) the council file and the target folder sit
on a small disk (a real tmpfs as root on Linux; injected ENOSPC errors elsewhere),
filled up to a random amount of free room, so the disk runs full at a different
moment each time. Every round must end either in success or in a Dutch sentence
(no English system text), with everything saved before still there, the file
healthy, and no temporary file left on the disk.
"""

import os
import random
import sys
import tempfile
from collections import Counter
from pathlib import Path

import pytest
from small_disk import SmallDisk

from core.backup import automatic_backup, backup_database, copy_to, restore_backup
from core.database import integrity_check, open_council
from core.errors import RaadswerkError
from core.files import store_bytes
from core.i18n import set_language
from core.members import create_member, list_members
from core.members.columns import guess_mapping
from core.members.exporting import export_members
from core.members.importing import prepare_import, run_import
from core.members.reading import read_member_file
from core.output import write_atomically
from core.settings import get_setting, set_setting

ENGLISH = ("disk is full", "database", "Errno", "No space", "Traceback", "readonly")


def _daily(council, disk, rng):
    automatic_backup(council.db, disk.folder / "backups")


def _manual(council, disk, rng):
    backup_database(council.db, disk.folder / "backups", "manual")


def _copy(council, disk, rng):
    copy_to(council.db, disk.folder / "kopie.raadswerk")


def _restore(council, disk, rng):
    backup = backup_database(council.db, disk.spare, "manual")
    path = council.path
    council.close()
    try:
        restore_backup(path, backup, disk.folder / "backups")
    finally:
        council.db = open_council(path).db


def _attach(council, disk, rng):
    with council.db.atomic():
        store_bytes(council.db, "bijlage.pdf", os.urandom(rng.randint(10_000, 400_000)))
        set_setting(council.db, "probe", "half")


def _import(council, disk, rng):
    source = disk.spare / "leden.csv"
    rows = "".join(f"Lid{n};Achternaam{n}\r\n" for n in range(rng.randint(50, 3000)))
    source.write_bytes(("Voornaam;Achternaam\r\n" + rows).encode("utf-8"))
    table = read_member_file(source)
    run_import(council.db, prepare_import(council.db, table, guess_mapping(table.headers)))


def _export(council, disk, rng):
    write_atomically(disk.folder / "leden.xlsx", export_members(council.db, ".xlsx"))


def _pdf(council, disk, rng):
    write_atomically(disk.folder / "agenda.pdf", b"%PDF-1.4\n" + os.urandom(300_000))


PATHS = {"daily backup": _daily, "backup by hand": _manual, "save a copy": _copy,
         "restore": _restore, "attach a document": _attach, "import": _import,
         "export": _export, "save a PDF": _pdf}


class _Disk(SmallDisk):
    def __init__(self, base: Path, monkeypatch):
        super().__init__(base, monkeypatch, size_kb=3072)
        self.spare = base / "spare"
        self.spare.mkdir(exist_ok=True)

    def fill_to(self, free: int) -> None:
        """Leave about ``free`` bytes of room (a real disk), or none (injected)."""
        if not self.real:
            self.fill()
            return
        stat = os.statvfs(self.folder)
        room = stat.f_bavail * stat.f_frsize - free
        if room > 0:
            (self.folder / "ballast").write_bytes(b"\0" * room)


def _state(council) -> tuple:
    return (get_setting(council.db, "probe"), len(list_members(council.db)),
            council.db.execute("SELECT count(*) FROM files").fetchone()[0])


def one_round(name: str, rng: random.Random, base: Path) -> tuple[str, bool]:
    """('ok' | 'refused' | what went wrong, whether the disk was real).

    'refused' means a Dutch sentence, with nothing lost and nothing left behind."""
    patch = pytest.MonkeyPatch()
    disk = _Disk(base, patch)
    try:
        return _faulty_write(name, rng, disk, patch), disk.real
    finally:
        patch.undo()
        disk.close()


def _attempt(name: str, council, disk: "_Disk", rng: random.Random) -> str:
    try:
        PATHS[name](council, disk, rng)
    except RaadswerkError as error:
        message = str(error)
        if any(fragment in message for fragment in ENGLISH):
            return f"English text in the message: {message}"
        return "refused"
    return "ok"


def _what_is_left(disk: "_Disk") -> list[str]:
    """Files on the disk besides the council file, finished backups and copies."""
    return [name for name in disk.leftovers()
            if name not in ("raad.raadswerk", "kopie.raadswerk", "leden.xlsx", "agenda.pdf")
            and not (name.startswith("backups/raad_") and name.endswith(".raadswerk"))]


def _faulty_write(name: str, rng: random.Random, disk: "_Disk", patch) -> str:
    council = open_council(disk.folder / "raad.raadswerk")
    set_setting(council.db, "probe", "saved")
    create_member(council.db, {"first_name": "Anna", "last_name": "de Vries"})
    before = _state(council)
    disk.fill_to(rng.randint(0, 600_000))
    outcome = _attempt(name, council, disk, rng)
    patch.undo()
    disk.make_room()
    if outcome == "refused" and _state(council) != before:
        outcome = f"saved data changed: {before} -> {_state(council)}"
    if _what_is_left(disk):
        outcome = f"left behind: {_what_is_left(disk)}"
    if integrity_check(council.db):
        outcome = f"file damaged: {integrity_check(council.db)}"
    council.close()
    return outcome


def disk_faults(rounds: int, seed: int) -> bool:
    """Print faults tried per write path; True when nothing was ever lost or left behind."""
    rng = random.Random(seed)
    tried, refused, problems, real = Counter(), Counter(), [], False
    with tempfile.TemporaryDirectory() as folder:
        for number in range(rounds):
            name = list(PATHS)[number % len(PATHS)]
            outcome, real = one_round(name, rng, Path(folder))
            tried[name] += 1
            if outcome == "refused":
                refused[name] += 1
            elif outcome != "ok":
                problems.append(f"{name}: {outcome}")
    kind = "a real 3 MB disk (tmpfs)" if real else "injected ENOSPC"
    print(f"full disk at a random moment ({kind}):")
    for name in PATHS:
        held = tried[name] - sum(problem.startswith(name + ":") for problem in problems)
        print(f"  {name}: {tried[name]} tried, {refused[name]} ran out of room and said so "
              f"in Dutch; nothing lost or left behind in {held} of {tried[name]}")
    for problem in problems[:20]:
        print(f"  PROBLEM: {problem}")
    return not problems


if __name__ == "__main__":
    set_language("nl")
    arguments = sys.argv[1:]
    ok = disk_faults(int(arguments[0]) if arguments else 80,
                     int(arguments[1]) if len(arguments) > 1 else 8)
    sys.exit(0 if ok else 1)
