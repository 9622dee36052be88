"""`aisafe assessments`, `aisafe assessment new|export|import`, `aisafe backup`."""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from aisafe_desktop.cli.commands_pdf import add_export_pdf_parser
from aisafe_desktop.cli.output import CliError, print_json
from aisafe_desktop.core import files
from aisafe_desktop.core.answers import AnswersDocumentError, parse_answers_document
from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.services.errors import StorageError, WorkspaceError
from aisafe_desktop.services.questionnaires import QuestionnaireNotFound

if TYPE_CHECKING:
    from aisafe_desktop.services.workspace import Workspace

_EXPECTED = (StorageError, WorkspaceError, AnswersDocumentError, QuestionnaireNotFound)


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("assessments", help="list the assessments in the database",
                              description="List assessments with their progress, newest first.")
    p.add_argument("--json", action="store_true", help="print as JSON")
    p.add_argument("--all", action="store_true", help="include assessments in the trash")
    p.set_defaults(handler=list_assessments)

    group = subparsers.add_parser("assessment", help="export or import one assessment")
    sub = group.add_subparsers(dest="assessment_command", metavar="ACTION", required=True)
    p = sub.add_parser("export", help="write an assessment's answers document (JSON)",
                       description="Write the answers document of one assessment, to move it "
                       "to another machine or colleague.")
    p.add_argument("id", type=int, metavar="ID", help="assessment number ('aisafe assessments')")
    p.add_argument("--out", required=True, metavar="FILE.json")
    p.add_argument("--force", action="store_true", help="replace FILE.json if it exists")
    p.set_defaults(handler=export_assessment)
    p = sub.add_parser("new", help="start a new assessment of an installed questionnaire",
                       description="Start a new assessment. Questions about your country, "
                       "organisation type and size are prefilled from the organisation profile "
                       "(you can change them); the prefilled answers are listed.")
    p.add_argument("questionnaire", metavar="QUESTIONNAIRE_ID")
    p.add_argument("--version", help="questionnaire version (default: the newest installed)")
    p.add_argument("--title", help="title of the new assessment (default: the questionnaire's)")
    p.add_argument("--lang", default="en", metavar="CODE", help="answering language (default: en)")
    p.add_argument("--json", action="store_true", help="print as JSON")
    p.set_defaults(handler=new_assessment)
    p = sub.add_parser("import", help="create a new assessment from an answers document",
                       description="Import an answers document as a NEW assessment; nothing "
                       "already in the database is overwritten.")
    p.add_argument("file", metavar="FILE.json")
    p.add_argument("--title", help="title of the new assessment (default: the document's)")
    p.set_defaults(handler=import_assessment)
    add_export_pdf_parser(sub)

    p = subparsers.add_parser("backup", help="back up the database, or restore a backup",
                              description="Without options: make a backup now and print its "
                              "path. With --restore: put a backup in place of the database "
                              "(the current file is kept in the backups folder).")
    p.add_argument("--restore", metavar="FILE", help="the backup file to restore")
    p.add_argument("--list", action="store_true", help="list the backups, newest first")
    p.set_defaults(handler=backup)


@contextmanager
def _workspace(args: argparse.Namespace) -> Iterator[Workspace]:
    # Imported here: SQLAlchemy costs ~0.4 s, which `aisafe --version` and `validate` should not pay.
    from aisafe_desktop.services.workspace import Workspace

    with _plain_errors(), Workspace.open(AppPaths.resolve(args.data_dir)) as workspace:
        yield workspace


@contextmanager
def _plain_errors() -> Iterator[None]:
    try:
        yield
    except OSError as error:
        if error.filename:
            raise CliError("{file}: {reason}", 1, file=error.filename,
                           reason=error.strerror or error) from None
        raise CliError("{reason}", 1, reason=error.strerror or error) from None
    except _EXPECTED as error:
        raise CliError.wrap(error) from None


def list_assessments(args: argparse.Namespace) -> int:
    with _workspace(args) as ws:
        rows = ws.list_assessments(include_trashed=args.all)
    if args.json:
        print_json([{"id": r.id, "title": r.title, "questionnaire": r.questionnaire_id,
                     "version": r.questionnaire_version, "status": r.status,
                     "answered": r.answered, "applicable": r.applicable,
                     "progress": round(r.progress, 4), "band": r.band_id,
                     "ai_system": r.ai_system_name, "language": r.language,
                     "updated": r.updated_at.isoformat(), "trashed": r.trashed} for r in rows])
        return 0
    if not rows:
        print("No assessments yet.")
    for r in rows:
        trash = " [trash]" if r.trashed else ""
        print(f"{r.id:>5}  {r.status:<9} {r.answered:>3}/{r.applicable:<3} "
              f"{r.updated_at:%Y-%m-%d %H:%M}  {r.title} "
              f"({r.questionnaire_id} {r.questionnaire_version}){trash}")
    return 0


def _write_new(path: Path, data: bytes, force: bool) -> None:
    if path.exists() and not force:
        raise CliError("{file} already exists; choose another name or add --force", 1,
                       file=path)
    files.write_atomically(path, data, mode=0o644)  # a full disk leaves no partial file


def export_assessment(args: argparse.Namespace) -> int:
    with _workspace(args) as ws, _plain_errors():
        document = ws.export_answers(args.id)
        _write_new(Path(args.out), document.to_bytes(), args.force)
    print(f"Wrote assessment {args.id} to {args.out}")
    return 0


def new_assessment(args: argparse.Namespace) -> int:
    with _workspace(args) as ws, _plain_errors():
        new_id = ws.create_assessment(args.questionnaire, args.version, title=args.title,
                                      language=args.lang)
        state = ws.open_assessment(new_id)
    prefilled = {q: state.answers[q].value for q in sorted(state.prefilled)}
    if args.json:
        print_json({"id": new_id, "title": state.title, "questionnaire": args.questionnaire,
                    "version": state.questionnaire.version, "prefilled": prefilled})
        return 0
    print(f"Started assessment {new_id}: {state.title}")
    for question, value in prefilled.items():
        print(f"  {question} = {json.dumps(value, ensure_ascii=False)} (from the organisation "
              "profile; change it like any answer)")
    return 0


def import_assessment(args: argparse.Namespace) -> int:
    path = Path(args.file)
    with _plain_errors():
        document = parse_answers_document(path.read_bytes())
    with _workspace(args) as ws, _plain_errors():
        new_id = ws.import_answers(document, title=args.title)
        title = ws.open_assessment(new_id).title
    print(f"Imported {path.name} as assessment {new_id}: {title}")
    return 0


def backup(args: argparse.Namespace) -> int:
    with _plain_errors():
        if args.restore:
            return _restore(AppPaths.resolve(args.data_dir), Path(args.restore))
        return _list(args) if args.list else _backup_now(args)


def _restore(paths: AppPaths, file: Path) -> int:
    from aisafe_desktop.services.workspace import Workspace

    kept = Workspace.restore_backup(paths, file)
    print(f"Restored {file} as {paths.database}")
    if kept:
        print(f"The previous database was kept as {kept}")
    return 0


def _list(args: argparse.Namespace) -> int:
    with _workspace(args) as ws:
        for path in ws.list_backups():
            print(path)
    return 0


def _backup_now(args: argparse.Namespace) -> int:
    with _workspace(args) as ws:
        print(ws.backup_now())
    return 0
