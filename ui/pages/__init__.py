"""The main window's sections, one page each, and where each page's code lives.

``PAGES`` is the window's list of sections (docs/style.md, "Imports"): the navigation
shows every section from it at once, and a page's module is imported, and the page
built, only when its section is first visited or asked for. Besides the self-test's
check of Qt's parts (ui/selfcheck.py), nothing else in ui imports a module by name.
"""

import importlib
from dataclasses import dataclass

from core.i18n import mark


@dataclass(frozen=True)
class Section:
    """A section as the navigation lists it, and the page class that shows it."""

    name: str
    title: str  # marked: translated where shown; the page's own title is the same text
    module: str
    page_class: str


PAGES: tuple[Section, ...] = (
    Section("overview", mark("Overview"), "ui.pages.overview", "OverviewPage"),
    Section("members", mark("Members"), "ui.pages.members", "MembersPage"),
    Section("meetings", mark("Meetings"), "ui.pages.meetings", "MeetingsPage"),
    Section("signals", mark("Signals"), "ui.pages.signals", "SignalsPage"),
    Section("advice", mark("Advice"), "ui.pages.advice", "AdvicePage"),
    Section("letters", mark("Letters"), "ui.pages.letters", "LettersPage"),
    Section("settings", mark("Settings"), "ui.pages.settings", "SettingsPage"),
)


def build_page(section: Section):
    """A new page for ``section``; its module is imported here the first time."""
    return getattr(importlib.import_module(section.module), section.page_class)()
