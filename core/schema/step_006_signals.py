"""Version 006: signals from the backing group, their themes, follow-up and privacy.

Privacy by design: a signal row holds no identity. A reporter's contact details live in
their own table (only with consent), so that retention and erasure remove exactly those
rows; the retention log records that it happened without keeping what was removed.
"""

NAME = "006_signals"

STATEMENTS = [
    """
    CREATE TABLE signal_themes (
        id INTEGER PRIMARY KEY,
        code TEXT UNIQUE,            -- built-in themes have a code; own themes have none
        name TEXT,                   -- own name (NULL: the built-in, translated label)
        position INTEGER NOT NULL DEFAULT 0,
        active INTEGER NOT NULL DEFAULT 1
    )
    """,
    """
    CREATE TABLE signals (
        id INTEGER PRIMARY KEY,
        received_on TEXT NOT NULL,
        channel TEXT NOT NULL,
        target_group TEXT NOT NULL DEFAULT '',
        neighbourhood TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        sensitive INTEGER NOT NULL DEFAULT 0,
        status TEXT NOT NULL DEFAULT 'new',
        handled_note TEXT NOT NULL DEFAULT '',
        logged_by INTEGER REFERENCES members(id) ON DELETE SET NULL,
        closed_on TEXT,
        erased_on TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )
    """,
    "CREATE INDEX signals_received_on ON signals(received_on)",
    "CREATE INDEX signals_status ON signals(status)",
    """
    CREATE TABLE signal_theme_links (
        signal_id INTEGER NOT NULL REFERENCES signals(id) ON DELETE CASCADE,
        theme_id INTEGER NOT NULL REFERENCES signal_themes(id),
        PRIMARY KEY (signal_id, theme_id)
    )
    """,
    "CREATE INDEX signal_theme_links_theme ON signal_theme_links(theme_id)",
    """
    CREATE TABLE signal_status_history (
        id INTEGER PRIMARY KEY,
        signal_id INTEGER NOT NULL REFERENCES signals(id) ON DELETE CASCADE,
        changed_at TEXT NOT NULL,
        old_status TEXT,
        new_status TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        changed_by INTEGER REFERENCES members(id) ON DELETE SET NULL
    )
    """,
    "CREATE INDEX signal_status_history_signal ON signal_status_history(signal_id)",
    """
    CREATE TABLE signal_contacts (
        id INTEGER PRIMARY KEY,
        signal_id INTEGER NOT NULL UNIQUE REFERENCES signals(id) ON DELETE CASCADE,
        name TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '',
        consent_on TEXT NOT NULL,
        added_at TEXT NOT NULL
    )
    """,
    # No foreign key on purpose: the record outlives the signal it speaks of.
    """
    CREATE TABLE signal_retention_log (
        id INTEGER PRIMARY KEY,
        signal_id INTEGER NOT NULL,
        removed_at TEXT NOT NULL,
        reason TEXT NOT NULL,        -- retention, erasure, consent_withdrawn
        what TEXT NOT NULL DEFAULT 'contact'
    )
    """,
    """
    CREATE TABLE advice_signals (
        advice_id INTEGER NOT NULL REFERENCES advice(id) ON DELETE CASCADE,
        signal_id INTEGER NOT NULL REFERENCES signals(id) ON DELETE CASCADE,
        PRIMARY KEY (advice_id, signal_id)
    )
    """,
    "CREATE INDEX advice_signals_signal ON advice_signals(signal_id)",
    """
    CREATE TABLE signal_agenda_items (
        signal_id INTEGER NOT NULL REFERENCES signals(id) ON DELETE CASCADE,
        agenda_item_id INTEGER NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
        PRIMARY KEY (signal_id, agenda_item_id)
    )
    """,
    "CREATE INDEX signal_agenda_items_item ON signal_agenda_items(agenda_item_id)",
]

# The themes a new file starts with (code, position); labels live in core.signals.model.
DEFAULT_THEME_CODES = [
    "wmo_support",
    "youth_care",
    "work",
    "income",
    "debt",
    "housing",
    "transport",
    "access",
    "own_contribution",
]


def migrate(db):
    for statement in STATEMENTS:
        db.execute(statement)
    for position, code in enumerate(DEFAULT_THEME_CODES):
        db.execute("INSERT INTO signal_themes (code, position) VALUES (?, ?)",
                   [code, position])
