"""What the pages say must match the signed data.

A reader looks at the cover and the summary, not at answers.json. A signer could put "Impact
level I" on the cover of a report whose signed answers give level III, and the signature would
still be intact. This check reads the text of the signed revision's first pages (pypdf, with
tight limits; the file already passed the structure limits) and compares what they state with the
re-scored result:
- the band badge: exactly one band label stands on the cover, and it is the re-scored band's
  label (as whole words: "level I" never matches inside "level III");
- the overall score "N / 100" on the cover;
- the red flags in the summary: every raised flag's message is there, no other flag's message is,
  and "no red flag" appears only when none was raised.
pypdf ignores the ActualText of shaped complex scripts (Thai, Lao, Khmer, Burmese, Tamil), so
their labels do not extract reliably: for those the label comparisons are skipped and the score
line (digits) is still compared. Latin scripts (Vietnamese included) and Chinese extract exactly;
Chinese is compared without whitespace, since a line may end between any two characters.
"""

from __future__ import annotations

import io
import re
from typing import Any

from aisafe_desktop.core.answers import AnswersDocument
from aisafe_desktop.core.display import whole_percent
from aisafe_desktop.core.errors import Message
from aisafe_desktop.core.model import Questionnaire
from aisafe_desktop.core.scoring import ScoreResult
from aisafe_desktop.reporting.labels import label
from aisafe_desktop.reporting.verify import Check, VerifyResult, failed, passed
from aisafe_desktop.reporting.verify_reasons import Reason

CHECK_PAGES = "pages match the answers"
SUMMARY_PAGES = 4  # the cover and the summary (red flags come first in it)
_MAX_PAGE_TEXT = 200_000  # characters of extracted text per page


_CJK = "\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef"  # Han, kana, CJK punctuation
_NOT_EXACT = re.compile(f"[^\u0000-\u058f\u1e00-\u20cf{_CJK}]")
_HAS_CJK = re.compile(f"[{_CJK}]")
# a word character that is not CJK: a phrase must not continue into one ("level I" is not in
# "level III"), while Chinese has no spaces and runs straight on into the next word
_LATIN_WORD = f"[^\\W{_CJK}]"


def _exact(text: str) -> bool:
    """Text whose extraction from our PDFs is exact (no complex-script shaping): every character
    below U+0590, in U+1E00–U+20CF (Vietnamese, punctuation) or CJK."""
    return _NOT_EXACT.search(text) is None


def _squash(text: str) -> str:
    return " ".join(text.split())


class _Form:
    """How texts are compared: whitespace squashed to one space, or (for Chinese, where a line
    can end between any two characters) removed."""

    def __init__(self, phrases: list[str]) -> None:
        self.compact = any(_HAS_CJK.search(p) for p in phrases)

    def __call__(self, text: str) -> str:
        return "".join(text.split()) if self.compact else _squash(text)


def page_texts(signed: bytes, pages: int = SUMMARY_PAGES, reader: Any = None) -> list[str]:
    """The text of the first `pages` pages, as pypdf extracts it with decoding limits.

    `reader`: pyHanko's reader over `signed` (the verifier's, already walked). For the plain
    pages our reports have, reporting.page_text gives pypdf's text from it, faster; for
    anything else pypdf reads the file."""
    from aisafe_desktop.reporting import page_text, pdf_limits

    try:
        reader = reader if reader is not None else pdf_limits.open_reader(signed)
    except Exception:  # not for the fast reading: pypdf decides
        reader = None
    if reader is not None:
        fast = page_text.page_texts(reader, pages, limit=lambda text: text[:_MAX_PAGE_TEXT])
        if fast is not None:
            return fast
    return pypdf_page_texts(signed, pages)


def pypdf_page_texts(signed: bytes, pages: int = SUMMARY_PAGES) -> list[str]:
    """The text of the first `pages` pages, read by pypdf with decoding limits."""
    import pypdf

    limits = {
        "zlib_maximum_output_length": 4_000_000, "stream_decoding_work_maximum_length": 32_000_000,
        "stream_parsing_work_maximum_count": 400_000, "xform_maximum_invocations_per_extraction": 50,
        "array_maximum_element_count": 50_000, "dictionary_maximum_element_count": 10_000,
    }  # fmt: skip
    with pypdf.apply_configuration(pypdf.get_configuration().with_overwrites(**limits)):
        reader = pypdf.PdfReader(io.BytesIO(signed))
        count = min(pages, len(reader.pages))
        return [reader.pages[i].extract_text()[:_MAX_PAGE_TEXT] for i in range(count)]


def _text(value: Any, language: str, fallback: str) -> str:
    return "" if value is None else str(value.get(language, fallback))


def _stands_alone(text: str, phrase: str) -> bool:
    """`phrase` occurs in `text` not as part of a longer word ("level I" is not in "level III")."""
    return re.search(rf"(?<!{_LATIN_WORD}){re.escape(phrase)}(?!{_LATIN_WORD})", text) is not None


def _band_claim(
    cover: str, questionnaire: Questionnaire, rescored: ScoreResult, lang: str
) -> str | Message | None:
    """The band the cover states, if it differs from the re-scored one (else None)."""
    fallback = questionnaire.default_language
    texts = {b.id: _text(b.label, lang, fallback) for b in questionnaire.scoring.bands}
    if not all(_exact(t) for t in texts.values()):
        return None
    form = _Form(list(texts.values()))
    labels = {band: form(text) for band, text in texts.items()}
    cover = form(cover)
    stated = [band for band, text in labels.items() if text and _stands_alone(cover, text)]
    if stated == [rescored.band]:
        return None
    if not stated:
        return Message("no result band")
    return labels[stated[0]] if len(stated) == 1 else Message(
        "several bands ({bands})", bands=", ".join(labels[b] for b in stated))


def _flag_claim(text: str, questionnaire: Questionnaire, rescored: ScoreResult, lang: str) -> Message | None:
    fallback = questionnaire.default_language
    texts = {f.id: _text(f.message, lang, fallback) for f in questionnaire.scoring.red_flags}
    none_text = label("no_red_flags", lang)
    if not all(_exact(m) for m in [*texts.values(), none_text]):
        return None
    form = _Form([*texts.values(), none_text])
    text = form(text)
    shown = {flag for flag, message in texts.items() if message and form(message) in text}
    none_shown = form(none_text) in text
    expected = set(rescored.red_flags)
    if shown == expected and none_shown == (not expected):
        return None
    if not shown:
        return Message("no red flags")
    return Message("red flags: {flags}", flags=", ".join(sorted(shown)))


def _score_claim(cover: str, rescored: ScoreResult) -> Message | None:
    """The cover states the whole percentage (core.display.whole_percent, as the app shows it);
    reports made before whole percentages stated it with decimals, which is accepted too."""
    stated = re.findall(r"(\d+(?:\.\d+)?) / 100", cover)
    if stated in ([str(whole_percent(rescored.overall))], [f"{rescored.overall:g}"]):
        return None
    if not stated:
        return Message("no overall score")
    return Message("an overall score of {scores}", scores=", ".join(stated))


def check_pages(
    data: bytes, signature: VerifyResult, document: AnswersDocument, questionnaire: Questionnaire,
    rescored: ScoreResult, reader: Any = None,
) -> Check:  # fmt: skip
    """Compare the cover and summary text with the re-scored result. `reader`: the verifier's
    pyHanko reader over `data`, if at hand."""
    del signature  # the caller checked the file is signed in full: `data` is the signed revision
    lang = document.language
    try:
        texts = page_texts(data, reader=reader)
    except Exception:  # text extraction of a hostile page: not readable, never a crash
        return failed(CHECK_PAGES, Reason.PAGES_UNREADABLE)
    if not texts:
        return failed(CHECK_PAGES, Reason.PAGES_UNREADABLE)
    summary = _squash(" ".join(texts[1:]))
    fallback = questionnaire.default_language
    expected_band = questionnaire.band(rescored.band)
    expected_label = _text(expected_band.label, lang, fallback) if expected_band else rescored.band
    claims = [
        _band_claim(_squash(texts[0]), questionnaire, rescored, lang),
        _score_claim(_squash(texts[0]), rescored),
        _flag_claim(summary, questionnaire, rescored, lang),
    ]
    wrong = [c for c in claims if c]
    if not wrong:
        return passed(CHECK_PAGES, Reason.PAGES_OK)
    score_text = f"{rescored.overall:g}"
    given = (Message("{band}, {score} / 100, red flags: {flags}", band=expected_label,
                     score=score_text, flags=", ".join(rescored.red_flags))
             if rescored.red_flags else
             Message("{band}, {score} / 100, no red flags", band=expected_label, score=score_text))
    return failed(CHECK_PAGES, Reason.PAGES_DIFFER, stated=wrong, rescored=given)
