"""Version 003: members (its tables are written by the members feature)."""

NAME = "003_members"


def migrate(db):
    pass
