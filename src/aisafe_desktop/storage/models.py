"""The database tables as typed SQLAlchemy 2 models.

Values of answers are stored as JSON text (a choice, a list of choices, a number, a text or a date
string), so the table never needs to change when a question type is added. Timestamps are stored as
UTC and come back timezone-aware.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from aisafe_desktop.core.status import BY_VALUE, AssessmentStatus
from aisafe_desktop.storage.timestamps import utc_from_text, utc_text

# Fixed constraint names make Alembic batch migrations (which rebuild SQLite tables) predictable.
NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTime(TypeDecorator[dt.datetime]):
    """An aware UTC datetime stored as ISO 8601 text, so it sorts and reads the same everywhere."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> str | None:
        return None if value is None else utc_text(value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> dt.datetime | None:
        return None if value is None else utc_from_text(value)


class StatusColumn(TypeDecorator[AssessmentStatus]):
    """An AssessmentStatus stored as its text value ("draft", "completed", "exported")."""

    impl = String(16)
    cache_ok = True

    def process_bind_param(self, value: AssessmentStatus | None,
                           dialect: Dialect) -> str | None:
        return None if value is None else AssessmentStatus(value).value

    def process_result_value(self, value: str | None,
                             dialect: Dialect) -> AssessmentStatus | None:
        return None if value is None else BY_VALUE[value]


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class ProfileRow(Base):
    """The organisation profile: one row (id 1)."""

    __tablename__ = "organisation_profile"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    registration_number: Mapped[str] = mapped_column(Text, default="")
    country: Mapped[str] = mapped_column(String(2), default="")
    sector: Mapped[str] = mapped_column(Text, default="")
    size: Mapped[str] = mapped_column(Text, default="")
    contact_name: Mapped[str] = mapped_column(Text, default="")
    contact_email: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class AiSystemRow(Base):
    __tablename__ = "ai_systems"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    purpose: Mapped[str] = mapped_column(Text, default="")
    vendor: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(Text, default="in use")
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class QuestionnaireSourceRow(Base):
    """A stored copy of a questionnaire's YAML bytes, keyed by their SHA-256.

    Assessments point here, so each one can be re-opened and re-scored exactly even if the shipped
    file changes or disappears; identical texts are stored once however many assessments use them.
    """

    __tablename__ = "questionnaire_sources"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    questionnaire_id: Mapped[str] = mapped_column(Text)
    version: Mapped[str] = mapped_column(Text)
    title_json: Mapped[str] = mapped_column(Text)  # {"en": "…"}: lists need no YAML parse
    bands_json: Mapped[str] = mapped_column(Text)  # {"band-id": {"en": "…"}}
    source: Mapped[bytes] = mapped_column(LargeBinary)
    stored_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class AssessmentRow(Base):
    __tablename__ = "assessments"
    __table_args__ = (
        CheckConstraint("status IN ({})".format(", ".join(f"'{s.value}'" for s in AssessmentStatus)),
                        name="status"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    ai_system_id: Mapped[int | None] = mapped_column(
        ForeignKey("ai_systems.id", ondelete="SET NULL"))
    questionnaire_id: Mapped[str] = mapped_column(Text)
    questionnaire_version: Mapped[str] = mapped_column(Text)
    questionnaire_sha256: Mapped[str] = mapped_column(
        ForeignKey("questionnaire_sources.sha256"))
    language: Mapped[str] = mapped_column(String(8))
    status: Mapped[AssessmentStatus] = mapped_column(StatusColumn, default=AssessmentStatus.DRAFT)
    # Progress kept on the row, updated in the answer's own transaction: listing never re-scores.
    answered: Mapped[int] = mapped_column(Integer, default=0)
    applicable: Mapped[int] = mapped_column(Integer, default=0)
    band_id: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    completed_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    trashed_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)


class AnswerRow(Base):
    """The current answer to one question; every change is also appended to the history."""

    __tablename__ = "answers"
    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("assessments.id", ondelete="CASCADE"), primary_key=True)
    question_id: Mapped[str] = mapped_column(Text, primary_key=True)
    value_json: Mapped[str | None] = mapped_column(Text)  # None: unanswered (a comment may remain)
    comment: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class HistoryRow(Base):
    """Append-only: database triggers refuse UPDATE, and DELETE while the assessment exists."""

    __tablename__ = "answer_history"
    __table_args__ = (Index("ix_answer_history_assessment_id", "assessment_id", "question_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessments.id", ondelete="CASCADE"))
    question_id: Mapped[str] = mapped_column(Text)
    old_value_json: Mapped[str | None] = mapped_column(Text)
    new_value_json: Mapped[str | None] = mapped_column(Text)
    old_comment: Mapped[str | None] = mapped_column(Text)
    new_comment: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text, default="answer")
    changed_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    os_user: Mapped[str] = mapped_column(Text)


class ExportRow(Base):
    """A report written from an assessment (added by revision 0002)."""

    __tablename__ = "exports"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("assessments.id", ondelete="CASCADE"), index=True)
    file_name: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    signer_fingerprint: Mapped[str | None] = mapped_column(Text)
    exported_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    # who exported: the signing identity's name (revision 0008; "" before it). Not the OS account,
    # which the answers document leaves out: the signer's name is in the signature already.
    signed_by: Mapped[str] = mapped_column(Text, default="")


class AssessmentEventKind(StrEnum):
    """What an `assessment_events` row records."""

    CREATED = "created"  # who created it (since round 5; earlier ones have no such row)
    COMPLETED = "completed"
    UPGRADED = "upgraded"


class AssessmentEventRow(Base):
    """Append-only (revision 0007; triggers as on the answer history): a step in an assessment's
    life that leaves no answer history and no other lasting record: each completion (the
    assessment row keeps only the latest), each upgrade (which need not change any answer), and
    who created it (the moment is also the assessment's `created_at`). Exports are the `exports`
    rows."""

    __tablename__ = "assessment_events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("assessments.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # an AssessmentEventKind value
    detail: Mapped[str] = mapped_column(Text, default="")  # upgraded: the version upgraded to
    occurred_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    os_user: Mapped[str] = mapped_column(Text, default="")


class ActionItemRow(Base):
    """One recommendation of an assessment as a checklist item (revision 0006)."""

    __tablename__ = "action_items"
    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("assessments.id", ondelete="CASCADE"), primary_key=True)
    recommendation_id: Mapped[str] = mapped_column(Text, primary_key=True)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    owner: Mapped[str] = mapped_column(Text, default="")
    due_date: Mapped[str] = mapped_column(String(10), default="")  # YYYY-MM-DD or ""
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class TrustedSignerRow(Base):
    """A signer the user trusts (revision 0003). `der` is None when only the SHA-256 fingerprint
    was given (e.g. read out over the phone)."""

    __tablename__ = "trusted_signers"
    fingerprint: Mapped[str] = mapped_column(String(95), primary_key=True)  # AB:CD:… (SHA-256)
    subject: Mapped[str] = mapped_column(Text, default="")
    der: Mapped[bytes | None] = mapped_column(LargeBinary)
    note: Mapped[str] = mapped_column(Text, default="")
    added_by: Mapped[str] = mapped_column(Text)
    added_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class TrustedCaRow(Base):
    """An issuing certificate authority the user trusts (revision 0003), with its latest CRL."""

    __tablename__ = "trusted_cas"
    fingerprint: Mapped[str] = mapped_column(String(95), primary_key=True)
    subject: Mapped[str] = mapped_column(Text)
    der: Mapped[bytes] = mapped_column(LargeBinary)
    note: Mapped[str] = mapped_column(Text, default="")
    added_by: Mapped[str] = mapped_column(Text)
    added_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    crl_der: Mapped[bytes | None] = mapped_column(LargeBinary)
    crl_issued_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)


class ReceiptRow(Base):
    """A signed review receipt an agency sent back about an exported report (revision 0005)."""

    __tablename__ = "review_receipts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("assessments.id", ondelete="CASCADE"), index=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)  # of the receipt file
    report_sha256: Mapped[str] = mapped_column(String(64))
    report_reference: Mapped[str] = mapped_column(Text, default="")
    decision: Mapped[str] = mapped_column(String(16))
    decided_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    due_date: Mapped[str] = mapped_column(String(10), default="")  # YYYY-MM-DD or ""
    reviewer: Mapped[str] = mapped_column(Text, default="")
    agency: Mapped[str] = mapped_column(Text, default="")
    signer: Mapped[str] = mapped_column(Text, default="")
    signer_fingerprint: Mapped[str] = mapped_column(String(64), default="")
    trusted: Mapped[bool] = mapped_column(Boolean, default=False)
    comments: Mapped[str] = mapped_column(Text, default="[]")  # JSON [{question, text}]
    received_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    data: Mapped[bytes] = mapped_column(LargeBinary)  # the receipt file, byte for byte
