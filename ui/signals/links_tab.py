"""The links tab of a signal: agenda items where it was discussed, advice that took it up."""

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.errors import RaadswerkError
from core.i18n import tr
from core.signals.links import (
    advice_choices,
    advice_for_signal,
    agenda_item_choices,
    agenda_items_for_signal,
    link_signal_to_advice,
    link_signal_to_agenda_item,
    unlink_signal_from_advice,
    unlink_signal_from_agenda_item,
)
from ui.errors import show_error


class LinkBox(QGroupBox):
    """A list of linked records with a chooser to add one and a button to remove one."""

    changed = Signal()

    def __init__(self, title: str, empty_text: str, parent=None):
        super().__init__(title, parent)
        self.empty_text = empty_text
        self.link: Callable[[int], None] | None = None
        self.unlink: Callable[[int], None] | None = None
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        layout.addWidget(self.list)
        row = QHBoxLayout()
        self.chooser = QComboBox()
        self.chooser.setMinimumWidth(300)
        self.add_button = QPushButton(tr("Link"))
        self.remove_button = QPushButton(tr("Remove link"))
        row.addWidget(self.chooser, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout.addLayout(row)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)

    def show_links(self, linked: list[tuple[int, str]], choices: list[tuple[int, str]]) -> None:
        self.list.clear()
        for record_id, label in linked:
            item = QListWidgetItem(label)
            item.setData(Qt.UserRole, record_id)
            self.list.addItem(item)
        self.chooser.clear()
        linked_ids = {record_id for record_id, _label in linked}
        for record_id, label in choices:
            if record_id not in linked_ids:
                self.chooser.addItem(label, record_id)
        if not choices:
            self.chooser.addItem(self.empty_text, None)
        self.chooser.setEnabled(bool(choices))

    def set_read_only(self, read_only: bool) -> None:
        for widget in (self.chooser, self.add_button, self.remove_button):
            widget.setEnabled(not read_only)

    def _add(self) -> None:
        record_id = self.chooser.currentData()
        if record_id is not None:
            self._run(self.link, record_id)

    def _remove(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self._run(self.unlink, item.data(Qt.UserRole))

    def _run(self, action, record_id: int) -> None:
        try:
            action(record_id)
        except RaadswerkError as error:
            show_error(self, error)
            return
        self.changed.emit()


class LinksTab(QWidget):
    changed = Signal()

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.db = db
        self.signal_id = None
        layout = QVBoxLayout(self)
        self.agenda = LinkBox(tr("Discussed on agenda items"),
                              tr("(no agenda items yet)"))
        self.advice = LinkBox(tr("Taken up in advice"), tr("(no advice yet)"))
        self.agenda.link = lambda item: link_signal_to_agenda_item(db, self.signal_id, item)
        self.agenda.unlink = lambda item: unlink_signal_from_agenda_item(db, self.signal_id,
                                                                         item)
        self.advice.link = lambda item: link_signal_to_advice(db, self.signal_id, item)
        self.advice.unlink = lambda item: unlink_signal_from_advice(db, self.signal_id, item)
        for box in (self.agenda, self.advice):
            box.changed.connect(self.changed)
            layout.addWidget(box, 1)

    def show_signal(self, signal) -> None:
        self.signal_id = signal.id
        self.agenda.show_links(agenda_items_for_signal(self.db, signal.id),
                               agenda_item_choices(self.db))
        self.advice.show_links(advice_for_signal(self.db, signal.id), advice_choices(self.db))

    def set_read_only(self, read_only: bool) -> None:
        self.agenda.set_read_only(read_only)
        self.advice.set_read_only(read_only)
