"""Keeping the search indexes honest: check them against the records, rebuild, purge.

The triggers of core/schema/step_008_search.py keep every index in step; these functions
prove it (tests and the ``check`` command), repair an index that is not, and make sure
erased words leave the file: FTS5 forgets a deleted row by adding a note, and the old
words stay in the index's pages until they are merged ("optimize").
"""

from sqlite_utils import Database

from core.schema.step_008_search import SOURCES, TOKENIZE, fold_sql

INDEXES = tuple(SOURCES)


def _select(table: str, columns: dict[str, str]) -> str:
    values = ", ".join(fold_sql(sql.format(r="t")) for sql in columns.values())
    return f"SELECT t.id, {values} FROM {table} t"


def _words(db: Database, schema: str, index: str) -> str:
    vocab = f"{index}_{schema}_words"
    db.execute(f"DROP TABLE IF EXISTS temp.{vocab}")
    db.execute(f"CREATE VIRTUAL TABLE temp.{vocab} USING fts5vocab({schema}, {index}, "
               "'instance')")
    return vocab


def out_of_step(db: Database) -> list[str]:
    """The indexes whose words differ from what their records hold (empty: all is well)."""
    wrong = []
    for index, (table, columns) in SOURCES.items():
        expected = f"{index}_expected"
        names = ", ".join(columns)
        db.execute(f"DROP TABLE IF EXISTS temp.{expected}")
        db.execute(f"CREATE VIRTUAL TABLE temp.{expected} USING fts5({names}, content='', "
                   f"tokenize='{TOKENIZE}')")
        db.execute(f"INSERT INTO temp.{expected} (rowid, {names}) {_select(table, columns)}")
        actual_words, expected_words = _words(db, "main", index), _words(db, "temp", expected)
        differences = db.execute(
            f"SELECT count(*) FROM (SELECT * FROM (SELECT * FROM {actual_words} EXCEPT "
            f"SELECT * FROM {expected_words}) UNION ALL SELECT * FROM (SELECT * FROM "
            f"{expected_words} EXCEPT SELECT * FROM {actual_words}))").fetchone()[0]
        for name in (actual_words, expected_words, expected):
            db.execute(f"DROP TABLE temp.{name}")
        if differences:
            wrong.append(index)
    return wrong


def missing_triggers(db: Database) -> list[str]:
    """Triggers an index needs that the file lacks (a table rebuilt without them)."""
    present = {row[0] for row in db.execute("SELECT name FROM sqlite_master "
                                            "WHERE type = 'trigger'")}
    return [f"{index}_{suffix}" for index in INDEXES for suffix in ("ai", "ad", "au")
            if f"{index}_{suffix}" not in present]


def rebuild(db: Database, indexes: tuple[str, ...] = INDEXES) -> None:
    """Fill indexes afresh from their records, in one transaction."""
    with db.atomic():
        for index in indexes:
            table, columns = SOURCES[index]
            db.execute(f"INSERT INTO {index} ({index}) VALUES ('delete-all')")
            db.execute(f"INSERT INTO {index} (rowid, {', '.join(columns)}) "
                       f"{_select(table, columns)}")
            purge(db, (index,))


def purge(db: Database, indexes: tuple[str, ...] = INDEXES) -> None:
    """Merge indexes so that the words of deleted and changed records are gone.

    Call inside the transaction that erased something; with ``secure_delete`` the freed
    pages are overwritten too, so the words cannot be read from the file's bytes.
    """
    for index in indexes:
        db.execute(f"INSERT INTO {index} ({index}) VALUES ('optimize')")
