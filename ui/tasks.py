"""Slow core work off the UI thread, with success and failure callbacks (as Anki does).

    run_in_background(lambda: render_letter(head, letter),
                      on_success=show_pdf, on_failure=show_error)

The callbacks run on the UI thread. Keep the work itself free of Qt widgets.
"""

import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

_running: set["_Task"] = set()


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object, str)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], object]):
        super().__init__()
        self.setAutoDelete(False)
        self.work = work
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as error:  # noqa: BLE001 - handed to on_failure on the UI thread
            self.signals.failed.emit(error, traceback.format_exc())
        else:
            self.signals.succeeded.emit(result)


def run_in_background(
    work: Callable[[], object],
    on_success: Callable[[object], None],
    on_failure: Callable[[Exception, str], None],
) -> None:
    task = _Task(work)
    _running.add(task)

    def finish_success(result):
        _running.discard(task)
        on_success(result)

    def finish_failure(error, details):
        _running.discard(task)
        on_failure(error, details)

    task.signals.succeeded.connect(finish_success)
    task.signals.failed.connect(finish_failure)
    QThreadPool.globalInstance().start(task)
