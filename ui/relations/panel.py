"""Relaties: the list of addressees, with new, change, remove and import."""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.errors import RaadswerkError
from core.i18n import tr
from core.relations import delete_relation, list_relations, role_label
from core.relations.importing import prepare_relations_import, run_relations_import
from core.relations.model import Relation
from ui.errors import show_error
from ui.models.lazy_table import Column, LazyTableModel
from ui.relations.relation_dialog import RelationDialog
from ui.widgets.column_sizing import ColumnsInView
from ui.widgets.cut_text_tips import CutTextTips
from ui.widgets.modal import run_modal


def _columns() -> list[Column]:
    return [
        Column(tr("Name"), lambda row: row.name),
        Column(tr("Role"), lambda row: role_label(row.role)),
        Column(tr("Organisation"), lambda row: row.organisation),
        Column(tr("Postal address"), lambda row: ", ".join(row.postal_address.split("\n"))),
        Column(tr("E-mail"), lambda row: row.email),
    ]


class RelationsPanel(QWidget):
    """Everyone the council writes to; letters take their address from here."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.db = None
        self.read_only = True
        self._rows: list[Relation] = []
        self.model = LazyTableModel(_columns(), lambda: 0, lambda *args: [])
        self._search_timer = QTimer(self, singleShot=True, interval=250, timeout=self.reload)
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search in name, organisation, address or e-mail"))
        self.search.setClearButtonEnabled(True)
        self.new_button = QPushButton(tr("New relation…"))
        self.edit_button = QPushButton(tr("Change…"))
        self.delete_button = QPushButton(tr("Remove…"))
        self.import_button = QPushButton(tr("Import…"))
        self.import_button.setToolTip(tr("Contacts exported from Outlook or Google "
                                         "(CSV or vCard)"))
        bar.addWidget(self.search, 1)
        for button in (self.new_button, self.edit_button, self.delete_button,
                       self.import_button):
            bar.addWidget(button)
        layout.addLayout(bar)
        self.table = QTableView()
        CutTextTips(self.table)
        ColumnsInView(self.table)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setSectionResizeMode(3, QHeaderView.Stretch)
        header.resizeSection(0, 260)
        header.resizeSection(1, 150)
        header.resizeSection(2, 170)
        layout.addWidget(self.table, 1)
        self.count_label = QLabel("")
        self.count_label.setObjectName("pageSubtitle")
        layout.addWidget(self.count_label)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.new_button.clicked.connect(lambda: self.new_relation())
        self.edit_button.clicked.connect(lambda: self.change_current())
        self.delete_button.clicked.connect(lambda: self.remove_current())
        self.import_button.clicked.connect(lambda: self.import_file())
        self.table.doubleClicked.connect(lambda _index: self.change_current())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())

    def set_database(self, db, read_only: bool) -> None:
        self.db, self.read_only = db, read_only
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        self._rows = list_relations(self.db, self.search.text()) if self.db is not None else []
        rows = self._rows
        self.model.reload(lambda: len(rows), lambda offset, limit, *_: rows[offset:offset + limit]
                          if limit >= 0 else rows[offset:])
        self.count_label.setText(tr("Relations in this file: {count}", count=len(rows)))
        if select_id is not None:
            for index, relation in enumerate(rows):
                if relation.id == select_id:
                    self.table.selectRow(index)
        self._update_buttons()

    def current(self) -> Relation | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        return self._rows[index.row()]

    def _update_buttons(self) -> None:
        writable = self.db is not None and not self.read_only
        selected = self.current() is not None
        self.new_button.setEnabled(writable)
        self.import_button.setEnabled(writable)
        self.edit_button.setEnabled(writable and selected)
        self.delete_button.setEnabled(writable and selected)

    def new_relation(self) -> int | None:
        dialog = RelationDialog(self.db, parent=self)
        if run_modal(dialog):
            self.reload(select_id=dialog.relation_id)
            return dialog.relation_id
        return None

    def change_current(self) -> None:
        relation = self.current()
        if relation is None or self.read_only:
            return
        if run_modal(RelationDialog(self.db, relation.id, self)):
            self.reload(select_id=relation.id)

    def remove_current(self) -> None:
        relation = self.current()
        if relation is None:
            return
        answer = QMessageBox.question(
            self, tr("Remove relation"),
            tr("Remove {name} from Relaties? Letters written to this address keep it.",
               name=relation.name))
        if answer != QMessageBox.Yes:
            return
        try:
            delete_relation(self.db, relation.id)
        except RaadswerkError as error:
            show_error(self, error)
        self.reload()

    def import_file(self, path: str | None = None) -> int:
        """Import contacts from a CSV or vCard export; returns how many were added."""
        if path is None:
            path, _filter = QFileDialog.getOpenFileName(
                self, tr("Import contacts"), "",
                tr("Contacts (*.csv *.vcf *.vcard *.txt);;All files (*)"))
            if not path:
                return 0
        try:
            prepared = prepare_relations_import(self.db, path)
        except RaadswerkError as error:
            show_error(self, error)
            return 0
        question = tr("Add {new} relations from this file?", new=len(prepared.new))
        if prepared.known:
            question += " " + tr("{known} are already in Relaties and are skipped.",
                                 known=len(prepared.known))
        if not prepared.new:
            QMessageBox.information(self, tr("Import contacts"), tr(
                "Every contact in this file is already in Relaties."))
            return 0
        if QMessageBox.question(self, tr("Import contacts"), question) != QMessageBox.Yes:
            return 0
        try:
            added = run_relations_import(self.db, prepared)
        except RaadswerkError as error:
            show_error(self, error)
            return 0
        self.reload()
        return added
