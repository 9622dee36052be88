"""Shaped text that copies, searches and extracts as the text that was written.

A PDF viewer turns glyphs back into text through the font's ToUnicode map: one glyph, one
string. Shaped Thai, Lao, Khmer, Burmese and Tamil do not fit that. HarfBuzz draws a Khmer or
Tamil pre-base vowel before its consonant, splits Tamil "ொ" into two glyphs on either side,
stacks Khmer subscripts as glyphs of their own, and swaps Thai tone marks for lowered variants
without a character (ReportLab maps those to private-use code points). pdftotext gave back
"េកីត" for "កើត" and dropped every Tamil pulli.

So the glyphs of every cluster whose glyphs are not simply its characters in order are drawn
inside a marked-content span that carries the cluster's text: `/Span <</ActualText (...)>> BDC
... EMC` (ISO 32000-1, 14.9.4). Poppler (pdftotext, Evince, Okular) and Acrobat use it;
pypdf 7 does not (its extraction stays lossy). A ToUnicode entry cannot do this: it maps one
glyph to one string wherever the glyph is used, and cannot put a pre-base vowel after its
consonant. Discretionary ligatures are off.

`shape` replaces ReportLab 5.1's `shapeFragWord` for one same-font run: the same HarfBuzz
call, but ReportLab's version keeps the cluster data only when some glyph moved; a reordered or
ligated word whose glyphs keep their advances (Tamil "கொ", Burmese "ေဖ") came back as plain
glyph text, with no way to know its characters. Here every shaped run keeps its data, and the
glyphs of each "unit" (a HarfBuzz cluster together with the marks that follow it) are tagged
with the unit's text. When the line is written, `format_text` wraps each word that has tagged
glyphs in one span, from its first tagged glyph through the space after it.
"""

from __future__ import annotations

import functools
import itertools
import unicodedata
from typing import Any

ATTRIBUTE = "actual_text"  # on a glyph's ShapeData: its unit's text (first glyph) or ""
_JOINERS = {"\u200c", "\u200d", "\u034f"}  # ZWNJ, ZWJ, CGJ: part of the unit before them


# HarfBuzz's defaults. ReportLab also asks for discretionary ligatures ("dlig"): Noto Sans CJK
# then squeezed "12月7日" into two telegraph-style glyphs (㋋ ㏦).
_FEATURES = {"kern": True, "liga": True}


def source_text(text: str) -> str:
    """The text a shaped string was shaped from (its own characters if it was not shaped).

    A paragraph split across pages starts its second part from the first part's shaped lines;
    ReportLab then splits them at spaces into plain strings of glyph characters (private-use
    code points, pre-base vowels first) and shapes those again. Callers give it this instead.
    """
    data = getattr(text, "__shapeData__", None)
    if data is None:
        return str(text)
    return "".join(getattr(d, ATTRIBUTE, char) for char, d in zip(str(text), data, strict=True))


def _joins_previous(char: str) -> bool:
    """A character that belongs to the unit before it (a mark, a joiner)."""
    return char in _JOINERS or unicodedata.category(char)[0] == "M"


def shape(word: Any, features: dict[str, bool] | None = None) -> Any:
    """Shape a frag word whose fragments share one font (ReportLab's shapeFragWord, keeping
    cluster data and tagging clusters with their text). Returns `word` when nothing changed."""
    pairs = word[1:]
    text = "".join(s for _, s in pairs)
    if not text:
        return word
    from reportlab.pdfbase import pdfmetrics

    frags = [f for f, s in pairs for _ in s]
    glyphs = _shaped(pdfmetrics.getFont(frags[0].fontName), frags[0].fontSize, text,
                     tuple(sorted((features or _FEATURES).items())))
    if glyphs is None:
        return word
    return _frag_word(word, frags, glyphs)


@functools.lru_cache(maxsize=8192)  # a paragraph is shaped again on every wrap
def _shaped(font: Any, font_size: float, text: str,
            features: tuple[tuple[str, bool], ...]) -> tuple[tuple[str, Any], ...] | None:
    """The tagged glyphs of `text`, or None when shaping changes nothing (or cannot shape).
    Keyed by the font object: the private-use code points are its own."""
    import uharfbuzz

    try:
        hb_font = font.hbFont(font_size)
    except AttributeError:  # not a TrueType font
        return None
    buffer = uharfbuzz.Buffer()
    buffer.cluster_level = uharfbuzz.BufferClusterLevel.MONOTONE_CHARACTERS
    buffer.add_str(text)
    buffer.guess_segment_properties()
    uharfbuzz.shape(hb_font, buffer, dict(features))
    glyphs = _glyph_data(font, hb_font, buffer)
    if not _changed(text, glyphs):
        return None
    _tag_units(text, glyphs)
    return tuple(glyphs)


def _glyph_data(font: Any, hb_font: Any, buffer: Any) -> list[tuple[str, Any]]:
    """(character ReportLab draws the glyph as, ShapeData) per glyph, in ReportLab's units."""
    from reportlab.pdfbase.ttfonts import ShapeData

    face = font.face
    scale = font.pdfScale
    glyphs = []
    for info, pos in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True):
        gid = info.codepoint
        chars = face.glyphToChar.get(gid)
        # no character: a private-use code point, as ReportLab does
        code = chars[0] if chars else font.hbAddPrivate(hb_font.glyph_to_string(gid), gid,
                                                         pos.x_advance)
        data = ShapeData(info.cluster, scale(pos.x_advance), scale(pos.y_advance),
                         scale(pos.x_offset), scale(pos.y_offset), face.charWidths[code])
        glyphs.append((chr(code), data))
    return glyphs


def _changed(text: str, glyphs: list[tuple[str, Any]]) -> bool:
    """Whether drawing the characters unshaped would differ from the shaped glyphs."""
    if len(glyphs) != len(text):
        return True
    return any(char != text[i] or d.x_offset or d.y_offset or d.x_advance != d.width
               for i, (char, d) in enumerate(glyphs))


def _tag_units(text: str, glyphs: list[tuple[str, Any]]) -> None:
    """Tag the glyphs of each unit that does not extract as itself with the unit's text."""
    clusters = [d.cluster for _, d in glyphs]
    if any(b < a for a, b in itertools.pairwise(clusters)):
        starts = [0]  # not in logical order (right-to-left): one unit, the whole word
    else:
        starts = [i for i, c in enumerate(clusters)
                  if i == 0 or (c != clusters[i - 1] and not _joins_previous(text[c]))]
    ends = [*starts[1:], len(glyphs)]
    for n, (start, end) in enumerate(zip(starts, ends, strict=True)):
        first = 0 if n == 0 else clusters[start]
        last = clusters[ends[n]] if n + 1 < len(starts) else len(text)
        unit = text[first:last]
        members = glyphs[start:end]
        char, data = members[0]
        if len(members) == 1 and char == unit and not data.x_offset and not data.y_offset:
            continue  # one glyph, drawn as its own character, in place
        for k, (_, data) in enumerate(members):
            setattr(data, ATTRIBUTE, unit if k == 0 else "")


def _frag_word(word: Any, frags: list[Any], glyphs: tuple[tuple[str, Any], ...]) -> Any:
    """The shaped frag word: one ShapedStr per fragment, width first."""
    from reportlab.pdfbase.ttfonts import ShapedStr, makeShapedFragWord

    result: list[Any] = []
    width = 0.0
    current: Any = None
    chars: list[str] = []
    data: list[Any] = []
    for char, d in glyphs:
        frag = frags[d.cluster]
        if frag is not current:
            if current is not None:
                result.append((current, ShapedStr("".join(chars), shapeData=data)))
            current, chars, data = frag, [], []
        chars.append(char)
        data.append(d)
        width += d.x_advance * frag.fontSize / 1000
    result.append((current, ShapedStr("".join(chars), shapeData=data)))
    return makeShapedFragWord(word)([width, *result])


def _span(code: str, actual: str) -> str:
    """`code` in a marked-content span whose text is `actual` (a UTF-16BE hex string)."""
    return f"/Span <</ActualText <FEFF{actual.encode('utf-16-be').hex().upper()}>>> BDC {code} EMC"


def make_format_text(original: Any) -> Any:
    """PDFTextObject._formatText that wraps tagged glyphs in ActualText spans."""

    def format_text(self: Any, text: Any) -> str:
        data = getattr(text, "__shapeData__", None)
        if not data or not any(hasattr(d, ATTRIBUTE) for d in data):
            return str(original(self, text))
        # Pieces cut between clusters draw exactly as the whole (each cluster is its own TJ).
        # A span runs from a tagged glyph to the end of its word and takes the space after it
        # too: then it ends where the text goes on. (Ending it with a Thai mark shifted left of
        # its letter, as in "ปั้", left a gap that pdftotext read as a space.) One span per word
        # also keeps the page small: a span per cluster doubled the operators.
        chars = str(text)
        parts: list[str] = []
        start = 0
        while start < len(data):
            tagged = hasattr(data[start], ATTRIBUTE)
            end = start + 1
            if tagged:
                while end < len(data) and chars[end - 1] != " ":
                    end += 1
                actual = "".join(getattr(d, ATTRIBUTE, c)
                                 for c, d in zip(chars[start:end], data[start:end], strict=True))
                parts.append(_span(original(self, text[start:end]), actual))
            else:
                while end < len(data) and not hasattr(data[end], ATTRIBUTE):
                    end += 1
                parts.append(original(self, text[start:end]))
            start = end
        return " ".join(parts)

    format_text._aisafe_patched = True  # type: ignore[attr-defined]
    return format_text


def apply() -> None:
    from reportlab.pdfgen.textobject import PDFTextObject

    if not getattr(PDFTextObject._formatText, "_aisafe_patched", False):
        PDFTextObject._formatText = make_format_text(PDFTextObject._formatText)
