"""`aisafe validate`, `aisafe questionnaires`, `aisafe score`."""

from __future__ import annotations

import argparse
import glob
import sys
from pathlib import Path
from typing import Any

from aisafe_desktop.cli.inputs import read_answers_document, resolve_questionnaire
from aisafe_desktop.cli.output import CliError, print_json
from aisafe_desktop.core.answers import check_answers
from aisafe_desktop.core.explain import explain
from aisafe_desktop.core.loader import load_file
from aisafe_desktop.core.model import Questionnaire
from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.core.problems import CODES
from aisafe_desktop.core.scoring import ScoreResult, score
from aisafe_desktop.core.translation_check import check_beside
from aisafe_desktop.services.questionnaires import (
    Catalogue,
)


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("validate", help="check questionnaire files and report every problem",
                              description="Check questionnaire YAML files. Prints one line per "
                              "problem as FILE:LINE:COLUMN: CODE message. Exit 0 if all files are "
                              "valid, 1 if any has an error (or a warning with --strict).")
    p.add_argument("paths", nargs="+", metavar="PATH", help="YAML files or folders (translation"
                   " files in a translations/ folder beside a questionnaire are checked with it)")
    p.add_argument("--json", action="store_true", help="print the problems as JSON")
    p.add_argument("--strict", action="store_true", help="treat warnings as errors")
    p.set_defaults(handler=validate)

    p = subparsers.add_parser("questionnaires", help="list the available questionnaires",
                              description="List shipped questionnaires and those in your "
                              "questionnaire folder (DATA_DIR/questionnaires).")
    p.add_argument("--json", action="store_true", help="print as JSON")
    p.set_defaults(handler=list_questionnaires)

    p = subparsers.add_parser("score", help="score an answers document",
                              description="Score an answers document (JSON) against a "
                              "questionnaire. Exit 1 if the answers have problems.")
    p.add_argument("questionnaire", metavar="QUESTIONNAIRE", help="an id, id@version, or a path")
    p.add_argument("--answers", required=True, metavar="FILE", help="answers document (JSON)")
    p.add_argument("--lang", metavar="CODE", help="language of the output (default: the "
                   "document's)")
    p.add_argument("--json", action="store_true", help="print the full result with its trace")
    p.set_defaults(handler=score_answers)


def _expand(paths: list[str]) -> list[Path]:
    files: list[Path] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            files += sorted([*path.glob("*.yaml"), *path.glob("*.yml")])
        elif any(ch in name for ch in "*?[") and not path.exists():
            files += [Path(p) for p in sorted(glob.glob(name))]
        else:
            files.append(path)
    if not files:
        raise CliError("no questionnaire files found in {paths}", 2, paths=", ".join(paths))
    return files


def validate(args: argparse.Namespace) -> int:
    results = [load_file(path) for path in _expand(args.paths)]
    for result in results:
        if result.ok:  # and the translation files beside it (translations/<id>.<lang>.yaml)
            result.problems += check_beside(result.source, result.file)
    failed = False
    for result in results:
        errors = result.errors
        failed |= bool(errors) or (args.strict and bool(result.problems))
        if not args.json:
            for problem in result.problems:
                print(problem)
    if args.json:
        print_json([{"file": r.file, "valid": not r.errors,
                     "problems": [p.to_json() for p in r.problems]} for r in results])
    else:
        bad = sum(1 for r in results if r.errors)
        print(f"{len(results)} file(s) checked, {bad} invalid, "
              f"{sum(len(r.problems) for r in results)} problem(s).", file=sys.stderr)
    return 1 if failed else 0


def list_questionnaires(args: argparse.Namespace) -> int:
    catalogue = Catalogue(AppPaths.resolve(args.data_dir))
    rows: list[dict[str, Any]] = [{"id": e.questionnaire.id, "version": e.questionnaire.version,
             "title": e.questionnaire.title.get("en"), "languages": list(e.questionnaire.languages),
             "questions": e.questionnaire.question_count,
             "estimated_minutes": e.questionnaire.estimated_minutes,
             "shipped": e.shipped, "file": str(e.file)} for e in catalogue.entries]
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print("No questionnaires found.")
    for row in rows:
        print(f"{row['id']} {row['version']}  {row['title']}  [{', '.join(row['languages'])}]  "
              f"{row['questions']} questions  {row['file']}")
    for invalid in catalogue.invalid:
        print(f"skipped {invalid.file}: {len(invalid.errors)} problem(s); run aisafe validate on it",
              file=sys.stderr)
    return 0


def score_answers(args: argparse.Namespace) -> int:
    questionnaire = resolve_questionnaire(args.questionnaire, args.data_dir).questionnaire
    document = read_answers_document(args.answers)
    if document.questionnaire_id != questionnaire.id:
        raise CliError("{file} answers questionnaire '{found}', not '{expected}'", 1,
                       file=args.answers, found=document.questionnaire_id,
                       expected=questionnaire.id)
    problems = check_answers(questionnaire, document)
    for problem in problems:
        print(f"{args.answers}: {problem}", file=sys.stderr)
    if problems:
        return 1
    result = score(questionnaire, document)
    if args.json:
        print_json(result.to_json())
    else:
        _print_result(questionnaire, result, args.lang or document.language)
    return 0


def _print_result(questionnaire: Questionnaire, result: ScoreResult, lang: str) -> None:
    band = questionnaire.band(result.band)
    heading = questionnaire.result_title(result.band)  # a band's label, or an outcome's title
    outcome = questionnaire.outcome(result.outcome) if result.outcome else None
    print(f"{'Outcome' if outcome else 'Band'}: {heading.get(lang) if heading else result.band}  "
          f"(overall {result.overall:g}/100)")
    if outcome is not None:
        print(f"  {outcome.text.get(lang)}")
    elif band and band.meaning:
        print(f"  {band.meaning.get(lang)}")
    for dim in result.dimensions:
        model = questionnaire.dimension(dim.id)
        scale = f"  level {dim.percent * model.display_max / 100:.1f}/{model.display_max:g}" \
            if model and model.display_max else ""
        title = model.title.get(lang) if model else dim.id
        print(f"  {title}: {dim.percent:g}%{scale}")
    print("Why:")
    for line in explain(questionnaire, result, lang):
        print(f"  - {line}")
    if result.recommendations:
        print("Recommendations:")
    for rec in result.recommendations:
        model_rec = questionnaire.recommendation(rec.id)
        if model_rec:
            print(f"  [{model_rec.priority.value}] {model_rec.text.get(lang)}")
    if band and band.obligations:
        print("Recommended steps:")
        for item in band.obligations:
            print(f"  - {item.get(lang)}")


__all__ = ["CODES", "register"]
