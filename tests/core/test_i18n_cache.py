"""The translations are read from the .po files once and then from a cache (#18: Babel
takes 60 ms for them, on every start); a changed .po file is read again."""

import shutil

from core import i18n
from core.i18n import cached_catalog, load_catalog


def test_the_cache_gives_what_the_po_files_say(tmp_path):
    first = cached_catalog("nl", tmp_path)
    assert list(tmp_path.glob("catalog-nl-*.json"))
    again = cached_catalog("nl", tmp_path)
    assert first == again == load_catalog("nl")
    plural = next(text for text in again.values() if isinstance(text, tuple))
    assert len(plural) == 2  # plural forms come back as forms, not as a list


def test_a_changed_po_file_is_read_again_and_the_old_cache_goes(tmp_path, monkeypatch):
    locale = tmp_path / "locale" / "nl"
    shutil.copytree(i18n.resource_path("locale", "nl"), locale)
    monkeypatch.setattr(i18n, "catalog_files", lambda _language: sorted(locale.glob("*.po")))
    cache = tmp_path / "cache"
    assert cached_catalog("nl", cache)["Integrity: in order"] == "Gezondheid: in orde"
    po = locale / "foundation.po"
    po.write_text(po.read_text(encoding="utf-8").replace('"Gezondheid: in orde"',
                                                         '"Alles gezond"'), encoding="utf-8")
    assert cached_catalog("nl", cache)["Integrity: in order"] == "Alles gezond"
    assert len(list(cache.glob("catalog-nl-*.json"))) == 1


def test_a_cache_that_cannot_be_written_only_costs_time(tmp_path):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("", encoding="utf-8")
    assert cached_catalog("en", blocked / "cache") == load_catalog("en")


def test_a_damaged_cache_is_read_again(tmp_path):
    cached_catalog("nl", tmp_path)
    for path in tmp_path.glob("catalog-nl-*.json"):
        path.write_text("{half", encoding="utf-8")
    assert cached_catalog("nl", tmp_path) == load_catalog("nl")
