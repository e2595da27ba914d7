"""Trends per theme: the chart per quarter for a period, and which themes recur."""

import datetime as dt

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from core.errors import ValidationError
from core.i18n import tr, trn
from core.signals.trends import default_period, theme_trend
from ui.signals.chart import ThemeChart
from ui.signals.fields import DateField


class TrendsView(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.db = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        first, last = default_period(dt.date.today())
        self.date_from = DateField(first)
        self.date_to = DateField(last)
        show = QPushButton(tr("Show"))
        show.clicked.connect(self.reload)
        self.date_from.returnPressed.connect(self.reload)
        self.date_to.returnPressed.connect(self.reload)
        for text, widget in ((tr("From"), self.date_from), (tr("Until"), self.date_to)):
            label = QLabel(text)
            label.setBuddy(widget)
            row.addWidget(label)
            row.addWidget(widget)
        row.addWidget(show)
        row.addStretch(1)
        layout.addLayout(row)
        self.chart = ThemeChart()
        layout.addWidget(self.chart, 1)
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

    def set_db(self, db) -> None:
        self.db = db
        self.reload()

    def reload(self) -> None:
        if self.db is None:
            return
        try:
            first, last = self.date_from.date("from"), self.date_to.date("to")
            if last < first:
                raise ValidationError(tr("The end of the period lies before its start."), "to")
        except ValidationError as error:
            self.summary.setText(str(error))
            return
        trend = theme_trend(self.db, first, last)
        self.chart.show_trend(trend)
        recurring = trend.recurring_themes
        text = trn("{count} signal in this period.",
                   "{count} signals in this period.",
                   trend.total_signals)
        if recurring:
            text += " " + tr("Recurring (at least {threshold} in one quarter): {themes}.",
                             threshold=trend.threshold,
                             themes=", ".join(theme.label for theme in recurring))
        else:
            text += " " + tr("No theme reached {threshold} signals in one quarter.",
                             threshold=trend.threshold)
        self.summary.setText(text)
