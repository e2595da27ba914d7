"""The one translation layer: gettext catalogs (.po) in resources/locale, dates via Babel.

Source strings are English; Dutch is the default language. Import what you use:
``from core.i18n import tr`` — nothing is put into builtins.

Each feature keeps its own catalog file (``resources/locale/<lang>/<feature>.po``);
all files of a language are merged into one catalog when the language is chosen.
"""

import contextlib
import datetime as dt
import hashlib
import json
import os
import string
from decimal import Decimal
from pathlib import Path

from babel import Locale
from babel.dates import format_date as babel_format_date
from babel.dates import format_datetime as babel_format_datetime
from babel.dates import format_time as babel_format_time
from babel.messages.pofile import read_po
from babel.numbers import format_currency as babel_format_currency
from babel.numbers import format_decimal

from core.paths import default_cache_dir
from core.resources import resource_path

LANGUAGES = {"nl": "Nederlands", "en": "English"}
DEFAULT_LANGUAGE = "nl"
# English dates as the British write them ("20 August 2013"), like the Dutch do.
_BABEL_LOCALES = {"nl": "nl_NL", "en": "en_GB"}

_current: dict[str, str] = {"language": DEFAULT_LANGUAGE}
# The chosen language's catalog, once loaded; plural messages hold a tuple of forms.
Catalog = dict[str, str | tuple[str, ...]]
_catalogs: dict[str, Catalog] = {}


def catalog_files(language: str) -> list[Path]:
    return sorted(resource_path("locale", language).glob("*.po"))


def load_catalog(language: str) -> dict[str, str | tuple[str, ...]]:
    """Merge every .po file of one language into {msgid: msgstr} (empty msgstr skipped); a
    message with plural forms is kept under its singular, with a tuple of its forms."""
    merged: dict[str, str | tuple[str, ...]] = {}
    for path in catalog_files(language):
        with path.open("rb") as handle:
            catalog = read_po(handle, locale=_BABEL_LOCALES[language])
        for message in catalog:
            if not message.id or message.fuzzy:
                continue
            string = message.string
            if isinstance(message.id, str):
                if isinstance(string, str) and string:
                    merged[message.id] = string
            elif isinstance(string, (tuple, list)) and all(string):
                merged[message.id[0]] = tuple(string)
    return merged


def cached_catalog(language: str, cache_dir: Path | None = None) -> Catalog:
    """``load_catalog``, kept as JSON in the cache folder while the .po files stay the
    same: Babel reads them in 60 ms, every start of the program and of every command."""
    files = catalog_files(language)
    digest = hashlib.sha256(b"".join(path.name.encode() + b"\0" + path.read_bytes()
                                     for path in files)).hexdigest()[:20]
    folder = cache_dir or default_cache_dir()
    cache = folder / f"catalog-{language}-{digest}.json"
    try:
        stored = json.loads(cache.read_text(encoding="utf-8"))
        return {msgid: text if isinstance(text, str) else tuple(text)
                for msgid, text in stored.items()}
    except (OSError, ValueError, AttributeError):
        pass  # none yet, or unreadable: read the .po files
    catalog = load_catalog(language)
    _keep(cache, json.dumps(catalog, ensure_ascii=False))
    return catalog


def _keep(cache: Path, text: str) -> None:
    """Write the cache file whole (a temporary name, then renamed) and drop older ones;
    a cache that cannot be written costs speed, nothing else."""
    temporary = cache.with_name(f".{cache.name}.{os.getpid()}.tmp")
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, cache)
        for older in cache.parent.glob(f"{cache.name.rsplit('-', 1)[0]}-*.json"):
            if older != cache:
                older.unlink(missing_ok=True)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink()


def set_language(language: str) -> None:
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    _current["language"] = language
    _catalogs.clear()
    _catalogs[language] = cached_catalog(language)


def current_language() -> str:
    return _current["language"]


def babel_locale() -> Locale:
    return Locale.parse(_BABEL_LOCALES[current_language()])


def _catalog() -> dict[str, str | tuple[str, ...]]:
    if _current["language"] not in _catalogs:
        set_language(_current["language"])
    return _catalogs[_current["language"]]


def tr(msgid: str, /, **values: object) -> str:
    """Translate ``msgid`` and fill its ``{placeholders}`` from ``values``."""
    translated = _catalog().get(msgid)
    text = translated if isinstance(translated, str) else msgid
    return text.format(**values) if values else text


def trn(singular: str, plural: str, count: int, /, **values: object) -> str:
    """Translate a message whose words depend on ``count`` (gettext's ngettext): "1 lid",
    "3 leden". ``{count}`` in the text is the number as the language writes it (1.234)."""
    forms = _catalog().get(singular)
    # Dutch and English have two forms: one for exactly 1, one for every other number.
    index = 0 if babel_locale().plural_form(count) == "one" else 1
    if isinstance(forms, tuple):
        text = forms[min(index, len(forms) - 1)]
    else:
        text = singular if index == 0 else plural
    return text.format(**{"count": format_number(count), **values})


def mark(msgid: str, /) -> str:
    """Mark a string for translation without translating it yet (labels defined at import)."""
    return msgid


def placeholders(text: str) -> set[str]:
    """The ``{names}`` a message expects; used to check that translations keep them."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def format_date(value: dt.date | None, style: str = "long") -> str:
    """'20 augustus 2013' (long), '20-08-2013' (short), 'dinsdag 20 augustus 2013' (full)."""
    if value is None:
        return ""
    return babel_format_date(value, format=style, locale=babel_locale())


def format_time(value: dt.time | dt.datetime | None) -> str:
    if value is None:
        return ""
    return babel_format_time(value, format="HH:mm", locale=babel_locale())


def format_clock(value: str) -> str:
    """A stored 'HH:MM' as a letter writes it: '19.30' in Dutch, '19:30' in English."""
    if current_language() == "nl":
        return value.replace(":", ".")
    return value


def format_datetime(value: dt.datetime | None) -> str:
    if value is None:
        return ""
    return babel_format_datetime(value, format="d MMMM y, HH:mm", locale=babel_locale())


def format_number(value: int | float | Decimal, decimals: int | None = None) -> str:
    pattern = None if decimals is None else "#,##0." + "0" * decimals if decimals else "#,##0"
    return format_decimal(value, format=pattern, locale=babel_locale())


def format_money(value: int | float | Decimal) -> str:
    return babel_format_currency(value, "EUR", locale=babel_locale())
