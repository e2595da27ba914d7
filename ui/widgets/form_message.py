"""The line under a form that says 'Opgeslagen.' or what is wrong (in red), beside its
Save button."""

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton

from core.i18n import tr


def show_form_message(label: QLabel, text: str, error: bool = False) -> None:
    label.setProperty("error", error)
    # A dynamic property only restyles after the style is applied again.
    label.style().unpolish(label)
    label.style().polish(label)
    label.setText(text)


def form_message_label() -> QLabel:
    """An empty, word-wrapping message line, styled as a form message."""
    label = QLabel("")
    label.setObjectName("formMessage")
    label.setWordWrap(True)
    return label


def save_row(on_save) -> tuple[QHBoxLayout, QLabel, QPushButton]:
    """The message line and the Save button at the foot of a settings tab."""
    message = form_message_label()
    button = QPushButton(tr("Save"))
    button.clicked.connect(on_save)
    row = QHBoxLayout()
    row.addWidget(message, 1)
    row.addWidget(button)
    return row, message, button
