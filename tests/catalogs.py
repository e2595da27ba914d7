"""The translation catalogs against the code: what is missing, and adding it.

    python tests/catalogs.py missing nl              # msgids without a Dutch translation
    python tests/catalogs.py add-missing FEATURE PATH...
        # adds the msgids used in PATH... (files or folders) that no catalog has yet
        # to resources/locale/nl/FEATURE.po (msgstr to fill in) and en/FEATURE.po

Strings are found where the code calls ``tr("…")``, ``mark("…")`` or
``trn("…", "…", count)`` (a message with plural forms: its msgid is the pair).
"""

import sys
from collections import defaultdict
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_file
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "resources" / "locale"
LANGUAGES = ("nl", "en")
KEYWORDS = {"tr": None, "mark": None, "trn": (1, 2)}


def source_files(paths: list[Path] | None = None) -> list[Path]:
    roots = paths or [ROOT / "core", ROOT / "ui", ROOT / "main.py"]
    files = []
    for root in roots:
        files += [root] if root.is_file() else sorted(root.rglob("*.py"))
    return files


def extract(paths: list[Path] | None = None) -> dict[str | tuple, list[str]]:
    """{msgid: [where it is used]} for the code in ``paths`` (default: all code); the msgid
    of a message with plural forms is (singular, plural)."""
    found: dict[str, list[str]] = defaultdict(list)
    for path in source_files(paths):
        for lineno, message, _comments, _context in extract_from_file(
            "python", str(path), keywords=KEYWORDS
        ):
            if isinstance(message, str) and message:
                found[message].append(f"{path.relative_to(ROOT)}:{lineno}")
            elif isinstance(message, tuple) and all(message[:2]):
                found[tuple(message[:2])].append(f"{path.relative_to(ROOT)}:{lineno}")
    return dict(found)


def read_catalogs(language: str) -> dict[Path, Catalog]:
    catalogs = {}
    for path in sorted((LOCALE / language).glob("*.po")):
        with path.open("rb") as handle:
            catalogs[path] = read_po(handle, locale="nl_NL" if language == "nl" else "en_GB")
    return catalogs


def translations(language: str) -> dict[str, str]:
    merged = {}
    for catalog in read_catalogs(language).values():
        for message in catalog:
            if message.id:
                merged[message.id] = message.string
    return merged


def is_translated(string) -> bool:
    """A msgstr, or every form of a message with plural forms, is filled in."""
    return bool(string) and (isinstance(string, str) or all(string))


def missing(language: str) -> dict[str, list[str]]:
    known = translations(language)
    return {msgid: where for msgid, where in extract().items()
            if not is_translated(known.get(msgid))}


def add_missing(feature: str, paths: list[Path]) -> int:
    wanted = extract(paths)
    added = 0
    for language in LANGUAGES:
        known = translations(language)
        path = LOCALE / language / f"{feature}.po"
        if path.exists():
            with path.open("rb") as handle:
                catalog = read_po(handle)
        else:
            catalog = Catalog(locale=language, project="Raadswerk", fuzzy=False)
        for msgid, where in wanted.items():
            if msgid in known:
                continue
            locations = [(w.rsplit(":", 1)[0], int(w.rsplit(":", 1)[1])) for w in where]
            english = msgid if language == "en" else ("", "") if isinstance(msgid, tuple) else ""
            catalog.add(msgid, english, locations=locations)
            added += 1
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as handle:
            write_po(handle, catalog, width=100, sort_output=False, omit_header=False)
    return added


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "missing":
        for msgid, where in missing(argv[1]).items():
            print(f"{where[0]}: {msgid!r}")
        return 0
    if len(argv) >= 3 and argv[0] == "add-missing":
        count = add_missing(argv[1], [Path(p).resolve() for p in argv[2:]])
        print(f"added {count} entries (nl entries need their translation)")
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
