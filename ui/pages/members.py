"""Members page."""

from core.i18n import tr
from ui.pages.base import Page


class MembersPage(Page):
    section = "members"

    def __init__(self, parent=None):
        super().__init__(
            tr("Members"),
            tr("The council's members, their roles, working groups and terms of office."),
            parent,
        )
