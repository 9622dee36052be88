"""Translations of the user interface: our .qm files plus Qt's own (dialog buttons)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from aisafe_desktop.core.paths import shipped_data_dir

# The user-interface languages, named in their own language (never translated).
UI_LANGUAGES: dict[str, str] = {"en": "English", "ms": "Bahasa Melayu"}
SOURCE_LANGUAGE = "en"


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
        QLocale.setDefault(QLocale(self.language))
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
