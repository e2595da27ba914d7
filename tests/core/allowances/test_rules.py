"""The rates and maxima as a setting: declared ranges, defaults, all saved or none."""

import pytest

from core.allowances.rules import (
    DEFAULT_MONTH_MAXIMUM,
    DEFAULT_YEAR_MAXIMUM,
    SETTING_KEY,
    AllowanceRules,
    load_rules,
    money,
    save_rules,
)
from core.errors import ValidationError
from core.i18n import set_language
from core.settings import get_setting, set_setting


def test_a_new_file_has_no_rates_and_the_tax_free_maxima_of_2026(db):
    rules = load_rules(db)
    assert rules.paid_kinds == []
    assert (rules.year_maximum, rules.month_maximum) == (DEFAULT_YEAR_MAXIMUM,
                                                         DEFAULT_MONTH_MAXIMUM)
    assert money(rules.year_maximum) == "€\xa02.100,00"
    assert money(rules.month_maximum) == "€\xa0210,00"
    assert not rules.pay_non_members


def test_saved_rules_come_back(db):
    save_rules(db, AllowanceRules(rates={"council": 42_50, "training": 0}, year_maximum=1500_00,
                                  month_maximum=0, pay_non_members=True))
    rules = load_rules(db)
    assert rules.rates == {"council": 42_50}
    assert rules.paid_kinds == ["council"]
    assert (rules.year_maximum, rules.month_maximum, rules.pay_non_members) == (
        1500_00, 0, True)


@pytest.mark.parametrize(("rules", "field", "message"), [
    (AllowanceRules(rates={"council": 500_01}), "rate_council",
     "Vul bij 'Vergadering van de adviesraad' een vergoeding in van € 0,00 tot en met "
     "€ 500,00 per vergadering."),
    (AllowanceRules(rates={"working_group": -1}), "rate_working_group", "Werkgroepoverleg"),
    (AllowanceRules(year_maximum=20_000_01), "year_maximum",
     "Vul een jaarmaximum in van € 0,00 tot en met € 20.000,00 (0: geen maximum)."),
    (AllowanceRules(month_maximum=-5), "month_maximum", "maandmaximum"),
])
def test_out_of_range_is_refused_with_a_dutch_sentence_and_nothing_saved(db, rules, field,
                                                                         message):
    save_rules(db, AllowanceRules(rates={"council": 40_00}))
    before = get_setting(db, SETTING_KEY)
    with pytest.raises(ValidationError) as raised:
        save_rules(db, rules)
    assert raised.value.field == field
    assert message in str(raised.value).replace("\xa0", " ")
    assert get_setting(db, SETTING_KEY) == before


def test_a_damaged_setting_falls_back_to_the_defaults(db):
    set_setting(db, SETTING_KEY, {"rates": {"council": "veertig", "working_group": 99_999_99,
                                            "alderman": 25_00},
                                  "year_maximum": True, "month_maximum": -1})
    rules = load_rules(db)
    assert rules.rates == {"alderman": 25_00}
    assert (rules.year_maximum, rules.month_maximum) == (DEFAULT_YEAR_MAXIMUM,
                                                         DEFAULT_MONTH_MAXIMUM)
    set_setting(db, SETTING_KEY, ["geen", "woordenboek"])
    assert load_rules(db).rates == {}


def test_amounts_in_english():
    set_language("en")
    assert money(2100_00) == "€2,100.00"
