"""A working day on a ten-year council file: the real main window, 20,000 actions.

Page switches, typing in the search fields, filter lists, opening and closing members,
meetings, signals, advice and letters, changing and saving them, and document previews
made in the background (tests/scale/working_day.py). The program must stay up, show no
error, keep every change, and not grow in memory once the first round has warmed it up.
Slow (about ten minutes on two busy cores); CI runs it. The same run with its figures:
``.venv/bin/python -m tests.benchmarks.soak``.
"""

import pytest

from core.advice import count_advice
from core.database import open_council
from core.letters import count_letters
from core.meetings.repository import all_meetings
from core.members import MemberFilter, count_members
from core.signals import count_signals, list_signals
from tests.scale.ten_year import build_ten_year_council
from tests.scale.working_day import LOCATIONS, NOTES, DialogRecorder, WorkingDay

pytestmark = pytest.mark.slow

ACTIONS = 20_000
MAX_GROWTH_MIB = 50


def test_a_working_day_on_ten_years_keeps_the_program_up_and_lean(window, qtbot, tmp_path,
                                                                    monkeypatch):
    built = build_ten_year_council(tmp_path / "tien-jaar.raadswerk", years=10)
    recorder = DialogRecorder()
    recorder.install(monkeypatch.setattr)
    assert window.open_file(built.path)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)

    report = WorkingDay(window, recorder, wait=qtbot.waitUntil).run(ACTIONS)

    assert recorder.errors == []
    assert report.actions >= ACTIONS
    assert window.isVisible() and window.council is not None
    growth = report.mib_at_end - report.mib_after_first_round
    assert growth <= MAX_GROWTH_MIB, (
        f"memory grew {growth:.0f} MiB over {report.rounds} rounds "
        f"({report.mib_after_first_round:.0f} → {report.mib_at_end:.0f} MiB)")
    window.close()  # the file is closed as the secretary would close it
    council = open_council(built.path, create=False, read_only=True)
    try:  # the day changed and saved records, and made or lost none
        db = council.db
        assert count_members(db, MemberFilter(status="all")) == built.members
        assert len(all_meetings(db)) == built.meetings
        assert count_signals(db) == built.signals
        assert count_advice(db) == built.advice
        assert count_letters(db) == built.letters
        assert any(meeting.location == LOCATIONS[1] for meeting in all_meetings(db))
        assert any(signal.handled_note in NOTES for signal in list_signals(db))
    finally:
        council.close()
