"""Version 004: meetings, their invitees and attendance, agendas with documents,
decisions (besluitenlijst) and actions (actielijst)."""

NAME = "004_meetings"

# Raw SQL: the foreign keys and their ON DELETE rules are the point here.
# Erasing a member (GDPR) sets their references to NULL; pure link rows
# (an invitee's attendance) go with the member.
TABLES = [
    """
    CREATE TABLE meetings (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL DEFAULT 'council',
        title TEXT NOT NULL DEFAULT '',
        date TEXT NOT NULL,
        start_time TEXT NOT NULL,
        end_time TEXT NOT NULL,
        location TEXT NOT NULL DEFAULT '',
        chair_id INTEGER REFERENCES members(id) ON DELETE SET NULL,
        minute_taker_id INTEGER REFERENCES members(id) ON DELETE SET NULL,
        notes TEXT NOT NULL DEFAULT '',
        minutes_approved_on TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )
    """,
    "CREATE INDEX idx_meetings_date ON meetings(date)",
    """
    CREATE TABLE meeting_invitees (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        member_id INTEGER REFERENCES members(id) ON DELETE CASCADE,
        guest_name TEXT NOT NULL DEFAULT '',
        guest_organisation TEXT NOT NULL DEFAULT '',
        attendance TEXT NOT NULL DEFAULT '',
        UNIQUE (meeting_id, member_id)
    )
    """,
    "CREATE INDEX idx_meeting_invitees_meeting ON meeting_invitees(meeting_id)",
    """
    CREATE TABLE agenda_items (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        parent_id INTEGER REFERENCES agenda_items(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        standard TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL,
        explanation TEXT NOT NULL DEFAULT '',
        presenter TEXT NOT NULL DEFAULT '',
        duration INTEGER NOT NULL DEFAULT 0,
        purpose TEXT NOT NULL DEFAULT '',
        requested_by_id INTEGER REFERENCES members(id) ON DELETE SET NULL,
        minutes TEXT NOT NULL DEFAULT ''
    )
    """,
    "CREATE INDEX idx_agenda_items_meeting ON agenda_items(meeting_id, position)",
    """
    CREATE TABLE agenda_item_documents (
        id INTEGER PRIMARY KEY,
        agenda_item_id INTEGER NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
        file_id INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
        title TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL DEFAULT 0
    )
    """,
    "CREATE INDEX idx_agenda_item_documents_item ON agenda_item_documents(agenda_item_id)",
    """
    CREATE TABLE decisions (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        agenda_item_id INTEGER REFERENCES agenda_items(id) ON DELETE SET NULL,
        year INTEGER NOT NULL,
        number INTEGER NOT NULL,
        text TEXT NOT NULL,
        UNIQUE (year, number)
    )
    """,
    "CREATE INDEX idx_decisions_meeting ON decisions(meeting_id)",
    """
    CREATE TABLE actions (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        agenda_item_id INTEGER REFERENCES agenda_items(id) ON DELETE SET NULL,
        description TEXT NOT NULL,
        owner_id INTEGER REFERENCES members(id) ON DELETE SET NULL,
        due_date TEXT,
        status TEXT NOT NULL DEFAULT 'open',
        done_on TEXT
    )
    """,
    "CREATE INDEX idx_actions_status ON actions(status, due_date)",
]


def migrate(db):
    for statement in TABLES:
        db.execute(statement)
