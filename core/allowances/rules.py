"""The council's allowance rules: a rate per kind of meeting and the tax-free maxima.

Kept as one setting in the council file. Amounts are whole cents, so sums never drift.
The maxima default to the Belastingdienst's tax-free volunteer allowance
(vrijwilligersvergoeding) of 2026: € 2.100 a year and € 210 a month.
"""

from dataclasses import dataclass, field
from decimal import Decimal

from sqlite_utils import Database

from core.errors import ValidationError
from core.i18n import format_money, tr
from core.meetings.model import KINDS, kind_label
from core.settings import get_setting, set_settings

SETTING_KEY = "allowances.rules"
# Declared ranges, in cents; the settings tab offers the same.
RATE_RANGE = (0, 500_00)  # per meeting; 0: that kind of meeting is not paid
YEAR_MAXIMUM_RANGE = (0, 20_000_00)  # 0: no yearly maximum is checked
MONTH_MAXIMUM_RANGE = (0, 2_000_00)  # 0: no monthly maximum is checked
DEFAULT_YEAR_MAXIMUM = 2_100_00
DEFAULT_MONTH_MAXIMUM = 210_00


def euros(cents: int) -> Decimal:
    return Decimal(cents).scaleb(-2)


def money(cents: int) -> str:
    """'€ 42,50' in Dutch, '€42.50' in English (Babel)."""
    return format_money(euros(cents))


@dataclass
class AllowanceRules:
    rates: dict[str, int] = field(default_factory=dict)  # meeting kind → cents per meeting
    year_maximum: int = DEFAULT_YEAR_MAXIMUM
    month_maximum: int = DEFAULT_MONTH_MAXIMUM
    # Advisers and the official secretary are no members: paid only when the council says so.
    pay_non_members: bool = False

    def rate(self, kind: str) -> int:
        return self.rates.get(kind, 0)

    @property
    def paid_kinds(self) -> list[str]:
        """The kinds with a rate, in the usual order of meeting kinds."""
        return [kind for kind in KINDS if self.rate(kind) > 0]


def _in_range(value, bounds: tuple[int, int]) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value if bounds[0] <= value <= bounds[1] else None


def load_rules(db: Database) -> AllowanceRules:
    """The saved rules; a value that is missing or out of range gets its default."""
    saved = get_setting(db, SETTING_KEY, {})
    saved = saved if isinstance(saved, dict) else {}
    stored_rates = saved.get("rates")
    stored_rates = stored_rates if isinstance(stored_rates, dict) else {}
    rates = {kind: rate for kind in KINDS
             if (rate := _in_range(stored_rates.get(kind), RATE_RANGE))}
    year = _in_range(saved.get("year_maximum"), YEAR_MAXIMUM_RANGE)
    month = _in_range(saved.get("month_maximum"), MONTH_MAXIMUM_RANGE)
    return AllowanceRules(
        rates=rates,
        year_maximum=DEFAULT_YEAR_MAXIMUM if year is None else year,
        month_maximum=DEFAULT_MONTH_MAXIMUM if month is None else month,
        pay_non_members=saved.get("pay_non_members") is True)


def _check(value, bounds: tuple[int, int], message: str, field_name: str) -> int:
    checked = _in_range(value, bounds)
    if checked is None:
        raise ValidationError(message, field_name)
    return checked


def _bounds(bounds: tuple[int, int]) -> dict[str, str]:
    return {"low": money(bounds[0]), "high": money(bounds[1])}


def save_rules(db: Database, rules: AllowanceRules) -> None:
    """Every rate and both maxima are checked first: all are saved, or none."""
    rates = {}
    for kind in KINDS:
        rate = _check(rules.rate(kind), RATE_RANGE,
                      tr("Fill in a rate for '{kind}' from {low} to {high} per meeting.",
                         kind=kind_label(kind), **_bounds(RATE_RANGE)), f"rate_{kind}")
        if rate:
            rates[kind] = rate
    year = _check(rules.year_maximum, YEAR_MAXIMUM_RANGE,
                  tr("Fill in a yearly maximum from {low} to {high} (0: no maximum).",
                     **_bounds(YEAR_MAXIMUM_RANGE)), "year_maximum")
    month = _check(rules.month_maximum, MONTH_MAXIMUM_RANGE,
                   tr("Fill in a monthly maximum from {low} to {high} (0: no maximum).",
                      **_bounds(MONTH_MAXIMUM_RANGE)), "month_maximum")
    set_settings(db, {SETTING_KEY: {"rates": rates, "year_maximum": year,
                                    "month_maximum": month,
                                    "pay_non_members": bool(rules.pay_non_members)}})
