"""Bounded reading of a received PDF: every byte of it comes from an anonymous party.

The verifier reads a file only through pyHanko's pure-Python reader, opened with tight decoding
limits (pikepdf/qpdf decode whole streams with no limit, so they never see a received file);
plain objects are built by pdf_objects.py exactly as pyHanko would build them, only faster.
Before the signature is validated, one pass over the signed revision checks:
- the file size, the number of objects and revisions, the page count, and the nesting depth
  of every object (a walk with an explicit stack: no recursion, no RecursionError);
- that nothing points outside the file: no action that launches or opens another file, no
  file specification without the file embedded, no stream whose data lives in another file,
  no `file:` link, no reference XObject.
The embedded answers.json is decoded here too, with its *real* decoded size bounded while it is
decoded: zlib is asked for at most the limit plus one byte, whatever /Params /Size declares.
Limits are generous for a genuine report (tens of pages, a few hundred objects).
"""

from __future__ import annotations

import functools
import io
import re
import zlib
from typing import TYPE_CHECKING, Any

from aisafe_desktop.core.answers import MAX_DOCUMENT_BYTES
from aisafe_desktop.reporting.errors import ExtractError
from aisafe_desktop.reporting.pdf_objects import read_plain_indirect_object, read_plain_object
from aisafe_desktop.reporting.pdfa import ATTACHMENT_NAME
from aisafe_desktop.reporting.verify_reasons import OutsideReference, Reason

if TYPE_CHECKING:
    from pyhanko.pdf_utils.reader import PdfFileReader

MiB = 1024 * 1024
MAX_FILE_BYTES = 64 * MiB
MAX_ANSWERS_BYTES = MAX_DOCUMENT_BYTES
MAX_PAGES = 2_000
MAX_OBJECTS = 10_000  # a report has ~3 per page plus ~100: 2,000 pages fit; walking 10,000 takes ~1 s
MAX_REVISIONS = 4
MAX_DEPTH = 32  # a genuine report nests ~8 deep (catalog → names → spec → EF → stream dict)
MAX_STREAM_BYTES = 16 * MiB  # any single stream the reader decodes (object streams, XMP, ...)
MAX_DECODED_TOTAL = 96 * MiB  # everything decoded while reading one file
MAX_NAME_ENTRIES = 64  # entries in the EmbeddedFiles name tree

# Actions that leave the file: run a program, open another document, send data somewhere
_EXTERNAL_ACTIONS = frozenset(
    {"/Launch", "/GoToR", "/GoToE", "/ImportData", "/SubmitForm", "/Thread", "/Movie", "/Sound",
     "/Rendition", "/RichMediaExecute"}
)  # fmt: skip


class PdfLimitError(ExtractError):
    """A received file breaks one of the limits above; `reason` says which, in plain words.

    The verifier turns it into a failed check (a verdict); where it is shown as an error, the
    GUI words its template through gui/verify_reason_texts.py (see gui/error_texts.localise)."""

    def __init__(self, reason: Reason, **params: Any) -> None:
        super().__init__(reason.template, **params)
        self.reason = reason
        self.args = (reason.render(params),)  # reason words written out, as the CLI prints it


def decode_limits() -> Any:
    """pyHanko decoding limits for received files (tighter than its defaults of 256 MiB)."""
    from pyhanko.pdf_utils.decode_limits import (
        DEFAULT_PURPOSE_LIMITS,
        DecodeLimits,
        DocumentDecodeBudget,
        StreamDecodeLimits,
    )

    return DecodeLimits(
        per_stream=StreamDecodeLimits(max_ratio=1100, ratio_floor=MiB, max_output_size=MAX_STREAM_BYTES),
        per_purpose=dict(DEFAULT_PURPOSE_LIMITS),
        document_budget=DocumentDecodeBudget(base_allowance=MAX_DECODED_TOTAL, max_ratio=1),
    )


def check_file_size(size: int) -> None:
    if size > MAX_FILE_BYTES:
        raise PdfLimitError(Reason.FILE_TOO_LARGE, size=size, limit=MAX_FILE_BYTES)


_STARTXREF = re.compile(rb"startxref\s+(\d+)")
_XREF_STREAM = re.compile(rb"\d+\s+\d+\s+obj\s*<<(.{0,2000}?)>>\s*stream", re.S)
_TABLE_SECTION = re.compile(rb"(\d+)[ \t]+(\d+)[ \t]*\r?\n")


def declared_objects(data: bytes) -> int:
    """How many objects the cross-reference sections claim, read from the raw bytes before
    parsing them (parsing 100,000 entries takes pyHanko seconds). 0 when it cannot tell: the
    limits after parsing still apply."""
    found = _STARTXREF.findall(data[-4096:])
    offset, total = (int(found[-1]) if found else -1), 0
    for _ in range(MAX_REVISIONS + 1):
        if not 0 <= offset < len(data):
            break
        chunk = data[offset : offset + 4096]
        if chunk.startswith(b"xref"):
            position, end = 4, min(len(data), offset + 64 * MiB)
            while (header := _TABLE_SECTION.match(data, offset + position, end)) or (
                header := _TABLE_SECTION.match(data, offset + position + 1, end)
            ):
                count = int(header.group(2))
                total += count
                position = header.end() - offset + 20 * count
                if total > MAX_OBJECTS:
                    return total
            trailer = data[offset + position : offset + position + 4096]
        else:
            stream = _XREF_STREAM.match(chunk)
            trailer = stream.group(1) if stream else b""
            index = re.search(rb"/Index\s*\[([\d\s]*)\]", trailer)
            size = re.search(rb"/Size\s+(\d+)", trailer)
            numbers = [int(n) for n in index.group(1).split()] if index else []
            total += sum(numbers[1::2]) if index else int(size.group(1)) if size else 0
        previous = re.search(rb"/Prev\s+(\d+)", trailer)
        offset = int(previous.group(1)) if previous else -1
    return total


def open_reader(data: bytes) -> PdfFileReader:
    """pyHanko's reader over `data`, with the decoding limits; a file that is not a PDF at all
    is told apart from a damaged one."""
    check_file_size(len(data))
    if b"%PDF-" not in data[:1024]:
        raise PdfLimitError(Reason.NOT_PDF)
    if declared_objects(data) > MAX_OBJECTS:
        raise PdfLimitError(Reason.TOO_MANY_OBJECTS, limit=MAX_OBJECTS)
    try:
        return _indexed_reader_class()(io.BytesIO(data), decode_limits=decode_limits())
    except Exception as error:  # any parser failure on hostile bytes is "damaged", never a crash
        raise _damaged(error) from error


@functools.cache
def _indexed_reader_class() -> type[PdfFileReader]:
    """pyHanko's reader with the header of each object stream parsed once, and its objects
    read by pdf_objects.read_plain_object where that gives pyHanko's result for certain.

    pyHanko finds an object in an object stream by re-reading the stream's header from its
    start, for every object: quadratic in the objects per stream. A file with 40,000 outline
    entries in one stream would take minutes to walk; indexed, it takes a fraction of a second.
    (Overrides a private method, kept to the same contract: the object, or a strict error.)
    """
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.decode_limits import DecodePurpose
    from pyhanko.pdf_utils.misc import PdfStrictReadError
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.pdf_utils.xref import read_object_header

    class IndexedReader(PdfFileReader):
        def _get_object_from_stream(self, idnum: int, stmnum: int, idx: int) -> Any:
            index: dict[int, tuple[bytes, dict[int, tuple[int, int]]]] = self.__dict__.setdefault(
                "_aisafe_objstm", {}
            )
            if stmnum not in index:
                stream = generic.Reference(stmnum, 0, self).get_object()
                if not isinstance(stream, generic.StreamObject) or stream.get("/Type") != "/ObjStm":
                    raise PdfStrictReadError("not an object stream")
                data = stream.read_data(DecodePurpose.OBJECT_STREAM)
                count, first = int(stream["/N"]), int(stream["/First"])
                numbers = data[:first].split()
                if not 0 <= count <= MAX_OBJECTS or len(numbers) < 2 * count:
                    raise PdfStrictReadError("object stream header damaged")
                offsets = {int(numbers[2 * i]): (i, first + int(numbers[2 * i + 1])) for i in range(count)}
                index[stmnum] = (data, offsets)
            data, offsets = index[stmnum]
            position, start = offsets.get(idnum, (-1, 0))
            if position != idx:
                raise PdfStrictReadError("object not found in its object stream")
            container = generic.Reference(idnum, 0, self)
            # pyHanko's exact objects, read fast where certain (pdf_objects.py); else pyHanko
            obj = read_plain_object(data, start, container, MAX_DEPTH)
            if obj is None:
                reader = io.BytesIO(data)
                reader.seek(start)
                obj = generic.read_object(reader, container)
            if isinstance(obj, generic.StreamObject | generic.IndirectObject):
                raise PdfStrictReadError("forbidden object type in object stream")
            return obj

        def _read_object(self, ref: Any, marker: Any, never_decrypt: bool = False,
                         as_metadata_stream: bool = False) -> Any:
            """An object outside object streams, read fast where certain (no stream, no
            encryption: pdf_objects.py); else pyHanko's own reading."""
            in_memory = isinstance(self.stream, io.BytesIO)  # open_reader's: the whole file
            if in_memory and isinstance(marker, int) and not as_metadata_stream and not self.encrypted:
                self.stream.seek(marker)
                header = read_object_header(self.stream, strict=True)  # type: ignore[no-untyped-call]
                if header == (ref.idnum, ref.generation):
                    data = self.stream.getvalue()
                    container = generic.Reference(ref.idnum, ref.generation, self)
                    obj = read_plain_indirect_object(data, self.stream.tell(), container, MAX_DEPTH)
                    if obj is not None:
                        return obj
            return super()._read_object(ref, marker, never_decrypt, as_metadata_stream)

    return IndexedReader


def _damaged(error: BaseException) -> PdfLimitError:
    from pyhanko.pdf_utils.misc import PdfDecodeLimitError

    if isinstance(error, PdfDecodeLimitError):
        return PdfLimitError(Reason.STREAM_TOO_LARGE, limit=MAX_STREAM_BYTES)
    if isinstance(error, RecursionError):
        return PdfLimitError(Reason.TOO_DEEP, limit=MAX_DEPTH)
    return PdfLimitError(Reason.DAMAGED)


def _check_dictionary(obj: Any) -> None:
    """Refuse anything in one dictionary that would read or run something outside the file."""
    from pyhanko.pdf_utils import generic

    def value(key: str) -> Any:
        """The value, followed one level if it is a reference (`/S 5 0 R` must not hide a
        /Launch)."""
        found = obj.raw_get(key) if key in obj else None
        if isinstance(found, generic.IndirectObject):
            found = found.get_object()  # type: ignore[no-untyped-call]  # untyped upstream
        return found

    def name(key: str) -> str | None:
        found = value(key)
        return str(found) if isinstance(found, generic.NameObject) else None

    action = name("/S")
    if action in _EXTERNAL_ACTIONS:
        raise PdfLimitError(Reason.EXTERNAL_REFERENCE, what=OutsideReference.ACTION,
                            target=action[1:])
    if "/URI" in obj:
        uri = value("/URI")
        if isinstance(uri, generic.TextStringObject):
            text = str(uri)
        elif isinstance(uri, generic.ByteStringObject):
            text = bytes(uri).decode("latin-1")
        else:
            text = "?"
        if not text.lower().startswith(("https:", "http:", "mailto:")):
            raise PdfLimitError(Reason.EXTERNAL_REFERENCE, what=OutsideReference.LINK,
                                target=repr(text[:80]))
    is_filespec = name("/Type") == "/Filespec" or (("/F" in obj or "/UF" in obj) and "/EF" in obj)
    if is_filespec and "/EF" not in obj:
        target = obj.raw_get("/F") if "/F" in obj else obj.raw_get("/UF") if "/UF" in obj else ""
        raise PdfLimitError(Reason.EXTERNAL_REFERENCE, what=OutsideReference.FILE,
                            target=repr(str(target)[:80]))
    if name("/FS") == "/URL":
        raise PdfLimitError(Reason.EXTERNAL_REFERENCE, what=OutsideReference.URL_FILE_SPECIFICATION)
    if isinstance(obj, generic.StreamObject) and ("/F" in obj or "/FFilter" in obj):
        raise PdfLimitError(Reason.EXTERNAL_REFERENCE, what=OutsideReference.EXTERNAL_STREAM)
    if name("/Subtype") == "/Form" and "/Ref" in obj:
        raise PdfLimitError(Reason.EXTERNAL_REFERENCE, what=OutsideReference.IMPORTED_PAGE)


# Keys whose values cannot act or point outside the file (fonts, colour, page content, back
# links): not followed, so their objects (font widths, ...) are never parsed. Everything a
# reader acts on is followed: pages, annotations, actions, outlines, names, forms, XObjects.
_INERT_KEYS = frozenset(
    {"/Parent", "/P", "/Font", "/Widths", "/W", "/W2", "/FontDescriptor", "/DescendantFonts",
     "/ToUnicode", "/Encoding", "/Contents", "/ColorSpace", "/Pattern", "/Shading", "/ExtGState",
     "/Metadata", "/OutputIntents", "/StructTreeRoot", "/ByteRange", "/Cert", "/Reference"}
)  # fmt: skip


def _walk(reader: PdfFileReader) -> None:
    """Every object reachable from the trailer through keys that matter, depth-first with an
    explicit stack (no recursion): nesting depth, count and outside references checked."""
    from pyhanko.pdf_utils import generic

    numbers = (generic.NumberObject, generic.FloatObject)
    seen: set[Any] = set()
    stack: list[tuple[Any, int]] = [(reader.trailer_view, 0)]
    while stack:
        obj, depth = stack.pop()
        if isinstance(obj, generic.IndirectObject):
            if obj.reference in seen:
                continue
            seen.add(obj.reference)
            if len(seen) > MAX_OBJECTS:
                raise PdfLimitError(Reason.TOO_MANY_OBJECTS, limit=MAX_OBJECTS)
            obj, depth = obj.get_object(), 0  # type: ignore[no-untyped-call]  # pyHanko
        if depth > MAX_DEPTH:
            raise PdfLimitError(Reason.TOO_DEEP, limit=MAX_DEPTH)
        if isinstance(obj, generic.DictionaryObject):
            _check_dictionary(obj)
            stack.extend((obj.raw_get(key), depth + 1) for key in obj if key not in _INERT_KEYS)
        elif isinstance(obj, generic.ArrayObject):
            stack.extend((child, depth + 1) for child in list.__iter__(obj) if not isinstance(child, numbers))


def check_structure(reader: PdfFileReader) -> None:
    """Counts, depth and outside references of the file's objects."""
    xrefs = reader.xrefs
    revisions = xrefs.total_revisions
    if revisions > MAX_REVISIONS:
        raise PdfLimitError(Reason.TOO_MANY_REVISIONS, count=revisions, limit=MAX_REVISIONS)
    try:
        objects = sum(len(xrefs.explicit_refs_in_revision(r)) for r in range(revisions))
        if objects > MAX_OBJECTS:
            raise PdfLimitError(Reason.TOO_MANY_OBJECTS, limit=MAX_OBJECTS)
        count_pages(reader)  # first: a page bomb stops at the limit, before the walk
        _walk(reader)
    except PdfLimitError:
        raise
    except Exception as error:
        raise _damaged(error) from error


def count_pages(reader: PdfFileReader) -> int:
    """Walk the page tree (never trusting /Count), refusing loops, depth and too many pages."""
    from pyhanko.pdf_utils import generic

    pages, seen = 0, set()
    stack: list[tuple[Any, int]] = [(reader.root.raw_get("/Pages"), 0)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, generic.IndirectObject):
            if node.reference in seen:
                raise PdfLimitError(Reason.DAMAGED)
            seen.add(node.reference)
            node = node.get_object()  # type: ignore[no-untyped-call]  # untyped upstream
        if depth > MAX_DEPTH or not isinstance(node, generic.DictionaryObject):
            raise PdfLimitError(Reason.TOO_DEEP if depth > MAX_DEPTH else Reason.DAMAGED, limit=MAX_DEPTH)
        if "/Kids" not in node:
            pages += 1
            if pages > MAX_PAGES:
                raise PdfLimitError(Reason.TOO_MANY_PAGES, limit=MAX_PAGES)
            continue
        kids = node.raw_get("/Kids")
        if isinstance(kids, generic.IndirectObject):
            kids = kids.get_object()  # type: ignore[no-untyped-call]  # untyped upstream
        if not isinstance(kids, generic.ArrayObject) or len(kids) > MAX_PAGES:
            raise PdfLimitError(Reason.TOO_MANY_PAGES, limit=MAX_PAGES)
        stack.extend((kid, depth + 1) for kid in kids)
    return pages


def bounded_inflate(raw: bytes, limit: int) -> bytes:
    """Decode zlib data, stopping as soon as the output would pass `limit` bytes."""
    inflater = zlib.decompressobj()
    try:
        out = inflater.decompress(raw, limit + 1)
    except zlib.error as error:
        raise PdfLimitError(Reason.ANSWERS_DAMAGED) from error
    if len(out) > limit or inflater.unconsumed_tail:
        raise PdfLimitError(Reason.ANSWERS_TOO_LARGE, limit=limit)
    if not inflater.eof:
        raise PdfLimitError(Reason.ANSWERS_DAMAGED)
    return out


def _embedded_file_stream(reader: PdfFileReader, name: str) -> Any:
    from pyhanko.pdf_utils import generic

    try:
        names = reader.root["/Names"]["/EmbeddedFiles"]["/Names"]
    except (KeyError, TypeError):
        raise PdfLimitError(Reason.NO_ANSWERS) from None
    if not isinstance(names, generic.ArrayObject) or len(names) > 2 * MAX_NAME_ENTRIES:
        raise PdfLimitError(Reason.NO_ANSWERS)
    found = [names[i + 1] for i in range(0, len(names) - 1, 2) if str(names[i]) == name]
    if len(found) != 1:
        raise PdfLimitError(Reason.NO_ANSWERS if not found else Reason.ANSWERS_TWICE)
    stream = found[0]["/EF"]["/F"]
    if not isinstance(stream, generic.StreamObject):
        raise PdfLimitError(Reason.ANSWERS_DAMAGED)
    return stream


def read_answers(reader: PdfFileReader, name: str = ATTACHMENT_NAME, limit: int = MAX_ANSWERS_BYTES) -> bytes:
    """The embedded answers document, decoded by us with its real size bounded.

    Only no filter or one /FlateDecode without parameters is accepted (what pikepdf writes);
    the declared /Params /Size and /Length play no part in the limit.
    """
    from pyhanko.pdf_utils import generic

    try:
        stream = _embedded_file_stream(reader, name)
        filters = stream.raw_get("/Filter") if "/Filter" in stream else None
        if isinstance(filters, generic.ArrayObject) and len(filters) == 1:
            filters = filters[0]
        raw = stream.encoded_data
    except PdfLimitError:
        raise
    except Exception as error:
        raise _damaged(error) from error
    if "/DecodeParms" in stream:
        raise PdfLimitError(Reason.ANSWERS_DAMAGED)
    if filters is None:
        if len(raw) > limit:
            raise PdfLimitError(Reason.ANSWERS_TOO_LARGE, limit=limit)
        return bytes(raw)
    if str(filters) != "/FlateDecode":
        raise PdfLimitError(Reason.ANSWERS_DAMAGED)
    return bounded_inflate(bytes(raw), limit)
