"""questionnaires/schema.json is generated from the code, must be current, and must agree with the
validator on real files."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from aisafe_desktop.core.json_schema import build_json_schema
from aisafe_desktop.core.yaml_reader import read_yaml_bytes, read_yaml_text
from tests.core.conftest import BASE, mutate

ROOT = Path(__file__).resolve().parents[2]
SCHEMA_FILE = ROOT / "questionnaires" / "schema.json"


def test_schema_file_is_current() -> None:
    on_disk = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert on_disk == build_json_schema(), (
        "questionnaires/schema.json is stale: run `python tools/generate_schema.py`")


def test_schema_is_a_valid_json_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(build_json_schema())


@pytest.mark.parametrize("path", sorted((ROOT / "questionnaires").glob("*.yaml")),
                         ids=lambda p: p.name)
def test_shipped_questionnaires_match_schema(path: Path) -> None:
    jsonschema.validate(read_yaml_bytes(path.read_bytes()).data, build_json_schema())


def test_schema_accepts_base_and_rejects_unknown_key() -> None:
    schema = build_json_schema()
    jsonschema.validate(read_yaml_text(BASE).data, schema)
    bad = read_yaml_text(mutate("        type: number", "        type: number\n        requird: 1")).data
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)
