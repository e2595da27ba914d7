"""Help → Over Raadswerk: version, the EUPL-1.2, and the licence of every component."""

import importlib.util
import re
from importlib import metadata
from pathlib import Path

import pytest

from core import __version__
from ui.about import COMPONENTS, AboutDialog, licence_text
from ui.main_window import MainWindow
from ui.safety.preferences import set_backup_folder

# How a declared licence shows up in the package's own metadata.
METADATA_SPELLINGS = {
    "LGPL-3.0": ("LGPL-3.0",),
    "BSD": ("BSD",),
    "BSD-3-Clause": ("BSD-3-Clause", "BSD License"),
    "BSD-2-Clause": ("BSD-2-Clause", "BSD License"),
    "Apache-2.0": ("Apache-2.0", "Apache License, Version 2.0", "Apache Software License"),
    "MIT": ("MIT",),
    "MIT-CMU": ("MIT-CMU",),
    "PSF-2.0": ("PSF-2.0",),
    "Bitstream-Vera": ("Bitstream",),
}


@pytest.fixture
def about(qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    return dialog


def rows(dialog) -> dict[str, list[str]]:
    tree = dialog.components
    return {tree.topLevelItem(i).text(0): [tree.topLevelItem(i).text(c) for c in range(4)]
            for i in range(tree.topLevelItemCount())}


def test_about_shows_version_and_the_eupl(about):
    assert about.windowTitle() == "Over Raadswerk"
    assert about.title.text() == f"Raadswerk {__version__}"
    assert "EUPL-1.2" in about.summary.text()
    assert rows(about)["Raadswerk"] == ["Raadswerk", __version__, "EUPL-1.2", "dit programma"]
    # The program's own licence is shown first, in full.
    text = about.licence_view.toPlainText()
    assert text.startswith("EUROPEAN UNION PUBLIC LICENCE v. 1.2")


@pytest.mark.parametrize("name, licence", [
    ("Qt", "LGPL-3.0"), ("PySide6", "LGPL-3.0"), ("ReportLab", "BSD"),
    ("Noto Sans", "OFL-1.1"), ("Babel", "BSD-3-Clause"), ("sqlite-utils", "Apache-2.0"),
    ("pypdf", "BSD-3-Clause"), ("openpyxl", "MIT"), ("icalendar", "BSD-2-Clause"),
    ("platformdirs", "MIT"), ("Python", "PSF-2.0"),
])
def test_each_bundled_component_is_listed_with_its_licence(about, name, licence):
    row = rows(about)[name]
    assert row[2] == licence
    assert row[3]  # what it is used for, in Dutch


def test_versions_come_from_the_installed_packages(about):
    listed = rows(about)
    assert listed["ReportLab"][1] == metadata.version("reportlab")
    assert listed["PySide6"][1] == metadata.version("PySide6_Essentials")
    assert listed["Qt"][1].startswith("6.")
    assert re.fullmatch(r"\d+\.\d{3}", listed["Noto Sans"][1])  # the font's own revision


@pytest.mark.parametrize("component", [c for c in COMPONENTS if c.distribution],
                         ids=lambda c: c.name)
def test_declared_licences_match_the_package_metadata(component):
    meta = metadata.metadata(component.distribution)
    declared = " ".join(filter(None, [meta.get("License-Expression"), meta.get("License"),
                                      *(meta.get_all("Classifier") or [])]))
    assert any(spelling in declared for spelling in METADATA_SPELLINGS[component.licence]), \
        f"{component.name}: declared {component.licence}, metadata says {declared[:200]}"


@pytest.mark.parametrize("name, words", [
    ("Qt", "GNU LESSER GENERAL PUBLIC LICENSE"),
    ("Noto Sans", "SIL OPEN FONT LICENSE"),
    ("ReportLab", "ReportLab"),
    ("sqlite-utils", "Apache License"),
    ("Python", "PYTHON SOFTWARE FOUNDATION LICENSE"),
])
def test_choosing_a_component_shows_its_licence_text(about, name, words):
    tree = about.components
    item = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                if tree.topLevelItem(i).text(0) == name)
    tree.setCurrentItem(item)
    assert words.lower() in about.licence_view.toPlainText().lower()


def test_every_component_has_its_licence_text_in_this_installation():
    for component in COMPONENTS:
        assert "niet gevonden" not in licence_text(component), component.name


def test_help_menu_opens_about(qtbot, prefs, tmp_path, monkeypatch):
    set_backup_folder(prefs, tmp_path / "backups")
    window = MainWindow(prefs)
    qtbot.addWidget(window)
    shown = []
    monkeypatch.setattr(AboutDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    actions = [a for a in window.help_menu.actions() if a.text() == "&Over Raadswerk"]
    assert actions
    actions[0].trigger()
    assert shown and shown[0].title.text() == f"Raadswerk {__version__}"


def test_the_window_icon_is_the_raadswerk_icon(qtbot):
    from ui.about import app_icon

    icon = app_icon()
    sizes = {size.width() for size in icon.availableSizes()}
    assert {16, 24, 32, 48, 256} <= sizes
    pixel = icon.pixmap(64, 64).toImage().pixelColor(4, 32)
    assert pixel.name() == "#1f5c6b"  # the teal of the letterhead


def test_the_bundle_carries_the_metadata_of_every_listed_component():
    spec = importlib.util.spec_from_file_location(
        "bundle_info", Path(__file__).resolve().parents[3] / "installer" / "bundle_info.py")
    bundle_info = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bundle_info)
    listed = {c.distribution.lower() for c in COMPONENTS if c.distribution}
    assert listed <= {name.lower() for name in bundle_info.LICENSED_DISTRIBUTIONS}
