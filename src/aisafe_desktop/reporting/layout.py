"""Page furniture of the report: styles, "Page X of Y", running header, outline, signature slot.

ReportLab is imported by the caller (report.py) lazily; this module is only imported from there.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from aisafe_desktop.reporting.fonts import BASE_FONT, BOLD_FONT, markup
from aisafe_desktop.reporting.rl_actual_text import source_text

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
INK = colors.HexColor("#1F2933")
MUTED = colors.HexColor("#616E7C")
RULE = colors.HexColor("#CBD2D9")
ACCENT = colors.HexColor("#0B6E99")


def styles() -> dict[str, ParagraphStyle]:
    """Every style shapes text with HarfBuzz (shaping=1): needed for Thai, Khmer, Lao, ..."""
    base = ParagraphStyle(
        "body", fontName=BASE_FONT, fontSize=10, leading=14, textColor=INK, shaping=1, spaceAfter=4
    )
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=12, textColor=MUTED),
        "title": ParagraphStyle(
            "title", parent=base, fontName=BOLD_FONT, fontSize=22, leading=30, spaceAfter=10
        ),
        "subtitle": ParagraphStyle(
            "subtitle", parent=base, fontSize=13, leading=19, textColor=MUTED, spaceAfter=18
        ),
        "h1": ParagraphStyle(
            "h1",
            parent=base,
            fontName=BOLD_FONT,
            fontSize=15,
            leading=22,
            spaceBefore=6,
            spaceAfter=8,
            textColor=ACCENT,
            keepWithNext=1,  # a heading never ends a page alone
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName=BOLD_FONT,
            fontSize=11.5,
            leading=17,
            spaceBefore=8,
            spaceAfter=4,
            keepWithNext=1,
        ),
        "question": ParagraphStyle(
            "question", parent=base, fontName=BOLD_FONT, spaceBefore=6, spaceAfter=2, keepWithNext=1
        ),
        "cell": ParagraphStyle("cell", parent=base, spaceAfter=0),
        "cell_bold": ParagraphStyle("cell_bold", parent=base, fontName=BOLD_FONT, spaceAfter=0),
        "rec_title": ParagraphStyle(
            "rec_title", parent=base, fontName=BOLD_FONT, spaceAfter=0, keepWithNext=1
        ),
        "badge": ParagraphStyle(
            "badge",
            parent=base,
            fontName=BOLD_FONT,
            fontSize=18,
            leading=26,
            alignment=TA_CENTER,
            textColor=colors.white,
            spaceAfter=0,
        ),
        "mono": ParagraphStyle("mono", parent=base, fontSize=8, leading=11, spaceAfter=0),
    }


class ShapedParagraph(Paragraph):  # type: ignore[misc]  # ReportLab is untyped
    """A Paragraph that is shaped again from its source text on every wrap.

    After a wrap, ReportLab 5.1 replaces `frags` with the shaped, line-split words, and the
    pieces of a split long word keep their glyphs but lose the shaping data. Wrapping again at
    another width (KeepTogether and tables do) then re-shapes those pieces: Thai tone marks and
    Khmer subscripts turn into empty boxes. Restoring the parsed source frags avoids that.
    """

    frags: Any

    def __init__(self, text: Any, style: ParagraphStyle, *args: Any, **kwargs: Any) -> None:
        super().__init__(text, style, *args, **kwargs)
        if kwargs.get("frags"):  # a part of a split paragraph: its lines, shaped; unshape copies
            self.frags = [_unshaped(frag) for frag in self.frags]
        self._source_frags = self.frags

    def breakLines(self, width: Any) -> Any:
        self.frags = self._source_frags
        return super().breakLines(width)


def _unshaped(frag: Any) -> Any:
    if getattr(getattr(frag, "text", None), "__shapeData__", None) is None:
        return frag
    copy = frag.clone()
    copy.text = source_text(frag.text)
    return copy


# Burmese stacks medials and vowels above and below its letters, higher than Latin: with Latin line
# spacing its lines touched. Such paragraphs get 30 % more leading.
_TALL_SCRIPTS = re.compile("[\u1000-\u109f\ua9e0-\ua9ff\uaa60-\uaa7f]")


@functools.lru_cache(maxsize=64)  # styles() makes new styles per report: keep a few
def _taller(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-tall", parent=style, leading=style.leading * 1.3)


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph from plain text (escaped, NFC, per-script fonts)."""
    if _TALL_SCRIPTS.search(text):
        style = _taller(style)
    return ShapedParagraph(markup(text, bold=style.fontName == BOLD_FONT), style)


CHUNK = 1500  # characters per paragraph of a long text


def _chunks(text: str) -> list[str]:
    """Long text cut into paragraph-sized pieces at line ends, else sentence ends, else spaces."""
    pieces: list[str] = []
    for line in text.split("\n"):
        while len(line) > CHUNK:
            cut = line.rfind(". ", CHUNK // 2, CHUNK) + 1 or line.rfind(" ", CHUNK // 2, CHUNK)
            cut = cut if cut > 0 else CHUNK
            pieces.append(line[:cut].rstrip())
            line = line[cut:].lstrip()
        pieces.append(line)
    return pieces


def paras(text: str, style: ParagraphStyle) -> list[Paragraph]:
    """A possibly long plain text as several paragraphs.

    ReportLab breaks a paragraph that runs over a page by re-breaking the whole remainder on
    every page: one 400 KB answer cost ~100 s (quadratic). Pieces of ~1,500 characters keep
    rendering linear in the length of the text.
    """
    if len(text) <= CHUNK:
        return [para(text, style)]
    if _latin_only(text):  # nothing to shape: ReportLab's plain path is ~2x faster
        style = ParagraphStyle(f"{style.name}-plain", parent=style, shaping=0)
    tight = ParagraphStyle(f"{style.name}-piece", parent=style, spaceAfter=0)
    pieces = _chunks(text)
    return [para(piece, tight) for piece in pieces[:-1]] + [para(pieces[-1], style)]


def _latin_only(text: str) -> bool:
    """Precomposed Latin, punctuation and symbols Noto Sans draws without shaping."""
    return all(c < "\u0300" or "\u1e00" <= c <= "\u1eff" or "\u2000" <= c <= "\u20cf" for c in text)


def table(rows: list[list[Any]], widths: list[Any], commands: list[tuple[Any, ...]]) -> Table:
    """A left-aligned table. FONTNAME is set because a Table otherwise selects Helvetica (not
    embedded, so not allowed in PDF/A) even when every cell holds a Paragraph."""
    result = Table(rows, colWidths=widths, hAlign="LEFT")
    result.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), BASE_FONT), *commands]))
    return result


class Heading(ShapedParagraph):
    """A heading that also becomes an outline (bookmark) entry."""

    def __init__(self, text: str, style: ParagraphStyle, level: int) -> None:
        super().__init__(markup(text, bold=style.fontName == BOLD_FONT), style)
        self.outline_title = " ".join(text.split())
        self.outline_level = level


@dataclass
class SlotPosition:
    page: int = -1
    box: tuple[int, int, int, int] | None = None


class SignatureSlot(Flowable):  # type: ignore[misc]  # ReportLab is untyped
    """Reserves room for the visible signature stamp and records where it landed on the page."""

    def __init__(self, position: SlotPosition, caption: str, height: float = 30 * mm) -> None:
        super().__init__()
        self.position = position
        self.caption = caption
        self.height = height
        self.width = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = min(avail_width, 125 * mm)
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        x, y = canv.absolutePosition(0, 0)
        draw_line(canv, self.caption, 0, self.height - 7, 7, TA_LEFT, self.width)
        self.position.page = canv.getPageNumber() - 1
        self.position.box = (int(x), int(y), int(x + self.width), int(y + self.height - 10))


class NumberedCanvas(rl_canvas.Canvas):  # type: ignore[misc]  # ReportLab is untyped
    """Draws "Page X of Y" once the page count is known (pages are kept until save)."""

    footer_template = "Page {page} of {pages}"
    footer_left = ""
    footer_centre = ""  # the report reference number, on every page

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._saved_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved_pages)
        for state in self._saved_pages:
            self.__dict__.update(state)
            self._draw_footer(total)
            super().showPage()
        super().save()

    def _draw_footer(self, total: int) -> None:
        self.saveState()
        self.setStrokeColor(RULE)
        self.line(MARGIN, 13 * mm, PAGE_WIDTH - MARGIN, 13 * mm)
        text = self.footer_template.format(page=self._pageNumber, pages=total)
        width = PAGE_WIDTH - 2 * MARGIN
        for line, align in ((text, TA_RIGHT), (self.footer_left, TA_LEFT),
                            (self.footer_centre, TA_CENTER)):
            draw_line(self, line, MARGIN, 9 * mm, 8, align, width)
        self.restoreState()


def draw_line(canv: rl_canvas.Canvas, text: str, x: float, baseline: float, size: float,
              align: int, width: float) -> None:
    """One line of muted text in any script: a shaped Paragraph with the per-script fonts, as
    drawString knows one font only (Chinese, Thai... came out empty)."""
    if not text:
        return
    style = ParagraphStyle("line", parent=styles()["small"], fontSize=size, leading=size * 1.25,
                           alignment=align, spaceAfter=0, spaceBefore=0)
    line = para(text, style)
    _, height = line.wrap(width, size * 3)
    line.drawOn(canv, x, baseline - height + size * 1.25 - size * 0.05 - size * 0.2)


def canvas_class(footer_template: str, footer_left: str, footer_centre: str = "") -> type[NumberedCanvas]:
    """A canvas class with the localised footer (ReportLab instantiates it itself)."""
    return type(
        "ReportCanvas",
        (NumberedCanvas,),
        {
            "footer_template": footer_template,
            "footer_left": footer_left,
            "footer_centre": footer_centre,
        },
    )


@dataclass
class ReportDoc:
    """The doc template plus the running header text (may be in any script)."""

    header: str
    doc: BaseDocTemplate = field(init=False)

    def make(self, out: Any, **metadata: Any) -> BaseDocTemplate:
        frame = Frame(
            MARGIN,
            18 * mm,
            PAGE_WIDTH - 2 * MARGIN,
            PAGE_HEIGHT - 38 * mm,
            id="body",
            leftPadding=0,
            rightPadding=0,
        )
        header_style = styles()["small"]

        def on_page(canv: rl_canvas.Canvas, _doc: BaseDocTemplate) -> None:
            if canv.getPageNumber() == 1:
                return  # the cover has no running header
            # a Paragraph, not drawString: only Paragraphs are shaped (Thai, Khmer, ...)
            header = para(self.header, header_style)
            _, height = header.wrap(PAGE_WIDTH - 2 * MARGIN, 20 * mm)
            header.drawOn(canv, MARGIN, PAGE_HEIGHT - 12 * mm - height)
            canv.saveState()
            canv.setStrokeColor(RULE)
            canv.line(
                MARGIN,
                PAGE_HEIGHT - 14 * mm - height,
                PAGE_WIDTH - MARGIN,
                PAGE_HEIGHT - 14 * mm - height,
            )
            canv.restoreState()

        doc = _OutlineDoc(out, pagesize=A4, initialFontName=BASE_FONT, **metadata)
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
        self.doc = doc
        return doc


class _OutlineDoc(BaseDocTemplate):  # type: ignore[misc]  # ReportLab is untyped
    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Heading):
            key = f"h{id(flowable)}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.outline_title, key, flowable.outline_level, closed=False)
