"""The Malay UI is complete: every string in the GUI sources has a finished translation in the
committed .ts, and the .ts is up to date with the code (lupdate finds nothing new)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from tests.gui.conftest import ROOT, TS_FILE


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot():
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def test_every_string_has_a_finished_malay_translation() -> None:
    unfinished = []
    for (context, source), message in messages(TS_FILE).items():
        translation = message.find("translation")
        assert translation is not None
        text = "".join(translation.itertext()).strip()
        if translation.get("type") in {"unfinished", "vanished", "obsolete"} or not text:
            unfinished.append(f"{context}: {source[:60]}")
        for field in ("{", "%n"):  # placeholders survive translation
            if source.count(field) != text.count(field) and translation.get("type") is None:
                unfinished.append(f"{context}: placeholder {field} lost in '{text[:40]}'")
    assert not unfinished, "\n".join(unfinished)


def test_ts_file_is_up_to_date_with_the_sources(tmp_path: Path) -> None:
    tool = shutil.which("pyside6-lupdate") or str(Path(sys.executable).with_name("pyside6-lupdate"))
    copy = tmp_path / "aisafe_ms.ts"
    shutil.copy(TS_FILE, copy)
    sources = sorted(str(p) for p in (ROOT / "src" / "aisafe_desktop" / "gui").glob("*.py"))
    subprocess.run([tool, "-locations", "none", "-no-obsolete", *sources, "-ts", str(copy)],
                   check=True, capture_output=True)
    assert set(messages(copy)) == set(messages(TS_FILE)), "run python tools/build_translations.py"


def test_english_plural_forms_are_worded() -> None:
    """English holds only the %n plural forms (lupdate -pluralonly): '1 answer', '2 answers'."""
    english = TS_FILE.with_name("aisafe_en.ts")
    found = messages(english)
    assert found, "aisafe_en.ts has the plural forms"
    for (context, source), message in found.items():
        forms = [f.text or "" for f in message.iter("numerusform")]
        assert len(forms) == 2 and all("%n" in f for f in forms), f"{context}: {source}"
        assert message.find("translation").get("type") is None, f"{context}: {source}"  # type: ignore[union-attr]
