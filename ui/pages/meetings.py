"""Meetings page."""

from core.i18n import tr
from ui.pages.base import Page


class MeetingsPage(Page):
    section = "meetings"

    def __init__(self, parent=None):
        super().__init__(
            tr("Meetings"), tr("Meetings, agendas, minutes, decisions and actions."), parent
        )
