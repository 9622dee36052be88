"""Helpers for the trust and CA tests: run `aisafe` in-process, make identities and reports."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes

from aisafe_desktop.cli.main import main
from aisafe_desktop.reporting import agency_ca
from aisafe_desktop.reporting import identity as ident

if TYPE_CHECKING:
    from aisafe_desktop.services.pdf_reports import QuestionnaireRef

QUESTIONNAIRE = Path(__file__).parents[1] / "reporting" / "data" / "mini-risk.yaml"
PASSPHRASE = "a long passphrase"
ANSWERS = {
    "format": "aisafe-answers/1",
    "questionnaire": {"id": "test-mini-risk", "version": "1.0.0"},
    "language": "en",
    "title": "Loan triage",
    "organisation": {"name": "Contoh Sdn Bhd", "country": "MY"},
    "answers": {"purpose": "Sorts loan applications.", "decisions": "assists",
                "personal-data": {"value": "yes", "comment": "Names."},
                "data-kinds": ["contact"], "oversight": 2},
}  # fmt: skip
VICTIM = ("Siti Aminah", "Contoh Sdn Bhd", "MY", "siti@contoh.example")


@dataclass
class Cli:
    """`aisafe --data-dir DATA ...` with a passphrase file, run in-process."""

    folder: Path
    capsys: pytest.CaptureFixture[str]

    @property
    def data(self) -> Path:
        return self.folder / "data"

    @property
    def secret(self) -> Path:
        path = self.folder / "pass.txt"
        if not path.exists():
            path.write_text(PASSPHRASE + "\n", encoding="utf-8")
        return path

    def __call__(self, *argv: str, passphrase: bool = False) -> tuple[int, str, str]:
        self.capsys.readouterr()
        extra = ("--passphrase-file", str(self.secret)) if passphrase else ()
        code = main(["--data-dir", str(self.data), *argv, *extra])
        out, err = self.capsys.readouterr()
        return code, out, err

    def ok(self, *argv: str, passphrase: bool = False) -> str:
        code, out, err = self(*argv, passphrase=passphrase)
        assert code == 0, (argv, out, err)
        return out

    def verify(self, *argv: str) -> tuple[int, dict[str, object]]:
        code, out, err = self("verify", *argv, "--questionnaire", str(QUESTIONNAIRE), "--json")
        [verdict] = json.loads(out)
        assert "Traceback" not in err
        return code, verdict

    def identity(self, name: str, who: tuple[str, str, str, str] = VICTIM) -> Path:
        out = self.folder / f"{name}.p12"
        self.ok("identity", "create", "--name", who[0], "--organisation", who[1], "--country",
                who[2], "--email", who[3], "--out", str(out), passphrase=True)  # fmt: skip
        return out

    def ca(self, name: str, title: str = "Agency AI Registry CA") -> Path:
        out = self.folder / f"{name}.p12"
        self.ok("ca", "create", "--name", title, "--organisation", "Digital Agency", "--country",
                "MY", "--out", str(out), passphrase=True)  # fmt: skip
        return out

    def certify(self, identity: Path, ca: Path, days: int = 30) -> Path:
        """request -> issue -> install-cert, as a business and its agency would."""
        csr, crt = identity.with_suffix(".csr"), identity.with_suffix(".crt")
        self.ok("identity", "request", str(identity), "--out", str(csr), passphrase=True)
        self.ok("ca", "issue", str(csr), "--ca", str(ca), "--out", str(crt), "--days", str(days),
                passphrase=True)  # fmt: skip
        self.ok("identity", "install-cert", str(identity), str(crt), passphrase=True)
        return crt

    def report(self, identity: Path, name: str) -> Path:
        answers = self.folder / "answers.json"
        answers.write_text(json.dumps(ANSWERS), encoding="utf-8")
        out = self.folder / f"{name}.pdf"
        self.ok("export", str(QUESTIONNAIRE), "--answers", str(answers), "--identity",
                str(identity), "--out", str(out), "--force", passphrase=True)  # fmt: skip
        return out


def expired_identity(ca_file: Path, identity_file: Path) -> ident.Identity:
    """The identity with a certificate from the CA that expired a year ago (install-cert
    refuses such a certificate, so the test builds the identity in memory)."""
    ca = ident.read_identity_file(ca_file, PASSPHRASE)
    me = ident.read_identity_file(identity_file, PASSPHRASE)
    now = dt.datetime.now(dt.UTC)
    ski = ca.certificate.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
    cert = (
        x509.CertificateBuilder()
        .subject_name(me.certificate.subject)
        .issuer_name(ca.certificate.subject)
        .public_key(me.key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=800))
        .not_valid_after(now - dt.timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(agency_ca._key_usage(sign=True, ca=False), critical=True)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ski), critical=False)
        .sign(ca.key, hashes.SHA256())
    )
    return ident.Identity(me.key, cert, (ca.certificate,), ident.describe(cert, me.key))


def signed_sample_report(folder: Path, answers: Mapping[str, object], name: str = "report.pdf"
                         ) -> tuple[Path, ident.Identity, QuestionnaireRef]:
    """A report of the mini questionnaire with `answers`, signed by a new identity (Nurul
    Aisyah, Kedai Runcit Harmoni): (the PDF, the identity, the questionnaire reference)."""
    from aisafe_desktop.core.answers import parse_answers_document
    from aisafe_desktop.core.loader import load_file
    from aisafe_desktop.services import identities, pdf_reports

    stored = identities.create_identity(folder / "me.p12", name="Nurul Aisyah",
                                        organisation="Kedai Runcit Harmoni", country="MY",
                                        passphrase=PASSPHRASE)
    identity = identities.open_identity(stored.path, PASSPHRASE)
    loaded = load_file(QUESTIONNAIRE)
    assert loaded.questionnaire is not None
    ref = pdf_reports.QuestionnaireRef(loaded.questionnaire, loaded.sha256)
    out = folder / name
    pdf_reports.export_report(ref, parse_answers_document(json.dumps(answers).encode()),
                              identity, out)
    return out, identity, ref
