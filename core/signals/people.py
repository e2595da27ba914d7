"""Names of the members who log and follow up signals (read from the members table)."""

from sqlite_utils import Database


def _display(first: str, prefix: str, last: str) -> str:
    return " ".join(part for part in (first, prefix, last) if part and part.strip())


def member_names(db: Database, ids: set[int | None]) -> dict[int, str]:
    """{member id: "Anneke van der Berg"} for the ids that still exist."""
    wanted = [member_id for member_id in ids if member_id is not None]
    if not wanted:
        return {}
    marks = ",".join("?" * len(wanted))
    rows = db.execute(
        f"SELECT id, first_name, prefix, last_name FROM members WHERE id IN ({marks})", wanted
    ).fetchall()
    return {row[0]: _display(*row[1:]) for row in rows}


def loggers(db: Database) -> list[tuple[int, str]]:
    """Active members, by name: the people who can log a signal or change its status."""
    rows = db.execute(
        "SELECT id, first_name, prefix, last_name FROM members WHERE status = 'active' "
        "ORDER BY sort_name, last_name, first_name"
    ).fetchall()
    return [(row[0], _display(*row[1:])) for row in rows]


def member_exists(db: Database, member_id: int) -> bool:
    return db.execute("SELECT 1 FROM members WHERE id = ?", [member_id]).fetchone() is not None
