"""The fast object reader (reporting/pdf_objects.py) gives exactly pyHanko's objects or leaves the
object to pyHanko: on every object of real and hostile files, on generated objects, and on the
spellings a quick scan would get wrong (escaped names, comments, NULs, look-alike references).
Files that hide an outside reference in such a spelling are still refused."""

from __future__ import annotations

import io
import os
from typing import Any

import pikepdf
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.xref import ObjStreamRef

from aisafe_desktop.reporting import pdf_limits
from aisafe_desktop.reporting.pdf_objects import read_plain_indirect_object, read_plain_object
from aisafe_desktop.reporting.verify import verify_pdf
from aisafe_desktop.reporting.verify_reasons import Reason
from tests.reporting import hostile
from tests.reporting.support import SignedReport


def same(ours: Any, theirs: Any, key: bool = False) -> bool:
    """Same class, value and container reference, all the way down."""
    if type(ours) is not type(theirs):
        return False
    if not key and ours.container_ref != theirs.container_ref:
        return False
    if isinstance(ours, dict):
        return list(ours) == list(theirs) and all(
            same(a, b, key=True) and same(dict.__getitem__(ours, a), dict.__getitem__(theirs, b))
            for a, b in zip(ours, theirs, strict=True)
        )
    if isinstance(ours, list):
        return len(ours) == len(theirs) and all(
            same(a, b) for a, b in zip(list.__iter__(ours), list.__iter__(theirs), strict=True)
        )
    if isinstance(ours, generic.IndirectObject):
        return bool(ours.reference == theirs.reference)
    if isinstance(ours, generic.TextStringObject):
        return str(ours) == str(theirs) and ours.autodetected_encoding == theirs.autodetected_encoding
    if isinstance(ours, generic.NullObject):
        return True
    if isinstance(ours, generic.BooleanObject):
        return bool(ours.value == theirs.value)
    return str(ours) == str(theirs) and ours == theirs


def pyhanko_object(data: bytes, start: int, container: Any) -> Any:
    stream = io.BytesIO(data)
    stream.seek(start)
    return generic.read_object(stream, container)


def agrees(text: bytes, container: Any) -> None:
    """Ours is None, or pyHanko reads the same object (and does not fail)."""
    ours = read_plain_object(text, 0, container, pdf_limits.MAX_DEPTH)
    if ours is None:
        return
    theirs = pyhanko_object(text, 0, container)  # must not raise where we answered
    assert not isinstance(theirs, generic.StreamObject)
    assert same(ours, theirs), (text, ours, theirs)


@pytest.fixture(scope="module")
def container() -> Any:
    document = pikepdf.new()
    document.add_blank_page(page_size=(10, 10))
    out = io.BytesIO()
    document.save(out)
    return generic.Reference(7, 0, pdf_limits.open_reader(out.getvalue()))


def every_object(data: bytes) -> list[tuple[Any, Any]]:
    """(ours, pyHanko's) for every object of the file, read by both readers."""
    ours_reader, theirs_reader = pdf_limits.open_reader(data), PdfFileReader(io.BytesIO(data))
    pairs = []
    for revision in range(theirs_reader.xrefs.total_revisions):
        for ref in theirs_reader.xrefs.explicit_refs_in_revision(revision):
            marker = theirs_reader.xrefs[ref]
            if marker is None:
                continue
            pairs.append((ours_reader.get_object(ref), theirs_reader.get_object(ref)))  # type: ignore[no-untyped-call]
            assert isinstance(marker, int | ObjStreamRef)
    return pairs


def test_every_object_of_real_and_hostile_files_is_pyhankos(signed_report: SignedReport) -> None:
    unsigned = hostile.unsigned_revision(signed_report.data)
    launch = {"S": pikepdf.Name.Launch, "F": pikepdf.String("/dev/zero")}
    files = [signed_report.data, unsigned, hostile.with_link(unsigned, launch),
             hostile.with_deep_nesting(unsigned, 40), hostile.many_objects(300)]  # fmt: skip
    for data in files:
        pairs = every_object(data)
        assert len(pairs) > 20
        for ours, theirs in pairs:
            if isinstance(theirs, generic.StreamObject):  # streams: pyHanko's own objects
                assert type(ours) is type(theirs) and dict(ours).keys() == dict(theirs).keys()
            else:
                assert same(ours, theirs), (ours, theirs)


PLAIN = [
    b"<< /Type /Page /MediaBox [ 0 0 595.2756 841.8898 ] /Parent 3 0 R /Rotate 0 >>",
    b"[ 1 -2 +3 .5 -.5 4. 5 0 R ] ", b"<</A<</B[true false null]>>/C(x(y)z\\))/D<0aF b>>>",
    b"<< /Contents <3082ABcd> /Empty () /E <> /F < 1 2 3 > >>", b"/", b"12 0 R ", b"12",
    b"<< /A 1 0 R/B 2 >>",
]  # fmt: skip
# Spellings a quick scan would misread: each is left to pyHanko (or read as pyHanko does)
TRICKY = [
    b"<< /S /La#75nch >>", b"<< /S /Launch#20 >>", b"/La#75nch", b"<< /S /La\x80 >>",
    b"<< /A 1 % comment >> \n>>", b"<< /A 1 >>%\nstream\nxx\nendstream", b"<< /A 1 >> stream\nx",
    b"<< /A 1\x00/B 2 >>", b"<< /A 1\x0b0 R >>", b"[1 0 Rx]", b"[1                  0 R]",
    b"[0 0 R]", b"[truex]", b"[nullx]", b" << /A 1 >>", b"<< /A 1 /A 2 >>", b"<< /A >>",
    b"<< 1 /A >>", b"[1,2]", b"[1.2.3]", b"[--1]", b"<< /A 1 >x", b"[<0%x\n1>]", b"<0\x001>",
    b"<< /A [ >>", b"[ 1 >> ]", b"{1}", b"<< /A (unterminated >>", b"<1 2 G>", b"12 0 R",
]  # fmt: skip


@pytest.mark.parametrize("text", PLAIN + TRICKY)
def test_hand_picked_objects(text: bytes, container: Any) -> None:
    agrees(text, container)
    agrees(text + b"\nendobj", container)


def test_plain_objects_are_read_fast_and_tricky_ones_left_to_pyhanko(container: Any) -> None:
    for text in PLAIN:
        assert read_plain_object(text, 0, container, pdf_limits.MAX_DEPTH) is not None, text
    for text in [b"<< /S /La#75nch >>", b"<< /A 1 % c\n>>", b"<< /A 1\x00>>", b"[1\x0b0 R]",
                 b"<< /A 1 >>%\nstream\n", b"<< /A 1 /A 2 >>", b"[1                  0 R]"]:  # fmt: skip
        assert read_plain_object(text, 0, container, pdf_limits.MAX_DEPTH) is None, text
    deep = b"[" * 40 + b"]" * 40
    assert read_plain_object(deep, 0, container, pdf_limits.MAX_DEPTH) is None  # pyHanko's path
    assert read_plain_indirect_object(b"<< /A 1 >>\nendobj", 0, container, 32) is not None
    assert read_plain_indirect_object(b"<< /A 1 >>\nxendobj", 0, container, 32) is None


TOKENS = [b"<<", b">>", b"[", b"]", b"/Type", b"/S", b"/Launch", b"/La#75nch", b"/", b"/a\x80", b"1",
          b"-2", b"+.5", b"1.2.3", b"1,2", b"0 0 R", b"12 0 R", b"1 0 Rx", b"true", b"truex", b"false",
          b"null", b"(a(b)c\\)d)", b"(\\101\\n)", b"<0aF>", b"<0 a f>", b"<0%x\n1>", b"<FEFF0041>",
          b"stream", b"endobj", b"{", b"%c\n", b"\x00", b")", b">", b"<"]  # fmt: skip
SPACES = [b" ", b"", b"\n", b"\r\n", b"\t", b"\x00", b"\x0b", b"\f", b"%c\n", b"   "]


def _joined(parts: list[tuple[bytes, bytes]]) -> bytes:
    return b"".join(token + space for token, space in parts)


token_soup = st.lists(st.tuples(st.sampled_from(TOKENS), st.sampled_from(SPACES)), max_size=30).map(_joined)
spaced = st.tuples(st.sampled_from(SPACES[:8]), st.sampled_from(SPACES[:8]))
leaves = st.sampled_from([b"1", b"-2.50", b"3 0 R", b"true", b"null", b"/N", b"/N#41", b"(s)", b"<41>",
                          b"(\\376\\377\\000A)", b"<FEFF00>", b"12345678901234567890 0 R"])  # fmt: skip
structured = st.recursive(
    leaves,
    lambda inner: st.one_of(
        st.lists(st.tuples(inner, spaced), max_size=5).map(
            lambda items: b"[" + b"".join(s1 + v + s2 for v, (s1, s2) in items) + b"]"
        ),
        st.lists(
            st.tuples(st.sampled_from([b"/A", b"/B", b"/C", b"/S", b"/A#42"]), inner, spaced), max_size=5
        ).map(
            lambda items: b"<<" + b"".join(s1 + k + s2 + v for k, v, (s1, s2) in items) + b">>"
        ),
    ),
    max_leaves=25,
)


@settings(
    max_examples=int(os.environ.get("AISAFE_PDF_EXAMPLES", "400")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(text=st.one_of(token_soup, structured))
def test_generated_objects_are_pyhankos_or_left_to_it(text: bytes, container: Any) -> None:
    agrees(text, container)


def _patched(document: pikepdf.Pdf, mode: pikepdf.ObjectStreamMode) -> bytes:
    """The file with its Launch action spelt `/La#75nch` (same length: offsets stay valid)."""
    out = io.BytesIO()
    document.save(out, object_stream_mode=mode, compress_streams=False)
    data = out.getvalue()
    assert data.count(b"/S /Launch /X (abcd)") == 1
    return data.replace(b"/S /Launch /X (abcd)", b"/S /La#75nch /X (ab)")


@pytest.mark.parametrize("mode", [pikepdf.ObjectStreamMode.generate, pikepdf.ObjectStreamMode.disable])
def test_an_escaped_action_name_is_still_refused(mode: pikepdf.ObjectStreamMode) -> None:
    """A scan for `/Launch` would pass this file; the walk reads the name as pyHanko decodes it."""
    document = pikepdf.new()
    document.add_blank_page(page_size=(10, 10))
    action = pikepdf.Dictionary(
        S=pikepdf.Name.Launch, F=pikepdf.String("/dev/zero"), X=pikepdf.String("abcd")
    )
    link = pikepdf.Dictionary(
        Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Link, Rect=[0, 0, 10, 10], A=action
    )
    document.pages[0].obj.Annots = document.make_indirect(pikepdf.Array([document.make_indirect(link)]))
    data = _patched(document, mode)
    assert b"/Launch" not in data and b"/La#75nch" in data
    with pytest.raises(pdf_limits.PdfLimitError) as caught:
        pdf_limits.check_structure(pdf_limits.open_reader(data))
    assert caught.value.reason is Reason.EXTERNAL_REFERENCE
    assert [c.reason for c in verify_pdf(data).checks] == [Reason.EXTERNAL_REFERENCE]
