"""Shared output helpers for the CLI: JSON printing and plain error messages."""

from __future__ import annotations

import json
import sys
from typing import Any

from aisafe_desktop.core.errors import AisafeError
from aisafe_desktop.services.errors import AssessmentNotFound, DatabaseCorrupt


class CliError(AisafeError):
    """A problem to report in one plain line, with the exit code to return."""

    def __init__(self, template: str, exit_code: int = 1, /, **params: Any) -> None:
        super().__init__(template, **params)
        self.exit_code = exit_code
        self.cause: AisafeError | None = None

    @classmethod
    def wrap(cls, error: AisafeError, exit_code: int = 1) -> CliError:
        """Report a domain error as it is, with the CLI's exit code (and hint, see `hint`)."""
        wrapped = cls(error.template, exit_code, **error.params)
        wrapped.cause = error
        return wrapped


def hint(error: AisafeError) -> str:
    """What to type next, for errors the CLI can name a command for (messages never do)."""
    if isinstance(error, CliError) and error.cause is not None:
        error = error.cause
    if isinstance(error, DatabaseCorrupt) and error.latest_backup is not None:
        return f" To restore it: aisafe backup --restore {error.latest_backup}"
    if isinstance(error, AssessmentNotFound):
        return " ('aisafe assessments' lists them)"
    return ""


def describe(error: AisafeError) -> str:
    return str(error) + hint(error)


def print_error(message: str) -> None:
    print(f"aisafe: {message}", file=sys.stderr)


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, sort_keys=False)
    sys.stdout.write("\n")
