"""The README documents every command the program has (a docs test, as sqlite-utils has)."""

import argparse
from pathlib import Path

from core.cli import build_parser

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def documented_commands() -> list[str]:
    commands = []
    for name, sub in _subcommands(build_parser()).items():
        kinds = _subcommands(sub)
        commands += [f"{name} {kind}" for kind in kinds] if kinds else [name]
    return commands


def test_every_command_is_in_the_readme():
    missing = [command for command in documented_commands() if command not in README]
    assert not missing, f"undocumented commands: {missing}"


def test_the_readme_names_the_two_commands():
    assert "python3 installer/bootstrap.py start" in README
    assert "python3 installer/bootstrap.py test" in README


def test_the_readme_links_its_user_section_to_the_manual_files():
    """'Using Raadswerk' says the in-program manual is kept in resources/manual/, and the
    files it links to exist."""
    using = README.split("## Using Raadswerk", 1)[1].split("\n## ", 1)[0]
    root = Path(__file__).resolve().parent.parent
    for language in ("nl", "en"):
        link = f"](resources/manual/{language}.md)"
        assert link in using, f"no link to the {language} manual in 'Using Raadswerk'"
        assert (root / "resources" / "manual" / f"{language}.md").is_file()
    assert "in-program manual" in using
