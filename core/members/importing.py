"""Importing members: every row checked first, then all rows written or none.

``prepare_import`` makes the preview (what each row becomes, what is wrong with it,
which rows look like members already there); ``run_import`` writes it in one transaction.
"""

import datetime as dt
from dataclasses import dataclass, field

from sqlite_utils import Database

from core.errors import RaadswerkError, ValidationError
from core.i18n import tr, trn
from core.inserts import new_row_id
from core.members.columns import FIELDS, field_label
from core.members.sorting import fold
from core.members.term_history import sync_terms
from core.members.terms import term_years
from core.members.validation import clean_member

MAX_REPORTED = 200


@dataclass
class ImportRow:
    line: int
    values: dict
    row: dict | None = None  # the columns to store, when the row is valid
    error: str = ""
    duplicate_of: str = ""  # who this row probably is already
    groups: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        parts = (self.values.get(key) for key in ("first_name", "prefix", "last_name"))
        return " ".join(str(part).strip() for part in parts if part and str(part).strip())


@dataclass
class ImportPreview:
    rows: list[ImportRow]
    new_groups: list[str] = field(default_factory=list)

    @property
    def bad_rows(self) -> list[ImportRow]:
        return [row for row in self.rows if row.error]

    @property
    def duplicates(self) -> list[ImportRow]:
        return [row for row in self.rows if row.duplicate_of and not row.error]

    @property
    def importable(self) -> list[ImportRow]:
        return [row for row in self.rows if row.row and not row.duplicate_of]

    def problems_report(self) -> str:
        """Line by line what is wrong, in words a person can act on."""
        lines = [tr("Line {line}: {problem}", line=row.line, problem=row.error)
                 for row in self.bad_rows[:MAX_REPORTED]]
        if len(self.bad_rows) > MAX_REPORTED:
            lines.append(trn("… and {count} more row with a problem.",
                             "… and {count} more rows with a problem.",
                             len(self.bad_rows) - MAX_REPORTED))
        return "\n".join(lines)


@dataclass
class ImportResult:
    added: int
    skipped_duplicates: int
    groups_created: list[str]


def _mapped_values(cells: list, mapping: list[str | None]) -> dict:
    values = {}
    for cell, name in zip(cells, mapping, strict=False):
        if name:
            values[name] = cell.strip() if isinstance(cell, str) else cell
    return values


def _identity(row: dict) -> tuple[str, str]:
    return row["sort_name"], fold(row["email"])


def _existing_identities(db: Database) -> dict[tuple[str, str], str]:
    found = {}
    for sort_key, email, first, prefix, last in db.execute(
        "SELECT sort_name, email, first_name, prefix, last_name FROM members"
    ):
        found[(sort_key, fold(email))] = " ".join(p for p in (first, prefix, last) if p)
    return found


def _group_names(value) -> list[str]:
    text = str(value or "").replace("\n", ";").replace("|", ";")
    return [" ".join(name.split()) for name in text.split(";") if name.strip()]


def _check_mapping(mapping: list[str | None]) -> None:
    chosen = [name for name in mapping if name]
    if "last_name" not in chosen:
        raise ValidationError(tr("Choose which column holds the last name."), "mapping")
    doubles = {name for name in chosen if chosen.count(name) > 1}
    if doubles:
        raise ValidationError(tr("Two columns are mapped to '{field}'; choose one.",
                                 field=field_label(sorted(doubles)[0])), "mapping")


def prepare_import(db: Database, table, mapping: list[str | None]) -> ImportPreview:
    """Check every row of ``table`` (a reading.SourceTable) under the chosen mapping."""
    _check_mapping(mapping)
    years = term_years(db)
    known = _existing_identities(db)
    groups = {fold(r[0]): r[0] for r in db.execute("SELECT name FROM working_groups")}
    new_groups: dict[str, str] = {}
    rows = []
    for offset, cells in enumerate(table.rows):
        values = _mapped_values(cells, mapping)
        result = ImportRow(line=table.line_of(offset), values=values)
        try:
            result.row = clean_member(values, years)
        except RaadswerkError as error:
            field = error_field(error)
            where = field_label(field) if field in dict(FIELDS) else ""
            result.error = f"{where}: {error}" if where else str(error)
            rows.append(result)
            continue
        result.groups = _group_names(values.get("working_groups"))
        for name in result.groups:
            if fold(name) not in groups:
                new_groups.setdefault(fold(name), name)
        identity = _identity(result.row)
        if identity in known:
            result.duplicate_of = known[identity]
        else:
            known[identity] = result.name
        rows.append(result)
    return ImportPreview(rows, list(new_groups.values()))


def error_field(error: Exception) -> str | None:
    return getattr(error, "field", None)


def _insert(db: Database, row: dict) -> int:
    columns = list(row)
    sql = (f"INSERT INTO members ({', '.join(columns)}) "
           f"VALUES ({', '.join('?' * len(columns))})")
    return new_row_id(db.execute(sql, [row[name] for name in columns]).lastrowid)


def run_import(db: Database, preview: ImportPreview) -> ImportResult:
    """Write every importable row, or none: a file with a wrong row changes nothing."""
    if preview.bad_rows:
        raise ValidationError(
            tr("Nothing was imported: {count} rows have a problem.\n{report}",
               count=len(preview.bad_rows), report=preview.problems_report())
        )
    now = dt.datetime.now().isoformat(timespec="seconds")
    with db.atomic():
        group_ids = _ensure_groups(db, preview.new_groups, now)
        for item in preview.importable:
            assert item.row is not None  # importable: the rows that were valid
            member_id = _insert(db, {**item.row, "created_at": now, "updated_at": now})
            sync_terms(db, member_id, item.row)
            for name in item.groups:
                db.execute("INSERT OR IGNORE INTO working_group_members "
                           "(working_group_id, member_id) VALUES (?, ?)",
                           [group_ids[fold(name)], member_id])
    return ImportResult(len(preview.importable), len(preview.duplicates), preview.new_groups)


def _ensure_groups(db: Database, new_names: list[str], now: str) -> dict[str, int]:
    for name in new_names:
        db.table("working_groups").insert({"name": name[:100], "kind": "working_group",
                                     "description": "", "created_at": now})
    return {fold(name): group_id for group_id, name in
            db.execute("SELECT id, name FROM working_groups")}
