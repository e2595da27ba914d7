"""Version 005: advice (its tables are written by the advice feature)."""

NAME = "005_advice"


def migrate(db):
    pass
