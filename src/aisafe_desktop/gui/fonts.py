"""Bundled Noto fonts, loaded with QFontDatabase so the UI renders on machines without them.

Before the window is shown only the Latin family and the family of the interface language's script
are loaded (Thai for a Thai interface, ...); the other scripts (Thai, Khmer, Lao, Myanmar, Tamil,
Chinese) are loaded right after, off the start-up critical path. Chinese is the large one (4.7 MB),
so an English or Malay start never waits for it. benchmarks/bench_startup.py measures it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from aisafe_desktop.core.paths import shipped_data_dir

UI_FAMILY = "Noto Sans"
FALLBACK_FAMILIES = ("Noto Sans Thai", "Noto Sans Khmer", "Noto Sans Lao", "Noto Sans Myanmar",
                     "Noto Sans Tamil", "AISafe Noto Sans SC")
# interface language → the file name prefix of its script's bundled family (Latin: none)
SCRIPT_FILES = {"th": "NotoSansThai-", "km": "NotoSansKhmer-", "lo": "NotoSansLao-",
                "my": "NotoSansMyanmar-", "ta": "NotoSansTamil-", "zh": "AISafeNotoSansSC-"}
BASE_POINT_SIZE = 10.0


def fonts_dir() -> Path:
    return shipped_data_dir("resources") / "fonts"


def _load(files: list[Path]) -> list[str]:
    families: list[str] = []
    for file in files:
        font_id = QFontDatabase.addApplicationFont(str(file))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families


def load_ui_font(folder: Path | None = None, language: str = "en") -> list[str]:
    """The Latin UI font and that of the interface language's script (regular and bold); call
    before the first window is shown."""
    folder = folder or fonts_dir()
    prefixes = ("NotoSans-", *([SCRIPT_FILES[language]] if language in SCRIPT_FILES else []))
    return _load([f for f in sorted(folder.glob("*.ttf")) if f.name.startswith(prefixes)])


def load_other_scripts(folder: Path | None = None, language: str = "en") -> list[str]:
    """Fonts for the other ASEAN scripts (questionnaire text in Thai, Khmer, ..., Chinese), but
    not those `load_ui_font` loaded for `language` already."""
    folder = folder or fonts_dir()
    skip = ("NotoSans-", *([SCRIPT_FILES[language]] if language in SCRIPT_FILES else []))
    return _load([f for f in sorted(folder.glob("*.ttf"))
                  if f.name.startswith(tuple(SCRIPT_FILES.values()))
                  and not f.name.startswith(skip)])


def apply_text_scale(app: QApplication, scale: float) -> None:
    """Set the application font: the bundled family at the base size times `scale`.

    Widgets that show headings keep a relative size (see widgets.heading_font), so they follow.
    """
    font = app.font()  # a copy (QFont(font) would set up Qt's enums: theme.platform_palette)
    # Not filtered by QFontDatabase.families() (a few ms at start-up): Qt skips missing families.
    font.setFamilies([UI_FAMILY, *FALLBACK_FAMILIES])
    font.setPointSizeF(BASE_POINT_SIZE * max(0.75, min(scale, 3.0)))
    app.setFont(font)
    widgets = app.allWidgets() if app.styleSheet() else []
    if widgets:
        # With an application style sheet (the focus ring) Qt no longer hands the new font down
        # to widgets that exist already: the whole window kept its old text size (the Home table
        # was where it showed). Tell each widget, as Qt does without a style sheet.
        from PySide6.QtCore import QEvent

        for widget in widgets:
            app.sendEvent(widget, QEvent(QEvent.Type.ApplicationFontChange))
