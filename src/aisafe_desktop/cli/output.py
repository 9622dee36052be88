"""Shared output helpers for the CLI: JSON printing and plain error messages."""

from __future__ import annotations

import contextlib
import io
import json
import re
import sys
from collections.abc import Iterator
from typing import Any, TextIO, cast

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


# C0 and C1 controls but newline and tab, DEL, and the bidirectional overrides and isolates: an
# ESC sequence from a certificate's name, a file name or a questionnaire would drive the terminal
# (retitle it, clear it, hide text), and a bidi override makes one name look like another.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def escape_controls(text: str) -> str:
    """`text` with every control character written as a visible \\uXXXX escape (JSON's own
    spelling, so a JSON string stays valid and decodes to the same text)."""
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)


class TerminalSafe(io.TextIOBase):
    """A text stream that writes control characters as escapes: every command prints outside
    text (signer names from certificates, file names, questionnaire titles, comments), and none
    of it reaches the terminal raw. `raw` is the stream underneath, for the CLI's own progress
    line (a carriage return)."""

    def __init__(self, raw: TextIO) -> None:
        super().__init__()
        self.raw = raw

    def write(self, text: str) -> int:
        self.raw.write(escape_controls(text))
        return len(text)

    def flush(self) -> None:
        self.raw.flush()

    def isatty(self) -> bool:
        return self.raw.isatty()

    def fileno(self) -> int:
        return self.raw.fileno()

    def writable(self) -> bool:
        return True

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return self.raw.encoding

    @property
    def errors(self) -> str | None:  # type: ignore[override]
        return self.raw.errors


def raw_stream(stream: TextIO) -> TextIO:
    """The stream under a TerminalSafe one (for a deliberate control character), else itself."""
    return stream.raw if isinstance(stream, TerminalSafe) else stream


@contextlib.contextmanager
def terminal_safe() -> Iterator[None]:
    """Standard output and error as TerminalSafe streams while a command runs."""
    saved = sys.stdout, sys.stderr
    if sys.stdout is not None and not isinstance(sys.stdout, TerminalSafe):
        sys.stdout = cast(TextIO, TerminalSafe(sys.stdout))
    if sys.stderr is not None and not isinstance(sys.stderr, TerminalSafe):
        sys.stderr = cast(TextIO, TerminalSafe(sys.stderr))
    try:
        yield
    finally:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
        sys.stdout, sys.stderr = saved


def print_error(message: str) -> None:
    print(f"aisafe: {message}", file=sys.stderr)


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, sort_keys=False)
    sys.stdout.write("\n")
