"""Version 2: the letters archive (Documenten/Brieven) that every letter is kept in.

A letter row keeps what was written (so it can be shown and searched) and the PDF
exactly as it was sent (a row in ``files``), so the archive never changes afterwards.
"""

NAME = "002_letters"


def migrate(db):
    db.execute(
        """
        CREATE TABLE letters (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL DEFAULT 'free'
                CHECK (kind IN ('free', 'advice', 'reminder', 'invitation')),
            letter_date TEXT NOT NULL,
            place TEXT NOT NULL DEFAULT '',
            addressee TEXT NOT NULL DEFAULT '',
            salutation TEXT NOT NULL DEFAULT '',
            subject TEXT NOT NULL DEFAULT '',
            reference TEXT NOT NULL DEFAULT '',
            their_reference TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL DEFAULT '',
            closing TEXT NOT NULL DEFAULT '',
            signers TEXT NOT NULL DEFAULT '[]',  -- JSON list of {"name", "role"}
            enclosures TEXT NOT NULL DEFAULT '',
            copies TEXT NOT NULL DEFAULT '',
            pdf_file_id INTEGER REFERENCES files(id) ON DELETE SET NULL,
            sent_on TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX letters_letter_date ON letters(letter_date)")
    db.execute("CREATE INDEX letters_kind ON letters(kind)")
