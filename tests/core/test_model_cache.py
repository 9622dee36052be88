"""The validated-questionnaire cache: hits rebuild the same model, anything doubtful is ignored."""

from __future__ import annotations

import json
from pathlib import Path

from aisafe_desktop import __version__
from aisafe_desktop.core.loader import load_bytes
from aisafe_desktop.core.model_cache import ModelCache
from tests.core.conftest import BASE, mutate


def test_hit_rebuilds_the_same_model(tmp_path: Path) -> None:
    first = load_bytes(BASE.encode(), "q.yaml", ModelCache(tmp_path))
    assert first.ok and list(tmp_path.glob("*.json"))
    again = load_bytes(BASE.encode(), "other-name.yaml", ModelCache(tmp_path))
    assert again.questionnaire == first.questionnaire and again.problems == []


def test_edited_file_is_validated_again(tmp_path: Path) -> None:
    load_bytes(BASE.encode(), "q.yaml", ModelCache(tmp_path))
    edited = mutate("version: 1.0.0", "version: one").encode()
    result = load_bytes(edited, "q.yaml", ModelCache(tmp_path))
    assert [p.code for p in result.problems] == ["E105"] and result.questionnaire is None


def test_warnings_survive_the_cache(tmp_path: Path) -> None:
    text = mutate("recommend: [write-policy]", "recommend: []").encode()
    first = load_bytes(text, "q.yaml", ModelCache(tmp_path))
    again = load_bytes(text, "q.yaml", ModelCache(tmp_path))
    assert [p.code for p in again.problems] == [p.code for p in first.problems] == ["W602"]


def test_damaged_or_foreign_entry_is_ignored(tmp_path: Path) -> None:
    first = load_bytes(BASE.encode(), "q.yaml", ModelCache(tmp_path))
    (entry,) = tmp_path.glob("*.json")
    for damage in ("{not json", json.dumps({"app_version": "0", "sha256": first.sha256}),
                   json.dumps({"app_version": __version__, "sha256": first.sha256,
                               "model": {"id": 1}})):
        entry.write_text(damage, encoding="utf-8")
        again = load_bytes(BASE.encode(), "q.yaml", ModelCache(tmp_path))
        assert again.ok and again.questionnaire == first.questionnaire
