"""Two fixes for ReportLab 5.1's HarfBuzz shaping, applied once when the fonts are registered.

1. `PDFTextObject.setRise` collapses two consecutive `Ts` operators but forgets to store the new
   rise; after two glyphs with different GPOS y-offsets (common in Khmer) the rest of the line
   stays shifted.
2. `shapeFragWord` shapes a whole "word" (text between spaces) with the font of its first
   fragment. A word that changes font without a space, e.g. "(ทดสอบ)" where the brackets come
   from Noto Sans and the letters from Noto Sans Thai, gets glyph ids from the wrong font:
   empty boxes on the page and .notdef codes that break PDF/A. We shape each same-font run of
   the word on its own and join the results. Words that were shaped already (their text holds
   shaping data, or the private-use code points ReportLab gives to glyphs without a character)
   are left alone: shaping them again maps those code points to .notdef.

Paragraphs must also be re-shaped from their source text on every wrap: see
`layout.ShapedParagraph`.
"""

from __future__ import annotations

from typing import Any

from aisafe_desktop.reporting import rl_actual_text, rl_word_breaks


def _set_rise(self: Any, rise: float) -> None:
    from reportlab.lib.rl_accel import fp_str

    operator = f"{fp_str(rise)} Ts"
    if self._code and self._code[-1].endswith(" Ts"):
        self._y += self._rise
        self._code[-1] = operator
    else:
        self._code.append(operator)
    self._rise = rise
    self._y -= rise


def _segments(word: Any) -> list[list[Any]]:
    """Consecutive (frag, text) pairs of the word grouped by font name."""
    groups: list[list[Any]] = []
    for pair in word[1:]:
        if groups and groups[-1][-1][0].fontName == pair[0].fontName:
            groups[-1].append(pair)
        else:
            groups.append([pair])
    return groups


def _shift_clusters(text: Any, offset: int) -> Any:
    from reportlab.pdfbase.ttfonts import ShapedStr

    data = getattr(text, "__shapeData__", None)
    if not offset or data is None:
        return text
    return ShapedStr(str(text), shapeData=[_shifted(d, offset) for d in data])


def _shifted(data: Any, offset: int) -> Any:
    shifted = data._replace(cluster=data.cluster + offset)
    shifted.__dict__.update(data.__dict__)  # the ActualText tag (rl_actual_text)
    return shifted


def _already_shaped(text: Any) -> bool:
    if hasattr(text, "__shapeData__"):
        return True
    return isinstance(text, str) and any("\ue000" <= c <= "\uf8ff" for c in text)


# Latin runs: no ligatures. With them, "certificates" is extracted as "certiﬁcates", so copy-paste
# and search in PDF viewers miss words. Precomposed Latin is not shaped at all (only kerning would
# change; shaping every word doubles the render time). Other scripts keep all their features.
_LATIN_FONTS = ("NotoSans", "NotoSans-Bold")
_LATIN_FEATURES = {"kern": True, "liga": False, "dlig": False, "clig": False}


def _plain_latin(text: str) -> bool:
    """Precomposed Latin (NFC) without combining marks renders right without shaping."""
    return text.isascii() or all(
        c < "\u0300" or "\u1e00" <= c <= "\u1eff" or "\u2000" <= c <= "\u20cf" for c in text
    )


def _make_per_font_shaper(original: Any) -> Any:
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfbase.ttfonts import ShapedFragWord, makeShapedFragWord

    def shape_run(word: Any) -> Any:
        if word[1][0].fontName in _LATIN_FONTS:
            if all(_plain_latin(s) for _, s in word[1:]):
                return word  # nothing for HarfBuzz to do but kerning: most of the text, fast
            return rl_actual_text.shape(word, features=_LATIN_FEATURES)
        return rl_actual_text.shape(word)

    def shape_frag_word(word: Any, *args: Any, **kwargs: Any) -> Any:
        shaped = _shape_frag_word(word, *args, **kwargs)
        if isinstance(shaped, ShapedFragWord) and shaped is not word:
            # the text before shaping, where rl_word_breaks looks for word boundaries
            setattr(shaped, rl_word_breaks.SOURCE_ATTRIBUTE,
                    "".join(str(s) for _, s in word[1:]))
        return shaped

    def _shape_frag_word(word: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(word, ShapedFragWord):
            return word
        pairs = word[1:]
        if not pairs or any(_already_shaped(s) for _, s in pairs):
            return word
        if any(hasattr(f, "cbDefn") for f, _ in pairs):
            return original(word, *args, **kwargs)  # inline images etc.: leave as upstream
        groups = _segments(word)
        if len(groups) == 1:
            return shape_run(word)
        width, merged, offset, changed = 0.0, [], 0, False
        for group in groups:
            plain = sum(stringWidth(s, f.fontName, f.fontSize) for f, s in group)
            shaped = shape_run(word.__class__([plain, *group]))
            changed = changed or isinstance(shaped, ShapedFragWord)
            width += shaped[0]
            merged += [(f, _shift_clusters(s, offset)) for f, s in shaped[1:]]
            offset += sum(len(s) for _, s in group)
        if not changed:
            return word
        return makeShapedFragWord(word)([width, *merged])

    return shape_frag_word


def apply() -> None:
    from reportlab.pdfgen.textobject import PDFTextObject
    from reportlab.platypus import paragraph

    PDFTextObject.setRise = _set_rise
    rl_word_breaks.apply()
    rl_actual_text.apply()
    if not getattr(paragraph.shapeFragWord, "_aisafe_patched", False):
        patched = _make_per_font_shaper(paragraph.shapeFragWord)
        patched._aisafe_patched = True
        paragraph.shapeFragWord = patched
