"""Chinese lines are filled: a line ends only when the next piece of text does not fit on it.

Chinese may break between any two Han characters, but not before closing punctuation nor after
opening punctuation (kinsoku; ICU's line-break rules). ReportLab breaks at spaces only, and cut
a run of Chinese only when it was longer than a whole line: a run between two spaces that fitted
on the next line moved there whole ("…并在 EUR-Lex" ended a line with room for five more
characters). Now every run is cut where ICU allows (rl_word_breaks._pieces).

Four real paragraphs of the Chinese triage (with Latin words, numbers, dates and brackets) are
rendered as one paragraph in a narrow column; pdftotext -bbox-layout gives each line's right
edge. For every line but the last, the gap to the column's edge must be smaller than the first
unbreakable piece of the next line (plus the space before it, if any): the piece did not fit.
A typical gap is under one character (10 pt); only a character kept with the punctuation after
it, or a Latin word, leaves more.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from xml.etree import ElementTree

import pytest

from aisafe_desktop.core.word_breaks import available, break_positions
from tests.reporting.paragraphs import joined, paragraph, render
from tests.reporting.support import needs

KEYS = ("description", "recommendations/eu-ai-act/text", "recommendations/law-ph/text",
        "recommendations/vietnam-ai-law/text")
NO_START = "，。、；：！？）》」』】〕〉”’…·%"  # never begins a line
NO_END = "（《「『【〔〈“‘"  # never ends a line
CJK = re.compile("[\u3000-\u9fff\uff00-\uffef]")
WIDTH = 300.0
FONT_SIZE = 10.0  # the body style

pytestmark = pytest.mark.skipif(not available(), reason="no ICU library on this machine")


def source() -> str:
    return "".join(paragraph("zh", key) for key in KEYS)


def lines_with_edges(pdf: Path) -> list[tuple[str, float]]:
    """(text, right edge) of each line, from pdftotext -bbox-layout."""
    needs("pdftotext")
    xhtml = subprocess.run(["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True,
                           text=True, check=True).stdout
    root = ElementTree.fromstring(xhtml)
    found = []
    for line in root.iter("{http://www.w3.org/1999/xhtml}line"):
        words = [w.text or "" for w in line.iter("{http://www.w3.org/1999/xhtml}word")]
        found.append((" ".join(words), float(line.attrib["xMax"])))
    return found


def breaks(text: str) -> list[int]:
    """Where a line may end: after a space, or where ICU allows it next to a Chinese letter."""
    icu = [p for p in break_positions(text) or ()
           if CJK.match(text[p - 1]) or CJK.match(text[p])]
    spaces = [i + 1 for i, c in enumerate(text) if c == " "]
    return sorted({*icu, *spaces})


def width(text: str) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from aisafe_desktop.reporting.fonts import split_runs

    return float(sum(stringWidth(run, script.value, FONT_SIZE) for script, run in split_runs(text)))


def test_chinese_lines_are_filled_and_keep_punctuation_with_its_character(tmp_path: Path) -> None:
    text = source()
    pdf = tmp_path / "zh.pdf"
    render(text, pdf, width=WIDTH, height=3000)
    lines = lines_with_edges(pdf)
    assert len(lines) >= 25, lines
    assert joined([t for t, _ in lines], text) == text  # nothing lost, nothing added
    right = 20 + WIDTH - 6  # the frame's edge less its padding
    allowed = breaks(text)
    starts = []  # where each line starts in `text`
    position = 0
    for line, _ in lines:
        position += text[position:position + 1] == " "
        starts.append(position)
        position += len(" ".join(line.split()))
    short = []
    for (line, edge), (following, _), start in zip(lines, lines[1:], starts[1:], strict=False):
        assert following[0] not in NO_START, (line, following)
        assert line[-1] not in NO_END, (line, following)
        end = min([p for p in allowed if p > start] + [len(text)])
        piece = text[start:end].rstrip()
        space = width(" ") if text[start - 1] == " " else 0.0
        gap = right - edge
        assert gap < width(piece) + space + 0.5, (line, gap, piece)
        if gap > FONT_SIZE + 0.5:
            short.append((line, piece))
    # most lines end within one character of the edge; the others end before a Latin word or a
    # character that must stay with the punctuation after it
    assert len(short) <= len(lines) // 4, short
    assert all(len(piece) >= 2 for _, piece in short), short
