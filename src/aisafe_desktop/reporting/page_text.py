"""The text of a received report's first pages, as pypdf's `extract_text` gives it, only faster.

The verifier compares what the cover and summary say with the signed data (services/page_claims).
pypdf reads a content stream one byte at a time and rebuilds each font's ToUnicode map for every
page: ~35 ms for four pages, three times the signature check. This module gives pypdf's text for
the plain content a report has, by running *pypdf's own* text extraction (its TextExtraction class:
positions, line and word breaks, fonts from its own `Font.from_font_resource`) on:
- the page objects as pyHanko's reader (the one that checked the signature) read them;
- operations read with one regular expression, for the plain grammar our reports use: numbers,
  names, literal strings with simple escapes, arrays of numbers, comments, and only the operators
  in `_OPERATORS` (no `TJ`, `'`, `"`, `TD`, `Do`, inline images, hex strings, dictionaries);
- fonts built once per worker from the same values (a simple TrueType or Type1 font with a
  ToUnicode map, its widths and descriptor), with the per-character work of `Tj` done from a
  table made from that pypdf font.
Anything outside that -- another filter, a stream array, an inherited /Resources, a nested page
tree, an unknown key in a font, a control byte, a stream larger than `MAX_STREAM` -- answers
None, and the caller extracts the pages with pypdf as before, so a hostile file gets pypdf's
result either way (tests/reporting/test_page_text.py compares both on reports in several scripts
and on hostile variants).
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable, Mapping
from typing import Any

import pypdf._text_extraction as pypdf_text
from pyhanko.pdf_utils import generic
from pypdf._text_extraction import _text_extractor
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
)
from pypdf.generic._font import Font

MAX_STREAM = 1024 * 1024  # decoded bytes of a ToUnicode stream (pypdf allows 4 MB)
# Decoded bytes of a page's content: every token takes at least one byte, so pypdf's budget of
# 400,000 tokens per stream (page_claims) cannot run out below this size.
MAX_CONTENT = 256 * 1024
MAX_ARRAY = 4096  # items of an array operand (TJ's strings and numbers); pypdf allows 50,000
MAX_FONTS = 64  # fonts on one page
_CACHE_LIMIT = 256  # fonts kept per worker process

# Operators pypdf's text extraction acts on (TextExtraction.process_operation), and operators it
# ignores (graphics). Anything else (' " TD Do BI BX ...) leaves the whole page to pypdf.
TEXT_OPERATORS = frozenset(b"BT ET q Q cm Tz Tc Tw TL Tf Td Tm T* Tj TJ".split())
_IGNORED = frozenset(
    b"Tr Ts w J j M d ri i gs m l c v y h re S s f F f* B B* b b* n W W* g G rg RG k K cs CS "
    b"sc SC scn SCN BDC EMC".split()
)
# One instruction: operands, then its operator, as pypdf's content stream parser splits them.
# Each operand ends where pypdf's token ends (a number where its run of [+-.0-9] ends; a name
# where a delimiter or whitespace comes); a `#` in a name, a hex string, a dictionary (but the
# span below), a nested array, a control byte or a non-ASCII byte outside a string matches
# nothing here.
_SEP = rb"[ \t\r\n]*(?:%[^\r\n]*[ \t\r\n]*)*"
_NUM = rb"[+\-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?![+\-.0-9])"
_NAME = rb"/[^\x00-\x20\x7f-\xff()<>\[\]{}/%#]*(?![#\x7f-\xff])"
_STR = rb"\((?:[^\\()]|\\[nrtbf()/\\ %<>\[\]#_&$]|\\[0-7]{1,3})*\)"
_ARRAY = rb"\[[ \t\r\n]*(?:(?:" + _NUM + b"|" + _STR + rb")[ \t\r\n]*){0,%d}\]" % MAX_ARRAY
# The one dictionary our reports write: the operand of a marked-content span that gives the text
# of shaped glyphs (`/Span <</ActualText <FEFF...>>> BDC`, reporting/rl_actual_text.py). pypdf's
# text extraction ignores BDC and EMC, and so does this reader; a dictionary before any other
# operator leaves the page to pypdf.
_SPAN = rb"<</ActualText <[0-9A-F]{0,4096}>>>"
_INSTRUCTION = re.compile(
    _SEP + rb"(?P<args>(?:(?:" + _NUM + b"|" + _NAME + b"|" + _STR + b"|" + _ARRAY + b"|" + _SPAN
    + rb")" + _SEP
    + rb")*)(?P<op>[A-Za-z'\"][^\x00-\x20\x7f-\xff()<>\[\]{}/%]*)"
)
_TRAILING = re.compile(_SEP + rb"\Z")
_STRING = re.compile(_STR)
# one operand of an instruction the pattern above matched (a comment matches, to be skipped)
_ARG = re.compile(rb"(" + _NUM + rb")|(" + _NAME + rb")|\((" + _STR[2:-2] + rb")\)|(" + _ARRAY + b")"
                  rb"|%[^\r\n]*")
_ITEM = re.compile(rb"(" + _NUM + rb")|\((" + _STR[2:-2] + rb")\)")  # of an array
_ESCAPE = re.compile(rb"\\([0-7]{1,3}|.)", re.S)
_ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}
_CONTROL = re.compile(rb"[\x00\x0b\x0c]")  # whitespace pypdf and this reader treat differently


class _Unsure(Exception):
    """Outside the plain grammar: pypdf must read it."""


def _unescape(match: re.Match[bytes]) -> bytes:
    escaped = match.group(1)
    if escaped[:1].isdigit():
        value = int(escaped, 8)
        if value > 255:
            raise _Unsure  # pypdf keeps the backslash and re-reads the digits
        return bytes((value,))
    return _ESCAPES.get(escaped, escaped)


def _string(raw: bytes) -> bytes:
    """A literal string's bytes (between its parentheses), escapes read as pypdf reads them."""
    return _ESCAPE.sub(_unescape, raw) if b"\\" in raw else raw


def _number(token: bytes) -> int | float:
    return float(token) if b"." in token else int(token)


_SIMPLE: dict[bytes, Any] = {}  # number and name tokens already converted (a report repeats them)


def _simple(token: bytes) -> Any:
    value = _SIMPLE.get(token)
    if value is None:
        if len(_SIMPLE) > 8192:
            _SIMPLE.clear()
        value = _SIMPLE[token] = token.decode("ascii") if token[:1] == b"/" else _number(token)
    return value


def _operands(args: bytes) -> list[Any]:
    """Operand values as pypdf's parser gives them, in plain types (int, float, a name as str,
    a string as bytes, an array as a list)."""
    if b"(" not in args and b"[" not in args and b"%" not in args and b"/" not in args:
        return [_simple(token) for token in args.split()]  # numbers, which whitespace separates
    single = args.rstrip(b" \t\r\n")
    if single[:1] == b"(" and _STRING.fullmatch(single):  # one string: the usual Tj
        return [_string(single[1:-1])]
    values: list[Any] = []
    for match in _ARG.finditer(args):
        first = args[match.start()]
        if first == 0x25:  # % a comment, skipped as pypdf skips it
            continue
        number, name, string, array = match.groups()
        if number or name:
            values.append(_simple(number or name))
        elif first == 0x5B:  # [
            values.append([_number(n) if n else _string(raw) for n, raw in _ITEM.findall(array)])
        else:
            values.append(_string(string))
    return values


def read_operations(data: bytes) -> list[tuple[list[Any], bytes]] | None:
    """The operations pypdf's text extraction acts on (TEXT_OPERATORS), as its content stream
    parser gives them (`ContentStream(..., "bytes").operations`, operands in plain types),
    for a stream entirely in the plain grammar; else None."""
    if len(data) > MAX_CONTENT or _CONTROL.search(data):
        return None
    operations: list[tuple[list[Any], bytes]] = []
    append, wanted, ignored = operations.append, TEXT_OPERATORS, _IGNORED
    position = 0
    try:
        for match in _INSTRUCTION.finditer(data):
            start, end = match.span()
            if start != position:
                return None  # something between two instructions the grammar does not know
            position = end
            args, operator = match.groups()
            if b"<<" in args and operator != b"BDC":
                return None  # a dictionary is an operand of BDC only (see _SPAN)
            if operator in wanted:
                append((_operands(args) if args else [], operator))
            elif operator not in ignored:
                return None
    except (_Unsure, ValueError):
        return None
    if not _TRAILING.match(data, position):
        return None  # operands without an operator, or bytes the grammar does not know
    return operations


def inflate(stream: Any) -> bytes | None:
    """The decoded data of a pyHanko stream with no filter or one plain /FlateDecode, when it
    is complete and at most MAX_STREAM bytes; else None."""

    filters = stream.raw_get("/Filter") if "/Filter" in stream else None
    if isinstance(filters, generic.ArrayObject) and len(filters) == 1:
        filters = filters[0]
    if "/DecodeParms" in stream or "/DP" in stream or "/F" in stream:
        return None
    raw = bytes(stream.encoded_data)
    if filters is None:
        return raw if len(raw) <= MAX_STREAM else None
    if filters != "/FlateDecode":
        return None
    inflater = zlib.decompressobj()
    try:
        data = inflater.decompress(raw, MAX_STREAM + 1)
    except zlib.error:
        return None
    return data if inflater.eof and len(data) <= MAX_STREAM else None


def _resolve(value: Any) -> Any:

    if isinstance(value, generic.IndirectObject):
        return value.get_object()  # type: ignore[no-untyped-call]  # untyped upstream
    return value


def _plain(value: Any) -> Any:
    """A number, name or array of numbers as a hashable plain value (tagged with its type, which
    pypdf sees), or _Unsure."""

    value = _resolve(value)
    if isinstance(value, generic.NameObject):
        return ("name", str(value))
    if isinstance(value, generic.NumberObject):
        return ("int", int(value))
    if isinstance(value, generic.FloatObject):
        return ("float", float(value))
    if isinstance(value, generic.ArrayObject):
        return ("array", tuple(_plain(item) for item in value))
    raise _Unsure  # a string or anything else: not in a plain font


# The entries of a plain simple font (a value's type: "name", "int", "array" of numbers, or None
# for a number), and of its descriptor; any other entry leaves the page to pypdf.
_FONT_KEYS: dict[str, str | None] = {
    "/Type": "name", "/Subtype": "name", "/BaseFont": "name", "/Name": "name", "/FirstChar": "int",
    "/LastChar": "int", "/Widths": "array", "/Encoding": "name",
}
_DESCRIPTOR_KEYS: dict[str, str | None] = {
    "/Type": "name", "/FontName": "name", "/Flags": "int", "/Ascent": None, "/Descent": None,
    "/CapHeight": None, "/XHeight": None, "/StemV": None, "/StemH": None, "/ItalicAngle": None,
    "/FontBBox": "array", "/MissingWidth": "int", "/AvgWidth": None, "/MaxWidth": None,
    "/Leading": None,
}
_FONT_FILES = ("/FontFile", "/FontFile2", "/FontFile3")


def _entries(raw: Mapping[str, Any], allowed: Mapping[str, str | None]) -> tuple[Any, ...]:
    """(key, plain value) of each entry, sorted; _Unsure for a key or a type not allowed."""
    found = []
    for key in sorted(raw):
        if key not in allowed:
            raise _Unsure
        value = _plain(raw[key])
        kind = allowed[key]
        if value[0] != kind if kind is not None else value[0] not in ("int", "float"):
            raise _Unsure
        if value[0] == "array" and any(item[0] not in ("int", "float") for item in value[1]):
            raise _Unsure
        found.append((key, value))
    return tuple(found)


def font_key(font: Any) -> tuple[Any, ...]:
    """Everything pypdf's Font.from_font_resource reads from a plain simple font, as a hashable
    value; _Unsure for any other font."""

    font = _resolve(font)
    if not isinstance(font, generic.DictionaryObject) or isinstance(font, generic.StreamObject):
        raise _Unsure
    rest = {str(key): font.raw_get(key) for key in font
            if key not in ("/ToUnicode", "/FontDescriptor")}
    entries = _entries(rest, _FONT_KEYS)
    values = dict(entries)
    if values.get("/Subtype") not in (("name", "/TrueType"), ("name", "/Type1")):
        raise _Unsure
    if values.get("/Encoding", ("name", "/WinAnsiEncoding")) != ("name", "/WinAnsiEncoding"):
        raise _Unsure
    widths = values.get("/Widths", ("array", ()))[1]
    if "/Widths" not in values or len(widths) > 256 or any(w[0] != "int" for w in widths):
        raise _Unsure
    unicode_map = _resolve(font.raw_get("/ToUnicode")) if "/ToUnicode" in font else None
    if not isinstance(unicode_map, generic.StreamObject):
        raise _Unsure  # without a ToUnicode map pypdf may read the embedded font file
    cmap = inflate(unicode_map)
    if cmap is None:
        raise _Unsure
    descriptor: tuple[Any, ...] = ()
    if "/FontDescriptor" in font:
        described = _resolve(font.raw_get("/FontDescriptor"))
        if not isinstance(described, generic.DictionaryObject):
            raise _Unsure
        files = [key for key in _FONT_FILES if key in described]
        if len(files) > 1:
            raise _Unsure  # pypdf refuses it
        kept = {str(key): described.raw_get(key) for key in described if key not in _FONT_FILES}
        descriptor = _entries(kept, _DESCRIPTOR_KEYS) + (
            (("file", files[0]),) if files else ())
    return entries, cmap, descriptor


def _pypdf_value(value: tuple[Any, ...]) -> Any:

    kind, plain = value
    if kind == "name":
        return NameObject(plain)
    if kind == "int":
        return NumberObject(plain)
    if kind == "float":
        return FloatObject(plain)
    return ArrayObject(_pypdf_value(item) for item in plain)


def build_font(key: tuple[Any, ...], space_width: float = 200.0) -> tuple[Any, Any]:
    """pypdf's font resource (rebuilt from the key's values) and pypdf's Font for it, with
    `_extract_text`'s default space width applied as pypdf applies it."""

    entries, cmap, descriptor = key
    resource = DictionaryObject({NameObject(k): _pypdf_value(v) for k, v in entries})
    unicode_map = DecodedStreamObject()
    unicode_map.set_data(cmap)
    resource[NameObject("/ToUnicode")] = unicode_map
    if descriptor:
        described = DictionaryObject({NameObject(k): _pypdf_value(v) for k, v in descriptor
                                      if k != "file"})
        for k, v in descriptor:
            if k == "file":  # the font program is never read for a font with a ToUnicode map
                described[NameObject(v)] = DecodedStreamObject()
        resource[NameObject("/FontDescriptor")] = described
    font = Font.from_font_resource(resource)
    if font.character_widths.get(font.space_char, 0) == 0:
        font.space_width = space_width
    return resource, font


class FontTable:
    """What `Tj` needs per byte of a simple font, made from pypdf's Font: the text pypdf gives
    for it (encoding, then ToUnicode map) and its width as pypdf adds it up."""

    def __init__(self, font: Any) -> None:

        encoding = font.encoding
        self.usable = isinstance(encoding, dict)
        self.text: list[str] = []
        self.width: list[float] = []
        if not self.usable:
            return
        for code in range(256):
            decoded = encoding.get(code, chr(code))
            shown = font.character_map.get(decoded, decoded)
            raw = chr(code)
            width = font.space_width if raw == font.space_char else font.get_text_width(raw)
            self.usable = self.usable and isinstance(decoded, str) and len(decoded) == 1 \
                and isinstance(shown, str) and pypdf_text.RTL_CHARACTER_PATTERN.search(shown) is None
            self.text.append(shown)
            self.width.append(width)


class FontCache:
    """pypdf fonts by their key, kept for the life of a worker process (reports from one app
    share their few fonts)."""

    def __init__(self) -> None:
        self.fonts: dict[tuple[Any, ...], tuple[Any, Any, FontTable]] = {}
        self.built = 0  # how many fonts were built (tests count them)

    def get(self, key: tuple[Any, ...]) -> tuple[Any, Any, FontTable]:
        found = self.fonts.get(key)
        if found is None:
            if len(self.fonts) >= _CACHE_LIMIT:
                self.fonts.clear()
            try:
                resource, font = build_font(key)
            except Exception as error:  # pypdf would skip such a font: let pypdf do it all
                raise _Unsure from error
            found = self.fonts[key] = (resource, font, FontTable(font))
            self.built += 1
        return found


FONTS = FontCache()


class FastExtraction(_text_extractor.TextExtraction):
    """pypdf's extraction, with `Tj` on a tabled font done from the table."""

    tables: dict[int, FontTable]

    def _handle_tj(self, text: str, operands: list[Any], cm_matrix: list[float],
                   tm_matrix: list[float], font_resource: Any, font: Any,
                   orientations: tuple[int, ...], font_size: float, rtl_dir: bool,
                   visitor_text: Any, actual_str_size: dict[str, float]) -> Any:

        table = self.tables.get(id(font))
        raw = operands[0] if operands else None
        custom_rtl = pypdf_text.CUSTOM_RTL_MIN or pypdf_text.CUSTOM_RTL_MAX  # set_custom_rtl
        if (table is None or not table.usable or rtl_dir or custom_rtl
                or visitor_text is not None or type(raw) is not bytes):
            return super()._handle_tj(text, operands, cm_matrix, tm_matrix, font_resource,
                                      font, orientations, font_size, rtl_dir, visitor_text,
                                      actual_str_size)
        shown, widths = table.text, table.width
        font_widths = 0.0
        for code in raw:  # in pypdf's order: the same float sum
            font_widths += widths[code]
        text += "".join([shown[code] for code in raw])
        actual_str_size["str_widths"] += (font_widths * font_size
                                          + 1000 * self.char_spacing * len(raw))
        actual_str_size["str_height"] = font_size
        return text, rtl_dir, actual_str_size



def extract(operations: list[tuple[list[Any], bytes]], fonts: dict[str, tuple[Any, Any, FontTable]]
            ) -> str:
    """Run pypdf's TextExtraction over the operations, as `PageObject._extract_text` does."""
    extractor = FastExtraction()
    extractor.initialize_extraction((0, 90, 180, 270), None,
                                    {name: entry[0] for name, entry in fonts.items()},
                                    {name: entry[1] for name, entry in fonts.items()})
    extractor.tables = {id(entry[1]): entry[2] for entry in fonts.values()}
    process = extractor.process_operation
    for operands, operator in operations:
        if operator == b"TJ":  # as PageObject._extract_text dispatches it
            confirm_space_width = extractor._space_width * 0.95
            if operands and isinstance(operands[0], list):
                for item in operands[0]:
                    if isinstance(item, bytes):
                        process(b"Tj", [item])
                    else:
                        extractor.process_tj_offset(float(item), confirm_space_width)
        else:
            process(operator, operands)
    extractor.output += extractor.text
    return str(extractor.output)


def _page_objects(reader: Any, count: int) -> list[Any]:
    """The first `count` pages of a flat page tree (every kid a /Page), else _Unsure."""

    root = _resolve(reader.root.raw_get("/Pages"))
    kids = _resolve(root.raw_get("/Kids")) if isinstance(root, generic.DictionaryObject) else None
    if not isinstance(kids, generic.ArrayObject) or root.get("/Type") != "/Pages":
        raise _Unsure
    pages = []
    for kid in kids:  # all of them: pypdf walks them all to count the pages
        page = _resolve(kid)
        if not isinstance(page, generic.DictionaryObject) or "/Kids" in page \
                or page.get("/Type") != "/Page":
            raise _Unsure
        pages.append(page)
    return pages[:count]


def _page_fonts(resources: Any, cache: FontCache, seen: dict[Any, Any]) -> dict[str, Any]:
    """The page's fonts by resource name; pages sharing one /Font dictionary (by reference)
    share the result."""

    raw = resources.raw_get("/Font")
    reference = raw.reference if isinstance(raw, generic.IndirectObject) else None
    if reference is not None and reference in seen:
        return seen[reference]  # type: ignore[no-any-return]
    font_names = _resolve(raw)
    if not isinstance(font_names, generic.DictionaryObject) or len(font_names) > MAX_FONTS:
        raise _Unsure
    fonts = {str(name): cache.get(font_key(font_names.raw_get(name))) for name in font_names}
    if reference is not None:
        seen[reference] = fonts
    return fonts


def _page_text(page: Any, cache: FontCache, seen: dict[Any, Any]) -> str:

    resources = _resolve(page.raw_get("/Resources")) if "/Resources" in page else None
    contents = _resolve(page.raw_get("/Contents")) if "/Contents" in page else None
    if not isinstance(resources, generic.DictionaryObject) or not resources \
            or not isinstance(contents, generic.StreamObject) or "/Font" not in resources:
        raise _Unsure
    data = inflate(contents)
    if data is None:
        raise _Unsure
    fonts = _page_fonts(resources, cache, seen)
    if not pypdf_text._has_text_operator(data):
        return ""
    operations = read_operations(data)
    if operations is None:
        raise _Unsure
    return extract(operations, fonts)


def page_texts(reader: Any, count: int, cache: FontCache = FONTS,
               limit: Callable[[str], str] = lambda text: text) -> list[str] | None:
    """The text of the first `count` pages as pypdf extracts it, or None when pypdf must."""
    if getattr(reader, "encrypted", False):
        return None
    try:
        seen: dict[Any, Any] = {}
        return [limit(_page_text(page, cache, seen)) for page in _page_objects(reader, count)]
    except Exception:  # _Unsure, or anything pypdf may see differently: pypdf decides
        return None
