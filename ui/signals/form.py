"""The logging form: everything about a signal on one screen, usable by keyboard alone.

Order of the fields is the order of a conversation at the walk-in hour: when, how, about
what, who is it about, what happened, may we call back. Ctrl+Enter saves.
"""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from core.errors import ValidationError
from core.i18n import tr
from core.settings import get_setting
from core.signals.model import CHANNELS, ContactInput, SignalInput
from core.signals.model import Signal as SignalRecord
from core.signals.options import LAST_LOGGER_KEY
from core.signals.people import loggers
from core.signals.repository import neighbourhoods, target_groups
from core.signals.themes import list_themes
from ui.signals.fields import DateField, set_completions


class ThemeList(QListWidget):
    """Checkable themes: arrow keys move, Space ticks; the ticked ones are the themes."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("themeList")
        self.itemActivated.connect(self._toggle)

    def set_themes(self, themes, checked: set[int]) -> None:
        self.clear()
        for theme in themes:
            item = QListWidgetItem(theme.label)
            item.setData(Qt.UserRole, theme.id)
            item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked if theme.id in checked else Qt.Unchecked)
            self.addItem(item)
        self.setCurrentRow(0)
        rows = max(1, self.count())
        self.setFixedHeight(min(rows, 10) * (self.sizeHintForRow(0) + 1) + 6)

    def _toggle(self, item: QListWidgetItem) -> None:
        item.setCheckState(Qt.Unchecked if item.checkState() == Qt.Checked else Qt.Checked)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        item = self.currentItem()
        if event.key() == Qt.Key_Space and item is not None:
            self._toggle(item)
            return
        super().keyPressEvent(event)

    def checked_ids(self) -> list[int]:
        return [self.item(row).data(Qt.UserRole) for row in range(self.count())
                if self.item(row).checkState() == Qt.Checked]


class SignalForm(QWidget):
    """The fields of one signal; ``signal_input()``/``contact_input()`` read them."""

    def __init__(self, with_contact: bool = True, parent=None):
        super().__init__(parent)
        self.today = dt.date.today()
        self.with_contact = with_contact
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignRight)
        self.received_on = DateField(self.today)
        self.channel = QComboBox()
        for code, label in CHANNELS.items():
            self.channel.addItem(tr(label), code)
        self.themes = ThemeList()
        self.target_group = QLineEdit()
        self.target_group.setPlaceholderText(tr("e.g. older people, parents, job seekers"))
        self.neighbourhood = QLineEdit()
        self.neighbourhood.setPlaceholderText(tr("optional"))
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(tr("What is it about? Leave out names and "
                                               "anything that identifies the person."))
        self.description.setMinimumHeight(90)
        self.sensitive = QCheckBox(tr("Contains &sensitive details (health, income)"))
        self.logged_by = QComboBox()
        self._add_row(form, tr("&Date"), self.received_on)
        self._add_row(form, tr("&Channel"), self.channel)
        self._add_row(form, tr("T&hemes"), self.themes)
        self._add_row(form, tr("Target &group"), self.target_group)
        self._add_row(form, tr("&Neighbourhood"), self.neighbourhood)
        self._add_row(form, tr("Descr&iption"), self.description)
        form.addRow("", self.sensitive)
        self._add_row(form, tr("&Logged by"), self.logged_by)
        layout.addLayout(form)
        self.fields = {"received_on": self.received_on, "channel": self.channel,
                       "themes": self.themes, "target_group": self.target_group,
                       "neighbourhood": self.neighbourhood, "description": self.description,
                       "logged_by": self.logged_by}
        if with_contact:
            layout.addWidget(self._contact_box())
        self._set_tab_order()

    @staticmethod
    def _add_row(form: QFormLayout, text: str, widget: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(widget)
        form.addRow(label, widget)

    def _contact_box(self) -> QWidget:
        box = QWidget()
        outer = QVBoxLayout(box)
        outer.setContentsMargins(0, 0, 0, 0)
        self.consent = QCheckBox(tr("The reporter &agrees to be contacted (store contact "
                                    "details)"))
        self.consent.toggled.connect(self._show_contact)
        outer.addWidget(self.consent)
        self.contact_group = QGroupBox(tr("Contact details (kept only with consent)"))
        form = QFormLayout(self.contact_group)
        self.contact_name = QLineEdit()
        self.contact_phone = QLineEdit()
        self.contact_email = QLineEdit()
        self.contact_address = QLineEdit()
        self.consent_on = DateField(self.today)
        form.addRow(tr("Name"), self.contact_name)
        form.addRow(tr("Phone"), self.contact_phone)
        form.addRow(tr("E-mail"), self.contact_email)
        form.addRow(tr("Address"), self.contact_address)
        form.addRow(tr("Consent given on"), self.consent_on)
        note = QLabel(tr("Removed automatically after the retention period once the signal "
                         "is closed."))
        note.setObjectName("hint")
        note.setWordWrap(True)
        form.addRow("", note)
        self.contact_group.setVisible(False)
        outer.addWidget(self.contact_group)
        self.fields.update({"contact_name": self.contact_name,
                            "contact_phone": self.contact_phone,
                            "contact_email": self.contact_email,
                            "contact_address": self.contact_address,
                            "consent_on": self.consent_on})
        return box

    def _set_tab_order(self) -> None:
        chain = [self.received_on, self.channel, self.themes, self.target_group,
                 self.neighbourhood, self.description, self.sensitive, self.logged_by]
        if self.with_contact:
            chain += [self.consent, self.contact_name, self.contact_phone, self.contact_email,
                      self.contact_address, self.consent_on]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _show_contact(self, shown: bool) -> None:
        self.contact_group.setVisible(shown)

    # --- loading --------------------------------------------------------------------
    def load_choices(self, db, signal: SignalRecord | None = None) -> None:
        """Fill the lists from the file; with ``signal``, show that signal's values."""
        themes = list_themes(db)
        if signal is not None:  # a switched-off theme the signal still carries stays visible
            known = {theme.id for theme in themes}
            themes += [theme for theme in signal.themes if theme.id not in known]
        self.themes.set_themes(themes, set(signal.theme_ids) if signal else set())
        self.logged_by.clear()
        self.logged_by.addItem(tr("(not filled in)"), None)
        for member_id, name in loggers(db):
            self.logged_by.addItem(name, member_id)
        set_completions(self.target_group, target_groups(db))
        set_completions(self.neighbourhood, neighbourhoods(db))
        if signal is None:
            self._select(self.logged_by, get_setting(db, LAST_LOGGER_KEY))
        else:
            self.show_signal(signal)

    def show_signal(self, signal: SignalRecord) -> None:
        self.received_on.set_date(signal.received_on)
        self._select(self.channel, signal.channel)
        self.target_group.setText(signal.target_group)
        self.neighbourhood.setText(signal.neighbourhood)
        self.description.setPlainText(signal.description)
        self.sensitive.setChecked(signal.sensitive)
        if signal.logged_by is not None and self.logged_by.findData(signal.logged_by) < 0:
            self.logged_by.addItem(signal.logged_by_name, signal.logged_by)
        self._select(self.logged_by, signal.logged_by)

    @staticmethod
    def _select(combo: QComboBox, value) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(0, index))

    def clear_for_next(self) -> None:
        """Empty the form for the next signal; date, channel and logger stay."""
        for row in range(self.themes.count()):
            self.themes.item(row).setCheckState(Qt.Unchecked)
        self.themes.setCurrentRow(0)
        self.target_group.clear()
        self.neighbourhood.clear()
        self.description.clear()
        self.sensitive.setChecked(False)
        if self.with_contact:
            self.consent.setChecked(False)
            for line in (self.contact_name, self.contact_phone, self.contact_email,
                         self.contact_address):
                line.clear()
            self.consent_on.set_date(self.today)
        self.received_on.setFocus()

    # --- reading --------------------------------------------------------------------
    def signal_input(self) -> SignalInput:
        return SignalInput(
            received_on=self.received_on.date("received_on"),
            channel=self.channel.currentData(),
            theme_ids=self.themes.checked_ids(),
            description=self.description.toPlainText(),
            target_group=self.target_group.text(),
            neighbourhood=self.neighbourhood.text(),
            sensitive=self.sensitive.isChecked(),
            logged_by=self.logged_by.currentData(),
        )

    def contact_input(self) -> ContactInput | None:
        if not self.with_contact or not self.consent.isChecked():
            return None
        return ContactInput(consent_on=self.consent_on.date("consent_on"),
                            name=self.contact_name.text(), phone=self.contact_phone.text(),
                            email=self.contact_email.text(),
                            address=self.contact_address.text())

    def focus_field(self, error: ValidationError) -> None:
        widget = self.fields.get(error.field or "")
        if widget is not None:
            widget.setFocus()
