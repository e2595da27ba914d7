"""The demo council's meetings."""


def add_demo(db, context) -> None:
    pass
