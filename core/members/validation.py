"""What a valid member is: the checks shared by the form, the import and the command line.

``clean_member(values)`` takes what a person typed (text, dates or booleans) and returns
the columns to store, or raises ValidationError with a clear message and the field.
"""

import datetime as dt
import re
from collections.abc import Mapping

from core import contact
from core.contact import check_phone
from core.dates import check_date_range, parse_date, to_iso
from core.errors import ValidationError
from core.i18n import tr
from core.members.model import DEFAULT_ROLE, SALUTATIONS, is_council_member
from core.members.roles import role_from_text, salutation_from_text, status_from_text
from core.members.sorting import fold, search_text, sort_name
from core.members.term_rules import term_end_for
from core.text_fields import check_length

NAME_MAX = 100
FIELD_MAX = 300
NOTES_MAX = 20_000
DEFAULT_TERM_YEARS = 4

_DUTCH_POSTCODE = re.compile(r"^\s*([1-9][0-9]{3})\s*([a-zA-Z]{2})\s*$")

_TRUE_WORDS = {"1", "ja", "j", "yes", "y", "true", "waar", "x", "✓"}
_FALSE_WORDS = {"0", "nee", "n", "no", "false", "onwaar", ""}

TEXT_FIELDS = ("first_name", "prefix", "last_name", "address", "postcode", "city", "email",
               "phone", "represents", "notes")


def _text(values: Mapping, key: str) -> str:
    value = values.get(key)
    return "" if value is None else str(value).strip()


def check_name(values: Mapping) -> tuple[str, str, str]:
    first, prefix, last = (_text(values, key) for key in ("first_name", "prefix", "last_name"))
    if not last:
        raise ValidationError(tr("Fill in the last name."), "last_name")
    if not any(char.isalnum() for char in last):
        raise ValidationError(tr("The last name must contain at least one letter."), "last_name")
    for key, value in (("first_name", first), ("prefix", prefix), ("last_name", last)):
        check_length(value, NAME_MAX, key)
    # A prefix is written in lower case inside a full name: "Anneke van der Berg".
    return first, " ".join(prefix.split()), last


def check_email(text: str) -> str:
    return check_length(contact.check_email(text), FIELD_MAX, "email")


def clean_postcode(text: str) -> str:
    """Dutch postcodes as '1234 AB'; a foreign postcode is kept as typed."""
    match = _DUTCH_POSTCODE.match(text or "")
    if match:
        return f"{match.group(1)} {match.group(2).upper()}"
    return check_length((text or "").strip(), 20, "postcode")


def parse_flag(value, field: str, default: bool = False) -> bool:
    """Yes/no from a checkbox, a spreadsheet cell ('ja', 'nee', 'x', 1) or nothing."""
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return bool(value)
    word = fold(str(value).strip())
    if word in _TRUE_WORDS:
        return True
    if word in _FALSE_WORDS:
        return default if word == "" else False
    raise ValidationError(tr("'{value}' is not yes or no.", value=str(value)[:30]), field)


def _date(value, field: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return check_date_range(value.date(), field)
    if isinstance(value, dt.date):
        return check_date_range(value, field)
    return parse_date(str(value), field)


def check_dates(values: Mapping, term_years: int, has_term: bool = True) -> dict:
    """Start, end of the term and leaving date; a role without a term has no term end."""
    start = _date(values.get("start_date"), "start_date")
    term_end = _date(values.get("term_end"), "term_end") if has_term else None
    left_on = _date(values.get("left_on"), "left_on")
    if has_term and start and term_end is None:
        term_end = term_end_for(start, term_years)
    if start and term_end and term_end <= start:
        raise ValidationError(
            tr("The end of the term of office must fall after its start."), "term_end"
        )
    if start and left_on and left_on < start:
        raise ValidationError(tr("The leaving date cannot fall before the start date."),
                              "left_on")
    return {"start_date": to_iso(start), "term_end": to_iso(term_end), "left_on": to_iso(left_on)}


def clean_member(values: Mapping, term_years: int = DEFAULT_TERM_YEARS) -> dict:
    """The columns to store for what was typed; ValidationError names the first problem."""
    first, prefix, last = check_name(values)
    role = role_from_text(values.get("role") or DEFAULT_ROLE)
    salutation = _text(values, "salutation")
    if salutation not in SALUTATIONS:
        salutation = salutation_from_text(salutation)
    status = status_from_text(_text(values, "status"))
    member_role = is_council_member(role)
    dates = check_dates(values, term_years, member_role)
    if status == "former" and not dates["left_on"]:
        raise ValidationError(tr("Fill in the date the member left the council."), "left_on")
    if status == "active":
        dates["left_on"] = None
    row = {
        "first_name": first,
        "prefix": prefix,
        "last_name": last,
        "salutation": salutation,
        "address": check_length(_text(values, "address"), FIELD_MAX, "address"),
        "postcode": clean_postcode(_text(values, "postcode")),
        "city": check_length(_text(values, "city"), NAME_MAX, "city"),
        "email": check_email(_text(values, "email")),
        "phone": check_phone(_text(values, "phone")),
        "role": role,
        "represents": check_length(_text(values, "represents"), FIELD_MAX, "represents"),
        "lived_experience": int(parse_flag(values.get("lived_experience"), "lived_experience")),
        "reappointable": int(member_role and parse_flag(values.get("reappointable"),
                                                        "reappointable", True)),
        "status": status,
        "notes": check_length(_text(values, "notes"), NOTES_MAX, "notes"),
        **dates,
    }
    row["sort_name"] = sort_name(first, prefix, last)
    row["search_text"] = search_text(
        " ".join(p for p in (first, prefix, last) if p), row["email"], row["phone"],
        row["represents"], row["city"],
    )
    return row

