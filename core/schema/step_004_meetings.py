"""Version 004: meetings (its tables are written by the meetings feature)."""

NAME = "004_meetings"


def migrate(db):
    pass
