"""Where the bundled resources (catalogs, fonts, icons) live, also inside a bundle."""

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The ``resources/`` folder: beside core/ in a checkout, in _MEIPASS in a bundle."""
    bundle_root = getattr(sys, "_MEIPASS", None)
    if bundle_root:
        return Path(bundle_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
