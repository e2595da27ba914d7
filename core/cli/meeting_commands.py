"""Commands of the meeting feature."""


def register(groups) -> None:
    pass
