"""Signals page."""

from core.i18n import tr
from ui.pages.base import Page


class SignalsPage(Page):
    section = "signals"

    def __init__(self, parent=None):
        super().__init__(
            tr("Signals"),
            tr("What residents tell the council, logged without identity unless they consent."),
            parent,
        )
