"""The demo council's members."""


def add_demo(db, context) -> None:
    pass
