"""The fast page text (reporting/page_text.py) gives pypdf's `extract_text`, or hands over to pypdf.

Proven on signed reports in several scripts (every page, every font, every content stream), on
mutated content streams (each either read exactly as pypdf's parser reads it, or refused), on
files whose pages are built differently (each handed to pypdf), and on the verdicts of signed
hostile files.
"""

from __future__ import annotations

import io
import random
import re
from pathlib import Path
from typing import Any

import pikepdf
import pypdf
import pytest
from pypdf.generic import ContentStream, DecodedStreamObject
from pypdf.generic._font import Font

from aisafe_desktop.core.answers import Answer, AnswersDocument
from aisafe_desktop.core.loader import load_file
from aisafe_desktop.reporting import page_text, pdf_limits
from aisafe_desktop.reporting.verify_reasons import Reason
from aisafe_desktop.services import page_claims, pdf_reports
from tests.reporting import hostile
from tests.reporting.support import StoredKey, sample_value

ROOT = Path(__file__).resolve().parents[2]
TRIAGE = "ai-system-risk-triage"
LANGUAGES = ("en", "ms", "th", "zh", "km", "my", "ta", "vi")


@pytest.fixture(scope="module")
def reports(rsa_key: StoredKey, tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """One signed triage report per language, its answers in that language's script."""
    loaded = load_file(ROOT / "questionnaires" / f"{TRIAGE}.yaml")
    assert loaded.ok and loaded.questionnaire is not None
    q = loaded.questionnaire
    ref = pdf_reports.QuestionnaireRef(q, loaded.sha256)
    folder = tmp_path_factory.mktemp("languages")
    made = {}
    for language in LANGUAGES:
        text = f"{q.title.get(language)} (x) \\ [y] 100%"  # the script, and characters PDF escapes
        values = {question.id: Answer(sample_value(question, text))
                  for _, question in q.questions()}
        document = AnswersDocument(q.id, q.version, values, language=language,
                                   extra={"title": q.title.get(language), "ai_system": "LoanSort v2"})
        out = folder / f"{language}.pdf"
        pdf_reports.export_report(ref, document, rsa_key.identity, out, language=language,
                                  require_complete=False, profile={"name": q.title.get(language)})
        made[language] = out.read_bytes()
    return made


def pypdf_texts(data: bytes) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages]


def fast_texts(data: bytes, count: int = 10_000) -> list[str] | None:
    return page_text.page_texts(pdf_limits.open_reader(data), count, page_text.FontCache())


@pytest.mark.slow
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_gives_pypdfs_text(reports: dict[str, bytes], language: str) -> None:
    data = reports[language]
    fast = fast_texts(data)
    assert fast is not None, "a report of ours must take the fast reading"
    assert fast == pypdf_texts(data)
    assert sum(len(text) for text in fast) > 2000


def _plain(value: Any) -> Any:
    """pypdf's operand as the type-tagged plain value the fast reader gives."""
    if isinstance(value, list):
        return ("array", [_plain(v) for v in value])
    if isinstance(value, bytes):
        return ("bytes", bytes(value))
    if isinstance(value, str):
        return ("name", str(value))
    if isinstance(value, int):
        return ("int", int(value))
    return ("float", float(value))


def pypdf_operations(data: bytes) -> list[tuple[list[Any], bytes]] | None:
    """pypdf's operations that text extraction acts on; None if pypdf fails or meets an operator
    the fast reader leaves to it."""
    stream = DecodedStreamObject()
    stream.set_data(data)
    try:
        operations = ContentStream(stream, None, "bytes").operations
    except Exception:
        return None
    known = page_text.TEXT_OPERATORS | page_text._IGNORED
    if any(operator not in known for _, operator in operations):
        return None
    return [([_plain(v) for v in operands], operator) for operands, operator in operations
            if operator in page_text.TEXT_OPERATORS]


def fast_operations(data: bytes) -> list[tuple[list[Any], bytes]] | None:
    found = page_text.read_operations(data)
    return None if found is None else [([_plain(v) for v in ops], op) for ops, op in found]


def _contents(data: bytes) -> list[bytes]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return [page.get_contents().get_data() for page in reader.pages]  # type: ignore[union-attr]


@pytest.mark.slow
def test_every_content_stream_reads_as_pypdf_reads_it(reports: dict[str, bytes]) -> None:
    for language, data in reports.items():
        for content in _contents(data):
            fast = fast_operations(content)
            assert fast is not None, language
            assert fast == pypdf_operations(content), language


NASTY = [b"[(a) -5 (b\\051)] TJ", b"[(a) /N] TJ", b"[[1]] TJ",
         b"#", b"<41>", b"[(a) 1]", b"\\", b"(", b")", b"%", b"\n", b"\r", b"\x00", b"\x0c",
         b"\x0b", b"1-2", b"--5", b".", b"5.", b"+", b"-.5", b"/", b"/A#42", b" TJ ", b" ' ",
         b' " ', b" Do ", b" BI /W 1 ID x EI ", b"<<", b">>", b" true ", b"(\\400)", b"(\\12)",
         b"(\\1234)", b"(a\\\nb)", b"(\\q)", b"\xe9", b"Tj(", b" [] ", b" [1 2 3] 0 d ", b" 0 Tz ",
         b" 2 Tc ", b"(x)", b" T* ", b" Q ", b" q ", b"1 0 0 1 5 5 cm", b" /F1+0 9 Tf ", b"]", b"{"]


def test_a_mutated_content_stream_is_read_as_pypdf_reads_it_or_left_to_pypdf(
        signed_report: Any) -> None:
    base = _contents(signed_report.data)[0]
    assert fast_operations(base) == pypdf_operations(base) is not None
    rng = random.Random(13)
    refused = 0
    for _ in range(400):
        data = bytearray(base)
        for _ in range(rng.randint(1, 3)):
            spot = rng.randrange(len(data))
            if rng.random() < 0.7:
                data[spot:spot] = rng.choice(NASTY)
            else:
                data[spot:spot + rng.randint(1, 4)] = b""
        fast = fast_operations(bytes(data))
        if fast is None:
            refused += 1
            continue
        assert fast == pypdf_operations(bytes(data)), bytes(data)
    assert 0 < refused < 400  # both ways were taken


def _pypdf_font(obj: Any) -> Font:
    font = Font.from_font_resource(obj)
    if font.character_widths.get(font.space_char, 0) == 0:
        font.space_width = 200.0
    return font


def _fields(font: Font) -> tuple[Any, ...]:
    descriptor = font.font_descriptor
    return (font.name, font.sub_type, font.encoding, font.character_map, font.character_widths,
            font.space_width, font.space_char, font.interpretable, descriptor.name,
            descriptor.flags, descriptor.bbox, descriptor.ascent, descriptor.descent,
            descriptor.cap_height, descriptor.italic_angle, descriptor.font_file is None)


@pytest.mark.slow
def test_every_font_is_pypdfs_font(reports: dict[str, bytes]) -> None:
    cache = page_text.FontCache()
    for data in reports.values():
        reader = pdf_limits.open_reader(data)
        theirs = pypdf.PdfReader(io.BytesIO(data))
        for index, page in enumerate(theirs.pages):
            mine = reader.root["/Pages"]["/Kids"][index]
            for name, ref in page["/Resources"]["/Font"].items():  # type: ignore[index]
                built = cache.get(page_text.font_key(mine["/Resources"]["/Font"].raw_get(name)))[1]
                assert _fields(built) == _fields(_pypdf_font(ref.get_object())), name


@pytest.mark.slow
def test_fonts_are_built_once_per_worker(reports: dict[str, bytes]) -> None:
    """A count, not a time: reading the same report again builds no font."""
    cache = page_text.FontCache()
    data = reports["ms"]
    page_text.page_texts(pdf_limits.open_reader(data), 100, cache)
    built = cache.built
    assert 0 < built <= 6
    for _ in range(3):
        page_text.page_texts(pdf_limits.open_reader(data), 100, cache)
    assert cache.built == built


# -- files whose pages are built differently: each is handed to pypdf ---------------------------

def _first_page(document: pikepdf.Pdf) -> pikepdf.Page:
    return document.pages[0]


def _with_tj(document: pikepdf.Pdf) -> None:
    """Every `(text) Tj` written as `[(text)] TJ`."""
    page = _first_page(document)
    page.Contents = document.make_stream(re.sub(
        rb"\(((?:[^\\()]|\\.)*)\) Tj", rb"[(\1)] TJ", page.Contents.read_bytes()))


def _with_quote(document: pikepdf.Pdf) -> None:
    """Every `(text) Tj` written as `(text) '` (next line, then show)."""
    page = _first_page(document)
    page.Contents = document.make_stream(re.sub(
        rb"\(((?:[^\\()]|\\.)*)\) Tj", rb"(\1) '", page.Contents.read_bytes()))


def _split_contents(document: pikepdf.Pdf) -> None:
    page = _first_page(document)
    data = page.Contents.read_bytes()
    half = data.index(b"\nQ\n", len(data) // 2) + 3
    page.Contents = pikepdf.Array([document.make_stream(data[:half]),
                                   document.make_stream(data[half:])])


def _inherited_resources(document: pikepdf.Pdf) -> None:
    resources = _first_page(document).Resources
    for page in document.pages:
        del page.obj.Resources
    document.Root.Pages.Resources = resources


def _encoding_differences(document: pikepdf.Pdf) -> None:
    for font in _first_page(document).Resources.Font.values():
        font.Encoding = pikepdf.Dictionary(Differences=pikepdf.Array([65, pikepdf.Name.B]))


def _form_xobject(document: pikepdf.Pdf) -> None:
    page = _first_page(document)
    form = document.make_stream(page.Contents.read_bytes(), Type=pikepdf.Name.XObject,
                                Subtype=pikepdf.Name.Form, BBox=[0, 0, 600, 850],
                                Resources=page.Resources)
    page.Resources.XObject = pikepdf.Dictionary(X0=form)
    page.Contents = document.make_stream(b"q /X0 Do Q")


def _replaced(document: pikepdf.Pdf, old: bytes, new: bytes) -> None:
    page = _first_page(document)
    data = page.Contents.read_bytes()
    assert old in data
    page.Contents = document.make_stream(data.replace(old, new))


def _hex_strings(document: pikepdf.Pdf) -> None:
    _replaced(document, b"(Loan triage", b"<41> (Loan triage")


CHANGES = [_with_quote, _split_contents, _inherited_resources, _encoding_differences,
           _form_xobject, _hex_strings]


@pytest.mark.parametrize("change", CHANGES, ids=lambda c: c.__name__)
def test_other_page_constructions_are_left_to_pypdf(signed_report: Any, change: Any) -> None:
    data = hostile.edit(hostile.unsigned_revision(signed_report.data), change)
    assert fast_texts(data) is None
    assert page_claims.page_texts(data, 100) == page_claims.pypdf_page_texts(data, 100)


@pytest.mark.parametrize("change", [lambda document: None, _with_tj], ids=["qpdf", "TJ"])
def test_pages_rewritten_in_the_plain_grammar_still_give_pypdfs_text(
        signed_report: Any, change: Any) -> None:
    """qpdf's object streams and its own serialisation; text shown with TJ arrays."""
    data = hostile.edit(hostile.unsigned_revision(signed_report.data), change)
    fast = fast_texts(data)
    assert fast is not None and fast == pypdf_texts(data)


def test_a_lying_cover_is_caught_on_both_readings(
        signed_report: Any, rsa_key: StoredKey, lookup: pdf_reports.Lookup, tmp_path: Path) -> None:
    """The cover says another band; once in the plain grammar (the fast reading), once with the
    ' operator (pypdf's reading): both verdicts say the pages differ from the data."""
    unsigned = hostile.unsigned_revision(signed_report.data)

    def lie(document: pikepdf.Pdf) -> None:
        _replaced(document, b"(High risk)", b"(Low risk)")

    def lie_with_quote(document: pikepdf.Pdf) -> None:
        lie(document)
        _with_quote(document)

    for change, fast in ((lie, True), (lie_with_quote, False)):
        data = hostile.edit(unsigned, change)
        assert (fast_texts(data) is not None) == fast
        path = tmp_path / f"{change.__name__}.pdf"
        path.write_bytes(hostile.sign(data, rsa_key.identity))
        [item] = pdf_reports.verify_reports([path], None, lookup)
        reasons = {c.reason for c in item.checks if c.passed is False}
        assert reasons == {Reason.PAGES_DIFFER}, item.reason
