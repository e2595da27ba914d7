"""Version 005: the advice register, its dated status history, and the meetings where an
advice was discussed.

Request and response letters are stored files (table ``files``); the advice letter and
the reminder are rows in the letters archive. Every pointer to a member, working group,
file or letter is ON DELETE SET NULL: erasing a person or a file never loses the advice.
"""

NAME = "005_advice"


def migrate(db):
    db.execute(
        """
        CREATE TABLE advice (
            id INTEGER PRIMARY KEY,
            ref_year INTEGER NOT NULL,
            ref_number INTEGER NOT NULL,
            kind TEXT NOT NULL DEFAULT 'requested'
                CHECK (kind IN ('requested', 'unsolicited')),
            subject TEXT NOT NULL,
            policy_area TEXT NOT NULL DEFAULT '',
            requested_by TEXT NOT NULL DEFAULT '',
            their_reference TEXT NOT NULL DEFAULT '',
            request_date TEXT NOT NULL,
            deadline TEXT,
            request_file_id INTEGER REFERENCES files(id) ON DELETE SET NULL,
            working_group_id INTEGER REFERENCES working_groups(id) ON DELETE SET NULL,
            rapporteur_id INTEGER REFERENCES members(id) ON DELETE SET NULL,
            addressee TEXT NOT NULL DEFAULT 'college'
                CHECK (addressee IN ('college', 'council')),
            status TEXT NOT NULL DEFAULT 'received',
            body TEXT NOT NULL DEFAULT '',
            adopted_on TEXT,
            letter_id INTEGER REFERENCES letters(id) ON DELETE SET NULL,
            sent_on TEXT,
            response_date TEXT,
            response_outcome TEXT
                CHECK (response_outcome IS NULL
                       OR response_outcome IN ('adopted', 'partly', 'rejected')),
            response_reasons TEXT NOT NULL DEFAULT '',
            response_file_id INTEGER REFERENCES files(id) ON DELETE SET NULL,
            reminder_letter_id INTEGER REFERENCES letters(id) ON DELETE SET NULL,
            reminded_on TEXT,
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (ref_year, ref_number)
        )
        """
    )
    db.execute("CREATE INDEX advice_status ON advice (status)")
    db.execute("CREATE INDEX advice_deadline ON advice (deadline)")
    db.execute("CREATE INDEX advice_rapporteur ON advice (rapporteur_id)")
    db.execute("CREATE INDEX advice_working_group ON advice (working_group_id)")
    db.execute(
        """
        CREATE TABLE advice_status_history (
            id INTEGER PRIMARY KEY,
            advice_id INTEGER NOT NULL REFERENCES advice(id) ON DELETE CASCADE,
            status TEXT NOT NULL,
            changed_on TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            recorded_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX advice_status_history_advice ON advice_status_history (advice_id)")
    db.execute(
        """
        CREATE TABLE advice_agenda_items (
            advice_id INTEGER NOT NULL REFERENCES advice(id) ON DELETE CASCADE,
            agenda_item_id INTEGER NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
            PRIMARY KEY (advice_id, agenda_item_id)
        )
        """
    )
    db.execute("CREATE INDEX advice_agenda_items_item ON advice_agenda_items (agenda_item_id)")
