"""A list cell whose text is cut off shows its whole text as a tooltip (and only then)."""

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QToolTip

# Room Qt's item delegate takes around a cell's text (margins on both sides).
CELL_MARGINS = 12


class CutTextTips(QObject):
    """Event filter on a view's viewport: answers tooltip requests over cut cells.
    ``CutTextTips(table)`` is all a list needs (the view keeps it as its child)."""

    def __init__(self, view: QAbstractItemView):
        super().__init__(view)
        self.view = view
        view.viewport().installEventFilter(self)

    def cut_text(self, index) -> str:
        """The cell's whole text when the column is too narrow for it, else ""."""
        text = index.data(Qt.DisplayRole) if index.isValid() else None
        if not text:
            return ""
        text = str(text)
        needed = self.view.fontMetrics().horizontalAdvance(text) + CELL_MARGINS
        return text if needed > self.view.visualRect(index).width() else ""

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.ToolTip:
            return False
        text = self.cut_text(self.view.indexAt(event.pos()))
        if text:
            QToolTip.showText(event.globalPos(), text, self.view)
        else:
            QToolTip.hideText()
        return True

