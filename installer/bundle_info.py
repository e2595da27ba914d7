"""What the bundle says about itself: name, identifier, version, and what goes in.

Read by ``raadswerk.spec`` (PyInstaller) and by the tests. The version comes from
``core/__init__.py`` (read, not imported), so there is one number for everything.
"""

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_NAME = "Raadswerk"
BUNDLE_IDENTIFIER = "nl.raadswerk.Raadswerk"
DESCRIPTION = "Raadswerk — het programma voor de secretaris van een adviesraad"
COPYRIGHT = "Licensed under the EUPL-1.2"
FILE_EXTENSION = "raadswerk"

# Qt modules the program uses; everything else Qt ships stays out of the bundle.
QT_MODULES = ["QtCore", "QtGui", "QtWidgets", "QtPdf", "QtPdfWidgets", "QtCharts",
              "QtPrintSupport", "QtSvg"]
QT_EXCLUDED = [
    "QtWebEngineCore", "QtWebEngineWidgets", "QtWebEngineQuick", "QtWebChannel",
    "QtWebSockets", "QtWebView", "QtQml", "QtQuick", "QtQuick3D", "QtQuickWidgets",
    "QtQuickControls2", "Qt3DCore", "Qt3DRender", "Qt3DInput", "Qt3DLogic", "Qt3DExtras",
    "Qt3DAnimation", "QtMultimedia", "QtMultimediaWidgets", "QtSpatialAudio",
    "QtBluetooth", "QtNfc", "QtPositioning", "QtLocation", "QtSensors", "QtSerialPort",
    "QtSerialBus", "QtRemoteObjects", "QtScxml", "QtStateMachine", "QtTextToSpeech",
    "QtDesigner", "QtHelp", "QtUiTools", "QtSql", "QtTest", "QtDataVisualization",
    "QtGraphs", "QtGraphsWidgets", "QtHttpServer", "QtNetworkAuth", "QtOpenGL",
    "QtOpenGLWidgets", "QtConcurrent", "QtAxContainer", "QtCanvasPainter", "QtXml",
]
# Python packages that are present while building but never needed by the program.
PYTHON_EXCLUDED = ["tkinter", "pytest", "_pytest", "pytestqt", "hypothesis", "ruff",
                   "IPython", "matplotlib", "numpy", "pip", "setuptools", "PyInstaller",
                   "unittest.mock", "pydoc_data", "lib2to3"]
# Packages whose metadata (version, licence file) the About dialog shows: every Python
# package that travels inside the bundle. ui/about.py lists the same; a test keeps them equal.
LICENSED_DISTRIBUTIONS = [
    "PySide6_Essentials", "PySide6_Addons", "shiboken6", "reportlab", "babel", "sqlite-utils",
    "pypdf", "openpyxl",
    "icalendar", "platformdirs", "pillow", "python-dateutil", "et-xmlfile",
    "charset-normalizer", "sqlite-fts4", "click", "pluggy", "typing-extensions",
    "arabic-reshaper",
]
# Babel ships every locale (30 MB); Raadswerk speaks Dutch and British English.
BABEL_LOCALES = {"root", "nl", "nl_NL", "en", "en_001", "en_GB", "en_150"}
# Qt's own translations (buttons in standard dialogs): only the languages we speak.
QT_TRANSLATION_LANGUAGES = ("nl", "en")
# Nothing of these may reach the bundle.
UNWANTED_BINARY_WORDS = (
    "webengine", "quick", "qml", "3d", "multimedia", "designer", "virtualkeyboard",
    "location", "positioning", "bluetooth", "sensors", "graphs", "lottie",
    "datavisualization", "shadertools", "spatialaudio", "texttospeech", "ffmpeg", "avcodec",
    "avformat", "avutil", "swscale", "swresample", "qvnc", "qlinuxfb", "qeglfs", "eglfs",
    "qvkkhrdisplay", "qminimalegl", "qevdev", "qtuiotouch",
)
UNWANTED_PARTS = {"tests", "__pycache__", ".venv", ".pytest_cache", ".ruff_cache", ".git",
                  ".hypothesis"}


def read_version(root: Path = ROOT) -> str:
    """``__version__`` from core/__init__.py, without importing the program."""
    tree = ast.parse((root / "core" / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == "__version__" for target in node.targets
        ):
            return ast.literal_eval(node.value)
    raise ValueError("core/__init__.py has no __version__")


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """'0.1.0' → (0, 1, 0, 0): Windows wants four numbers ('1.2.3rc1' → 1, 2, 3, 0)."""
    numbers = [int(re.match(r"\d*", part).group() or 0) for part in version.split(".")[:4]]
    return tuple(numbers + [0] * (4 - len(numbers)))


def resource_datas(root: Path = ROOT) -> list[tuple[str, str]]:
    """(source, folder in bundle) for resources/ and the licence, skipping caches."""
    datas = []
    for path in sorted((root / "resources").rglob("*")):
        relative = path.relative_to(root)
        if path.is_file() and not UNWANTED_PARTS.intersection(relative.parts) \
                and path.suffix not in {".pyc", ".pyo"}:
            datas.append((str(path), str(relative.parent)))
    datas.append((str(root / "LICENSE"), "."))
    return datas


def keep_data(destination: str) -> bool:
    """Filter for PyInstaller's datas: only the Babel and Qt translations we use, and no
    links to libraries that ``keep_binary`` left out."""
    parts = Path(destination).parts
    if re.search(r"\.(so(\.\d+)*|dll|dylib)$", destination):
        return keep_binary(destination)
    if "locale-data" in parts and destination.endswith(".dat"):
        return Path(destination).stem in BABEL_LOCALES
    if "translations" in parts and destination.endswith(".qm"):
        prefix, _sep, language = Path(destination).stem.rpartition("_")  # qtbase_nl
        return prefix in {"qt", "qtbase"} and language in QT_TRANSLATION_LANGUAGES
    return not UNWANTED_PARTS.intersection(parts)


def keep_binary(destination: str) -> bool:
    """Filter for PyInstaller's binaries: no Qt library or plugin of an excluded module,
    and no platform plugins for kiosks and embedded boards (VNC, framebuffer, EGLFS)."""
    name = Path(destination).name.lower()
    return not any(word in name for word in UNWANTED_BINARY_WORDS)


def info_plist(version: str) -> dict:
    """macOS Info.plist entries beyond what PyInstaller writes itself."""
    return {
        "CFBundleName": APP_NAME,
        "CFBundleDisplayName": APP_NAME,
        "CFBundleIdentifier": BUNDLE_IDENTIFIER,
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "CFBundleDevelopmentRegion": "nl",
        "CFBundleLocalizations": ["nl", "en"],
        "LSApplicationCategoryType": "public.app-category.productivity",
        "LSMinimumSystemVersion": "11.0",
        "NSHighResolutionCapable": True,
        "NSHumanReadableCopyright": COPYRIGHT,
        "CFBundleDocumentTypes": [{
            "CFBundleTypeName": "Raadswerk-bestand",
            "CFBundleTypeRole": "Editor",
            "CFBundleTypeExtensions": [FILE_EXTENSION],
            "CFBundleTypeIconFile": "raadswerk.icns",
            "LSHandlerRank": "Owner",
        }],
    }


def windows_version_info(version: str):
    """The version resource of Raadswerk.exe (Properties → Details on Windows)."""
    from PyInstaller.utils.win32.versioninfo import (
        FixedFileInfo,
        StringFileInfo,
        StringStruct,
        StringTable,
        VarFileInfo,
        VarStruct,
        VSVersionInfo,
    )

    numbers = version_tuple(version)
    strings = [
        StringStruct("CompanyName", APP_NAME),
        StringStruct("FileDescription", DESCRIPTION),
        StringStruct("FileVersion", version),
        StringStruct("InternalName", APP_NAME),
        StringStruct("LegalCopyright", COPYRIGHT),
        StringStruct("OriginalFilename", f"{APP_NAME}.exe"),
        StringStruct("ProductName", APP_NAME),
        StringStruct("ProductVersion", version),
    ]
    return VSVersionInfo(
        ffi=FixedFileInfo(filevers=numbers, prodvers=numbers, mask=0x3F, flags=0x0,
                          OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),
        kids=[StringFileInfo([StringTable("041304B0", strings)]),  # Dutch, Unicode
              VarFileInfo([VarStruct("Translation", [0x0413, 1200])])],
    )
