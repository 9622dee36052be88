"""A live language switch, as a screen reader receives it over the real AT-SPI bus (the app and
the reader as in test_atspi_bus.py). The app starts in English with an English questionnaire
open; the person picks Bahasa Melayu in Settings, goes back to the questions, then picks English
again, without a restart. Each tree after a switch is read by a new reader: libatspi, in a client
that read the tree before, keeps an object's locale for good, and names it learnt without a
property-change event (a screen reader listens for those). Checked after each switch:
- every name and description the Malay catalogue translates now reads in Malay on the bus (the
  Settings page where the switch was made, and the walk-through) and in English again after;
- the headings follow;
- Accessible.GetLocale of the window and the interface's own buttons follows the interface
  (ms, then en), while the English questionnaire's cards and section title still report en.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.gui.test_atspi_bus import QUESTION, Node, language, showing, under
from tests.gui.test_atspi_dialogs import Bus, start_bus

ROOT = Path(__file__).resolve().parents[2]
SECTION = "Basics"  # the sample questionnaire's first section, in English


@pytest.fixture(scope="module")
def bus(tmp_path_factory: pytest.TempPathFactory, qm_dir: Path) -> Iterator[Bus]:
    yield from start_bus(tmp_path_factory.mktemp("atspi-language"), qm_dir, language="en")


def plain(text: str) -> str:
    """As the bridge gives a button's text: without its mnemonic mark."""
    return re.sub(r"&(.)", r"\1", text).strip()


def catalogue(code: str) -> dict[str, set[str]]:
    """English text -> its translations (a text may be translated differently in two places)."""
    found: dict[str, set[str]] = {}
    tree = ET.parse(ROOT / "resources" / "translations" / f"aisafe_{code}.ts")
    for message in tree.iter("message"):
        source, translation = message.findtext("source"), message.find("translation")
        if not source or translation is None or not (translation.text or "").strip():
            continue
        if message.get("numerus") == "yes" or translation.get("type") in ("unfinished",
                                                                            "obsolete"):
            continue
        english, local = plain(source), plain(translation.text or "")
        if english and local != english and "{" not in english:
            found.setdefault(english, set()).add(local)
    return found


def section_path(tree: list[Node]) -> str:
    """Where the walk-through's section content is (its title, text and cards): "?" if none."""
    title = [n for n in showing(tree) if n["role"] == "heading" and n["name"] == SECTION]
    return title[0]["path"].rsplit("/", 1)[0] + "/" if title else "?"


def untranslated(before: list[Node], after: list[Node], words: dict[str, set[str]],
                 label: str) -> list[str]:
    """Each object showing in both trees (at the same place) whose English name or description
    has a translation, but did not change to it."""
    now = {n["path"]: n for n in showing(after)}
    content = section_path(before)
    found = []
    for node in showing(before):
        other = now.get(node["path"])
        if other is None or other["role"] != node["role"] or node["path"].startswith(content):
            continue  # gone, or the English questionnaire's own words (they stay English)
        for field in ("name", "description"):
            english = node.get(field, "").strip()
            if english in words and other.get(field, "").strip() not in words[english]:
                found.append(f"{label}: {node['role']} {field} '{english}' reads "
                             f"'{other.get(field, '')}' (Malay: {sorted(words[english])})")
    return found


def same_as(first: list[Node], again: list[Node], label: str) -> list[str]:
    """Back in English: every showing name and description is what it was at first."""
    now = {n["path"]: n for n in showing(again)}
    found = []
    for node in showing(first):
        other = now.get(node["path"])
        if other is None or other["role"] != node["role"]:
            continue
        for field in ("name", "description"):
            if node.get(field, "") != other.get(field, ""):
                found.append(f"{label}: {node['role']} {field} was '{node.get(field)}', "
                             f"now '{other.get(field)}'")
    return found


def locale_problems(tree: list[Node], interface: str, label: str) -> list[str]:
    found = []
    window = next(n for n in tree if n["role"] == "frame")
    if language(window) != interface:
        found.append(f"{label}: the window's locale is {window.get('locale')}")
    cards = [n for n in showing(tree) if n["name"] == QUESTION and n["role"] == "panel"]
    content: list[Node] = []
    for card in cards:
        content += under(tree, card)
    title = [n for n in showing(tree) if n["role"] == "heading" and n["name"] == SECTION]
    section = section_path(tree)
    if not cards or not title:
        found.append(f"{label}: the question '{QUESTION}' or the section '{SECTION}' is not "
                     f"showing")
    found += [f"{label}: the question's {n['role']} '{n['name']}' reports {n.get('locale')}"
              for n in content + title if n["role"] in ("panel", "radio button", "heading")
              and language(n) != "en"]
    chrome = [n for n in showing(tree) if n["role"] == "push button"
              and not n["path"].startswith(section)]
    if not chrome:
        found.append(f"{label}: no button outside the section is showing")
    found += [f"{label}: the button '{n['name']}' reports {n.get('locale')}" for n in chrome
              if language(n) != interface]
    return found


def headings(tree: list[Node]) -> list[str]:
    return sorted(n["name"] for n in showing(tree) if n["role"] == "heading")


def test_a_live_language_switch_over_the_atspi_bus(bus: Bus) -> None:
    malay = catalogue("ms")
    app, reader, pid = bus.app, bus.reader, bus.pid
    app.do("walk")
    walk_en = reader.tree(pid)
    problems = locale_problems(walk_en, "en", "walk-through (en)")
    app.do("settings")
    settings_en = reader.tree(pid)

    app.do("language ms")
    settings_ms = bus.fresh_tree()
    problems += untranslated(settings_en, settings_ms, malay, "settings (ms)")
    assert headings(settings_ms) != headings(settings_en), headings(settings_ms)
    window = next(n for n in settings_ms if n["role"] == "frame")
    if language(window) != "ms":
        problems.append(f"settings (ms): the window's locale is {window.get('locale')}")
    app.do("reopen")
    walk_ms = bus.fresh_tree()
    problems += untranslated(walk_en, walk_ms, malay, "walk-through (ms)")
    problems += locale_problems(walk_ms, "ms", "walk-through (ms)")

    app.do("language en")
    problems += same_as(settings_en, bus.fresh_tree(), "settings (en again)")
    app.do("reopen")
    walk_again = bus.fresh_tree()
    problems += same_as(walk_en, walk_again, "walk-through (en again)")
    problems += locale_problems(walk_again, "en", "walk-through (en again)")
    assert not problems, "\n".join(problems)
