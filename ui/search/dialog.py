"""Ctrl+K: one search over the whole council file; Enter opens the record on its page."""

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QLabel,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
)

from core.i18n import tr
from core.search.engine import SearchHit, search
from ui.search.results import HIT_ROLE, HitDelegate, fill_model

TYPING_PAUSE_MS = 150  # search once typing pauses, not on every key


class ResultTree(QTreeView):
    """Enter on a hit opens it; arrow keys move from hit to hit across the groups."""

    activated_hit = Signal(object)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key_Return, Qt.Key_Enter):
            hit = self.currentIndex().data(HIT_ROLE)
            if hit is not None:
                self.activated_hit.emit(hit)
                return
        super().keyPressEvent(event)


class SearchDialog(QDialog):
    """Type, see hits grouped by kind with the words marked, Enter to open one."""

    open_hit = Signal(object)  # a core.search.engine.SearchHit

    def __init__(self, db, text: str = "", parent=None):
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(tr("Search everything"))
        self.resize(760, 520)
        layout = QVBoxLayout(self)
        self.field = QLineEdit(text)
        self.field.setPlaceholderText(tr("Search members, meetings, signals, advice, letters…"))
        self.field.setClearButtonEnabled(True)
        self.sensitive = QCheckBox(tr("Also search descriptions of signals marked as sensitive"))
        self.summary = QLabel("")
        self.summary.setObjectName("searchSummary")
        self.model = QStandardItemModel(self)
        self.tree = ResultTree()
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setItemDelegate(HitDelegate(self.tree))
        self.tree.setUniformRowHeights(False)
        self.tree.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.tree.setWordWrap(True)
        for widget in (self.field, self.sensitive, self.summary):
            layout.addWidget(widget)
        layout.addWidget(self.tree, 1)
        self.timer = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self.timer.timeout.connect(self.run_search)
        self.field.textChanged.connect(lambda _text: self.timer.start())
        self.field.returnPressed.connect(self._open_first)
        self.sensitive.toggled.connect(lambda _on: self.run_search())
        self.tree.activated_hit.connect(self._open)
        self.tree.doubleClicked.connect(lambda index: self._open(index.data(HIT_ROLE)))
        self.run_search()

    def run_search(self) -> None:
        self.timer.stop()
        text = self.field.text()
        groups = search(self.db, text, include_sensitive=self.sensitive.isChecked())
        fill_model(self.model, groups)
        self.tree.expandAll()
        total = sum(group.total for group in groups)
        if not text.strip():
            self.summary.setText(tr("Type a few letters of what you are looking for."))
        elif not total:
            self.summary.setText(tr("Nothing found for '{text}'.", text=text.strip()[:80]))
        else:
            self.summary.setText(tr("{count} found; Enter opens the chosen one.", count=total))
        first = self._first_hit_index()
        if first is not None:
            self.tree.setCurrentIndex(first)

    def hits(self) -> list[SearchHit]:
        """Every hit shown, in order (for tests and screen readers)."""
        found = []
        for row in range(self.model.rowCount()):
            heading = self.model.item(row)
            found += [heading.child(i).data(HIT_ROLE) for i in range(heading.rowCount())]
        return found

    def _first_hit_index(self):
        heading = self.model.item(0) if self.model.rowCount() else None
        return heading.child(0).index() if heading is not None and heading.rowCount() else None

    def _open_first(self) -> None:
        if self.timer.isActive():
            self.run_search()
        hit = self.tree.currentIndex().data(HIT_ROLE)
        if hit is not None:
            self._open(hit)

    def _open(self, hit) -> None:
        if hit is None:
            return
        self.open_hit.emit(hit)
        self.accept()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # Down from the field goes to the hits, so the keyboard alone suffices.
        if event.key() == Qt.Key_Down and self.field.hasFocus():
            self.tree.setFocus()
            return
        super().keyPressEvent(event)
