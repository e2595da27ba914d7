"""Version 1: settings (council profile and per-file options) and stored files."""

NAME = "001_foundation"


def migrate(db):
    db["settings"].create({"key": str, "value": str}, pk="key")
    # Files live inside the database so that one file holds the council's whole work.
    db["files"].create(
        {
            "id": int,
            "name": str,
            "mime_type": str,
            "size": int,
            "sha256": str,
            "data": bytes,
            "added_at": str,
        },
        pk="id",
        not_null={"name", "data", "added_at"},
    )
