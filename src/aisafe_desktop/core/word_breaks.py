"""Where a line may break in text written without spaces (Thai, Lao, Khmer, Burmese): ICU.

ICU's line-break iterator knows the words of these scripts from its dictionaries. We call its C
API (`ubrk_*`) through ctypes on an ICU the app already has, instead of adding a binding:

- Linux: the ICU inside PySide6's wheel (Qt/lib/libicuuc.so.NN; it ships in the .deb anyway),
  else the system's libicuuc;
- Windows 10 1703+/11: the system's icuuc.dll (Qt 6.10+ needs it already).

Measured alternatives (docs/translations.md): icu4py 1.2.0 carries its own ICU 78 (+44 MB
unpacked, 15-16 MB wheels), which would take the .deb over 70 MB and setup.exe over 45 MB; PyICU
has no Windows wheels (it builds from source against ICU); pythainlp (22 MB wheel, Thai only),
laonlp (2.7 MB) and khmer-nltk (7 MB + a CRF library) cover three of the four scripts between
them, none covers Burmese. Without any ICU, `break_positions` answers None and callers keep
their previous behaviour (break anywhere when a word is longer than a line).
"""

from __future__ import annotations

import ctypes
import functools
import importlib.util
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

# Unicode blocks of the scripts that write words without spaces between them.
_NO_SPACE_SCRIPTS = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u19e0-\u19ff"
                               "\ua9e0-\ua9ff\uaa60-\uaa7f]")
ZERO_WIDTH_SPACE = "\u200b"
_UBRK_LINE = 2
_UBRK_DONE = -1


def needs_segmenting(text: str) -> bool:
    """Whether `text` has Thai, Lao, Khmer or Burmese letters (words without spaces)."""
    return _NO_SPACE_SCRIPTS.search(text) is not None


class _Icu:
    def __init__(self, library: ctypes.CDLL, suffix: str, name: str) -> None:
        self.name = name  # the library file, for `aisafe about`
        def function(name: str, restype: object, *argtypes: object) -> Any:
            found = getattr(library, name + suffix)
            found.restype = restype
            found.argtypes = list(argtypes)
            return found

        status = ctypes.POINTER(ctypes.c_int)
        self.open = function("ubrk_open", ctypes.c_void_p, ctypes.c_int, ctypes.c_char_p,
                             ctypes.c_char_p, ctypes.c_int32, status)
        self.next = function("ubrk_next", ctypes.c_int32, ctypes.c_void_p)
        self.close = function("ubrk_close", None, ctypes.c_void_p)

    def line_breaks(self, text: str, locale: str) -> list[int] | None:
        """Break opportunities in UTF-16 code units (ICU's unit), end of text excluded."""
        encoded = text.encode("utf-16-le")
        buffer = ctypes.create_string_buffer(encoded + b"\0\0", len(encoded) + 2)
        status = ctypes.c_int(0)
        iterator = self.open(_UBRK_LINE, locale.encode("ascii", "ignore"), buffer,
                             len(encoded) // 2, ctypes.byref(status))
        if not iterator or status.value > 0:  # ICU: > 0 is an error, < 0 a warning
            return None
        try:
            found: list[int] = []
            while (position := self.next(iterator)) != _UBRK_DONE:
                found.append(position)
            return found[:-1]  # the last one is the end of the text
        finally:
            self.close(iterator)


def _candidates() -> Iterator[Path | str]:
    if sys.platform == "win32":
        yield from ("icuuc.dll", "icu.dll")
        return
    folders = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        folders.append(Path(frozen) / "PySide6" / "Qt" / "lib")
    spec = importlib.util.find_spec("PySide6")  # finds the folder without importing Qt
    if spec is not None and spec.origin:
        folders.append(Path(spec.origin).parent / "Qt" / "lib")
    for folder in folders:
        yield from sorted(folder.glob("libicuuc.so.*")) + sorted(folder.glob("libicuuc.*.dylib"))
    import ctypes.util  # here: its import costs ~6 ms of the app's start-up, before any text

    system = ctypes.util.find_library("icuuc")
    if system:
        yield system


def _suffixes(name: str) -> list[str]:
    version = re.search(r"icuuc\.so\.(\d+)|icuuc\.(\d+)\.dylib", name)
    probable = [f"_{version.group(1) or version.group(2)}"] if version else []
    return ["", *probable, *(f"_{n}" for n in range(90, 49, -1))]


@functools.cache
def _icu() -> _Icu | None:
    if os.environ.get("AISAFE_NO_ICU"):  # to test the fallback
        return None
    for candidate in _candidates():
        try:
            library = ctypes.CDLL(str(candidate))
        except OSError:
            continue
        name = os.path.basename(str(candidate))
        for suffix in _suffixes(name):
            if hasattr(library, "ubrk_open" + suffix):
                try:
                    icu = _Icu(library, suffix, name)
                except AttributeError:
                    break
                # A library can export the functions and still not break (no break rules or
                # dictionaries in its data, a stand-in): use it only if it splits a Thai phrase.
                if icu.line_breaks(_PROBE, "th") == _PROBE_BREAKS:
                    return icu
                break
    return None


_PROBE = "ระบบนี้ใช้ข้อมูล"  # "this system uses data": ระบบ|นี้|ใช้|ข้อมูล
_PROBE_BREAKS = [4, 7, 10]


def library_name() -> str | None:
    """The ICU library word breaking uses (a file name), or None without one."""
    icu = _icu()
    return icu.name if icu else None


def available() -> bool:
    return _icu() is not None


def break_positions(text: str, locale: str = "") -> list[int] | None:
    """Indices i (0 < i < len(text)) where a line may break before text[i]; None without ICU."""
    icu = _icu()
    if icu is None:
        return None
    units = icu.line_breaks(text, locale)
    if units is None:
        return None
    if all(ord(c) < 0x10000 for c in text):
        return [u for u in units if 0 < u < len(text)]
    index_of: dict[int, int] = {}
    unit = 0
    for index, char in enumerate(text):
        index_of[unit] = index
        unit += 2 if ord(char) >= 0x10000 else 1
    return [index_of[u] for u in units if u in index_of and 0 < index_of[u] < len(text)]


def with_break_hints(text: str, locale: str = "") -> str:
    """`text` with a zero-width space where ICU allows a break between two letters of a script
    written without spaces, so a renderer that breaks at spaces only (Qt) breaks at words."""
    if not needs_segmenting(text):
        return text
    positions = break_positions(text, locale)
    if not positions:
        return text
    parts: list[str] = []
    start = 0
    for position in positions:
        before, after = text[position - 1], text[position]
        if (needs_segmenting(before) or needs_segmenting(after)) and not before.isspace() \
                and before != ZERO_WIDTH_SPACE:
            parts += [text[start:position], ZERO_WIDTH_SPACE]
            start = position
    parts.append(text[start:])
    return "".join(parts)
