"""The agency inbox's tables: received reports, their original bytes and their review history.

The inbox is its own database (a SQLite file in the data folder by default, or a shared PostgreSQL
server for a national programme), separate from the person's own assessments: officers share it,
the assessments stay private. The same models and migrations serve both dialects, so column types
are the portable ones (Text, Integer, Float, LargeBinary, aware timestamps stored as ISO text).
"""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from aisafe_desktop.core.verdicts import Verdict
from aisafe_desktop.storage.models import NAMING, UtcDateTime

__all__ = ["EventKind", "InboxBase", "ReviewStatus", "SubmissionEventRow", "SubmissionFileRow",
           "SubmissionRow", "Verdict"]


class ReviewStatus(enum.StrEnum):
    """Where a submission stands in the agency's review."""

    NEW = "new"
    UNDER_REVIEW = "under-review"
    ACCEPTED = "accepted"
    RETURNED = "returned"


class EventKind(enum.StrEnum):
    RECEIVED = "received"
    STATUS = "status"
    COMMENT = "comment"


def _one_of(column: str, values: type[enum.StrEnum]) -> str:
    return f"{column} IN ({', '.join(repr(v.value) for v in values)})"


class InboxBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class SubmissionRow(InboxBase):
    """One received file, with what verification found in it (never the answers' own claims alone)."""

    __tablename__ = "submissions"
    __table_args__ = (
        CheckConstraint(_one_of("verdict", Verdict), name="verdict"),
        CheckConstraint(_one_of("status", ReviewStatus), name="status"),
        Index("ix_submissions_received", "received_at"),
        Index("ix_submissions_verdict", "verdict"),
        Index("ix_submissions_status", "status"),
        Index("ix_submissions_band", "band"),
        Index("ix_submissions_country", "country"),
        Index("ix_submissions_sector", "sector"),
        Index("ix_submissions_questionnaire", "questionnaire_id"),
        Index("ix_submissions_lineage", "organisation", "ai_system", "questionnaire_id"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)  # a file added twice is stored once
    file_name: Mapped[str] = mapped_column(Text)
    size: Mapped[int] = mapped_column(Integer)
    received_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    received_by: Mapped[str] = mapped_column(Text, default="")
    verdict: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(Text, default="")  # English, as the CLI prints it
    # the same as findings (reason templates + parameters, JSON): shown in the reader's language
    reason_json: Mapped[str] = mapped_column(Text, default="", server_default="")
    intact: Mapped[bool] = mapped_column(Boolean, default=False)
    signer: Mapped[str] = mapped_column(Text, default="")
    signer_fingerprint: Mapped[str] = mapped_column(String(64), default="")
    organisation: Mapped[str] = mapped_column(Text, default="")
    country: Mapped[str] = mapped_column(String(8), default="")
    sector: Mapped[str] = mapped_column(Text, default="")
    ai_system: Mapped[str] = mapped_column(Text, default="")
    title: Mapped[str] = mapped_column(Text, default="")
    questionnaire_id: Mapped[str] = mapped_column(Text, default="")
    questionnaire_version: Mapped[str] = mapped_column(Text, default="")
    questionnaire_sha256: Mapped[str] = mapped_column(String(64), default="")
    band: Mapped[str] = mapped_column(Text, default="")
    band_title: Mapped[str] = mapped_column(Text, default="")
    score: Mapped[float | None] = mapped_column(Float, nullable=True)
    red_flags: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of red-flag ids
    recommendations: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of ids
    reference: Mapped[str] = mapped_column(Text, default="")
    claimed_signing_time: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    answers_json: Mapped[str] = mapped_column(Text, default="")  # the signed answers, verified
    status: Mapped[str] = mapped_column(String(16), default=ReviewStatus.NEW.value)
    reviewer: Mapped[str] = mapped_column(Text, default="")
    due_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    previous_id: Mapped[int | None] = mapped_column(
        ForeignKey("submissions.id", ondelete="SET NULL"), nullable=True)
    # Optimistic locking: every review change bumps it; a stale update touches no row.
    version: Mapped[int] = mapped_column(Integer, default=1)


class SubmissionFileRow(InboxBase):
    """The original file, byte for byte, kept apart so that listing never loads it."""

    __tablename__ = "submission_files"
    submission_id: Mapped[int] = mapped_column(
        ForeignKey("submissions.id", ondelete="CASCADE"), primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class SubmissionEventRow(InboxBase):
    """Append-only: received, every status change and every review comment."""

    __tablename__ = "submission_events"
    __table_args__ = (
        CheckConstraint(_one_of("kind", EventKind), name="kind"),
        Index("ix_submission_events_submission", "submission_id", "id"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    submission_id: Mapped[int] = mapped_column(ForeignKey("submissions.id", ondelete="CASCADE"))
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    actor: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String(16))
    old_status: Mapped[str | None] = mapped_column(String(16), nullable=True)
    new_status: Mapped[str | None] = mapped_column(String(16), nullable=True)
    question_id: Mapped[str | None] = mapped_column(Text, nullable=True)  # None: the whole report
    comment: Mapped[str] = mapped_column(Text, default="")
    due_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
