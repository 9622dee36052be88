"""Thai, Lao, Khmer and Burmese break between words in a PDF, by ICU's own judgement.

A long paragraph without spaces is rendered in a narrow column, extracted with pdftotext, and
every line end must fall on a boundary of ICU's line-break iterator. Lines are matched on the
base letters (category Lo) of the source text: written when pdftotext returned marks and stacked
consonants lossily (it gives the text back exactly now: test_text_extraction.py). The PNGs
(pdftoppm) were looked at: breaks between words, nothing clipped.
"""

from __future__ import annotations

import subprocess
import unicodedata
from pathlib import Path

import pytest

from aisafe_desktop.core.word_breaks import available, break_positions, with_break_hints
from tests.reporting.support import needs

LONG = {
    "th": "ระบบนี้ใช้ข้อมูลส่วนบุคคลของลูกค้าเพื่อประเมินความเสี่ยงด้านสินเชื่อและส่งต่อให้"
          "เจ้าหน้าที่ตรวจสอบก่อนการอนุมัติขั้นสุดท้ายทุกครั้งโดยไม่มีข้อยกเว้น",
    "lo": "ລະບົບນີ້ໃຊ້ຂໍ້ມູນສ່ວນຕົວຂອງລູກຄ້າເພື່ອປະເມີນຄວາມສ່ຽງດ້ານສິນເຊື່ອແລະສົ່ງຕໍ່ໃຫ້"
          "ເຈົ້າໜ້າທີ່ກວດສອບກ່ອນການອະນຸມັດຂັ້ນສຸດທ້າຍ",
    "km": "ប្រព័ន្ធនេះប្រើទិន្នន័យផ្ទាល់ខ្លួនរបស់អតិថិជនដើម្បីវាយតម្លៃហានិភ័យឥណទាននិងបញ្ជូន"
          "ទៅមន្ត្រីត្រួតពិនិត្យមុនពេលអនុម័តចុងក្រោយ",
    "my": "ဤစနစ်သည်ဖောက်သည်များ၏ကိုယ်ရေးအချက်အလက်များကိုအသုံးပြု၍ချေးငွေအန္တရာယ်ကို"
          "အကဲဖြတ်ပြီးနောက်ဆုံးအတည်ပြုချက်မပေးမီစစ်ဆေးရေးအရာရှိထံပေးပို့သည်",
}
_STACKERS = {"\u17d2", "\u1039"}  # Khmer coeng, Myanmar virama: the next letter is a subscript

pytestmark = pytest.mark.skipif(not available(), reason="no ICU library on this machine")


def _letters(text: str) -> list[int]:
    """Indices of the base letters of `text` (not subscripts)."""
    return [i for i, c in enumerate(text) if unicodedata.category(c) == "Lo"
            and not (i and text[i - 1] in _STACKERS)]


def _render(text: str, out: Path, width: float) -> None:
    from reportlab.platypus import SimpleDocTemplate

    from aisafe_desktop.reporting.fonts import ensure_registered
    from aisafe_desktop.reporting.layout import para, styles

    ensure_registered()
    doc = SimpleDocTemplate(str(out), pagesize=(width + 40, 1200), leftMargin=20, rightMargin=20,
                            topMargin=20, bottomMargin=20)
    doc.build([para(text, styles()["body"])])


def line_ends(source: str, lines: list[str]) -> list[tuple[int, int]]:
    """For each line end but the last: (index of the source's last base letter on the line,
    index of the first base letter of the next line), matched on base letters in order."""
    source_letters = _letters(source)
    ends: list[tuple[int, int]] = []
    k = 0
    for line in lines[:-1]:
        for c in (line[i] for i in _letters(line)):
            while k < len(source_letters) and source[source_letters[k]] != c:
                k += 1  # a letter pdftotext did not give back (a ligature, a subscript)
            k += 1
        if 0 < k < len(source_letters):
            ends.append((source_letters[k - 1], source_letters[k]))
    return ends


@pytest.mark.parametrize("language", list(LONG))
def test_lines_end_between_words(language: str, tmp_path: Path) -> None:
    text = LONG[language] * 2
    out = tmp_path / f"{language}.pdf"
    _render(text, out, width=160)
    needs("pdftotext")
    extracted = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(out), "-"],
                               capture_output=True, text=True, check=True).stdout
    lines = [line for line in extracted.splitlines() if line.strip()]
    assert len(lines) >= 5, extracted  # the narrow column really wrapped it
    boundaries = set(break_positions(text) or ())
    assert boundaries
    ends = line_ends(text, lines)
    assert len(ends) >= len(lines) - 2
    for last, first in ends:
        assert any(last < b <= first for b in boundaries), (
            f"line breaks inside a word: …{text[max(0, last - 8):last + 1]}|"
            f"{text[last + 1:first + 8]}…")
    needs("pdftoppm")
    subprocess.run(["pdftoppm", "-r", "80", "-png", "-f", "1", "-l", "1", str(out),
                    str(tmp_path / "page")], check=True)
    assert any(p.stat().st_size > 3000 for p in tmp_path.glob("page*.png"))


def test_break_hints_for_the_screen() -> None:
    hinted = with_break_hints("ระบบนี้ใช้ข้อมูล (ตามนโยบาย)")
    assert hinted.replace("\u200b", "|") == "ระบบ|นี้|ใช้|ข้อมูล (ตาม|นโยบาย)"
    assert with_break_hints("plain English text") == "plain English text"
