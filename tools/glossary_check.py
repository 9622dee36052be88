"""Check that each language's glossary is applied in its translations.

    python tools/glossary_check.py            # every docs/glossary.<lang>.md with a terms block
    python tools/glossary_check.py th vi      # some languages

A glossary (docs/glossary.<lang>.md) ends with a block `# glossary-terms` listing {en, term}
pairs. Wherever an English text uses `en`, its translation must use `term`: in the questionnaires
(by address), the PDF labels and explanations (by key) and the user interface (.ts, by source).
Prints every miss; exit 1 if there is one. tests/content/test_glossaries.py runs the same check.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))  # a tool run from a checkout

from aisafe_desktop.core.text_paths import texts_in  # noqa: E402
from aisafe_desktop.core.translation_check import questionnaire_data  # noqa: E402
from aisafe_desktop.core.translations import read_texts  # noqa: E402

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
        data = questionnaire_data(source.read_bytes(), str(source))
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
        for message in ET.parse(path).getroot().iter("message"):  # noqa: S314 - our own .ts
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished":
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            text = " ".join(forms) if forms else "".join(translation.itertext())
            yield f"{path.name}: {message.findtext('source', '')[:50]}", \
                message.findtext("source", ""), text


def _uses(text: str, term: str) -> bool:
    # a {placeholder}'s name, or a 'field' name quoted as written in a file, is not a use of the word
    text = re.sub(r"\{[^{}]*\}|'[a-z_]+'", " ", text)
    if term.isascii():
        return re.search(rf"\b{re.escape(term)}", text, re.I) is not None
    return term.casefold() in text.casefold()


def _translation_uses(text: str, term: str) -> bool:
    """The translated term anywhere in the text: languages that add prefixes and infixes
    (Filipino "pinakabulnerable", Indonesian "kepercayaan") keep the term inside a longer word."""
    return term.casefold() in text.casefold()


def misses(language: str, found: dict[str, list[dict[str, str]]] | None = None) -> list[str]:
    terms = [(str(t["en"]), str(t["term"])) for t in (found or glossaries())[language]]
    return [f"{where}: '{english_term}' → expected '{term}'"
            for where, english, translated in pairs(language)
            for english_term, term in terms
            if _uses(english, english_term) and not _translation_uses(translated, term)]


def main(argv: list[str]) -> int:
    found = glossaries()
    failed = False
    for language in argv or sorted(found):
        wrong = misses(language, found) if language in found else []
        failed |= bool(wrong)
        print(f"{language}: {len(wrong)} miss(es)", *wrong, sep="\n  ")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
