"""The search field in the main window's toolbar and the Ctrl+K shortcut."""

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit, QToolBar

from core.i18n import tr
from ui.search.dialog import SearchDialog

SHORTCUT = "Ctrl+K"


def open_search(window, text: str = "") -> SearchDialog | None:
    """The search dialog over the open file; a chosen hit opens on its page."""
    if window.council is None:
        return None
    dialog = SearchDialog(window.council.db, text, window)
    dialog.open_hit.connect(lambda hit: window.show_section(hit.section, hit.item_id)
                            if hit.section else None)
    window.search_dialog = dialog
    dialog.open()
    return dialog


def install_search(window, menu) -> QLineEdit:
    """A toolbar field (Enter searches) and Ga naar → Zoeken… (Ctrl+K)."""
    toolbar = QToolBar(tr("Search"), window)
    toolbar.setObjectName("searchToolbar")
    toolbar.setMovable(False)
    field = QLineEdit()
    field.setObjectName("toolbarSearch")
    field.setPlaceholderText(tr("Search everything (Ctrl+K)"))
    field.setClearButtonEnabled(True)
    field.setMaximumWidth(360)

    def search_from_field() -> None:
        text = field.text()
        field.clear()
        open_search(window, text)

    field.returnPressed.connect(search_from_field)
    toolbar.addWidget(field)
    window.addToolBar(toolbar)
    action = QAction(tr("&Search everything…"), window)
    action.setShortcut(QKeySequence(SHORTCUT))
    action.triggered.connect(lambda _checked=False: open_search(window, field.text()))
    menu.addSeparator()
    menu.addAction(action)
    window.search_action = action
    return field
