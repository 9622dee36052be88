"""Many stored reports at once, written directly (no PDFs): for the table's query tests."""

from __future__ import annotations

import datetime as dt
import json
import random

from sqlalchemy import insert

from aisafe_desktop.storage.inbox_db import InboxDatabase
from aisafe_desktop.storage.inbox_models import SubmissionRow

COUNTRIES = ("BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "TL", "VN")
SECTORS = ("Finance", "Retail", "Health", "Public sector", "Logistics", "Education")
BANDS = ("level-i", "level-ii", "level-iii", "level-iv")
FLAGS = ["rf-emotion", "rf-social-scoring", "rf-face"]


def fill(database: InboxDatabase, count: int, seed: int = 3) -> None:
    """`count` reports, one every nine hours back from now (a few months); organisations repeat
    (ties when sorting)."""
    rng = random.Random(seed)
    now = dt.datetime.now(dt.UTC)
    rows = [{
        "sha256": f"{index:064x}", "file_name": f"report-{index}.pdf", "size": 90_000,
        "received_at": now - dt.timedelta(hours=9 * index), "received_by": "test",
        "verdict": rng.choice(("trusted", "trusted", "untrusted", "invalid")), "reason": "",
        "intact": True, "signer": f"Signer {index}", "signer_fingerprint": f"{index:064x}",
        "organisation": f"Business {index % 97}", "country": rng.choice(COUNTRIES),
        "sector": rng.choice(SECTORS), "ai_system": f"System {index % 7}", "title": "",
        "questionnaire_id": rng.choice(("ai-system-risk-triage",
                                        "asean-ai-governance-readiness")),
        "questionnaire_version": "1.0.0", "questionnaire_sha256": "", "band": rng.choice(BANDS),
        "band_title": "", "score": rng.random() * 100,
        "red_flags": json.dumps(rng.sample(FLAGS, rng.randint(0, 2))),
        "recommendations": "[]", "reference": f"R-{index}", "claimed_signing_time": now,
        "answers_json": "{}", "status": rng.choice(("new", "under-review", "accepted")),
        "reviewer": "", "due_date": None, "previous_id": None, "version": 1}
        for index in range(count)]
    with database.engine.begin() as connection:
        for start in range(0, count, 1000):
            connection.execute(insert(SubmissionRow), rows[start:start + 1000])
