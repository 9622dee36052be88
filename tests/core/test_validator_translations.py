"""Translation files beside a questionnaire: applied by address, read lazily, checked by validate."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from aisafe_desktop.core.loader import load_file
from aisafe_desktop.core.model_cache import ModelCache
from aisafe_desktop.core.text_paths import texts_in
from aisafe_desktop.core.translation_check import check_beside
from aisafe_desktop.core.translations import TranslatedValues
from tests.core.conftest import BASE


def _write(folder: Path, language: str = "th", *, version: str = "1.0.0", status: str = "draft",
           edit: Any = None) -> tuple[Path, Path]:
    questionnaire = folder / "demo.yaml"
    questionnaire.write_text(BASE, encoding="utf-8")
    texts = {address: f"<{language}> {text}"
             for address, text in texts_in(yaml.safe_load(BASE), "en").items()}
    if edit:
        edit(texts)
    (folder / "translations").mkdir(exist_ok=True)
    translation = folder / "translations" / f"demo.{language}.yaml"
    translation.write_text(yaml.safe_dump({"questionnaire": "demo", "version": version,
                                           "language": language, "status": status,
                                           "texts": texts}, allow_unicode=True,
                                          sort_keys=False), encoding="utf-8")
    return questionnaire, translation


def _codes(questionnaire: Path) -> list[str]:
    return [p.code for p in check_beside(questionnaire.read_bytes(), str(questionnaire))]


def test_translation_adds_a_language_read_when_asked(tmp_path: Path) -> None:
    questionnaire, _ = _write(tmp_path)
    result = load_file(questionnaire)
    q = result.questionnaire
    assert q is not None and q.languages == ("en", "ms", "th")
    assert q.translation_status == {"th": "draft"} and q.is_draft("th") and not q.is_draft("ms")
    assert isinstance(q.title.values, TranslatedValues)
    assert q.title.get("th") == "<th> Demo" and q.title.get("ms") == "Demo"
    question = q.sections[0].questions[0]
    assert question.text.get("th").startswith("<th> ")
    assert q.title.get("vi") == "Demo"  # no such file: the default language
    assert _codes(questionnaire) == []


def test_identity_is_the_questionnaire_bytes_alone(tmp_path: Path) -> None:
    questionnaire, translation = _write(tmp_path)
    with_translation = load_file(questionnaire)
    translation.unlink()
    without = load_file(questionnaire)
    assert with_translation.sha256 == without.sha256
    assert without.questionnaire is not None and without.questionnaire.languages == ("en", "ms")


def test_cached_model_gets_the_translations_too(tmp_path: Path) -> None:
    questionnaire, _ = _write(tmp_path)
    cache = ModelCache(tmp_path / "cache")
    first = load_file(questionnaire, cache)
    again = load_file(questionnaire, ModelCache(tmp_path / "cache"))
    assert first.questionnaire is not None and again.questionnaire is not None
    assert again.questionnaire.title.get("th") == "<th> Demo"
    assert again.questionnaire.languages == first.questionnaire.languages


def test_reviewed_status_is_read(tmp_path: Path) -> None:
    questionnaire, _ = _write(tmp_path, status="reviewed")
    q = load_file(questionnaire).questionnaire
    assert q is not None and q.translation_status == {"th": "reviewed"} and not q.is_draft("th")


def test_missing_texts_are_reported(tmp_path: Path) -> None:
    questionnaire, _ = _write(tmp_path, edit=lambda texts: texts.pop("title"))
    assert _codes(questionnaire) == ["W301"]
    q = load_file(questionnaire).questionnaire
    assert q is not None and q.title.get("th") == "Demo"  # English until translated


def test_unknown_address_is_reported(tmp_path: Path) -> None:
    questionnaire, _ = _write(tmp_path, edit=lambda texts: texts.update({"nowhere": "x"}))
    assert _codes(questionnaire) == ["W302"]


def test_placeholder_mismatch_is_reported(tmp_path: Path) -> None:
    questionnaire, _ = _write(tmp_path, edit=lambda texts: texts.update({"title": "{name}"}))
    assert _codes(questionnaire) == ["W303"]


def test_other_version_is_reported_and_not_used(tmp_path: Path) -> None:
    questionnaire, _ = _write(tmp_path, version="0.9.0")
    assert _codes(questionnaire) == ["W304"]
    q = load_file(questionnaire).questionnaire
    assert q is not None and q.languages == ("en", "ms")


def test_unreadable_translation_is_reported(tmp_path: Path) -> None:
    questionnaire, translation = _write(tmp_path)
    translation.write_text("language: xx\ntexts: {}\n", encoding="utf-8")
    assert _codes(questionnaire) == ["W305"]
