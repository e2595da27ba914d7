"""Lock files of any content, the same computer under any name, reused process ids, and
the command line's --take-over."""

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from core.database import open_council
from core.locking import (
    LockHeldError,
    LockInfo,
    acquire_lock,
    boot_time,
    lock_path,
    read_lock,
    same_host,
    this_host,
)

ROOT = Path(__file__).resolve().parents[3]

ODD_CONTENTS = {
    "empty": b"",
    "random bytes": bytes(range(256)) * 4,
    "not UTF-8": b"\xff\xfe\x00garbage\x80\x81",
    "huge pid": json.dumps({"host": "x", "pid": 2**40, "token": "t"}).encode(),
    "negative pid": json.dumps({"host": "x", "pid": -5, "token": "t"}).encode(),
    "other JSON (list)": b"[1, 2, 3]",
    "other JSON (string)": b'"hello"',
    "other JSON (object)": b'{"name": "something else"}',
    "deep JSON": b"[" * 100_000,
    "very large": b"x" * 5_000_000,
}


@pytest.mark.parametrize("name", sorted(ODD_CONTENTS))
def test_any_lock_content_counts_as_a_lock_and_names_the_lock_file(tmp_path, name):
    path = tmp_path / "raad.raadswerk"
    open_council(path).close()
    lock_path(path).write_bytes(ODD_CONTENTS[name])

    holder = read_lock(path)
    with pytest.raises(LockHeldError) as held:
        open_council(path, lock=True)

    assert holder is not None and holder.unreadable
    assert "raad.raadswerk.lock" in str(held.value)
    assert not holder.is_stale()  # unknown: never broken without the person's say


def test_a_folder_in_place_of_the_lock_file_is_a_lock_too(tmp_path):
    path = tmp_path / "raad.raadswerk"
    open_council(path).close()
    lock_path(path).mkdir()
    with pytest.raises(LockHeldError):
        open_council(path, lock=True)


def test_the_same_computer_is_recognised_under_its_long_and_short_name():
    short = this_host().split(".")[0]
    assert same_host(short, f"{short}.gemeente.local")
    assert same_host(f"{short.upper()}.example.org", short.lower())
    assert not same_host("laptop-1", "laptop-2.gemeente.local")
    assert not same_host("", "")


def _lock_by(path: Path, pid: int, opened_epoch: float, host: str | None = None) -> LockInfo:
    info = {"host": host or this_host(), "user": "secretaris", "pid": pid,
            "opened_at": "2026-11-22T08:47:00", "token": "oud", "opened_epoch": opened_epoch}
    lock_path(path).write_text(json.dumps(info), encoding="utf-8")
    return read_lock(path)


def test_a_lock_written_before_the_computer_started_is_stale_even_if_its_pid_runs(tmp_path):
    path = tmp_path / "raad.raadswerk"
    assert boot_time() > 0
    # Our own pid runs, but a lock from before the last start cannot be ours.
    holder = _lock_by(path, os.getpid(), boot_time() - 3600)
    assert holder.is_stale()


def test_a_lock_whose_pid_now_belongs_to_a_younger_process_is_stale(tmp_path):
    path = tmp_path / "raad.raadswerk"
    young = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        time.sleep(0.2)
        holder = _lock_by(path, young.pid, time.time() - 600)
        assert holder.is_stale()
        assert not _lock_by(path, young.pid, time.time() + 1).is_stale()
    finally:
        young.kill()
        young.wait()


def test_a_lock_under_the_long_name_of_this_computer_with_a_dead_pid_is_stale(tmp_path):
    path = tmp_path / "raad.raadswerk"
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    holder = _lock_by(path, dead.pid, time.time(), host=this_host().split(".")[0] + ".lan")
    assert holder.on_this_computer and holder.is_stale()


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True,
                          text=True, cwd=ROOT, timeout=120)


def test_the_command_line_names_the_holder_and_takes_over_a_crashed_lock(tmp_path):
    path = tmp_path / "raad.raadswerk"
    open_council(path).close()
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    _lock_by(path, dead.pid, time.time())

    imported = tmp_path / "leden.csv"
    imported.write_text("Voornaam;Achternaam\nAnna;de Vries\n", encoding="utf-8")
    refused = run_cli("import", "members", "--db", str(path), str(imported))
    assert refused.returncode == 1
    assert f"proces {dead.pid}" in refused.stderr and "--take-over" in refused.stderr

    taken = run_cli("import", "members", "--db", str(path), "--take-over", str(imported))
    assert taken.returncode == 0, taken.stderr
    assert "verwijderd" in taken.stdout
    assert not lock_path(path).exists()


def test_the_command_line_never_takes_over_from_a_running_program(tmp_path):
    path = tmp_path / "raad.raadswerk"
    open_council(path).close()
    held = acquire_lock(path)  # this test process: it runs
    try:
        imported = tmp_path / "leden.csv"
        imported.write_text("Voornaam;Achternaam\nAnna;de Vries\n", encoding="utf-8")
        refused = run_cli("import", "members", "--db", str(path), "--take-over", str(imported))
        assert refused.returncode == 1
        assert "draait nog" in refused.stderr
        assert held.still_ours()
    finally:
        held.release()


def test_the_command_line_takes_over_a_garbled_lock_file_when_asked(tmp_path):
    path = tmp_path / "raad.raadswerk"
    open_council(path).close()
    lock_path(path).write_bytes(os.urandom(64))
    imported = tmp_path / "leden.csv"
    imported.write_text("Voornaam;Achternaam\nAnna;de Vries\n", encoding="utf-8")

    refused = run_cli("import", "members", "--db", str(path), str(imported))
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert "raad.raadswerk.lock" in refused.stderr

    taken = run_cli("--take-over", "import", "members", "--db", str(path), str(imported))
    assert taken.returncode == 0, taken.stderr
