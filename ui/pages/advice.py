"""Adviezen: the register of advice, one advice in detail, and the year in figures."""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
)

from core.advice import STATUSES, advice_years, count_advice, fetch_advice
from core.i18n import format_date, tr
from ui.advice.details import AdviceDetails
from ui.advice.dialogs import NewAdviceDialog
from ui.advice.figures_card import FiguresCard
from ui.annual.dialog import AnnualReportDialog
from ui.annual.statistics_dialog import StatisticsDialog
from ui.models.lazy_table import Column, LazyTableModel
from ui.pages.base import Page
from ui.widgets.column_sizing import ColumnsInView, SampleFit
from ui.widgets.cut_text_tips import CutTextTips
from ui.widgets.modal import run_modal


def current_date() -> dt.date:
    """Today; tests put the demo's date here."""
    return dt.date.today()

OVERDUE = QColor("#B00020")
SUBJECT_WIDEST = 220  # pixels; the details beside the list need the room


def _short(value: dt.date | None) -> str:
    return format_date(value, "short") if value else ""


class AdvicePage(Page):
    section = "advice"

    def __init__(self, parent=None):
        super().__init__(
            tr("Advice"),
            tr("Advice to the municipality, from request to the college's response."),
            parent,
        )
        self.today = current_date()
        self._build_filters()
        self.figures = FiguresCard()
        self.body.addWidget(self.figures)
        self.table = QTableView()
        CutTextTips(self.table)
        # Narrow beside the details: the response, sending date, kind and deadline step aside
        # first (the details show them; an overdue status is red), so the subject can be read.
        ColumnsInView(self.table, optional=(6, 5, 2, 4))
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(tr("Advice register"))
        self.model = LazyTableModel(self._columns(), lambda: 0, lambda *args: [])
        self.table.setModel(self.model)
        self.column_fit = SampleFit(self.table, widest={1: SUBJECT_WIDEST})
        self.table.horizontalHeader().setSortIndicator(0, Qt.DescendingOrder)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.details = AdviceDetails()
        self.details.changed.connect(self._advice_changed)
        self.details.deleted.connect(self.refresh)
        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        self.table.setMinimumWidth(320)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 6)
        splitter.setSizes([440, 660])
        splitter.setChildrenCollapsible(False)
        self.body.addWidget(splitter, 1)
        self.setTabOrder(self.new_button, self.search)
        self.setTabOrder(self.search, self.status_filter)
        self.setTabOrder(self.status_filter, self.year_filter)
        self.setTabOrder(self.year_filter, self.table)

    def _build_filters(self) -> None:
        row = QHBoxLayout()
        self.new_button = QPushButton(tr("New advice…"))
        self.new_button.clicked.connect(self.new_advice)
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search subject, policy area, who asked, reference…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.reload)
        self.status_filter = QComboBox()
        self.status_filter.addItem(tr("All statuses"), None)
        self.status_filter.addItem(tr("Still running"), "open")
        for code, label in STATUSES.items():
            self.status_filter.addItem(tr(label), code)
        self.status_filter.currentIndexChanged.connect(self.reload)
        self.year_filter = QComboBox()
        self.year_filter.currentIndexChanged.connect(self.reload)
        row.addWidget(self.new_button)
        row.addWidget(self.search, 1)
        row.addWidget(self.status_filter)
        row.addWidget(self.year_filter)
        self.body.addLayout(row)

    def _columns(self) -> list[Column]:
        def red(row):
            return OVERDUE if row.overdue else None

        right = Qt.AlignRight | Qt.AlignVCenter
        return [
            Column(tr("Reference"), lambda r: r.reference, "reference"),
            Column(tr("Subject"), lambda r: r.subject, "subject"),
            Column(tr("Kind"), lambda r: r.kind_label, "kind"),
            Column(tr("Status"), lambda r: r.status_label, "status", foreground=red),
            Column(tr("Deadline"), lambda r: _short(r.deadline), "deadline", right, red),
            Column(tr("Sent"), lambda r: _short(r.sent_on), "sent_on", right),
            Column(tr("Response"), lambda r: r.outcome_label, "outcome"),
        ]

    # --- loading --------------------------------------------------------------------
    def refresh(self) -> None:
        if self.db is None:
            return
        self.today = current_date()
        self.details.today = self.today
        self.details.set_db(self.db, self.read_only)
        self.new_button.setEnabled(not self.read_only)
        self._fill_years()
        self.column_fit.forget()
        self.reload()
        self.note_loaded()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Show changes made elsewhere (a signal linked, a member renamed); typed text stays."""
        super().showEvent(event)
        if self.db is None or event.spontaneous():
            return
        if self.details.has_unsaved_changes() or not self.changed_since_loaded():
            return  # what is being typed is never thrown away; nothing new: nothing to do
        self.details.set_db(self.db, self.read_only)
        self.reload()
        advice = self.details.advice
        if advice is not None:
            self.details.show_advice(advice.id)
        self.note_loaded()

    def _fill_years(self) -> None:
        current = self.year_filter.currentData()
        blocker = self.year_filter.blockSignals(True)
        self.year_filter.clear()
        self.year_filter.addItem(tr("All years"), None)
        for year in sorted(set(advice_years(self.db)) | {self.today.year}, reverse=True):
            self.year_filter.addItem(str(year), year)
        self.year_filter.setCurrentIndex(max(0, self.year_filter.findData(current)))
        self.year_filter.blockSignals(blocker)

    def _filters(self) -> dict:
        return {"year": self.year_filter.currentData(),
                "status": self.status_filter.currentData(),
                "search": self.search.text()}

    def reload(self) -> None:
        if self.db is None:
            return
        db, filters, today = self.db, self._filters(), self.today
        selected = self.details.advice.id if self.details.advice else None
        self.model.reload(
            lambda: count_advice(db, filters["year"], filters["status"], filters["search"]),
            lambda offset, limit, key, descending: fetch_advice(
                db, offset, limit, key or "reference", descending if key else True,
                filters["year"],
                filters["status"], filters["search"], today))
        self.column_fit.fit()
        self.figures.show_year(db, filters["year"] or today.year)
        if not self._select(selected) and not self.details.has_unsaved_changes():
            self.details.show_advice(selected if selected else None)

    def _select(self, advice_id: int | None) -> bool:
        if advice_id is None:
            return False
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).id == advice_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
                return True
        return False

    def _row_changed(self, current, _previous) -> None:
        if current.isValid():
            advice_id = self.model.row_at(current.row()).id
            if self.details.advice is None or self.details.advice.id != advice_id:
                if not self.may_leave():
                    self._select(self.details.advice.id)  # back to the unsaved advice
                    return
                self.details.show_advice(advice_id)

    # --- never lose typing --------------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        return self.details.has_unsaved_changes()

    def unsaved_description(self) -> str:
        return tr("The advice “{subject}” was changed but not saved yet.",
                  subject=self.details.advice.subject)

    def save_changes(self) -> bool:
        return self.details.save_changes()

    def discard_changes(self) -> None:
        self.details.let_go_of_changes()

    def _advice_changed(self, advice_id: int) -> None:
        self._fill_years()
        self.reload()
        self._select(advice_id)

    # --- actions --------------------------------------------------------------------
    def new_record(self) -> None:
        self.new_advice()

    def new_advice(self) -> None:
        if self.db is None or self.read_only or not self.may_leave():
            return
        dialog = NewAdviceDialog(self.db, self.today, self)
        if run_modal(dialog) and dialog.created_id is not None:
            self.open_item(dialog.created_id)
            self.details.tabs.setCurrentIndex(0)

    def show_annual_report(self) -> None:
        """Adviezen → Jaarverslag… (the menu asks this page, so the window starts without
        the report's code)."""
        if self.council is not None:
            run_modal(AnnualReportDialog(self.council, self.window()))

    def show_statistics(self) -> None:
        """Adviezen → Cijfers voor regio en Koepel…."""
        if self.council is not None:
            run_modal(StatisticsDialog(self.council.db, self.window()))

    def open_item(self, item_id) -> None:
        """Show one advice (from an Overzicht line): filters are cleared if they hide it."""
        if self.db is None:
            return
        self._fill_years()
        if not self._select(item_id):
            for widget in (self.search, self.status_filter, self.year_filter):
                widget.blockSignals(True)
            self.search.clear()
            self.status_filter.setCurrentIndex(0)
            self.year_filter.setCurrentIndex(0)
            for widget in (self.search, self.status_filter, self.year_filter):
                widget.blockSignals(False)
            self.reload()
            if not self._select(item_id):
                self.details.show_advice(item_id)
