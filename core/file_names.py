"""File names for stored documents when they go back onto a disk.

A stored document keeps the name it was attached with, which may be longer than a
disk allows (255 bytes on most, fewer in a deep Windows folder) or hold characters
that Windows refuses. ``disk_name`` gives a name that any disk takes, keeping the
start of the name and its extension.
"""

import re
from pathlib import PurePath

MAX_NAME_BYTES = 120  # leaves room for the folder in Windows' 260-character paths
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{n}" for n in range(1, 10)),
             *(f"lpt{n}" for n in range(1, 10))}


def _cut(text: str, limit: int) -> str:
    """The longest start of ``text`` that is at most ``limit`` bytes in UTF-8."""
    encoded = text.encode("utf-8")[:max(limit, 0)]
    return encoded.decode("utf-8", errors="ignore")


def disk_name(name: str, fallback: str = "document", limit: int = MAX_NAME_BYTES) -> str:
    """``name`` made safe for any disk: no forbidden characters, at most ``limit`` bytes."""
    cleaned = _FORBIDDEN.sub("-", PurePath(name.replace("\\", "/")).name if name else "")
    cleaned = cleaned.strip().rstrip(". ") or fallback
    suffix = PurePath(cleaned).suffix
    if len(suffix.encode("utf-8")) > 16 or not suffix[1:].isalnum():
        suffix = ""
    stem = cleaned[: len(cleaned) - len(suffix)] if suffix else cleaned
    if stem.casefold() in _RESERVED:
        stem = f"{stem}-{fallback}"
    stem = _cut(stem, limit - len(suffix.encode("utf-8"))).rstrip(". ") or fallback
    return stem + suffix
