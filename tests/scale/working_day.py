"""A secretary's working day on the real main window, as a repeatable round of actions.

The soak test (tests/ui/test_soak.py) and its benchmark (tests/benchmarks/soak.py) share
this driver. One round visits every page and does what a secretary does there: switch
pages, type in the search fields and change the filter lists, open and close records
(members, meetings, signals, advice, letters), change and save a field (a meeting's
location, a signal's note, an advice text, a member's notes), and preview a document
(agenda, advice letter, member list), waiting for it to be made in the background as the
program does. Every keystroke, click and choice counts as one action.

What the program shows in message boxes is recorded by ``DialogRecorder`` (errors and
questions alike), and a watchdog closes any other window that would block the day.
"""

import gc
import os
import resource
import sys
import time
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

import ui.errors
from ui.documents.preview import PreviewDialog
from ui.members.member_dialog import MemberDialog
from ui.signals.signal_dialog import SignalDialog

PREVIEW_TIMEOUT_MS = 120_000  # a loaded two-core machine renders an agenda in seconds
FILTER_TIMEOUT_MS = 10_000
SEARCH_WORDS = {"members": "van der berg", "signals": "wachtlijst", "advice": "zorg",
                "letters": "overleg"}
NOTES = ("Doorgegeven aan het sociaal team.", "Besproken met de wethouder.")
LOCATIONS = ("Stadhuis Lindewaarde, raadzaal 2", "Buurthuis De Linde, Lindelaan 40")
ADDED_TEXT = " Aangevuld."
MEMBER_NOTES = ("Wil graag in de werkgroep Jeugd.", "Bereikbaar na 17 uur.")


def resident_mib() -> float:
    """Memory the process holds now (resident set), in MiB."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            pages = int(statm.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError):  # no /proc (macOS, Windows): the peak is what there is
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak / 2**20 if sys.platform == "darwin" else peak / 2**10


def wait_until(predicate, timeout: int = 5000) -> None:
    """Process events until ``predicate()`` holds (pytest-qt's waitUntil, without pytest)."""
    deadline = time.monotonic() + timeout / 1000
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError(f"waited {timeout} ms in vain")
        QTest.qWait(10)


def settle() -> None:
    """What returning to the event loop does: pending events, then deferred deletions."""
    QApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)


def _answer(buttons) -> QMessageBox.StandardButton:
    """The answer that keeps everything: save if offered, else cancel, else no."""
    for choice in (QMessageBox.Save, QMessageBox.Cancel, QMessageBox.No, QMessageBox.Ok):
        if buttons & choice:
            return choice
    return QMessageBox.NoButton


@dataclass
class DialogRecorder:
    """What the program showed instead of its work: error reports, warnings, questions."""

    errors: list[str] = field(default_factory=list)
    prompts: list[str] = field(default_factory=list)

    def install(self, patch) -> None:
        """``patch(owner, name, value)``: pytest's monkeypatch.setattr, or setattr."""
        patch(QMessageBox, "warning", self._warning)
        patch(QMessageBox, "critical", self._warning)
        patch(QMessageBox, "information", self._information)
        patch(QMessageBox, "question", self._question)
        patch(ui.errors, "report_unexpected", self._unexpected)
        # Unexpected errors in slots go through the program's own hook, as in main.py.
        patch(sys, "excepthook", sys.excepthook)
        ui.errors.install_excepthook()

    def _warning(self, _parent, title, text, *_args, **_kwargs):
        self.errors.append(f"{title}: {text}")
        return QMessageBox.Ok

    def _information(self, _parent, title, text, *_args, **_kwargs):
        self.prompts.append(f"{title}: {text}")
        return QMessageBox.Ok

    def _question(self, _parent, title, text, buttons=QMessageBox.Yes | QMessageBox.No,
                  *_args, **_kwargs):
        self.prompts.append(f"{title}: {text}")
        return _answer(buttons)

    def _unexpected(self, _parent, error, details):
        self.errors.append(f"{type(error).__name__}: {error}\n{details}")

    def dismiss(self, window) -> None:
        """A modal window nobody asked for: note it and close it (keeping what was typed)."""
        if isinstance(window, QMessageBox):
            text = f"{window.windowTitle()}: {window.text()}"
            if window.icon() in (QMessageBox.Critical, QMessageBox.Warning):
                self.errors.append(text)
            else:
                self.prompts.append(text)
            button = window.button(_answer(window.standardButtons()))
            if button is not None:
                button.click()
                return
        else:
            self.prompts.append(f"{type(window).__name__}: {window.windowTitle()}")
        if isinstance(window, QDialog):
            window.reject()
        else:
            window.close()


@dataclass
class DayReport:
    actions: int = 0
    rounds: int = 0
    seconds: float = 0.0
    cpu_seconds: float = 0.0  # on a busy machine the wall clock says more about the others
    mib_at_start: float = 0.0
    mib_after_first_round: float = 0.0
    mib_at_end: float = 0.0

    @property
    def actions_per_second(self) -> float:
        return self.actions / self.seconds if self.seconds else 0.0


class WorkingDay:
    """Drives ``window`` (a MainWindow with a council open) round after round."""

    def __init__(self, window, recorder: DialogRecorder, wait=wait_until):
        self.window = window
        self.recorder = recorder
        self.wait = wait
        self.actions = 0
        self.round = 0
        self._expected_modal: type | None = None
        self.watchdog = QTimer()
        self.watchdog.setInterval(200)
        self.watchdog.timeout.connect(self._watch)

    # --- running -------------------------------------------------------------------
    def run(self, actions: int) -> DayReport:
        """Whole rounds until at least ``actions`` were done."""
        report = DayReport(mib_at_start=self._memory())
        self.watchdog.start()
        start, cpu = time.perf_counter(), time.process_time()
        try:
            while self.actions < actions:
                self.one_round()
                if self.round == 1:
                    report.mib_after_first_round = self._memory()
        finally:
            self.watchdog.stop()
        report.seconds = time.perf_counter() - start
        report.cpu_seconds = time.process_time() - cpu
        report.actions, report.rounds = self.actions, self.round
        report.mib_at_end = self._memory()
        return report

    @staticmethod
    def _memory() -> float:
        gc.collect()
        settle()
        return resident_mib()

    def one_round(self) -> None:
        for visit in (self.overview, self.members, self.meetings, self.signals, self.advice,
                      self.letters, self.settings):
            visit()
        self.round += 1

    def _watch(self) -> None:
        window = QApplication.activeModalWidget()
        if window is None:
            return
        if self._expected_modal is not None and isinstance(window, self._expected_modal):
            return
        self.recorder.dismiss(window)

    # --- single actions -----------------------------------------------------------
    def act(self, work, *args) -> None:
        work(*args)
        settle()
        self.actions += 1

    def type_text(self, widget, text: str) -> None:
        for char in text:
            self.act(QTest.keyClicks, widget, char)

    def backspace(self, widget, count: int) -> None:
        for _ in range(count):
            self.act(QTest.keyClick, widget, Qt.Key_Backspace)

    def replace_text(self, widget, text: str) -> None:
        self.act(QTest.keyClick, widget, Qt.Key_A, Qt.ControlModifier)
        self.type_text(widget, text)

    def choose(self, combo, index: int) -> None:
        self.act(combo.setCurrentIndex, index % combo.count())

    def go_to(self, section: str) -> None:
        self.act(self.window.navigation.setCurrentRow, self.window.section_index(section))

    def search(self, field, word: str, timer=None) -> None:
        """Type a word, let the list filter, then take it out again letter by letter."""
        self.type_text(field, word)
        if timer is not None:
            self.wait(lambda: not timer.isActive(), timeout=FILTER_TIMEOUT_MS)
        self.backspace(field, len(word))
        if timer is not None:
            self.wait(lambda: not timer.isActive(), timeout=FILTER_TIMEOUT_MS)
        assert field.text() == ""

    def walk(self, table, rows: int) -> None:
        """Go down a list one line at a time, as with the arrow key."""
        count = table.model().rowCount()
        for step in range(min(rows, count)):
            self.act(table.selectRow, (self.round * rows + step) % count)

    def cycle(self, combo, steps: int) -> None:
        """Try ``steps`` entries of a filter list, then back to the first."""
        for step in range(1, steps + 1):
            self.choose(combo, step)
        self.choose(combo, 0)

    def modal(self, dialog_type: type, trigger, handle) -> None:
        """Open a modal dialog with ``trigger`` and work in it with ``handle(dialog)``."""
        state = {"seen": False, "failure": None, "open": True}

        def attend() -> None:
            if not state["open"]:
                return
            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, dialog_type):
                QTimer.singleShot(5, attend)
                return
            state["seen"] = True
            try:
                handle(dialog)
            except BaseException as failure:  # noqa: BLE001 - raised after the dialog closed
                state["failure"] = failure
            if dialog.isVisible():
                dialog.reject()

        self._expected_modal = dialog_type
        QTimer.singleShot(0, attend)
        try:
            self.act(trigger)
        finally:
            state["open"] = False
            self._expected_modal = None
        if state["failure"] is not None:
            raise state["failure"]
        assert state["seen"], f"{dialog_type.__name__} did not open"

    def preview(self, trigger) -> None:
        """Ask for a document, wait until it is made and shown, close the preview."""
        before = len(self.recorder.errors)
        self.act(trigger)

        def shown():
            found = [widget for widget in QApplication.topLevelWidgets()
                     if isinstance(widget, PreviewDialog) and widget.isVisible()]
            return found[0] if found else None

        self.wait(lambda: (shown() is not None and shown().panel.pdf is not None)
                  or len(self.recorder.errors) > before, timeout=PREVIEW_TIMEOUT_MS)
        dialog = shown()
        assert dialog is not None and dialog.panel.pdf, self.recorder.errors[before:]
        assert dialog.panel.document.pageCount() > 0
        self.act(dialog.close)

    # --- the pages -----------------------------------------------------------------
    def overview(self) -> None:
        self.go_to("overview")
        page = self.window.page("overview")
        lines = page.lines()
        for row in range(min(3, len(lines))):
            self.act(page.attention.setCurrentItem, lines[row])

    def members(self) -> None:
        self.go_to("members")
        page = self.window.page("members")
        self.act(page.tabs.setCurrentIndex, 0)
        self.search(page.search, SEARCH_WORDS["members"], page._search_timer)
        self.cycle(page.status_filter, 2)
        self.cycle(page.role_filter, 3)
        self.walk(page.table, 12)

        def edit(dialog: MemberDialog) -> None:
            self.replace_text(dialog.form.notes, MEMBER_NOTES[self.round % 2])
            self.act(dialog.save)
            assert dialog.result() == QDialog.Accepted, dialog.message.text()

        self.modal(MemberDialog, page.edit_member, edit)
        self.act(page.tabs.setCurrentIndex, 1)
        self.act(page.tabs.setCurrentIndex, 0)
        if self.round % 4 == 0:
            self.preview(lambda: page.print_list(True))

    def meetings(self) -> None:
        self.go_to("meetings")
        page = self.window.page("meetings")
        past = self.round % 2 == 1
        self.act(page.when_tabs.setCurrentIndex, 1 if past else 0)
        count = page.meeting_list.count()
        for step in range(6):
            self.act(page.meeting_list.setCurrentRow, (self.round * 6 + step) % count)
        for tab in (page.details, page.agenda, page.followup):
            self.act(page.tabs.setCurrentWidget, tab)
        self.act(page.tabs.setCurrentWidget, page.details)
        self.replace_text(page.details.location, LOCATIONS[self.round % 2])
        self.act(page.details.save_button.click)
        assert page.details.location.text() == LOCATIONS[self.round % 2]
        if self.round % 4 == 1:
            self.preview(page.print_bar.agenda_button.click)
        self.act(page.when_tabs.setCurrentIndex, 0)

    def signals(self) -> None:
        self.go_to("signals")
        page = self.window.page("signals")
        signals = page.list
        self.act(page.tabs.setCurrentWidget, signals)
        self.search(signals.search, SEARCH_WORDS["signals"], signals.search_timer)
        self.cycle(signals.theme, 3)
        self.cycle(signals.status, 2)
        self.cycle(signals.channel, 2)
        self.walk(signals.table, 15)
        if self.round % 2 == 0:
            self._follow_up_signal(page)
        self.act(page.tabs.setCurrentWidget, page.trends)
        self.act(page.tabs.setCurrentWidget, signals)

    def _follow_up_signal(self, page) -> None:
        """Open the chosen signal, look through its tabs, note what was done, close it."""
        signal_id = page.list.current_id()

        def follow_up(dialog: SignalDialog) -> None:
            for tab in range(dialog.tabs.count()):
                self.act(dialog.tabs.setCurrentIndex, tab)
            self.act(dialog.tabs.setCurrentWidget, dialog.follow_up)
            self.replace_text(dialog.follow_up.handled, NOTES[self.round % 2])
            self.act(dialog.follow_up.save_note_button.click)
            assert dialog.follow_up.handled.toPlainText() == NOTES[self.round % 2]

        self.modal(SignalDialog, lambda: page.open_item(signal_id), follow_up)

    def advice(self) -> None:
        self.go_to("advice")
        page = self.window.page("advice")
        self.search(page.search, SEARCH_WORDS["advice"])
        self.cycle(page.status_filter, 3)
        self.cycle(page.year_filter, 2)
        self.walk(page.table, 6)
        for tab in range(page.details.tabs.count()):
            self.act(page.details.tabs.setCurrentIndex, tab)
        self._edit_advice_text(page)
        if self.round % 4 == 2:
            self.preview(page.details.preview_letter)

    def _edit_advice_text(self, page) -> None:
        """Add a sentence to a text still being written; the next round takes it out."""
        statuses = [page.model.row_at(row).status for row in range(page.model.rowCount())]
        row = statuses.index("draft") if "draft" in statuses else statuses.index("preparing")
        self.act(page.table.selectRow, row)
        details = page.details
        self.act(details.tabs.setCurrentIndex, 1)
        edit = details.editor.edit
        self.act(edit.moveCursor, edit.textCursor().MoveOperation.End)
        if self.round % 2 == 0:
            self.type_text(edit, ADDED_TEXT)
        else:
            self.backspace(edit, len(ADDED_TEXT))
        self.act(details.save_text_button.click)
        assert not details.editor.is_modified(), details.text_message.text()

    def letters(self) -> None:
        self.go_to("letters")
        archive = self.window.page("letters").archive
        self.search(archive.search, SEARCH_WORDS["letters"], archive._search_timer)
        self.cycle(archive.kind_filter, 2)
        self.walk(archive.table, 4)
        assert archive.preview.pdf, "the chosen letter's PDF is not shown"

    def settings(self) -> None:
        self.go_to("settings")
        tabs = self.window.page("settings").tabs
        for tab in range(tabs.count()):
            self.act(tabs.setCurrentIndex, tab)
        self.act(tabs.setCurrentIndex, 0)
