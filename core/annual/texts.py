"""The texts the council writes itself for the annual report, kept per year in the file."""

import datetime as dt
from dataclasses import dataclass, fields

from sqlite_utils import Database

from core.documents.text import clean
from core.errors import ValidationError
from core.i18n import mark, tr
from core.text_fields import check_length

TEXT_LIMIT = 20_000  # a few pages per section; more is a pasted document
FIRST_YEAR, LAST_YEAR = 1990, 2999
# The sections in the order the report prints them; the names are the field names.
SECTIONS = {
    "foreword": mark("Foreword"),
    "priorities": mark("Priorities of the year"),
    "outlook": mark("Outlook"),
}


@dataclass
class AnnualTexts:
    year: int
    foreword: str = ""
    priorities: str = ""
    outlook: str = ""

    def section(self, name: str) -> str:
        return getattr(self, name)

    @property
    def is_empty(self) -> bool:
        return not any(self.section(name).strip() for name in SECTIONS)


def section_label(name: str) -> str:
    return tr(SECTIONS[name])


def check_year(year) -> int:
    try:
        value = int(year)
    except (TypeError, ValueError):
        value = 0
    if not FIRST_YEAR <= value <= LAST_YEAR:
        raise ValidationError(tr("Give a year from {first} to {last}, such as 2026.",
                                 first=FIRST_YEAR, last=LAST_YEAR), "year")
    return value


def load_texts(db: Database, year: int) -> AnnualTexts:
    row = db.execute("SELECT foreword, priorities, outlook FROM annual_report_texts "
                     "WHERE year = ?", [check_year(year)]).fetchone()
    return AnnualTexts(year, *row) if row else AnnualTexts(year)


def _checked(texts: AnnualTexts) -> dict[str, str]:
    values = {}
    for item in fields(texts):
        if item.name in SECTIONS:
            text = clean(texts.section(item.name)).rstrip()
            values[item.name] = check_length(text, TEXT_LIMIT, item.name)
    return values


def save_texts(db: Database, texts: AnnualTexts) -> None:
    """All three sections of one year in one go: saved together or not at all."""
    year = check_year(texts.year)
    values = _checked(texts)
    now = dt.datetime.now().isoformat(timespec="seconds")
    with db.atomic():
        db.execute("INSERT INTO annual_report_texts (year, foreword, priorities, outlook, "
                   "updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT(year) DO UPDATE SET "
                   "foreword = excluded.foreword, priorities = excluded.priorities, "
                   "outlook = excluded.outlook, updated_at = excluded.updated_at",
                   [year, values["foreword"], values["priorities"], values["outlook"], now])


def years_with_texts(db: Database) -> list[int]:
    return [row[0] for row in db.execute("SELECT year FROM annual_report_texts ORDER BY year")]
