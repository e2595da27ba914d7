"""Every page and every dialog fits a laptop's work area: 1280×680 and 1366×728 (a 1280×720
or 1366×768 screen without its taskbar).

What counts as fitting, checked on the widgets as they are laid out:

- Every visible button (any QAbstractButton: push, tool, check and radio buttons) lies whole
  inside its window and inside every widget around it. A button may be out of view only
  above or below, inside a scroll area whose vertical bar shows (the user scrolls down to
  it); never cut off at a side. The buttons of a dialog (its OK/Cancel row) stay in view:
  a long body scrolls, the row below it does not.
- No scroll area shows a horizontal scroll bar: no page and no dialog scrolls sideways,
  and no list or table does either: its columns fit the room it has (a cut cell shows its
  whole text as a tooltip). Wide content that can only be read by scrolling sideways
  belongs in a preview (a PDF), which is not a list.
- A dialog opens no larger than the work area less a window's frame.

The work area is simulated: the screen's ``availableGeometry`` answers the size, and the
main window is given the size it opens at on that screen. Dialogs are found by walking
the ``ui`` package for QDialog subclasses, so a new dialog is covered as soon as it exists;
one that needs arguments gets a line in ``FACTORIES`` (the test fails until it has one).
"""

import datetime as dt
import importlib
import inspect
import pkgutil

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

import ui
from core.backup import BackupInfo
from core.locking import LockInfo
from core.members import list_members
from core.signals import list_signals
from tests.conftest import DEMO_TODAY
from ui.app import apply_style
from ui.widgets.modal import run_modal
from ui.widgets.screen_fit import WINDOW_FRAME, fit_dialog

WORK_AREAS = [QSize(1280, 680), QSize(1366, 728)]
SECTIONS = ("overview", "members", "meetings", "signals", "advice", "letters", "settings")


def _member(window):
    return list_members(window.council.db)[0]


FACTORIES = {
    # class name → how the program makes one (the main window has the demo open)
    "AnnualReportDialog": lambda w, tmp: _dialog("ui.annual.dialog", "AnnualReportDialog")(
        w.council, w, today=DEMO_TODAY),
    "StatisticsDialog": lambda w, tmp: _dialog("ui.annual.statistics_dialog", "StatisticsDialog")(
        w.council.db, w, today=DEMO_TODAY),
    "AllowancesDialog": lambda w, tmp: _dialog("ui.allowances.dialog", "AllowancesDialog")(
        w.council, w, today=DEMO_TODAY),
    "RelationDialog": lambda w, tmp: _dialog("ui.relations.relation_dialog", "RelationDialog")(
        w.council.db, None, w),
    "NewMeetingDialog": lambda w, tmp: _dialog("ui.meetings.details", "NewMeetingDialog")(
        w.council.db, w),
    "SearchDialog": lambda w, tmp: _dialog("ui.search.dialog", "SearchDialog")(
        w.council.db, "wmo", w),
    "PassphraseDialog": lambda w, tmp: _dialog("ui.safety.passphrase_dialog", "PassphraseDialog")(
        w.council.path, w),
    "RestoreDialog": lambda w, tmp: _dialog("ui.safety.restore_dialog", "RestoreDialog")(
        w, tmp / "backups", w.council.path),
    "ReportDialog": lambda w, tmp: _dialog("ui.signals.report_dialog", "ReportDialog")(
        DEMO_TODAY, w),
    "SignalDialog": lambda w, tmp: _dialog("ui.signals.signal_dialog", "SignalDialog")(
        w.council.db, list_signals(w.council.db)[0].id, parent=w),
    "AccessRequestDialog": lambda w, tmp: _dialog("ui.signals.access_dialog",
                                                  "AccessRequestDialog")(w.council.db, parent=w),
    "LogSignalDialog": lambda w, tmp: _dialog("ui.signals.log_dialog", "LogSignalDialog")(
        w.council.db, w),
    "NewAdviceDialog": lambda w, tmp: _dialog("ui.advice.dialogs", "NewAdviceDialog")(
        w.council.db, DEMO_TODAY, w),
    "StatusDialog": lambda w, tmp: _dialog("ui.advice.dialogs", "StatusDialog")(
        "draft", DEMO_TODAY, w),
    "ExtensionDialog": lambda w, tmp: _dialog("ui.advice.dialogs", "ExtensionDialog")(
        DEMO_TODAY, DEMO_TODAY, w),
    "LetterDateDialog": lambda w, tmp: _dialog("ui.advice.dialogs", "LetterDateDialog")(
        DEMO_TODAY, w),
    "AdoptionDialog": lambda w, tmp: _dialog("ui.advice.adoption_dialog", "AdoptionDialog")(
        [], DEMO_TODAY, w),
    "ResponseDialog": lambda w, tmp: _dialog("ui.advice.dialogs", "ResponseDialog")(
        None, DEMO_TODAY, [(1, "Eerste punt van het advies"), (2, "Tweede punt")], w),
    "ReminderDialog": lambda w, tmp: _dialog("ui.advice.dialogs", "ReminderDialog")(
        DEMO_TODAY - dt.timedelta(days=70), "Geacht college,\n\nWij wachten nog.", w),
    "ChoiceDialog": lambda w, tmp: _dialog("ui.advice.dialogs", "ChoiceDialog")(
        "Kies een vergadering", [(n, f"Vergadering {n}") for n in range(1, 30)], w),
    "NewCouncilDialog": lambda w, tmp: _dialog("ui.dialogs.new_council", "NewCouncilDialog")(
        w, tmp),
    "ReappointDialog": lambda w, tmp: _dialog("ui.members.reappoint_dialog", "ReappointDialog")(
        w.council.db, _member(w), w),
    "WorkingGroupDialog": lambda w, tmp: _dialog("ui.members.group_dialog", "WorkingGroupDialog")(
        w.council.db, None, w),
    "MemberDialog": lambda w, tmp: _dialog("ui.members.member_dialog", "MemberDialog")(
        w.council.db, _member(w).id, w),
    "EraseDialog": lambda w, tmp: _dialog("ui.members.erase_dialog", "EraseDialog")(
        w.council.db, _member(w), w),
    "ImportDialog": lambda w, tmp: _dialog("ui.members.import_dialog", "ImportDialog")(
        w.council.db, w),
    "LeaveDialog": lambda w, tmp: _dialog("ui.members.leave_dialog", "LeaveDialog")(
        w.council.db, _member(w), w),
    "WelcomeDialog": lambda w, tmp: _dialog("ui.welcome", "WelcomeDialog")(
        tmp, tmp / "backups", "/media/usb/raad.raadswerk", w),
    "DamagedFileBox": lambda w, tmp: _dialog("ui.safety.damaged_dialog", "DamagedFileBox")(
        w, "Het bestand is beschadigd. " * 8,
        BackupInfo(tmp / "b.raadswerk", "b", dt.datetime(2026, 11, 21, 17, 0), "daily", 1000)),
    "LockBox": lambda w, tmp: _dialog("ui.safety.lock_dialog", "LockBox")(
        w, LockInfo("vm", "secretaris", 4242, "2026-11-22T09:30:00", "x"), "raad.raadswerk"),
    "PreviewDialog": lambda w, tmp: _dialog("ui.documents.preview", "PreviewDialog")(
        w, "Advies over de Verordening maatschappelijke ondersteuning 2027"),
    "LetterEditorDialog": lambda w, tmp: _dialog("ui.documents.letter_editor",
                                                 "LetterEditorDialog")(w.council.db, w,
                                                                       today=DEMO_TODAY),
}


def _dialog(module: str, name: str):
    return getattr(importlib.import_module(module), name)


def dialog_classes() -> list[type]:
    """Every QDialog subclass defined in the ui package."""
    found = {}
    for module_info in pkgutil.walk_packages(ui.__path__, "ui."):
        module = importlib.import_module(module_info.name)
        for _name, value in inspect.getmembers(module, inspect.isclass):
            if issubclass(value, QDialog) and value.__module__ == module.__name__:
                found[value.__qualname__] = value
    return [found[name] for name in sorted(found)]


def make_dialog(cls: type, window, tmp_path) -> QDialog:
    if cls.__qualname__ in FACTORIES:
        return FACTORIES[cls.__qualname__](window, tmp_path)
    try:
        return cls(parent=window)
    except TypeError as error:
        pytest.fail(f"{cls.__qualname__} needs arguments: give it a line in FACTORIES "
                    f"({error})")


@pytest.fixture(autouse=True)
def program_style(qapp):
    """The program's style sheet: its paddings make buttons larger than Qt's own."""
    apply_style(qapp)
    yield
    qapp.setStyleSheet("")


@pytest.fixture(params=WORK_AREAS, ids=lambda size: f"{size.width()}x{size.height()}")
def work_area(request, monkeypatch) -> QRect:
    area = QRect(0, 0, request.param.width(), request.param.height())
    monkeypatch.setattr(QScreen, "availableGeometry", lambda screen: QRect(area))
    return area


@pytest.fixture
def fitted_window(window, demo_file, work_area, qtbot):
    """The main window on the demo, at the size it opens at on that work area."""
    assert window.open_file(demo_file)
    window.fit_to_available_screen(first_start=True)
    window.showNormal()  # offscreen, 'maximised' would be the offscreen screen's size
    window.resize(work_area.size() - WINDOW_FRAME)
    qtbot.waitExposed(window)
    return window


def _clip_through_parents(widget: QWidget, top: QWidget) -> QRect:
    """The part of ``widget`` that its parents leave in view, in ``top``'s coordinates.

    Above and below, the viewport of a scroll area whose vertical bar shows does not count:
    the user scrolls down to what it hides.
    """
    seen = QRect(widget.mapTo(top, widget.rect().topLeft()), widget.size())
    scrolled = False
    parent = widget.parentWidget()
    while parent is not None:
        frame = QRect(parent.mapTo(top, parent.rect().topLeft()), parent.size())
        scrolled = scrolled or _scrolls_vertically(parent)
        if scrolled:
            frame.setTop(seen.top())
            frame.setBottom(seen.bottom())
        seen &= frame
        if parent is top:
            break
        parent = parent.parentWidget()
    return seen


def _scrolls_vertically(viewport: QWidget) -> bool:
    area = viewport.parentWidget()
    return (isinstance(area, QAbstractScrollArea) and area.viewport() is viewport
            and area.verticalScrollBar().isVisible())


def _name(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton) else ""
    return f"{type(widget).__name__} {text or widget.objectName() or widget.toolTip()!r}"


def fit_problems(top: QWidget, where: str) -> list[str]:
    """What a user of this window would not see or reach without scrolling sideways."""
    problems = []
    for button in top.findChildren(QAbstractButton):
        if not button.isVisible() or button.width() == 0:
            continue
        whole = QRect(button.mapTo(top, button.rect().topLeft()), button.size())
        seen = _clip_through_parents(button, top)
        if seen != whole:
            problems.append(f"{where}: {_name(button)} at {whole.getRect()} is cut off "
                            f"(in view: {seen.getRect()}, window {top.width()}×{top.height()})")
    for area in top.findChildren(QAbstractScrollArea):
        if area.isVisible() and area.horizontalScrollBar().isVisible():
            inside = area.parentWidget()
            problems.append(f"{where}: {type(area).__name__} in {type(inside).__name__} "
                            f"scrolls sideways by {area.horizontalScrollBar().maximum()} px")
    return problems


def _settle(qtbot) -> None:
    for _ in range(3):
        QApplication.processEvents()
    qtbot.wait(20)


def _select_first_rows(page: QWidget) -> None:
    """A chosen record shows the details and their buttons."""
    for table in page.findChildren(QTableView):
        if table.isVisible() and table.model() is not None and table.model().rowCount():
            table.selectRow(0)


def test_every_page_fits_the_work_area(fitted_window, qtbot, work_area):
    problems = []
    for section in SECTIONS:
        fitted_window.show_section(section)
        _settle(qtbot)
        page = fitted_window.current_page()
        problems += fit_problems(fitted_window, f"{section} (nothing chosen)")
        _select_first_rows(page)
        _settle(qtbot)
        problems += fit_problems(fitted_window, section)
        for tabs in page.findChildren(QTabWidget):
            for index in range(tabs.count()):
                if not tabs.isVisible():
                    break
                tabs.setCurrentIndex(index)
                _settle(qtbot)
                problems += fit_problems(fitted_window, f"{section}/{tabs.tabText(index)}")
            tabs.setCurrentIndex(0)
    assert not problems, "\n".join(dict.fromkeys(problems))


def test_every_dialog_fits_the_work_area(fitted_window, qtbot, work_area, tmp_path):
    problems = []
    room = work_area.size() - WINDOW_FRAME
    classes = dialog_classes()
    assert len(classes) >= 30 and set(FACTORIES) <= {cls.__qualname__ for cls in classes}
    for cls in classes:
        dialog = make_dialog(cls, fitted_window, tmp_path)
        fit_dialog(dialog)  # what run_modal does before it shows one
        dialog.show()
        qtbot.waitExposed(dialog)
        _settle(qtbot)
        if dialog.width() > room.width() or dialog.height() > room.height():
            problems.append(f"{cls.__qualname__} opens at {dialog.width()}×{dialog.height()}")
        problems += fit_problems(dialog, cls.__qualname__)
        dialog.done(0)
        dialog.deleteLater()
    assert not problems, "\n".join(problems)


def test_run_modal_fits_the_dialog_it_opens(qtbot, monkeypatch):
    """The helper every dialog is opened with puts a long body in a scroll area, keeps the
    buttons under it, and caps the size at the work area."""
    area = QRect(0, 0, 1280, 680)
    monkeypatch.setattr(QScreen, "availableGeometry", lambda screen: QRect(area))
    sizes = []
    monkeypatch.setattr(QDialog, "exec", lambda dialog: sizes.append(dialog.size()) or 1)
    dialog = _long_dialog()
    qtbot.addWidget(dialog)
    assert run_modal(dialog) == 1
    room = area.size() - WINDOW_FRAME
    assert sizes and sizes[0].height() <= room.height()
    dialog.show()
    qtbot.waitExposed(dialog)
    assert fit_problems(dialog, "long dialog") == []
    save = dialog.findChild(QAbstractButton, "save")
    assert dialog.rect().contains(QRect(save.mapTo(dialog, save.rect().topLeft()), save.size()))


def _long_dialog() -> QDialog:
    dialog = QDialog()
    layout = QVBoxLayout(dialog)
    for number in range(40):
        layout.addWidget(QLineEdit(f"veld {number}"))
    buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
    buttons.button(QDialogButtonBox.Save).setObjectName("save")
    layout.addWidget(buttons)
    return dialog
