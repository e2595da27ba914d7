"""Modal dialogs that leave nothing behind once they are closed."""

from PySide6.QtWidgets import QDialog

from ui.widgets.screen_fit import fit_dialog


def run_modal(dialog: QDialog) -> int:
    """``dialog.exec()``, fitted to the screen; the dialog is deleted once control returns
    to the event loop.

    A dialog made with a parent lives as long as that parent: without this, every member,
    group or message opened during a working day stayed in memory (the soak test found
    it). What the caller reads from the dialog right after this call is still there.
    """
    fit_dialog(dialog)  # a long body scrolls, the buttons stay on the screen
    try:
        return dialog.exec()
    finally:
        dialog.deleteLater()
