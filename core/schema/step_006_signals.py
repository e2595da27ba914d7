"""Version 006: signals (its tables are written by the signals feature)."""

NAME = "006_signals"


def migrate(db):
    pass
