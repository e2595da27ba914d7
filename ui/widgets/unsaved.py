"""Never lose typing: what a form holds against what it loaded, and the one question
"Wijzigingen opslaan?" (Opslaan / Niet opslaan / Annuleren) asked before leaving it."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from core.i18n import tr
from ui.widgets.modal import run_modal

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


def field_value(widget: QWidget) -> object:
    """What a secretary typed or chose in one field, comparable with ==."""
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return (widget.currentIndex(), widget.currentText()) if widget.isEditable() \
            else widget.currentIndex()
    if isinstance(widget, QDateEdit):
        return widget.date().toString(Qt.ISODate)
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QAbstractButton):
        return widget.isChecked()
    ticked = getattr(widget, "check_model", None)  # ui/widgets/check_list.py
    if ticked is not None:
        return tuple(ticked.ticked_ids())
    if isinstance(widget, QListWidget):
        return tuple(widget.item(row).checkState() for row in range(widget.count()))
    value = getattr(widget, "value", None)
    return value() if callable(value) else None


# The fields of a form that a Save button keeps (checkable lists are added by name).
FORM_FIELDS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox,
               QAbstractButton)


def _is_field(widget: QWidget) -> bool:
    if isinstance(widget, QAbstractButton):
        return widget.isCheckable()  # ticks and choices, not push buttons
    if isinstance(widget, QLineEdit) and isinstance(widget.parent(), (QComboBox,
                                                                      QAbstractSpinBox)):
        return False  # the combo box or spin box itself counts
    return isinstance(widget, FORM_FIELDS)


class FormSnapshot:
    """The values of a form's fields when it was loaded or saved; dirty when they differ."""

    def __init__(self, *widgets: QWidget):
        self.widgets = list(widgets)
        self.loaded: tuple | None = None

    def current(self) -> tuple:
        return tuple(field_value(widget) for widget in self.widgets)

    def mark_clean(self) -> None:
        self.loaded = self.current()

    def is_dirty(self) -> bool:
        return self.loaded is not None and self.current() != self.loaded


def fields_snapshot(container: QWidget, *extra: QWidget) -> FormSnapshot:
    """A snapshot, taken now, of every field inside ``container`` (and ``extra`` ones)."""
    snapshot = FormSnapshot(*[widget for widget in container.findChildren(QWidget)
                              if _is_field(widget)], *extra)
    snapshot.mark_clean()
    return snapshot


def ask_save_changes(parent: QWidget, what: str) -> str:
    """SAVE, DISCARD or CANCEL. Tests replace this function."""
    box = QMessageBox(QMessageBox.Question, tr("Unsaved changes"), tr("Save changes?"),
                      QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel, parent)
    box.setInformativeText(what)
    box.button(QMessageBox.Save).setText(tr("Save"))
    box.button(QMessageBox.Discard).setText(tr("Don't save"))
    box.button(QMessageBox.Cancel).setText(tr("Cancel"))
    box.setDefaultButton(QMessageBox.Save)
    box.setEscapeButton(QMessageBox.Cancel)
    answer = run_modal(box)
    return {QMessageBox.Save: SAVE, QMessageBox.Discard: DISCARD}.get(
        QMessageBox.StandardButton(answer), CANCEL)


def settle_unsaved(parent: QWidget, holder) -> bool:
    """True when it is fine to leave ``holder``: nothing unsaved, saved, or let go.

    ``holder`` has ``has_unsaved_changes()``, ``save_changes() -> bool``,
    ``discard_changes()`` and ``unsaved_description() -> str``.
    """
    if not holder.has_unsaved_changes():
        return True
    answer = ask_save_changes(parent, holder.unsaved_description())
    if answer == SAVE:
        return holder.save_changes()
    if answer == DISCARD:
        holder.discard_changes()
        return True
    return False


class GuardedDialog:
    """Mixin for an editing QDialog: Cancel, Escape and the close button ask first.

    The dialog sets ``self.snapshot`` (``fields_snapshot(self)`` once loaded) and its
    ``save()`` saves and closes it on success (or it overrides ``save_changes``).
    """

    snapshot: FormSnapshot | None = None

    def has_unsaved_changes(self) -> bool:
        return self.snapshot is not None and self.snapshot.is_dirty()

    def unsaved_description(self) -> str:
        return tr("You changed “{title}” but did not save it yet.", title=self.windowTitle())

    def discard_changes(self) -> None:
        self.snapshot = None

    def reject(self) -> None:
        if not self.has_unsaved_changes():
            super().reject()
            return
        answer = ask_save_changes(self, self.unsaved_description())
        if answer == SAVE:
            self.save_changes()  # closes the dialog when the save succeeds
        elif answer == DISCARD:
            super().reject()

    def save_changes(self) -> bool:
        self.save()  # closes the dialog on success; stays open saying what is wrong
        return self.result() == QDialog.Accepted
