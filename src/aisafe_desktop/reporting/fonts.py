"""Bundled Noto fonts: where they are, registering them with ReportLab, and per-script markup.

ReportLab has no automatic font fallback, so text mixing scripts (an English question with a Thai
answer) is split into runs and each non-Latin run is wrapped in `<font name=...>`. HarfBuzz shaping
(`ParagraphStyle(shaping=1)`) then gets a font that actually has the glyphs.
"""

from __future__ import annotations

import enum
import threading
import unicodedata
from pathlib import Path
from xml.sax.saxutils import escape

from aisafe_desktop.core.paths import shipped_data_dir
from aisafe_desktop.reporting.errors import ReportError


class Script(enum.Enum):
    """Scripts with their own bundled font. Value = ReportLab family name."""

    LATIN = "NotoSans"
    THAI = "NotoSansThai"
    KHMER = "NotoSansKhmer"
    LAO = "NotoSansLao"
    MYANMAR = "NotoSansMyanmar"
    TAMIL = "NotoSansTamil"
    CHINESE = "AISafeNotoSansSC"  # Noto Sans CJK SC, subset, TrueType outlines (tools/make_cjk_font.py)


BASE_FONT = Script.LATIN.value
BOLD_FONT = f"{BASE_FONT}-Bold"

# (first, last, script): Unicode blocks of the scripts above. Everything else uses Noto Sans.
_RANGES: tuple[tuple[int, int, Script], ...] = (
    (0x0B80, 0x0BFF, Script.TAMIL),
    (0x0E00, 0x0E7F, Script.THAI),
    (0x0E80, 0x0EFF, Script.LAO),
    (0x1000, 0x109F, Script.MYANMAR),
    (0x1780, 0x17FF, Script.KHMER),
    (0x19E0, 0x19FF, Script.KHMER),
    (0x3000, 0x303F, Script.CHINESE),  # CJK symbols and punctuation
    (0x3400, 0x4DBF, Script.CHINESE),
    (0x4E00, 0x9FFF, Script.CHINESE),
    (0xA9E0, 0xA9FF, Script.MYANMAR),
    (0xAA60, 0xAA7F, Script.MYANMAR),
    (0xF900, 0xFAFF, Script.CHINESE),
    (0xFF00, 0xFFEF, Script.CHINESE),  # full-width forms (，：（）)
    (0x11FC0, 0x11FFF, Script.TAMIL),
)

_lock = threading.Lock()
_registered = False


def fonts_dir() -> Path:
    """The folder with the bundled TTFs: package data in a wheel or bundle
    (aisafe_desktop/_data/resources/fonts), else <repository>/resources/fonts."""
    folder = shipped_data_dir("resources") / "fonts"
    if not (folder / "NotoSans-Regular.ttf").is_file():
        raise ReportError("the bundled fonts are missing from {folder}; reinstall AISafe "
                          "Desktop", folder=folder)
    return folder


def ensure_registered() -> None:
    """Register every bundled font once (lazily: it costs ~0.2 s) and fix ReportLab's shaping
    (see rl_patches)."""
    global _registered
    with _lock:
        if _registered:
            return
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        folder = fonts_dir()
        for script in Script:
            family = script.value
            for suffix, bold in (("Regular", 0), ("Bold", 1)):
                name = family if not bold else f"{family}-Bold"
                path = folder / f"{family}-{suffix}.ttf"
                if not path.is_file():
                    raise ReportError("bundled font file missing: {file}; reinstall AISafe "
                                      "Desktop", file=path)
                pdfmetrics.registerFont(TTFont(name, str(path)))
                # italic falls back to upright: none of the bundled scripts needs it
                addMapping(family, bold, 0, name)
                addMapping(family, bold, 1, name)
        from aisafe_desktop.reporting import rl_patches

        rl_patches.apply()
        _registered = True


def font_path(script: Script = Script.LATIN, bold: bool = False) -> Path:
    return fonts_dir() / f"{script.value}-{'Bold' if bold else 'Regular'}.ttf"


def script_of(char: str) -> Script | None:
    """The bundled script of one character, or None if it is neutral (space, digit, mark...)."""
    code = ord(char)
    if code < 0x0300:  # fast path for the common case: ASCII and Latin-1/Extended letters
        return Script.LATIN if char.isalpha() else None
    for first, last, script in _RANGES:
        if first <= code <= last:
            return script
    category = unicodedata.category(char)
    if category[0] in "LS" and category != "Sk":
        return Script.LATIN
    return None


def _has_glyph(script: Script, char: str) -> bool:
    from reportlab.pdfbase import pdfmetrics

    ensure_registered()
    return ord(char) in pdfmetrics.getFont(script.value).face.charToGlyph


def _needs_fallback(script: Script, char: str) -> bool:
    return unicodedata.category(char)[0] != "M" and not _has_glyph(script, char)


# Drawn instead of a character no bundled font has (emoji, CJK, ...): a .notdef glyph would make
# the PDF/A file invalid and shows as an empty box anyway. Noto Sans has U+FFFD.
REPLACEMENT = "\ufffd"


def _drawable(char: str, script: Script) -> str:
    """`char`, or REPLACEMENT if `script`'s font has no glyph for it ('' for invisible ones)."""
    if char in "\n\t" or (ord(char) < 0x0300 and char.isprintable()):
        return char  # Noto Sans covers Latin-1 and Latin Extended
    if not char.isprintable() and unicodedata.category(char) in ("Cc", "Cs", "Co", "Cn"):
        return REPLACEMENT if unicodedata.category(char) != "Cc" else ""
    if _has_glyph(script, char):
        return char
    return "" if unicodedata.category(char) == "Cf" else REPLACEMENT


def unsupported(text: str) -> list[str]:
    """The characters of `text` that no bundled font can draw (shown as REPLACEMENT)."""
    missing = []
    for script, run in split_runs(text, replace=False):
        missing += [c for c in run if _drawable(c, script) != c and c not in missing]
    return missing


def split_runs(text: str, replace: bool = True) -> list[tuple[Script, str]]:
    """Split NFC-normalised text into runs of one script.

    A neutral character (space, digit, punctuation, mark) joins the current run when that run's
    font has it (the Thai, Lao, Myanmar and Khmer fonts lack digits and most punctuation), else it
    goes to Noto Sans. With `replace`, characters no bundled font has become REPLACEMENT.
    """
    text = unicodedata.normalize("NFC", text)
    runs: list[tuple[Script, str]] = []
    current = Script.LATIN  # leading neutral characters: Noto Sans has them all
    buffer: list[str] = []
    for char in text:
        script = script_of(char)
        if script is None and current is not Script.LATIN and _needs_fallback(current, char):
            script = Script.LATIN
        if replace and (script or current) is Script.LATIN:
            char = _drawable(char, Script.LATIN)
            if not char:
                continue
        if script is not None and script is not current:
            if buffer:
                runs.append((current, "".join(buffer)))
            buffer = []
            current = script
        buffer.append(char)
    if buffer:
        runs.append((current, "".join(buffer)))
    return runs


def markup(text: str, bold: bool = False) -> str:
    """Plain text -> ReportLab paragraph markup: escaped, NFC, per-script font runs, line breaks.

    `bold`: the paragraph's own font is bold, so the script runs use the bold cut too.
    """
    parts: list[str] = []
    for script, run in split_runs(text):
        escaped = escape(run).replace("\n", "<br/>")
        if script is Script.LATIN:
            parts.append(escaped)
        else:
            name = f"{script.value}-Bold" if bold else script.value
            parts.append(f'<font name="{name}">{escaped}</font>')
    return "".join(parts)
