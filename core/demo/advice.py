"""The demo council's advice."""


def add_demo(db, context) -> None:
    pass
