"""Instellingen: the council profile, program choices, and each feature's settings."""

from PySide6.QtWidgets import QTabWidget

from core.i18n import tr
from ui.advice.settings_tab import AdviceSettingsTab
from ui.meetings.templates_tab import MeetingTemplatesTab
from ui.members.settings_tab import MembersSettingsTab
from ui.pages.base import Page
from ui.safety.backup_tab import BackupTab
from ui.safety.privacy_tab import PrivacyTab
from ui.safety.security_tab import SecurityTab
from ui.settings.profile_tab import ProfileTab
from ui.settings.program_tab import ProgramTab
from ui.signals.settings_tab import SignalsSettingsTab


class SettingsPage(Page):
    section = "settings"

    def __init__(self, parent=None):
        super().__init__(tr("Settings"), tr("What letterheads print, and how Raadswerk works "
                                            "for this council."), parent)
        self.tabs = QTabWidget()
        self.profile_tab = ProfileTab()
        self.tabs.addTab(self.profile_tab, tr("Council"))
        # Each feature adds its tab here: a widget with load(db), via add_feature_tab.
        self.feature_tabs: list = []
        self.add_feature_tab(MembersSettingsTab(), tr("Members"))
        self.add_feature_tab(SignalsSettingsTab(), tr("Signals"))
        self.add_feature_tab(MeetingTemplatesTab(), tr("Meetings"))
        self.add_feature_tab(AdviceSettingsTab(), tr("Advice"))
        self.add_feature_tab(BackupTab(self), tr("Backups"))
        self.add_feature_tab(SecurityTab(self), tr("Security"))
        self.add_feature_tab(PrivacyTab(self), tr("Privacy"))
        self.program_tab = None
        self.body.addWidget(self.tabs)

    def add_feature_tab(self, widget, title: str) -> None:
        self.feature_tabs.append(widget)
        self.tabs.addTab(widget, title)

    def set_council(self, council) -> None:
        if self.program_tab is None:
            self.program_tab = ProgramTab(self.preferences)
            self.tabs.addTab(self.program_tab, tr("Program"))
        super().set_council(council)

    def refresh(self) -> None:
        if self.db is None:
            return
        self.profile_tab.load(self.db)
        for tab in self.feature_tabs:
            tab.load(self.db)
        for tab in (self.profile_tab, *self.feature_tabs):
            tab.setEnabled(not self.read_only)
