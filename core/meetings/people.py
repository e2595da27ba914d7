"""Members as meetings need them: names by id (former members too), active members."""

from sqlite_utils import Database

from core.errors import NotFoundError


def member_names(db: Database) -> dict[int, str]:
    """Every member's display name by id, former members included."""
    from core.members import list_members

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
    from core.members import get_member

    try:
        return get_member(db, member_id).display_name
    except NotFoundError:
        return ""


def active_members(db: Database) -> list:
    """Active members (objects with .id, .display_name, .role)."""
    from core.members import list_members

    return list_members(db, status="active")


def member_role(db: Database, member_id: int) -> str:
    """The translated role of a member, '' if unknown."""
    from core.members import get_member, role_label

    try:
        return role_label(get_member(db, member_id).role)
    except NotFoundError:
        return ""
