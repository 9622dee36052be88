"""Reading the files a command is given, with one plain message per kind of problem."""

from __future__ import annotations

import sys
from pathlib import Path

from aisafe_desktop.cli.output import CliError
from aisafe_desktop.core.answers import AnswersDocument, AnswersDocumentError, parse_answers_document
from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.services.questionnaires import (
    Catalogue,
    CatalogueEntry,
    QuestionnaireInvalid,
    QuestionnaireNotFound,
)


def resolve_questionnaire(name: str, data_dir: str | None) -> CatalogueEntry:
    """An installed questionnaire by id (or id@version), or a YAML file by path."""
    try:
        return Catalogue(AppPaths.resolve(data_dir)).resolve(name)
    except QuestionnaireNotFound as error:
        raise CliError.wrap(error, 2) from None
    except QuestionnaireInvalid as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        raise CliError("{name} is not a valid questionnaire (run aisafe validate {name})", 1,
                       name=name) from None


def read_answers_document(path: str) -> AnswersDocument:
    try:
        return parse_answers_document(Path(path).read_bytes())
    except OSError as error:
        raise CliError("{file}: {reason}", 2, file=path, reason=error.strerror or error) from None
    except AnswersDocumentError as error:
        raise CliError("{file}: {reason}", 1, file=path, reason=error) from None
