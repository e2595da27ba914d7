"""Drafts of long texts kept in the council file: kept, found, replaced, dropped."""

import datetime as dt

from core.database import open_council
from core.drafts import draft_key, draft_keys, drop_draft, find_draft, keep_draft


def test_a_kept_draft_is_found_with_its_time_and_dropped(db):
    key = draft_key("advice-text", 12)
    assert key == "advice-text:12" and draft_key("letter", None) == "letter:new"
    assert find_draft(db, key) is None
    keep_draft(db, key, "Het college wordt geadviseerd", dt.datetime(2027, 3, 14, 10, 5))
    keep_draft(db, key, "Het college wordt geadviseerd om", dt.datetime(2027, 3, 14, 10, 6))
    draft = find_draft(db, key)
    assert draft.text == "Het college wordt geadviseerd om"
    assert draft.kept_at == dt.datetime(2027, 3, 14, 10, 6)
    assert draft_keys(db) == ["advice-text:12"]
    drop_draft(db, key)
    assert find_draft(db, key) is None and draft_keys(db) == []


def test_drafts_survive_closing_the_file(council, tmp_path):
    keep_draft(council.db, "letter:new", "Geachte heer Jansen,\nMet dank voor uw brief")
    path = council.path
    council.close()
    reopened = open_council(path, backup_dir=tmp_path / "backups")
    try:
        assert find_draft(reopened.db, "letter:new").text.endswith("uw brief")
    finally:
        reopened.close()
