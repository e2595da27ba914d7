"""Choosing the period of the signalenrapportage, and whether sensitive descriptions may
be printed (off unless the user ticks it, with a warning)."""

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
)

from core.errors import ValidationError
from core.i18n import tr
from core.signals.trends import default_period
from ui.signals.fields import DateField
from ui.widgets.dialog_buttons import accept_cancel_buttons
from ui.widgets.form_message import form_message_label


class ReportDialog(QDialog):
    def __init__(self, today: dt.date | None = None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Signals report"))
        first, last = default_period(today or dt.date.today())
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.date_from = DateField(first)
        self.date_to = DateField(last)
        form.addRow(tr("From"), self.date_from)
        form.addRow(tr("Until"), self.date_to)
        layout.addLayout(form)
        self.include_sensitive = QCheckBox(tr("Also print descriptions marked as &sensitive"))
        layout.addWidget(self.include_sensitive)
        self.warning = QLabel(tr("Such a report contains health or income details: keep it "
                                 "within the council and do not pass it on."))
        self.warning.setWordWrap(True)
        self.warning.setObjectName("formMessage")
        self.warning.setProperty("error", True)
        self.warning.setVisible(False)
        self.include_sensitive.toggled.connect(self.warning.setVisible)
        layout.addWidget(self.warning)
        self.message = form_message_label()
        layout.addWidget(self.message)
        layout.addWidget(accept_cancel_buttons(self, self._check, tr("Make report"),
                                               QDialogButtonBox.Ok))

    def period(self) -> tuple[dt.date, dt.date]:
        first = self.date_from.date("from")
        last = self.date_to.date("to")
        if last < first:
            raise ValidationError(tr("The end of the period lies before its start."), "to")
        return first, last

    def _check(self) -> None:
        try:
            self.period()
        except ValidationError as error:
            self.message.setText(str(error))
            return
        self.accept()
