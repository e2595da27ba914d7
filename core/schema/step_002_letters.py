"""Version 2: the letters archive (Documenten/Brieven) that every letter is kept in."""

NAME = "002_letters"


def migrate(db):
    db["letters"].create(
        {
            "id": int,
            "kind": str,  # free, advice, reminder, invitation
            "letter_date": str,
            "place": str,
            "addressee": str,
            "salutation": str,
            "subject": str,
            "reference": str,
            "body": str,
            "closing": str,
            "signers": str,  # JSON list of {"name", "role"}
            "enclosures": str,
            "copies": str,
            "pdf_file_id": int,
            "sent_on": str,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"kind", "letter_date", "created_at"},
        defaults={"kind": "free", "body": "", "subject": "", "addressee": ""},
        foreign_keys=[("pdf_file_id", "files", "id")],
    )
    db["letters"].create_index(["letter_date"])
