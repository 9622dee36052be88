"""A fast reader for the plain objects inside an object stream, giving exactly pyHanko's objects.

pyHanko reads a PDF object one byte at a time in Python (a name costs ~10 µs to decode): in a
30-page report the ~50 objects our structure walk reads from object streams (pages, annotations,
outline, names) took most of the verification. This reader tokenizes with one regular expression
and builds the *same* objects `pyhanko.pdf_utils.generic.read_object` would (same classes, same
values, same `container_ref`), for the plain grammar a genuine report uses: dictionaries, arrays,
names without `#` escapes, numbers, references, booleans, null, strings (read by pyHanko's own
functions; a plain hex string by an equivalent one: the signature's /Contents). Anything else --
a `#` in a name, a comment, a NUL or vertical tab, a keyword run on into other letters, a
reference pyHanko might read differently, a `stream` after a dictionary, nesting deeper than
the walk allows, a duplicate key, a number pyHanko would refuse -- makes it answer `None`, and
the caller reads the object with pyHanko as before. So it never decides anything pyHanko would
decide differently: it only skips pyHanko's slow path where the result is certain
(tests/reporting/test_pdf_objects.py compares the two on every object of real and hostile files
and on generated ones).
"""

from __future__ import annotations

import binascii
import io
import re
from typing import Any

# One token at `position`, after skipping the whitespace both readers agree on (no NUL, no \v).
# A name or keyword must be followed by what ends a token for pyHanko (its whitespace or a
# delimiter): `/La#75nch`, `/A\x80` or `truex` match nothing, and pyHanko reads them.
_TOKEN = re.compile(
    rb"[ \n\r\t\f]*(?:"
    rb"(?P<name>/[^\x00-\x20\x7f-\xff()<>\[\]{}/%#]*)(?![^ \n\r\t\f\x00()<>\[\]{}/%])"
    rb"|(?P<open><<)|(?P<close>>>)|(?P<array>\[)|(?P<end>\])"
    rb"|(?P<ref>(?P<id>[0-9]+)[ \n\r\t\f]+(?P<gen>[0-9]+)[ \n\r\t\f]+R)"
    rb"|(?P<number>[+\-.0-9][+,\-.0-9]*)"  # pyHanko's class [+-.0-9] is the range + , - .
    rb"|(?P<word>true|false|null)(?![^ \n\r\t\f\x00()<>\[\]{}/%])"
    rb"|(?P<string>\(|<(?!<)))"
)
# pyHanko's own test for a reference, on the same 20 bytes it looks at
_PYHANKO_REFERENCE = re.compile(rb"(\d+)\s+(\d+)\s+R[^a-zA-Z]")
_STARTS_OBJECT = frozenset(bytes([b]) for b in b"/<[tfn(+-.0123456789")
_HEX_STRING = re.compile(rb"<([0-9A-Fa-f \n\r\t\f]*)>")  # no NUL, no comment: else pyHanko reads it
_NOT_HEX = re.compile(rb"[ \n\r\t\f]")
_PDF_WHITESPACE = re.compile(rb"[ \n\r\t\f\x00]*")


class _Unsure(Exception):
    """The input is outside the plain grammar: let pyHanko read it."""


def read_plain_object(data: bytes, start: int, container_ref: Any, max_depth: int) -> Any | None:
    """The object at `data[start:]` as pyHanko reads it, or None when pyHanko must read it."""
    try:
        return _Reader(data, container_ref, max_depth).read(start)[0]
    except _Unsure:
        return None


def read_plain_indirect_object(data: bytes, start: int, container_ref: Any, max_depth: int) -> Any | None:
    """The body of `N G obj ... endobj` at `data[start:]` (just past the header), as pyHanko's
    reader reads it (strict: `endobj` must follow), or None when pyHanko must read it. A
    stream is always left to pyHanko (its data, /Length and filters are its business)."""
    try:
        value, end = _Reader(data, container_ref, max_depth).read(start)
    except _Unsure:
        return None
    end = _PDF_WHITESPACE.match(data, end).end()  # type: ignore[union-attr]
    return value if data[end : end + 6] == b"endobj" else None


class _Reader:
    def __init__(self, data: bytes, container_ref: Any, max_depth: int) -> None:
        from pyhanko.pdf_utils import generic

        self.generic = generic
        self.data = data
        self.container_ref = container_ref
        self.max_depth = max_depth
        self.handler = container_ref.get_pdf_handler()
        self.buffer: io.BytesIO | None = None

    def read(self, start: int) -> tuple[Any, int]:
        """The object and where it ends. Iterative: one stack of open containers (dictionary
        keys pending), never recursion."""
        generic, data, match_token = self.generic, self.data, _TOKEN.match
        name_object, container_ref = generic.NameObject, self.container_ref
        if data[start : start + 1] not in _STARTS_OBJECT:
            raise _Unsure  # pyHanko reads the first byte as the object's (no whitespace skipped)
        # each open container: [object, pending key or None]; a dict collects into a plain dict
        stack: list[list[Any]] = []
        top: list[Any] | None = None
        position = start
        while True:
            match = match_token(data, position)
            if match is None:
                raise _Unsure
            kind, position = match.lastgroup, match.end()
            wants_key = top is not None and top[1] is None and type(top[0]) is dict
            if kind == "name":
                name = name_object(match.group(kind).decode("ascii"))
                if wants_key:
                    if name in top[0]:  # type: ignore[index]
                        raise _Unsure  # duplicate key: pyHanko's strict reader refuses it
                    top[1] = name  # type: ignore[index]  # a key: pyHanko sets no container_ref on keys
                    continue
                value: Any = name
            elif wants_key and kind != "close":
                raise _Unsure  # a value where a dictionary wants a key: pyHanko's error
            elif kind == "open" or kind == "array":
                if len(stack) >= self.max_depth:
                    raise _Unsure
                top = [{} if kind == "open" else generic.ArrayObject(), None]
                stack.append(top)
                continue
            elif kind == "close":
                if top is None or type(top[0]) is not dict or top[1] is not None:
                    raise _Unsure
                stack.pop()
                closed, top = top[0], stack[-1] if stack else None
                # pyHanko reads a `stream` keyword after any dictionary (past whitespace and
                # comments) as stream data
                after = _PDF_WHITESPACE.match(data, position).end()  # type: ignore[union-attr]
                if data[after : after + 1] in (b"s", b"%"):
                    raise _Unsure
                value = generic.DictionaryObject(closed)
            elif kind == "end":
                if top is None or type(top[0]) is dict:
                    raise _Unsure
                stack.pop()
                value, top = top[0], stack[-1] if stack else None
            elif kind == "ref" or kind == "number":
                value = self._number_or_reference(match, kind)
            elif kind == "word":
                word = match.group(kind)
                value = generic.NullObject() if word == b"null" else generic.BooleanObject(word == b"true")
            else:  # a string: pyHanko's own reader, from the same byte
                value, position = self._string(match.start("string"))
            value.container_ref = container_ref
            if top is None:
                return value, position
            if top[1] is not None:
                top[0][top[1]] = value
                top[1] = None
            else:
                top[0].append(value)

    def _number_or_reference(self, match: re.Match[bytes], kind: str) -> Any:
        generic = self.generic
        start = match.start(kind)
        # pyHanko decides "reference" from the 20 bytes at a token starting with a digit;
        # agree with it exactly
        digit = self.data[start] >= 0x30  # not + - .
        pyhanko_ref = _PYHANKO_REFERENCE.match(self.data, start, start + 20) if digit else None
        if kind == "ref":
            if pyhanko_ref is None or pyhanko_ref.end() != match.end() + 1:
                raise _Unsure
            idnum, generation = int(match.group("id")), int(match.group("gen"))
            if idnum <= 0:
                raise _Unsure
            return generic.IndirectObject(idnum, generation, self.handler)
        if pyhanko_ref is not None:
            raise _Unsure
        text = match.group("number").decode("ascii")
        try:
            return generic.FloatObject(text) if "." in text else generic.NumberObject(text)
        except (ValueError, ArithmeticError):
            raise _Unsure from None

    def _string(self, start: int) -> tuple[Any, int]:
        generic = self.generic
        hex_string = _HEX_STRING.match(self.data, start)
        if hex_string is not None:  # pyHanko's result for a plain hex string (a signature's
            # /Contents is ~16,000 digits, which pyHanko reads one byte at a time)
            digits = _NOT_HEX.sub(b"", hex_string.group(1))
            value = generic.pdf_string(binascii.unhexlify(digits + b"0" * (len(digits) % 2)))
            return value, hex_string.end()
        if self.buffer is None:
            self.buffer = io.BytesIO(self.data)
        self.buffer.seek(start)
        try:
            if self.data[start : start + 1] == b"(":
                value = generic.read_string_from_stream(self.buffer)
            else:
                value = generic.read_hex_string_from_stream(self.buffer)
        except Exception:
            raise _Unsure from None
        return value, self.buffer.tell()
