"""What every section page has: a header, the open council, and a way to open a record."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from core.database import change_stamp
from core.i18n import tr
from ui.widgets.unsaved import settle_unsaved


class Page(QWidget):
    """A section of the main window. Subclasses fill ``self.body`` and override hooks."""

    section = ""
    # Asks the main window to show another section (and open one of its records).
    navigate = Signal(str, object)

    def __init__(self, title: str, subtitle: str = "", parent=None):
        super().__init__(parent)
        self.council = None
        self.preferences = None
        self._loaded_stamp: tuple[int, int] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 20)
        layout.setSpacing(12)
        self.title_label = QLabel(title)
        self.title_label.setObjectName("pageTitle")
        self.subtitle_label = QLabel(subtitle)
        self.subtitle_label.setObjectName("pageSubtitle")
        self.subtitle_label.setWordWrap(True)
        self.subtitle_label.setVisible(bool(subtitle))
        layout.addWidget(self.title_label)
        layout.addWidget(self.subtitle_label)
        self.body = QVBoxLayout()
        self.body.setSpacing(10)
        layout.addLayout(self.body, 1)

    def set_council(self, council) -> None:
        """Called when a file is opened (or closed, with None)."""
        self.council = council
        self._loaded_stamp = None
        if council is not None:
            self.refresh()

    def refresh(self) -> None:
        """Reload what the page shows from the open council."""

    def note_loaded(self) -> None:
        """Remember the file's state as the page shows it (see ``changed_since_loaded``)."""
        self._loaded_stamp = change_stamp(self.db) if self.db is not None else None

    def changed_since_loaded(self) -> bool:
        """Whether anything was written to the file since ``note_loaded``: showing a page
        again reloads it only then (a reload of 300 letters costs more than the switch)."""
        return (self.db is None or self._loaded_stamp is None
                or change_stamp(self.db) != self._loaded_stamp)

    def open_item(self, item_id) -> None:
        """Show one record of this section (from an Overzicht line, for example)."""

    # --- the same keys on every page: Ctrl+N and Ctrl+F ------------------------------
    def new_record(self) -> None:
        """Ctrl+N: a new record of this page's kind (a page without records ignores it)."""

    def search_field(self):
        """The field Ctrl+F puts the cursor in, or None."""
        return getattr(self, "search", None)

    # --- never lose typing: a page with a form overrides these ------------------------
    def has_unsaved_changes(self) -> bool:
        return False

    def save_changes(self) -> bool:
        """Save what the page holds; False (with the reason shown) when it cannot."""
        return True

    def discard_changes(self) -> None:
        """Let go of what was typed: show the stored record again."""

    def unsaved_description(self) -> str:
        return tr("You changed something in {page} but did not save it yet.",
                  page=self.title_label.text())

    def save_automatic(self) -> None:
        """Save the fields a secretary expects to be kept without asking (agenda, minutes)."""

    def may_leave(self) -> bool:
        """Before another page, another file or quitting: save or ask, never lose typing."""
        if self.council is None or self.read_only:
            return True
        self.save_automatic()
        return settle_unsaved(self, self)

    @property
    def db(self):
        return self.council.db if self.council is not None else None

    @property
    def read_only(self) -> bool:
        return self.council is None or self.council.read_only
