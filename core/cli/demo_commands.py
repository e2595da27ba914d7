"""The demo command: a made-up council in a new file (the only command that needs all of
core at once, so it has a module of its own)."""

from pathlib import Path

from core.cli.common import say
from core.demo import write_demo
from core.i18n import tr


def register(groups) -> None:
    demo = groups.top.add_parser("demo", help=tr("write a demo council into a new file"))
    demo.add_argument("path", metavar="PATH", help=tr("the new file"))
    demo.add_argument("--force", action="store_true", help=tr("overwrite an existing file"))
    demo.set_defaults(handler=run_demo)


def run_demo(args) -> int:
    path = write_demo(Path(args.path), force=args.force)
    say(tr("Demo council written to {path}", path=path))
    return 0
