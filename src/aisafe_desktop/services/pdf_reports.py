"""Export, verify and extract signed PDF reports: the use cases shared by the GUI and the CLI.

export: score → render (ReportLab) → attach the answers document + PDF/A-3b (pikepdf) → sign
(pyHanko) → write atomically. verify: strict signature policy, answers from the signed revision,
re-score with the questionnaire named inside and compare with the stated result.
Errors are the typed `reporting.errors` classes; results are small dataclasses.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from aisafe_desktop import __version__
from aisafe_desktop.core import files
from aisafe_desktop.core.answers import AnswersDocument, check_answers, missing_required
from aisafe_desktop.core.errors import Message
from aisafe_desktop.core.model import Questionnaire
from aisafe_desktop.core.scoring import ScoreResult, score
from aisafe_desktop.reporting import identity as ident
from aisafe_desktop.reporting.errors import ExtractError, IdentityError, ReportError
from aisafe_desktop.reporting.verify import Check, TrustList, VerifyResult, trust_from

GENERATOR = f"AISafe Desktop {__version__}"


@dataclass(frozen=True)
class QuestionnaireRef:
    """A questionnaire with the SHA-256 of its YAML source (recorded in the report)."""

    questionnaire: Questionnaire
    sha256: str = ""


@dataclass(frozen=True)
class ExportResult:
    path: Path
    fingerprint: str
    band: str
    pages: int
    pdfa: bool
    answers_sha256: str
    # what the person should know about the file made: English as `str(note)` (the CLI), a
    # template + parameters the GUI shows in its own language (gui/error_texts.py)
    notes: tuple[Message, ...] = ()
    reference: str = ""
    # question id → characters drawn as U+FFFD (no bundled font has them)
    replaced_characters: Mapping[str, list[str]] = field(default_factory=dict)


def embedded_document(
    document: AnswersDocument,
    ref: QuestionnaireRef,
    result: ScoreResult,
    profile: Mapping[str, Any] | None,
    created: dt.datetime,
    language: str | None = None,
) -> AnswersDocument:
    """The answers document as it travels inside the PDF: + organisation profile and result.

    `language` is the language the pages are written in: the verifier compares what the pages
    state in that language with the data, so the document must name it (a report rendered in
    Thai from an English document was otherwise checked against the English band names)."""
    extra = dict(document.extra)
    if profile:
        # JSON-safe copy: the profile comes from forms or files, dates/enums become text
        extra["organisation"] = json.loads(json.dumps(dict(profile), default=str))
    extra["result"] = result.to_json()
    extra["created"] = created.strftime("%Y-%m-%dT%H:%M:%SZ")
    extra["reference"] = new_reference(created)  # new for every export, even of the same answers
    extra["complete"] = not _missing_required(ref, document)
    extra["generator"] = GENERATOR
    return replace(
        document,
        questionnaire_sha256=ref.sha256 or document.questionnaire_sha256,
        language=language or document.language,
        extra=extra,
    )


def new_reference(created: dt.datetime) -> str:
    """A unique report reference: date plus 40 random bits, e.g. AIS-20261207-7KQ2M9XD."""
    import base64
    import secrets

    token = base64.b32encode(secrets.token_bytes(5)).decode("ascii")
    return f"AIS-{created:%Y%m%d}-{token}"


def _missing_required(ref: QuestionnaireRef, document: AnswersDocument) -> bool:
    problems = check_answers(ref.questionnaire, document, require_complete=True)
    return bool(missing_required(problems))


def _check_document(ref: QuestionnaireRef, document: AnswersDocument, complete: bool) -> None:
    q = ref.questionnaire
    if (document.questionnaire_id, document.questionnaire_version) != (q.id, q.version):
        raise ReportError(
            "the answers are for {questionnaire} {version}, not {expected} {expected_version}; "
            "choose the matching questionnaire", questionnaire=document.questionnaire_id,
            version=document.questionnaire_version, expected=q.id, expected_version=q.version)
    problems = check_answers(q, document, require_complete=complete)
    if problems:
        listed = [p.text for p in problems[:5]]
        if len(problems) > 5:
            raise ReportError("the answers cannot be exported yet: {problems} (and {more} more)",
                              problems=listed, more=len(problems) - 5)
        raise ReportError("the answers cannot be exported yet: {problems}", problems=listed)


def unsupported_characters(document: AnswersDocument) -> dict[str, list[str]]:
    """Question id → characters no bundled font can draw (emoji, CJK, ...) in its answer or
    comment. The export goes on; the report shows U+FFFD in their place."""
    from aisafe_desktop.reporting import fonts

    found = {}
    for qid, answer in document.answers.items():
        texts = [answer.value] if isinstance(answer.value, str) else []
        texts += [answer.comment] if answer.comment else []
        missing = sorted({c for text in texts for c in fonts.unsupported(text)})
        if missing:
            found[qid] = missing
    return found


def glyph_notes(replaced: Mapping[str, list[str]]) -> tuple[Message, ...]:
    """The export's notes naming each answer concerned and the characters replaced."""
    from aisafe_desktop.reporting.fonts import REPLACEMENT

    notes = []
    for qid, missing in replaced.items():
        shown = " ".join(c if c.isprintable() else f"U+{ord(c):04X}" for c in missing[:10])
        notes.append(Message("the answer to '{question}' has characters no bundled font can "
                             "draw ({characters}); the report shows {replacement} in their place",
                             question=qid, characters=shown, replacement=REPLACEMENT))
    return tuple(notes)


def write_atomically(path: Path, data: bytes) -> None:
    """Write next to the target, then rename: an existing report is never left half-written."""
    try:
        files.write_atomically(path, data)  # nothing is left behind when it fails
    except OSError as error:
        raise ReportError("cannot write {file}: {reason}", file=path,
                          reason=error.strerror or error) from error


def warm_up() -> None:
    """Do the one-time work of the first export ahead of time (about 1-2 s: imports of the PDF
    libraries, font registration, the stamp font). Optional; a GUI may call it in a worker."""
    from aisafe_desktop.reporting import fonts, signing, verify

    fonts.ensure_registered()
    signing.prepare_stamp_font()
    verify.import_libraries()


Progress = Callable[[str, float], None]
"""Called with a step name ("render", "pdfa", "sign", "write") and the fraction done."""


def _context(
    ref: QuestionnaireRef, document: AnswersDocument, identity: ident.Identity, language: str,
    profile: Mapping[str, Any] | None, created: dt.datetime, result: ScoreResult | None = None,
) -> tuple[Any, bytes]:  # fmt: skip
    from aisafe_desktop.reporting import report

    result = result or score(ref.questionnaire, document)
    embedded = embedded_document(document, ref, result, profile, created, language)
    payload = embedded.to_bytes()
    context = report.ReportContext(
        questionnaire=ref.questionnaire, document=embedded, result=result, language=language,
        organisation=dict(profile or embedded.extra.get("organisation") or {}),
        signer=identity.info, questionnaire_sha256=ref.sha256,
        answers_sha256=hashlib.sha256(payload).hexdigest(), app_version=__version__,
        created=created,
    )  # fmt: skip
    return context, payload


def export_report(
    ref: QuestionnaireRef,
    document: AnswersDocument,
    identity: ident.Identity,
    out: Path,
    *,
    language: str | None = None,
    profile: Mapping[str, Any] | None = None,
    require_complete: bool = True,
    progress: Progress | None = None,
    result: ScoreResult | None = None,
) -> ExportResult:
    """Render, attach, make PDF/A-3b, sign and write the report to `out`. `result` is the
    score of `document` when the caller has it already (it is computed here otherwise).

    Blocking (about a second); a GUI runs it in a worker and passes `progress`.
    """
    from aisafe_desktop.reporting import pdfa, report, signing

    step = progress or (lambda _name, _done: None)
    _check_document(ref, document, require_complete)
    q = ref.questionnaire
    language = language or document.language or q.default_language
    created = dt.datetime.now(dt.UTC).replace(microsecond=0)
    context, payload = _context(ref, document, identity, language, profile, created, result)
    step("render", 0.0)
    rendered = report.render(context)
    step("pdfa", 0.5)
    archived = pdfa.make_pdfa3(rendered.pdf, payload, producer=signing.producer(), created=created)
    step("sign", 0.65)
    signed = signing.sign_pdf(
        archived, identity, reason=f"AI assessment: {q.id} {q.version}",
        location=identity.info.country, place=rendered.stamp, language=language,
    )  # fmt: skip
    step("write", 0.95)
    write_atomically(out, signed.data)
    step("done", 1.0)
    replaced = unsupported_characters(document)
    return ExportResult(
        out, identity.info.fingerprint, context.result.band, rendered.pages, signed.pdfa_kept,
        context.answers_sha256, (*glyph_notes(replaced), *signed.notes), context.reference,
        replaced,
    )  # fmt: skip


def load_trust(entries: Iterable[str]) -> TrustList:
    """--trust values: SHA-256 fingerprints, or files holding a PEM/DER certificate."""
    items: list[Any] = []
    for entry in entries:
        fingerprint = ident.normalise_fingerprint(entry)
        if fingerprint is not None:
            items.append(fingerprint)
            continue
        path = Path(entry)
        if not path.is_file():
            raise IdentityError("the trust entry {entry} is neither a SHA-256 fingerprint (64 "
                                "hex digits) nor a certificate file", entry=repr(entry))
        items.append(ident.load_certificate(path.read_bytes(), str(path)))
    return trust_from(items)


Lookup = Callable[[str, str], QuestionnaireRef | None]
CHECK_DOCUMENT = "answers document"


@dataclass(frozen=True)
class ReportVerification:
    path: Path
    signature: VerifyResult
    checks: tuple[Check, ...] = ()
    document: AnswersDocument | None = field(default=None, repr=False)
    stated_band: str | None = None
    rescored_band: str | None = None
    incomplete: bool = False  # valid, but marked incomplete: required answers are missing
    rescored: ScoreResult | None = field(default=None, repr=False)  # the answers scored again

    @property
    def all_checks(self) -> tuple[Check, ...]:
        return (*self.signature.checks, *self.checks)

    @property
    def valid(self) -> bool:
        return self.signature.valid and all(c.passed is not False for c in self.checks)

    @property
    def reason(self) -> str:
        failed = [f"{c.name}: {c.detail}" for c in self.all_checks if c.passed is False]
        return "; ".join(failed) if failed else "valid"


def verify_report_bytes(
    data: bytes, path: Path, trust: TrustList | None, lookup: Lookup
) -> ReportVerification:
    """Signature, then the answers' schema, then questionnaire rules, result and pages."""
    from aisafe_desktop.reporting.verify import failed, passed, verify_pdf
    from aisafe_desktop.reporting.verify_reasons import Reason
    from aisafe_desktop.services import answers_schema, page_claims, received_checks

    opened: list[Any] = []  # the reader verify_pdf used: the pages are read from it
    signature = verify_pdf(data, trust, source=str(path), opened=opened)
    if signature.answers is None:
        return ReportVerification(path, signature)
    try:
        document = answers_schema.received_document(signature.answers)
    except answers_schema.SchemaError as error:
        bad = failed(CHECK_DOCUMENT, Reason.ANSWERS_FIELD, path=error.path, problem=error.problem)
        return ReportVerification(path, signature, (bad,))
    ok = passed(CHECK_DOCUMENT, Reason.DOCUMENT_OK)
    outcome = received_checks.check_received(document, lookup)
    checks = [ok, *outcome.checks]
    rescored = outcome.rescored
    ref = lookup(document.questionnaire_id, document.questionnaire_version)
    if rescored is not None and ref is not None and signature.intact:  # untrusted files too
        checks.append(page_claims.check_pages(data, signature, document, ref.questionnaire, rescored,
                                              opened[0] if opened else None))
    return ReportVerification(
        path, signature, tuple(checks), document, outcome.stated_band,
        rescored.band if rescored else None, outcome.incomplete, rescored,
    )  # fmt: skip


def _unreadable(path: Path, reason: Any, **params: Any) -> ReportVerification:
    from aisafe_desktop.reporting.verify import failed

    return ReportVerification(path, VerifyResult(str(path), (failed("readable", reason, **params),)))


def verify_reports(
    paths: Iterable[Path], trust: TrustList | None, lookup: Lookup
) -> list[ReportVerification]:
    """Verify each file; every file gets a verdict, whatever it holds (never an exception)."""
    from aisafe_desktop.reporting import pdf_limits
    from aisafe_desktop.reporting.verify_reasons import Reason

    results = []
    for path in paths:
        try:
            size = path.stat().st_size
            if size > pdf_limits.MAX_FILE_BYTES:  # refused before a byte is read
                results.append(_unreadable(path, Reason.FILE_TOO_LARGE, size=size,
                                           limit=pdf_limits.MAX_FILE_BYTES))  # fmt: skip
                continue
            if not path.is_file():  # a device, a folder or a pipe: never read
                results.append(_unreadable(path, Reason.NOT_PDF))
                continue
            with path.open("rb") as handle:  # never more than the limit, even if it grows
                data = handle.read(pdf_limits.MAX_FILE_BYTES + 1)
            results.append(verify_report_bytes(data, path, trust, lookup))
        except OSError:
            results.append(_unreadable(path, Reason.CANNOT_OPEN))
        except Exception:  # a bug must not hide the verdicts of the other files
            results.append(_unreadable(path, Reason.DAMAGED))
    return results


def extract_answers(path: Path) -> bytes:
    """The answers document bytes, exactly as signed (the report must verify)."""
    from aisafe_desktop.reporting.verify import extract_answers as extract

    try:
        data = path.read_bytes()
    except OSError as error:
        raise ExtractError("cannot read {file}: {reason}", file=path,
                           reason=error.strerror) from error
    return extract(data)


def catalogue_lookup(catalogue: Any | None, extra: Iterable[QuestionnaireRef] = ()) -> Lookup:
    """Look in user-given questionnaires first, then in the catalogue (services.questionnaires)."""
    given = list(extra)

    def lookup(questionnaire_id: str, version: str) -> QuestionnaireRef | None:
        for ref in given:
            if (ref.questionnaire.id, ref.questionnaire.version) == (questionnaire_id, version):
                return ref
        if catalogue is None:
            return None
        try:
            entry = catalogue.find(questionnaire_id, version)
        except LookupError:
            return None
        return QuestionnaireRef(entry.questionnaire, entry.sha256)

    return lookup
