"""Help → Handleiding (F1): the manual in a window of its own, at the current page's section.

The text is core's (resources/manual/<language>.md, core/manual.py); this window shows one
section at a time with the contents beside it, and finds a word across the sections. It
is not modal, so the secretary can read and work side by side; F1 again brings it forward
at the section of the page now shown.
"""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QLineEdit,
    QListWidget,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
)

from core.i18n import current_language, tr
from core.manual import manual_sections, section_for
from ui.widgets.dialog_buttons import close_buttons
from ui.widgets.screen_fit import fit_dialog


class ManualDialog(QDialog):
    def __init__(self, parent=None, anchor: str = ""):
        super().__init__(parent)
        self.language = current_language()
        self.sections = manual_sections(self.language)
        self.setWindowTitle(tr("Manual — Raadswerk"))
        self.resize(1000, 680)
        layout = QVBoxLayout(self)
        self.find_field = QLineEdit()
        self.find_field.setObjectName("manualFind")
        self.find_field.setPlaceholderText(tr("Find in the manual (Ctrl+F, Enter: next)"))
        self.find_field.setClearButtonEnabled(True)
        self.find_field.textEdited.connect(lambda _text: self.find_next(from_start=True))
        self.find_field.returnPressed.connect(self.find_next)
        layout.addWidget(self.find_field)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.contents = QListWidget()
        self.contents.setObjectName("manualContents")
        self.contents.addItems([section.title for section in self.sections])
        self.contents.currentRowChanged.connect(self._show_section)
        self.browser = QTextBrowser()
        self.browser.setObjectName("manualText")
        self.browser.setOpenLinks(False)
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 740])
        layout.addWidget(splitter, 1)
        layout.addWidget(close_buttons(self.close))
        find = QAction(self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self._focus_find)
        self.addAction(find)
        self.show_anchor(anchor)

    def show_anchor(self, anchor: str) -> None:
        """Open the section of ``anchor`` (a page's section name); the first one if none."""
        self.contents.setCurrentRow(section_for(self.sections, anchor))

    def current_anchor(self) -> str:
        return self.sections[self.contents.currentRow()].anchor

    def _show_section(self, row: int) -> None:
        if row < 0:
            return
        section = self.sections[row]
        self.browser.setMarkdown(f"# {section.title}\n\n{section.text}\n")

    def _focus_find(self) -> None:
        self.find_field.setFocus()
        self.find_field.selectAll()

    def find_next(self, from_start: bool = False) -> bool:
        """Select the next place of the typed words: in this section after the cursor,
        else in the sections after it (round to the start). False when nowhere."""
        words = self.find_field.text().strip()
        if not words:
            return False
        if from_start:
            self.browser.moveCursor(self.browser.textCursor().MoveOperation.Start)
        if self.browser.find(words):
            return True
        here = self.contents.currentRow()
        count = len(self.sections)
        for step in range(1, count + 1):
            row = (here + step) % count
            if words.casefold() in self._searchable(row):
                self.contents.setCurrentRow(row)
                return self.browser.find(words) or True
        return False

    def _searchable(self, row: int) -> str:
        """The section's text as shown (Markdown marks left out), for a quick look."""
        document = QTextDocument()
        section = self.sections[row]
        document.setMarkdown(f"# {section.title}\n\n{section.text}\n")
        return document.toPlainText().casefold()


def open_manual(window) -> ManualDialog:
    """Show the manual at the section of the page now current (F1, Help → Manual)."""
    anchor = window.current_page().section
    manual = getattr(window, "manual_window", None)
    if manual is None or manual.language != current_language():
        if manual is not None:
            manual.close()
        manual = ManualDialog(window, anchor)
        manual.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        manual.destroyed.connect(lambda _object=None, gone=manual: _forget(window, gone))
        fit_dialog(manual)
        window.manual_window = manual
    else:
        manual.show_anchor(anchor)
    manual.show()
    manual.raise_()
    manual.activateWindow()
    return manual


def _forget(window, manual: ManualDialog) -> None:
    if getattr(window, "manual_window", None) is manual:
        window.manual_window = None


def install_manual(window, help_menu) -> QAction:
    """Help → Manual, on F1 everywhere in the program's windows."""
    action = QAction(tr("&Manual"), window)
    action.setShortcut(QKeySequence(Qt.Key.Key_F1))
    action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    action.triggered.connect(lambda: open_manual(window))
    help_menu.addAction(action)
    return action
