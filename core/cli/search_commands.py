"""The search command: the window's Ctrl+K search on the command line."""

import sys

from core.cli.arguments import add_db_argument
from core.cli.common import open_for_command
from core.i18n import format_date, tr
from core.search.engine import SearchHit, search
from core.search.kinds import GROUPS


def register(groups) -> None:
    command = groups.top.add_parser(
        "search", help=tr("search everything in the council file; one line per hit"))
    add_db_argument(command)
    command.add_argument("text", metavar="TEXT", nargs="+", help=tr("the words to look for"))
    command.add_argument("--kind", choices=GROUPS,
                         help=tr("only members, meetings, signals, advice or letters"))
    command.add_argument("--include-sensitive", action="store_true",
                         help=tr("also search descriptions of signals marked as sensitive"))
    command.set_defaults(handler=run_search)


def hit_line(label: str, hit: SearchHit) -> str:
    """'Signalen · 12 feb. 2026 · title · beschrijving: …words around the match…'."""
    where = ", ".join(hit.fields)
    parts = [label, format_date(hit.day, "medium") if hit.day else "–", hit.title]
    if hit.snippet.strip("…")[:40] == hit.title.strip("…")[:40]:
        parts.append(where)  # the title is where it matched: no need to repeat it
    elif where:
        parts.append(f"{where}: {hit.snippet}")
    return " · ".join(parts)


def run_search(args) -> int:
    text = " ".join(args.text)
    council = open_for_command(args)
    try:
        found = search(council.db, text, groups=(args.kind,) if args.kind else None,
                       include_sensitive=args.include_sensitive, limit=None)
    finally:
        council.close()
    if not found:
        print(tr("Nothing found for '{text}'.", text=text[:80]), file=sys.stderr)
        return 1
    for group in found:
        for hit in group.hits:
            print(hit_line(group.label, hit))
    return 0
