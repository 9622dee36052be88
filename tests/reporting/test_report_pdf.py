"""The exported report checked with independent tools: poppler, qpdf, pikepdf, pypdf."""

from __future__ import annotations

import io
import json
import re
import subprocess

import pikepdf
import pikepdf.pdfa

from aisafe_desktop.core.answers import parse_answers_document
from aisafe_desktop.core.scoring import score
from aisafe_desktop.services import pdf_reports
from tests.reporting.support import SignedReport, StoredKey, needs


def _run(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=False).stdout


def test_pdfsig_says_valid_and_whole_document_signed(signed_report: SignedReport) -> None:
    needs("pdfsig")
    out = _run("pdfsig", str(signed_report.path))
    assert "Signature is Valid" in out
    assert "Total document signed" in out
    assert "ETSI.CAdES.detached" in out


def test_export_reports_progress_and_result(signed_report: SignedReport) -> None:
    assert signed_report.steps == ("render", "pdfa", "sign", "write", "done")
    result = signed_report.result
    assert result.band == "high" and result.pdfa and result.pages >= 4 and not result.notes
    assert not list(signed_report.path.parent.glob("*.part"))  # the temporary file is gone


def test_pdffonts_every_font_embedded(signed_report: SignedReport) -> None:
    needs("pdffonts")
    rows = _run("pdffonts", str(signed_report.path)).splitlines()[2:]
    assert rows, "no fonts listed"
    for row in rows:
        columns = row.split()
        assert columns[-5] == "yes", row  # the "emb" column
        assert "Noto" in columns[0], row


def test_qpdf_check_and_pdfa_markers(signed_report: SignedReport) -> None:
    needs("qpdf")
    checked = subprocess.run(["qpdf", "--check", str(signed_report.path)], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    with pikepdf.open(io.BytesIO(signed_report.data)) as pdf:
        meta = pdf.open_metadata()
        assert meta["pdfaid:part"] == "3" and meta["pdfaid:conformance"] == "B"
        # PDF/A 6.7.3: Info and XMP must agree, also after pyHanko's signing revision
        assert str(pdf.docinfo.Producer) == meta["pdf:Producer"]
        verdict = pikepdf.pdfa.check(pdf, "3b")
        assert not [f for f in verdict.findings if f.kind == "violation"], verdict.findings
        assert str(pdf.Root.Version if "/Version" in pdf.Root else pdf.pdf_version) < "2"
        assert len(pdf.Root.OutputIntents) == 1
        spec = pdf.attachments["answers.json"]
        assert str(spec.obj.AFRelationship) == "/Data"
        assert any(af.objgen == spec.obj.objgen for af in pdf.Root.AF)
        info = pdf.docinfo
        assert str(info.Title) == "Loan triage assistant"
        assert str(info.Author) == "Contoh Kewangan Sdn Bhd"
        assert str(pdf.Root.Lang) == "en"
        titles = [item.title for item in pdf.open_outline().root]
        assert titles[:4] == [
            "Loan triage assistant",
            "Summary",
            "Answers",
            "Appendix: identification and verification",
        ]
        sections = [c.title for c in pdf.open_outline().root[2].children]
        assert sections == ["1. Context", "2. Data", "3. Safeguards"]


def test_pages_text_shows_band_answers_and_page_numbers(signed_report: SignedReport) -> None:
    needs("pdftotext")
    text = _run("pdftotext", "-layout", str(signed_report.path), "-")
    pages = text.split("\f")
    count = signed_report.result.pages
    assert f"Page 1 of {count}" in pages[0] and f"Page {count} of {count}" in pages[count - 1]
    assert "High risk" in pages[0]  # the badge: the red flag forces the high band
    assert "Automated decisions about people use health data." in text
    assert "12,500 people" in text and "Health data" in text
    assert "Not answered (optional)" in text  # review-date, contact-point
    assert "Names, IC numbers and medical certificates." in text
    assert signed_report.result.answers_sha256[:32] in text
    assert signed_report.result.fingerprint[:47] in text


def test_round_trip_extract_is_byte_identical_and_rescores(
    signed_report: SignedReport, mini_ref: pdf_reports.QuestionnaireRef
) -> None:
    extracted = pdf_reports.extract_answers(signed_report.path)
    import hashlib

    assert hashlib.sha256(extracted).hexdigest() == signed_report.result.answers_sha256
    embedded = parse_answers_document(extracted)
    assert embedded.answers == signed_report.document.answers
    assert embedded.questionnaire_sha256 == mini_ref.sha256
    assert embedded.extra["organisation"]["name"] == "Contoh Kewangan Sdn Bhd"
    stated = json.loads(extracted)["result"]
    assert stated["band"] == score(mini_ref.questionnaire, embedded).band == "high"
    with pikepdf.open(io.BytesIO(signed_report.data)) as pdf:  # a second, independent reader
        assert pdf.attachments["answers.json"].get_file().read_bytes() == extracted


def test_verify_reports_all_checks(
    signed_report: SignedReport, rsa_key: StoredKey, lookup: pdf_reports.Lookup
) -> None:
    trust = pdf_reports.load_trust([rsa_key.identity.info.fingerprint.lower()])
    [item] = pdf_reports.verify_reports([signed_report.path], trust, lookup)
    assert item.valid, item.reason
    assert all(c.passed for c in item.all_checks), item.all_checks
    assert (item.stated_band, item.rescored_band) == ("high", "high")
    assert item.signature.signer is not None
    assert item.signature.signer.fingerprint == rsa_key.identity.info.fingerprint
    assert item.signature.signing_time is not None


def test_verify_fails_when_the_questionnaire_is_unknown(signed_report: SignedReport) -> None:
    [item] = pdf_reports.verify_reports([signed_report.path], None, pdf_reports.catalogue_lookup(None))
    assert not item.valid and "questionnaire found" in item.reason


def test_a_changed_questionnaire_is_detected(
    signed_report: SignedReport, mini_ref: pdf_reports.QuestionnaireRef
) -> None:
    other = pdf_reports.QuestionnaireRef(mini_ref.questionnaire, "0" * 64)
    [item] = pdf_reports.verify_reports(
        [signed_report.path], None, pdf_reports.catalogue_lookup(None, [other])
    )
    assert not item.valid and "questionnaire identical" in item.reason


def test_stamp_sits_in_the_appendix_signature_slot(signed_report: SignedReport) -> None:
    with pikepdf.open(io.BytesIO(signed_report.data)) as pdf:
        found = [(number, a) for number, page in enumerate(pdf.pages)
                 for a in page.obj.get("/Annots", []) if a.get("/FT") == "/Sig"]  # fmt: skip
        assert len(found) == 1
        number, widget = found[0]
        page = pdf.pages[number]
        x1, y1, x2, y2 = (float(v) for v in widget.Rect)
        width, height = float(page.mediabox[2]), float(page.mediabox[3])
        assert 0 < x1 < x2 < width and 40 < y1 < y2 < height
        value = widget.V
        assert str(value.Reason) == "AI assessment: test-mini-risk 1.0.0"
        assert str(value.Name) == "Siti Aminah"
    needs("pdftotext")
    page_text = _run("pdftotext", "-f", str(number + 1), "-l", str(number + 1),
                     str(signed_report.path), "-")  # fmt: skip
    assert "How to verify this file" in page_text and "Digital signature" in page_text
    assert "Digitally signed by Siti Aminah" in page_text  # the stamp's own text


def test_percentages_are_whole_and_the_same_as_in_the_app(
    signed_report: SignedReport, mini_ref: pdf_reports.QuestionnaireRef
) -> None:
    """The PDF and the app's Results page print the overall score with the same function."""
    from aisafe_desktop.core.display import whole_percent
    from aisafe_desktop.core.scoring import score

    needs("pdftotext")
    text = _run("pdftotext", "-layout", str(signed_report.path), "-")
    values = {k: a.value for k, a in signed_report.document.answers.items()}
    result = score(mini_ref.questionnaire, values)
    assert f"{whole_percent(result.overall)} / 100" in text
    assert not re.search(r"\d+\.\d+ ?%", text), "a percentage with decimals"
