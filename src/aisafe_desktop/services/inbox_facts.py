"""What the inbox stores about a received file, taken only from a completed verification.

Every received file is hostile: its facts are read from the verified, signed answers and the
re-scored result, each field checked for type and cut to a bounded length. A file that is not
intact keeps only what can be shown safely (its name, size, hash and the reason).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from aisafe_desktop.reporting.verify_reasons import Finding
from aisafe_desktop.storage.inbox_models import Verdict

MAX_TEXT = 500  # a field shown in a table cell; longer text is cut, never stored whole
MAX_ANSWERS_JSON = 4 * 1024 * 1024


@dataclass(frozen=True)
class SubmissionFacts:
    """A verified file, ready to store; `data` is the original file, byte for byte."""

    file_name: str
    data: bytes = field(repr=False)
    verdict: Verdict
    reason: str
    intact: bool = False
    signer: str = ""
    signer_fingerprint: str = ""
    organisation: str = ""
    country: str = ""
    sector: str = ""
    ai_system: str = ""
    title: str = ""
    questionnaire_id: str = ""
    questionnaire_version: str = ""
    questionnaire_sha256: str = ""
    band: str = ""
    band_title: str = ""
    score: float | None = None
    red_flags: tuple[str, ...] = ()
    recommendations: tuple[str, ...] = ()
    reference: str = ""
    claimed_signing_time: dt.datetime | None = None
    answers_json: str = ""
    digest: str = ""  # set when the bytes are not kept (unreadable or too large)
    # `reason` as findings (reason templates + parameters), shown in the reader's language
    findings: tuple[Finding, ...] = ()

    @property
    def sha256(self) -> str:
        return self.digest or hashlib.sha256(self.data).hexdigest()


def clean_text(value: object, limit: int = MAX_TEXT) -> str:
    """A plain one-line text from an untrusted value: no control characters, bounded length."""
    if not isinstance(value, str):
        return ""
    kept = "".join(ch if ch.isprintable() else " " for ch in value[: limit * 2])
    return " ".join(kept.split())[:limit]


def fingerprint_hex(value: str) -> str:
    """A SHA-256 fingerprint as stored: 64 lower-case hex digits ("AB:CD:…" is how it is shown);
    "" when the value is not one."""
    from aisafe_desktop.reporting.identity import normalise_fingerprint

    shown = normalise_fingerprint(value)
    return shown.replace(":", "").lower() if shown else ""


def _ids(value: object) -> tuple[str, ...]:
    if not isinstance(value, list):
        return ()
    out: list[str] = []
    for item in value[:200]:
        if isinstance(item, Mapping):
            item = item.get("id")
        text = clean_text(item, 120)
        if text:
            out.append(text)
    return tuple(out)


def document_facts(extra: Mapping[str, Any]) -> dict[str, Any]:
    """Organisation, AI system and reference from the signed answers' own (checked) fields."""
    organisation = extra.get("organisation")
    org: Mapping[str, Any] = organisation if isinstance(organisation, Mapping) else {}
    return {
        "organisation": clean_text(org.get("name")),
        "country": clean_text(org.get("country"), 8).upper(),
        "sector": clean_text(org.get("sector")),
        "ai_system": clean_text(extra.get("ai_system")),
        "title": clean_text(extra.get("title")),
        "reference": clean_text(extra.get("reference"), 80),
    }


def result_facts(result: Mapping[str, Any]) -> dict[str, Any]:
    """Band, score, red flags and recommendations of a re-scored result (`ScoreResult.to_json`)."""
    overall = result.get("overall")
    score = float(overall) if isinstance(overall, int | float) and not isinstance(overall, bool) \
        else None
    return {
        "band": clean_text(result.get("band"), 80),
        "score": score,
        "red_flags": _ids(result.get("red_flags")),
        "recommendations": _ids(result.get("recommendations")),
    }


def answers_text(document_json: Mapping[str, Any]) -> str:
    """The answers document as stored for the report view (bounded; dropped when too large)."""
    text = json.dumps(document_json, ensure_ascii=False, sort_keys=True)
    return text if len(text) <= MAX_ANSWERS_JSON else ""
