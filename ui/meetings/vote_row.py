"""How a decision was taken: unanimously, or votes for / against / abstained."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from core.errors import RaadswerkError
from core.i18n import tr
from core.meetings import followup as core_followup
from ui.errors import show_error


def _count_field(placeholder: str) -> QLineEdit:
    field = QLineEdit()
    field.setPlaceholderText(placeholder)
    field.setMaximumWidth(70)
    return field


class VoteRow(QWidget):
    """Edits the vote of the decision chosen in the list above it."""

    saved = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.db = self.decision = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.unanimous = QCheckBox(tr("Unanimously"))
        self.votes_for = _count_field(tr("for"))
        self.against = _count_field(tr("against"))
        self.abstained = _count_field(tr("abstained"))
        self.save_button = QPushButton(tr("Record vote"))
        row.addWidget(QLabel(tr("Vote:")))
        for widget in (self.unanimous, self.votes_for, self.against, self.abstained,
                       self.save_button):
            row.addWidget(widget)
        row.addStretch(1)
        self.unanimous.toggled.connect(self._unanimous_changed)
        self.save_button.clicked.connect(self.save)
        self.show_decision(None, None)

    def _counts(self) -> tuple[QLineEdit, QLineEdit, QLineEdit]:
        return self.votes_for, self.against, self.abstained

    def _unanimous_changed(self, checked: bool) -> None:
        for field in self._counts():
            field.setEnabled(not checked and self.decision is not None)

    def show_decision(self, db, decision, read_only: bool = False) -> None:
        self.db, self.decision = db, decision
        self.unanimous.setChecked(bool(decision and decision.unanimous))
        values = (decision.votes_for, decision.votes_against, decision.votes_abstained) \
            if decision else (None, None, None)
        for field, value in zip(self._counts(), values, strict=True):
            field.setText("" if value is None else str(value))
        enabled = decision is not None and not read_only
        self.unanimous.setEnabled(enabled)
        self.save_button.setEnabled(enabled)
        self._unanimous_changed(self.unanimous.isChecked() or not enabled)

    def save(self) -> None:
        if self.decision is None:
            return
        try:
            core_followup.set_decision_vote(
                self.db, self.decision.id, self.unanimous.isChecked(),
                *(field.text() for field in self._counts()))
        except RaadswerkError as error:
            show_error(self, error)
            return
        self.saved.emit()
