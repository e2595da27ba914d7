"""Per-file settings survive odd stored values."""

from core.members.terms import DEFAULT_TERM_YEARS, term_years
from core.settings import get_int_setting, set_setting


def test_a_number_setting_reads_back(db):
    set_setting(db, "members.term_years", 3)
    assert term_years(db) == 3


def test_an_unreadable_number_falls_back_to_the_default(db):
    set_setting(db, "members.term_years", "vier jaar")
    assert term_years(db) == DEFAULT_TERM_YEARS
    set_setting(db, "signals.retention_months", None)
    assert get_int_setting(db, "signals.retention_months", 12) == 12
