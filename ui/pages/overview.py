"""Overzicht (home): the council at a glance and what needs the secretary now."""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from core.i18n import format_date, tr
from core.overview import attention_items
from core.profile import kind_label, load_profile
from ui.pages.base import Page

SEVERITY_LABELS = {"overdue": "●", "soon": "●", "info": "○"}


class OverviewPage(Page):
    section = "overview"

    def __init__(self, parent=None):
        super().__init__(tr("Overview"), parent=parent)
        self.today = dt.date.today()
        self.council_card = QFrame()
        self.council_card.setObjectName("card")
        card_layout = QVBoxLayout(self.council_card)
        self.council_name = QLabel()
        self.council_name.setObjectName("cardTitle")
        self.council_name.setWordWrap(True)
        self.council_details = QLabel()
        self.council_details.setObjectName("cardText")
        self.council_details.setWordWrap(True)
        card_layout.addWidget(self.council_name)
        card_layout.addWidget(self.council_details)
        self.body.addWidget(self.council_card)

        heading = QLabel(tr("Needs your attention"))
        heading.setObjectName("sectionHeading")
        self.body.addWidget(heading)
        self.attention = QListWidget()
        self.attention.setObjectName("attentionList")
        self.attention.itemActivated.connect(self._open_line)
        self.attention.itemClicked.connect(self._open_line)
        self.body.addWidget(self.attention, 1)
        self.empty_label = QLabel(tr("Nothing needs your attention right now."))
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setAlignment(Qt.AlignCenter)
        self.body.addWidget(self.empty_label)

        buttons = QHBoxLayout()
        for text, section in ((tr("Members"), "members"), (tr("Meetings"), "meetings"),
                              (tr("Log a signal"), "signals"), (tr("Advice"), "advice")):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, s=section: self.navigate.emit(s, None))
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.body.addLayout(buttons)

    def refresh(self) -> None:
        if self.db is None:
            return
        profile = load_profile(self.db)
        self.council_name.setText(profile.name or tr("(council without a name)"))
        parts = [kind_label(profile.kind)]
        if profile.municipality:
            parts.append(tr("municipality of {name}", name=profile.municipality))
        parts.append(tr("today is {date}", date=format_date(self.today, "full")))
        self.council_details.setText(" · ".join(parts))
        self._fill_attention()

    def _fill_attention(self) -> None:
        self.attention.clear()
        items = attention_items(self.db, self.today)
        group = None
        for item in items:
            if item.group and item.group != group:
                group = item.group
                header = QListWidgetItem(group)
                header.setFlags(Qt.NoItemFlags)
                header.setData(Qt.AccessibleDescriptionRole, "header")
                self.attention.addItem(header)
            due = f" — {format_date(item.due)}" if item.due else ""
            detail = f"\n{item.detail}" if item.detail else ""
            line = QListWidgetItem(f"{SEVERITY_LABELS.get(item.severity, '')}  "
                                   f"{item.title}{due}{detail}")
            line.setData(Qt.UserRole, item)
            line.setToolTip(tr("Open"))
            if item.severity == "overdue":
                line.setForeground(Qt.darkRed)
            self.attention.addItem(line)
        self.attention.setVisible(bool(items))
        self.empty_label.setVisible(not items)

    def _open_line(self, line: QListWidgetItem) -> None:
        item = line.data(Qt.UserRole)
        if item is not None:
            self.navigate.emit(item.section, item.item_id)
