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
    assert "INCOMPLETE: required questions not answered: 1" in page_texts(out)[0]
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
    assert result.pdfa and any("'purpose'" in str(note) and "👍" in str(note) for note in result.notes)
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


def _stamp_glyphs(data: bytes) -> list[int]:
    """The glyph ids the signature stamp draws, in order (pyHanko writes TrueType glyph ids as
    2-byte CIDs in hex strings), from the stamp's appearance and every form it uses."""
    import re

    found: list[int] = []

    def walk(xobject: pikepdf.Object) -> None:
        content = xobject.read_bytes()
        for hexes in re.findall(rb"<([0-9a-fA-F]+)>", content):
            found.extend(int(hexes[i : i + 4], 16) for i in range(0, len(hexes), 4))
        resources = xobject.get("/Resources")
        forms = resources.get("/XObject") if resources is not None else None
        for inner in forms.values() if forms is not None else ():
            walk(inner)

    with pikepdf.open(io.BytesIO(data)) as pdf:
        [widget] = [a for a in pdf.pages[-1].obj.Annots if a.get("/FT") == "/Sig"]
        walk(widget.AP.N)
    return found


def _shaped(text: str, script: fonts.Script, tag: str | None) -> list[int]:
    import uharfbuzz as hb

    buffer = hb.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    if tag is not None:
        buffer.set_script_from_ot_tag(tag)
    hb.shape(hb.Font(hb.Face(signing._stamp_font(script))), buffer, {})
    return [info.codepoint for info in buffer.glyph_infos]


def _contains(sequence: list[int], part: list[int]) -> bool:
    return any(sequence[i : i + len(part)] == part for i in range(len(sequence) - len(part) + 1))


@pytest.mark.parametrize(
    ("name", "organisation", "script", "tag"),
    [("အောင်မြင့်", "မြန်မာ ကုမ္ပဏီ", fonts.Script.MYANMAR, "mym2"),
     ("សុខ ចាន់ដារ៉ា", "ក្រុមហ៊ុន", fonts.Script.KHMER, "khmr"),
     ("செல்வம் ராஜேந்திரன்", "நிறுவனம்", fonts.Script.TAMIL, "tml2")],
    ids=["myanmar", "khmer", "tamil"],
)
def test_stamp_shapes_the_name_in_its_own_script(
    name: str, organisation: str, script: fonts.Script, tag: str,
    mini_ref: pdf_reports.QuestionnaireRef, tmp_path: Path,
) -> None:  # fmt: skip
    """The stamp line "Digitally signed by <name>" draws the name exactly as HarfBuzz shapes it
    in its own script (Myanmar: vowel sign E and medial RA before their consonant), not as the
    Latin run it follows would shape it."""
    stored = identities.create_identity(tmp_path / "me.p12", name=name, organisation=organisation,
                                        country="MM", passphrase=PASSPHRASE)  # fmt: skip
    out = tmp_path / "signed.pdf"
    identity = identities.open_identity(stored.path, PASSPHRASE)
    pdf_reports.export_report(mini_ref, mini_answers(), identity, out)
    drawn = _stamp_glyphs(out.read_bytes())
    for text in (name, organisation):
        right = _shaped(text, script, tag)
        assert _contains(drawn, right), f"{text} is not drawn as shaped in its own script"
    if script is fonts.Script.MYANMAR:  # what one buffer guessed as Latin gave: wrong order
        wrong = _shaped(f"Digitally signed by {name}", script, None)[len("Digitally signed by "):]
        assert wrong != _shaped(name, script, tag) and not _contains(drawn, wrong)
    # the page as a reader sees it: the stamp's box holds drawn text, and the name extracts
    needs("pdftoppm")
    with pikepdf.open(out) as pdf:
        pages = len(pdf.pages)
        [widget] = [a for a in pdf.pages[-1].obj.Annots if a.get("/FT") == "/Sig"]
        x1, y1, x2, y2 = (float(v) for v in widget.Rect)
        height = float(pdf.pages[-1].mediabox[3])
    box = ["-x", str(int(x1)), "-y", str(int(height - y2)), "-W", str(int(x2 - x1)),
           "-H", str(int(y2 - y1))]  # fmt: skip
    subprocess.run(["pdftoppm", "-r", "72", "-gray", "-singlefile", "-f", str(pages), *box, str(out),
                    str(tmp_path / "stamp")], capture_output=True, check=True)  # fmt: skip
    pixels = (tmp_path / "stamp.pgm").read_bytes().split(b"\n", 3)[3]
    assert sum(1 for p in pixels if p < 128) > 500  # ink: the stamp is drawn
    assert name in page_texts(out)[-1]
