"""The demo council's letters."""


def add_demo(db, context) -> None:
    pass
