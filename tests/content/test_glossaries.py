"""Each language's glossary is applied: where an English text uses a glossary term, its translation
uses that language's term (docs/glossary.<lang>.md, block `# glossary-terms`).

Checked over every translated text: the questionnaires (by address), the PDF labels and
explanations (by key) and the user interface (.ts, by source text).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
# tools/ is a folder of scripts, not a package: load the file itself.
_SPEC = importlib.util.spec_from_file_location("glossary_check", ROOT / "tools" / "glossary_check.py")
assert _SPEC is not None and _SPEC.loader is not None
check = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(check)
GLOSSARIES = check.glossaries()


@pytest.mark.parametrize("language", sorted(GLOSSARIES) or ["none"])
def test_glossary_terms_are_used(language: str) -> None:
    if language == "none":
        pytest.skip("no glossary with a glossary-terms block yet")
    assert 1 <= len(GLOSSARIES[language]) <= 60
    wrong = check.misses(language, GLOSSARIES)
    assert not wrong, f"{len(wrong)} text(s) do not use the glossary:\n" + "\n".join(wrong[:30])


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
