"""The overview of a year counted by hand (example.py): who is paid for what, and when the
maximum warns."""

import datetime as dt

import pytest

from core.allowances.overview import allowance_overview
from core.allowances.rules import AllowanceRules, save_rules
from core.members.erasure import erase_member
from tests.core.allowances.example import RULES, build, meeting


@pytest.fixture
def people(db):
    return build(db)


def _plain(lines: list[str]) -> list[str]:
    """Babel keeps '€' and the amount together with a no-break space."""
    return [line.replace("\xa0", " ") for line in lines]


def _by_name(overview) -> dict:
    return {member.name: member for member in overview.members}


def test_only_meetings_present_in_the_year_count_times_their_rate(db, people):
    members = _by_name(allowance_overview(db, 2026))
    anna = members["Anna Aalders"]
    # December 2025 and January 2027 are other years; the training has no rate.
    assert anna.attended == {"council": 3, "working_group": 1}
    assert anna.total == 3 * 40_00 + 25_00
    assert anna.per_month == {1: 40_00, 3: 65_00, 9: 40_00}
    # Absent with notice in January and not recorded in September earn nothing.
    assert members["Bram Bosveld"].attended == {"council": 1, "working_group": 1}
    assert members["Bram Bosveld"].total == 65_00


def test_a_member_who_left_keeps_what_was_earned_before(db, people):
    overview = allowance_overview(db, 2026)
    carla = _by_name(overview)["Carla Claessens"]
    assert carla.total == 40_00  # January present; absent in March
    assert carla.left_on == dt.date(2026, 6, 30)
    assert "Uitgetreden per 30 juni 2026" in overview.remarks(carla)


def test_advisers_and_guests_are_not_paid_unless_the_council_says_so(db, people):
    overview = allowance_overview(db, 2026)
    assert "Dirk Dekker" not in _by_name(overview)
    assert overview.unpaid_non_members == 1
    assert [member.name for member in overview.members] == [
        "Anna Aalders", "Bram Bosveld", "Carla Claessens"]
    save_rules(db, AllowanceRules(rates=RULES.rates, pay_non_members=True))
    paid = allowance_overview(db, 2026)
    assert _by_name(paid)["Dirk Dekker"].total == 40_00
    assert paid.unpaid_non_members == 0
    assert paid.total == 145_00 + 65_00 + 40_00 + 40_00


def test_the_yearly_and_the_monthly_maximum_warn(db, people):
    overview = allowance_overview(db, 2026)
    anna, bram, carla = overview.members
    assert overview.above_year(anna) and overview.months_above(anna) == [3]
    assert _plain(overview.remarks(anna)) == ["Boven het jaarmaximum van € 100,00",
                                      "Boven € 60,00 per maand in maart"]
    assert not overview.above_year(bram) and overview.months_above(bram) == [3]
    assert not overview.has_warning(carla)
    assert overview.warnings == 2


def test_exactly_the_maximum_is_still_allowed_and_zero_checks_nothing(db, people):
    save_rules(db, AllowanceRules(rates=RULES.rates, year_maximum=145_00, month_maximum=65_00))
    assert allowance_overview(db, 2026).warnings == 0
    save_rules(db, AllowanceRules(rates=RULES.rates, year_maximum=0, month_maximum=0))
    overview = allowance_overview(db, 2026)
    assert overview.warnings == 0 and overview.total == 250_00


def test_the_default_maxima_are_the_tax_free_limits_of_2026(db, people):
    save_rules(db, AllowanceRules(rates={"council": 100_00}))
    meeting(db, "council", dt.date(2026, 3, 11), {people["anna"]: "present"})
    meeting(db, "council", dt.date(2026, 3, 12), {people["anna"]: "present"})
    overview = allowance_overview(db, 2026)
    anna = _by_name(overview)["Anna Aalders"]
    assert anna.per_month[3] == 300_00  # above € 210 in March
    assert overview.months_above(anna) == [3] and not overview.above_year(anna)
    assert _plain(overview.remarks(anna)) == ["Boven € 210,00 per maand in maart"]


def test_no_rates_no_one_paid_and_another_year_is_empty(db, people):
    assert allowance_overview(db, 2024).members == []
    save_rules(db, AllowanceRules())
    overview = allowance_overview(db, 2026)
    assert overview.paid_kinds == [] and overview.members == [] and overview.total == 0


def test_an_erased_member_is_gone_from_the_overview(db, people):
    erase_member(db, people["bram"])
    assert "Bram Bosveld" not in _by_name(allowance_overview(db, 2026))
