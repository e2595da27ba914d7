"""Instellingen → Programma: per-user choices (language)."""

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from core.i18n import LANGUAGES, current_language, tr


class ProgramTab(QWidget):
    def __init__(self, preferences=None, parent=None):
        super().__init__(parent)
        self.preferences = preferences
        outer = QVBoxLayout(self)
        form = QFormLayout()
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))
        self.language.currentIndexChanged.connect(self._language_chosen)
        form.addRow(tr("Language"), self.language)
        outer.addLayout(form)
        self.note = QLabel("")
        self.note.setWordWrap(True)
        outer.addWidget(self.note)
        outer.addStretch(1)

    def _language_chosen(self) -> None:
        if self.preferences is None:
            return
        self.preferences.set_language(self.language.currentData())
        self.preferences.sync()
        self.note.setText(tr("The new language takes effect when Raadswerk starts again."))
