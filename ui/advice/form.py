"""The register form of one advice: kind, subject, who asked, dates, who prepares it."""

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from core.advice import (
    ADDRESSEES,
    KINDS,
    AdviceInput,
    default_deadline,
    policy_areas,
    term_weeks,
)
from core.dates import date_hint, parse_date
from core.errors import ValidationError
from core.i18n import tr
from core.members import list_members, list_working_groups
from core.profile import load_profile
from core.relations import list_relations, summary_line


def date_text(value: dt.date | None) -> str:
    return value.strftime("%d-%m-%Y") if value else ""


def date_field(value: dt.date | None) -> QLineEdit:
    """A date typed as people write it, with the format as a hint."""
    field = QLineEdit(date_text(value))
    field.setPlaceholderText(date_hint())
    return field


def read_date(field: QLineEdit, name: str, required: bool = True) -> dt.date | None:
    """The date in ``field``; a clear Dutch message (with the field named) otherwise."""
    if not field.text().strip() and not required:
        return None
    return parse_date(field.text(), name)


class AdviceForm(QWidget):
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.db = None
        self._deadline_typed = False
        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.kind = QComboBox()
        for code, label in KINDS.items():
            self.kind.addItem(tr(label), code)
        self.subject = QLineEdit()
        self.subject.setMaxLength(300)
        self.subject.setPlaceholderText(tr("e.g. Wmo by-law 2027"))
        self.policy_area = QComboBox()
        self.policy_area.setEditable(True)
        self.policy_area.lineEdit().setMaxLength(300)
        self.requested_by = QLineEdit()
        self.requested_by.setMaxLength(300)
        self.requested_by.setPlaceholderText(tr("alderman or department"))
        self.sender = QComboBox()
        self.sender.setToolTip(tr("Who sent the request, from Relaties: the advice letter "
                                  "goes for their attention"))
        self.their_reference = QLineEdit()
        self.their_reference.setMaxLength(300)
        self.request_date = QLineEdit()
        self.request_date.setPlaceholderText(date_hint())
        self.deadline = QLineEdit()
        self.deadline.setPlaceholderText(date_hint())
        self.deadline_note = QLabel()
        self.deadline_note.setObjectName("pageSubtitle")
        self.deadline_note.setWordWrap(True)  # narrow details on a laptop
        deadline_row = QHBoxLayout()
        deadline_row.addWidget(self.deadline, 1)
        self.default_button = QPushButton(tr("Default term"))
        self.default_button.setToolTip(tr("Fill in the request date plus the default term"))
        self.default_button.clicked.connect(self.fill_default_deadline)
        deadline_row.addWidget(self.default_button)
        self.working_group = QComboBox()
        self.rapporteur = QComboBox()
        self.addressee = QComboBox()
        for code, label in ADDRESSEES.items():
            self.addressee.addItem(tr(label), code)
        for choice in (self.kind, self.policy_area, self.sender, self.working_group,
                       self.rapporteur, self.addressee):
            # As wide as the details allow, not as the longest name: the list opens wider.
            choice.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            choice.setMinimumContentsLength(12)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(70)
        layout.addRow(tr("Kind"), self.kind)
        layout.addRow(tr("Subject"), self.subject)
        layout.addRow(tr("Policy area"), self.policy_area)
        self.sender_label = QLabel(tr("Sent by (Relaties)"))
        layout.addRow(self.sender_label, self.sender)
        self.requested_by_label = QLabel(tr("Requested by"))
        layout.addRow(self.requested_by_label, self.requested_by)
        self.their_reference_label = QLabel(tr("Their reference"))
        layout.addRow(self.their_reference_label, self.their_reference)
        self.request_date_label = QLabel(tr("Request date"))
        layout.addRow(self.request_date_label, self.request_date)
        layout.addRow(tr("Deadline"), deadline_row)
        layout.addRow("", self.deadline_note)
        layout.addRow(tr("Working group"), self.working_group)
        layout.addRow(tr("Rapporteur"), self.rapporteur)
        layout.addRow(tr("Addressed to"), self.addressee)
        layout.addRow(tr("Notes"), self.notes)
        # Only a regional council sees it: which of its municipalities asked.
        self.municipality = QComboBox()
        self.municipality_label = QLabel(tr("Municipality"))
        layout.addRow(self.municipality_label, self.municipality)
        self.confidential = QCheckBox(tr("Confidential"))
        self.confidential.setToolTip(tr("Confidential: its letters say so on every page"))
        layout.addRow("", self.confidential)
        self.fields = {"kind": self.kind, "subject": self.subject,
                       "policy_area": self.policy_area, "requested_by": self.requested_by,
                       "their_reference": self.their_reference,
                       "request_date": self.request_date, "deadline": self.deadline,
                       "working_group": self.working_group, "rapporteur": self.rapporteur,
                       "addressee": self.addressee, "sender": self.sender,
                       "confidential": self.confidential, "municipality": self.municipality}
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.request_date.editingFinished.connect(self._request_date_done)
        self.deadline.textEdited.connect(self._deadline_edited)
        for widget in (self.subject, self.requested_by, self.their_reference,
                       self.request_date, self.deadline):
            widget.textEdited.connect(self.changed)
        for combo in (self.kind, self.working_group, self.rapporteur, self.addressee,
                      self.sender):
            combo.currentIndexChanged.connect(self.changed)
        self.policy_area.editTextChanged.connect(self.changed)
        self.notes.textChanged.connect(self.changed)
        self.confidential.toggled.connect(self.changed)
        self.municipality.currentIndexChanged.connect(self.changed)

    # --- choices from the file ------------------------------------------------------
    def set_db(self, db) -> None:
        self.db = db
        self._fill_people()
        current = self.policy_area.currentText()
        self.policy_area.clear()
        self.policy_area.addItems(policy_areas(db))
        self.policy_area.setEditText(current)
        self._fill_municipalities()
        weeks = term_weeks(db)
        self.deadline_note.setText(
            tr("Counted in calendar days; the default term is {weeks} weeks.", weeks=weeks))

    def _fill_municipalities(self) -> None:
        profile = load_profile(self.db)
        self.municipality.clear()
        for index, name in enumerate(profile.municipalities):
            self.municipality.addItem(name, "" if index == 0 else name)
        for widget in (self.municipality, self.municipality_label):
            widget.setVisible(profile.regional)

    def _fill_people(self) -> None:
        for combo, choices in (
            (self.working_group, [(g.id, g.name) for g in list_working_groups(self.db)]),
            (self.rapporteur, [(m.id, m.display_name) for m in list_members(self.db)]),
            (self.sender, [(r.id, summary_line(r)[:80]) for r in list_relations(self.db)]),
        ):
            combo.clear()
            combo.addItem(tr("(none)"), None)
            for item_id, label in choices:
                combo.addItem(label, item_id)

    @staticmethod
    def _select(combo: QComboBox, value, label: str = "") -> None:
        index = combo.findData(value)
        if index < 0 and value is not None:
            combo.addItem(label or tr("(former member)"), value)
            index = combo.count() - 1
        combo.setCurrentIndex(max(index, 0))

    # --- loading and reading --------------------------------------------------------
    def load(self, data: AdviceInput) -> None:
        blockers = [widget.blockSignals(True) for widget in self.fields.values()]
        self._select(self.kind, data.kind)
        self.subject.setText(data.subject)
        self.policy_area.setEditText(data.policy_area)
        self.requested_by.setText(data.requested_by)
        self.their_reference.setText(data.their_reference)
        self.request_date.setText(date_text(data.request_date))
        self.deadline.setText(date_text(data.deadline))
        self._select(self.working_group, data.working_group_id)
        self._select(self.rapporteur, data.rapporteur_id)
        self._select(self.addressee, data.addressee)
        self._select(self.sender, data.sender_relation_id, tr("(removed from Relaties)"))
        self.notes.setPlainText(data.notes)
        self.confidential.setChecked(data.confidential)
        if data.municipality:  # one no longer in the profile still shows
            self._select(self.municipality, data.municipality, data.municipality)
        else:
            self.municipality.setCurrentIndex(0)
        for widget, blocked in zip(self.fields.values(), blockers, strict=True):
            widget.blockSignals(blocked)
        self._deadline_typed = data.deadline is not None
        self._kind_changed()

    def value(self) -> AdviceInput:
        """What the form holds; raises ValidationError for a date that is not a date."""
        kind = self.kind.currentData()
        return AdviceInput(
            kind=kind,
            subject=self.subject.text(),
            policy_area=self.policy_area.currentText(),
            requested_by=self.requested_by.text(),
            their_reference=self.their_reference.text(),
            request_date=read_date(self.request_date, "request_date"),
            deadline=read_date(self.deadline, "deadline", required=False),
            working_group_id=self.working_group.currentData(),
            rapporteur_id=self.rapporteur.currentData(),
            addressee=self.addressee.currentData(),
            notes=self.notes.toPlainText(),
            sender_relation_id=self.sender.currentData() if kind == "requested" else None,
            confidential=self.confidential.isChecked(),
            municipality=self.municipality.currentData() or "",
        )

    def focus_field(self, error: ValidationError) -> None:
        widget = self.fields.get(error.field or "")
        if widget is not None:
            widget.setFocus()

    def set_editable(self, editable: bool) -> None:
        for widget in (*self.fields.values(), self.notes, self.default_button):
            widget.setEnabled(editable)

    # --- the deadline follows the request date until it is typed by hand -------------
    def _kind_changed(self) -> None:
        requested = self.kind.currentData() == "requested"
        self.request_date_label.setText(tr("Request date") if requested else tr("Started on"))
        for widget in (self.requested_by, self.their_reference, self.requested_by_label,
                       self.their_reference_label, self.sender, self.sender_label):
            widget.setVisible(requested)

    def _deadline_edited(self) -> None:
        self._deadline_typed = bool(self.deadline.text().strip())

    def _request_date_done(self) -> None:
        if not self._deadline_typed and self.kind.currentData() == "requested":
            self.fill_default_deadline()

    def fill_default_deadline(self) -> None:
        try:
            request = read_date(self.request_date, "request_date")
        except ValidationError:
            return
        weeks = term_weeks(self.db) if self.db is not None else 6
        self.deadline.setText(date_text(default_deadline(request, weeks)))
        self._deadline_typed = False
        self.changed.emit()
