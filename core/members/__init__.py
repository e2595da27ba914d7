"""Members (ledenadministratie): people, roles, terms of office and working groups.

The contract other features code against: ``list_members``, ``get_member``,
``Member.display_name``, ``list_working_groups`` and ``role_label``.
"""

from core.members.model import (
    ROLES,
    SALUTATIONS,
    WORKING_GROUP_KINDS,
    Member,
    WorkingGroup,
    role_label,
)
from core.members.repository import (
    MemberFilter,
    count_members,
    create_member,
    fetch_members,
    get_member,
    get_members,
    list_members,
    mark_former,
    reinstate,
    update_member,
)
from core.members.working_groups import (
    create_working_group,
    delete_working_group,
    get_working_group,
    list_working_groups,
    update_working_group,
)

__all__ = [
    "ROLES",
    "SALUTATIONS",
    "WORKING_GROUP_KINDS",
    "Member",
    "MemberFilter",
    "WorkingGroup",
    "count_members",
    "create_member",
    "create_working_group",
    "delete_working_group",
    "fetch_members",
    "get_member",
    "get_members",
    "get_working_group",
    "list_members",
    "list_working_groups",
    "mark_former",
    "reinstate",
    "role_label",
    "update_member",
    "update_working_group",
]
