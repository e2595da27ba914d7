"""Commands of the letter feature."""


def register(groups) -> None:
    pass
