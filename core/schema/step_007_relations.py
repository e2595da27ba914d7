"""Version 007: Relaties (the address book letters go to), who sent an advice request,
one invitation letter per meeting, and a record of documents sent by e-mail.

A relation is an organisation or a person with a postal address; a municipality's college
is one relation (with ``municipality`` naming which one, for regional councils). Pointers to
a relation are ON DELETE SET NULL: removing an address never loses a letter or an advice.
"""

NAME = "007_relations"


def migrate(db):
    db.execute(
        """
        CREATE TABLE relations (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL DEFAULT 'organisation'
                CHECK (kind IN ('organisation', 'person')),
            role TEXT NOT NULL DEFAULT 'other',
            name TEXT NOT NULL,
            organisation TEXT NOT NULL DEFAULT '',
            attention TEXT NOT NULL DEFAULT '',
            postal_address TEXT NOT NULL DEFAULT '',
            salutation TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            municipality TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX relations_role ON relations (role)")
    db.execute("ALTER TABLE advice ADD COLUMN sender_relation_id INTEGER "
               "REFERENCES relations(id) ON DELETE SET NULL")
    db.execute("ALTER TABLE letters ADD COLUMN relation_id INTEGER "
               "REFERENCES relations(id) ON DELETE SET NULL")
    db.execute("ALTER TABLE meetings ADD COLUMN invitation_letter_id INTEGER "
               "REFERENCES letters(id) ON DELETE SET NULL")
    db.execute(
        """
        CREATE TABLE mailings (
            id INTEGER PRIMARY KEY,
            document TEXT NOT NULL,
            meeting_id INTEGER REFERENCES meetings(id) ON DELETE CASCADE,
            letter_id INTEGER REFERENCES letters(id) ON DELETE CASCADE,
            recipients INTEGER NOT NULL DEFAULT 0,
            subject TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX mailings_meeting ON mailings (meeting_id)")
    db.execute("CREATE INDEX mailings_letter ON mailings (letter_id)")
