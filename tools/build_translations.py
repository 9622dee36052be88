"""Refresh the Qt translation sources and build the binary catalogues.

    python tools/build_translations.py            # lupdate (refresh .ts) + lrelease (.qm)
    python tools/build_translations.py --release  # only build the .qm files
    python tools/build_translations.py --check    # fail when a translation is unfinished

The .ts files in resources/translations/ are committed; the .qm files are build outputs.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "src" / "aisafe_desktop" / "gui"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("ms", "id", "th", "vi", "fil", "km", "lo", "my", "zh", "ta", "tet")
# English is the source language; its catalogue holds only the "%n" plural forms, which is Qt's
# way to word "1 answer" / "2 answers" (lupdate -pluralonly).
PLURAL_ONLY = ("en",)


def tool(name: str) -> str:
    """A PySide6 tool: on PATH, or next to this Python (a virtualenv's bin/Scripts folder)."""
    found = shutil.which(name)
    if found:
        return found
    folder = Path(sys.executable).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    sys.exit(f"build_translations: {name} not found; install PySide6-Essentials in this Python")


def ts_file(language: str) -> Path:
    return TRANSLATIONS / f"aisafe_{language}.ts"


# Languages Qt does not know: lupdate refuses to update their .ts ("target language is not
# recognized"), so it updates them as a known language with the same plural forms (Tetum, like
# Indonesian, has one form), and the file gets its own code back.
QT_STAND_IN = {"tet": "id"}


def update(language: str) -> None:
    sources = sorted(str(p) for p in SOURCES.glob("*.py"))
    plural_only = ["-pluralonly"] if language in PLURAL_ONLY else []
    path = ts_file(language)
    stand_in = QT_STAND_IN.get(language)
    if stand_in and path.exists():
        path.write_text(path.read_text("utf-8").replace(f'language="{language}"',
                                                          f'language="{stand_in}"', 1), "utf-8")
    subprocess.run([tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete", *plural_only,
                    "-target-language", stand_in or language, *sources, "-ts", str(path)],
                   check=True)
    if stand_in:
        path.write_text(path.read_text("utf-8").replace(f'language="{stand_in}"',
                                                          f'language="{language}"', 1), "utf-8")


def fill_draft_word(language: str) -> None:
    """The language picker's "draft translation" mark, in every language from gui/i18n.py's
    DRAFT_WORDS (the engineers' word, so a translator's delivery never leaves it unfinished)."""
    from aisafe_desktop.gui.i18n import DRAFT_WORDS

    path = ts_file(language)
    text = path.read_text("utf-8")
    empty = ('<source>draft translation</source>\n        '
             '<translation type="unfinished"></translation>')
    if language in DRAFT_WORDS and empty in text:
        path.write_text(text.replace(empty, '<source>draft translation</source>\n        '
                                     f"<translation>{DRAFT_WORDS[language]}</translation>"),
                        "utf-8")


def release(language: str) -> Path:
    out = TRANSLATIONS / f"aisafe_{language}.qm"
    subprocess.run([tool("pyside6-lrelease"), str(ts_file(language)), "-qm", str(out)],
                   check=True)
    return out


def unfinished(language: str) -> int:
    text = ts_file(language).read_text("utf-8")
    return len(re.findall(r'type="unfinished"', text))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", action="store_true", help="only build the .qm files")
    parser.add_argument("--check", action="store_true",
                        help="exit 1 if any string has no translation")
    args = parser.parse_args(argv)
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    missing = 0
    for language in (*LANGUAGES, *PLURAL_ONLY):
        if not args.release:
            update(language)
            if language not in PLURAL_ONLY:
                fill_draft_word(language)
        release(language)
        count = unfinished(language)
        missing += count
        if count:
            print(f"aisafe_{language}.ts: {count} unfinished translation(s)", file=sys.stderr)
    return 1 if args.check and missing else 0


if __name__ == "__main__":
    sys.exit(main())
