"""What goes into the bundle and the installers, checked without building them."""

import importlib.util
import os
import plistlib
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image

import core

ROOT = Path(__file__).resolve().parents[3]
INSTALLER = ROOT / "installer"
ICONS = ROOT / "resources" / "icons"


def load_bundle_info():
    spec = importlib.util.spec_from_file_location("bundle_info", INSTALLER / "bundle_info.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


info = load_bundle_info()


# --- one version number ------------------------------------------------------------

def test_the_bundle_reads_the_one_version_number():
    assert info.read_version() == core.__version__
    assert info.version_tuple("0.1.0") == (0, 1, 0, 0)
    assert info.version_tuple("1.12.3rc1") == (1, 12, 3, 0)


def test_macos_bundle_has_identifier_and_version():
    plist = info.info_plist(core.__version__)
    assert plist["CFBundleIdentifier"] == "nl.raadswerk.Raadswerk"
    assert plist["CFBundleShortVersionString"] == core.__version__
    assert plist["CFBundleDocumentTypes"][0]["CFBundleTypeExtensions"] == ["raadswerk"]
    plistlib.dumps(plist)  # valid for Info.plist


def test_windows_version_resource_names_the_version():
    pytest.importorskip("PyInstaller")
    pytest.importorskip("pefile", reason="PyInstaller installs pefile on Windows only")
    resource = str(info.windows_version_info(core.__version__))
    assert f"StringStruct('ProductVersion', '{core.__version__}')" in resource
    assert f"filevers={info.version_tuple(core.__version__)}" in resource


def test_spec_takes_version_icon_and_identifier_from_bundle_info():
    spec = (INSTALLER / "raadswerk.spec").read_text(encoding="utf-8")
    assert "VERSION = info.read_version()" in spec
    assert "bundle_identifier=info.BUNDLE_IDENTIFIER" in spec
    assert "version=info.windows_version_info(VERSION)" in spec
    assert "BUNDLE(" in spec and "COLLECT(" in spec  # one folder, and the .app on macOS


# --- what goes in, what stays out --------------------------------------------------

def test_resources_licence_and_catalogs_go_in_without_caches():
    datas = info.resource_datas()
    sources = {Path(source).relative_to(ROOT).as_posix() for source, _folder in datas}
    assert "LICENSE" in sources
    assert "resources/style.qss" in sources
    assert "resources/fonts/NotoSans-Regular.ttf" in sources
    assert "resources/fonts/OFL.txt" in sources
    assert "resources/locale/nl/installer.po" in sources
    assert "resources/icons/raadswerk.ico" in sources
    assert "resources/licenses/LGPL-3.0.txt" in sources
    assert not [s for s in sources if "__pycache__" in s or s.endswith(".pyc")]
    for source, folder in datas:
        if source.endswith("installer.po"):
            assert Path(folder).as_posix() in {"resources/locale/nl", "resources/locale/en"}


def test_only_our_languages_of_babel_and_qt_go_in():
    assert info.keep_data("babel/locale-data/nl_NL.dat")
    assert info.keep_data("babel/locale-data/en_GB.dat")
    assert info.keep_data("babel/locale-data/root.dat")
    assert not info.keep_data("babel/locale-data/de.dat")
    assert info.keep_data("PySide6/Qt/translations/qtbase_nl.qm")
    assert not info.keep_data("PySide6/Qt/translations/qtbase_de.qm")
    assert not info.keep_data("PySide6/Qt/translations/qtwebengine_nl.qm")
    assert not info.keep_data("core/tests/test_x.py")
    assert info.keep_data("resources/fonts/OFL.txt")


def test_unused_qt_parts_stay_out():
    assert not info.keep_binary("PySide6/Qt/lib/libQt6WebEngineCore.so.6")
    assert not info.keep_binary("PySide6/Qt/lib/libQt6Quick.so.6")
    assert not info.keep_binary("PySide6/Qt/plugins/platforms/libqvnc.so")
    assert info.keep_binary("PySide6/Qt/lib/libQt6Pdf.so.6")
    assert info.keep_binary("PySide6/Qt/lib/libQt6Charts.so.6")
    assert info.keep_binary("PySide6/Qt/plugins/platforms/libqxcb.so")
    assert info.keep_binary("PySide6/Qt/plugins/platforms/qwindows.dll")
    assert info.keep_binary("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so")
    assert "QtWebEngineCore" in info.QT_EXCLUDED and "pytest" in info.PYTHON_EXCLUDED


# --- icons --------------------------------------------------------------------------

@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512, 1024])
def test_png_icon_at_every_size(size):
    with Image.open(ICONS / f"raadswerk-{size}.png") as image:
        assert image.size == (size, size)
        assert image.mode == "RGBA"
        # The teal of the letterhead fills the square beside the mark.
        red, green, blue = image.convert("RGB").getpixel((max(1, size // 12), size // 2))
        assert abs(red - 0x1F) + abs(green - 0x5C) + abs(blue - 0x6B) < 24


def test_windows_and_macos_icons_hold_all_sizes():
    with Image.open(ICONS / "raadswerk.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(ICONS / "raadswerk.icns") as icns:
        sizes = {size[:2] for size in icns.info["sizes"]}
        assert {(16, 16), (32, 32), (128, 128), (256, 256), (512, 512)} <= sizes


# --- Windows installer --------------------------------------------------------------

def iss_text() -> str:
    return (INSTALLER / "raadswerk.iss").read_text(encoding="utf-8")


def test_windows_installer_is_per_user_without_admin_rights():
    text = iss_text()
    assert re.search(r"^PrivilegesRequired=lowest$", text, re.M)
    assert re.search(r"^DefaultDirName=\{autopf\}\\", text, re.M)  # %LOCALAPPDATA%\Programs
    assert "HKLM" not in text  # nothing machine-wide


def test_windows_installer_has_start_menu_entry_and_uninstaller():
    text = iss_text()
    assert re.search(r'^Name: "\{autoprograms\}\\\{#AppName\}"; Filename: "\{app\}\\', text,
                     re.M)
    assert re.search(r"^Uninstallable=yes$", text, re.M)


def test_uninstaller_leaves_the_users_data_alone():
    text = iss_text()
    sections = re.findall(r"^\[(\w+)\]", text, re.M)
    assert "UninstallDelete" not in sections
    assert "UninstallRun" not in sections
    # Data lives in %LOCALAPPDATA%\Raadswerk, the program in %LOCALAPPDATA%\Programs.
    assert "{localappdata}" not in text.lower()
    assert "{userappdata}" not in text.lower()


def test_windows_installer_takes_the_version_from_the_program():
    text = iss_text()
    assert 'GetStringFileInfo(BundleDir + "\\" + AppExe, "ProductVersion")' in text
    assert "AppVersion={#AppVersion}" in text


# --- Linux ----------------------------------------------------------------------------

DESKTOP = INSTALLER / "linux" / "nl.raadswerk.Raadswerk.desktop"


def test_desktop_file_is_valid():
    text = DESKTOP.read_text(encoding="utf-8")
    assert "Name=Raadswerk" in text and "Icon=nl.raadswerk.Raadswerk" in text
    validator = shutil.which("desktop-file-validate")
    if validator:
        result = subprocess.run([validator, str(DESKTOP)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(os.name == "nt", reason="the Linux install script needs a POSIX shell")
def test_linux_install_and_uninstall_per_user_keep_the_data(tmp_path):
    bundle = tmp_path / "dist" / "Raadswerk"
    (bundle / "_internal" / "resources").mkdir(parents=True)
    shutil.copytree(ICONS, bundle / "_internal" / "resources" / "icons")
    program = bundle / "Raadswerk"
    program.write_text("#!/bin/sh\necho Raadswerk\n")
    program.chmod(0o755)
    home = tmp_path / "home user"
    data_file = home / ".local" / "share" / "Raadswerk" / "raad.raadswerk"
    data_file.parent.mkdir(parents=True)
    data_file.write_bytes(b"council")
    env = {"HOME": str(home), "PATH": os.environ["PATH"]}
    subprocess.run(["sh", str(INSTALLER / "linux" / "install.sh"), str(bundle)], env=env,
                   check=True, capture_output=True)
    installed = home / ".local" / "opt" / "Raadswerk" / "Raadswerk"
    desktop = home / ".local" / "share" / "applications" / "nl.raadswerk.Raadswerk.desktop"
    assert installed.exists()
    assert f'Exec="{installed}"' in desktop.read_text(encoding="utf-8")
    icon = home / ".local/share/icons/hicolor/256x256/apps/nl.raadswerk.Raadswerk.png"
    assert icon.exists()
    subprocess.run(["sh", str(INSTALLER / "linux" / "uninstall.sh")], env=env, check=True,
                   capture_output=True)
    assert not installed.exists() and not desktop.exists() and not icon.exists()
    assert data_file.read_bytes() == b"council"


# --- licence ------------------------------------------------------------------------

def test_licence_is_the_eupl_1_2_with_its_compatibility_appendix():
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("EUROPEAN UNION PUBLIC LICENCE v. 1.2")
    assert "Compatible Licences" in text
    assert "GNU Lesser General Public Licence (LGPL) v. 2.1, v. 3" in text
    for article in range(1, 16):
        assert re.search(rf"^{article}\. ", text, re.M), article
    assert 'license = "EUPL-1.2"' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")


def test_links_to_left_out_libraries_are_left_out_too():
    assert not info.keep_data("libQt6Qml.so.6")
    assert not info.keep_data("libQt6VirtualKeyboard.so.6")
    assert info.keep_data("libQt6Pdf.so.6")
