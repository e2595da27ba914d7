"""Version 008: one full-text index per kind of record, kept in step by triggers.

Each index is an FTS5 table without content of its own (``content=''``): it keeps only the
words, never a second copy of the text, and its rowid is the record's id. Triggers keep it
in step inside the same transaction as every insert, update and delete, whichever code path
writes. A contentless index forgets a row when given the row's old words again, so every
indexed expression reads only the row's own columns.

Letters that Unicode does not decompose (ø, ł, ß, …) are folded here, in SQL, because the
tokenizer's ``remove_diacritics 2`` leaves them alone ("ozdemir" must find "Øzdemir").
A sensitive signal's description goes to a separate column (``private``), so that search
only looks there when the user asks for it.

``files.text`` holds the text of an attached PDF, extracted once when it is attached.
"""

NAME = "008_search"

TOKENIZE = "unicode61 remove_diacritics 2"

# Letters the tokenizer keeps as they are; folded before they reach the index.
FOLDED_LETTERS = [
    ("ø", "o"), ("Ø", "o"), ("ł", "l"), ("Ł", "l"), ("ı", "i"), ("đ", "d"), ("Đ", "d"),
    ("ß", "ss"), ("æ", "ae"), ("Æ", "ae"), ("œ", "oe"), ("Œ", "oe"), ("ð", "d"),
    ("Ð", "d"), ("þ", "th"), ("Þ", "th"),
]


def _text(*columns: str) -> str:
    return " || ' ' || ".join(f"coalesce({{r}}.{column}, '')" for column in columns)


_SIGNAL_BODY = ("coalesce({r}.target_group, '') || ' ' || coalesce({r}.neighbourhood, '') "
                "|| ' ' || coalesce({r}.handled_note, '') || ' ' || "
                "CASE WHEN {r}.sensitive THEN '' ELSE coalesce({r}.description, '') END")
_SIGNAL_PRIVATE = "CASE WHEN {r}.sensitive THEN coalesce({r}.description, '') ELSE '' END"
_ADVICE_REFERENCE = "{r}.ref_year || '-' || printf('%02d', {r}.ref_number)"
_FILE_BODY = "CASE WHEN coalesce({r}.text, '') = '' THEN '' ELSE {r}.name || ' ' || {r}.text END"

# index table -> (record table, {index column: SQL over the row {r}})
SOURCES = {
    "search_members": ("members", {"body": _text(
        "first_name", "prefix", "last_name", "represents", "email", "phone", "city",
        "notes")}),
    "search_working_groups": ("working_groups", {"body": _text("name", "description")}),
    "search_meetings": ("meetings", {"body": _text("title", "location", "notes")}),
    "search_agenda_items": ("agenda_items", {"body": _text(
        "title", "explanation", "presenter", "minutes")}),
    "search_decisions": ("decisions", {"body": _text("text")}),
    "search_actions": ("actions", {"body": _text("description")}),
    "search_signals": ("signals", {"body": _SIGNAL_BODY, "private": _SIGNAL_PRIVATE}),
    "search_advice": ("advice", {"body": _ADVICE_REFERENCE + " || ' ' || " + _text(
        "subject", "policy_area", "requested_by", "their_reference", "body",
        "response_reasons", "notes")}),
    "search_letters": ("letters", {"body": _text(
        "subject", "addressee", "reference", "their_reference", "body", "enclosures",
        "copies")}),
    "search_files": ("files", {"body": _FILE_BODY}),
}


def fold_sql(expression: str) -> str:
    for letter, plain in FOLDED_LETTERS:
        expression = f"replace({expression}, '{letter}', '{plain}')"
    return expression


def _values(columns: dict[str, str], row: str) -> str:
    return ", ".join(fold_sql(sql.format(r=row)) for sql in columns.values())


def create_statements(index: str, table: str, columns: dict[str, str]) -> list[str]:
    names = ", ".join(columns)
    insert = f"INSERT INTO {index} (rowid, {names}) VALUES (new.id, {_values(columns, 'new')});"
    forget = (f"INSERT INTO {index} ({index}, rowid, {names}) "
              f"VALUES ('delete', old.id, {_values(columns, 'old')});")
    return [
        f"CREATE VIRTUAL TABLE {index} USING fts5({names}, content='', "
        f"tokenize='{TOKENIZE}', prefix='2 3')",
        f"CREATE TRIGGER {index}_ai AFTER INSERT ON {table} BEGIN {insert} END",
        f"CREATE TRIGGER {index}_ad AFTER DELETE ON {table} BEGIN {forget} END",
        f"CREATE TRIGGER {index}_au AFTER UPDATE ON {table} BEGIN {forget} {insert} END",
        f"INSERT INTO {index} (rowid, {names}) SELECT t.id, {_values(columns, 't')} "
        f"FROM {table} t",
    ]


def migrate(db):
    db.execute("ALTER TABLE files ADD COLUMN text TEXT NOT NULL DEFAULT ''")
    for index, (table, columns) in SOURCES.items():
        for statement in create_statements(index, table, columns):
            db.execute(statement)
