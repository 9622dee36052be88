"""Shared output helpers for the CLI: JSON printing and plain error messages."""

from __future__ import annotations

import json
import sys
from typing import Any

from aisafe_desktop.core.errors import AisafeError


class CliError(AisafeError):
    """A problem to report in one plain line, with the exit code to return."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def print_error(message: str) -> None:
    print(f"aisafe: {message}", file=sys.stderr)


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, sort_keys=False)
    sys.stdout.write("\n")
