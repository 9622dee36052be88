"""Text copied or extracted from a PDF is the text that was written, in every script.

A real paragraph of the shipped triage questionnaire (the Philippine law text) is rendered in a
narrow column on small pages, so it wraps over many lines and is split across pages (the second
part is laid out from the first part's shaped lines), then extracted with pdftotext and compared
character for character. Only whitespace is normalised: runs of spaces become one, and a line
end counts as a space where the source has one there and as nothing where it has none (Thai,
Lao, Khmer, Burmese and Chinese break lines between letters). `-raw` keeps the content-stream
order and the hyphens at line ends (the default mode joins "over-" + "the" into "overthe").

Before the ActualText spans (reporting/rl_actual_text.py), pdftotext gave "ผูเ้ ข้าร่วม" for
"ผู้เข้าร่วม", "េកីត" for "កើត", "ြမန်မာ" for "မြန်မာ", dropped every Tamil pulli and
returned private-use code points for Thai lowered tone marks; Chinese dates came out as
telegraph ligatures ("12月19日" as two private-use glyphs). Vietnamese extracted right already.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reporting.paragraphs import KEY, extract, joined, paragraph, render

LANGUAGES = ("th", "lo", "km", "my", "ta", "zh", "vi")


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_paragraph_extracts_exactly(language: str, tmp_path: Path) -> None:
    text = paragraph(language)
    pdf = tmp_path / f"{language}.pdf"
    pages = render(text, pdf)
    assert pages >= 2  # the paragraph was split across pages
    lines = extract(pdf)
    assert len(lines) >= 8, lines  # and wrapped
    assert joined(lines, text) == text


@pytest.mark.parametrize("language", LANGUAGES)
def test_spans_only_where_the_glyphs_are_not_the_text(language: str, tmp_path: Path) -> None:
    """Vietnamese (precomposed, not shaped) and most Chinese draw their own characters: no span.
    Shaped scripts get balanced spans."""
    import pikepdf

    pdf = tmp_path / f"{language}.pdf"
    render(paragraph(language), pdf, width=2000, height=1200)
    with pikepdf.open(pdf) as document:
        content = document.pages[0].Contents.read_bytes()
    spans = content.count(b"/ActualText")
    assert content.count(b"BDC") == content.count(b"EMC") == spans
    assert (spans >= 10) == (language not in ("vi", "zh")), spans


def test_source_text_gives_back_what_was_shaped() -> None:
    from reportlab.lib.abag import ABag

    from aisafe_desktop.reporting.fonts import ensure_registered, split_runs
    from aisafe_desktop.reporting.rl_actual_text import shape, source_text

    ensure_registered()
    for language in LANGUAGES:
        for word in paragraph(language).split():
            for script, run in split_runs(word):
                shaped = shape([0.0, (ABag(fontName=script.value, fontSize=10), run)])
                assert "".join(source_text(s) for _, s in shaped[1:]) == run


@pytest.mark.parametrize("language", ["zh", "vi"])
def test_pypdf_extracts_chinese_and_vietnamese_exactly(language: str, tmp_path: Path) -> None:
    """pypdf ignores /ActualText, so shaped Thai, Lao, Khmer, Burmese and Tamil stay lossy there;
    Chinese and Vietnamese are drawn as their own characters and come back exactly (Chinese did
    not while discretionary ligatures drew dates as telegraph glyphs). services/page_claims.py
    reads pages with pypdf."""
    import pypdf

    for key in ("description", "recommendations/eu-ai-act/text", KEY):
        text = paragraph(language, key)
        pdf = tmp_path / f"{language}.pdf"
        render(text, pdf, width=300, height=3000)
        lines = [line for line in pypdf.PdfReader(pdf).pages[0].extract_text().splitlines()
                 if line.strip()]
        assert joined(lines, text) == text
