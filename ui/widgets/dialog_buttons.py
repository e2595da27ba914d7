"""The Dutch accept/Cancel button row at the foot of an editing dialog, and the other
buttons of a dialog."""

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton

from core.i18n import tr
from ui.errors import run_retrying


def accept_cancel_buttons(dialog: QDialog, on_accept, accept_text: str | None = None,
                          accept_button=QDialogButtonBox.Save) -> QDialogButtonBox:
    """Buttons that call `on_accept` (which decides whether to close) or reject the dialog."""
    buttons = QDialogButtonBox(accept_button | QDialogButtonBox.Cancel)
    buttons.button(accept_button).setText(accept_text or tr("Save"))
    buttons.button(QDialogButtonBox.Cancel).setText(tr("Cancel"))
    # A file another program holds for a moment: *Opnieuw proberen*, the dialog stays open.
    buttons.accepted.connect(lambda: run_retrying(dialog, on_accept))
    buttons.rejected.connect(dialog.reject)
    return buttons


def action_button(text: str, slot, name: str) -> QPushButton:
    """A dialog's own button (Afdrukken…, Opslaan als .xlsx…): Enter in a field does not
    press it, and ``slot`` is called without Qt's 'checked' argument."""
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAutoDefault(False)
    button.clicked.connect(lambda _checked=False: slot())
    return button


def close_buttons(on_close) -> QDialogButtonBox:
    """One Dutch *Sluiten* button (a window to read, not to edit)."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("Close"))
    buttons.rejected.connect(on_close)
    return buttons
