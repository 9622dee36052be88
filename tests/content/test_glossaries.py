"""Each language's glossary is applied: where an English text uses a glossary term, its translation
uses that language's term (docs/glossary.<lang>.md, block `# glossary-terms`).

Checked over every translated text: the questionnaires (by address), the PDF labels and
explanations (by key) and the user interface (.ts, by source text).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from aisafe_desktop.core.text_paths import texts_in
from aisafe_desktop.core.translations import read_texts

ROOT = Path(__file__).resolve().parents[2]
BLOCK = re.compile(r"```ya?ml\n# glossary-terms\n(.*?)```", re.S)


def glossaries() -> dict[str, list[dict[str, str]]]:
    found = {}
    for path in sorted((ROOT / "docs").glob("glossary.*.md")):
        match = BLOCK.search(path.read_text(encoding="utf-8"))
        if match:
            found[path.name.split(".")[1]] = yaml.safe_load(match.group(1)) or []
    return found


def pairs(language: str) -> Iterator[tuple[str, str, str]]:
    """(where, English, translation) of every translated text of a language."""
    for source in sorted((ROOT / "questionnaires").glob("*.yaml")):
        data = yaml.safe_load(source.read_text(encoding="utf-8"))
        path = ROOT / "questionnaires" / "translations" / f"{data['id']}.{language}.yaml"
        if path.is_file():
            texts = read_texts(path)
            for address, english in texts_in(data, "en").items():
                if address in texts:
                    yield f"{path.name}: {address}", english, texts[address]
    folder = ROOT / "resources" / "translations"
    english_texts = yaml.safe_load((folder / "texts.en.yaml").read_text(encoding="utf-8"))["texts"]
    path = folder / f"texts.{language}.yaml"
    if path.is_file():
        texts = yaml.safe_load(path.read_text(encoding="utf-8"))["texts"]
        for group, entries in english_texts.items():
            for key, english in entries.items():
                if (texts.get(group) or {}).get(key):
                    yield f"{path.name}: {group}.{key}", english, texts[group][key]
    path = folder / f"aisafe_{language}.ts"
    if path.is_file():
        for message in ET.parse(path).getroot().iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished":
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            text = " ".join(forms) if forms else "".join(translation.itertext())
            yield f"{path.name}: {message.findtext('source', '')[:50]}", \
                message.findtext("source", ""), text


def _uses(text: str, term: str) -> bool:
    if term.isascii():
        return re.search(rf"\b{re.escape(term)}", text, re.I) is not None
    return term.casefold() in text.casefold()


GLOSSARIES = glossaries()


@pytest.mark.parametrize("language", sorted(GLOSSARIES) or ["none"])
def test_glossary_terms_are_used(language: str) -> None:
    if language == "none":
        pytest.skip("no glossary with a glossary-terms block yet")
    terms = [(str(t["en"]), str(t["term"])) for t in GLOSSARIES[language]]
    assert 1 <= len(terms) <= 60
    misses = [f"{where}: '{english_term}' → expected '{term}'"
              for where, english, translated in pairs(language)
              for english_term, term in terms
              if _uses(english, english_term) and not _uses(translated, term)]
    assert not misses, f"{len(misses)} text(s) do not use the glossary:\n" + "\n".join(misses[:30])


def test_shipped_translation_files_have_no_problems() -> None:
    """What `aisafe validate questionnaires` checks: every delivered translation file is complete,
    knows every address and keeps the placeholders (W301-W305)."""
    from aisafe_desktop.core.translation_check import check_beside

    problems = [str(p) for path in sorted((ROOT / "questionnaires").glob("*.yaml"))
                for p in check_beside(path.read_bytes(), str(path))]
    assert not problems, "\n".join(problems[:20])


def test_fixed_texts_keep_their_placeholders() -> None:
    """texts.<lang>.yaml: the same {placeholders} as English in every key it translates."""
    from aisafe_desktop.core.translation_check import placeholders

    folder = ROOT / "resources" / "translations"
    english = yaml.safe_load((folder / "texts.en.yaml").read_text(encoding="utf-8"))["texts"]
    wrong = []
    for path in sorted(folder.glob("texts.*.yaml")):
        texts = yaml.safe_load(path.read_text(encoding="utf-8"))["texts"]
        assert set(texts) <= set(english), path.name
        for group, entries in texts.items():
            for key, text in (entries or {}).items():
                assert key in english[group], f"{path.name}: unknown key {group}.{key}"
                if placeholders(str(text)) != placeholders(english[group][key]):
                    wrong.append(f"{path.name}: {group}.{key}")
    assert not wrong, wrong
