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
from aisafe_desktop.core.clean_checks import CONTROL, MARKUP, texts_are_clean
from aisafe_desktop.core.errors import Message
from aisafe_desktop.core.model import LANGUAGE_NAMES, YES_NO_VALUES, QuestionType
from aisafe_desktop.core.problems import Problem
from aisafe_desktop.core.problems import ProblemCode as P
from aisafe_desktop.core.semantics_conditions import ConditionChecker
from aisafe_desktop.core.structure import describe
from aisafe_desktop.core.yaml_reader import Path, YamlDocument

Raw = dict[str, Any]


def did_you_mean(word: str, choices: list[str]) -> Message | str:
    """" — did you mean 'x'?" (a message a front end translates), or "" without a guess."""
    guess = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return Message(" — did you mean '{guess}'?", guess=guess[0]) if guess else ""


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
    def __init__(self, doc: YamlDocument, file: str, *, shape_ok: bool = True,
                 shortcut: bool = True) -> None:
        """`shortcut`: skip the language and markup checks when `clean_checks` finds nothing for
        them to report; off only to compare the two in tests."""
        self.shape_ok = shape_ok
        self.shortcut = shortcut
        self.doc = doc
        self.data: Raw = doc.data
        self.file = file
        self.problems: list[Problem] = []
        self._questions: list[tuple[Path, Raw]] | None = None
        self._ids: dict[str, list[str]] = {}

    def report(self, kind: P, path: Path, **params: Any) -> None:
        line, column = self.doc.position(path)
        self.problems.append(Problem.of(kind, self.file, line, column, **params))

    def where(self, path: Path) -> str:
        return describe(path, self.data)

    def run(self) -> list[Problem]:
        # Most files have no language or markup problem: a predicate says so without paths.
        clean = self.shortcut and texts_are_clean(self.data)
        texts = () if clean else (self.check_languages, self.check_markup)
        checks = (self.check_format, *texts, self.check_unique_ids, self.check_questions,
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
        """Every question with its path: listed once, as six checks walk them."""
        if self._questions is None:
            try:
                self._questions = list(self._walk_questions())
            except Exception:  # a badly shaped file: walk lazily, so that each check fails
                return self._walk_questions()  # where it always did, after its findings
        return iter(self._questions)

    def _walk_questions(self) -> Iterator[tuple[Path, Raw]]:
        for path, section in self.sections():
            for j, question in enumerate(section["questions"]):
                yield (*path, "questions", j), question

    def ids(self, key: str) -> list[str]:
        found = self._ids.get(key)
        if found is None:  # asked once per option score and recommendation: listed once
            found = self._ids[key] = [item["id"] for item in self.data.get(key, []) if "id" in item]
        return found

    def dimension_ids(self) -> list[str]:
        return self.ids("dimensions")

    # -- format and languages ------------------------------------------------------------------
    def check_format(self) -> None:
        if self.data.get("format", 1) < 2:
            self.report(P.NO_FORMAT, ("format",) if "format" in self.data else ("id",))

    def check_languages(self) -> None:
        languages: list[str] = self.data["languages"]
        if not isinstance(languages, list) or not all(isinstance(c, str) for c in languages):
            return  # reported by the structure stage; nothing reliable to say about texts
        if self.data["default_language"] not in languages:
            self.report(P.DEFAULT_LANGUAGE, ("default_language",),
                        value=self.data["default_language"], languages=", ".join(languages))
        # An unknown code in `languages` (E107, reported by the structure stage) makes every text
        # look wrong: report it once with a summary instead of two problems per text.
        unknown = [c for c in languages if c not in LANGUAGE_NAMES]
        cascade: dict[str, list[str]] = {c: [] for c in unknown}  # code -> codes used instead
        affected: dict[str, int] = dict.fromkeys(unknown, 0)
        for path, value in texts(self.data, s.QUESTIONNAIRE, ()):
            if isinstance(value, str):
                if len(languages) > 1:
                    self.report(P.PLAIN_TEXT, path, where=self.where(path),
                                languages=", ".join(languages),
                                add=", ".join(f"{c}: …" for c in languages))
                continue
            if not isinstance(value, dict):
                continue
            keys = [c for c, v in value.items() if v is not None or c in LANGUAGE_NAMES]
            missing = [c for c in languages if c not in keys]
            extra = [c for c in keys if c not in languages]
            for code in unknown:
                if code in missing:
                    missing.remove(code)
                    affected[code] += 1
                    cascade[code].extend(extra)
                    extra = []
            if missing:
                self.report(P.MISSING_LANGUAGE, path, where=self.where(path),
                            missing=", ".join(missing), add=", ".join(f"{c}: …" for c in missing))
            if extra:
                self.report(P.UNDECLARED_LANGUAGE, (*path, extra[0]), where=self.where(path),
                            extra=", ".join(map(str, extra)))  # `3: x` has a number as key
        for code, found in cascade.items():
            if not affected[code]:
                continue
            used = sorted(set(found), key=found.count, reverse=True)
            where = ("languages", languages.index(code))
            self.report(P.LANGUAGE_CASCADE, where, count=affected[code], code=code,
                        line=self.doc.position(where)[0],
                        found=f" (they use {', '.join(map(str, used))})" if used else "")

    def check_markup(self) -> None:
        found = list(texts(self.data, s.QUESTIONNAIRE, ()))
        if isinstance(self.data.get("publisher"), str):  # shown beside the title everywhere
            found.append((("publisher",), self.data["publisher"]))
        for path, value in found:
            strings = [(path, value)] if isinstance(value, str) else [
                ((*path, k), v) for k, v in value.items() if isinstance(v, str)] \
                if isinstance(value, dict) else []
            for where, text in strings:
                tag = MARKUP.search(text)
                if tag:
                    self.report(P.MARKUP, where, where=self.where(where), tag=tag.group(0))
                control = CONTROL.search(text)
                if control:
                    self.report(P.CONTROL, where, where=self.where(where),
                                char=f"U+{ord(control.group(0)):04X}")

    # -- identifiers ---------------------------------------------------------------------------
    def _unique(self, items: list[tuple[Path, Any]], what: str) -> None:
        seen: dict[Any, Path] = {}
        for path, value in items:
            if value in seen:
                self.report(P.DUPLICATE_ID, path, what=what, value=value,
                            first_line=self.doc.position(seen[value])[0])
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
        # a result is a band or an outcome, so the two share one set of ids
        self._unique([(("scoring", "bands", i, "id"), b["id"])
                      for i, b in enumerate(scoring["bands"])] +
                     [(("scoring", "outcomes", i, "id"), o["id"])
                      for i, o in enumerate(scoring.get("outcomes", []))], "band or outcome id")
        self._unique([(("scoring", "red_flags", i, "id"), f["id"])
                      for i, f in enumerate(scoring.get("red_flags", []))], "red flag id")
        self._unique([(("scoring", "floors", i, "id"), f["id"])
                      for i, f in enumerate(scoring.get("floors", []))], "floor id")
        for path, q in self.questions():
            self._unique([((*path, "options", i, "value"), _value(o))
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
                self.report(P.NO_OPTIONS_ALLOWED, (*path, "options"), question=q["id"],
                            qtype=qtype.value)
            for key in ("min", "max", "unit"):
                if key in q and qtype is not QuestionType.NUMBER:
                    self.report(P.NUMBER_ONLY, (*path, key), key=key, question=q["id"],
                                qtype=qtype.value)
            if "min" in q and "max" in q and q["min"] > q["max"]:
                self.report(P.MIN_ABOVE_MAX, (*path, "min"), what=f"question '{q['id']}'",
                            minimum=q["min"], maximum=q["max"])

    def _check_options(self, path: Path, q: Raw, qtype: QuestionType, options: list[Any]) -> None:
        values = [_value(o) for o in options]
        if qtype is not QuestionType.YES_NO:
            for i, option in enumerate(options):
                if isinstance(option, str):
                    self.report(P.SHORT_FORM_ELSEWHERE, (*path, "options", i), value=option,
                                question=q["id"], qtype=qtype.value)
        if qtype is QuestionType.YES_NO:
            for i, value in enumerate(values):
                if value not in YES_NO_VALUES:
                    self.report(P.NOT_YES_NO, (*path, "options", i, "value"), value=value)
        elif qtype is QuestionType.SCALE:
            self._check_scale(path, q, options, values)
        elif len(options) < 2:
            self.report(P.TOO_FEW_OPTIONS, (*path, "options" if options else "type"),
                        qtype=qtype.value, question=q["id"])

    def _check_scale(self, path: Path, q: Raw, options: list[Any], values: list[Any]) -> None:
        if len(options) < 2:
            self.report(P.TOO_FEW_POINTS, (*path, "type"), question=q["id"])
        points = []
        for i, value in enumerate(values):
            if isinstance(value, bool) or not isinstance(value, int):
                if not isinstance(options[i], str):  # a short form is reported once, above
                    self.report(P.POINT_NOT_WHOLE, (*path, "options", i, "value"), value=value)
            else:
                points.append(value)
        # consecutive whole numbers from 0 (or from 1, as a 1–5 rating scale): no gap, no repeat
        start = 1 if points and min(points) == 1 else 0
        missing = sorted(set(range(start, start + len(values))) - set(points))
        if points and len(values) >= 2 and missing and len(points) == len(values):
            self.report(P.SCALE_POINTS, (*path, "options"), question=q["id"],
                        points=", ".join(map(str, points)), missing=", ".join(map(str, missing)))

    # -- scoring -------------------------------------------------------------------------------
    def _dimension(self, path: Path, dim: str) -> None:
        dims = self.dimension_ids()
        if dim not in dims:
            self.report(P.UNKNOWN_DIMENSION, path, value=dim, hint=did_you_mean(dim, dims))

    def _recommendation(self, path: Path, rec: str) -> None:
        recs = self.ids("recommendations")
        if rec not in recs:
            self.report(P.UNKNOWN_RECOMMENDATION, path, value=rec, hint=did_you_mean(rec, recs))

    def _band(self, path: Path, band: str) -> None:
        bands = [b["id"] for b in self.data["scoring"]["bands"]]
        if band not in bands:
            self.report(P.UNKNOWN_BAND, path, value=band, hint=did_you_mean(band, bands))

    def check_scoring_references(self) -> None:
        dims, recs = self.dimension_ids(), self.ids("recommendations")
        for path, q in self.questions():
            for i, option in enumerate(q.get("options", [])):
                if not isinstance(option, dict):
                    continue
                for dim in option.get("score", {}):
                    if dim not in dims:  # the path only for a problem: thousands of scores
                        self._dimension((*path, "options", i, "score", dim), dim)
                for j, rec in enumerate(option.get("recommend", [])):
                    if rec not in recs:
                        self._recommendation((*path, "options", i, "recommend", j), rec)
        scoring = self.data["scoring"]
        for i, dim in enumerate(scoring.get("overall", [])):
            self._dimension(("scoring", "overall", i), dim)
        for key in ("red_flags", "floors", "outcomes"):
            for i, rule in enumerate(scoring.get(key, [])):
                if "band" in rule:
                    self._band(("scoring", key, i, "band"), rule["band"])
                for j, rec in enumerate(rule.get("recommend", [])):
                    self._recommendation(("scoring", key, i, "recommend", j), rec)
        mitigation = scoring.get("mitigation")
        if mitigation:
            self._dimension(("scoring", "mitigation", "dimension"), mitigation["dimension"])
            if mitigation["dimension"] in scoring.get("overall", []):
                self.report(P.MITIGATION_IN_OVERALL, ("scoring", "mitigation", "dimension"))

    def check_bands(self) -> None:
        bands = sorted(enumerate(self.data["scoring"]["bands"]), key=lambda ib: ib[1]["min"])
        for i, band in bands:
            if band["min"] >= band["max"]:
                self.report(P.MIN_ABOVE_MAX, ("scoring", "bands", i, "min"),
                            what=f"band '{band['id']}'", minimum=band["min"], maximum=band["max"])
        first, last = bands[0][1], bands[-1][1]
        if first["min"] > 0:
            self.report(P.BANDS_GAP, ("scoring", "bands", bands[0][0], "min"), start=0,
                        end=first["min"], fix="start the lowest band at min: 0")
        if last["max"] < 100:
            self.report(P.BANDS_GAP, ("scoring", "bands", bands[-1][0], "max"), start=last["max"],
                        end=100, fix="end the highest band at max: 100")
        for (_, lower), (j, upper) in itertools.pairwise(bands):
            if upper["min"] < lower["max"]:
                self.report(P.BANDS_OVERLAP, ("scoring", "bands", j, "min"), lower=lower["id"],
                            upper=upper["id"], start=upper["min"], end=lower["max"])
            elif upper["min"] > lower["max"]:
                self.report(P.BANDS_GAP, ("scoring", "bands", j, "min"), start=lower["max"],
                            end=upper["min"], fix=f"set min of '{upper['id']}' to {lower['max']}")

    def check_unused(self) -> None:
        options = [o for _, q in self.questions() for o in q.get("options", [])
                   if isinstance(o, dict)]
        scored = {d for o in options for d, pts in o.get("score", {}).items() if pts > 0}
        for i, dim in enumerate(self.dimension_ids()):
            if dim not in scored:
                self.report(P.UNUSED_DIMENSION, ("dimensions", i, "id"), value=dim)
        used = {r for o in options for r in o.get("recommend", [])}
        scoring = self.data["scoring"]
        used |= {r for key in ("red_flags", "floors", "outcomes") for rule in scoring.get(key, [])
                 for r in rule.get("recommend", [])}
        for i, rec in enumerate(self.ids("recommendations")):
            if rec not in used:
                self.report(P.UNUSED_RECOMMENDATION, ("recommendations", i, "id"), value=rec)


def _value(option: Any) -> Any:
    """An option's value: the word itself in the short form of a yes_no answer."""
    return option["value"] if isinstance(option, dict) else option


__all__ = ["SemanticChecker", "did_you_mean", "texts"]
