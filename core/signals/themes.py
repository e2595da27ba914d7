"""The configurable theme list (Instellingen → Signalen)."""

from sqlite_utils import Database

from core.errors import NotFoundError, ValidationError
from core.i18n import tr, trn
from core.inserts import new_row_id
from core.signals.model import MAX_SHORT, Theme


def _theme(row) -> Theme:
    return Theme(id=row[0], code=row[1], name=row[2], position=row[3], active=bool(row[4]))


def list_themes(db: Database, include_inactive: bool = False) -> list[Theme]:
    where = "" if include_inactive else "WHERE active = 1"
    rows = db.execute(
        f"SELECT id, code, name, position, active FROM signal_themes {where} "
        "ORDER BY position, id"
    ).fetchall()
    return [_theme(row) for row in rows]


def get_theme(db: Database, theme_id: int) -> Theme:
    row = db.execute("SELECT id, code, name, position, active FROM signal_themes WHERE id = ?",
                     [theme_id]).fetchone()
    if row is None:
        raise NotFoundError(tr("This theme no longer exists."))
    return _theme(row)


def _clean_name(db: Database, name: str, except_id: int | None = None) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise ValidationError(tr("A theme needs a name."), "theme")
    if len(name) > MAX_SHORT:
        raise ValidationError(tr("A theme name is at most {count} characters.",
                                 count=MAX_SHORT), "theme")
    for theme in list_themes(db, include_inactive=True):
        if theme.id != except_id and theme.label.casefold() == name.casefold():
            raise ValidationError(tr("There is already a theme called '{name}'.", name=name),
                                  "theme")
    return name


def add_theme(db: Database, name: str) -> Theme:
    with db.atomic():
        name = _clean_name(db, name)
        position = db.execute("SELECT COALESCE(MAX(position), -1) + 1 FROM signal_themes"
                              ).fetchone()[0]
        cursor = db.execute("INSERT INTO signal_themes (name, position) VALUES (?, ?)",
                            [name, position])
        return get_theme(db, new_row_id(cursor.lastrowid))


def rename_theme(db: Database, theme_id: int, name: str) -> Theme:
    with db.atomic():
        get_theme(db, theme_id)
        name = _clean_name(db, name, except_id=theme_id)
        db.execute("UPDATE signal_themes SET name = ? WHERE id = ?", [name, theme_id])
        return get_theme(db, theme_id)


def set_theme_active(db: Database, theme_id: int, active: bool) -> Theme:
    """Hide a theme from the logging form; signals that carry it keep it."""
    with db.atomic():
        get_theme(db, theme_id)
        if not active and len(list_themes(db)) <= 1:
            raise ValidationError(tr("Keep at least one theme in use."), "theme")
        db.execute("UPDATE signal_themes SET active = ? WHERE id = ?", [int(active), theme_id])
        return get_theme(db, theme_id)


def move_theme(db: Database, theme_id: int, step: int) -> None:
    """Move a theme up (-1) or down (+1) in the list the form shows."""
    with db.atomic():
        themes = list_themes(db, include_inactive=True)
        index = next((i for i, t in enumerate(themes) if t.id == theme_id), None)
        if index is None:
            raise NotFoundError(tr("This theme no longer exists."))
        target = index + step
        if not 0 <= target < len(themes):
            return
        themes[index], themes[target] = themes[target], themes[index]
        for position, theme in enumerate(themes):
            db.execute("UPDATE signal_themes SET position = ? WHERE id = ?",
                       [position, theme.id])


def delete_theme(db: Database, theme_id: int) -> None:
    """Delete a theme no signal uses; one in use can only be switched off."""
    with db.atomic():
        theme = get_theme(db, theme_id)
        used = db.execute("SELECT COUNT(*) FROM signal_theme_links WHERE theme_id = ?",
                          [theme_id]).fetchone()[0]
        if used:
            raise ValidationError(
                trn("{count} signal carries this theme; switch it off instead of deleting it.",
                    "{count} signals carry this theme; switch it off instead of deleting it.",
                    used), "theme")
        if theme.active and len(list_themes(db)) <= 1:
            raise ValidationError(tr("Keep at least one theme in use."), "theme")
        db.execute("DELETE FROM signal_themes WHERE id = ?", [theme_id])
