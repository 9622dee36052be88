"""Problems found in a questionnaire file: a stable code, a place and a message that says how to fix it.

Codes are grouped by stage: E0xx reading the file, E1xx structure, E2xx identifiers, E3xx languages,
E4xx conditions, E5xx scoring. Warnings (Wxxx) do not make a file invalid. Tests assert on the code,
never on the message text, so messages can be improved freely.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


# code -> short name, used in docs/questionnaire-format.md and `aisafe validate --explain`
CODES: dict[str, str] = {
    "E001": "file too large",
    "E002": "not UTF-8 text",
    "E003": "YAML syntax error",
    "E004": "too many aliases (alias bomb)",
    "E005": "nesting too deep",
    "E006": "duplicate key",
    "E007": "file cannot be read",
    "E101": "unknown key",
    "E102": "wrong type",
    "E103": "missing required field",
    "E104": "value not allowed",
    "E105": "invalid version",
    "E106": "invalid identifier",
    "E107": "unknown language code",
    "E108": "invalid option set for the question type",
    "E109": "minimum above maximum",
    "E201": "duplicate identifier",
    "E301": "text missing in a declared language",
    "E302": "text in an undeclared language",
    "E303": "default language not declared",
    "E401": "condition refers to an unknown question",
    "E402": "condition refers to an unknown option",
    "E403": "condition refers to its own question",
    "E404": "conditions form a cycle",
    "E405": "condition does not fit the question type",
    "E501": "unknown dimension",
    "E502": "unknown recommendation",
    "E503": "unknown band",
    "E504": "bands overlap",
    "E505": "bands leave a gap",
    "E506": "mitigation settings invalid",
    "W601": "dimension has no points",
    "W602": "recommendation never triggered",
}


@dataclass(frozen=True, slots=True)
class Problem:
    code: str
    message: str
    file: str = "<string>"
    line: int = 0  # 1-based; 0 when the place is the whole file
    column: int = 0  # 1-based

    @property
    def severity(self) -> Severity:
        return Severity.WARNING if self.code.startswith("W") else Severity.ERROR

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}: {self.code} {self.message}"

    def to_json(self) -> dict[str, object]:
        return {
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "code": self.code,
            "severity": self.severity.value,
            "message": self.message,
        }
