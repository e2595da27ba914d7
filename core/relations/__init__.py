"""Relaties: the organisations and people the council writes to."""

from core.relations.model import (
    ROLES,
    Relation,
    address_block,
    address_lines,
    default_salutation_for,
    role_label,
    summary_line,
)
from core.relations.repository import (
    create_relation,
    delete_relation,
    find_relation,
    get_relation,
    list_relations,
    relation_for_role,
    update_relation,
)

__all__ = [
    "ROLES", "Relation", "address_block", "address_lines", "create_relation",
    "default_salutation_for", "delete_relation", "find_relation", "get_relation",
    "list_relations", "relation_for_role", "role_label", "summary_line", "update_relation",
]
