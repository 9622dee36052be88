"""Make the bundled Chinese font: Noto Sans CJK SC, subset, with TrueType outlines.

    python tools/make_cjk_font.py /usr/share/fonts/opentype/noto   # from Debian's fonts-noto-cjk

ReportLab embeds only TrueType (glyf) outlines and Noto Sans CJK has CFF ones, so the SC face of
NotoSansCJK-{Regular,Bold}.ttc is subset to the characters AISafe needs and its cubic outlines are
converted to quadratic ones (fontTools cu2qu, max error 1 unit of 1000). Kept: GB 2312 level 1
(its 3,755 most frequent hanzi, ~99.7 % of running text) and symbols, every character of the
shipped Chinese texts, ASCII, CJK punctuation and full-width forms. Renamed "AISafe Noto Sans
SC" (a modified version; the OFL allows it, Noto has no reserved name) so it never stands in for a
full Noto Sans CJK the system may have. Output: resources/fonts/AISafeNotoSansSC-{Regular,Bold}.ttf.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont, newTable

ROOT = Path(__file__).resolve().parents[1]
FAMILY = "AISafe Noto Sans SC"
SC_INDEX = 2  # the face order in Debian's NotoSansCJK-*.ttc: JP, KR, SC, TC, HK, mono...


def gb2312() -> set[str]:
    """GB 2312's symbols and level-1 hanzi (level 2 would add ~1.7 MB per weight)."""
    found = set()
    for high in range(0xA1, 0xD8):  # symbols (rows 1-9) and level 1 (rows 16-55)
        for low in range(0xA1, 0xFF):
            try:
                found.add(bytes([high, low]).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return found


def shipped_chinese() -> set[str]:
    found: set[str] = set()
    paths = [*(ROOT / "questionnaires" / "translations").glob("*.zh.yaml"),
             ROOT / "resources" / "translations" / "texts.zh.yaml",
             ROOT / "resources" / "translations" / "aisafe_zh.ts"]
    for path in paths:
        if path.is_file():
            found |= set(path.read_text(encoding="utf-8"))
    return found


def wanted() -> set[int]:
    chars = gb2312() | shipped_chinese() | {chr(c) for c in range(0x20, 0x7F)}
    chars |= {chr(c) for c in range(0x3000, 0x3040)} | {chr(c) for c in range(0xFF01, 0xFF5F)}
    chars |= set("\u2014\u2018\u2019\u201c\u201d\u2026\u00b7")
    return {ord(c) for c in chars if c.isprintable() or c == "\u3000"}


def to_truetype(font: TTFont) -> None:
    """CFF outlines → glyf (quadratic), the way fontTools' otf2ttf example does."""
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = glyphs
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    glyf.compile(font)
    font["maxp"] = maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                 "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                 "maxComponentElements"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    maxp.maxComponentDepth = 0
    maxp.compile(font)
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 2.0
    font["post"].extraNames = []
    font["post"].mapping = {}
    font["post"].glyphOrder = glyph_order
    font.sfntVersion = "\x00\x01\x00\x00"


def rename(font: TTFont, style: str) -> None:
    names = {1: FAMILY, 2: style, 3: f"{FAMILY.replace(' ', '')}-{style};subset",
             4: f"{FAMILY} {style}", 6: f"{FAMILY.replace(' ', '')}-{style}",
             16: FAMILY, 17: style}
    table = font["name"]
    for record in list(table.names):
        if record.nameID in names or record.nameID in (16, 17, 21, 22):
            table.removeNames(nameID=record.nameID)
    for name_id, value in names.items():
        table.setName(value, name_id, 3, 1, 0x409)
        table.setName(value, name_id, 1, 0, 0)


def make(source: Path, style: str, out: Path) -> None:
    font = TTCollection(str(source)).fonts[SC_INDEX]
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.hinting = False
    options.desubroutinize = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=wanted())
    subsetter.subset(font)
    to_truetype(font)
    rename(font, style)
    for table in ("vhea", "vmtx"):  # vertical writing: not used, saves space
        if table in font:
            del font[table]
    font.save(str(out))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="folder with NotoSansCJK-Regular.ttc and -Bold.ttc")
    args = parser.parse_args(argv)
    for style in ("Regular", "Bold"):
        out = ROOT / "resources" / "fonts" / f"AISafeNotoSansSC-{style}.ttf"
        make(args.folder / f"NotoSansCJK-{style}.ttc", style, out)
        print(f"{out.relative_to(ROOT)}: {out.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
