"""Commands of the signal feature."""


def register(groups) -> None:
    pass
