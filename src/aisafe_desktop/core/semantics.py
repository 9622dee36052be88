"""Stage 3 of validation: does the (well-shaped) data make sense?

Identifiers unique, every reference resolvable, option sets fit their question type, conditions
point at real questions and options without cycles, bands cover 0–100 exactly, and every text is
given in every declared language.
"""

from __future__ import annotations

import difflib
import itertools
from collections.abc import Iterator
from typing import Any

from aisafe_desktop.core import schema as s
from aisafe_desktop.core.conditions import Operator
from aisafe_desktop.core.model import YES_NO_VALUES, QuestionType
from aisafe_desktop.core.problems import Problem
from aisafe_desktop.core.semantics_conditions import ConditionChecker
from aisafe_desktop.core.structure import describe
from aisafe_desktop.core.yaml_reader import Path, YamlDocument

Raw = dict[str, Any]


def did_you_mean(word: str, choices: list[str]) -> str:
    guess = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return f" — did you mean '{guess[0]}'?" if guess else ""


def texts(value: Any, kind: s.Kind, path: Path) -> Iterator[tuple[Path, Any]]:
    """Every human-readable text in the data, with its path."""
    if isinstance(kind, s.Text):
        yield path, value
    elif isinstance(kind, s.Obj) and isinstance(value, dict):
        for f in kind.fields:
            if f.name in value:
                yield from texts(value[f.name], f.kind, (*path, f.name))
    elif isinstance(kind, s.ListOf) and isinstance(value, list):
        for i, item in enumerate(value):
            yield from texts(item, kind.item, (*path, i))


class SemanticChecker:
    def __init__(self, doc: YamlDocument, file: str, *, shape_ok: bool = True) -> None:
        self.shape_ok = shape_ok
        self.doc = doc
        self.data: Raw = doc.data
        self.file = file
        self.problems: list[Problem] = []

    def report(self, code: str, path: Path, message: str) -> None:
        line, column = self.doc.position(path)
        self.problems.append(Problem(code, message, self.file, line, column))

    def run(self) -> list[Problem]:
        checks = (self.check_languages, self.check_unique_ids, self.check_questions,
                  ConditionChecker(self).run, self.check_scoring_references, self.check_bands,
                  self.check_unused)
        for check in checks:
            try:
                check()
            except (KeyError, TypeError, ValueError, AttributeError, IndexError, StopIteration):
                # The data is not well-shaped (already reported by the structure stage): this
                # check cannot say anything reliable, the others may still find problems.
                if self.shape_ok:
                    raise
        return self.problems

    # -- helpers -------------------------------------------------------------------------------
    def sections(self) -> Iterator[tuple[Path, Raw]]:
        for i, section in enumerate(self.data["sections"]):
            yield ("sections", i), section

    def questions(self) -> Iterator[tuple[Path, Raw]]:
        for path, section in self.sections():
            for j, question in enumerate(section["questions"]):
                yield (*path, "questions", j), question

    def ids(self, key: str) -> list[str]:
        return [item["id"] for item in self.data.get(key, []) if "id" in item]

    def dimension_ids(self) -> list[str]:
        return self.ids("dimensions")

    # -- languages -----------------------------------------------------------------------------
    def check_languages(self) -> None:
        languages: list[str] = self.data["languages"]
        if self.data["default_language"] not in languages:
            self.report("E303", ("default_language",), f"default_language "
                        f"'{self.data['default_language']}' is not in languages "
                        f"({', '.join(languages)}); add it there.")
        for path, value in texts(self.data, s.QUESTIONNAIRE, ()):
            if isinstance(value, str):
                if len(languages) > 1:
                    self.report("E301", path, f"{describe(path)} is a plain text, but the file "
                                f"declares {', '.join(languages)}; write it as a mapping with one "
                                f"text per language ({', '.join(f'{c}: …' for c in languages)}).")
                continue
            missing = [c for c in languages if c not in value]
            if missing:
                self.report("E301", path, f"{describe(path)} has no text in "
                            f"{', '.join(missing)}; add {', '.join(f'{c}: …' for c in missing)}.")
            extra = [c for c in value if c not in languages]
            if extra:
                self.report("E302", (*path, extra[0]), f"{describe(path)} has text in "
                            f"{', '.join(extra)}, which is not in languages; add the code(s) "
                            "to languages or remove the text.")

    # -- identifiers ---------------------------------------------------------------------------
    def _unique(self, items: list[tuple[Path, Any]], what: str) -> None:
        seen: dict[Any, Path] = {}
        for path, value in items:
            if value in seen:
                line = self.doc.position(seen[value])[0]
                self.report("E201", path, f"{what} '{value}' is used twice (first on line {line});"
                            f" every {what} must be unique. Rename one.")
            else:
                seen[value] = path

    def check_unique_ids(self) -> None:
        for key, what in (("references", "reference id"), ("dimensions", "dimension id"),
                          ("recommendations", "recommendation id")):
            self._unique([((key, i, "id"), item["id"])
                          for i, item in enumerate(self.data.get(key, []))], what)
        self._unique([((*p, "id"), sec["id"]) for p, sec in self.sections()], "section id")
        self._unique([((*p, "id"), q["id"]) for p, q in self.questions()], "question id")
        scoring = self.data["scoring"]
        self._unique([(("scoring", "bands", i, "id"), b["id"])
                      for i, b in enumerate(scoring["bands"])], "band id")
        self._unique([(("scoring", "red_flags", i, "id"), f["id"])
                      for i, f in enumerate(scoring.get("red_flags", []))], "red flag id")
        for path, q in self.questions():
            self._unique([((*path, "options", i, "value"), o["value"])
                          for i, o in enumerate(q.get("options", []))],
                         f"option value in question '{q['id']}':")

    # -- question types ------------------------------------------------------------------------
    def check_questions(self) -> None:
        for path, q in self.questions():
            qtype = QuestionType(q["type"])
            options = q.get("options", [])
            if qtype.has_options:
                self._check_options(path, q, qtype, options)
            elif options:
                self.report("E108", (*path, "options"), f"question '{q['id']}' is {qtype.value} "
                            "and cannot have options; remove them or change the type.")
            for key in ("min", "max", "unit"):
                if key in q and qtype is not QuestionType.NUMBER:
                    self.report("E104", (*path, key), f"'{key}' only applies to number questions;"
                                f" question '{q['id']}' is {qtype.value}.")
            if "min" in q and "max" in q and q["min"] > q["max"]:
                self.report("E109", (*path, "min"), f"question '{q['id']}' has min {q['min']} "
                            f"above max {q['max']}; swap them.")

    def _check_options(self, path: Path, q: Raw, qtype: QuestionType, options: list[Raw]) -> None:
        values = [o["value"] for o in options]
        if qtype is QuestionType.YES_NO:
            for i, value in enumerate(values):
                if value not in YES_NO_VALUES:
                    self.report("E108", (*path, "options", i, "value"), f"a yes_no question "
                                f"only has the answers yes, no and na; '{value}' is not one of "
                                "them. Use single_choice for other answers.")
        elif qtype is QuestionType.SCALE:
            if len(options) < 2:
                self.report("E108", (*path, "type"), f"scale question '{q['id']}' needs at "
                            "least two points under 'options' (value 0, 1, …, each with a label).")
            for i, value in enumerate(values):
                if isinstance(value, bool) or not isinstance(value, int):
                    self.report("E108", (*path, "options", i, "value"), f"scale points are whole"
                                f" numbers (0, 1, 2 …); '{value}' is not.")
        elif len(options) < 2:
            self.report("E108", (*path, "options" if options else "type"),
                        f"{qtype.value} question '{q['id']}' needs at least two options under "
                        "'options'.")

    # -- scoring -------------------------------------------------------------------------------
    def _dimension(self, path: Path, dim: str) -> None:
        dims = self.dimension_ids()
        if dim not in dims:
            self.report("E501", path, f"dimension '{dim}' is not declared under 'dimensions'"
                        f"{did_you_mean(dim, dims)}")

    def _recommendation(self, path: Path, rec: str) -> None:
        recs = self.ids("recommendations")
        if rec not in recs:
            self.report("E502", path, f"recommendation '{rec}' is not declared under "
                        f"'recommendations'{did_you_mean(rec, recs)}")

    def check_scoring_references(self) -> None:
        for path, q in self.questions():
            for i, option in enumerate(q.get("options", [])):
                for dim in option.get("score", {}):
                    self._dimension((*path, "options", i, "score", dim), dim)
                for j, rec in enumerate(option.get("recommend", [])):
                    self._recommendation((*path, "options", i, "recommend", j), rec)
        scoring = self.data["scoring"]
        for i, dim in enumerate(scoring.get("overall", [])):
            self._dimension(("scoring", "overall", i), dim)
        bands = [b["id"] for b in scoring["bands"]]
        for i, flag in enumerate(scoring.get("red_flags", [])):
            if flag["band"] not in bands:
                self.report("E503", ("scoring", "red_flags", i, "band"), f"band '{flag['band']}'"
                            f" is not declared under scoring.bands{did_you_mean(flag['band'], bands)}")
            for j, rec in enumerate(flag.get("recommend", [])):
                self._recommendation(("scoring", "red_flags", i, "recommend", j), rec)
        mitigation = scoring.get("mitigation")
        if mitigation:
            self._dimension(("scoring", "mitigation", "dimension"), mitigation["dimension"])
            if mitigation["dimension"] in scoring.get("overall", []):
                self.report("E506", ("scoring", "mitigation", "dimension"), "the mitigation "
                            "dimension cannot also count in the overall score; remove it from "
                            "scoring.overall.")

    def check_bands(self) -> None:
        bands = sorted(enumerate(self.data["scoring"]["bands"]), key=lambda ib: ib[1]["min"])
        for i, band in bands:
            if band["min"] >= band["max"]:
                self.report("E109", ("scoring", "bands", i, "min"), f"band '{band['id']}' has min"
                            f" {band['min']} not below max {band['max']}.")
        first, last = bands[0][1], bands[-1][1]
        if first["min"] > 0:
            self.report("E505", ("scoring", "bands", bands[0][0], "min"), f"no band covers scores"
                        f" from 0 to {first['min']}; start the lowest band at min: 0.")
        if last["max"] < 100:
            self.report("E505", ("scoring", "bands", bands[-1][0], "max"), f"no band covers "
                        f"scores from {last['max']} to 100; end the highest band at max: 100.")
        for (_, lower), (j, upper) in itertools.pairwise(bands):
            if upper["min"] < lower["max"]:
                self.report("E504", ("scoring", "bands", j, "min"), f"bands '{lower['id']}' and "
                            f"'{upper['id']}' overlap between {upper['min']} and {lower['max']}; "
                            f"set min of '{upper['id']}' to {lower['max']}.")
            elif upper["min"] > lower["max"]:
                self.report("E505", ("scoring", "bands", j, "min"), f"no band covers scores from "
                            f"{lower['max']} to {upper['min']}; set min of '{upper['id']}' to "
                            f"{lower['max']}.")

    def check_unused(self) -> None:
        scored = {d for _, q in self.questions() for o in q.get("options", [])
                  for d, pts in o.get("score", {}).items() if pts > 0}
        for i, dim in enumerate(self.dimension_ids()):
            if dim not in scored:
                self.report("W601", ("dimensions", i, "id"), f"no option gives points to "
                            f"dimension '{dim}', so it will always score 0; give points or remove it.")
        used = {r for _, q in self.questions() for o in q.get("options", [])
                for r in o.get("recommend", [])}
        used |= {r for f in self.data["scoring"].get("red_flags", []) for r in f.get("recommend", [])}
        for i, rec in enumerate(self.ids("recommendations")):
            if rec not in used:
                self.report("W602", ("recommendations", i, "id"), f"recommendation '{rec}' is "
                            "never triggered by an option or red flag; reference it or remove it.")


__all__ = ["Operator", "SemanticChecker", "did_you_mean", "texts"]
