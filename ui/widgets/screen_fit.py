"""Windows and dialogs that fit the screen's work area, down to a laptop at 1280×720.

A dialog whose body is taller than the work area gets that body in a scroll area while its
button row stays below it, always in view; no dialog opens larger than the work area.
`run_modal` does this for every dialog it opens.
"""

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QLayout,
    QLayoutItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

# A dialog's title bar and borders: the window manager adds them, and Qt knows their size
# only once the dialog is on screen.
WINDOW_FRAME = QSize(16, 40)
SCROLLING_BODY = "scrollingDialogBody"


def available_area(widget: QWidget | None = None) -> QRect:
    """The work area of the widget's screen: the screen without the taskbar."""
    screen = (widget.screen() if widget is not None else None) or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 680)


def room_for_dialog(widget: QWidget) -> QSize:
    """The largest size a dialog's contents may have, its frame around them included."""
    return available_area(widget).size() - WINDOW_FRAME


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Open at the wanted size, but never larger than the work area (small laptops)."""
    window.resize(QSize(width, height).boundedTo(room_for_dialog(window)))


def fit_dialog(dialog: QDialog) -> None:
    """Make the dialog fit the work area: a body that is too tall scrolls, its buttons stay
    in view, and the dialog is never larger than the work area."""
    room = room_for_dialog(dialog)
    wanted = dialog.size() if dialog.testAttribute(Qt.WA_Resized) else dialog.sizeHint()
    if dialog.minimumSizeHint().height() > room.height() or wanted.height() > room.height():
        _scroll_body(dialog)
    dialog.setMinimumSize(dialog.minimumSize().boundedTo(room))
    dialog.resize(wanted.boundedTo(room))


def _scroll_body(dialog: QDialog) -> None:
    layout = dialog.layout()
    if not isinstance(layout, QBoxLayout) or dialog.findChild(QScrollArea, SCROLLING_BODY):
        return
    left, top, right, bottom = layout.getContentsMargins()
    foot = _take_button_rows(layout)
    body = QWidget()
    body.setLayout(layout)  # the layout takes its widgets along into the body
    layout.setContentsMargins(left, top, right, layout.spacing() if foot else bottom)
    area = QScrollArea()
    area.setObjectName(SCROLLING_BODY)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.NoFrame)
    area.setWidget(body)
    outer = QVBoxLayout(dialog)
    outer.setContentsMargins(0, 0, 0, bottom if foot else 0)
    outer.setSpacing(0)
    outer.addWidget(area, 1)
    for item in foot:
        row = QVBoxLayout()
        row.setContentsMargins(left, 0, right, 0)
        _add_item(row, item)
        outer.addLayout(row)


def _take_button_rows(layout: QBoxLayout) -> list[QLayoutItem]:
    """The button box or button rows at the foot of the layout, taken out of it, in order."""
    taken: list[QLayoutItem] = []
    while layout.count() and _is_button_row(layout.itemAt(layout.count() - 1)):
        taken.insert(0, layout.takeAt(layout.count() - 1))
    return taken


def _is_button_row(item: QLayoutItem) -> bool:
    if isinstance(item.widget(), QDialogButtonBox):
        return True
    row = item.layout()
    if not isinstance(row, QLayout) or row.count() == 0:
        return False
    parts = [row.itemAt(index) for index in range(row.count())]
    return any(isinstance(part.widget(), QAbstractButton) for part in parts) and all(
        part.spacerItem() is not None or isinstance(part.widget(), QAbstractButton)
        for part in parts)


def _add_item(layout: QVBoxLayout, item: QLayoutItem) -> None:
    if item.widget() is not None:
        layout.addWidget(item.widget())
    else:
        layout.addLayout(item.layout())
