"""Dates, times and numbers as the interface language writes them (QLocale), never ambiguous.

A date always names its month in words ("7 December 2026", "7 ธันวาคม ค.ศ. 2026",
"2026年12月7日"), never "12/7/26"; the Gregorian calendar only (a Thai date says ค.ศ., the
Buddhist year is never used). This is display only: what is stored, signed or exported stays
ISO 8601, and tables sort by the real value, not by these texts.

The interface language picks the locale (`ui_locale`, installed as Qt's default by
i18n.Translations.switch): English as written in Singapore (day before month), Tetum with the
Portuguese of Timor-Leste (Qt has no Tetum data; the PDFs do the same, reporting/locale_format).
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from PySide6.QtCore import QDate, QLocale, QTime

LOCALE_NAMES = {"en": "en_SG", "tet": "pt_TL"}
FALLBACK_PATTERN = "d MMMM yyyy"
THAI_ERA = "'ค.ศ.' "  # "Christian era": the year is Gregorian, not Buddhist
# the weekday and what joins it to the rest ("dddd, ", "ddddที่ ", a trailing " dddd")
_WEEKDAY = re.compile(r"\s*d{4}(?:ที่)?[,،]?\s*")


def ui_locale(language: str) -> QLocale:
    return QLocale(LOCALE_NAMES.get(language, language))


@functools.cache
def _date_pattern(locale_name: str) -> str:
    """The locale's long date without the weekday: the month spelled, the year in full."""
    locale = QLocale(locale_name)
    pattern = _WEEKDAY.sub(" ", locale.dateFormat(QLocale.FormatType.LongFormat)).strip(" ,")
    # the month in words, or marked as the month (Chinese 12月, Vietnamese "tháng 12")
    if not any(mark in pattern for mark in ("MMM", "月", "tháng")) or "yyyy" not in pattern:
        pattern = FALLBACK_PATTERN
    if locale.language() == QLocale.Language.Thai:
        pattern = pattern.replace("yyyy", THAI_ERA + "yyyy")
    return pattern


def date_pattern(locale: QLocale | None = None) -> str:
    """The date pattern of `date_text`, for a QDateEdit's display format."""
    return _date_pattern((locale or QLocale()).name())


def date_text(day: dt.date, locale: QLocale | None = None) -> str:
    """e.g. "7 December 2026" in the interface language (Qt's default locale)."""
    locale = locale or QLocale()
    return locale.toString(QDate(day.year, day.month, day.day), _date_pattern(locale.name()))


def date_time_text(moment: dt.datetime, locale: QLocale | None = None) -> str:
    """The local date and time, e.g. "7 December 2026 2:05 pm" (a naive time counts as UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    local = moment.astimezone()
    locale = locale or QLocale()
    time = locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    return f"{date_text(local.date(), locale)} {time}"


def stamp_text(moment: dt.datetime) -> str:
    """The local date and time, then the UTC time in ISO 8601, for times that a signature or a
    receipt records ("7 December 2026 2:05 pm (2026-12-07 06:05 UTC)")."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return f"{date_time_text(moment)} ({moment.astimezone(dt.UTC):%Y-%m-%d %H:%M} UTC)"


def local_date_text(moment: dt.datetime) -> str:
    """The local day of a moment, e.g. "7 December 2026"."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return date_text(moment.astimezone().date())


def iso_time(moment: dt.datetime) -> str:
    """The local date and time in ISO 8601 ("2026-12-07 14:32"): for files (CSV), which a
    spreadsheet reads the same in every language."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def input_number_text(value: float, locale: QLocale | None = None) -> str:
    """A number as typed in the interface language, no grouping ("3,5" in Indonesian, "12000"),
    so that `text_editors.parse_number` reads it back to the same value."""
    plain = QLocale(locale or QLocale())
    plain.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    if isinstance(value, int) or (float(value).is_integer() and abs(value) < 1e15):
        return plain.toString(int(value))
    return plain.toString(float(value), "g", 15)


def number_text(value: float, decimals: int = 0, locale: QLocale | None = None) -> str:
    """A number with the locale's decimal sign (and no grouping, so it reads back the same)."""
    locale = locale or QLocale()
    return locale.toString(float(value), "f", decimals)
