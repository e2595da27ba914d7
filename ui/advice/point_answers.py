"""The college's answer per numbered point of the advice, in the response dialog."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QWidget,
)

from core.advice import OUTCOMES
from core.advice.model import PointResponse
from core.i18n import tr

MAX_VISIBLE_HEIGHT = 240  # more points scroll; the dialog's buttons stay on the screen


class PointAnswers(QScrollArea):
    """One row per point: its number and text, the outcome (or not answered), a note."""

    changed = Signal()

    def __init__(self, points: list[tuple[int, str]], answers: list[PointResponse],
                 parent=None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.NoFrame)
        self.setMaximumHeight(MAX_VISIBLE_HEIGHT)
        given = {answer.number: answer for answer in answers}
        body = QWidget()
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        self._rows: list[tuple[int, str, QComboBox, QLineEdit]] = []
        for row, (number, text) in enumerate(points):
            label = QLabel(f"{number}. {text}")
            label.setWordWrap(True)
            outcome = self._outcome_box(given.get(number))
            note = QLineEdit(given[number].note if number in given else "")
            note.setPlaceholderText(tr("Note"))
            note.setMaxLength(1000)
            grid.addWidget(label, row, 0, 1, 2)
            grid.addWidget(outcome, row, 2)
            grid.addWidget(note, row, 3)
            self._rows.append((number, text, outcome, note))
        grid.setColumnMinimumWidth(3, 180)
        self.setWidget(body)
        # As tall as the points need, up to a limit: then they scroll.
        self.setMinimumHeight(min(body.sizeHint().height() + 4, MAX_VISIBLE_HEIGHT))

    def _outcome_box(self, answer: PointResponse | None) -> QComboBox:
        box = QComboBox()
        box.addItem(tr("(not answered)"), None)
        for code, label in OUTCOMES.items():
            box.addItem(tr(label), code)
        if answer is not None:
            box.setCurrentIndex(max(0, box.findData(answer.outcome)))
        box.currentIndexChanged.connect(self.changed)
        return box

    def answers(self) -> list[PointResponse]:
        """The points that have an outcome; a point left unanswered is not kept."""
        return [PointResponse(number, text, outcome.currentData(), note.text())
                for number, text, outcome, note in self._rows
                if outcome.currentData() is not None]
