"""Adding or changing one relation: who, the postal address, salutation and e-mail."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from core.errors import RaadswerkError, ValidationError
from core.i18n import tr
from core.relations import ROLES, Relation, create_relation, get_relation, update_relation
from core.relations.model import KINDS
from ui.widgets.dialog_buttons import accept_cancel_buttons
from ui.widgets.form_message import form_message_label, show_form_message


class RelationDialog(QDialog):
    """The form of one relation; saving checks it in core and names what is wrong."""

    def __init__(self, db, relation_id: int | None = None, parent=None):
        super().__init__(parent)
        self.db = db
        self.relation_id = relation_id
        self.setWindowTitle(tr("Change relation") if relation_id else tr("New relation"))
        self.setMinimumWidth(520)
        self._build()
        if relation_id is not None:
            self.load(get_relation(db, relation_id))
        self.name.setFocus()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignRight)
        self.kind = QComboBox()
        for code, label in KINDS.items():
            self.kind.addItem(tr(label), code)
        self.role = QComboBox()
        for code, label in ROLES.items():
            self.role.addItem(tr(label), code)
        self.name = QLineEdit()
        self.name.setPlaceholderText(tr("e.g. Board of Mayor and Aldermen of Lindewaarde"))
        self.organisation = QLineEdit()
        self.attention = QLineEdit()
        self.postal_address = QPlainTextEdit()
        self.postal_address.setTabChangesFocus(True)
        self.postal_address.setPlaceholderText(tr("Street and number, or PO Box\n"
                                                  "1234 AB  PLACE"))
        self.postal_address.setFixedHeight(self.postal_address.fontMetrics().lineSpacing() * 4
                                           + 14)
        self.salutation = QLineEdit()
        self.salutation.setPlaceholderText(tr("e.g. Dear Board,"))
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.municipality = QLineEdit()
        self.municipality.setToolTip(tr("For a regional council: the municipality this "
                                        "relation belongs to"))
        self.notes = QLineEdit()
        self.fields = {"kind": self.kind, "role": self.role, "name": self.name,
                       "organisation": self.organisation, "attention": self.attention,
                       "postal_address": self.postal_address, "salutation": self.salutation,
                       "email": self.email, "phone": self.phone,
                       "municipality": self.municipality, "notes": self.notes}
        labels = {"kind": tr("Kind"), "role": tr("Role"), "name": tr("Name"),
                  "organisation": tr("Organisation"), "attention": tr("For the attention of"),
                  "postal_address": tr("Postal address"), "salutation": tr("Salutation"),
                  "email": tr("E-mail"), "phone": tr("Phone"),
                  "municipality": tr("Municipality"), "notes": tr("Notes")}
        for key, widget in self.fields.items():
            form.addRow(labels[key], widget)
        layout.addLayout(form)
        self.message = form_message_label()
        layout.addWidget(self.message)
        layout.addWidget(accept_cancel_buttons(self, self.save))

    def load(self, relation: Relation) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(relation.kind)))
        self.role.setCurrentIndex(max(0, self.role.findData(relation.role)))
        for key in ("name", "organisation", "attention", "salutation", "email", "phone",
                    "municipality", "notes"):
            self.fields[key].setText(getattr(relation, key))
        self.postal_address.setPlainText(relation.postal_address)

    def relation(self) -> Relation:
        values = {key: self.fields[key].text() for key in
                  ("name", "organisation", "attention", "salutation", "email", "phone",
                   "municipality", "notes")}
        return Relation(kind=self.kind.currentData(), role=self.role.currentData(),
                        postal_address=self.postal_address.toPlainText(), **values)

    def save(self) -> None:
        try:
            if self.relation_id is None:
                self.relation_id = create_relation(self.db, self.relation())
            else:
                update_relation(self.db, self.relation_id, self.relation())
        except ValidationError as error:
            show_form_message(self.message, str(error), error=True)
            widget = self.fields.get(error.field or "")
            if widget is not None:
                widget.setFocus()
            return
        except RaadswerkError as error:
            show_form_message(self.message, str(error), error=True)
            return
        self.accept()
