"""Problems found in a questionnaire file: a stable code, a place and a message that says how to fix it.

Every problem the validator can report is a member of `ProblemCode`, an enum of templates (after
pyxform's `errors.py`): the code, a short name for the docs, and an English message template with
`{fields}`. A `Problem` keeps the template and its parameters, so a front end can translate the
message by code and fill in the same parameters; `message` is the English text.

Codes are grouped by stage: E0xx reading the file, E1xx structure, E2xx identifiers, E3xx languages,
E4xx conditions, E5xx scoring. Warnings (Wxxx) do not make a file invalid. Tests assert on the code,
never on the message text, so messages can be improved freely.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum, StrEnum
from types import MappingProxyType
from typing import Any

from aisafe_desktop.core.errors import AisafeError


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Detail:
    code: str
    name: str  # short name, used in docs/questionnaire-format.md and `aisafe validate --explain`
    template: str  # English message; {fields} are filled from the problem's parameters


class ProblemCode(Enum):
    FILE_TOO_LARGE = Detail("E001", "file too large", "the file is {size:,} bytes; questionnaires "
                            "are limited to {limit:,} bytes. Split it into several questionnaires "
                            "or remove embedded data.")
    NOT_UTF8 = Detail("E002", "not UTF-8 text", "byte 0x{byte:02x} is not valid UTF-8. Save the "
                      "file as UTF-8 (in most editors: 'Save with encoding' → UTF-8).")
    YAML_SYNTAX = Detail("E003", "YAML syntax error", "the text is not valid YAML here ({parser})."
                         " Check the indentation (spaces only) and put texts that contain ': ' or"
                         " ' #', or start with a symbol, in quotes.")
    YAML_COLON_IN_TEXT = Detail("E003", "YAML syntax error", "a ': ' inside a text makes YAML read "
                                "the rest as a new key. Put the whole text in quotes (text: "
                                "\"Note: …\"), or, if this is meant to be a new key, indent it "
                                "like the keys above it. (YAML parser: {parser})")
    YAML_OPEN_MAPPING = Detail("E003", "YAML syntax error", "a '{{…}}' mapping is not closed, or a "
                               "text inside it contains ': ' or ' #'. Put such a text in quotes "
                               "({{en: \"Note: …\", ms: \"…\"}}) and end the mapping with '}}'. "
                               "(YAML parser: {parser})")
    YAML_OPEN_LIST = Detail("E003", "YAML syntax error", "a '[…]' list is not closed, or an item "
                            "contains ': ' or ' #'. Put such an item in quotes and end the list "
                            "with ']'. (YAML parser: {parser})")
    YAML_OPEN_QUOTE = Detail("E003", "YAML syntax error", "a quoted text is never closed: add the "
                             "closing quote (inside \"…\" write a quote as \\\", inside '…' as "
                             "''). (YAML parser: {parser})")
    YAML_BAD_START = Detail("E003", "YAML syntax error", "a line starts with a character YAML "
                            "cannot read here (a tab, or '@' or '`' at the start of a text). "
                            "Indent with spaces only, and put such a text in quotes. (YAML "
                            "parser: {parser})")
    YAML_NO_COLON = Detail("E003", "YAML syntax error", "this line is not 'key: value': a ':' is "
                           "missing after the key, or a long text continues on a line indented "
                           "less than it should be (use a '>-' block for long texts). (YAML "
                           "parser: {parser})")
    YAML_INDENTATION = Detail("E003", "YAML syntax error", "the indentation does not match the "
                              "lines above: the keys of one mapping, and the '- ' items of one "
                              "list, must start in the same column. (YAML parser: {parser})")
    YAML_UNKNOWN_ALIAS = Detail("E003", "YAML syntax error", "alias *{anchor} has no anchor "
                                "&{anchor} before it: define the anchor first.")
    YAML_TWO_DOCUMENTS = Detail("E003", "YAML syntax error", "the file holds more than one YAML "
                                "document ('---'); keep one questionnaire per file.")
    ALIAS_BOMB = Detail("E004", "too many aliases (alias bomb)", "the document expands to more "
                        "than {limit:,} values (usually aliases that refer to aliases). Write the "
                        "values out or use fewer aliases.")
    TOO_DEEP = Detail("E005", "nesting too deep", "values are nested more than {limit} levels "
                      "deep; a questionnaire never needs this. Check the indentation.")
    DUPLICATE_KEY = Detail("E006", "duplicate key", "duplicate key {key!r}: it was already given "
                           "on line {first_line}. YAML keeps only one of them, so remove or "
                           "rename one.")
    UNREADABLE = Detail("E007", "file cannot be read", "cannot read the file: {reason}. Check the "
                        "path and permissions.")
    MERGE_KEY = Detail("E008", "merge keys (<<) not supported", "merge keys ('<<: *anchor') are "
                       "not supported in questionnaires: write the keys out in full (an alias "
                       "'*anchor' on its own, as a whole value, does work).")
    UNKNOWN_KEY = Detail("E101", "unknown key", "unknown key '{key}' in {where}{hint}")
    WRONG_TYPE = Detail("E102", "wrong type", "{where} must be {expected}, not {found}.")
    EMPTY_TEXT = Detail("E102", "wrong type", "{where} is empty; write the text.")
    BAD_TAG = Detail("E102", "wrong type", "the tag {tag!r} is not allowed here; write a plain "
                     "value without a '!tag'.")
    KEY_NOT_PLAIN = Detail("E102", "wrong type", "a key must be a plain word, not a list or "
                           "mapping.")
    COMBINER_NOT_ALONE = Detail("E102", "wrong type", "{where}: '{combiner}' must stand alone in "
                                "its condition; put the other comparisons inside it.")
    MISSING_KEY = Detail("E103", "missing required field", "{where} ({what}) is missing the "
                         "required key '{key}'. Add '{key}: …'{doc}")
    TOO_FEW_ITEMS = Detail("E103", "missing required field", "{where} must have at least "
                           "this many items: {count}.")
    CONDITION_QUESTION = Detail("E103", "missing required field", "{where} needs 'question: "
                                "<question id>' to say which answer it looks at.")
    CONDITION_OPERATOR = Detail("E103", "missing required field", "{where} needs exactly one "
                                "comparison ({operators}); found {count}. Combine several with "
                                "'all:' or 'any:'.")
    NOT_ALLOWED = Detail("E104", "value not allowed", "'{value}' is not allowed for {where}."
                         "{hint} Use one of: {choices}.")
    OUT_OF_RANGE = Detail("E104", "value not allowed", "{where} is {value}; it must be {bound}.")
    NUMBER_ONLY = Detail("E104", "value not allowed", "'{key}' only applies to number questions; "
                         "question '{question}' is {qtype}.")
    BAD_VERSION = Detail("E105", "invalid version", "'{value}' is not a version: write three "
                         "numbers, major.minor.patch, such as 1.0.0.")
    BAD_IDENTIFIER = Detail("E106", "invalid identifier", "'{value}' in {where} is not a valid "
                            "identifier; use lower-case letters, digits, '-', '_' or '.'.")
    UNKNOWN_LANGUAGE = Detail("E107", "unknown language code", "'{value}' is not a language code "
                              "AISafe knows ({where}).{hint} Use one of: {choices}.")
    NO_OPTIONS_ALLOWED = Detail("E108", "invalid option set for the question type", "question "
                                "'{question}' is {qtype} and cannot have options; remove them or "
                                "change the type.")
    SHORT_FORM_ELSEWHERE = Detail("E108", "invalid option set for the question type", "'{value}' "
                                  "alone (without value: and label:) is the short form of a "
                                  "yes_no answer; question '{question}' is {qtype}, so write "
                                  "{{value: …, label: …}}.")
    NOT_YES_NO = Detail("E108", "invalid option set for the question type", "a yes_no question "
                        "only has the answers yes, no and na; '{value}' is not one of them. Use "
                        "single_choice for other answers.")
    TOO_FEW_OPTIONS = Detail("E108", "invalid option set for the question type", "{qtype} "
                             "question '{question}' needs at least two options under 'options'.")
    TOO_FEW_POINTS = Detail("E108", "invalid option set for the question type", "scale question "
                            "'{question}' needs at least two points under 'options' (value 0, "
                            "1, …, each with a label).")
    POINT_NOT_WHOLE = Detail("E108", "invalid option set for the question type", "scale points "
                             "are whole numbers (0, 1, 2 …); '{value}' is not.")
    MIN_ABOVE_MAX = Detail("E109", "minimum above maximum", "{what} has min {minimum} above (or "
                           "equal to) max {maximum}; swap them.")
    SCALE_POINTS = Detail("E110", "scale points not 0, 1, 2 …", "the points of scale question "
                          "'{question}' are {points}; number them 0, 1, 2 … (or 1, 2, 3 …) with "
                          "no gap (missing: {missing}).")
    UNQUOTED_TEXT = Detail("E111", "text split by an unquoted ',' or '?'", "{where}: '{fragment}'"
                           " looks like the rest of a text cut off at an unquoted ',' or '?'. "
                           "Quote this text: {key}: \"…, …\".")
    DUPLICATE_ID = Detail("E201", "duplicate identifier", "{what} '{value}' is used twice (first "
                          "on line {first_line}); every {what} must be unique. Rename one.")
    MISSING_LANGUAGE = Detail("E301", "text missing in a declared language", "{where} has no text"
                              " in {missing}; add {add}.")
    PLAIN_TEXT = Detail("E301", "text missing in a declared language", "{where} is a plain text, "
                        "but the file declares {languages}; write it as a mapping with one text "
                        "per language ({add}).")
    UNDECLARED_LANGUAGE = Detail("E302", "text in an undeclared language", "{where} has text in "
                                 "{extra}, which is not in languages; add each code to "
                                 "languages or remove the text.")
    LANGUAGE_CASCADE = Detail("E301", "text missing in a declared language", "texts without "
                              "a '{code}' text: {count}{found} — this follows from languages "
                              "(line {line}); fix that first.")
    DEFAULT_LANGUAGE = Detail("E303", "default language not declared", "default_language "
                              "'{value}' is not in languages ({languages}); add it there.")
    TRANSLATION_MISSING = Detail("W301", "translation incomplete", "texts without a "
                                 "{language} translation: {count} (first: {first}); until they are "
                                 "translated, the {language} screens and PDFs show them in "
                                 "{fallback}. Translate them in {translation}.")
    TRANSLATION_UNKNOWN = Detail("W302", "translation of an unknown text", "{translation} "
                                 "translates '{address}', which this questionnaire does not "
                                 "have (moved or removed); move it to the text's new address or "
                                 "delete it.")
    TRANSLATION_PLACEHOLDERS = Detail("W303", "placeholders differ in a translation", "the "
                                      "{language} text of '{address}' has the placeholders "
                                      "{found}, the {fallback} text has {expected}; keep every "
                                      "{{placeholder}} exactly as written in {fallback}.")
    TRANSLATION_VERSION = Detail("W304", "translation of another version", "{translation} "
                                 "translates {questionnaire} version {found}, not {version}, so it"
                                 " is not used; update its texts and set version: {version}.")
    TRANSLATION_UNREADABLE = Detail("W305", "unreadable translation file", "{translation} is not a"
                                    " translation file (it needs the fields 'questionnaire',"
                                    " 'version', 'language' (a known code), 'status' (draft or"
                                    " reviewed) and 'texts'); fix its header.")
    UNKNOWN_QUESTION = Detail("E401", "condition refers to an unknown question", "condition "
                              "refers to question '{question}', which does not exist{hint}")
    UNKNOWN_OPTION = Detail("E402", "condition refers to an unknown option", "question "
                            "'{question}' has no option '{value}'; its options are {options}.")
    SELF_REFERENCE = Detail("E403", "condition refers to its own question", "this {owner}'s "
                            "condition looks at question '{question}', which is shown only when "
                            "the condition holds. Base it on another question (it may come "
                            "before or after; conditions can refer forward).")
    CYCLE = Detail("E404", "conditions form a cycle", "conditions form a cycle: {chain}; no "
                   "question can be shown first. Break the cycle by removing one of these "
                   "conditions.")
    ORDERING_MISFIT = Detail("E405", "condition does not fit the question type", "'{operator}' "
                             "compares numbers or dates, but question '{question}' is {qtype}; "
                             "use equals or in.")
    INCLUDES_MISFIT = Detail("E405", "condition does not fit the question type", "'includes' is "
                             "for multiple_choice questions; '{question}' is {qtype}: use equals.")
    EQUALS_MISFIT = Detail("E405", "condition does not fit the question type", "'{question}' "
                           "allows several answers; use 'includes: VALUE' or 'in: [VALUES]' "
                           "instead of {operator}.")
    SCALE_OPERAND = Detail("E406", "comparison value of the wrong kind", "'{operator}: {value}' "
                           "on scale question '{question}' must be one of its points "
                           "({points}), written as a number without quotes.")
    NUMBER_OPERAND = Detail("E406", "comparison value of the wrong kind", "question '{question}' "
                            "is a number question, so '{operator}' needs a number, not "
                            "'{value}'.")
    DATE_OPERAND = Detail("E406", "comparison value of the wrong kind", "question '{question}' is"
                          " a date question, so '{operator}' needs a real date written "
                          "\"YYYY-MM-DD\" (e.g. \"2026-12-02\"), not '{value}'.")
    TEXT_OPERAND = Detail("E406", "comparison value of the wrong kind", "question '{question}' is"
                          " a text question, so '{operator}' needs a text, not '{value}'; put it "
                          "in quotes.")
    UNKNOWN_DIMENSION = Detail("E501", "unknown dimension", "dimension '{value}' is not declared "
                               "under 'dimensions'.{hint}")
    UNKNOWN_RECOMMENDATION = Detail("E502", "unknown recommendation", "recommendation '{value}' "
                                    "is not declared under 'recommendations'.{hint}")
    UNKNOWN_BAND = Detail("E503", "unknown band", "band '{value}' is not declared under "
                          "scoring.bands.{hint}")
    BANDS_OVERLAP = Detail("E504", "bands overlap", "bands '{lower}' and '{upper}' overlap "
                           "between {start} and {end}; set min of '{upper}' to {end}.")
    BANDS_GAP = Detail("E505", "bands leave a gap", "no band covers scores from {start} to "
                       "{end}; {fix}.")
    MITIGATION_IN_OVERALL = Detail("E506", "mitigation settings invalid", "the mitigation "
                                   "dimension cannot also count in the overall score; remove it "
                                   "from scoring.overall.")
    UNUSED_DIMENSION = Detail("W601", "dimension has no points", "no option gives points to "
                              "dimension '{value}', so it will always score 0; give points or "
                              "remove it.")
    UNUSED_RECOMMENDATION = Detail("W602", "recommendation never triggered", "recommendation "
                                   "'{value}' is never triggered by an option, red flag, floor "
                                   "or outcome; reference it or remove it.")
    NO_FORMAT = Detail("W603", "no 'format: 2'", "the file has no 'format: 2', so it is read as "
                       "format 1, where every yes_no question also offers 'not applicable' "
                       "(which drops the question from the score). Add 'format: 2' at the top and"
                       " list na under options only where it is a real answer.")
    MARKUP = Detail("W604", "markup in a text", "{where} contains '{tag}': texts are shown as "
                    "plain text everywhere (screen and PDF), so the tag would appear literally. "
                    "Remove it.")
    CONTROL = Detail("W605", "control character in a text", "{where} contains the control "
                     "character {char}: it would drive a terminal or turn the text around on "
                     "screen. Remove it.")

    @property
    def code(self) -> str:
        return self.value.code

    def render(self, params: Mapping[str, Any]) -> str:
        return AisafeError.render(self.value.template, params)


def _code_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for member in ProblemCode:  # a code's first member names it
        names.setdefault(member.code, member.value.name)
    return dict(sorted(names.items()))


# code -> short name, for the docs and `aisafe validate --explain`
CODES: Mapping[str, str] = MappingProxyType(_code_names())


@dataclass(frozen=True, slots=True)
class Problem:
    code: str
    message: str
    file: str = "<string>"
    line: int = 0  # 1-based; 0 when the place is the whole file
    column: int = 0  # 1-based
    template: str = field(default="", compare=False)  # English template ("" when not known)
    params: Mapping[str, Any] = field(default_factory=dict, compare=False)

    @staticmethod
    def of(kind: ProblemCode, file: str = "<string>", line: int = 0, column: int = 0, /,
           **params: Any) -> Problem:
        return Problem(kind.code, kind.render(params), file, line, column, kind.value.template,
                       params)

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
