"""Brieven: the letters archive, writing a free letter, and Relaties (the address book)."""

from PySide6.QtWidgets import QTabWidget

from core.i18n import tr
from ui.documents.archive import LettersArchive
from ui.pages.base import Page
from ui.relations.panel import RelationsPanel


class LettersPage(Page):
    section = "letters"

    def __init__(self, parent=None):
        super().__init__(tr("Letters"), tr("Every letter the council sent or is about to send, "
                                           "with the PDF exactly as it went out, and Relaties: "
                                           "the addresses letters go to."), parent)
        self.tabs = QTabWidget()
        self.archive = LettersArchive()
        self.relations = RelationsPanel()
        self.tabs.addTab(self.archive, tr("Archive"))
        self.tabs.addTab(self.relations, tr("Relaties"))
        self.body.addWidget(self.tabs)

    def refresh(self) -> None:
        self.archive.set_database(self.db, self.read_only)
        self.relations.set_database(self.db, self.read_only)
        self.note_loaded()

    def set_council(self, council) -> None:
        super().set_council(council)
        if council is None:
            self.archive.set_database(None, True)
            self.relations.set_database(None, True)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Other sections add letters (advice letters, invitations): show them on arrival."""
        super().showEvent(event)
        if self.db is not None and self.changed_since_loaded():
            current = self.archive.current()
            self.archive.reload(select_id=current.id if current else None)
            self.note_loaded()

    def open_item(self, item_id) -> None:
        self.tabs.setCurrentWidget(self.archive)
        self.archive.select_letter(int(item_id))

    def new_record(self) -> None:
        if self.db is not None and not self.read_only:
            self.new_letter()

    def search_field(self):
        return self.archive.search

    def new_letter(self):
        """Open the editor for a new free letter (also from a menu or shortcut)."""
        self.tabs.setCurrentWidget(self.archive)
        return self.archive.write_letter()
