"""The complete example in docs/questionnaire-format.md must validate and score as described."""

from __future__ import annotations

import re
from pathlib import Path

from aisafe_desktop.core.loader import load_bytes
from aisafe_desktop.core.problems import CODES
from aisafe_desktop.core.scoring import score

DOC = Path(__file__).resolve().parents[2] / "docs" / "questionnaire-format.md"


def test_doc_example_is_valid_and_scores() -> None:
    text = DOC.read_text(encoding="utf-8")
    example = re.search(r"```yaml\n(format: 2.*?)```", text, re.S)
    assert example, "the complete example is missing from the format doc"
    result = load_bytes(example.group(1).encode(), "doc-example.yaml")
    assert result.problems == [], [str(p) for p in result.problems]
    assert result.questionnaire is not None
    outcome = score(result.questionnaire, {"recognises-faces": "yes", "notice": "no"})
    assert outcome.band == "high"
    assert [r.id for r in outcome.recommendations] == ["post-notice"]


def test_doc_lists_every_problem_code() -> None:
    text = DOC.read_text(encoding="utf-8")
    for code in CODES:
        if code.startswith("E"):
            assert f"| {code} |" in text, f"{code} is missing from the code table"
