"""Commands of the advice feature."""


def register(groups) -> None:
    pass
