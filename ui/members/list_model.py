"""The Leden table: columns over core's filtered, paged member list."""

from PySide6.QtGui import QColor

from core.i18n import format_date, tr
from core.members import MemberFilter, count_members, fetch_members
from ui.models.lazy_table import Column, LazyTableModel

_FORMER_COLOUR = QColor("#7A868E")


def _muted_if_former(member):
    return _FORMER_COLOUR if not member.is_active else None


def member_columns() -> list[Column]:
    return [
        Column(tr("Name"), lambda m: m.list_name, "name", foreground=_muted_if_former),
        Column(tr("Role"), lambda m: m.role_label, "role"),
        Column(tr("Represents"), lambda m: m.represents),
        Column(tr("E-mail"), lambda m: m.email, "email"),
        Column(tr("Phone"), lambda m: m.phone, "phone"),
        Column(tr("End of term"), lambda m: format_date(m.term_end, "short"), "term_end"),
        Column(tr("Status"), _status_text, "status", foreground=_muted_if_former),
    ]


def _status_text(member) -> str:
    if member.is_active:
        return tr("Active")
    return tr("Left on {date}", date=format_date(member.left_on, "short"))


def member_source(db, member_filter: MemberFilter):
    """count() and fetch() for the lazy model, bound to one file and one filter."""

    def count() -> int:
        return count_members(db, member_filter) if db is not None else 0

    def fetch(offset: int, limit: int, sort_key, descending: bool):
        if db is None:
            return []
        return fetch_members(db, member_filter, offset, limit, sort_key, descending)

    return count, fetch


def make_member_model(db, member_filter: MemberFilter, parent=None) -> LazyTableModel:
    count, fetch = member_source(db, member_filter)
    return LazyTableModel(member_columns(), count, fetch, parent)
