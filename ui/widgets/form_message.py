"""The line under a form that says 'Opgeslagen.' or what is wrong (in red)."""

from PySide6.QtWidgets import QLabel


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
