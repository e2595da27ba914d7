"""Version 011: the college's response per point of the advice.

An advice usually gives numbered recommendations; the college's answer often takes some
and leaves others. One row per point: its number, its text as the council adopted it,
the outcome (adopted, partly, not adopted) and a note.
"""

NAME = "011_point_responses"

TABLES = [
    """
    CREATE TABLE advice_point_responses (
        id INTEGER PRIMARY KEY,
        advice_id INTEGER NOT NULL REFERENCES advice(id) ON DELETE CASCADE,
        number INTEGER NOT NULL CHECK (number BETWEEN 1 AND 9999),
        point TEXT NOT NULL,
        outcome TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        UNIQUE (advice_id, number)
    )
    """,
]


def migrate(db):
    for statement in TABLES:
        db.execute(statement)
