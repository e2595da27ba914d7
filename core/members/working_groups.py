"""Working groups, committees and sub-councils: who is in them and who chairs them."""

import datetime as dt

from sqlite_utils import Database

from core.errors import NotFoundError, ValidationError
from core.i18n import tr
from core.inserts import new_row_id
from core.members.model import WORKING_GROUP_KINDS, WorkingGroup
from core.members.sorting import fold
from core.text_fields import check_length

NAME_MAX = 100


def _group_from_row(row, member_ids: list[int]) -> WorkingGroup:
    return WorkingGroup(id=row[0], name=row[1], kind=row[2], description=row[3],
                        chair_id=row[4], member_ids=member_ids)


def _members_by_group(db: Database) -> dict[int, list[int]]:
    found: dict[int, list[int]] = {}
    rows = db.execute(
        "SELECT g.working_group_id, g.member_id FROM working_group_members g "
        "JOIN members m ON m.id = g.member_id ORDER BY m.sort_name"
    )
    for group_id, member_id in rows:
        found.setdefault(group_id, []).append(member_id)
    return found


def list_working_groups(db: Database) -> list[WorkingGroup]:
    """All groups by name (accents and case ignored), each with its member ids."""
    members = _members_by_group(db)
    rows = db.execute("SELECT id, name, kind, description, chair_id FROM working_groups")
    groups = [_group_from_row(row, members.get(row[0], [])) for row in rows]
    return sorted(groups, key=lambda group: (fold(group.name), group.id))


def get_working_group(db: Database, group_id: int) -> WorkingGroup:
    row = db.execute("SELECT id, name, kind, description, chair_id FROM working_groups "
                     "WHERE id = ?", [group_id]).fetchone()
    if row is None:
        raise NotFoundError(tr("Working group {id} does not exist (any more).", id=group_id))
    return _group_from_row(row, _members_by_group(db).get(group_id, []))


def _clean(db: Database, name: str, kind: str, description: str, chair_id, member_ids,
           group_id: int | None = None) -> tuple[dict, list[int]]:
    name = " ".join((name or "").split())
    if not name:
        raise ValidationError(tr("Fill in the name of the working group."), "name")
    if len(name) > NAME_MAX:
        raise ValidationError(tr("The name is too long (at most {limit} characters).",
                                 limit=NAME_MAX), "name")
    if kind not in WORKING_GROUP_KINDS:
        raise ValidationError(tr("Choose what kind of group this is."), "kind")
    taken = db.execute("SELECT id FROM working_groups WHERE lower(name) = lower(?) "
                       "AND id IS NOT ?", [name, group_id]).fetchone()
    if taken:
        raise ValidationError(tr("There is already a group called '{name}'.", name=name),
                              "name")
    members = sorted({int(member_id) for member_id in member_ids})
    if chair_id is not None and int(chair_id) not in members:
        members.append(int(chair_id))  # the chair is always one of the group
    for member_id in members:
        if not db.execute("SELECT 1 FROM members WHERE id = ?", [member_id]).fetchone():
            raise ValidationError(tr("A chosen member no longer exists."), "members")
    description = check_length((description or "").strip(), 5000, "description")
    row = {"name": name, "kind": kind, "description": description,
           "chair_id": None if chair_id is None else int(chair_id)}
    return row, members


def _set_members(db: Database, group_id: int, member_ids: list[int]) -> None:
    db.execute("DELETE FROM working_group_members WHERE working_group_id = ?", [group_id])
    for member_id in member_ids:
        db.execute("INSERT INTO working_group_members (working_group_id, member_id) "
                   "VALUES (?, ?)", [group_id, member_id])


def create_working_group(db: Database, name: str, kind: str = "working_group",
                         description: str = "", chair_id: int | None = None,
                         member_ids=()) -> int:
    with db.atomic():
        row, members = _clean(db, name, kind, description, chair_id, member_ids)
        row["created_at"] = dt.datetime.now().isoformat(timespec="seconds")
        group_id = new_row_id(db.table("working_groups").insert(row).last_pk)
        _set_members(db, group_id, members)
    return group_id


def update_working_group(db: Database, group_id: int, name: str, kind: str,
                         description: str, chair_id: int | None, member_ids) -> None:
    get_working_group(db, group_id)
    with db.atomic():
        row, members = _clean(db, name, kind, description, chair_id, member_ids, group_id)
        db.table("working_groups").update(group_id, row)
        _set_members(db, group_id, members)


def delete_working_group(db: Database, group_id: int) -> None:
    """Remove the group; its members stay members of the council."""
    get_working_group(db, group_id)
    with db.atomic():
        db.execute("DELETE FROM working_groups WHERE id = ?", [group_id])
