"""Reading and writing members: lists, one member, the filtered page the Leden list shows."""

import datetime as dt
from dataclasses import dataclass

from sqlite_utils import Database

from core.dates import from_iso
from core.errors import NotFoundError, ValidationError
from core.i18n import tr
from core.inserts import new_row_id
from core.members.model import ROLES, Member
from core.members.sorting import fold, sort_name
from core.members.term_history import sync_terms
from core.members.terms import term_years
from core.members.validation import clean_member

_COLUMNS = (
    "id", "first_name", "prefix", "last_name", "role", "salutation", "address", "postcode",
    "city", "email", "phone", "represents", "lived_experience", "start_date", "term_end",
    "reappointable", "status", "left_on", "notes",
)
_SELECT = f"SELECT {', '.join('m.' + c for c in _COLUMNS)} FROM members m"
_ROLE_ORDER = "CASE m.role " + " ".join(
    f"WHEN '{code}' THEN {index}" for index, code in enumerate(ROLES)
) + f" ELSE {len(ROLES)} END"
# The columns the list can be sorted on; the name breaks every tie.
SORT_COLUMNS = {
    "name": "m.sort_name",
    "role": _ROLE_ORDER,
    "email": "lower(m.email)",
    "phone": "m.phone",
    "city": "lower(m.city)",
    "start_date": "m.start_date",
    "term_end": "m.term_end",
    "status": "m.status",
}


@dataclass
class MemberFilter:
    """What the Leden list shows: status active/former/all, a role, a group, typed words."""

    status: str = "active"
    role: str | None = None
    working_group_id: int | None = None
    text: str = ""


def _now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


def member_from_row(row) -> Member:
    values = dict(zip(_COLUMNS, row, strict=True))
    for key in ("start_date", "term_end", "left_on"):
        values[key] = from_iso(values[key])
    values["lived_experience"] = bool(values["lived_experience"])
    values["reappointable"] = bool(values["reappointable"])
    return Member(**values)


def _where(member_filter: MemberFilter) -> tuple[str, list]:
    clauses: list[str] = []
    params: list[object] = []
    if member_filter.status in ("active", "former"):
        clauses.append("m.status = ?")
        params.append(member_filter.status)
    if member_filter.role:
        clauses.append("m.role = ?")
        params.append(member_filter.role)
    if member_filter.working_group_id is not None:
        clauses.append("m.id IN (SELECT member_id FROM working_group_members "
                       "WHERE working_group_id = ?)")
        params.append(member_filter.working_group_id)
    # Every typed word must occur somewhere; instr() needs no escaping of % or _.
    for word in fold(member_filter.text or "").split()[:10]:
        clauses.append("instr(m.search_text, ?) > 0")
        params.append(word)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def count_members(db: Database, member_filter: MemberFilter | None = None) -> int:
    where, params = _where(member_filter or MemberFilter())
    return db.execute(f"SELECT count(*) FROM members m{where}", params).fetchone()[0]


def fetch_members(
    db: Database,
    member_filter: MemberFilter | None = None,
    offset: int = 0,
    limit: int = 200,
    sort_key: str | None = None,
    descending: bool = False,
) -> list[Member]:
    """One page of the filtered list, in Dutch name order unless another column is chosen."""
    where, params = _where(member_filter or MemberFilter())
    direction = "DESC" if descending else "ASC"
    order = f"{SORT_COLUMNS.get(sort_key or 'name', 'm.sort_name')} {direction}"
    if sort_key and sort_key != "name":
        order += ", m.sort_name"
    sql = f"{_SELECT}{where} ORDER BY {order}, m.id LIMIT ? OFFSET ?"
    return [member_from_row(row) for row in db.execute(sql, [*params, limit, offset])]


def list_members(db: Database, status: str = "active") -> list[Member]:
    """Members in Dutch order ('van der Berg' under B); status 'active', 'former' or 'all'."""
    member_filter = MemberFilter(status=status)
    members = fetch_members(db, member_filter, 0, -1)
    groups = _groups_by_member(db)
    for member in members:
        member.working_group_ids = groups.get(member.id, [])
    return members


def _groups_by_member(db: Database) -> dict[int, list[int]]:
    found: dict[int, list[int]] = {}
    rows = db.execute("SELECT member_id, working_group_id FROM working_group_members "
                      "ORDER BY working_group_id")
    for member_id, group_id in rows:
        found.setdefault(member_id, []).append(group_id)
    return found


def get_member(db: Database, member_id: int) -> Member:
    row = db.execute(f"{_SELECT} WHERE m.id = ?", [member_id]).fetchone()
    if row is None:
        raise NotFoundError(tr("Member {id} does not exist (any more).", id=member_id))
    member = member_from_row(row)
    member.working_group_ids = [r[0] for r in db.execute(
        "SELECT working_group_id FROM working_group_members WHERE member_id = ? "
        "ORDER BY working_group_id", [member_id])]
    return member


def get_members(db: Database, member_ids) -> list[Member]:
    """Several members by id (those that exist), in Dutch name order."""
    wanted = sorted({int(member_id) for member_id in member_ids})
    found = []
    for start in range(0, len(wanted), 500):  # SQLite limits the number of parameters
        chunk = wanted[start:start + 500]
        marks = ",".join("?" * len(chunk))
        found += [member_from_row(row) for row in db.execute(
            f"{_SELECT} WHERE m.id IN ({marks})", chunk)]
    return sorted(found, key=lambda m: (sort_name(m.first_name, m.prefix, m.last_name), m.id))


def _check_groups(db: Database, group_ids) -> list[int]:
    wanted = sorted({int(group_id) for group_id in group_ids})
    if not wanted:
        return []
    marks = ",".join("?" * len(wanted))
    found = {r[0] for r in db.execute(f"SELECT id FROM working_groups WHERE id IN ({marks})",
                                      wanted)}
    if len(found) != len(wanted):
        raise ValidationError(tr("A chosen working group no longer exists."), "working_groups")
    return wanted


def _set_groups(db: Database, member_id: int, group_ids: list[int]) -> None:
    db.execute("DELETE FROM working_group_members WHERE member_id = ?", [member_id])
    for group_id in group_ids:
        db.execute("INSERT INTO working_group_members (working_group_id, member_id) "
                   "VALUES (?, ?)", [group_id, member_id])


def create_member(db: Database, values: dict, working_group_ids=()) -> int:
    """Validate and store a new member (and the groups they are in); returns the id."""
    row = clean_member(values, term_years(db))
    with db.atomic():
        groups = _check_groups(db, working_group_ids)
        now = _now()
        stamped = {**row, "created_at": now, "updated_at": now}
        member_id = new_row_id(db.table("members").insert(stamped).last_pk)
        _set_groups(db, member_id, groups)
        sync_terms(db, member_id, row)
    return member_id


def update_member(db: Database, member_id: int, values: dict, working_group_ids=None) -> None:
    """Validate and save changes; ``working_group_ids`` None keeps the groups as they are."""
    get_member(db, member_id)
    row = clean_member(values, term_years(db))
    with db.atomic():
        groups = None if working_group_ids is None else _check_groups(db, working_group_ids)
        db.table("members").update(member_id, {**row, "updated_at": _now()})
        sync_terms(db, member_id, row)
        if groups is not None:
            _set_groups(db, member_id, groups)


def mark_former(db: Database, member_id: int, left_on: dt.date) -> None:
    """The member leaves the council: status former with the leaving date; history stays."""
    member = get_member(db, member_id)
    if member.start_date and left_on < member.start_date:
        raise ValidationError(tr("The leaving date cannot fall before the start date."),
                              "left_on")
    with db.atomic():
        db.table("members").update(member_id, {"status": "former", "left_on": left_on.isoformat(),
                                         "updated_at": _now()})


def reinstate(db: Database, member_id: int) -> None:
    """Undo a leaving: the member is active again."""
    get_member(db, member_id)
    with db.atomic():
        db.table("members").update(member_id, {"status": "active", "left_on": None,
                                         "updated_at": _now()})

