"""Per-script font runs and the bundled font files."""

from __future__ import annotations

import unicodedata

from aisafe_desktop.reporting import fonts
from aisafe_desktop.reporting.fonts import Script


def test_bundled_fonts_and_licence_are_present() -> None:
    folder = fonts.fonts_dir()
    assert (folder / "OFL.txt").read_text(encoding="utf-8").count("SIL OPEN FONT LICENSE") >= 1
    for script in Script:
        assert fonts.font_path(script).is_file()
        assert fonts.font_path(script, bold=True).is_file()


def test_mixed_text_is_split_by_script_with_punctuation_where_the_font_has_it() -> None:
    runs = fonts.split_runs("Risk (ความเสี่ยง) – កម្ពុជា 2024")
    assert runs == [
        (Script.LATIN, "Risk ("),
        (Script.THAI, "ความเสี่ยง"),
        (Script.LATIN, ") – "),  # Noto Sans Thai has no brackets or dashes
        (Script.KHMER, "កម្ពុជា "),
        (Script.LATIN, "2024"),  # nor does Noto Sans Khmer have digits
    ]


def test_every_character_ends_up_in_a_font_that_has_it() -> None:
    from reportlab.pdfbase import pdfmetrics

    text = "(ທົດສອບ) [မြန်မာ] “ஸ்ரீ” Nguyễn 50% & ñ ญี่ปุ่น!"
    fonts.ensure_registered()
    for script, run in fonts.split_runs(text):
        cmap = pdfmetrics.getFont(script.value).face.charToGlyph
        assert all(ord(c) in cmap for c in run), (script, run)


def test_markup_escapes_normalises_and_uses_bold_cuts() -> None:
    decomposed = unicodedata.normalize("NFD", "Việt <b> & ไทย\nx")
    marked = fonts.markup(decomposed, bold=True)
    assert marked == 'Việt &lt;b&gt; &amp; <font name="NotoSansThai-Bold">ไทย</font><br/>x'
