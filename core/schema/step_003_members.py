"""Version 003: members, working groups and who is in which group.

Other features point at ``members(id)`` with ON DELETE SET NULL or CASCADE, because
erasing a person (GDPR) deletes the member row itself.
"""

NAME = "003_members"


def migrate(db):
    db.execute(
        """
        CREATE TABLE members (
            id INTEGER PRIMARY KEY,
            first_name TEXT NOT NULL DEFAULT '',
            prefix TEXT NOT NULL DEFAULT '',
            last_name TEXT NOT NULL,
            salutation TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '',
            postcode TEXT NOT NULL DEFAULT '',
            city TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            role TEXT NOT NULL DEFAULT 'member',
            represents TEXT NOT NULL DEFAULT '',
            lived_experience INTEGER NOT NULL DEFAULT 0,
            start_date TEXT,
            term_end TEXT,
            reappointable INTEGER NOT NULL DEFAULT 1,
            status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'former')),
            left_on TEXT,
            notes TEXT NOT NULL DEFAULT '',
            sort_name TEXT NOT NULL DEFAULT '',
            search_text TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX members_status_sort ON members (status, sort_name)")
    db.execute("CREATE INDEX members_sort ON members (sort_name)")
    db.execute("CREATE INDEX members_term_end ON members (status, term_end)")
    db.execute(
        """
        CREATE TABLE working_groups (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT 'working_group',
            description TEXT NOT NULL DEFAULT '',
            chair_id INTEGER REFERENCES members(id) ON DELETE SET NULL,
            created_at TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE working_group_members (
            working_group_id INTEGER NOT NULL REFERENCES working_groups(id) ON DELETE CASCADE,
            member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
            PRIMARY KEY (working_group_id, member_id)
        )
        """
    )
    db.execute("CREATE INDEX working_group_members_member ON working_group_members (member_id)")
