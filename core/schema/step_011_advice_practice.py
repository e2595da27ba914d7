"""Version 011: advice as practice has it — the college's response per point, how the
council adopted the advice — and what is confidential (vertrouwelijk).

An advice usually gives numbered recommendations; the college's answer often takes some
and leaves others: one row per point with its number, its text as adopted, the outcome
and a note. The council adopts an advice in a meeting (then it is a decision in the
minutes) or, between meetings, in a written round (schriftelijke ronde) with its votes.
Agenda items (the closed part of a meeting, besloten deel), their documents, advice and
letters can be confidential: they stay out of what is printed for the public, and every
page printed with them says so.
"""

NAME = "011_advice_practice"

STATEMENTS = [
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
    # '' (not recorded, as before this version), 'meeting' or 'written_round'
    "ALTER TABLE advice ADD COLUMN adopted_how TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE advice ADD COLUMN adopted_decision_id INTEGER "
    "REFERENCES decisions(id) ON DELETE SET NULL",
    "ALTER TABLE advice ADD COLUMN round_for INTEGER",
    "ALTER TABLE advice ADD COLUMN round_against INTEGER",
    "ALTER TABLE advice ADD COLUMN round_abstained INTEGER",
    "ALTER TABLE advice ADD COLUMN round_note TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE agenda_items ADD COLUMN confidential INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE agenda_item_documents ADD COLUMN confidential INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE advice ADD COLUMN confidential INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE letters ADD COLUMN confidential INTEGER NOT NULL DEFAULT 0",
    # A regional council advises several municipalities: which one asked ('' = its own).
    "ALTER TABLE advice ADD COLUMN municipality TEXT NOT NULL DEFAULT ''",
]


def migrate(db):
    for statement in STATEMENTS:
        db.execute(statement)
