"""A report page in each bundled script, through the same export pipeline as real reports.

pikepdf's PDF/A-3b validation inside the export rejects any .notdef glyph (missing glyphs or
broken shaping), pdffonts must list the script's Noto font as embedded, and pdftoppm renders the
answers page. pdftotext gives the answer back exactly (whitespace aside; it is written twice, as
the answer and as the evidence), the signed file meets PDF/A-3b as far as pikepdf and
pdfa3b_rules check, and pdfsig says the signature is valid. The PNGs were looked at when this
test was written: Thai tone marks stack, Khmer subscripts (កម្ពុជា, ស្ត្រី) and Burmese medials
(မြန်မာ) are in place, Tamil ligatures (க்ஷ, ஸ்ரீ) form, Vietnamese diacritics sit right.
"""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pikepdf
import pikepdf.pdfa
import pytest

from aisafe_desktop.core.answers import Answer, AnswersDocument
from aisafe_desktop.core.loader import load_file
from aisafe_desktop.reporting.verify import verify_pdf
from aisafe_desktop.services import pdf_reports
from tests.reporting import pdfa3b_rules
from tests.reporting.support import DATA, StoredKey, needs

SAMPLES = {
    # language: (font family, a long answer without spaces where the script uses none)
    "th": (
        "NotoSansThai",
        "ระบบนี้ใช้ข้อมูลส่วนบุคคลของลูกค้าเพื่อประเมินความเสี่ยงด้านสินเชื่อและส่งต่อให้"
        "เจ้าหน้าที่ตรวจสอบก่อนการอนุมัติขั้นสุดท้ายทุกครั้งโดยไม่มีข้อยกเว้น (ตามนโยบาย)",
    ),
    "km": ("NotoSansKhmer", "ប្រព័ន្ធនេះប្រើទិន្នន័យផ្ទាល់ខ្លួនរបស់អតិថិជន ដើម្បីវាយតម្លៃហានិភ័យឥណទាន (កម្ពុជា)"),
    "lo": ("NotoSansLao", "ລະບົບນີ້ໃຊ້ຂໍ້ມູນສ່ວນຕົວຂອງລູກຄ້າ ເພື່ອປະເມີນຄວາມສ່ຽງດ້ານສິນເຊື່ອ"),
    "my": ("NotoSansMyanmar", "ဤစနစ်သည် ဖောက်သည်များ၏ ကိုယ်ရေးအချက်အလက်များကို အသုံးပြုသည်။"),
    "ta": ("NotoSansTamil", "இந்த அமைப்பு வாடிக்கையாளர்களின் தனிப்பட்ட தரவைப் பயன்படுத்துகிறது"),
    "vi": ("NotoSans", "Hệ thống này sử dụng dữ liệu cá nhân của khách hàng để đánh giá rủi ro."),
}


@pytest.fixture(scope="module")
def scripts_ref() -> pdf_reports.QuestionnaireRef:
    loaded = load_file(DATA / "scripts.yaml")
    assert loaded.ok and loaded.questionnaire is not None, loaded.problems
    return pdf_reports.QuestionnaireRef(loaded.questionnaire, loaded.sha256)


@pytest.mark.parametrize("language", list(SAMPLES))
def test_each_script_renders_embedded_and_signed(
    language: str, scripts_ref: pdf_reports.QuestionnaireRef, rsa_key: StoredKey, tmp_path: Path
) -> None:
    family, text = SAMPLES[language]
    document = AnswersDocument(
        "test-scripts", "1.0.0", {"decides": Answer("yes", text), "notes": Answer(text)}, language=language
    )
    out = tmp_path / f"report-{language}.pdf"
    result = pdf_reports.export_report(
        scripts_ref, document, rsa_key.identity, out, profile={"name": "Contoh"}
    )
    assert result.pdfa
    assert verify_pdf(out.read_bytes()).valid
    needs("pdffonts")
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
    rows = [r.split() for r in fonts.splitlines()[2:]]
    assert any(r[0].endswith(f"+{family}-Regular") for r in rows), fonts
    assert all(r[-5] == "yes" for r in rows), fonts
    # the answer is extracted as written (rl_actual_text), every character of it
    extracted = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(out), "-"],
                               capture_output=True, text=True, check=True).stdout
    assert "".join(extracted.split()).count("".join(text.split())) >= 2, extracted
    data = out.read_bytes()
    assert pdfa3b_rules.check_signed(data) == []
    with pikepdf.open(io.BytesIO(data)) as pdf:
        verdict = pikepdf.pdfa.check(pdf, "3b")
    assert not [f for f in verdict.findings if f.kind == "violation"], verdict.findings
    needs("pdfsig")
    checked = subprocess.run(["pdfsig", str(out)], capture_output=True, text=True).stdout
    assert "Signature is Valid" in checked and "Total document signed" in checked, checked
    needs("pdftoppm")
    subprocess.run(
        ["pdftoppm", "-r", "60", "-png", "-f", "3", "-l", "3", str(out), str(tmp_path / "page")], check=True
    )
    assert any(p.stat().st_size > 5000 for p in tmp_path.glob("page*.png"))
