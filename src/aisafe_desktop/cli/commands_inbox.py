"""`aisafe inbox …`: the agency's side — receive, list, show, review, summarise and export reports.

Every command takes --db-url (or $AISAFE_INBOX_URL), a SQLAlchemy URL such as
postgresql+psycopg://officer@db.agency.example:5432/inbox; without it the inbox is a SQLite file
in the data folder. A password is never needed in the URL: libpq reads ~/.pgpass or
$PGPASSWORD, or --ask-password prompts for it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from aisafe_desktop.cli.output import CliError, print_json, raw_stream
from aisafe_desktop.core.errors import AisafeError
from aisafe_desktop.core.paths import AppPaths

if TYPE_CHECKING:
    from aisafe_desktop.services.inbox import Inbox, SubmissionDetail
    from aisafe_desktop.storage.inbox_repository import InboxFilter

URL_ENV = "AISAFE_INBOX_URL"
OFFICER_ENV = "AISAFE_OFFICER"
VERDICTS = ("trusted", "untrusted", "invalid")
STATUSES = ("new", "under-review", "accepted", "returned")


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db-url", metavar="URL",
                        help=f"inbox database (default: ${URL_ENV}, else inbox.sqlite in the "
                        "data folder); e.g. postgresql+psycopg://officer@host:5432/inbox")
    parser.add_argument("--ask-password", action="store_true",
                        help="prompt for the database password (it is never stored)")
    parser.add_argument("--officer", metavar="NAME",
                        help=f"your name in the review history (default: ${OFFICER_ENV}, else "
                        "your login name)")


def _filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--verdict", choices=VERDICTS)
    parser.add_argument("--band", metavar="BAND", help="band id, e.g. level-iii")
    parser.add_argument("--country", metavar="CC", help="two-letter country code, e.g. MY")
    parser.add_argument("--sector", metavar="TEXT")
    parser.add_argument("--questionnaire", metavar="ID")
    parser.add_argument("--status", choices=STATUSES)
    parser.add_argument("--from", dest="received_from", metavar="YYYY-MM-DD", type=_date,
                        help="received on or after this day (UTC)")
    parser.add_argument("--to", dest="received_to", metavar="YYYY-MM-DD", type=_date,
                        help="received on or before this day (UTC)")
    parser.add_argument("--search", metavar="TEXT", default="",
                        help="text in the organisation, signer, AI system, title or file name")


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from error


def register(subparsers: Any) -> None:
    group = subparsers.add_parser(
        "inbox", help="the agency inbox: receive, review and summarise submitted reports",
        description="Receive signed PDF reports from businesses, verify them, review them and "
        "summarise them, on this computer or on a shared PostgreSQL server.")
    sub = group.add_subparsers(dest="inbox_command", metavar="ACTION", required=True)

    p = sub.add_parser("add", help="receive PDF files or whole folders",
                       description="Verify each PDF (folders recursively) and store it with its "
                       "verdict. A file added twice is stored once.")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--trust", action="append", default=[], metavar="CERT|FINGERPRINT",
                   help="also trust this signer certificate (PEM/DER file) or SHA-256 "
                   "fingerprint for this run; repeat for more")
    p.add_argument("--workers", type=int, metavar="N", help="verify N files at once "
                   "(default: one per core, at most 4)")
    p.add_argument("--json", action="store_true")
    _common(p)
    p.set_defaults(handler=add)

    p = sub.add_parser("verify-again", help="verify stored reports again (after trusting a "
                       "signer or an agency CA, or receiving a revocation list)",
                       description="Verify the kept original files again and update their "
                       "verdicts; review statuses and history do not change.")
    p.add_argument("ids", nargs="*", type=int, metavar="ID", help="default: every report")
    p.add_argument("--trust", action="append", default=[], metavar="CERT|FINGERPRINT")
    p.add_argument("--json", action="store_true")
    _common(p)
    p.set_defaults(handler=verify_again)

    p = sub.add_parser("list", help="list received reports",
                       description="One line per received report, newest first.")
    _filters(p)
    p.add_argument("--sort", default="received_at", help="column to sort by (default: "
                   "received_at; also organisation, country, band, score, status, verdict…)")
    p.add_argument("--ascending", action="store_true")
    p.add_argument("--limit", type=int, metavar="N")
    p.add_argument("--json", action="store_true")
    _common(p)
    p.set_defaults(handler=list_submissions)

    p = sub.add_parser("show", help="one report: verdict, answers, review history")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--json", action="store_true")
    _common(p)
    p.set_defaults(handler=show)

    p = sub.add_parser("review", help="change a report's review status, with comments",
                       description="new → under-review → accepted / returned. A returned "
                       "report gets a due date (default: in 30 days).")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--status", required=True, choices=STATUSES[1:])
    p.add_argument("--comment", default="", metavar="TEXT", help="a comment on the whole report")
    p.add_argument("--question-comment", action="append", default=[], metavar="QUESTION=TEXT",
                   help="a comment on one answer; repeat for more")
    p.add_argument("--due", type=_date, metavar="YYYY-MM-DD",
                   help="when a returned report should come back")
    p.add_argument("--json", action="store_true")
    _common(p)
    p.set_defaults(handler=review)

    p = sub.add_parser("receipt", help="write the signed review receipt for a report",
                       description="A small PDF with the decision and the comments, signed with "
                       "the agency's identity, to send back to the business.")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--identity", required=True, metavar="AGENCY.p12")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--language", default="en", choices=("en", "ms"))
    p.add_argument("--force", action="store_true", help="replace FILE.pdf if it exists")
    p.add_argument("--passphrase-file", metavar="FILE",
                   help="read the identity's passphrase from the first line of FILE "
                   "(default: $AISAFE_PASSPHRASE, else a hidden prompt)")
    _common(p)
    p.set_defaults(handler=receipt)

    p = sub.add_parser("summary", help="counts by verdict, band, country, sector, status…")
    _filters(p)
    p.add_argument("--json", action="store_true")
    _common(p)
    p.set_defaults(handler=summary)

    p = sub.add_parser("export", help="write the (filtered) table as CSV or XLSX")
    _filters(p)
    p.add_argument("--format", required=True, choices=("csv", "xlsx"))
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--answers", action="store_true", help="one column per question")
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")
    _common(p)
    p.set_defaults(handler=export)


def database_url(args: argparse.Namespace) -> str:
    from aisafe_desktop.storage.inbox_db import default_url

    url = args.db_url or os.environ.get(URL_ENV) or \
        default_url(AppPaths.resolve(args.data_dir).data_dir)
    if getattr(args, "ask_password", False):
        from sqlalchemy.engine import make_url

        secret = getpass.getpass("Inbox database password: ")
        url = make_url(url).set(password=secret).render_as_string(hide_password=False)
    return str(url)


def officer(args: argparse.Namespace) -> str:
    if args.officer:
        return str(args.officer)
    try:
        return os.environ.get(OFFICER_ENV) or getpass.getuser()
    except (KeyError, OSError):  # no login name (some containers)
        return ""


@contextmanager
def _inbox(args: argparse.Namespace) -> Iterator[Inbox]:
    # Imported here: SQLAlchemy costs ~0.4 s, which `aisafe --version` should not pay.
    from aisafe_desktop.services.inbox import Inbox
    from aisafe_desktop.storage.inbox_db import open_inbox

    try:
        database = open_inbox(database_url(args))
        try:
            yield Inbox(database, officer(args))
        finally:
            database.dispose()
    except CliError:
        raise
    except AisafeError as error:
        raise CliError.wrap(error) from error


def _filter(args: argparse.Namespace) -> InboxFilter:
    from aisafe_desktop.storage.inbox_models import ReviewStatus, Verdict
    from aisafe_desktop.storage.inbox_repository import InboxFilter

    return InboxFilter(
        verdict=Verdict(args.verdict) if args.verdict else None, band=args.band,
        country=args.country.upper() if args.country else None, sector=args.sector,
        questionnaire=args.questionnaire,
        status=ReviewStatus(args.status) if args.status else None,
        received_from=args.received_from, received_to=args.received_to, search=args.search)


def add(args: argparse.Namespace) -> int:
    from aisafe_desktop.services.inbox_verify import VerifierSettings

    paths = [Path(p) for p in args.paths]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise CliError("not found: {paths}", 2, paths=", ".join(missing))
    settings = VerifierSettings(args.data_dir, tuple(args.trust))
    interactive = sys.stderr.isatty() and not args.json

    def progress(done: int, total: int) -> None:
        if interactive:
            raw_stream(sys.stderr).write("\r")  # back to the line's start (escaped otherwise)
            print(f"verified {done} of {total}", end="", file=sys.stderr, flush=True)

    with _inbox(args) as inbox:
        report = inbox.receive(paths, settings, progress=progress, workers=args.workers)
    if interactive:
        print(file=sys.stderr)
    if args.json:
        print_json(report.to_json())
    else:
        verdicts = ", ".join(f"{n} {v}" for v, n in sorted(report.by_verdict.items())) or "none"
        print(f"added {len(report.added)} ({verdicts}); {report.duplicates} already in the "
              f"inbox; {report.skipped} other files skipped")
    return 0


def verify_again(args: argparse.Namespace) -> int:
    from aisafe_desktop.services.inbox_verify import VerifierSettings

    settings = VerifierSettings(args.data_dir, tuple(args.trust))
    with _inbox(args) as inbox:
        counts = inbox.reverify(settings, args.ids or None)
    if args.json:
        print_json(counts)
    else:
        print("verified again: " + (", ".join(f"{n} {v}" for v, n in sorted(counts.items()))
                                    or "nothing"))
    return 0


def list_submissions(args: argparse.Namespace) -> int:
    with _inbox(args) as inbox:
        rows = inbox.list(_filter(args), sort=args.sort, descending=not args.ascending,
                          limit=args.limit)
    if args.json:
        print_json([row.to_json() for row in rows])
        return 0
    for row in rows:
        score = f"{row.score:.0f}" if row.score is not None else "-"
        print(f"{row.id:>6}  {row.received:%Y-%m-%d}  {row.verdict.value.upper():<9}  "
              f"{row.status.value:<12}  {row.band or '-':<12} {score:>4}  "
              f"{row.organisation or row.file_name}  ({row.signer or 'unsigned'})")
    if not rows:
        print("no reports match")
    return 0


def show(args: argparse.Namespace) -> int:
    with _inbox(args) as inbox:
        detail = inbox.show(args.id)
    if args.json:
        print_json(_detail_json(detail))
        return 0
    s = detail.submission
    print(f"Report {s.id}: {s.file_name}")
    print(f"  verdict      {s.verdict.value.upper()} — {s.reason}")
    print(f"  signer       {s.signer or '-'}  {s.signer_fingerprint}")
    print(f"  organisation {s.organisation or '-'} ({s.country or '-'}, {s.sector or '-'})")
    print(f"  AI system    {s.ai_system or '-'}")
    print(f"  assessment   {s.questionnaire} {s.questionnaire_version} — "
          f"{s.band_title or s.band or '-'} ({s.score if s.score is not None else '-'})")
    if s.red_flags:
        print(f"  red flags    {', '.join(s.red_flags)}")
    print(f"  signed at    {s.claimed_signing_time or '-'} (the signer's own clock)")
    print(f"  status       {s.status.value}"
          + (f", due {s.due_date}" if s.due_date else "") + (f", by {s.reviewer}" if s.reviewer
                                                              else ""))
    if detail.previous:
        print(f"  resubmission of report {detail.previous.id} (band {detail.previous.band} → "
              f"{s.band}); answers changed: {len(detail.changes)}")
    for event in detail.events:
        what = (f"{event.old_status.value if event.old_status else ''} → {event.new_status.value}"
                if event.new_status else event.kind.value)
        about = f" [{event.question_id}]" if event.question_id else ""
        print(f"  {event.at:%Y-%m-%d %H:%M} {event.actor or '-'}: {what}{about} {event.comment}")
    return 0


def _detail_json(detail: SubmissionDetail) -> dict[str, Any]:
    return {**detail.submission.to_json(), "events": [e.to_json() for e in detail.events],
            "answers": detail.answers,
            "previous": detail.previous.to_json() if detail.previous else None,
            "changes": [{"question": c.question_id, "before": c.before, "after": c.after}
                        for c in detail.changes]}


def review(args: argparse.Namespace) -> int:
    from aisafe_desktop.storage.inbox_models import ReviewStatus

    per_question: dict[str, str] = {}
    for item in args.question_comment:
        question, sep, text = item.partition("=")
        if not sep or not question.strip():
            raise CliError("--question-comment {item}: write QUESTION=TEXT", 2, item=repr(item))
        per_question[question.strip()] = text
    with _inbox(args) as inbox:
        try:
            changed = inbox.review(args.id, ReviewStatus(args.status), comment=args.comment,
                                   due_date=args.due, question_comments=per_question)
        except CliError:
            raise
        except AisafeError as error:
            raise CliError.wrap(error) from error
    if args.json:
        print_json(changed.to_json())
    else:
        due = f", due {changed.due_date}" if changed.due_date else ""
        print(f"report {changed.id} is now {changed.status.value}{due}")
    return 0


def receipt(args: argparse.Namespace) -> int:
    from aisafe_desktop.cli.commands_pdf import read_passphrase
    from aisafe_desktop.services import identities
    from aisafe_desktop.services.inbox_receipt import make_receipt
    from aisafe_desktop.services.questionnaires import Catalogue

    out, key = Path(args.out), Path(args.identity)
    if out.exists() and not args.force:
        raise CliError("{file} already exists; choose another name or add --force", 2,
                       file=str(out))
    if not key.is_file():
        raise CliError("no identity file {file}", 2, file=str(key))
    try:
        agency = identities.open_identity(key, read_passphrase(args))
    except AisafeError as error:
        raise CliError.wrap(error) from error
    with _inbox(args) as inbox:
        try:
            made = make_receipt(inbox, args.id, agency, out, language=args.language,
                                catalogue=Catalogue(AppPaths.resolve(args.data_dir)))
        except CliError:
            raise
        except AisafeError as error:
            raise CliError.wrap(error) from error
    print(f"wrote the {made.decision} receipt with {made.comments} comments to {out} "
          f"(signed by {made.signer_fingerprint})")
    return 0


def summary(args: argparse.Namespace) -> int:
    from aisafe_desktop.services.inbox_summary import summarise

    with _inbox(args) as inbox:
        figures = summarise(inbox, _filter(args))
    if args.json:
        print_json(figures.to_json())
        return 0
    print(f"{figures.total} reports")
    for title, counts in (("verdict", figures.by_verdict), ("band", figures.by_band),
                          ("status", figures.by_status), ("country", figures.by_country),
                          ("sector", figures.by_sector),
                          ("questionnaire", figures.by_questionnaire),
                          ("red flags", figures.top_red_flags), ("month", figures.by_month)):
        shown = ", ".join(f"{value or '(none)'} {count}" for value, count in counts) or "-"
        print(f"  {title:<13} {shown}")
    return 0


def export(args: argparse.Namespace) -> int:
    from aisafe_desktop.services.inbox_summary import export_csv, export_xlsx

    out = Path(args.out)
    if out.exists() and not args.force:
        raise CliError("{file} already exists; choose another name or add --force", 2,
                       file=str(out))
    with _inbox(args) as inbox:
        writer = export_csv if args.format == "csv" else export_xlsx
        count = writer(inbox, out, _filter(args), args.answers)
    print(f"wrote {count} reports to {out}")
    return 0
