"""Raadswerk's entry point: parse the arguments, pick file and language, then start
the window or run a command on core alone (no Qt needed for commands)."""

import sys

from core import driver
from core.cli import build_parser, chosen_language, modules_for
from core.errors import RaadswerkError
from core.faults import explain
from core.i18n import set_language, tr


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    # The help text is translated while the parser is built, so the language comes first.
    set_language(chosen_language(argv))
    # Only the command being run is loaded: --version and check start in a blink.
    args = build_parser(modules_for(argv)).parse_args(argv)
    if args.self_test:
        from core.selftest import run_self_test
        from ui.selfcheck import qt_checks

        return run_self_test(extra_checks=qt_checks())
    if args.command is None:
        from ui.app import run_app

        return run_app(db=args.db, lang=args.lang)
    try:
        return args.handler(args)
    except RaadswerkError as error:
        print(tr("raadswerk: {message}", message=error), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except (OSError, driver.Error) as error:
        # One line, never a traceback: the person can act on the reason.
        print(tr("raadswerk: {message}", message=explain(error, faulty_path(error, args))),
              file=sys.stderr)
        return 1


def faulty_path(error: BaseException, args) -> str | None:
    """The file an error is about: the one it names, else the council file (--db)."""
    named = getattr(error, "filename", None)
    return named or getattr(args, "db", None)


if __name__ == "__main__":
    sys.exit(main())
