"""The agenda builder: numbered items and sub-items, times, reordering, documents.

Items move by drag and drop and by keyboard (Alt+Up/Down; Alt+Right makes a
sub-item, Alt+Left a main item again); numbers and times follow at once.
"""

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.errors import RaadswerkError
from core.file_names import disk_name
from core.files import read_document
from core.i18n import tr, trn
from core.meetings import agenda as core_agenda
from core.meetings.attachments import add_document
from core.meetings.model import MAX_ITEM_MINUTES, PURPOSES, purpose_label
from core.meetings.people import active_members
from core.meetings.repository import get_meeting
from core.meetings.rules import quorum_status
from core.output import write_atomically
from ui.errors import show_error

ID_ROLE = Qt.UserRole
COLUMNS = ("No.", "Time", "Item", "Presenter", "Asked", "Min.")


class AgendaTree(QTreeWidget):
    """A tree whose drops are reported as a new order, at most two levels deep."""

    order_dropped = Signal(list)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setHeaderLabels([tr(c) for c in COLUMNS])
        self.setDragDropMode(QAbstractItemView.InternalMove)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setDefaultDropAction(Qt.MoveAction)
        self.setRootIsDecorated(False)
        self.setIndentation(14)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        header = self.header()
        header.setStretchLastSection(False)
        for column in range(len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.Stretch)

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().dropEvent(event)
        self.order_dropped.emit(self.structure())

    def structure(self) -> list[tuple[int, list[int]]]:
        """[(main item id, [sub-item ids])]; anything dropped deeper becomes a sub-item."""
        result = []
        for index in range(self.topLevelItemCount()):
            top = self.topLevelItem(index)
            subs: list[int] = []
            self._collect(top, subs)
            result.append((top.data(0, ID_ROLE), subs))
        return result

    def _collect(self, node: QTreeWidgetItem, into: list[int]) -> None:
        for index in range(node.childCount()):
            child = node.child(index)
            into.append(child.data(0, ID_ROLE))
            self._collect(child, into)


class AgendaBuilder(QWidget):
    """Build one meeting's agenda. ``set_meeting(db, id)`` loads it."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.db = None
        self.meeting_id = None
        self.read_only = False
        self.items = []
        self._loading = False
        self._build()

    # --- layout ----------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(tr("New item"))
        self.add_button.setToolTip(tr("Add an item before Any other business (Ctrl+N)"))
        self.sub_button = QPushButton(tr("New sub-item"))
        self.up_button = QPushButton("▲")
        self.up_button.setToolTip(tr("Move the item up (Alt+Up)"))
        self.down_button = QPushButton("▼")
        self.down_button.setToolTip(tr("Move the item down (Alt+Down)"))
        self.indent_button = QPushButton("⇥")
        self.indent_button.setToolTip(tr("Make it a sub-item of the item above (Alt+Right)"))
        self.outdent_button = QPushButton("⇤")
        self.outdent_button.setToolTip(tr("Make the sub-item a main item again (Alt+Left)"))
        self.delete_button = QPushButton(tr("Delete"))
        self.delete_button.setToolTip(tr("Delete the item (Delete)"))
        for button in (self.up_button, self.down_button, self.indent_button,
                       self.outdent_button):
            button.setAccessibleName(button.toolTip())
            button.setFixedWidth(44)
        for button in (self.add_button, self.sub_button, self.up_button, self.down_button,
                       self.indent_button, self.outdent_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.warning = QLabel("")
        self.warning.setObjectName("formMessage")
        self.warning.setProperty("error", True)
        self.warning.setWordWrap(True)
        self.warning.setVisible(False)
        layout.addWidget(self.warning)
        splitter = QSplitter(Qt.Vertical)
        self.tree = AgendaTree()
        splitter.addWidget(self.tree)
        splitter.addWidget(self._build_form())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([320, 200])
        layout.addWidget(splitter, 1)
        self.summary = QLabel("")
        self.summary.setObjectName("pageSubtitle")
        layout.addWidget(self.summary)
        self._connect()

    def _build_form(self) -> QWidget:
        form_widget = QWidget()
        columns = QHBoxLayout(form_widget)
        columns.setContentsMargins(0, 6, 0, 0)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.title_edit = QLineEdit()
        self.explanation_edit = QPlainTextEdit()
        self.explanation_edit.setTabChangesFocus(True)
        self.explanation_edit.setFixedHeight(70)
        self.explanation_edit.installEventFilter(self)
        self.presenter_edit = QLineEdit()
        self.duration_spin = QSpinBox()
        self.duration_spin.setRange(0, MAX_ITEM_MINUTES)
        self.duration_spin.setSuffix(tr(" min"))
        self.purpose_combo = QComboBox()
        for code in PURPOSES:
            self.purpose_combo.addItem(purpose_label(code), code)
        self.requested_combo = QComboBox()
        self.confidential_check = QCheckBox(tr("Confidential (closed part of the meeting)"))
        self.confidential_check.setToolTip(tr("Left out of the agenda, pack and minutes for "
                                              "publication; every page for members says so."))
        form.addRow(tr("Title"), self.title_edit)
        form.addRow(tr("Explanation"), self.explanation_edit)
        form.addRow(tr("Presenter"), self.presenter_edit)
        form.addRow(tr("Duration"), self.duration_spin)
        form.addRow(tr("Asked of the meeting"), self.purpose_combo)
        form.addRow(tr("At the request of"), self.requested_combo)
        form.addRow("", self.confidential_check)
        columns.addLayout(form, 3)
        documents = QVBoxLayout()
        documents.addWidget(QLabel(tr("Documents")))
        row = QHBoxLayout()
        self.documents_list = QListWidget()
        self.documents_list.setMinimumWidth(120)
        row.addWidget(self.documents_list, 1)
        document_buttons = QVBoxLayout()
        self.add_document_button = QPushButton(tr("Attach…"))
        self.save_document_button = QPushButton(tr("Save copy…"))
        self.remove_document_button = QPushButton(tr("Remove"))
        self.confidential_document_button = QPushButton(tr("Confidential"))
        self.confidential_document_button.setCheckable(True)
        self.confidential_document_button.setToolTip(tr("Left out of the pack for publication"))
        for button in (self.add_document_button, self.save_document_button,
                       self.remove_document_button, self.confidential_document_button):
            document_buttons.addWidget(button)
        document_buttons.addStretch(1)
        row.addLayout(document_buttons)
        documents.addLayout(row, 1)
        columns.addLayout(documents, 2)
        self.form_widget = form_widget
        return form_widget

    def _connect(self) -> None:
        self.add_button.clicked.connect(self.add_item)
        self.sub_button.clicked.connect(self.add_sub_item)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        self.indent_button.clicked.connect(self.indent)
        self.outdent_button.clicked.connect(self.outdent)
        self.delete_button.clicked.connect(self.delete_item)
        self.tree.currentItemChanged.connect(self._current_changed)
        self.tree.order_dropped.connect(self._dropped)
        for widget in (self.title_edit, self.presenter_edit, self.duration_spin):
            widget.editingFinished.connect(self.save_form)
        self.purpose_combo.activated.connect(self.save_form)
        self.requested_combo.activated.connect(self.save_form)
        self.confidential_check.toggled.connect(self.save_form)
        self.confidential_document_button.toggled.connect(self.mark_document)
        self.documents_list.currentItemChanged.connect(self._document_changed)
        self.add_document_button.clicked.connect(self.attach_document)
        self.save_document_button.clicked.connect(self.save_document)
        self.remove_document_button.clicked.connect(self.remove_document)
        shortcuts = (("Alt+Up", lambda: self.move(-1)), ("Alt+Down", lambda: self.move(1)),
                     ("Alt+Right", self.indent), ("Alt+Left", self.outdent),
                     ("Delete", self.delete_item), ("Ctrl+N", self.add_item))
        for sequence, slot in shortcuts:
            QShortcut(QKeySequence(sequence), self.tree, activated=slot,
                      context=Qt.WidgetShortcut)

    def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
        if watched is self.explanation_edit and event.type() == QEvent.FocusOut:
            self.save_form()
        return super().eventFilter(watched, event)

    # --- loading ------------------------------------------------------------------
    def set_meeting(self, db, meeting_id, read_only: bool = False) -> None:
        self.db, self.meeting_id, self.read_only = db, meeting_id, read_only
        self.requested_combo.clear()
        self.requested_combo.addItem(tr("(nobody)"), None)
        if db is not None:
            for member in active_members(db):
                self.requested_combo.addItem(member.display_name, member.id)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        """Read the agenda again; keeps (or moves to) the selected item."""
        if select_id is None:
            select_id = self.current_id()
        self._loading = True
        self.tree.clear()
        self.items = [] if self.meeting_id is None else core_agenda.list_agenda(
            self.db, self.meeting_id)
        nodes: dict[int, QTreeWidgetItem] = {}
        for item in self.items:
            parent = nodes.get(item.parent_id)
            node = QTreeWidgetItem(parent) if parent else QTreeWidgetItem(self.tree)
            values = (item.number, item.start, item.title, item.presenter,
                      purpose_label(item.purpose) if item.purpose else "", str(item.duration))
            for column, value in enumerate(values):
                node.setText(column, value)
            if item.confidential:
                node.setText(2, f"{item.title} {tr('(confidential)')}")
            if item.documents:
                node.setToolTip(2, trn("{count} document",
                                       "{count} documents",
                                       len(item.documents)))
            if item.parent_id is None:
                font = node.font(2)
                font.setBold(True)
                node.setFont(2, font)
                node.setFont(0, font)
            node.setData(0, ID_ROLE, item.id)
            nodes[item.id] = node
        self.tree.expandAll()
        self._loading = False
        if select_id in nodes:
            self.tree.setCurrentItem(nodes[select_id])
        elif nodes:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self._current_changed()
        self._update_summary()

    def _update_summary(self) -> None:
        if self.meeting_id is None:
            self.summary.setText("")
            self.warning.setVisible(False)
            return
        meeting = get_meeting(self.db, self.meeting_id)
        end = core_agenda.agenda_end(self.items, meeting.start_time)
        self.summary.setText(trn("{count} item · from {start} to {end} (planned end {planned})",
                                 "{count} items · from {start} to {end} (planned end {planned})",
                                 len(self.items),
                                 start=meeting.start_time,
                                 end=end,
                                 planned=meeting.end_time))
        quorum = quorum_status(self.db, self.meeting_id, expected=True)
        warnings = [core_agenda.overrun_warning(meeting, self.items),
                    quorum.warning(expected=True) if quorum else ""]
        warning = "\n".join(text for text in warnings if text)
        self.warning.setText(warning)
        self.warning.setVisible(bool(warning))

    def current_id(self) -> int | None:
        node = self.tree.currentItem()
        return node.data(0, ID_ROLE) if node is not None else None

    def current_item(self):
        item_id = self.current_id()
        return next((item for item in self.items if item.id == item_id), None)

    def _current_changed(self, *_args) -> None:
        if self._loading:
            return
        item = self.current_item()
        self._loading = True
        self.title_edit.setText(item.title if item else "")
        self.explanation_edit.setPlainText(item.explanation if item else "")
        self.presenter_edit.setText(item.presenter if item else "")
        self.duration_spin.setValue(item.duration if item else 0)
        self.purpose_combo.setCurrentIndex(max(0, self.purpose_combo.findData(
            item.purpose if item else "")))
        index = self.requested_combo.findData(item.requested_by_id) if item else 0
        if item and item.requested_by_id and index < 0:  # a former member asked for it
            self.requested_combo.addItem(item.requested_by, item.requested_by_id)
            index = self.requested_combo.count() - 1
        self.requested_combo.setCurrentIndex(max(0, index))
        inherited = self._closed_parent(item)
        self.confidential_check.setChecked(bool(item and item.confidential))
        self.confidential_check.setDisabled(inherited)
        self.confidential_check.setToolTip(
            tr("Its main item is confidential.") if inherited else
            tr("Left out of the agenda, pack and minutes for publication; every page for "
               "members says so."))
        self.documents_list.clear()
        for document in item.documents if item else []:
            label = core_agenda.document_label(document)
            if document.confidential:
                label = f"{label} {tr('(confidential)')}"
            entry = QListWidgetItem(label)
            entry.setToolTip(document.name)
            entry.setData(ID_ROLE, document)
            self.documents_list.addItem(entry)
        self._loading = False
        self._update_enabled(item)
        self._document_changed()

    def _closed_parent(self, item) -> bool:
        """Whether ``item`` is confidential because its main item is."""
        if item is None or item.parent_id is None:
            return False
        parent = next((other for other in self.items if other.id == item.parent_id), None)
        return parent is not None and parent.confidential

    def _document_changed(self, *_args) -> None:
        document = self._current_document()
        self._loading = True
        self.confidential_document_button.setChecked(bool(document and document.confidential))
        self._loading = False
        self.confidential_document_button.setEnabled(document is not None and not self.read_only)

    def mark_document(self, confidential: bool) -> None:
        document = self._current_document()
        if self._loading or document is None or self.read_only:
            return
        self._run(lambda: core_agenda.set_document_confidential(self.db, document.id,
                                                                confidential),
                  document.agenda_item_id)

    def _update_enabled(self, item) -> None:
        editable = not self.read_only and self.meeting_id is not None
        self.add_button.setEnabled(editable)
        for widget in (self.sub_button, self.up_button, self.down_button, self.indent_button,
                       self.outdent_button, self.delete_button, self.form_widget):
            widget.setEnabled(editable and item is not None)
        self.tree.setDragEnabled(editable)

    # --- editing -------------------------------------------------------------------
    def _run(self, work, select_id=None) -> bool:
        """Do a core change; show a problem instead of failing; reload and announce."""
        try:
            result = work()
        except RaadswerkError as error:
            show_error(self, error)
            self.reload()
            return False
        self.reload(select_id if select_id is not None else
                    result if isinstance(result, int) and not isinstance(result, bool)
                    else None)
        self.changed.emit()
        return True

    def save_form(self) -> None:
        item = self.current_item()
        if self._loading or item is None or self.read_only:
            return
        fields = {
            "title": self.title_edit.text(),
            "explanation": self.explanation_edit.toPlainText(),
            "presenter": self.presenter_edit.text(),
            "duration": self.duration_spin.value(),
            "purpose": self.purpose_combo.currentData(),
            "requested_by_id": self.requested_combo.currentData(),
        }
        if not self._closed_parent(item):  # a sub-item of a closed item is closed anyway
            fields["confidential"] = self.confidential_check.isChecked()
        unchanged = (fields["title"].strip() == item.title and
                     fields["explanation"] == item.explanation and
                     fields["presenter"].strip() == item.presenter and
                     fields["duration"] == item.duration and
                     fields["purpose"] == item.purpose and
                     fields["requested_by_id"] == item.requested_by_id and
                     fields.get("confidential", item.confidential) == item.confidential)
        if unchanged:
            return
        self._run(lambda: core_agenda.update_item(self.db, item.id, **fields), item.id)

    def add_item(self) -> None:
        if self.meeting_id is None or self.read_only:
            return
        self.save_form()
        if self._run(lambda: core_agenda.add_item(self.db, self.meeting_id, tr("New item"),
                                                  duration=10)):
            self.title_edit.setFocus()
            self.title_edit.selectAll()

    def add_sub_item(self) -> None:
        item = self.current_item()
        if item is None or self.read_only:
            return
        self.save_form()
        parent_id = item.parent_id or item.id
        if self._run(lambda: core_agenda.add_item(self.db, self.meeting_id, tr("New sub-item"),
                                                  parent_id=parent_id, duration=5)):
            self.title_edit.setFocus()
            self.title_edit.selectAll()

    def move(self, offset: int) -> None:
        item_id = self.current_id()
        if item_id is None or self.read_only:
            return
        self.save_form()
        self._run(lambda: core_agenda.move_item(self.db, item_id, offset), item_id)
        self.tree.setFocus()

    def indent(self) -> None:
        item_id = self.current_id()
        if item_id is not None and not self.read_only:
            self._run(lambda: core_agenda.indent_item(self.db, item_id), item_id)

    def outdent(self) -> None:
        item_id = self.current_id()
        if item_id is not None and not self.read_only:
            self._run(lambda: core_agenda.outdent_item(self.db, item_id), item_id)

    def confirm(self, question: str) -> bool:
        """Ask before something goes (tests replace this)."""
        answer = QMessageBox.question(self, tr("Delete"), question,
                                      QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
        return answer == QMessageBox.Yes

    def delete_item(self) -> None:
        item = self.current_item()
        if item is None or self.read_only:
            return
        subs = sum(1 for other in self.items if other.parent_id == item.id)
        question = tr("Delete item {number}. {title}?", number=item.number, title=item.title)
        extra = []
        if subs:
            extra.append(trn("Its {count} sub-item goes with it.",
                             "Its {count} sub-items go with it.",
                             subs))
        if item.documents:
            extra.append(trn("Its {count} document is removed from the file.",
                             "Its {count} documents are removed from the file.",
                             len(item.documents)))
        if item.minutes.strip():
            extra.append(tr("The minutes written for it are lost."))
        if not self.confirm(" ".join([question, *extra])):
            return
        self._run(lambda: core_agenda.delete_item(self.db, item.id))

    def _dropped(self, structure: list) -> None:
        if self.read_only:
            self.reload()
            return
        self._run(lambda: core_agenda.set_order(self.db, self.meeting_id, structure),
                  self.current_id())

    # --- documents ---------------------------------------------------------------------
    def attach_document(self) -> None:
        item = self.current_item()
        if item is None:
            return
        paths, _ = QFileDialog.getOpenFileNames(self, tr("Attach documents"), "",
                                                tr("Documents (*.pdf *.docx *.doc *.odt "
                                                   "*.xlsx *.txt);;All files (*)"))
        self.attach_paths(item.id, [Path(p) for p in paths])

    def attach_paths(self, item_id: int, paths: list[Path]) -> None:
        for path in paths:
            try:
                data = read_document(path)
            except RaadswerkError as error:
                show_error(self, error)
                continue
            self._run(lambda p=path, d=data: add_document(
                self.db, item_id, p.name, d, p.stem.replace("-", " ").replace("_", " ")),
                item_id)

    def _current_document(self):
        entry = self.documents_list.currentItem()
        return entry.data(ID_ROLE) if entry is not None else None

    def save_document(self) -> None:
        document = self._current_document()
        if document is None:
            return
        target, _ = QFileDialog.getSaveFileName(self, tr("Save copy"), disk_name(document.name))
        if not target:
            return
        try:
            write_atomically(Path(target), core_agenda.document_bytes(self.db, document))
        except RaadswerkError as error:
            show_error(self, error)

    def remove_document(self) -> None:
        document = self._current_document()
        item = self.current_item()
        if document is None or item is None:
            return
        if self.confirm(tr("Remove {name} from this item and from the file?",
                           name=core_agenda.document_label(document))):
            self._run(lambda: core_agenda.remove_document(self.db, document.id), item.id)
