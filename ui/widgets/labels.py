"""Small labels every screen uses the same way."""

from PySide6.QtWidgets import QLabel


def muted_label(text: str = "") -> QLabel:
    """A grey, word-wrapping note (the page subtitle's style): hints under a field."""
    label = QLabel(text)
    label.setObjectName("pageSubtitle")
    label.setWordWrap(True)
    return label
