"""The demo council's signals."""


def add_demo(db, context) -> None:
    pass
