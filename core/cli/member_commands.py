"""Commands of the member feature."""


def register(groups) -> None:
    pass
