"""Small input widgets the signal screens share."""

import datetime as dt

from PySide6.QtWidgets import QCompleter, QLineEdit

from core.dates import date_hint, parse_date
from core.i18n import format_date


class DateField(QLineEdit):
    """A date typed as 14-03-2026 (or ISO); empty is allowed when ``optional``."""

    def __init__(self, value: dt.date | None = None, optional: bool = False, parent=None):
        super().__init__(parent)
        self.optional = optional
        self.setPlaceholderText(date_hint())
        self.setMaximumWidth(130)
        self.set_date(value)

    def set_date(self, value: dt.date | None) -> None:
        self.setText(format_date(value, "short") if value else "")

    def date(self, field: str | None = None) -> dt.date | None:
        """The typed date; raises ValidationError with a Dutch message when it is not one."""
        if self.optional and not self.text().strip():
            return None
        return parse_date(self.text(), field)


def set_completions(line: QLineEdit, words: list[str]) -> None:
    completer = QCompleter(words, line)
    completer.setCaseSensitivity(completer.caseSensitivity().CaseInsensitive)
    completer.setFilterMode(completer.filterMode().MatchContains)
    line.setCompleter(completer)
