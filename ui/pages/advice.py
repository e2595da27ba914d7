"""Advice page."""

from core.i18n import tr
from ui.pages.base import Page


class AdvicePage(Page):
    section = "advice"

    def __init__(self, parent=None):
        super().__init__(
            tr("Advice"),
            tr("Advice to the municipality, from request to the college's response."),
            parent,
        )
