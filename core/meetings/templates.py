"""Per-kind templates of standard agenda items (Instellingen → Vergaderingen)."""

from dataclasses import asdict, dataclass

from sqlite_utils import Database

from core.errors import ValidationError
from core.i18n import tr
from core.meetings.model import (
    KINDS,
    PURPOSES,
    STANDARD_ITEMS,
    validate_duration,
    validate_item_title,
)
from core.settings import get_setting, set_setting

SETTING_KEY = "meetings.templates"


@dataclass
class TemplateItem:
    title: str
    duration: int = 5
    purpose: str = ""
    standard: str = ""  # a STANDARD_ITEMS code, or "" for an ordinary item


# (standard code, minutes, purpose) per kind; titles come from STANDARD_ITEMS.
_DEFAULTS = {
    "council": [("opening", 5, ""), ("announcements", 10, "information"),
                ("minutes", 10, "decision"), ("actions", 10, "discussion"),
                ("incoming", 10, "information"), ("aob", 10, ""), ("closing", 5, "")],
    "alderman": [("opening", 5, ""), ("announcements", 10, "information"),
                 ("minutes", 5, "decision"), ("actions", 10, "discussion"),
                 ("aob", 10, ""), ("closing", 5, "")],
    "civil_servants": [("opening", 5, ""), ("announcements", 10, "information"),
                       ("minutes", 5, "decision"), ("actions", 10, "discussion"),
                       ("aob", 10, ""), ("closing", 5, "")],
    "working_group": [("opening", 5, ""), ("minutes", 5, "decision"),
                      ("actions", 10, "discussion"), ("aob", 10, ""), ("closing", 5, "")],
    "backing_group": [("opening", 10, ""), ("announcements", 10, "information"),
                      ("aob", 15, ""), ("closing", 5, "")],
    "municipal_council": [("opening", 5, ""), ("announcements", 10, "information"),
                          ("aob", 10, ""), ("closing", 5, "")],
    "site_visit": [("opening", 10, ""), ("closing", 10, "")],
    "theme_meeting": [("opening", 10, ""), ("aob", 15, ""), ("closing", 5, "")],
    "training": [("opening", 10, ""), ("closing", 5, "")],
}


def default_template(kind: str) -> list[TemplateItem]:
    return [TemplateItem(tr(STANDARD_ITEMS[code]), minutes, purpose, code)
            for code, minutes, purpose in _DEFAULTS.get(kind, _DEFAULTS["council"])]


def load_templates(db: Database) -> dict[str, list[TemplateItem]]:
    """Every kind's template: the saved one, or the default when none was saved."""
    saved = get_setting(db, SETTING_KEY, {}) or {}
    templates = {}
    for kind in KINDS:
        items = saved.get(kind)
        if isinstance(items, list):
            templates[kind] = [_item(entry) for entry in items if isinstance(entry, dict)]
        else:
            templates[kind] = default_template(kind)
    return templates


def _item(entry: dict) -> TemplateItem:
    standard = entry.get("standard", "")
    purpose = entry.get("purpose", "")
    return TemplateItem(
        title=str(entry.get("title", "")),
        duration=int(entry.get("duration", 0) or 0),
        purpose=purpose if purpose in PURPOSES else "",
        standard=standard if standard in STANDARD_ITEMS else "",
    )


def save_template(db: Database, kind: str, items: list[TemplateItem]) -> None:
    """Check and keep one kind's template; the other kinds stay as they are."""
    if kind not in KINDS:
        raise ValidationError(tr("Choose the kind of meeting."), "kind")
    checked = []
    for item in items:
        checked.append(TemplateItem(
            title=validate_item_title(item.title), duration=validate_duration(item.duration),
            purpose=item.purpose if item.purpose in PURPOSES else "",
            standard=item.standard if item.standard in STANDARD_ITEMS else ""))
    saved = dict(get_setting(db, SETTING_KEY, {}) or {})
    saved[kind] = [asdict(item) for item in checked]
    with db.atomic():
        set_setting(db, SETTING_KEY, saved)


def reset_template(db: Database, kind: str) -> list[TemplateItem]:
    saved = dict(get_setting(db, SETTING_KEY, {}) or {})
    saved.pop(kind, None)
    with db.atomic():
        set_setting(db, SETTING_KEY, saved)
    return default_template(kind)



def apply_template(db: Database, meeting_id: int, kind: str) -> None:
    """Add the standard items of the kind's template to the end of the agenda."""
    with db.atomic():
        first = db.execute("SELECT COUNT(*) FROM agenda_items WHERE meeting_id = ? "
                           "AND parent_id IS NULL", [meeting_id]).fetchone()[0]
        for position, entry in enumerate(load_templates(db).get(kind, []), start=first):
            db.execute(
                "INSERT INTO agenda_items (meeting_id, position, title, duration, purpose, "
                "standard) VALUES (?, ?, ?, ?, ?, ?)",
                [meeting_id, position, entry.title, entry.duration, entry.purpose,
                 entry.standard])
