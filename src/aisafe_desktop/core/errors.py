"""The one error base of AISafe Desktop.

Every error a person may see derives from `AisafeError`. It carries an English message *template*
with `{name}` fields and the *parameters* that fill them, so that each front end words it in the
user's language: the CLI prints `str(error)` (English), the GUI looks the template up in its
translation catalogue (the template is the key) and fills in the same parameters. Front ends
dispatch on the class with `isinstance`, never on class-name strings.
(Shape after Anki's `LocalizedError` and qutebrowser's `configexc`.)
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class AisafeError(Exception):
    """Base of every error that is reported to a user rather than treated as a bug."""

    def __init__(self, template: str = "", /, **params: Any) -> None:
        self.template = template
        self.params: Mapping[str, Any] = params
        super().__init__(self.render(template, params))

    @staticmethod
    def render(template: str, params: Mapping[str, Any]) -> str:
        """Fill the template; a template with no fields (or a broken one) is shown as it is."""
        if not params:
            return template
        try:
            return template.format_map(dict(params))
        except (KeyError, IndexError, ValueError):
            return template

    def __str__(self) -> str:
        return self.render(self.template, self.params)
