"""Instellingen → Privacy: print the register of processing activities (AVG Art. 30)."""

import datetime as dt

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from core.i18n import tr
from core.processing_register import processing_register_pdf
from ui.documents.preview import preview_document


class PrivacyTab(QWidget):
    """Registered in ui/pages/settings.py; prints from ``page.council``."""

    def __init__(self, page=None, parent=None):
        super().__init__(parent)
        self.page = page
        layout = QVBoxLayout(self)
        intro = QLabel(tr("The register of processing activities (verwerkingsregister, AVG "
                          "Art. 30) says what this file holds about people, why, on which "
                          "basis, who sees it, how long it is kept and how it is secured. "
                          "The periods come from the settings of this file."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.print_button = QPushButton(tr("&Print register of processing activities…"))
        self.print_button.clicked.connect(self.print_register)
        row.addWidget(self.print_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)

    def load(self, _db=None) -> None:
        self.print_button.setEnabled(self.page is not None and self.page.council is not None)

    def print_register(self) -> None:
        council = self.page.council if self.page is not None else None
        if council is None:
            return
        db, encrypted = council.db, council.encrypted
        preview_document(self, lambda: processing_register_pdf(db, encrypted),
                         tr("Register of processing activities"),
                         f"verwerkingsregister-{dt.date.today().isoformat()}.pdf")
