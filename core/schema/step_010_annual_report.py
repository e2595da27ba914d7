"""Version 010: the texts of the annual report (jaarverslag) the council writes itself.

One row per year: the foreword (voorwoord), the priorities of the year (speerpunten) and
the outlook (vooruitblik). The figures are never stored: they are counted from the file
whenever the report is made, so they always match the register.
"""

NAME = "010_annual_report"

TABLES = [
    """
    CREATE TABLE annual_report_texts (
        year INTEGER PRIMARY KEY CHECK (year BETWEEN 1900 AND 2999),
        foreword TEXT NOT NULL DEFAULT '',
        priorities TEXT NOT NULL DEFAULT '',
        outlook TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL
    )
    """,
]


def migrate(db):
    for statement in TABLES:
        db.execute(statement)
