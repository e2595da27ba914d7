"""Hostile files: whatever bytes a secretary picks as a member list, the import reads them
or refuses them clearly; hostile text in the cells is imported unchanged or reported per row,
and a refused import writes nothing."""

import csv
import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.errors import RaadswerkError
from core.members.columns import guess_mapping
from core.members.importing import prepare_import, run_import
from core.members.reading import read_csv, read_xlsx

SETTINGS = settings(max_examples=40, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])
cell_text = st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=120)


def count_members(db) -> int:
    return db.execute("SELECT count(*) FROM members").fetchone()[0]


@SETTINGS
@given(data=st.binary(max_size=4000))
def test_any_bytes_as_a_member_file_are_read_or_refused_clearly(data):
    for reader in (read_csv, read_xlsx):
        try:
            table = reader(data)
        except RaadswerkError as error:
            assert str(error).strip() and len(str(error)) < 1000
            continue
        assert isinstance(table.rows, list)


def _csv(rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";")
    writer.writerow(["Voornaam", "Achternaam", "Opmerkingen"])
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


@SETTINGS
@given(rows=st.lists(st.tuples(cell_text, cell_text, cell_text), min_size=1, max_size=5))
def test_hostile_cells_are_imported_unchanged_or_nothing_is_imported(db, rows):
    before = count_members(db)
    try:
        table = read_csv(_csv([list(row) for row in rows]))
        preview = prepare_import(db, table, guess_mapping(table.headers))
        result = run_import(db, preview)
    except RaadswerkError as error:
        assert str(error).strip()
        assert count_members(db) == before, "a refused import wrote something"
        return
    assert count_members(db) == before + result.added
    stored = db.execute("SELECT last_name, notes FROM members ORDER BY id DESC LIMIT ?",
                        [result.added]).fetchall()
    expected = {(row.row["last_name"], row.row["notes"]) for row in preview.importable}
    assert set(stored) == expected
