"""Members as meetings need them: names by id (former members too), active members."""

from sqlite_utils import Database

from core.errors import NotFoundError
from core.members import Member, get_member, list_members, role_label


def member_names(db: Database) -> dict[int, str]:
    """Every member's display name by id, former members included."""
    return {member.id: member.display_name for member in list_members(db, status="all")}


def member_name(db: Database, member_id: int | None, cache: dict | None = None) -> str:
    """The member's display name; '' when unknown or erased. ``cache`` saves queries."""
    if member_id is None:
        return ""
    if cache is not None:
        if not cache:
            cache.update(member_names(db))
        if member_id in cache:
            return cache[member_id]
    try:
        return get_member(db, member_id).display_name
    except NotFoundError:
        return ""


def active_members(db: Database) -> list[Member]:
    """Active members, in the member list's order."""
    return list_members(db, status="active")


def member_role(db: Database, member_id: int) -> str:
    """The translated role of a member, '' if unknown."""
    try:
        return role_label(get_member(db, member_id).role)
    except NotFoundError:
        return ""
