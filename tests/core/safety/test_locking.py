"""One writer at a time: the lock file names its holder; read-only is always possible;
a stale lock may be broken, a live one never silently."""

import json
import subprocess
import sys
import textwrap

import pytest

from core.database import open_council
from core.errors import FileLockedError
from core.locking import (
    LockInfo,
    acquire_lock,
    break_lock,
    lock_path,
    read_lock,
)
from core.settings import get_setting, set_setting


def test_the_window_takes_the_file_and_a_second_writer_is_told_who_holds_it(tmp_path):
    path = tmp_path / "raad.raadswerk"
    first = open_council(path, lock=True)

    with pytest.raises(FileLockedError) as held:
        open_council(path, lock=True)

    message = str(held.value)
    assert "is geopend in Raadswerk op computer" in message
    assert first.lock.info.host in message and str(first.lock.info.pid) in message
    assert " om " in message  # the date and time it was opened, in Dutch
    assert held.value.holder == first.lock.info
    assert not held.value.holder.is_stale()  # this very process: it runs
    first.close()


def test_read_only_opening_is_possible_while_another_writes(tmp_path):
    path = tmp_path / "raad.raadswerk"
    writer = open_council(path, lock=True)
    set_setting(writer.db, "safety.probe", "van de schrijver")

    reader = open_council(path, read_only=True, lock=True)

    assert reader.read_only and reader.lock is None
    assert get_setting(reader.db, "safety.probe") == "van de schrijver"
    reader.close()
    assert lock_path(path).exists()  # closing the reader leaves the writer's lock
    writer.close()
    assert not lock_path(path).exists()


def test_the_lock_file_names_computer_user_process_and_moment(tmp_path):
    path = tmp_path / "raad.raadswerk"
    lock = acquire_lock(path)
    data = json.loads(lock_path(path).read_text(encoding="utf-8"))
    assert set(data) >= {"host", "user", "pid", "opened_at", "token"}
    assert read_lock(path) == lock.info
    lock.release()
    assert read_lock(path) is None


def _dead_pid() -> int:
    process = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                             capture_output=True, text=True, check=True)
    return int(process.stdout)


def test_a_lock_left_by_a_program_that_no_longer_runs_is_stale_and_can_be_broken(tmp_path):
    path = tmp_path / "raad.raadswerk"
    open_council(path).close()
    lock = acquire_lock(path)
    stale = LockInfo(**{**lock.info.__dict__, "pid": _dead_pid(), "token": "left-behind"})
    lock_path(path).write_text(json.dumps(stale.__dict__), encoding="utf-8")

    with pytest.raises(FileLockedError) as held:
        open_council(path, lock=True)
    assert held.value.holder.is_stale()

    break_lock(path, held.value.holder)
    council = open_council(path, lock=True)
    assert read_lock(path).pid == council.lock.info.pid
    council.close()


def test_a_lock_from_another_computer_is_not_called_stale(tmp_path):
    path = tmp_path / "raad.raadswerk"
    lock_path(path).write_text(json.dumps({"host": "laptop-voorzitter", "user": "anneke",
                                           "pid": 4242, "opened_at": "2026-11-21T19:30:00",
                                           "token": "t"}), encoding="utf-8")
    with pytest.raises(FileLockedError) as held:
        open_council(path, lock=True)
    assert not held.value.holder.is_stale()
    assert "laptop-voorzitter" in str(held.value) and "anneke" in str(held.value)
    assert "21 november 2026 om 19:30" in str(held.value)
    assert not path.exists()  # nothing was created or written while it was held


def test_breaking_a_lock_that_changed_hands_meanwhile_refuses(tmp_path):
    path = tmp_path / "raad.raadswerk"
    first = acquire_lock(path)
    seen = first.info
    first.release()
    second = acquire_lock(path)  # another instance took it in the meantime

    with pytest.raises(FileLockedError) as held:
        break_lock(path, seen)

    assert held.value.holder == second.info
    assert read_lock(path) == second.info
    second.release()


def test_an_unreadable_lock_file_still_counts_as_a_lock(tmp_path):
    path = tmp_path / "raad.raadswerk"
    lock_path(path).write_text("<<garbled by a sync conflict>>", encoding="utf-8")

    with pytest.raises(FileLockedError) as held:
        open_council(path, lock=True)

    break_lock(path, held.value.holder)
    open_council(path, lock=True).close()


def test_releasing_never_removes_someone_elses_lock(tmp_path):
    path = tmp_path / "raad.raadswerk"
    mine = acquire_lock(path)
    lock_path(path).unlink()  # broken by another instance after confirming
    theirs = acquire_lock(path)

    mine.release()

    assert read_lock(path) == theirs.info
    theirs.release()


def test_a_failed_open_gives_the_lock_back(tmp_path):
    path = tmp_path / "raad.raadswerk"
    path.write_bytes(b"this is not a database at all" * 10)
    with pytest.raises(Exception):  # noqa: B017 - any refusal; the lock is what counts
        open_council(path, lock=True)
    assert not lock_path(path).exists()


def test_a_second_process_is_refused_while_the_first_writes(tmp_path):
    """Two real processes: never two writers."""
    path = tmp_path / "raad.raadswerk"
    council = open_council(path, lock=True)
    script = textwrap.dedent(f"""
        from core.database import open_council
        from core.locking import LockHeldError
        try:
            open_council({str(path)!r}, lock=True)
        except LockHeldError as error:
            print("HELD", error.holder.pid, error.holder.is_stale())
        else:
            print("OPENED")
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=60)
    council.close()
    assert result.stdout.split() == ["HELD", str(council_pid()), "False"]


def council_pid() -> int:
    import os

    return os.getpid()


def test_the_first_start_creates_the_data_folder_and_locks_the_new_file(tmp_path):
    path = tmp_path / "nog" / "niet" / "raad.raadswerk"
    council = open_council(path, lock=True)
    assert path.exists() and read_lock(path) == council.lock.info
    council.close()


def test_a_missing_file_is_reported_before_any_lock_is_taken(tmp_path):
    path = tmp_path / "weg" / "raad.raadswerk"
    with pytest.raises(Exception, match="bestaat niet"):
        open_council(path, create=False, lock=True)
    assert not (tmp_path / "weg").exists()


def test_of_six_processes_starting_at_once_exactly_one_gets_to_write(tmp_path):
    path = tmp_path / "raad.raadswerk"
    open_council(path).close()
    go, done = tmp_path / "go", tmp_path / "done"
    script = textwrap.dedent(f"""
        import os, time
        from core.locking import LockHeldError, acquire_lock
        while not os.path.exists({str(go)!r}):
            time.sleep(0.005)
        try:
            lock = acquire_lock({str(path)!r})
        except LockHeldError:
            print("HELD", flush=True)
        else:
            print("GOT", flush=True)
            while not os.path.exists({str(done)!r}):  # hold it until all have tried
                time.sleep(0.01)
            lock.release()
    """)
    processes = [subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE,
                                  text=True) for _ in range(6)]
    go.write_text("go")
    answers = sorted(process.stdout.readline().strip() for process in processes)
    done.write_text("done")
    for process in processes:
        process.communicate(timeout=60)
    assert answers == ["GOT"] + ["HELD"] * 5
    assert read_lock(path) is None


def test_a_lock_file_left_half_written_is_explained_not_shown_as_question_marks(tmp_path):
    path = tmp_path / "raad.raadswerk"
    lock_path(path).write_text("", encoding="utf-8")  # a crash between creating and writing
    with pytest.raises(FileLockedError) as held:
        open_council(path, lock=True)
    assert held.value.holder.unreadable
    assert "raad.raadswerk.lock" in str(held.value) and "?" not in str(held.value)
