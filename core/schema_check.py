"""What a council file of a given version must contain, and what a file lacks of it.

The expected schema is not written down twice: it is built by applying the very
same migration steps to an empty database in memory, so ``check`` compares a file
with exactly what this program would have made of it.
"""

from dataclasses import dataclass
from functools import cache

from sqlite_utils import Database

from core import driver
from core.i18n import mark, tr
from core.schema import MIGRATIONS, STEP_NAMES

MIGRATIONS_TABLE = MIGRATIONS.migrations_table
KIND_LABELS = {"table": mark("table"), "index": mark("index"), "trigger": mark("trigger"),
               "view": mark("view")}


def _kind(kind: str) -> str:
    return tr(KIND_LABELS[kind]) if kind in KIND_LABELS else kind


@dataclass(frozen=True)
class SchemaShape:
    """The objects of a schema: {name: kind}, and the columns of each table."""

    objects: dict[str, str]
    columns: dict[str, tuple[tuple[str, str, int, int], ...]]


def schema_objects(conn: driver.Connection) -> dict[str, str]:
    """{name: 'table' | 'index' | 'trigger' | 'view'} of everything not SQLite's own."""
    rows = conn.execute("SELECT name, type FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' "
                        "ESCAPE '\\'").fetchall()
    return {name: kind for name, kind in rows}


def _columns(conn: driver.Connection, table: str) -> tuple[tuple[str, str, int, int], ...]:
    rows = conn.execute(f"PRAGMA table_xinfo([{table}])").fetchall()
    # (name, declared type, not null, primary key position)
    return tuple((row[1], (row[2] or "").upper(), row[3], row[5]) for row in rows)


def shape_of(conn: driver.Connection) -> SchemaShape:
    objects = schema_objects(conn)
    tables = [name for name, kind in objects.items() if kind == "table"]
    return SchemaShape(objects, {table: _columns(conn, table) for table in tables})


@cache
def expected_shape(version: int) -> SchemaShape:
    """The schema the first ``version`` steps make of an empty file."""
    db = Database(memory=True, execute_plugins=False)
    try:
        stop = STEP_NAMES[version] if version < len(STEP_NAMES) else None
        MIGRATIONS.apply(db, stop_before=stop)
        return shape_of(db.conn)
    finally:
        db.close()


def schema_problems(conn: driver.Connection, applied: list[str], tables_only: bool = False
                    ) -> list[str]:
    """What the file lacks, or has differently, of the schema its ``applied`` steps make;
    empty: all there.

    With ``tables_only``, only missing tables and columns count (what opening refuses);
    ``check`` also reports indexes, triggers and views. Steps applied out of order (a
    step still pending before later ones) have no single expected shape: not compared.
    """
    if applied != STEP_NAMES[: len(applied)]:
        return []
    expected, actual = expected_shape(len(applied)), shape_of(conn)
    problems = []
    for name, kind in expected.objects.items():
        if tables_only and kind != "table":
            continue
        if name not in actual.objects:
            problems.append(tr("{kind} {name} is missing", kind=_kind(kind), name=name))
        elif actual.objects[name] != kind:
            problems.append(tr("{name} is a {actual}, not a {kind}", name=name,
                               actual=_kind(actual.objects[name]), kind=_kind(kind)))
    for table, columns in expected.columns.items():
        present = actual.columns.get(table)
        if present is None:
            continue
        have = {column[0]: column for column in present}
        for column in columns:
            if column[0] not in have:
                problems.append(tr("column {column} of table {table} is missing",
                                   column=column[0], table=table))
            elif have[column[0]] != column:
                problems.append(tr("column {column} of table {table} is not as expected",
                                   column=column[0], table=table))
    return problems
