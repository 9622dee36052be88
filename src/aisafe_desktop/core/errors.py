"""The one error model of AISafe Desktop.

Every error a person may see derives from `AisafeError`. It carries an English message *template*
with `{name}` fields and the *parameters* that fill them, so that each front end words it in the
user's language: the CLI prints `str(error)` (English), the GUI looks the template up in its
translation catalogue (the template is the key, `gui/error_texts.py`) and fills in the same
parameters. A parameter may itself be a `Message` (a reason inside a message), which the GUI
translates the same way. Messages never name a CLI command: the CLI adds its own hints when it
prints. Front ends dispatch on the class with `isinstance`, never on class-name strings.
(Shape after Anki's `LocalizedError` and qutebrowser's `configexc`.)
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def render(template: str, params: Mapping[str, Any]) -> str:
    """Fill the template; a broken template is shown as it is.
    A list or tuple parameter is shown as its items joined by "; "."""
    filled = {name: "; ".join(map(str, value)) if isinstance(value, list | tuple) else value
              for name, value in params.items()}
    try:
        return template.format_map(filled)
    except (KeyError, IndexError, ValueError, AttributeError):
        return template


class Message:
    """An English template and its parameters: a message, or part of one, a front end translates."""

    __slots__ = ("params", "template")

    def __init__(self, template: str, /, **params: Any) -> None:
        self.template = template
        self.params: Mapping[str, Any] = params

    @classmethod
    def restored(cls, template: str, params: Mapping[str, Any]) -> Message:
        """A message read back from storage: its template was a literal when it was made (and
        is in the GUI's catalogue); an unknown one is simply shown in English."""
        return cls(template, **params)

    def __str__(self) -> str:
        return render(self.template, self.params)

    def __repr__(self) -> str:
        return f"Message({self.template!r}, **{dict(self.params)!r})"

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, Message) and self.template == other.template
                and dict(self.params) == dict(other.params))

    def __hash__(self) -> int:
        return hash(self.template)


class AisafeError(Exception):
    """Base of every error that is reported to a user rather than treated as a bug."""

    def __init__(self, template: str = "", /, **params: Any) -> None:
        self.template = template
        self.params: Mapping[str, Any] = params
        super().__init__(render(template, params))

    @staticmethod
    def render(template: str, params: Mapping[str, Any]) -> str:
        return render(template, params)

    @property
    def text(self) -> Message:
        return Message(self.template, **self.params)

    def __str__(self) -> str:
        return render(self.template, self.params)
