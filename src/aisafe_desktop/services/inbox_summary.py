"""The dashboard's figures and the table's exports (CSV, XLSX), from the same filtered rows.

The dashboard, the CSV/XLSX export and the table all read through one filter, so their counts
agree by construction; a test checks it anyway.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aisafe_desktop.services.inbox import Inbox
from aisafe_desktop.storage import inbox_repository as repo
from aisafe_desktop.storage.inbox_repository import InboxFilter

TOP = 10
Counts = tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class InboxSummary:
    total: int
    by_verdict: Counts
    by_band: Counts
    by_band_title: Counts  # the same counts under the questionnaires' own band names
    by_country: Counts
    by_sector: Counts
    by_questionnaire: Counts
    by_status: Counts
    top_red_flags: Counts
    top_recommendations: Counts
    by_month: Counts  # "YYYY-MM" of the received time, oldest first

    def to_json(self) -> dict[str, Any]:
        def as_map(counts: Counts) -> dict[str, int]:
            return dict(counts)

        return {"total": self.total, "by_verdict": as_map(self.by_verdict),
                "by_band": as_map(self.by_band), "by_band_title": as_map(self.by_band_title),
                "by_country": as_map(self.by_country),
                "by_sector": as_map(self.by_sector),
                "by_questionnaire": as_map(self.by_questionnaire),
                "by_status": as_map(self.by_status),
                "top_red_flags": as_map(self.top_red_flags),
                "top_recommendations": as_map(self.top_recommendations),
                "by_month": as_map(self.by_month)}


def summarise(inbox: Inbox, wanted: InboxFilter | None = None) -> InboxSummary:
    wanted = wanted or InboxFilter()
    with inbox.database.reading() as session:
        def grouped(column: str) -> Counts:
            return tuple(repo.grouped_counts(session, column, wanted))

        return InboxSummary(
            total=repo.count_rows(session, wanted), by_verdict=grouped("verdict"),
            by_band=grouped("band"), by_band_title=grouped("band_title"),
            by_country=grouped("country"), by_sector=grouped("sector"),
            by_questionnaire=grouped("questionnaire_id"), by_status=grouped("status"),
            top_red_flags=tuple(repo.json_list_counts(session, "red_flags", wanted)[:TOP]),
            top_recommendations=tuple(
                repo.json_list_counts(session, "recommendations", wanted)[:TOP]),
            by_month=tuple(repo.received_months(session, wanted)))


COLUMNS = ("id", "received", "verdict", "reason", "status", "organisation", "country", "sector",
           "ai_system", "questionnaire", "questionnaire_version", "band", "score", "red_flags",
           "signer", "signer_fingerprint", "reference", "claimed_signing_time", "reviewer",
           "due_date", "previous_id", "file", "sha256")


def _cell(value: object) -> object:
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return "" if value is None else value


def _safe_text(value: object) -> object:
    """Spreadsheet programs run a cell starting with = + - @ as a formula: keep it text."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def table_rows(inbox: Inbox, wanted: InboxFilter | None,
               with_answers: bool) -> tuple[list[str], list[list[object]]]:
    """One row per report; with_answers adds one column per question (values as text)."""
    submissions = inbox.list(wanted, sort="id", descending=False)
    header = list(COLUMNS)
    answers_by_id: dict[int, dict[str, object]] = {}
    if with_answers:
        answers_by_id = inbox.answer_values(s.id for s in submissions)
        questions = sorted({qid for answers in answers_by_id.values() for qid in answers})
        header += [f"answer:{qid}" for qid in questions]
    rows: list[list[object]] = []
    for submission in submissions:
        data = submission.to_json()
        data["file"] = submission.file_name
        row = [_safe_text(_cell(data.get(column))) for column in COLUMNS]
        if with_answers:
            answers = answers_by_id.get(submission.id, {})
            row += [_safe_text(_cell(answers.get(h.split(":", 1)[1])))
                    for h in header[len(COLUMNS):]]
        rows.append(row)
    return header, rows


def export_csv(inbox: Inbox, out: Path, wanted: InboxFilter | None = None,
               with_answers: bool = False) -> int:
    header, rows = table_rows(inbox, wanted, with_answers)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows(rows)
    # UTF-8 with a byte-order mark: Excel then reads Thai, Khmer or Malay names correctly.
    out.write_text(buffer.getvalue(), encoding="utf-8-sig", newline="")
    return len(rows)


def export_xlsx(inbox: Inbox, out: Path, wanted: InboxFilter | None = None,
                with_answers: bool = False) -> int:
    from openpyxl import Workbook

    header, rows = table_rows(inbox, wanted, with_answers)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Submissions")
    sheet.append(header)
    for row in rows:
        sheet.append([_xlsx_value(v) for v in row])
    summary = summarise(inbox, wanted)
    totals = book.create_sheet("Summary")
    totals.append(["figure", "value", "count"])
    for name, counts in (("verdict", summary.by_verdict), ("band", summary.by_band),
                         ("country", summary.by_country), ("sector", summary.by_sector),
                         ("questionnaire", summary.by_questionnaire),
                         ("status", summary.by_status), ("red flag", summary.top_red_flags),
                         ("month", summary.by_month)):
        for value, count in counts:
            totals.append([name, _xlsx_value(value), count])
    book.save(out)
    return len(rows)


def _xlsx_value(value: object) -> object:
    # openpyxl refuses control characters in cells; received text is already cleaned, but
    # answers' free text is not, so strip them here.
    if isinstance(value, str):
        return "".join(ch for ch in value if ch.isprintable() or ch in "\n\t")
    return value


def write_summary_pdf(out: Path, title: str, subtitle: str,
                      charts: list[tuple[str, list[tuple[str, int]]]]) -> Path:
    """The dashboard as a PDF: the same counts, as ReportLab bar charts."""
    from aisafe_desktop.reporting.summary_pdf import render_summary
    from aisafe_desktop.services.pdf_reports import write_atomically

    write_atomically(out, render_summary(title, subtitle, charts))
    return out


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def named(summary: InboxSummary, catalogue: Any, language: str) -> InboxSummary:
    """The same counts with bands, red flags and recommendations named in the questionnaires' own
    words in `language` (ids that no installed questionnaire knows stay as they are)."""
    from dataclasses import replace

    flags: dict[str, str] = {}
    recommendations: dict[str, str] = {}
    for entry in catalogue.entries:
        q = entry.questionnaire
        for flag in q.scoring.red_flags:
            flags.setdefault(flag.id, _short(flag.message.get(language, q.default_language)))
        for rec in q.recommendations:
            text = rec.title or rec.text
            recommendations.setdefault(rec.id, _short(text.get(language, q.default_language)))
    from aisafe_desktop.services.inbox_view import band_titles

    titles = band_titles(catalogue, language)
    by_title: dict[str, int] = {}
    for band, count in summary.by_band:  # two stored titles of one band count as one
        title = titles.get(band, band)
        by_title[title] = by_title.get(title, 0) + count
    return replace(
        summary,
        by_band_title=tuple(sorted(by_title.items(), key=lambda item: (-item[1], item[0]))),
        top_red_flags=tuple((flags.get(i, i), n) for i, n in summary.top_red_flags),
        top_recommendations=tuple((recommendations.get(i, i), n)
                                  for i, n in summary.top_recommendations))
