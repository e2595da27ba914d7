"""Quitting a window process at the moment a person could start working in it."""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget


def quit_when_shown_and_idle(app: QApplication, window_type: type[QWidget]) -> QTimer:
    """Quit once a window of ``window_type`` is visible and the events queued by then
    (show, layout, paint) have been handled: a zero timer fires only when the loop is idle."""
    poll = QTimer(app)
    poll.setInterval(0)

    def look() -> None:
        if any(isinstance(widget, window_type) and widget.isVisible()
               for widget in app.topLevelWidgets()):
            poll.stop()
            QTimer.singleShot(0, app.quit)

    poll.timeout.connect(look)
    poll.start()
    return poll
