"""Instellingen: the council profile, program choices, and each feature's settings."""

from PySide6.QtWidgets import QTabWidget

from core.i18n import tr
from ui.advice.settings_tab import AdviceSettingsTab
from ui.allowances.settings_tab import AllowancesSettingsTab
from ui.meetings.rules_tab import RulesSettingsTab
from ui.meetings.templates_tab import MeetingTemplatesTab
from ui.members.settings_tab import MembersSettingsTab
from ui.pages.base import Page
from ui.safety.backup_tab import BackupTab
from ui.safety.privacy_tab import PrivacyTab
from ui.safety.security_tab import SecurityTab
from ui.settings.profile_tab import ProfileTab
from ui.settings.program_tab import ProgramTab
from ui.signals.settings_tab import SignalsSettingsTab
from ui.widgets.unsaved import fields_snapshot


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
        self.add_feature_tab(RulesSettingsTab(), tr("Rules of procedure"))
        self.add_feature_tab(AdviceSettingsTab(), tr("Advice"))
        self.add_feature_tab(AllowancesSettingsTab(), tr("Allowances"))
        self.add_feature_tab(BackupTab(self), tr("Backups"))
        self.add_feature_tab(SecurityTab(self), tr("Security"))
        self.add_feature_tab(PrivacyTab(self), tr("Privacy"))
        self.program_tab = None
        self.snapshots: dict = {}
        self.body.addWidget(self.tabs)

    def add_feature_tab(self, widget, title: str) -> None:
        self.feature_tabs.append(widget)
        self.tabs.addTab(widget, title)

    def set_council(self, council) -> None:
        if self.program_tab is None:
            self.program_tab = ProgramTab(self.preferences)
            self.tabs.addTab(self.program_tab, tr("Program"))
        super().set_council(council)

    def refresh(self, keep_typing: bool = True) -> None:
        """Reload every tab; one holding unsaved typing keeps it (saving the council's
        name elsewhere refreshes the whole window)."""
        if self.db is None:
            return
        typing = set(self._dirty_tabs()) if keep_typing else set()
        for tab in (self.profile_tab, *self.feature_tabs):
            if tab not in typing:
                tab.load(self.db)
                if tab in self._form_tabs():
                    self.snapshots[tab] = fields_snapshot(tab)
            tab.setEnabled(not self.read_only)

    # --- never lose typing --------------------------------------------------------------
    def _form_tabs(self) -> list:
        """Tabs whose fields are kept with a Save button (the templates judge themselves)."""
        return [tab for tab in (self.profile_tab, *self.feature_tabs)
                if hasattr(tab, "save") and not hasattr(tab, "is_dirty")]

    def _dirty_tabs(self) -> list:
        if self.db is None:
            return []
        dirty = [tab for tab, snapshot in self.snapshots.items() if snapshot.is_dirty()]
        return dirty + [tab for tab in self.feature_tabs
                        if hasattr(tab, "is_dirty") and tab.is_dirty()]

    def has_unsaved_changes(self) -> bool:
        return bool(self._dirty_tabs())

    def unsaved_description(self) -> str:
        names = ", ".join(self.tabs.tabText(self.tabs.indexOf(tab)) for tab in self._dirty_tabs())
        return tr("Settings were changed but not saved yet ({tabs}).", tabs=names)

    def save_changes(self) -> bool:
        for tab in self._dirty_tabs():
            if not tab.save():
                self.tabs.setCurrentWidget(tab)
                return False
            if tab in self.snapshots:
                self.snapshots[tab].mark_clean()
        return True

    def discard_changes(self) -> None:
        self.refresh(keep_typing=False)
