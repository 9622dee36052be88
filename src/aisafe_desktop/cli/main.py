"""The `aisafe` command: argparse front end, thin over the services layer.

Each command group lives in its own module with a `register(subparsers)` function that adds its
sub-commands and sets `handler` on them. A handler takes the parsed arguments and returns the exit
code: 0 success, 1 the input has problems (invalid file, INVALID report), 2 usage errors, 3 a
report that is intact but whose signer is UNTRUSTED (see docs/verifying.md).
"""

from __future__ import annotations

import argparse
import io
import sys
from collections.abc import Sequence

from aisafe_desktop import __version__

# Plain imports, so type checkers and import-linter see every command. They stay cheap: each
# module imports its heavy layers (SQLAlchemy, the PDF stack) inside the commands that use them,
# so `aisafe --version` does not pay for them.
from aisafe_desktop.cli import (
    commands_about,
    commands_ca,
    commands_inbox,
    commands_pdf,
    commands_questionnaire,
    commands_receipt,
    commands_storage,
    commands_trust,
    commands_verify,
)
from aisafe_desktop.cli.output import CliError, describe, print_error, terminal_safe
from aisafe_desktop.core.errors import AisafeError

COMMAND_MODULES = (commands_questionnaire, commands_storage, commands_pdf, commands_verify,
                   commands_trust, commands_ca, commands_inbox, commands_receipt, commands_about)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="aisafe",
        description="AISafe Desktop from the command line: validate questionnaires, score answers, "
        "manage assessments, export and verify signed PDF reports. Works offline.",
    )
    parser.add_argument("--version", action="version", version=f"aisafe {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="use this folder for the database, backups and identities "
        "(default: the platform's user data folder, or $AISAFE_DATA_DIR)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(subparsers)
    return parser


def utf8_output() -> None:
    """Write UTF-8 to a pipe or a file, whatever the system's code page.

    On Windows, Python writes redirected output in the ANSI code page (cp1252 in most of the
    region), so a Thai organisation name in `inbox list --json > list.json` ended in a
    UnicodeEncodeError; JSON is UTF-8 by definition. A terminal keeps its own encoding (the
    Windows console takes Unicode anyway), with `?` for a character it cannot show.
    """
    for stream in (sys.stdout, sys.stderr):
        if not isinstance(stream, io.TextIOWrapper):
            continue
        if stream.isatty():
            stream.reconfigure(errors="replace")
        elif stream.encoding.lower().replace("-", "") != "utf8":
            stream.reconfigure(encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    utf8_output()
    with terminal_safe():
        return run(argv)


def full_disk(error: BaseException) -> AisafeError | None:
    from aisafe_desktop.storage.disk_space import disk_full_behind

    return disk_full_behind(error)


def run(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 2
    try:
        return int(handler(args))
    except CliError as error:
        print_error(describe(full_disk(error) or error))
        return error.exit_code
    except AisafeError as error:  # a domain error a command did not word itself
        print_error(describe(full_disk(error) or error))
        return 1
    except OSError as error:  # a file the command writes or reads: plain words, no traceback
        found = full_disk(error)
        print_error(str(found) if found else f"{error.filename or ''}: {error.strerror or error}"
                    .lstrip(": "))
        return 1
    except KeyboardInterrupt:
        print_error("interrupted")
        return 130


if __name__ == "__main__":
    sys.exit(main())
