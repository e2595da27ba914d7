"""The letters archive (Documenten/Brieven): every kept letter, its PDF beside the list."""

import datetime as dt

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.email_drafts import letter_draft, mailings
from core.errors import RaadswerkError
from core.i18n import format_date, tr, trn
from core.letters import (
    KINDS,
    count_letters,
    delete_letter,
    fetch_letters,
    get_letter,
    letter_pdf,
    mark_sent,
)
from core.letters.model import LetterSummary
from core.paths import default_drafts_dir
from core.relations import find_relation
from ui.documents.email import hand_to_mail_program
from ui.documents.letter_editor import LetterEditorDialog, letter_filename
from ui.documents.preview import PdfPreviewPanel
from ui.errors import show_error
from ui.models.lazy_table import Column, LazyTableModel
from ui.widgets.column_sizing import ColumnsInView, SampleFit
from ui.widgets.cut_text_tips import CutTextTips
from ui.widgets.flow_layout import FlowLayout

ADDRESSEE_WIDTH = 230  # pixels: the first line of an address


def _columns() -> list[Column]:
    return [
        Column(tr("Date"), lambda row: format_date(row.letter_date, "short"), "letter_date"),
        Column(tr("Kind"), lambda row: row.kind_label, "kind"),
        Column(tr("To"), lambda row: row.addressee, "addressee"),
        Column(tr("Subject"), lambda row: row.subject, "subject"),
        Column(tr("Reference"), lambda row: row.reference, "reference"),
        Column(tr("Sent"), _sent_text, "sent_on"),
    ]


def _sent_text(row: LetterSummary) -> str:
    return format_date(row.sent_on, "short") if row.sent_on else tr("not yet")


def _changeable(letter: LetterSummary) -> bool:
    """Only free letters are written here; the other kinds belong to their own feature."""
    return letter.kind == "free" and letter.sent_on is None


class LettersArchive(QWidget):
    """List, search and filter on the left; the selected letter's PDF on the right."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.db = None
        self.read_only = True
        self.today = dt.date.today
        self.model = LazyTableModel(_columns(), lambda: 0, lambda *args: [])
        self._search_timer = QTimer(self, singleShot=True, interval=250,
                                    timeout=self.reload)
        self._build()

    # --- layout -------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search in addressee, subject, reference or text"))
        self.search.setClearButtonEnabled(True)
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(tr("All kinds"), None)
        for code, label in KINDS.items():
            self.kind_filter.addItem(tr(label), code)
        self.new_button = QPushButton(tr("New letter…"))
        bar.addWidget(self.search, 1)
        bar.addWidget(self.kind_filter)
        bar.addWidget(self.new_button)
        layout.addLayout(bar)
        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(self._list_side())
        self.preview = PdfPreviewPanel()
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        # The preview asks for a whole page's width: without sizes the list got a quarter.
        splitter.setSizes([600, 400])
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.kind_filter.currentIndexChanged.connect(lambda _index: self.reload())
        self.new_button.clicked.connect(lambda: self.write_letter())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.table.doubleClicked.connect(lambda _index: self.change_or_reuse())

    def _list_side(self) -> QWidget:
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        self.table = QTableView()
        CutTextTips(self.table)
        # Narrow: the sending state, reference and kind step aside (the preview shows them).
        ColumnsInView(self.table, optional=(5, 4, 1))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setSectionResizeMode(3, QHeaderView.Stretch)
        header.resizeSection(2, ADDRESSEE_WIDTH)
        # Sized once per file, from the first rows: never from every cell on each reload.
        self.column_fit = SampleFit(self.table, [0, 1, 4, 5])
        self.table.sortByColumn(0, Qt.DescendingOrder)
        self.empty_label = QLabel(tr("No letters yet. Write one with \"New letter…\"; "
                                     "advice letters and reminders are kept here too."))
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignCenter)
        self.count_label = QLabel("")
        self.count_label.setObjectName("pageSubtitle")
        actions = FlowLayout()  # two lines beside the preview on a laptop
        self.change_button = QPushButton(tr("Change…"))
        self.change_button.setToolTip(
            tr("Change a free letter that was not sent yet (an advice letter or a reminder "
               "is changed with its advice)"))
        self.reuse_button = QPushButton(tr("Use as new letter…"))
        self.reuse_button.setToolTip(tr("Start a new letter from this one"))
        self.sent_button = QPushButton(tr("Mark as sent"))
        self.delete_button = QPushButton(tr("Delete…"))
        self.delete_button.setToolTip(tr("Delete a letter that was not sent"))
        self.email_button = QPushButton(tr("Send by e-mail…"))
        self.email_button.setToolTip(tr("A draft in your own mail program with the letter's "
                                        "PDF attached"))
        self.mailed_label = QLabel("")
        self.mailed_label.setObjectName("pageSubtitle")
        self.drafts_folder = default_drafts_dir()
        for button in (self.change_button, self.reuse_button, self.sent_button,
                       self.delete_button, self.email_button):
            actions.addWidget(button)
        column.addWidget(self.table, 1)
        column.addWidget(self.empty_label, 1)
        column.addWidget(self.count_label)
        column.addLayout(actions)
        column.addWidget(self.mailed_label)
        self.change_button.clicked.connect(self.change_letter)
        self.reuse_button.clicked.connect(self.reuse_letter)
        self.sent_button.clicked.connect(self.toggle_sent)
        self.delete_button.clicked.connect(self.delete_current)
        self.email_button.clicked.connect(self.send_by_email)
        return side

    # --- data -----------------------------------------------------------------
    def set_database(self, db, read_only: bool) -> None:
        self.db, self.read_only = db, read_only
        self.column_fit.forget()
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        self._search_timer.stop()  # this reload already uses the latest search words
        if self.db is None:
            self.model.reload(lambda: 0, lambda *args: [])
        else:
            kind, search, db = self.kind_filter.currentData(), self.search.text(), self.db
            self.model.reload(
                lambda: count_letters(db, kind, search),
                lambda offset, limit, key, descending: fetch_letters(
                    db, offset, limit, key, descending, kind, search))
            self.column_fit.fit()
        total = self.model.total()
        filtered = bool(self.search.text().strip() or self.kind_filter.currentData())
        self.empty_label.setVisible(total == 0 and not filtered)
        self.table.setVisible(total > 0 or filtered)
        self.count_label.setText(trn("{count} letter", "{count} letters", total))
        self.new_button.setEnabled(self.db is not None and not self.read_only)
        if select_id is not None:
            self.select_letter(select_id)
        elif total:
            self.table.selectRow(0)
        self._show_current()

    def select_letter(self, letter_id: int) -> bool:
        """Select the letter in the list (loading more rows if needed)."""
        while True:
            for row in range(self.model.rowCount()):
                if self.model.row_at(row).id == letter_id:
                    index = self.model.index(row, 0)
                    self.table.selectionModel().setCurrentIndex(
                        index, QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
                    self.table.scrollTo(index)
                    return True
            if not self.model.canFetchMore():
                return False
            self.model.fetchMore()

    def current(self) -> LetterSummary | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row_at(index.row())

    def _show_current(self) -> None:
        letter = self.current()
        editable = letter is not None and not self.read_only
        self.change_button.setEnabled(editable and _changeable(letter))
        self.reuse_button.setEnabled(editable)
        self.sent_button.setEnabled(editable)
        self.delete_button.setEnabled(editable and letter.sent_on is None)
        self.sent_button.setText(tr("Mark as not sent") if letter and letter.sent_on
                                 else tr("Mark as sent"))
        self.email_button.setEnabled(editable)
        found = mailings(self.db, letter_id=letter.id) if letter is not None else []
        self.mailed_label.setText("; ".join(mailing.line for mailing in found[:3]))
        if letter is None:
            self.preview.show_message(tr("Choose a letter to see it here."))
            return
        try:
            pdf = letter_pdf(self.db, letter.id)
        except RaadswerkError as error:
            self.preview.show_message(str(error))
            return
        self.preview.set_pdf(pdf, letter.subject,
                             letter_filename(letter.letter_date, letter.subject))

    # --- actions ---------------------------------------------------------------
    def send_by_email(self) -> None:
        """The letter's PDF in a draft to its addressee (the relation's e-mail, if known)."""
        summary = self.current()
        if summary is None:
            return
        try:
            letter = get_letter(self.db, summary.id)
            pdf = letter_pdf(self.db, letter.id)
        except RaadswerkError as error:
            show_error(self, error)
            return
        relation = find_relation(self.db, letter.content.relation_id)
        draft = letter_draft(self.db, letter, pdf,
                             letter_filename(letter.content.letter_date, letter.content.subject),
                             relation.email if relation else "")
        # A letter may go to someone not in Relaties: the secretary then fills in To.
        hand_to_mail_program(self, self.db, draft, self.drafts_folder, "letter",
                             letter_id=letter.id)
        self._show_current()

    def write_letter(self, start_from=None) -> LetterEditorDialog | None:
        if self.db is None or self.read_only:
            return None
        dialog = LetterEditorDialog(self.db, self, start_from=start_from, today=self.today())
        dialog.archived.connect(lambda letter_id: self.reload(select_id=letter_id))
        dialog.open()
        return dialog

    def change_letter(self) -> LetterEditorDialog | None:
        letter = self.current()
        if letter is None or self.read_only or not _changeable(letter):
            return None
        dialog = LetterEditorDialog(self.db, self, letter_id=letter.id)
        dialog.archived.connect(lambda letter_id: self.reload(select_id=letter_id))
        dialog.open()
        return dialog

    def reuse_letter(self) -> LetterEditorDialog | None:
        letter = self.current()
        if letter is None:
            return None
        content = get_letter(self.db, letter.id).content
        content.letter_date = self.today()
        return self.write_letter(start_from=content)

    def change_or_reuse(self) -> None:
        letter = self.current()
        if letter is not None and _changeable(letter):
            self.change_letter()
        else:
            self.reuse_letter()

    def toggle_sent(self) -> None:
        letter = self.current()
        if letter is None or self.read_only:
            return
        try:
            mark_sent(self.db, letter.id, None if letter.sent_on else self.today())
        except RaadswerkError as error:
            show_error(self, error)
        self.reload(select_id=letter.id)

    def confirm_delete(self, letter: LetterSummary) -> bool:
        answer = QMessageBox.question(
            self, tr("Delete letter"),
            tr("Delete the letter \"{subject}\" and its PDF from the archive? "
               "This cannot be undone.", subject=letter.subject[:120]))
        return answer == QMessageBox.Yes

    def delete_current(self) -> None:
        letter = self.current()
        if letter is None or self.read_only or not self.confirm_delete(letter):
            return
        try:
            delete_letter(self.db, letter.id)
        except RaadswerkError as error:
            show_error(self, error)
        self.reload()
