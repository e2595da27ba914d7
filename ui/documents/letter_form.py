"""The fields of a letter (layout only): addressee, date, references, text, signers."""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.dates import parse_date
from core.documents.letter import LetterContent, default_closing, default_salutation
from core.i18n import tr
from core.profile import CouncilProfile, Signer
from core.relations import Relation, address_block, default_salutation_for, summary_line

MAX_SIGNERS = 2


def _text_box(lines: int, placeholder: str = "", grows: bool = False) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)  # Tab moves on, as in every other field
    box.setPlaceholderText(placeholder)
    height = box.fontMetrics().lineSpacing() * lines + 14
    if grows:
        box.setMinimumHeight(height)
    else:
        box.setFixedHeight(height)
    return box


class LetterForm(QWidget):
    """Every field of a formal letter; ``content()`` reads them, ``load()`` fills them."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.fields: dict[str, QWidget] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignRight)
        self.addressee = _text_box(5, tr("Name\nFor the attention of …\nStreet and number\n"
                                         "Postcode  Place"))
        self.place = QLineEdit()
        self.letter_date = QLineEdit()
        self.letter_date.setPlaceholderText(tr("e.g. 14-03-2026"))
        self.letter_date.setMaximumWidth(140)
        self.reference = QLineEdit()
        self.their_reference = QLineEdit()
        self.subject = QLineEdit()
        self.salutation = QLineEdit()
        self.body = _text_box(14, grows=True)
        self.body.setPlaceholderText(tr("Blank line: new paragraph. **bold**, *italic*, "
                                        "\"- \" a bullet, \"1. \" a numbered item."))
        self.closing = QLineEdit()
        self.enclosures = _text_box(2, tr("One enclosure per line"))
        self.copies = _text_box(2, tr("One recipient per line"))
        self.confidential = QCheckBox(tr("Confidential: every page says so"))
        date_row = QHBoxLayout()
        date_row.addWidget(self.place, 1)
        date_row.addWidget(QLabel(tr("Date")))
        date_row.addWidget(self.letter_date)
        reference_row = QHBoxLayout()
        reference_row.addWidget(self.reference, 1)
        reference_row.addWidget(QLabel(tr("Your reference")))
        reference_row.addWidget(self.their_reference, 1)
        self.relation_id: int | None = None
        self.relations = QComboBox()
        self.relations.setToolTip(tr("Fill in the address and salutation of a relation"))
        self.relations.activated.connect(self._use_relation)
        self.known_addresses = QComboBox()
        self.known_addresses.setToolTip(tr("Fill in an address a letter went to before"))
        self.known_addresses.activated.connect(self._use_known_address)
        for picker in (self.relations, self.known_addresses):
            # As wide as the form allows, not as the longest address: the list opens wider.
            picker.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            picker.setMinimumContentsLength(16)
        pickers = QHBoxLayout()
        pickers.addWidget(self.relations, 1)
        pickers.addWidget(self.known_addresses, 1)
        form.addRow("", pickers)
        form.addRow(tr("To"), self.addressee)
        form.addRow(tr("Place"), date_row)
        form.addRow(tr("Our reference"), reference_row)
        form.addRow(tr("Subject"), self.subject)
        form.addRow(tr("Salutation"), self.salutation)
        form.addRow(tr("Text"), self._body_with_tools())
        form.addRow(tr("Closing"), self.closing)
        form.addRow(tr("Signed by"), self._signer_grid())
        form.addRow(tr("Enclosures"), self.enclosures)
        form.addRow(tr("Copy to"), self.copies)
        form.addRow("", self.confidential)
        layout.addLayout(form)
        self._set_tab_order()
        self.fields = {
            "addressee": self.addressee, "place": self.place, "letter_date": self.letter_date,
            "reference": self.reference, "their_reference": self.their_reference,
            "subject": self.subject, "salutation": self.salutation, "body": self.body,
            "closing": self.closing, "signers": self.signer_fields[0][0],
            "enclosures": self.enclosures, "copies": self.copies,
        }

    def _body_with_tools(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        tools = QHBoxLayout()
        for label, tip, action in (
            (tr("Bold"), tr("Make the selected words bold"), lambda: self.wrap_selection("**")),
            (tr("Italic"), tr("Make the selected words italic"),
             lambda: self.wrap_selection("*")),
            (tr("Bullets"), tr("Start the selected lines with a bullet"),
             lambda: self.prefix_lines("bullets")),
            (tr("Numbering"), tr("Number the selected lines"),
             lambda: self.prefix_lines("numbers")),
        ):
            button = QPushButton(label)
            button.setToolTip(tip)
            button.setFocusPolicy(Qt.NoFocus)  # keyboard users type the markers directly
            button.clicked.connect(action)
            tools.addWidget(button)
        tools.addStretch(1)
        column.addLayout(tools)
        column.addWidget(self.body, 1)
        return box

    def _signer_grid(self) -> QWidget:
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.signer_fields: list[tuple[QLineEdit, QLineEdit]] = []
        for row in range(MAX_SIGNERS):
            name, role = QLineEdit(), QLineEdit()
            name.setPlaceholderText(tr("Name"))
            role.setPlaceholderText(tr("Role, e.g. chair"))
            grid.addWidget(name, row, 0)
            grid.addWidget(role, row, 1)
            self.signer_fields.append((name, role))
        return box

    def tab_chain(self) -> list[QWidget]:
        """The fields in the order a letter reads, which is the order Tab visits them."""
        signers = [field for pair in self.signer_fields for field in pair]
        return [self.relations, self.known_addresses, self.addressee, self.place,
                self.letter_date, self.reference, self.their_reference, self.subject,
                self.salutation, self.body, self.closing,
                *signers, self.enclosures, self.copies, self.confidential]

    def _set_tab_order(self) -> None:
        chain = self.tab_chain()
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def set_known_addresses(self, addresses: list[str]) -> None:
        """Offer earlier addresses; the list shows each one's first two lines."""
        self.known_addresses.clear()
        self.known_addresses.addItem(tr("Address used before…"), None)
        for address in addresses:
            lines = [line.strip() for line in address.splitlines() if line.strip()]
            self.known_addresses.addItem(" — ".join(lines[:2])[:90], address)
        self.known_addresses.setVisible(bool(addresses))

    def set_relations(self, relations: list[Relation]) -> None:
        """Offer the entries of Relaties; picking one fills address and salutation."""
        self.relations.clear()
        self.relations.addItem(tr("From Relaties…"), None)
        for relation in relations:
            self.relations.addItem(summary_line(relation)[:90], relation)
        self.relations.setVisible(bool(relations))

    def _use_relation(self, index: int) -> None:
        relation = self.relations.itemData(index)
        if relation is not None:
            self.addressee.setPlainText(address_block(relation))
            self.salutation.setText(default_salutation_for(relation))
            self.relation_id = relation.id
            self.addressee.setFocus()
        self.relations.setCurrentIndex(0)

    def _use_known_address(self, index: int) -> None:
        address = self.known_addresses.itemData(index)
        if address:
            self.addressee.setPlainText(address)
            self.relation_id = None
            self.addressee.setFocus()
        self.known_addresses.setCurrentIndex(0)

    # --- editing helpers ------------------------------------------------------
    def wrap_selection(self, marker: str) -> None:
        cursor = self.body.textCursor()
        selected = cursor.selectedText()
        cursor.insertText(f"{marker}{selected}{marker}")
        if not selected:
            cursor.movePosition(QTextCursor.Left, n=len(marker))
            self.body.setTextCursor(cursor)
        self.body.setFocus()

    def prefix_lines(self, kind: str) -> None:
        cursor = self.body.textCursor()
        start, end = sorted((cursor.selectionStart(), cursor.selectionEnd()))
        cursor.setPosition(start)
        cursor.movePosition(QTextCursor.StartOfBlock)
        cursor.setPosition(end, QTextCursor.KeepAnchor)
        cursor.movePosition(QTextCursor.EndOfBlock, QTextCursor.KeepAnchor)
        lines = cursor.selectedText().split("\u2029")  # Qt's paragraph separator
        prefixed = [(f"{index}. " if kind == "numbers" else "- ") + line.lstrip("-*• ")
                    for index, line in enumerate(lines, start=1)]
        cursor.insertText("\n".join(prefixed))
        self.body.setFocus()

    # --- data -----------------------------------------------------------------
    def load(self, content: LetterContent) -> None:
        self.addressee.setPlainText(content.addressee)
        self.relation_id = content.relation_id
        self.place.setText(content.place)
        self.letter_date.setText(content.letter_date.strftime("%d-%m-%Y"))
        self.reference.setText(content.reference)
        self.their_reference.setText(content.their_reference)
        self.subject.setText(content.subject)
        self.salutation.setText(content.salutation)
        self.body.setPlainText(content.body)
        self.closing.setText(content.closing)
        for index, (name, role) in enumerate(self.signer_fields):
            signer = content.signers[index] if index < len(content.signers) else None
            name.setText(signer.name if signer else "")
            role.setText(signer.role if signer else "")
        self.enclosures.setPlainText(content.enclosures)
        self.copies.setPlainText(content.copies)
        self.confidential.setChecked(content.confidential)

    def snapshot(self) -> tuple:
        """Everything typed, as plain text: to notice unsaved changes."""
        boxes = [self.addressee, self.body, self.enclosures, self.copies]
        lines = [self.place, self.letter_date, self.reference, self.their_reference,
                 self.subject, self.salutation, self.closing,
                 *(field for pair in self.signer_fields for field in pair)]
        return (tuple(box.toPlainText() for box in boxes)
                + tuple(line.text() for line in lines) + (self.confidential.isChecked(),))

    def content(self) -> LetterContent:
        """What the form says; a date that is not a date raises ValidationError."""
        signers = [Signer(name.text().strip(), role.text().strip())
                   for name, role in self.signer_fields if name.text().strip()
                   or role.text().strip()]
        return LetterContent(
            addressee=self.addressee.toPlainText(),
            subject=self.subject.text().strip(),
            body=self.body.toPlainText(),
            letter_date=parse_date(self.letter_date.text(), "letter_date"),
            place=self.place.text().strip(),
            reference=self.reference.text().strip(),
            their_reference=self.their_reference.text().strip(),
            salutation=self.salutation.text().strip(),
            closing=self.closing.text().strip(),
            signers=signers,
            enclosures=self.enclosures.toPlainText(),
            copies=self.copies.toPlainText(),
            relation_id=self.relation_id if self.addressee.toPlainText().strip() else None,
            confidential=self.confidential.isChecked(),
        )


def new_letter_content(profile: CouncilProfile, today: dt.date) -> LetterContent:
    """A new letter's starting point: today's date, the council's place and signers."""
    return LetterContent(
        addressee="", subject="", body="", letter_date=today, place=profile.place,
        salutation=default_salutation(), closing=default_closing(),
        signers=[Signer(signer.name, signer.role) for signer in profile.signers[:MAX_SIGNERS]],
    )

