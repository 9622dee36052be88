"""Translations of the user interface: our .qm files plus Qt's own (dialog buttons)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from aisafe_desktop.core.paths import shipped_data_dir
from aisafe_desktop.gui.locale_text import ui_locale

# The user-interface languages, named in their own language (never translated).
UI_LANGUAGES: dict[str, str] = {
    "en": "English", "ms": "Bahasa Melayu", "id": "Bahasa Indonesia", "th": "ไทย",
    "vi": "Tiếng Việt", "fil": "Filipino", "km": "ខ្មែរ", "lo": "ລາວ", "my": "မြန်မာ",
    "zh": "中文（简体）", "ta": "தமிழ்", "tet": "Tetun",
}
SOURCE_LANGUAGE = "en"

# "draft translation" in each language itself, so a speaker of it sees the mark in their own
# words whatever the interface language is (the interface language's word comes from the .ts).
DRAFT_WORDS: dict[str, str] = {
    "en": "draft translation", "ms": "terjemahan draf", "id": "terjemahan draf",
    "th": "คำแปลฉบับร่าง", "vi": "bản dịch nháp", "fil": "borador na salin",
    "km": "ការបកប្រែព្រាង", "lo": "ຄຳແປສະບັບຮ່າງ", "my": "ဘာသာပြန်မူကြမ်း",
    "zh": "翻译草稿", "ta": "வரைவு மொழிபெயர்ப்பு", "tet": "tradusaun rascunho",
}


def picker_label(code: str) -> str:
    """A language's name for the pickers, marked when it is a draft translation: in that
    language and in the interface language, e.g. "ไทย — คำแปลฉบับร่าง (draft translation)"."""
    # imported here: reading the language list loads the YAML readers (~30 ms), which a start
    # that shows no language picker does not need before its first paint
    from aisafe_desktop.core.language_status import is_draft

    name = UI_LANGUAGES.get(code, code)
    return marked_draft(name, code) if is_draft(code) else name


def marked_draft(name: str, code: str) -> str:
    """`name` with the draft mark, in the language `code` and in the interface language."""
    ui_word = QCoreApplication.translate("Languages", "draft translation")
    own = DRAFT_WORDS.get(code, ui_word)
    return f"{name} — {own}" if own == ui_word else f"{name} — {own} ({ui_word})"


def translations_dir() -> Path:
    return shipped_data_dir("resources") / "translations"


class Translations:
    """Installs the translators for one language at a time; switching sends LanguageChange
    to every widget, which then re-translates itself (`_retranslate`)."""

    def __init__(self, app: QApplication, folder: Path | None = None) -> None:
        self._app = app
        self._folder = folder or translations_dir()
        self._installed: list[QTranslator] = []
        self.language = SOURCE_LANGUAGE

    def switch(self, language: str) -> bool:
        """Use `language`; False when its translation file is missing (English is shown)."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        self.language = language if language in UI_LANGUAGES else SOURCE_LANGUAGE
        QLocale.setDefault(ui_locale(self.language))
        # A widget keeps the locale it was made with: hand the new one to every window, whose
        # widgets inherit it (screen readers read it: AT-SPI GetLocale). Content in another
        # language (a questionnaire's cards) has its own locale set and keeps it.
        for window in QApplication.topLevelWidgets():
            window.setLocale(QLocale())
        if self.language == SOURCE_LANGUAGE:  # only its plural forms ("1 answer", "2 answers")
            plurals = QTranslator(self._app)
            if plurals.load(f"aisafe_{SOURCE_LANGUAGE}", str(self._folder)):
                self._app.installTranslator(plurals)
                self._installed.append(plurals)
            return True
        ours = QTranslator(self._app)
        found = ours.load(f"aisafe_{self.language}", str(self._folder))
        qt_own = QTranslator(self._app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for translator, ok in ((qt_own, qt_own.load(f"qtbase_{self.language}", qt_dir)),
                               (ours, found)):
            if ok:
                self._app.installTranslator(translator)
                self._installed.append(translator)
        return found
