"""Instellingen → Raad: the council profile that every letterhead is drawn from."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
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

from core.errors import RaadswerkError, ValidationError
from core.files import file_bytes
from core.i18n import tr
from core.profile import COUNCIL_KINDS, CouncilProfile, Signer, load_profile, save_profile, set_logo
from ui.errors import show_error
from ui.widgets.form_message import form_message_label, show_form_message

IMAGE_FILTER = "(*.png *.jpg *.jpeg)"


class ProfileTab(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.db = None
        self.logo_file_id = None
        outer = QVBoxLayout(self)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignRight)
        self.name = QLineEdit()
        self.kind = QComboBox()
        for code, label in COUNCIL_KINDS.items():
            self.kind.addItem(tr(label), code)
        self.municipality = QLineEdit()
        self.other_municipalities = QPlainTextEdit()
        self.other_municipalities.setFixedHeight(48)
        self.other_municipalities.setTabChangesFocus(True)
        self.other_municipalities.setPlaceholderText(
            tr("A regional council: the other municipalities it advises, one per line"))
        self.postal_address = QPlainTextEdit()
        self.postal_address.setFixedHeight(60)
        self.postal_address.setTabChangesFocus(True)
        self.visiting_address = QLineEdit()
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.website = QLineEdit()
        form.addRow(tr("Name of the council"), self.name)
        form.addRow(tr("Kind"), self.kind)
        form.addRow(tr("Municipality"), self.municipality)
        form.addRow(tr("Also advises"), self.other_municipalities)
        form.addRow(tr("Postal address"), self.postal_address)
        form.addRow(tr("Visiting address"), self.visiting_address)
        form.addRow(tr("E-mail"), self.email)
        form.addRow(tr("Phone"), self.phone)
        form.addRow(tr("Website"), self.website)
        form.addRow(tr("Logo"), self._logo_row())
        form.addRow(tr("Signers"), self._signer_grid())
        outer.addLayout(form)
        self.message = form_message_label()
        self.save_button = QPushButton(tr("Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        row.addWidget(self.save_button)
        outer.addLayout(row)
        outer.addStretch(1)

    def _logo_row(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.logo_preview = QLabel(tr("(no logo)"))
        self.logo_preview.setFixedSize(140, 60)
        self.logo_preview.setAlignment(Qt.AlignCenter)
        self.logo_preview.setObjectName("logoPreview")
        choose = QPushButton(tr("Choose…"))
        choose.clicked.connect(self.choose_logo)
        remove = QPushButton(tr("Remove"))
        remove.clicked.connect(self.remove_logo)
        row.addWidget(self.logo_preview)
        row.addWidget(choose)
        row.addWidget(remove)
        row.addStretch(1)
        return box

    def _signer_grid(self) -> QWidget:
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(tr("Name")), 0, 0)
        grid.addWidget(QLabel(tr("Role")), 0, 1)
        self.signer_fields = []
        for index in range(2):
            name, role = QLineEdit(), QLineEdit()
            name.setPlaceholderText(tr("Signer {number}", number=index + 1))
            role.setPlaceholderText(tr("e.g. chair"))
            grid.addWidget(name, index + 1, 0)
            grid.addWidget(role, index + 1, 1)
            self.signer_fields.append((name, role))
        return box

    def load(self, db) -> None:
        self.db = db
        profile = load_profile(db)
        self.name.setText(profile.name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(profile.kind)))
        self.municipality.setText(profile.municipality)
        self.other_municipalities.setPlainText("\n".join(profile.other_municipalities))
        self.postal_address.setPlainText(profile.postal_address)
        self.visiting_address.setText(profile.visiting_address)
        self.email.setText(profile.email)
        self.phone.setText(profile.phone)
        self.website.setText(profile.website)
        for (name, role), signer in zip(self.signer_fields, profile.signers + [None, None],
                                        strict=False):
            name.setText(signer.name if signer else "")
            role.setText(signer.role if signer else "")
        self.logo_file_id = profile.logo_file_id
        self._show_logo()
        self.message.setText("")

    def profile_from_form(self) -> CouncilProfile:
        signers = [Signer(name.text().strip(), role.text().strip())
                   for name, role in self.signer_fields if name.text().strip() or
                   role.text().strip()]
        return CouncilProfile(
            name=self.name.text().strip(),
            kind=self.kind.currentData(),
            municipality=self.municipality.text().strip(),
            other_municipalities=[line.strip() for line in
                                  self.other_municipalities.toPlainText().splitlines()
                                  if line.strip()],
            postal_address=self.postal_address.toPlainText().strip(),
            visiting_address=self.visiting_address.text().strip(),
            email=self.email.text().strip(),
            phone=self.phone.text().strip(),
            website=self.website.text().strip(),
            logo_file_id=self.logo_file_id,
            signers=signers,
        )

    def save(self) -> bool:
        if self.db is None:
            return False
        try:
            save_profile(self.db, self.profile_from_form())
        except ValidationError as error:
            show_form_message(self.message, str(error), error=True)
            return False
        window = self.window()
        if hasattr(window, "refresh_all"):
            window.refresh_all()  # the title and the letterhead name follow at once
        show_form_message(self.message, tr("Saved."))
        return True

    def choose_logo(self) -> None:
        path, _selected = QFileDialog.getOpenFileName(
            self, tr("Choose a logo"), "", tr("Images") + " " + IMAGE_FILTER)
        if path:
            self.set_logo_from(Path(path))

    def set_logo_from(self, path: Path) -> None:
        if QPixmap(str(path)).isNull():
            show_error(self, RaadswerkError(tr("{name} is not an image Raadswerk can use "
                                               "(PNG or JPEG).", name=path.name)))
            return
        try:
            profile = set_logo(self.db, path.name, path.read_bytes())
        except (RaadswerkError, OSError) as error:
            show_error(self, error if isinstance(error, RaadswerkError)
                       else RaadswerkError(str(error)))
            return
        self.logo_file_id = profile.logo_file_id
        self._show_logo()

    def remove_logo(self) -> None:
        if self.db is not None and self.logo_file_id is not None:
            self.logo_file_id = set_logo(self.db, "", None).logo_file_id
            self._show_logo()

    def _show_logo(self) -> None:
        if self.logo_file_id is None:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(tr("(no logo)"))
            return
        pixmap = QPixmap()
        pixmap.loadFromData(file_bytes(self.db, self.logo_file_id))
        self.logo_preview.setPixmap(pixmap.scaled(140, 60, Qt.KeepAspectRatio,
                                                  Qt.SmoothTransformation))
