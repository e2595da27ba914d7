"""Crash safety: a writer process is killed with SIGKILL at random moments, 25 times.

After every kill the file passes integrity_check, every write the writer reported as
saved is there, and no half-written record exists. The benchmark script
tests/benchmarks/crash_kill.py does the same with 200 kills and more.
"""

import os

import pytest

from core.database import integrity_check, leftover_journal, open_council
from core.locking import LockHeldError, break_lock


@pytest.mark.skipif(os.name == "nt", reason="SIGKILL is a POSIX signal")
def test_25_kills_lose_no_acknowledged_write_and_leave_no_half_record(tmp_path, crash_harness):
    harness = crash_harness
    path = tmp_path / "raad.raadswerk"

    report = harness.run_kills(path, kills=25, seed=2026)

    assert report.problems == []
    assert report.survived == report.kills == 25
    assert report.acknowledged > 25  # the writer really wrote between the kills
    for kind in ("file", "letter", "member", "meeting", "signal", "advice"):
        assert kind in report.kinds  # every feature's records are written and checked


@pytest.mark.skipif(os.name == "nt", reason="SIGKILL is a POSIX signal")
def test_after_a_kill_the_next_open_repairs_the_file_and_leaves_one_complete_file(
    tmp_path, crash_harness
):
    harness = crash_harness
    path = tmp_path / "raad.raadswerk"
    harness.run_kills(path, kills=3, seed=7)

    # The killed writer left its lock: it is recognised as stale and may be broken.
    with pytest.raises(LockHeldError) as held:
        open_council(path, lock=True)
    assert held.value.holder.is_stale()
    break_lock(path, held.value.holder)
    council = open_council(path, lock=True)
    assert integrity_check(council.db) == []
    council.close()

    # After closing, the database is one complete file: no journal, no lock.
    assert leftover_journal(path) is None
    assert not path.with_name(path.name + ".lock").exists()


def test_the_ledger_check_notices_a_record_without_its_ledger_entry(tmp_path, crash_harness):
    """The verifier itself is tested: a half-written unit must be reported."""
    harness = crash_harness
    path = tmp_path / "raad.raadswerk"
    council = open_council(path)
    from core.files import store_bytes

    store_bytes(council.db, harness.marker(12) + ".bin", b"half")
    council.close()

    problems = harness.verify(path, acknowledged={13})

    assert any("unit 12" in problem and "half-written" in problem for problem in problems)
    assert any("unit 13: acknowledged but missing" in problem for problem in problems)
