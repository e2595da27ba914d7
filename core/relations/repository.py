"""Keeping relations in the council file and reading them back."""

import datetime as dt

from sqlite_utils import Database

from core.errors import NotFoundError
from core.i18n import tr
from core.inserts import new_row_id
from core.relations.model import Relation, validate_relation

_FIELDS = ("kind", "role", "name", "organisation", "attention", "postal_address",
           "salutation", "email", "phone", "municipality", "notes")
# Roles first in the order a secretary writes to them, then by name.
_ORDER = ("CASE role WHEN 'college' THEN 0 WHEN 'council' THEN 1 WHEN 'griffie' THEN 2 "
          "WHEN 'alderman' THEN 3 WHEN 'official' THEN 4 WHEN 'partner' THEN 5 ELSE 6 END, "
          "name COLLATE NOCASE, id")


def _now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


def _row(relation: Relation) -> dict:
    checked = validate_relation(relation)
    return {name: getattr(checked, name) for name in _FIELDS}


def relation_from_row(row: dict) -> Relation:
    return Relation(id=row["id"], **{name: row[name] or "" for name in _FIELDS})


def insert_relation(db: Database, relation: Relation, now: str | None = None) -> int:
    """Insert one checked relation (inside the caller's transaction)."""
    row = _row(relation)
    now = now or _now()
    cursor = db.execute(
        f"INSERT INTO relations ({', '.join(row)}, created_at, updated_at) "
        f"VALUES ({', '.join('?' for _ in row)}, ?, ?)", [*row.values(), now, now])
    return new_row_id(cursor.lastrowid)


def create_relation(db: Database, relation: Relation) -> int:
    with db.atomic():
        return insert_relation(db, relation)


def update_relation(db: Database, relation_id: int, relation: Relation) -> None:
    get_relation(db, relation_id)
    row = _row(relation)
    with db.atomic():
        db.execute(f"UPDATE relations SET {', '.join(f'{k} = ?' for k in row)}, updated_at = ? "
                   "WHERE id = ?", [*row.values(), _now(), relation_id])


def delete_relation(db: Database, relation_id: int) -> None:
    """Remove an address; letters and advice that pointed to it keep their own text."""
    get_relation(db, relation_id)
    with db.atomic():
        db.execute("DELETE FROM relations WHERE id = ?", [relation_id])


def _fetch(db: Database, where: str = "", params=()) -> list[Relation]:
    cursor = db.execute(f"SELECT * FROM relations{where} ORDER BY {_ORDER}", list(params))
    columns = [description[0] for description in cursor.description]
    return [relation_from_row(dict(zip(columns, values, strict=True)))
            for values in cursor.fetchall()]


def get_relation(db: Database, relation_id: int) -> Relation:
    found = _fetch(db, " WHERE id = ?", [relation_id])
    if not found:
        raise NotFoundError(tr("Relation {id} does not exist (any more).", id=relation_id))
    return found[0]


def list_relations(db: Database, search: str = "") -> list[Relation]:
    """Every relation, college and council first; ``search`` matches any of the words."""
    clauses, params = [], []
    for word in search.split()[:8]:
        pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        clauses.append("(name LIKE ? ESCAPE '\\' OR organisation LIKE ? ESCAPE '\\' "
                       "OR email LIKE ? ESCAPE '\\' OR postal_address LIKE ? ESCAPE '\\' "
                       "OR municipality LIKE ? ESCAPE '\\')")
        params += [pattern] * 5
    return _fetch(db, (" WHERE " + " AND ".join(clauses)) if clauses else "", params)


def relation_for_role(db: Database, role: str, municipality: str = "") -> Relation | None:
    """The first relation with ``role`` (for that municipality when one is named)."""
    if municipality.strip():
        found = _fetch(db, " WHERE role = ? AND municipality = ? COLLATE NOCASE",
                       [role, municipality.strip()])
        if found:
            return found[0]
    found = _fetch(db, " WHERE role = ?", [role])
    return found[0] if found else None


def find_relation(db: Database, relation_id: int | None) -> Relation | None:
    """The relation, or None when there is no id or it was removed."""
    if relation_id is None:
        return None
    found = _fetch(db, " WHERE id = ?", [relation_id])
    return found[0] if found else None
