"""Shared fixtures: one RSA-3072 identity and one signed report per test session (keys are slow)."""

from __future__ import annotations

import pytest

from aisafe_desktop.core.loader import load_file
from aisafe_desktop.services import identities, pdf_reports
from tests.reporting.support import (
    DATA,
    PASSPHRASE,
    SignedReport,
    StoredKey,
    mini_answers,
)


@pytest.fixture(scope="session")
def rsa_key(tmp_path_factory: pytest.TempPathFactory) -> StoredKey:
    folder = tmp_path_factory.mktemp("identity")
    stored = identities.create_identity(
        folder / "signer.p12", name="Siti Aminah", organisation="Contoh Kewangan Sdn Bhd",
        country="MY", passphrase=PASSPHRASE, email="siti@contoh.example",
    )  # fmt: skip
    return StoredKey(stored.path, identities.open_identity(stored.path, PASSPHRASE))


@pytest.fixture(scope="session")
def mini_ref() -> pdf_reports.QuestionnaireRef:
    loaded = load_file(DATA / "mini-risk.yaml")
    assert loaded.ok and loaded.questionnaire is not None, loaded.problems
    return pdf_reports.QuestionnaireRef(loaded.questionnaire, loaded.sha256)


@pytest.fixture(scope="session")
def lookup(mini_ref: pdf_reports.QuestionnaireRef) -> pdf_reports.Lookup:
    return pdf_reports.catalogue_lookup(None, [mini_ref])


@pytest.fixture(scope="session")
def signed_report(
    tmp_path_factory: pytest.TempPathFactory, rsa_key: StoredKey,
    mini_ref: pdf_reports.QuestionnaireRef,
) -> SignedReport:  # fmt: skip
    out = tmp_path_factory.mktemp("report") / "report.pdf"
    document = mini_answers()
    steps: list[str] = []
    result = pdf_reports.export_report(
        mini_ref, document, rsa_key.identity, out,
        profile={"name": "Contoh Kewangan Sdn Bhd", "country": "MY", "sector": "Finance"},
        progress=lambda name, _done: steps.append(name),
    )  # fmt: skip
    return SignedReport(out, out.read_bytes(), result, document, tuple(steps))
