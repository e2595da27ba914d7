"""Columns as wide as their header and a sample of their rows, measured once.

``resizeColumnsToContents`` (and the ResizeToContents mode) ask the model for every cell
of every loaded row, again on each reload: 20,000 data() calls to show a list of letters.
The first rows say as much about a column's width.
"""

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView

SAMPLE_ROWS = 40
PADDING = 24  # the cell's margins and the sort arrow


class SampleFit:
    """Sizes ``sections`` (all by default) of a table once it has rows, from the header
    and the first ``SAMPLE_ROWS`` rows; again only after ``forget`` (another file).
    ``widest`` caps a column: section → pixels."""

    def __init__(self, table: QTableView, sections: list[int] | None = None,
                 widest: dict[int, int] | None = None):
        self.table = table
        self.sections = sections
        self.widest = widest or {}
        self.done = False

    def forget(self) -> None:
        self.done = False

    def fit(self) -> None:
        """Size the columns, unless done already (with rows to measure)."""
        if self.done:
            return
        model = self.table.model()
        rows = min(SAMPLE_ROWS, model.rowCount())
        for section in self.sections if self.sections is not None else range(
                model.columnCount()):
            texts = [model.data(model.index(row, section), Qt.DisplayRole)
                     for row in range(rows)]
            self.table.horizontalHeader().resizeSection(section, self._width(section, texts))
        self.done = rows > 0

    def _width(self, section: int, texts: list) -> int:
        metrics = self.table.fontMetrics()
        widest_text = max([metrics.horizontalAdvance(str(text)) for text in texts if text] + [0])
        header = self.table.horizontalHeader().sectionSizeFromContents(section).width()
        width = max(widest_text + PADDING, header)
        return min(width, self.widest.get(section, width))


class ColumnsInView(QObject):
    """Keeps a table's columns within its width, so that no list scrolls sideways: when
    they are wider together, the ``optional`` columns step aside first (hidden, in that
    order; back when there is room again), then the widest columns give way (a cut cell
    shows its text as a tooltip, see CutTextTips)."""

    def __init__(self, table: QTableView, optional: tuple[int, ...] = ()):
        super().__init__(table)
        self.table = table
        self.optional = optional
        self.natural: dict[int, int] = {}  # each column's width before it gave way
        self._squeezing = False
        self.timer = QTimer(self, singleShot=True, interval=0, timeout=self.squeeze)
        table.viewport().installEventFilter(self)
        table.horizontalHeader().sectionResized.connect(self._resized)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Resize:
            self.timer.start()
        return False

    def _resized(self, section: int, _old: int, new: int) -> None:
        if self._squeezing or new == 0:
            return  # our own change, or a column stepping aside
        self.natural[section] = new  # sized by the list itself (SampleFit) or by hand
        self.timer.start()

    def squeeze(self) -> None:
        self._squeezing = True
        try:
            self._step_aside()
            self._give_way()
        finally:
            self._squeezing = False

    def _own_widths(self, header: QHeaderView, view: int) -> tuple[dict[int, int], int]:
        """The shown columns' own widths, and the room kept for the stretching ones: a
        stretching column (the subject, say) keeps at least its fair share."""
        shown = [section for section in range(header.count())
                 if not header.isSectionHidden(section)]
        stretching = [section for section in shown
                      if header.sectionResizeMode(section) == QHeaderView.Stretch]
        widths = {section: self.natural.get(section, header.sectionSize(section))
                  for section in shown if section not in stretching}
        reserve = len(stretching) * max(header.minimumSectionSize(), view // max(len(shown), 1))
        return widths, reserve

    def _fits(self, header: QHeaderView, view: int) -> bool:
        widths, reserve = self._own_widths(header, view)
        return sum(widths.values()) + reserve <= view

    def _step_aside(self) -> None:
        header = self.table.horizontalHeader()
        view = self.table.viewport().width()
        for section in self.optional:
            header.setSectionHidden(section, False)
        for section in self.optional:
            if self._fits(header, view):
                return
            header.setSectionHidden(section, True)

    def _give_way(self) -> None:
        """Every column at its own width when they fit; else the widest ones capped."""
        header = self.table.horizontalHeader()
        view = self.table.viewport().width()
        widths, reserve = self._own_widths(header, view)
        cap = (max(widths.values(), default=0) if self._fits(header, view) else
               max(width_cap(list(widths.values()), view - reserve),
                   header.minimumSectionSize()))
        for section, width in widths.items():
            wanted = min(width, cap)
            if header.sectionSize(section) == wanted:
                continue
            if wanted < width and header.sectionResizeMode(section) == QHeaderView.ResizeToContents:
                header.setSectionResizeMode(section, QHeaderView.Interactive)
            header.resizeSection(section, wanted)


def width_cap(widths: list[int], room: int) -> int:
    """The largest width that, given to every column wider than it, makes them fit ``room``."""
    narrower = 0
    ordered = sorted(widths)
    for index, width in enumerate(ordered):
        wider_count = len(ordered) - index
        if narrower + width * wider_count >= room:
            return (room - narrower) // wider_count
        narrower += width
    return ordered[-1] if ordered else room
