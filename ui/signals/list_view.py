"""The filterable list of signals (period, theme, status, channel, free text)."""

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.errors import ValidationError
from core.i18n import format_date, tr, trn
from core.signals.model import CHANNELS, STATUSES
from core.signals.repository import SignalFilter, count_signals, fetch_signals
from core.signals.themes import list_themes
from ui.models.lazy_table import Column, LazyTableModel
from ui.signals.fields import DateField
from ui.widgets.column_sizing import ColumnsInView
from ui.widgets.cut_text_tips import CutTextTips

STATUS_COLOURS = {"new": QColor("#B00020"), "closed": QColor("#5A6670")}


def signal_columns() -> list[Column]:
    return [
        Column(tr("Date"), lambda s: format_date(s.received_on, "short"), "received_on"),
        Column(tr("Themes"), lambda s: s.theme_labels),
        Column(tr("Channel"), lambda s: s.channel_label, "channel"),
        Column(tr("Target group"), lambda s: s.target_group, "target_group"),
        Column(tr("Status"), lambda s: s.status_label, "status",
               foreground=lambda s: STATUS_COLOURS.get(s.status)),
        Column(tr("Summary"), lambda s: s.summary(90)),
        Column(tr("Contact"), lambda s: tr("yes") if s.has_contact else ""),
    ]


class SignalList(QWidget):
    open_requested = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.db = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._filters())
        self.table = QTableView()
        CutTextTips(self.table)
        ColumnsInView(self.table)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._activated)
        self.model = LazyTableModel(signal_columns(), lambda: 0, lambda *a: [])
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(5, QHeaderView.Stretch)
        for column, width in ((0, 95), (1, 190), (2, 120), (3, 130), (4, 150), (6, 70)):
            header.resizeSection(column, width)
        self.table.horizontalHeader().setSortIndicator(0, Qt.DescendingOrder)
        layout.addWidget(self.table, 1)
        self.count_label = QLabel("")
        self.count_label.setObjectName("pageSubtitle")
        layout.addWidget(self.count_label)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(250)
        self.search_timer.timeout.connect(self.reload)

    def _filters(self) -> QVBoxLayout:
        rows = QVBoxLayout()
        row, second = QHBoxLayout(), QHBoxLayout()
        rows.addLayout(row)
        rows.addLayout(second)
        self.date_from = DateField(optional=True)
        self.date_to = DateField(optional=True)
        self.theme = QComboBox()
        self.status = QComboBox()
        self.status.addItem(tr("All statuses"), None)
        self.status.addItem(tr("Still open"), "open")
        for code, label in STATUSES.items():
            self.status.addItem(tr(label), code)
        self.channel = QComboBox()
        self.channel.addItem(tr("All channels"), None)
        for code, label in CHANNELS.items():
            self.channel.addItem(tr(label), code)
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search in descriptions…"))
        self.search.setClearButtonEnabled(True)
        for text, widget in ((tr("From"), self.date_from), (tr("Until"), self.date_to)):
            label = QLabel(text)
            label.setBuddy(widget)
            row.addWidget(label)
            row.addWidget(widget)
        row.addWidget(self.search, 1)
        for widget in (self.theme, self.status, self.channel):
            widget.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            widget.setMinimumContentsLength(14)
            second.addWidget(widget, 1)
            widget.currentIndexChanged.connect(self.reload)
        self.date_from.editingFinished.connect(self.reload)
        self.date_to.editingFinished.connect(self.reload)
        self.search.textChanged.connect(lambda _text: self.search_timer.start())
        return rows

    def set_db(self, db) -> None:
        self.db = db
        current = self.theme.currentData()
        self.theme.blockSignals(True)
        self.theme.clear()
        self.theme.addItem(tr("All themes"), None)
        for theme in list_themes(db, include_inactive=True):
            self.theme.addItem(theme.label, theme.id)
        self.theme.setCurrentIndex(max(0, self.theme.findData(current)))
        self.theme.blockSignals(False)
        self.reload()

    def criteria(self) -> SignalFilter:
        return SignalFilter(
            date_from=self.date_from.date("from"), date_to=self.date_to.date("to"),
            theme_id=self.theme.currentData(), status=self.status.currentData(),
            channel=self.channel.currentData(), text=self.search.text())

    def reload(self) -> None:
        if self.db is None:
            return
        try:
            criteria = self.criteria()
        except ValidationError as error:
            self.count_label.setText(str(error))
            return
        db = self.db
        self.model.reload(
            lambda: count_signals(db, criteria),
            lambda offset, limit, key, descending: fetch_signals(
                db, criteria, offset, limit, key or "received_on",
                descending if key else True))
        total = self.model.total()
        self.count_label.setText(trn("{count} signal", "{count} signals", total))

    def _activated(self, index) -> None:
        if index.isValid():
            self.open_requested.emit(self.model.row_at(index.row()).id)

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()).id if index.isValid() else None
