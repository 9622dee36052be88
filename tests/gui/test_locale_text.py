"""Issue 16: dates and numbers in the GUI follow the interface language's locale (QLocale), and
are never ambiguous: a date names its month (never 12/7/26), a Thai date is Gregorian (ค.ศ., not
the Buddhist year), tables sort by the value, and a number field takes and shows the language's
decimal sign while the answer is stored as a plain number."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from aisafe_desktop.core.loader import load_bytes
from aisafe_desktop.core.model import Question, Text
from aisafe_desktop.core.status import AssessmentStatus
from aisafe_desktop.gui.assessment_table import SORT_ROLE, AssessmentTableModel, local_time
from aisafe_desktop.gui.locale_text import (
    date_pattern,
    date_text,
    date_time_text,
    iso_time,
    stamp_text,
    ui_locale,
)
from aisafe_desktop.gui.text_editors import NumberEditor, parse_number
from aisafe_desktop.services.dto import AssessmentSummary
from tests.gui.sample_questionnaire import SAMPLE_YAML

LANGUAGES = ("en", "ms", "th", "vi", "zh")
DAY = dt.date(2026, 12, 7)
# the month as each language writes it in a date
MONTH = {"en": "December", "ms": "Disember", "th": "ธันวาคม", "vi": "tháng 12", "zh": "12月"}
AMBIGUOUS = re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b")


@pytest.fixture
def language(qapp: QApplication) -> Iterator[object]:
    """Sets Qt's default locale as the language switch does; English again afterwards."""
    def use(code: str) -> None:
        QLocale.setDefault(ui_locale(code))

    yield use
    QLocale.setDefault(ui_locale("en"))


@pytest.mark.parametrize("code", LANGUAGES)
def test_dates_name_their_month_in_the_language(code: str, language: object) -> None:
    language(code)  # type: ignore[operator]
    shown = date_text(DAY)
    assert MONTH[code] in shown and ("2026" in shown), shown
    assert not AMBIGUOUS.search(shown), shown
    moment = dt.datetime(2026, 12, 7, 3, 5, tzinfo=dt.UTC)
    with_time = date_time_text(moment)
    assert not AMBIGUOUS.search(with_time), with_time
    assert local_time(moment) == with_time  # Home, answer history, change log, backups
    assert stamp_text(moment).endswith("(2026-12-07 03:05 UTC)")
    assert QLocale().toDate(date_text(DAY), date_pattern()).toPython() == DAY  # date fields


def test_thai_dates_are_gregorian_and_say_so(language: object) -> None:
    language("th")  # type: ignore[operator]
    shown = date_text(DAY)
    assert shown == "7 ธันวาคม ค.ศ. 2026"
    assert "2569" not in shown  # the Buddhist year of 2026


def test_chinese_and_english_long_forms(language: object) -> None:
    language("zh")  # type: ignore[operator]
    assert date_text(DAY) == "2026年12月7日"
    language("en")  # type: ignore[operator]
    assert date_text(DAY) == "7 December 2026"


def test_files_keep_iso_times(language: object) -> None:
    language("th")  # type: ignore[operator]
    moment = dt.datetime(2026, 12, 7, 3, 5, tzinfo=dt.UTC)
    assert re.fullmatch(r"2026-12-0[67] \d\d:\d\d", iso_time(moment))


def test_the_home_table_shows_the_locale_date_and_sorts_by_the_time(language: object) -> None:
    """"9 Disember" sorts after "10 Disember" as text; the table sorts by the time itself."""
    language("ms")  # type: ignore[operator]
    title = Text({"en": "Triage"})
    days = (dt.datetime(2026, 12, 9, 12, tzinfo=dt.UTC), dt.datetime(2026, 12, 10, 12,
                                                                      tzinfo=dt.UTC))
    rows = [AssessmentSummary(i, f"A{i}", "t", "1", title, None, "en", AssessmentStatus.DRAFT,
                              0, 5, None, None, day, False) for i, day in enumerate(days)]
    model = AssessmentTableModel("ms")
    model.set_rows(rows, "ms")
    model.sort(6, Qt.SortOrder.AscendingOrder)
    shown = [model.index(i, 6).data() for i in range(2)]
    assert all("Disember 2026" in text for text in shown), shown
    assert [r.updated_at for r in model.rows] == list(days)
    keys = [model.index(i, 6).data(SORT_ROLE) for i in range(2)]
    assert keys == sorted(keys) and sorted(shown) != shown  # text order would be wrong


def number_question() -> Question:
    questionnaire = load_bytes(SAMPLE_YAML.encode("utf-8")).questionnaire
    assert questionnaire is not None
    return questionnaire.question_index()["users"]


@pytest.mark.parametrize(("code", "typed", "shown"), [
    ("en", "2.5", "2.5"), ("ms", "2.5", "2.5"), ("th", "2.5", "2.5"), ("zh", "2.5", "2.5"),
    ("vi", "2,5", "2,5"), ("id", "2,5", "2,5"), ("tet", "2,5", "2,5"),
])
def test_a_number_field_takes_and_shows_the_decimal_sign(code: str, typed: str, shown: str,
                                                          language: object) -> None:
    language(code)  # type: ignore[operator]
    editor = NumberEditor(number_question(), "en")
    answered: list[object] = []
    editor.answered.connect(answered.append)
    editor.field.setText(typed)
    editor.flush()
    assert answered == [2.5]  # stored as a plain number
    editor.set_value(2.5)
    assert editor.field.text() == shown
    editor.set_value(12000)
    assert editor.field.text() == "12000"  # no grouping: reads back the same
    assert "100000" in editor.range.text()


def test_grouping_and_a_point_are_read_as_the_language_means_them(language: object) -> None:
    language("en")  # type: ignore[operator]
    assert parse_number("1,234.5") == 1234.5
    assert parse_number("1,234") == 1234  # English grouping, not 1.234
    assert parse_number("3,5") == 3.5  # one comma and no point: a decimal comma
    language("vi")  # type: ignore[operator]
    assert parse_number("1.234,5") == 1234.5
    assert parse_number("3.5") == 3.5  # a point is still understood
    language("my")  # type: ignore[operator]
    assert parse_number("၃.၅") == 3.5  # Myanmar digits
    assert parse_number("twelve") != parse_number("twelve")  # NaN: not saved


def test_the_not_a_number_message_writes_both_examples_in_the_language_s_digits(
        language: object) -> None:
    """Burmese: the message showed a Latin "12" next to a Myanmar-digit "၃.၅"."""
    language("my")  # type: ignore[operator]
    editor = NumberEditor(number_question(), "my")
    said: list[str] = []
    editor.invalid.connect(said.append)
    editor.field.setText("twelve")
    editor.flush()
    assert said and "၁၂" in said[0] and "၃.၅" in said[0], said
    assert not re.search(r"[0-9]", said[0]), said[0]


def test_a_number_shown_again_after_a_language_switch(language: object) -> None:
    language("en")  # type: ignore[operator]
    editor = NumberEditor(number_question(), "en")
    editor.set_value(2.5)
    language("vi")  # type: ignore[operator]
    editor._retranslate()  # what LanguageChange does
    assert editor.field.text() == "2,5"


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_inbox_table_shows_received_times_in_the_language(code: str,
                                                               language: object) -> None:
    """The table shows the locale's date; its order is the database's (received_at)."""
    from aisafe_desktop.gui.inbox_model import InboxTableModel
    from aisafe_desktop.services.inbox_table import TableRow
    from aisafe_desktop.storage.inbox_models import ReviewStatus, Verdict

    language(code)  # type: ignore[operator]
    row = TableRow(1, Verdict.TRUSTED, ReviewStatus.NEW, "Kedai", "a.pdf", "MY", "Retail",
                   "ai-system-risk-triage", "level-ii", "Level II", 42.0, "Aminah",
                   dt.datetime(2026, 12, 7, 12, 5, tzinfo=dt.UTC), "", "")
    model = InboxTableModel()
    model.set_rows([row])
    received = model.index(0, 9).data()
    assert MONTH[code] in received and not AMBIGUOUS.search(received), received
    assert model.index(0, 7).data() == "42"
