"""A new council file: where it goes and the three things a council is known by."""

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.database import open_council
from core.errors import RaadswerkError, ValidationError
from core.i18n import tr
from core.paths import default_data_dir
from core.profile import COUNCIL_KINDS, CouncilProfile, save_profile, validate_profile
from ui.file_dialogs import file_filter
from ui.safety.flows import remember_key
from ui.safety.new_passphrase import NewPassphraseFields, show_recovery_sheet
from ui.widgets.dialog_buttons import accept_cancel_buttons
from ui.widgets.form_message import form_message_label, show_form_message


class NewCouncilDialog(QDialog):
    def __init__(self, parent=None, folder: Path | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("New council file"))
        self.created_path: Path | None = None
        self.folder = folder or default_data_dir()
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setPlaceholderText(tr("e.g. Wmo-raad Lindewaarde"))
        self.kind = QComboBox()
        for code, label in COUNCIL_KINDS.items():
            self.kind.addItem(tr(label), code)
        self.municipality = QLineEdit()
        self.path = QLineEdit()
        browse = QPushButton(tr("Choose…"))
        browse.clicked.connect(self._browse)
        path_row = QWidget()
        row = QHBoxLayout(path_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form.addRow(tr("Name of the council"), self.name)
        form.addRow(tr("Kind"), self.kind)
        form.addRow(tr("Municipality"), self.municipality)
        form.addRow(tr("File"), path_row)
        layout.addLayout(form)
        self.passphrase = NewPassphraseFields()
        layout.addWidget(self.passphrase)
        self.unencrypted = QCheckBox(tr("Do not encrypt this file (not advised: signals hold "
                                        "health and income details)"))
        self.unencrypted.toggled.connect(lambda off: self.passphrase.setEnabled(not off))
        layout.addWidget(self.unencrypted)
        self.message = form_message_label()
        layout.addWidget(self.message)
        layout.addWidget(accept_cancel_buttons(self, self.create, tr("Create"),
                                               QDialogButtonBox.Ok))
        self.name.textChanged.connect(self._suggest_path)
        self._suggest_path()

    def _suggest_path(self) -> None:
        if self.path.isModified():
            return
        stem = "".join(ch for ch in self.name.text() if ch.isalnum() or ch in " -_").strip()
        self.path.setText(str(self.folder / f"{stem or 'raad'}.raadswerk"))

    def _browse(self) -> None:
        path, _selected = QFileDialog.getSaveFileName(self, tr("New council file"),
                                                      self.path.text(), file_filter())
        if path:
            self.path.setText(path if Path(path).suffix else path + ".raadswerk")
            self.path.setModified(True)

    def create(self) -> None:
        profile = CouncilProfile(name=self.name.text().strip(), kind=self.kind.currentData(),
                                 municipality=self.municipality.text().strip())
        path = Path(self.path.text().strip())
        try:
            validate_profile(profile)
            if not self.path.text().strip():
                raise ValidationError(tr("Choose where the file goes."), "path")
            if path.exists():
                raise ValidationError(
                    tr("{name} already exists. Choose another name.", name=path.name), "path")
            key = None if self.unencrypted.isChecked() else self.passphrase.key()
            council = open_council(path, create=True, key=key)
            try:
                save_profile(council.db, profile)
                if key is not None:
                    show_recovery_sheet(self, council.db, key, path)
            finally:
                council.close()
        except RaadswerkError as error:
            show_form_message(self.message, str(error), error=True)
            return
        self.passphrase.clear()
        if key is not None:
            remember_key(path, key)  # the window opens it next without asking again
        self.created_path = path
        self.accept()
