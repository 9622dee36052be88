"""The questionnaire validator's problems in the user's language.

Each `core.problems.ProblemCode` template is listed here as a literal so that Qt's translation
tools find it (context "Problems"); `problem_text` fills in the problem's parameters (messages
among them, such as "did you mean …?", are translated through the error catalogue). Place
descriptions ("question 'staff' › option 'yes'"), YAML keys and question types stay as the
author wrote them in the file. tests/gui/test_problem_texts.py keeps the list equal to the enum.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from aisafe_desktop.core.errors import render
from aisafe_desktop.core.problems import Problem, ProblemCode

translate = QCoreApplication.translate


def problem_templates() -> dict[ProblemCode, str]:
    """Every problem template in the user's language."""
    return {
        ProblemCode.FILE_TOO_LARGE: translate("Problems", 'the file is {size:,} bytes; questionnaires are limited to {limit:,} bytes. Split it into several questionnaires or remove embedded data.'),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        ProblemCode.NOT_UTF8: translate("Problems", "byte 0x{byte:02x} is not valid UTF-8. Save the file as UTF-8 (in most editors: 'Save with encoding' → UTF-8)."),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        ProblemCode.YAML_SYNTAX: translate("Problems", "the text is not valid YAML here ({parser}). Check the indentation (spaces only) and put texts that contain ': ' or ' #', or start with a symbol, in quotes."),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        ProblemCode.YAML_COLON_IN_TEXT: translate("Problems", 'a \': \' inside a text makes YAML read the rest as a new key. Put the whole text in quotes (text: "Note: …"), or, if this is meant to be a new key, indent it like the keys above it. (YAML parser: {parser})'),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        ProblemCode.YAML_OPEN_MAPPING: translate("Problems", 'a \'{{…}}\' mapping is not closed, or a text inside it contains \': \' or \' #\'. Put such a text in quotes ({{en: "Note: …", ms: "…"}}) and end the mapping with \'}}\'. (YAML parser: {parser})'),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        ProblemCode.YAML_OPEN_LIST: translate("Problems", "a '[…]' list is not closed, or an item contains ': ' or ' #'. Put such an item in quotes and end the list with ']'. (YAML parser: {parser})"),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        ProblemCode.YAML_OPEN_QUOTE: translate("Problems", 'a quoted text is never closed: add the closing quote (inside "…" write a quote as \\", inside \'…\' as \'\'). (YAML parser: {parser})'),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        ProblemCode.YAML_BAD_START: translate("Problems", "a line starts with a character YAML cannot read here (a tab, or '@' or '`' at the start of a text). Indent with spaces only, and put such a text in quotes. (YAML parser: {parser})"),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        ProblemCode.YAML_NO_COLON: translate("Problems", "this line is not 'key: value': a ':' is missing after the key, or a long text continues on a line indented less than it should be (use a '>-' block for long texts). (YAML parser: {parser})"),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        ProblemCode.YAML_INDENTATION: translate("Problems", "the indentation does not match the lines above: the keys of one mapping, and the '- ' items of one list, must start in the same column. (YAML parser: {parser})"),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        ProblemCode.YAML_UNKNOWN_ALIAS: translate("Problems", 'alias *{anchor} has no anchor &{anchor} before it: define the anchor first.'),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        ProblemCode.YAML_TWO_DOCUMENTS: translate("Problems", "the file holds more than one YAML document ('---'); keep one questionnaire per file."),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        ProblemCode.ALIAS_BOMB: translate("Problems", 'the document expands to more than {limit:,} values (usually aliases that refer to aliases). Write the values out or use fewer aliases.'),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        ProblemCode.TOO_DEEP: translate("Problems", 'values are nested more than {limit} levels deep; a questionnaire never needs this. Check the indentation.'),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        ProblemCode.DUPLICATE_KEY: translate("Problems", 'duplicate key {key!r}: it was already given on line {first_line}. YAML keeps only one of them, so remove or rename one.'),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        ProblemCode.UNREADABLE: translate("Problems", 'cannot read the file: {reason}. Check the path and permissions.'),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        ProblemCode.MERGE_KEY: translate("Problems", "merge keys ('<<: *anchor') are not supported in questionnaires: write the keys out in full (an alias '*anchor' on its own, as a whole value, does work)."),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        ProblemCode.UNKNOWN_KEY: translate("Problems", "unknown key '{key}' in {where}{hint}"),
        ProblemCode.WRONG_TYPE: translate("Problems", '{where} must be {expected}, not {found}.'),
        ProblemCode.EMPTY_TEXT: translate("Problems", '{where} is empty; write the text.'),
        ProblemCode.BAD_TAG: translate("Problems", "the tag {tag!r} is not allowed here; write a plain value without a '!tag'."),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        ProblemCode.KEY_NOT_PLAIN: translate("Problems", 'a key must be a plain word, not a list or mapping.'),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        ProblemCode.COMBINER_NOT_ALONE: translate("Problems", "{where}: '{combiner}' must stand alone in its condition; put the other comparisons inside it."),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        ProblemCode.MISSING_KEY: translate("Problems", "{where} ({what}) is missing the required key '{key}'. Add '{key}: …'{doc}"),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        ProblemCode.TOO_FEW_ITEMS: translate("Problems", '{where} must have at least this many items: {count}.'),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        ProblemCode.CONDITION_QUESTION: translate("Problems", "{where} needs 'question: <question id>' to say which answer it looks at."),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        ProblemCode.CONDITION_OPERATOR: translate("Problems", "{where} needs exactly one comparison ({operators}); found {count}. Combine several with 'all:' or 'any:'."),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        ProblemCode.NOT_ALLOWED: translate("Problems", "'{value}' is not allowed for {where}.{hint} Use one of: {choices}."),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        ProblemCode.OUT_OF_RANGE: translate("Problems", '{where} is {value}; it must be {bound}.'),
        ProblemCode.NUMBER_ONLY: translate("Problems", "'{key}' only applies to number questions; question '{question}' is {qtype}."),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        ProblemCode.BAD_VERSION: translate("Problems", "'{value}' is not a version: write three numbers, major.minor.patch, such as 1.0.0."),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        ProblemCode.BAD_IDENTIFIER: translate("Problems", "'{value}' in {where} is not a valid identifier; use lower-case letters, digits, '-', '_' or '.'."),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        ProblemCode.UNKNOWN_LANGUAGE: translate("Problems", "'{value}' is not a language code AISafe knows ({where}).{hint} Use one of: {choices}."),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        ProblemCode.NO_OPTIONS_ALLOWED: translate("Problems", "question '{question}' is {qtype} and cannot have options; remove them or change the type."),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        ProblemCode.SHORT_FORM_ELSEWHERE: translate("Problems", "'{value}' alone (without value: and label:) is the short form of a yes_no answer; question '{question}' is {qtype}, so write {{value: …, label: …}}."),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        ProblemCode.NOT_YES_NO: translate("Problems", "a yes_no question only has the answers yes, no and na; '{value}' is not one of them. Use single_choice for other answers."),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        ProblemCode.TOO_FEW_OPTIONS: translate("Problems", "{qtype} question '{question}' needs at least two options under 'options'."),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        ProblemCode.TOO_FEW_POINTS: translate("Problems", "scale question '{question}' needs at least two points under 'options' (value 0, 1, …, each with a label)."),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        ProblemCode.POINT_NOT_WHOLE: translate("Problems", "scale points are whole numbers (0, 1, 2 …); '{value}' is not."),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        ProblemCode.MIN_ABOVE_MAX: translate("Problems", '{what} has min {minimum} above (or equal to) max {maximum}; swap them.'),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        ProblemCode.SCALE_POINTS: translate("Problems", "the points of scale question '{question}' are {points}; number them 0, 1, 2 … (or 1, 2, 3 …) with no gap (missing: {missing})."),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        ProblemCode.UNQUOTED_TEXT: translate("Problems", '{where}: \'{fragment}\' looks like the rest of a text cut off at an unquoted \',\' or \'?\'. Quote this text: {key}: "…, …".'),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        ProblemCode.DUPLICATE_ID: translate("Problems", "{what} '{value}' is used twice (first on line {first_line}); every {what} must be unique. Rename one."),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        ProblemCode.MISSING_LANGUAGE: translate("Problems", '{where} has no text in {missing}; add {add}.'),
        ProblemCode.PLAIN_TEXT: translate("Problems", '{where} is a plain text, but the file declares {languages}; write it as a mapping with one text per language ({add}).'),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        ProblemCode.UNDECLARED_LANGUAGE: translate("Problems", '{where} has text in {extra}, which is not in languages; add each code to languages or remove the text.'),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        ProblemCode.LANGUAGE_CASCADE: translate("Problems", "texts without a '{code}' text: {count}{found} — this follows from languages (line {line}); fix that first."),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        ProblemCode.DEFAULT_LANGUAGE: translate("Problems", "default_language '{value}' is not in languages ({languages}); add it there."),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        ProblemCode.UNKNOWN_QUESTION: translate("Problems", "condition refers to question '{question}', which does not exist{hint}"),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        ProblemCode.UNKNOWN_OPTION: translate("Problems", "question '{question}' has no option '{value}'; its options are {options}."),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        ProblemCode.SELF_REFERENCE: translate("Problems", "this {owner}'s condition looks at question '{question}', which is shown only when the condition holds. Base it on another question (it may come before or after; conditions can refer forward)."),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        ProblemCode.CYCLE: translate("Problems", 'conditions form a cycle: {chain}; no question can be shown first. Break the cycle by removing one of these conditions.'),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        ProblemCode.ORDERING_MISFIT: translate("Problems", "'{operator}' compares numbers or dates, but question '{question}' is {qtype}; use equals or in."),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        ProblemCode.INCLUDES_MISFIT: translate("Problems", "'includes' is for multiple_choice questions; '{question}' is {qtype}: use equals."),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        ProblemCode.EQUALS_MISFIT: translate("Problems", "'{question}' allows several answers; use 'includes: VALUE' or 'in: [VALUES]' instead of {operator}."),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        ProblemCode.SCALE_OPERAND: translate("Problems", "'{operator}: {value}' on scale question '{question}' must be one of its points ({points}), written as a number without quotes."),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        ProblemCode.NUMBER_OPERAND: translate("Problems", "question '{question}' is a number question, so '{operator}' needs a number, not '{value}'."),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        ProblemCode.DATE_OPERAND: translate("Problems", 'question \'{question}\' is a date question, so \'{operator}\' needs a real date written "YYYY-MM-DD" (e.g. "2026-12-02"), not \'{value}\'.'),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        ProblemCode.TEXT_OPERAND: translate("Problems", "question '{question}' is a text question, so '{operator}' needs a text, not '{value}'; put it in quotes."),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        ProblemCode.UNKNOWN_DIMENSION: translate("Problems", "dimension '{value}' is not declared under 'dimensions'.{hint}"),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        ProblemCode.UNKNOWN_RECOMMENDATION: translate("Problems", "recommendation '{value}' is not declared under 'recommendations'.{hint}"),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        ProblemCode.UNKNOWN_BAND: translate("Problems", "band '{value}' is not declared under scoring.bands.{hint}"),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        ProblemCode.BANDS_OVERLAP: translate("Problems", "bands '{lower}' and '{upper}' overlap between {start} and {end}; set min of '{upper}' to {end}."),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        ProblemCode.BANDS_GAP: translate("Problems", 'no band covers scores from {start} to {end}; {fix}.'),
        ProblemCode.MITIGATION_IN_OVERALL: translate("Problems", 'the mitigation dimension cannot also count in the overall score; remove it from scoring.overall.'),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        ProblemCode.UNUSED_DIMENSION: translate("Problems", "no option gives points to dimension '{value}', so it will always score 0; give points or remove it."),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        ProblemCode.UNUSED_RECOMMENDATION: translate("Problems", "recommendation '{value}' is never triggered by an option, red flag, floor or outcome; reference it or remove it."),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        ProblemCode.NO_FORMAT: translate("Problems", "the file has no 'format: 2', so it is read as format 1, where every yes_no question also offers 'not applicable' (which drops the question from the score). Add 'format: 2' at the top and list na under options only where it is a real answer."),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        ProblemCode.MARKUP: translate("Problems", "{where} contains '{tag}': texts are shown as plain text everywhere (screen and PDF), so the tag would appear literally. Remove it."),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        ProblemCode.CONTROL: translate("Problems", "{where} contains the control character {char}: it would drive a terminal or turn the text around on screen. Remove it."),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        ProblemCode.TRANSLATION_MISSING: translate("Problems", 'texts without a {language} translation: {count} (first: {first}); until they are translated, the {language} screens and PDFs show them in {fallback}. Translate them in {translation}.'),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        ProblemCode.TRANSLATION_UNKNOWN: translate("Problems", "{translation} translates '{address}', which this questionnaire does not have (moved or removed); move it to the text's new address or delete it."),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        ProblemCode.TRANSLATION_PLACEHOLDERS: translate("Problems", "the {language} text of '{address}' has the placeholders {found}, the {fallback} text has {expected}; keep every {{placeholder}} exactly as written in {fallback}."),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        ProblemCode.TRANSLATION_VERSION: translate("Problems", '{translation} translates {questionnaire} version {found}, not {version}, so it is not used; update its texts and set version: {version}.'),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        ProblemCode.TRANSLATION_UNREADABLE: translate("Problems", "{translation} is not a translation file (it needs the fields 'questionnaire', 'version', 'language' (a known code), 'status' (draft or reviewed) and 'texts'); fix its header."),  # noqa: E501 - one literal per template, as Qt's lupdate needs
    }  # fmt: skip


@cache
def _kinds() -> dict[str, ProblemCode]:
    return {kind.value.template: kind for kind in ProblemCode}


def problem_message(problem: Problem) -> str:
    """The problem's message (without its place) in the user's language."""
    from aisafe_desktop.gui.error_texts import localise_params

    kind = _kinds().get(problem.template)
    if kind is None:
        return problem.message
    template = problem_templates().get(kind, problem.template)
    return render(template, localise_params(problem.params))


def problem_text(problem: Problem) -> str:
    """"file:line:column: CODE message", translated; the file is named, not its full path."""
    place = f"{Path(problem.file).name}:{problem.line}:{problem.column}"
    return f"{place}: {problem.code} {problem_message(problem)}"
