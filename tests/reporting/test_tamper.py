"""Every kind of change to a signed report must fail verification, with a reason."""

from __future__ import annotations

import datetime as dt
import io
import re
import subprocess
from pathlib import Path
from typing import Any

import pikepdf
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from pypdf import PdfWriter
from pypdf.annotations import FreeText

from aisafe_desktop.reporting import identity as ident
from aisafe_desktop.reporting.signing import sign_pdf
from aisafe_desktop.reporting.verify import verify_pdf
from aisafe_desktop.reporting.verify_reasons import Reason
from aisafe_desktop.services import pdf_reports
from tests.reporting.support import SignedReport, StoredKey, needs


def _flip(data: bytes, position: int) -> bytes:
    changed = bytearray(data)
    changed[position] ^= 0x01
    return bytes(changed)


def _positions(data: bytes) -> list[int]:
    """About 60 positions spread over the whole file, plus the unsigned /Contents gap:
    the CMS itself, its zero padding and the closing bracket."""
    spread = list(range(0, len(data), max(1, len(data) // 60)))
    gap = re.search(rb"/Contents <([0-9A-F]+)>", data)
    assert gap is not None
    start, end = gap.start(1), gap.end(1)
    inside = [start, start + 5, start + 100, start + 1000, end - 2000, end - 5, end - 1, end]
    return [*spread, *inside, len(data) - 2]


def test_a_flipped_byte_anywhere_fails(signed_report: SignedReport) -> None:
    data = signed_report.data
    assert verify_pdf(data).valid
    survivors = [p for p in _positions(data) if verify_pdf(_flip(data, p)).valid]
    assert survivors == []


def test_incremental_update_replacing_the_attachment_fails(
    signed_report: SignedReport, tmp_path: Path
) -> None:
    writer = PdfWriter(signed_report.path, incremental=True)
    root: Any = writer._root_object  # pypdf types it as a bare PdfObject
    names = root["/Names"]["/EmbeddedFiles"]["/Names"]
    stream = names[1].get_object()["/EF"]["/F"].get_object()
    forged = stream.get_data().replace(b'"high"', b'"low"')
    stream.set_data(forged)
    out = io.BytesIO()
    writer.write(out)
    tampered = out.getvalue()
    assert tampered.startswith(signed_report.data)  # really an incremental update
    result = verify_pdf(tampered)
    assert not result.valid and "no later changes" in result.reason
    # the answers we report are those of the signed revision, not the forged ones
    assert result.answers is not None and b'"band": "high"' in result.answers
    needs("pdfsig")
    path = tmp_path / "forged.pdf"
    path.write_bytes(tampered)
    # poppler still calls this valid: the reason our verifier must be stricter
    assert (
        "Signature is Valid" in subprocess.run(["pdfsig", str(path)], capture_output=True, text=True).stdout
    )


def test_added_annotation_fails(signed_report: SignedReport) -> None:
    writer = PdfWriter(signed_report.path, incremental=True)
    writer.add_annotation(page_number=0, annotation=FreeText(text="Approved", rect=(50, 50, 200, 80)))
    out = io.BytesIO()
    writer.write(out)
    result = verify_pdf(out.getvalue())
    assert not result.valid and "no later changes" in result.reason


def test_stripped_signature_fails(signed_report: SignedReport) -> None:
    with pikepdf.open(io.BytesIO(signed_report.data)) as pdf:
        del pdf.Root["/AcroForm"]
        for page in pdf.pages:
            if "/Annots" in page.obj:
                del page.obj["/Annots"]
        out = io.BytesIO()
        pdf.save(out)
    result = verify_pdf(out.getvalue())
    assert not result.valid and Reason.NOT_SIGNED in {c.reason for c in result.checks}
    assert result.answers is None


@pytest.mark.parametrize("keep", [0, 10, 1000, -4000, -200, -1])
def test_truncated_file_fails(signed_report: SignedReport, keep: int) -> None:
    result = verify_pdf(signed_report.data[:keep])
    assert not result.valid and result.reason


def test_appended_bytes_fail(signed_report: SignedReport) -> None:
    result = verify_pdf(signed_report.data + b"\n% appended\n")
    assert not result.valid and "whole file signed" in result.reason


def test_garbage_and_empty_input_never_crash() -> None:
    for junk in (b"", b"%PDF-1.7\n", b"\x00" * 4096, b"%PDF-1.7\n1 0 obj <<" * 500):
        result = verify_pdf(junk)
        assert not result.valid and result.reason.startswith("readable")


def _other_identity() -> ident.Identity:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, "Impostor"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Contoh Kewangan Sdn Bhd"),
            x509.NameAttribute(NameOID.COUNTRY_NAME, "MY"),
        ]
    )
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .sign(key, hashes.SHA256())
    )
    return ident.Identity(key, cert, (), ident.describe(cert, key))


def test_a_different_key_fails_when_trust_is_given(
    signed_report: SignedReport,
    rsa_key: StoredKey,
    tmp_path: Path,
    lookup: pdf_reports.Lookup,
) -> None:
    unsigned = signed_report.data[: signed_report.data.index(b"%%EOF") + 5] + b"\n"
    forged = sign_pdf(unsigned, _other_identity(), reason="forged").data
    path = tmp_path / "forged.pdf"
    path.write_bytes(forged)
    untrusted = pdf_reports.verify_reports([path], None, lookup)[0]
    assert untrusted.valid  # intact and consistent; only trust can tell the signers apart
    certificate = identities_cert(rsa_key, tmp_path)
    for entry in (rsa_key.identity.info.fingerprint, str(certificate)):
        trust = pdf_reports.load_trust([entry])
        [item] = pdf_reports.verify_reports([path], trust, lookup)
        assert not item.valid and "trusted signer" in item.reason
        [genuine] = pdf_reports.verify_reports([signed_report.path], trust, lookup)
        assert genuine.valid, genuine.reason


def identities_cert(key: StoredKey, folder: Path) -> Path:
    target = folder / "agency-copy.pem"
    target.write_bytes(ident.certificate_pem(key.identity.certificate))
    return target


def test_stamp_text_is_safe_for_any_name() -> None:
    from aisafe_desktop.reporting.signing import stamp_text

    base = _other_identity()
    info = ident.IdentityInfo(
        **{**base.info.__dict__, "signer": "สมชาย 100%(ts)s Nguyễn", "organisation": "Công ty"}
    )
    text = stamp_text(ident.Identity(base.key, base.certificate, (), info))
    assert "สมชาย 100%%(ts)s Nguyễn" in text and "Công ty" in text  # in its own script
    rendered = text % {"ts": "NOW"}  # what pyHanko does with the template
    assert rendered.count("NOW") == 1
    assert "สมชาย 100%(ts)s Nguyễn" in rendered  # the name is shown, not interpreted


def test_a_second_signature_fails(signed_report: SignedReport) -> None:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    other = _other_identity()
    from aisafe_desktop.reporting.signing import _signer

    meta = signers.PdfSignatureMetadata(
        field_name="Countersignature", subfilter=fields.SigSeedSubFilter.PADES
    )
    out = io.BytesIO()
    signers.PdfSigner(meta, signer=_signer(other)).sign_pdf(
        IncrementalPdfFileWriter(io.BytesIO(signed_report.data)), output=out
    )
    result = verify_pdf(out.getvalue())
    assert not result.valid and Reason.WRONG_SIGNATURES in {c.reason for c in result.checks}
