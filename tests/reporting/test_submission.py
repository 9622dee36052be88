"""The report as a formal submission: reference number, declaration, the stamp last and in the
signer's own script, no stray pages, glyph-less characters that never block the export, and the
signed file itself checked against the PDF/A-3b rules."""

from __future__ import annotations

import io
import json
import subprocess
from dataclasses import replace
from pathlib import Path

import pikepdf
import pikepdf.pdfa
import pytest

from aisafe_desktop.core.answers import Answer, parse_answers_document
from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.reporting import fonts, layout, signing
from aisafe_desktop.reporting.verify import verify_pdf
from aisafe_desktop.services import identities, pdf_reports
from aisafe_desktop.services.questionnaires import Catalogue
from tests.reporting import pdfa3b_rules
from tests.reporting.support import PASSPHRASE, SignedReport, StoredKey, mini_answers, needs

EXAMPLES = sorted((Path(__file__).parents[2] / "questionnaires" / "examples").glob("*.json"))


def page_texts(path: Path) -> list[str]:
    needs("pdftotext")
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip
    return text.split("\f")[:-1]


def test_reference_number_on_every_page_and_in_the_answers(signed_report: SignedReport) -> None:
    answers = json.loads(verify_pdf(signed_report.data).answers or b"{}")
    reference = answers["reference"]
    assert reference == signed_report.result.reference and reference.startswith("AIS-")
    pages = page_texts(signed_report.path)
    assert len(pages) == signed_report.result.pages
    assert all(f"Ref. {reference}" in page for page in pages)


def test_every_export_gets_its_own_reference(
    signed_report: SignedReport, rsa_key: StoredKey, mini_ref: pdf_reports.QuestionnaireRef, tmp_path: Path
) -> None:
    again = pdf_reports.export_report(mini_ref, mini_answers(), rsa_key.identity, tmp_path / "b.pdf")
    assert again.reference != signed_report.result.reference


def test_declaration_then_the_stamp_last(signed_report: SignedReport) -> None:
    last = page_texts(signed_report.path)[-1]
    declaration = last.index("I, Siti Aminah, declare that the answers")
    assert last.index("References") < declaration
    with pikepdf.open(io.BytesIO(signed_report.data)) as pdf:
        [widget] = [a for a in pdf.pages[-1].obj.get("/Annots", []) if a.get("/FT") == "/Sig"]
        height = float(pdf.pages[-1].mediabox[3])
        stamp_bottom = height - float(widget.Rect[1])  # from the top of the page, as pdftotext
    bbox = subprocess.run(["pdftotext", "-f", str(signed_report.result.pages), "-bbox",
                           str(signed_report.path), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip
    below = [line for line in bbox.splitlines() if "<word" in line
             and stamp_bottom < float(line.split('yMin="')[1].split('"')[0]) < height - 16 * 2.835]
    assert below == [], "something of the report comes after the signature stamp"


def test_incomplete_report_says_so_on_the_cover(
    rsa_key: StoredKey, mini_ref: pdf_reports.QuestionnaireRef, tmp_path: Path
) -> None:
    document = mini_answers()
    answers = dict(document.answers)
    del answers["oversight"]
    out = tmp_path / "incomplete.pdf"
    pdf_reports.export_report(mini_ref, replace(document, answers=answers), rsa_key.identity, out,
                              require_complete=False)  # fmt: skip
    assert "INCOMPLETE: 1 required question(s) not answered" in page_texts(out)[0]
    assert json.loads(verify_pdf(out.read_bytes()).answers or b"{}")["complete"] is False


@pytest.mark.parametrize(
    "name",
    ["สมชาย ใจดี", "សុខ ចាន់ដារ៉ា", "အောင်မြင့်"],
    ids=["thai", "khmer", "myanmar"],
)
def test_stamp_shows_the_name_in_its_own_script(
    name: str, mini_ref: pdf_reports.QuestionnaireRef, tmp_path: Path
) -> None:
    stored = identities.create_identity(tmp_path / "me.p12", name=name, organisation="Org",
                                        country="TH", passphrase=PASSPHRASE)  # fmt: skip
    identity = identities.open_identity(stored.path, PASSPHRASE)
    assert name in signing.stamp_text(identity) and "?" not in signing.stamp_text(identity).split("\n")[0]
    out = tmp_path / "signed.pdf"
    result = pdf_reports.export_report(mini_ref, mini_answers(), identity, out)
    data = out.read_bytes()
    assert result.pdfa and pdfa3b_rules.check_signed(data) == []
    # Myanmar: signed without issuerSerial in the signing-certificate attribute (see signing.py)
    assert verify_pdf(data).valid
    needs("pdfsig")
    checked = subprocess.run(["pdfsig", str(out)], capture_output=True, text=True, check=False).stdout
    assert "Signature is Valid" in checked


def test_characters_without_a_glyph_never_block_the_export(
    rsa_key: StoredKey, mini_ref: pdf_reports.QuestionnaireRef, tmp_path: Path
) -> None:
    document = mini_answers()
    answers = dict(document.answers)
    answers["purpose"] = Answer("Great 👍 system ᚠᚢ 𝕏 \u0007 done", "evidence ✅")
    out = tmp_path / "emoji.pdf"
    result = pdf_reports.export_report(mini_ref, replace(document, answers=answers), rsa_key.identity, out)
    assert result.pdfa and any("'purpose'" in note and "👍" in note for note in result.notes)
    assert set(result.replaced_characters) == {"purpose"} and "ᚠ" in result.replaced_characters["purpose"]
    assert fonts.REPLACEMENT in page_texts(out)[2] + page_texts(out)[3]
    assert pdfa3b_rules.check_signed(out.read_bytes()) == []


def test_the_signed_file_meets_pdfa_3b(signed_report: SignedReport) -> None:
    assert pdfa3b_rules.check_signed(signed_report.data) == []
    with pikepdf.open(io.BytesIO(signed_report.data)) as pdf:
        report = pikepdf.pdfa.check(pdf, "3b")
    # pikepdf checks everything but forms and embedded files; pdfa3b_rules checks those
    unchecked = {f.rule for f in report.findings}
    assert unchecked <= {"pikepdf:schema-Catalog", "pikepdf:embedded-file"}, report.findings


def test_the_pdfa_checker_finds_broken_rules(signed_report: SignedReport, tmp_path: Path) -> None:
    def hide_stamp(pdf: pikepdf.Pdf) -> None:
        for annot in pdf.pages[-1].obj.Annots:
            annot.F = 2

    with pikepdf.open(io.BytesIO(signed_report.data)) as pdf:
        hide_stamp(pdf)
        pdf.Root.Version = pikepdf.Name("/2.0")
        del pdf.Root.OutputIntents
        out = io.BytesIO()
        pdf.save(out)
    problems = pdfa3b_rules.check_signed(out.getvalue())
    assert {p.split(":")[0] for p in problems} >= {"6.3.2", "6.6.4", "6.2.3", "6.4.3"}


def test_long_text_is_cut_into_paragraphs_without_losing_a_word() -> None:
    text = ("Every decision is reviewed by a person. " * 5000) + "\nSecond line " * 3
    pieces = layout._chunks(text)
    assert max(len(p) for p in pieces) <= layout.CHUNK
    assert " ".join(" ".join(pieces).split()) == " ".join(text.split())


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.stem for e in EXAMPLES])
def test_shipped_examples_end_on_a_meaningful_page_and_no_heading_ends_a_page(
    example: Path, rsa_key: StoredKey, tmp_path: Path
) -> None:
    document = parse_answers_document(example.read_bytes())
    entry = Catalogue(AppPaths.resolve(str(tmp_path / "data"))).find(
        document.questionnaire_id, document.questionnaire_version
    )
    ref = pdf_reports.QuestionnaireRef(entry.questionnaire, entry.sha256)
    out = tmp_path / "example.pdf"
    pdf_reports.export_report(ref, document, rsa_key.identity, out, require_complete=False)
    pages = page_texts(out)
    assert "declare that the answers" in pages[-1] or "mengaku bahawa jawapan" in pages[-1]
    headings = {"Summary", "Answers", "Red flags", "Recommendations", "References", "Declaration",
                "How to verify this file", "Ringkasan", "Jawapan", "Rujukan", "Pengakuan"}  # fmt: skip
    for number, page in enumerate(pages, start=1):
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        body = [line for line in lines if "Ref. " not in line and "Ruj. " not in line]
        assert body and body[-1] not in headings, f"page {number} ends with a heading: {body[-1:]}"
