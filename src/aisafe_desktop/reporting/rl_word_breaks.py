"""ReportLab breaks lines at spaces; we also break Thai, Lao, Khmer, Burmese and Chinese between
words, where ICU's line-break iterator allows it.

ReportLab 5.1 wraps at spaces. A run of Thai, Lao, Khmer or Burmese (written without spaces) or
of Chinese that fitted on the next line moved there whole, leaving the line ragged; a run longer
than a line was cut character by character (`_splitFragWord` for paragraphs with several fonts,
`_splitWord` for one font): Thai broke inside syllables ("ควา|มเป็น"). Now:
- `_getFragWords` cuts every such run into pieces at ICU's boundaries next to a letter of these
  scripts (dictionary words for the four scripts; for Chinese between characters, with the rules
  that keep punctuation with its character), glued without a space, so the lines fill;
- the split functions cut a run that is still too long only at those boundaries. A single word
  longer than a whole line, or text without any ICU on the machine, keeps ReportLab's cutting.
"""

from __future__ import annotations

import functools
import itertools
import re
from typing import Any

from aisafe_desktop.core.word_breaks import break_positions

# Thai, Lao, Burmese, Khmer and CJK (ideographs, kana, Hangul, CJK punctuation, fullwidth forms).
_ICU_SCRIPTS = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u19e0-\u19ff\u3000-\u9fff"
                          "\ua9e0-\ua9ff\uaa60-\uaa7f\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")


def _segments(text: str) -> list[tuple[int, int]] | None:
    """(start, end) of the unbreakable pieces of `text`, or None to let ReportLab cut it."""
    if not _ICU_SCRIPTS.search(text):
        return None
    positions = break_positions(text)
    if not positions:
        return None
    bounds = [0, *positions, len(text)]
    return list(itertools.pairwise(bounds))


SOURCE_ATTRIBUTE = "_aisafe_source"  # set by rl_patches on a shaped word: its text before shaping


def _glyphs(w: Any) -> tuple[str, list[tuple[Any, Any, float, int]]] | None:
    """The word's source text and its items (fragment, one glyph or character, width, index of
    the source character it starts at, or -1 inside a cluster); None if it has anything else."""
    source = getattr(w, SOURCE_ATTRIBUTE, None)
    items: list[tuple[Any, Any, float, int]] = []
    offset = 0
    previous = -1
    for frag, text in w[1:]:
        if hasattr(frag, "cbDefn") or not isinstance(text, str):
            return None
        data = getattr(text, "__shapeData__", None)
        for i in range(len(text)):
            if data is not None:
                cluster = data[i].cluster
                width = data[i].x_advance * frag.fontSize / 1000
                start = cluster if cluster != previous and cluster < 0x7FFFFFFF else -1
                previous = cluster
            else:
                from reportlab.pdfbase.pdfmetrics import stringWidth

                width = stringWidth(text[i], frag.fontName, frag.fontSize)
                start = offset + i
            items.append((frag, text[i], width, start))
        offset += len(text)
    if source is None:
        if any(getattr(text, "__shapeData__", None) is not None for _, text in w[1:]):
            return None
        source = "".join(text for _, text in w[1:])
    return source, items


def _make_split_frag_word(original: Any) -> Any:
    from reportlab.platypus import paragraph as rl

    def pairs(items: list[tuple[Any, Any, float, int]], first: Any) -> list[tuple[Any, str]]:
        """(fragment, text) pairs of one line's items, a copy of the fragment per run."""
        result = []
        for _, group in itertools.groupby(items, key=lambda item: id(item[0])):
            run = list(group)
            text = run[0][1]
            for item in run[1:]:
                text = text + item[1]  # ShapedStr + ShapedStr keeps the shaping data
            clone = run[0][0].clone()
            if hasattr(clone, "text"):
                clone.text = text
            result.append((clone, text))
        if not result:
            clone = first.clone()
            if hasattr(clone, "text"):
                clone.text = ""
            result.append((clone, ""))
        return result

    def split_frag_word(w: Any, max_width: float, max_widths: list[float], lineno: int) -> Any:
        found = _glyphs(w)
        spans = _segments(found[0]) if found else None
        if found is None or spans is None:
            return original(w, max_width, max_widths, lineno)
        allowed = {a for a, _ in spans}
        items = found[1]
        cuts = [i for i, item in enumerate(items) if i and item[3] in allowed] + [len(items)]
        pieces_of_items = [items[a:b] for a, b in zip([0, *cuts], cuts, strict=False)]
        last_line = len(max_widths) - 1
        next_width = max_widths[min(last_line, lineno + 1)]
        widths = [sum(item[2] for item in piece) for piece in pieces_of_items]
        if any(width > next_width for width in widths):
            return original(w, max_width, max_widths, lineno)
        first = w[1][0]
        pieces: list[Any] = []
        line: list[tuple[Any, Any, float, int]] = []
        width = 0.0
        for piece, piece_width in zip(pieces_of_items, widths, strict=True):
            if width + piece_width > max_width and (line or piece_width <= next_width):
                pieces.append(rl._SplitFrag([width, *pairs(line, first)]))
                lineno += 1
                max_width = max_widths[min(last_line, lineno)]
                line, width = [], 0.0
            line += piece
            width += piece_width
        end = rl._SplitFragHS if isinstance(w, rl._HSFrag) else rl._SplitFragH
        pieces.append(end([width, *pairs(line, first)]))
        return pieces

    return split_frag_word


def _make_split_word(original: Any) -> Any:
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import paragraph as rl

    def split_word(w: Any, line_width: float, max_widths: list[float], lineno: int,
                   font_name: str, font_size: float, encoding: str = "utf8") -> Any:
        text = w.decode(encoding) if isinstance(w, bytes) else w
        spans = _segments(text)
        last_line = len(max_widths) - 1
        max_width = max_widths[min(last_line, lineno)]
        next_width = max_widths[min(last_line, lineno + 1)]
        widths = [stringWidth(text[a:b], font_name, font_size) for a, b in spans or ()]
        if spans is None or rl.isBidiStr(w) or any(width > next_width for width in widths):
            return original(w, line_width, max_widths, lineno, font_name, font_size, encoding)
        pieces: list[Any] = []
        current = ""
        for (a, b), piece_width in zip(spans, widths, strict=True):
            if line_width + piece_width > max_width and (current or piece_width <= next_width):
                pieces.append(rl._SplitWord(current))
                lineno += 1
                max_width = max_widths[min(last_line, lineno)]
                current, line_width = "", 0.0
            current += text[a:b]
            line_width += piece_width
        pieces.append(rl._SplitWordEnd(current))
        return pieces

    return split_word


def _pieces(w: Any) -> list[Any]:
    """A frag word cut where ICU allows a line break next to a letter of these scripts, so each
    piece may end a line; `w` itself if there is nothing to cut."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import paragraph as rl

    pairs = w[1:]
    if type(w) not in (list, rl._HSFrag) or not pairs or any(
            hasattr(f, "cbDefn") or not isinstance(t, str) or hasattr(t, "__shapeData__")
            for f, t in pairs):
        return [w]  # split, hyphenated, already shaped, images: as ReportLab does
    text = "".join(t for _, t in pairs)
    cuts = _cuts(text)
    if not cuts:
        return [w]
    pieces: list[Any] = []
    current: list[Any] = [0.0]
    start = 0  # index in `text` of the current pair's first character
    bounds = iter([*cuts, len(text) + 1])
    cut = next(bounds)
    for frag, run in pairs:
        end = start + len(run)
        a = start
        while cut < end:
            if cut > a:
                current.append((frag, run[a - start:cut - start]))
            pieces.append(current)
            current = [0.0]
            a, cut = cut, next(bounds)
        if end > a:
            current.append((frag, run[a - start:]))
        start = end
    pieces.append(current)
    for piece in pieces:
        piece[0] = sum(stringWidth(t, f.fontName, f.fontSize) for f, t in piece[1:])
    last = w.__class__(pieces[-1])
    return [*pieces[:-1], last]


@functools.lru_cache(maxsize=4096)  # a paragraph is broken again on every wrap
def _cuts(text: str) -> tuple[int, ...]:
    """Where a line may break in `text` next to a Thai, Lao, Khmer, Burmese or CJK letter."""
    if not _ICU_SCRIPTS.search(text):
        return ()
    positions = break_positions(text) or ()
    return tuple(p for p in positions
                 if _ICU_SCRIPTS.match(text[p - 1]) or _ICU_SCRIPTS.match(text[p]))


def _make_get_frag_words(original: Any) -> Any:
    def get_frag_words(frags: Any, *args: Any, **kwargs: Any) -> Any:
        words = original(frags, *args, **kwargs)
        if not any(_ICU_SCRIPTS.search(str(getattr(f, "text", ""))) for f in frags
                   if not isinstance(f, list)):
            return words
        return [piece for w in words for piece in _pieces(w)]

    return get_frag_words


def apply() -> None:
    from reportlab.platypus import paragraph

    if not getattr(paragraph._getFragWords, "_aisafe_patched", False):
        patched = _make_get_frag_words(paragraph._getFragWords)
        patched._aisafe_patched = True
        paragraph._getFragWords = patched
    if not getattr(paragraph._splitFragWord, "_aisafe_patched", False):
        patched = _make_split_frag_word(paragraph._splitFragWord)
        patched._aisafe_patched = True
        paragraph._splitFragWord = patched
    if not getattr(paragraph._splitWord, "_aisafe_patched", False):
        patched = _make_split_word(paragraph._splitWord)
        patched._aisafe_patched = True
        paragraph._splitWord = patched
