"""Leden: the member list (filter, sort, add, edit, leave, erase), working groups,
terms of office that end soon, import, export and the printed member list."""

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.documents.letterhead import load_letterhead
from core.errors import RaadswerkError
from core.i18n import format_date, format_number, tr, trn
from core.members import ROLES, MemberFilter, get_member, list_working_groups, reinstate
from core.members import role_label as role_name
from core.members.exporting import export_members
from core.members.member_list import load_member_list, render_member_list
from core.members.rooster import load_rooster, render_rooster
from core.members.term_history import list_terms, standing
from core.members.terms import (
    count_terms_ending,
    max_terms,
    reappointment_text,
    term_years,
    terms_ending,
)
from core.output import write_atomically
from ui.allowances.dialog import AllowancesDialog
from ui.documents.preview import preview_document
from ui.errors import show_error
from ui.members.details import member_details
from ui.members.erase_dialog import EraseDialog, show_erasure_report
from ui.members.groups_panel import WorkingGroupsPanel
from ui.members.import_dialog import ImportDialog
from ui.members.leave_dialog import LeaveDialog
from ui.members.list_model import make_member_model, member_source
from ui.members.member_dialog import MemberDialog
from ui.members.reappoint_dialog import ReappointDialog
from ui.pages.base import Page
from ui.safety.erased_backups import offer_to_delete_backups
from ui.safety.preferences import backup_folder
from ui.widgets.column_sizing import ColumnsInView
from ui.widgets.cut_text_tips import CutTextTips
from ui.widgets.modal import run_modal

SEARCH_DELAY_MS = 250
MAX_BATCHES_TO_FIND = 10
MAX_TERM_LINES = 50
COLUMN_WIDTHS = (210, 130, 190, 230, 115, 100)  # the status column takes what is left


class MembersPage(Page):
    section = "members"

    def __init__(self, parent=None):
        super().__init__(
            tr("Members"),
            tr("The council's members, their roles, working groups and terms of office."),
            parent,
        )
        self.group_names: dict[int, str] = {}
        self._build_terms()
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_list_tab(), tr("Members"))
        self.groups_panel = WorkingGroupsPanel()
        self.groups_panel.changed.connect(self.refresh)
        self.tabs.addTab(self.groups_panel, tr("Working groups"))
        self.body.addWidget(self.tabs, 1)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)

    def new_record(self) -> None:
        self.new_member()

    # Layout -------------------------------------------------------------------------

    def _build_terms(self) -> None:
        self.terms_heading = QLabel(tr("Terms of office ending soon"))
        self.terms_heading.setObjectName("sectionHeading")
        self.terms_list = QListWidget()
        self.terms_list.setObjectName("attentionList")
        self.terms_list.setMaximumHeight(96)
        self.terms_list.itemActivated.connect(
            lambda item: self.open_item(item.data(Qt.UserRole)))
        self.body.addWidget(self.terms_heading)
        self.body.addWidget(self.terms_list)

    def _build_filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search name, e-mail, phone, organisation…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.status_filter = QComboBox()
        for label, code in ((tr("Active members"), "active"), (tr("Former members"), "former"),
                            (tr("All members"), "all")):
            self.status_filter.addItem(label, code)
        self.role_filter = QComboBox()
        self.role_filter.addItem(tr("All roles"), None)
        for code in ROLES:
            self.role_filter.addItem(role_name(code), code)
        self.group_filter = QComboBox()
        for combo in (self.status_filter, self.role_filter, self.group_filter):
            combo.currentIndexChanged.connect(self.apply_filter)
        row.addWidget(self.search, 2)
        row.addWidget(self.status_filter)
        row.addWidget(self.role_filter)
        row.addWidget(self.group_filter)
        return row

    def _build_buttons(self) -> QHBoxLayout:
        """What is done to the chosen member, under the list."""
        row = QHBoxLayout()
        self.new_button = QPushButton(tr("New member…"))
        self.edit_button = QPushButton(tr("Edit…"))
        self.reappoint_button = QPushButton(tr("Reappoint…"))
        self.leave_button = QPushButton(tr("Leaves the council…"))
        self.reinstate_button = QPushButton(tr("Active again"))
        self.erase_button = QPushButton(tr("Erase entirely…"))
        for button, slot in ((self.new_button, self.new_member),
                             (self.edit_button, self.edit_member),
                             (self.reappoint_button, self.reappoint_member),
                             (self.leave_button, self.leave_council),
                             (self.reinstate_button, self.reinstate),
                             (self.erase_button, self.erase_member)):
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _build_list_actions(self) -> QHBoxLayout:
        """What is done with the whole list, above it: count, import, export, print."""
        row = QHBoxLayout()
        self.count_label = QLabel("")
        row.addWidget(self.count_label, 1)
        self.import_button = QPushButton(tr("Import…"))
        self.import_button.clicked.connect(self.import_members)
        self.export_button = QPushButton(tr("Export…"))
        self.export_button.clicked.connect(self.export_members)
        self.print_button = QPushButton(tr("Print member list"))
        menu = QMenu(self.print_button)
        self.print_action = menu.addAction(tr("Member list with contact details…"))
        self.print_action.triggered.connect(lambda: self.print_list(False))
        self.print_public_action = menu.addAction(tr("Public list, without contact details…"))
        self.print_public_action.triggered.connect(lambda: self.print_list(True))
        self.print_terms_action = menu.addAction(tr("Retirement schedule…"))
        self.print_terms_action.triggered.connect(self.print_terms)
        self.allowances_action = menu.addAction(tr("Volunteer allowances…"))
        self.allowances_action.triggered.connect(self.show_allowances)
        self.print_button.setMenu(menu)
        for button in (self.import_button, self.export_button, self.print_button):
            row.addWidget(button)
        return row

    def _build_list_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(self._build_filters())
        layout.addLayout(self._build_list_actions())
        splitter = QSplitter(Qt.Horizontal)
        self.table = QTableView()
        CutTextTips(self.table)
        ColumnsInView(self.table)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.activated.connect(lambda _index: self.edit_member())
        self.model = make_member_model(None, MemberFilter(), self)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        for column, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setSortIndicator(0, Qt.AscendingOrder)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.details = QLabel("")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.PlainText)
        self.details.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.details.setContentsMargins(8, 4, 8, 4)
        # In a scroll area, so that long notes never push the buttons off the screen.
        details_area = QScrollArea()
        details_area.setWidgetResizable(True)
        details_area.setWidget(self.details)
        details_area.setMinimumWidth(240)
        # Down, not sideways: a long e-mail address in a narrow column loses a few pixels
        # (the splitter makes the column wider) rather than adding a bar of its own.
        details_area.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        splitter.addWidget(self.table)
        splitter.addWidget(details_area)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        layout.addLayout(self._build_buttons())
        return tab

    # Loading ------------------------------------------------------------------------

    def current_filter(self) -> MemberFilter:
        return MemberFilter(
            status=self.status_filter.currentData() or "active",
            role=self.role_filter.currentData(),
            working_group_id=self.group_filter.currentData(),
            text=self.search.text(),
        )

    def refresh(self) -> None:
        if self.db is None:
            return
        groups = list_working_groups(self.db)
        self.group_names = {group.id: group.name for group in groups}
        self._fill_group_filter(groups)
        self._fill_terms()
        self.groups_panel.load(self.db, self.read_only)
        self.apply_filter()

    def _fill_group_filter(self, groups) -> None:
        current = self.group_filter.currentData()
        self.group_filter.blockSignals(True)
        self.group_filter.clear()
        self.group_filter.addItem(tr("All working groups"), None)
        for group in groups:
            self.group_filter.addItem(group.name, group.id)
        self.group_filter.setCurrentIndex(max(0, self.group_filter.findData(current)))
        self.group_filter.blockSignals(False)

    def _fill_terms(self) -> None:
        self.terms_list.clear()
        today = dt.date.today()
        for ending in terms_ending(self.db, today, limit=MAX_TERM_LINES):
            text = tr("{name} — term of office until {date}. {again}", name=ending.name,
                      date=format_date(ending.term_end), again=reappointment_text(ending))
            item = QListWidgetItem(text)
            item.setData(Qt.UserRole, ending.member_id)
            self.terms_list.addItem(item)
        more = count_terms_ending(self.db, today) - self.terms_list.count()
        if more > 0:
            self.terms_list.addItem(tr("… and {count} more.", count=format_number(more)))
        has_terms = self.terms_list.count() > 0
        self.terms_heading.setVisible(has_terms)
        self.terms_list.setVisible(has_terms)

    def apply_filter(self) -> None:
        if self.db is None:
            return
        count, fetch = member_source(self.db, self.current_filter())
        self.model.reload(count, fetch)
        total = self.model.total()
        self.count_label.setText(trn("{count} member", "{count} members", total)
                                 if total != 1 else tr("1 member"))
        self._selection_changed()

    def selected_member(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selection_changed(self, *_args) -> None:
        member = self.selected_member()
        writable = not self.read_only
        self.new_button.setEnabled(writable)
        self.import_button.setEnabled(writable)
        self.edit_button.setEnabled(writable and member is not None)
        self.erase_button.setEnabled(writable and member is not None)
        self.leave_button.setEnabled(writable and member is not None and member.is_active)
        self.reappoint_button.setEnabled(writable and member is not None and member.is_active
                                         and member.is_council_member)
        self.reinstate_button.setEnabled(writable and member is not None
                                         and not member.is_active)
        if member is None:
            self.details.setText(tr("Choose a member to see the details."))
        else:
            self.details.setText(self._details_text(member))

    def _details_text(self, member) -> str:
        terms = list_terms(self.db, member.id)
        place = (standing(terms, member.reappointable, term_years(self.db), max_terms(self.db))
                 if terms else None)
        return member_details(member, self.group_names, terms, place)

    def open_item(self, item_id) -> None:
        """Show one member: the list switches to the right status and selects them."""
        if self.db is None or item_id is None:
            return
        member = get_member(self.db, int(item_id))
        self.tabs.setCurrentIndex(0)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.role_filter.setCurrentIndex(0)
        self.group_filter.setCurrentIndex(0)
        self.status_filter.setCurrentIndex(self.status_filter.findData(member.status))
        self.apply_filter()
        if not self.select_member(member.id):
            # Far down a long list: show the member by name instead of loading thousands.
            self.search.blockSignals(True)
            self.search.setText(member.display_name)
            self.search.blockSignals(False)
            self.apply_filter()
            self.select_member(member.id)

    def open_working_group(self, group_id) -> None:
        """Show one working group on its tab (from a search hit)."""
        self.tabs.setCurrentIndex(self.tabs.indexOf(self.groups_panel))
        if group_id is not None:
            self.groups_panel.select_group(int(group_id))

    def select_member(self, member_id: int) -> bool:
        for _ in range(MAX_BATCHES_TO_FIND):
            for row in range(self.model.rowCount()):
                if self.model.row_at(row).id == member_id:
                    index = self.model.index(row, 0)
                    self.table.selectionModel().select(
                        index, QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
                    self.table.scrollTo(index)
                    self.table.setFocus()
                    return True
            if not self.model.canFetchMore():
                return False
            self.model.fetchMore()
        return False

    # Actions ------------------------------------------------------------------------

    def new_member(self) -> None:
        if self.db is None or self.read_only:
            return
        dialog = MemberDialog(self.db, None, self)
        if run_modal(dialog):
            self.refresh()
            self.select_member(dialog.member_id)

    def edit_member(self) -> None:
        member = self.selected_member()
        if member is None or self.read_only:
            return
        if run_modal(MemberDialog(self.db, member.id, self)):
            self.refresh()
            self.select_member(member.id)

    def reappoint_member(self) -> None:
        member = self.selected_member()
        if member is None or not member.is_active or self.read_only:
            return
        if run_modal(ReappointDialog(self.db, member, self)):
            self.refresh()
            self.select_member(member.id)

    def leave_council(self) -> None:
        member = self.selected_member()
        if member is None or not member.is_active or self.read_only:
            return
        if run_modal(LeaveDialog(self.db, member, self)):
            self.refresh()

    def reinstate(self) -> None:
        member = self.selected_member()
        if member is None or member.is_active or self.read_only:
            return
        reinstate(self.db, member.id)
        self.refresh()

    def erase_member(self) -> None:
        member = self.selected_member()
        if member is None or self.read_only:
            return
        dialog = EraseDialog(self.db, member, self)
        if run_modal(dialog) and dialog.report is not None:
            self.refresh()
            show_erasure_report(self, dialog.report)
            offer_to_delete_backups(self, self.db, backup_folder(self.preferences),
                                    dialog.report.name, dialog.report.identifiers)

    def import_members(self) -> None:
        if self.db is None or self.read_only:
            return
        dialog = ImportDialog(self.db, self)
        if run_modal(dialog) and dialog.result is not None:
            self.refresh()
            result = dialog.result
            QMessageBox.information(self, tr("Import members"),
                                    tr("{added} members imported; {skipped} likely duplicates "
                                       "skipped.", added=result.added,
                                       skipped=result.skipped_duplicates))

    def export_members(self) -> None:
        if self.db is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, tr("Export members"), tr("members") + ".xlsx",
            tr("Excel workbook") + " (*.xlsx);;" + tr("CSV file") + " (*.csv)")
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> Path | None:
        if path.suffix.lower() not in (".csv", ".xlsx"):
            path = path.with_suffix(".xlsx")
        try:
            return write_atomically(path, export_members(self.db, path.suffix))
        except (RaadswerkError, ValueError) as error:
            show_error(self, error)
            return None

    def print_list(self, public: bool) -> None:
        if self.db is None:
            return
        head = load_letterhead(self.db)
        members, groups = load_member_list(self.db)
        title = tr("Member list (public)") if public else tr("Member list")
        filename = (tr("member-list-public") if public else tr("member-list")) + ".pdf"
        preview_document(self, lambda: render_member_list(head, members, groups, public),
                         title, filename)

    def show_allowances(self) -> None:
        """The same overview as Leden → Vrijwilligersvergoeding…, for the treasurer."""
        if self.council is not None:
            run_modal(AllowancesDialog(self.council, self))

    def print_terms(self) -> None:
        if self.db is None:
            return
        head, rooster = load_letterhead(self.db), load_rooster(self.db)
        preview_document(self, lambda: render_rooster(head, rooster),
                         tr("Retirement schedule"), tr("retirement-schedule") + ".pdf")
