"""Adopting an advice: in a meeting (the decision in its minutes) or in a written round."""

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.advice.model import Adoption
from core.i18n import format_date, tr
from core.meetings.model import Decision
from ui.advice.form import date_field, date_text, read_date
from ui.widgets.dialog_buttons import accept_cancel_buttons

MAX_VOTES = 99
SHOWN_DECISION = 70  # characters of a decision's text in the list


def decision_choice(decision: Decision, day: dt.date) -> str:
    """'2026-07 — Het advies … is vastgesteld. (12 november 2026)'."""
    text = decision.text if len(decision.text) <= SHOWN_DECISION \
        else decision.text[:SHOWN_DECISION - 1] + "…"
    return f"{decision.code} — {text} ({format_date(day)})"


class AdoptionDialog(QDialog):
    """How and when the council adopted the advice; the text freezes after it."""

    def __init__(self, decisions: list[tuple[Decision, dt.date]], today: dt.date, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Adopt the advice"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        warning = QLabel(tr("Once adopted, the text is the council's decision: it no longer "
                            "changes, and the advice letter carries it as it is."))
        warning.setWordWrap(True)
        layout.addWidget(warning)
        self.in_meeting = QRadioButton(tr("In a meeting"))
        self.in_round = QRadioButton(tr("In a written round (between meetings)"))
        self.in_meeting.setChecked(True)
        layout.addWidget(self.in_meeting)
        self.meeting_part = self._meeting_part(decisions, today)
        layout.addWidget(self.meeting_part)
        layout.addWidget(self.in_round)
        self.round_part = self._round_part(today)
        layout.addWidget(self.round_part)
        self.in_meeting.toggled.connect(self._show_part)
        self._show_part()
        layout.addWidget(accept_cancel_buttons(self, self.accept, tr("Adopt"),
                                               QDialogButtonBox.Ok))

    def _meeting_part(self, decisions, today: dt.date) -> QWidget:
        part = QWidget()
        form = QFormLayout(part)
        self.decision = QComboBox()
        # Long decision texts must not widen the dialog past a laptop screen.
        self.decision.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.decision.setMinimumContentsLength(40)
        self.decision.addItem(tr("(not in the minutes yet)"), None)
        for decision, day in decisions:
            self.decision.addItem(decision_choice(decision, day), (decision.id, day))
        self.meeting_date = date_field(today)
        self.decision.currentIndexChanged.connect(self._decision_chosen)
        form.addRow(tr("Decision"), self.decision)
        form.addRow(tr("Meeting date"), self.meeting_date)
        return part

    def _round_part(self, today: dt.date) -> QWidget:
        part = QWidget()
        form = QFormLayout(part)
        form.setFieldGrowthPolicy(QFormLayout.FieldsStayAtSizeHint)
        self.round_date = date_field(today)
        self.votes = {}
        form.addRow(tr("Round closed on"), self.round_date)
        for name, label in (("for", tr("Votes for")), ("against", tr("Votes against")),
                            ("abstained", tr("Abstentions"))):
            box = QSpinBox()
            box.setRange(0, MAX_VOTES)
            self.votes[name] = box
            form.addRow(label, box)
        self.note = QLineEdit()
        self.note.setMaxLength(1000)
        self.note.setPlaceholderText(tr("e.g. two remarks taken into the text"))
        self.note.setMinimumWidth(320)
        form.addRow(tr("Replies"), self.note)
        return part

    def _show_part(self) -> None:
        self.meeting_part.setEnabled(self.in_meeting.isChecked())
        self.round_part.setEnabled(self.in_round.isChecked())

    def _decision_chosen(self) -> None:
        """The meeting's date comes with its decision."""
        chosen = self.decision.currentData()
        self.meeting_date.setEnabled(chosen is None)
        if chosen is not None:
            self.meeting_date.setText(date_text(chosen[1]))

    def adoption(self) -> Adoption:
        if self.in_round.isChecked():
            return Adoption(read_date(self.round_date, "adopted_on"), "written_round",
                            votes_for=self.votes["for"].value(),
                            votes_against=self.votes["against"].value(),
                            votes_abstained=self.votes["abstained"].value(),
                            note=self.note.text())
        chosen = self.decision.currentData()
        return Adoption(read_date(self.meeting_date, "adopted_on"), "meeting",
                        chosen[0] if chosen else None)
