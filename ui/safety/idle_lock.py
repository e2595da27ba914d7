"""The window locks after a while without use: content hidden, passphrase to go on.

Every open window (the main window and any dialog with typing in it) gets a cover over
its content and its controls are switched off, so neither eyes nor keys reach them;
nothing is closed, so nothing typed is lost. An encrypted file's passphrase (or its
recovery code) lifts the lock; a file without encryption has no passphrase, so one
click does.
"""

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.encryption import matches
from core.i18n import tr
from ui.widgets.form_message import form_message_label, show_form_message

ACTIVITY = {QEvent.KeyPress, QEvent.MouseButtonPress, QEvent.MouseMove, QEvent.Wheel,
            QEvent.TouchBegin}
UNLOCK_KEYS = {Qt.Key_Return, Qt.Key_Enter}


class LockCover(QFrame):
    """Covers one window; the one in front holds the passphrase field."""

    def __init__(self, window: QWidget, lock: "IdleLock", with_field: bool):
        super().__init__(window)
        self.lock = lock
        self.setObjectName("lockCover")
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        title = QLabel(tr("Raadswerk is locked"))
        title.setObjectName("pageTitle")
        title.setAlignment(Qt.AlignCenter)
        layout.addWidget(title)
        self.field = None
        self.message = form_message_label()
        self.message.setAlignment(Qt.AlignCenter)
        if with_field and lock.encrypted:
            layout.addWidget(self._centred(QLabel(tr(
                "Type the passphrase of the file to go on. Nothing you typed is lost."))))
            self.field = QLineEdit()
            self.field.setEchoMode(QLineEdit.Password)
            self.field.setAccessibleName(tr("Passphrase"))
            self.field.setMaximumWidth(360)
            self.field.installEventFilter(self)
            layout.addWidget(self.field, 0, Qt.AlignHCenter)
        elif with_field:
            button = QPushButton(tr("Go on"))
            button.clicked.connect(lock.unlock)
            layout.addWidget(button, 0, Qt.AlignHCenter)
        layout.addWidget(self.message)
        layout.addStretch(2)
        self.setGeometry(window.rect())
        window.installEventFilter(self)
        self.raise_()
        self.show()
        if self.field is not None:
            self.field.setFocus()

    @staticmethod
    def _centred(label: QLabel) -> QLabel:
        label.setAlignment(Qt.AlignCenter)
        label.setWordWrap(True)
        return label

    def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
        if watched is self.parent() and event.type() == QEvent.Resize:
            self.setGeometry(self.parent().rect())
        if watched is self.field and event.type() == QEvent.KeyPress:
            # The dialog underneath must never see Enter or Escape (accept, close).
            if event.key() in UNLOCK_KEYS:
                self.lock.try_unlock(self.field.text(), self)
                return True
            if event.key() == Qt.Key_Escape:
                return True
        return False


class IdleLock(QObject):
    """Watches the application's input; ``window.council`` says what the passphrase is."""

    def __init__(self, window, minutes: int):
        super().__init__(window)
        self.window = window
        self.covers: list[LockCover] = []
        self.switched_off: list[QWidget] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.set_minutes(minutes)
        QApplication.instance().installEventFilter(self)

    @property
    def locked(self) -> bool:
        return bool(self.covers)

    @property
    def encrypted(self) -> bool:
        council = self.window.council
        return council is not None and council.encrypted

    def set_minutes(self, minutes: int) -> None:
        self.timer.setInterval(max(1, int(minutes)) * 60_000)
        self.timer.start()

    def eventFilter(self, _watched, event):  # noqa: N802 - Qt's name
        if not self.locked and event.type() in ACTIVITY:
            self.timer.start()
        return False

    def lock(self) -> None:
        if self.locked or self.window.council is None:
            return
        windows = [widget for widget in QApplication.topLevelWidgets()
                   if widget.isVisible() and not isinstance(widget, LockCover)]
        front = QApplication.activeModalWidget() or self.window
        for window in windows:
            for child in window.findChildren(QWidget, options=Qt.FindDirectChildrenOnly):
                if child.isEnabled():
                    child.setEnabled(False)
                    self.switched_off.append(child)
            self.covers.append(LockCover(window, self, with_field=window is front))

    def try_unlock(self, secret: str, cover: LockCover) -> None:
        council = self.window.council
        if council is None or council.key is None or matches(council.key, secret):
            self.unlock()
            return
        cover.field.clear()
        show_form_message(cover.message, tr("That is not the passphrase of this file. Try "
                                            "again."), error=True)

    def unlock(self) -> None:
        for cover in self.covers:
            cover.parent().removeEventFilter(cover)
            cover.deleteLater()
        self.covers = []
        for widget in self.switched_off:
            widget.setEnabled(True)
        self.switched_off = []
        self.timer.start()
