"""Every problem code, provoked by a small inline YAML, asserting the code and the line."""

from __future__ import annotations

import re
import tracemalloc
from pathlib import Path

import pytest

from aisafe_desktop.core.loader import load_bytes
from aisafe_desktop.core.problems import CODES
from tests.core.conftest import BASE, line_of, load, mutate


def assert_problem(text: str, code: str, needle: str | None) -> None:
    result = load(text)
    found = [p for p in result.problems if p.code == code]
    assert found, f"expected {code}, got {[str(p) for p in result.problems]}"
    if needle is not None:
        expected = line_of(text, needle)
        assert any(p.line == expected for p in found), \
            f"{code} expected on line {expected}, got {[str(p) for p in found]}"
    for problem in found:
        assert problem.file == "q.yaml" and problem.message


def test_base_is_valid() -> None:
    result = load(BASE)
    assert result.problems == []
    assert result.ok and result.questionnaire is not None


def test_e001_file_too_large() -> None:
    result = load_bytes(b"# " + b"x" * (5 * 1024 * 1024), "q.yaml")
    assert [p.code for p in result.problems] == ["E001"]


def test_e002_not_utf8() -> None:
    raw = BASE.replace("Test publisher", "Caf\xe9").encode("latin-1")
    result = load_bytes(raw, "q.yaml")
    assert [(p.code, p.line) for p in result.problems] == [("E002", line_of(BASE, "publisher"))]


def test_e003_yaml_syntax() -> None:
    assert_problem(mutate("publisher: Test publisher", "publisher: [unclosed"), "E003", None)


def test_e004_alias_bomb_refused_quickly() -> None:
    lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
    for i, name in enumerate("bcdefghi"):
        prev = "abcdefghi"[i]
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 10) + "]")
    # Refused before expansion: the bomb would be 10**9 items; the loader stays within a few MB.
    # (How fast it is refused is a benchmark, benchmarks/bench_engine.py, not a test.)
    tracemalloc.start()
    try:
        assert_problem("\n".join(lines) + "\n", "E004", None)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 32 * 1024 * 1024, f"{peak / 2**20:.0f} MiB: the aliases were expanded"


def test_e005_deep_nesting_refused_quickly() -> None:
    text = "".join("  " * i + f"k{i}:\n" for i in range(60)) + "  " * 60 + "v: 1\n"
    assert_problem(text, "E005", "k40:")


def test_e006_duplicate_key() -> None:
    text = mutate("licence: CC-BY-4.0", "licence: CC-BY-4.0\npublisher: Someone else")
    assert_problem(text, "E006", "Someone else")


def test_e007_unreadable_file(tmp_path: Path) -> None:
    from aisafe_desktop.core.loader import load_file

    assert [p.code for p in load_file(tmp_path / "missing.yaml").problems] == ["E007"]


def test_e101_unknown_key_with_suggestion() -> None:
    text = mutate("        type: number", "        type: number\n        requird: false")
    assert_problem(text, "E101", "requird")
    assert "did you mean 'required'" in str(load(text).problems[0])


def test_e102_wrong_type() -> None:
    assert_problem(mutate("estimated_minutes: 5", "estimated_minutes: five"), "E102",
                   "estimated_minutes")


def test_e103_missing_required_field() -> None:
    assert_problem(mutate("publisher: Test publisher\n", ""), "E103", "format: 2")


def test_e104_value_not_allowed() -> None:
    assert_problem(mutate("type: number", "type: numeric"), "E104", "type: numeric")


def test_e105_invalid_version() -> None:
    assert_problem(mutate("version: 1.0.0", "version: one"), "E105", "version: one")


def test_e106_invalid_identifier() -> None:
    assert_problem(mutate("id: staff", "id: Staff Count"), "E106", "id: Staff Count")


def test_e107_unknown_language() -> None:
    assert_problem(mutate("languages: [en, ms]", "languages: [en, xx]"), "E107", "languages:")


def test_e108_options_do_not_fit_type() -> None:
    assert_problem(mutate('value: "no", label', 'value: maybe, label'), "E108", "value: maybe")


def test_e109_min_above_max() -> None:
    assert_problem(mutate("min: 1\n", "min: 200000\n"), "E109", "min: 200000")


def test_e201_duplicate_question_id() -> None:
    result = load(mutate("id: staff", "id: uses-ai"))
    lines = [p.line for p in result.problems if p.code == "E201"]
    assert lines == [line_of(BASE, "id: staff")]


def test_e201_duplicate_option_value() -> None:
    text = mutate("{value: 2, label: {en: Full", "{value: 1, label: {en: Full")
    assert_problem(text, "E201", "{value: 1, label: {en: Full")


def test_e301_missing_translation_names_every_place() -> None:
    text = mutate('text: {en: "How many staff?", ms: "Berapa ramai kakitangan?"}',
                  'text: {en: "How many staff?"}')
    text = mutate("label: {en: Low, ms: Rendah}", "label: {en: Low}", text)
    result = load(text)
    lines = sorted(p.line for p in result.problems if p.code == "E301")
    assert lines == [line_of(text, "How many staff"), line_of(text, "{en: Low}")]


def test_e301_plain_string_in_multilingual_file() -> None:
    assert_problem(mutate("title: {en: Basics, ms: Asas}", "title: Basics"), "E301",
                   "title: Basics")


def test_e302_undeclared_language() -> None:
    assert_problem(mutate("title: {en: Basics, ms: Asas}", "title: {en: Basics, ms: Asas, th: x}"),
                   "E302", "th: x")


def test_e302_a_number_as_language_is_reported_not_a_crash() -> None:
    # `3: x` in a text was a TypeError out of the validator (joining the codes as texts).
    assert_problem(mutate("title: {en: Basics, ms: Asas}", "title: {en: Basics, ms: Asas, 3: x}"),
                   "E302", "3: x")


def test_e303_default_language_not_declared() -> None:
    assert_problem(mutate("default_language: en", "default_language: th"), "E303",
                   "default_language")


def test_e401_unknown_question_in_condition() -> None:
    text = mutate("when: {question: uses-ai,", "when: {question: use-ai,")
    assert_problem(text, "E401", "question: use-ai")
    assert "did you mean 'uses-ai'" in str(load(text).problems)


def test_e402_unknown_option_in_condition() -> None:
    assert_problem(mutate('equals: "yes"}', "equals: maybe}"), "E402", "equals: maybe")


def test_e403_condition_on_itself() -> None:
    assert_problem(mutate("when: {question: uses-ai,", "when: {question: staff,"), "E403",
                   "question: staff,")


def test_e404_cycle() -> None:
    text = mutate("        type: yes_no\n",
                  "        type: yes_no\n        when: {question: oversight, gte: 1}\n")
    text = mutate("        type: scale\n",
                  "        type: scale\n        when: {question: staff, gt: 5}\n", text)
    assert_problem(text, "E404", None)
    message = next(str(p) for p in load(text).problems if p.code == "E404")
    assert "uses-ai" in message and "staff" in message and "oversight" in message


def test_e405_condition_does_not_fit_type() -> None:
    assert_problem(mutate('equals: "yes"}', "gt: 3}"), "E405", "gt: 3")


def test_e501_unknown_dimension() -> None:
    assert_problem(mutate("score: {gov: 1}", "score: {governance: 1}"), "E501", "governance: 1")


def test_e502_unknown_recommendation() -> None:
    assert_problem(mutate("recommend: [write-policy]", "recommend: [write-polcy]"), "E502",
                   "write-polcy")


def test_e503_unknown_band() -> None:
    assert_problem(mutate("band: high", "band: highest"), "E503", "band: highest")


def test_e504_bands_overlap() -> None:
    assert_problem(mutate("min: 50, max: 100", "min: 40, max: 100"), "E504", "min: 40")


def test_e505_bands_leave_gap() -> None:
    assert_problem(mutate("min: 50, max: 100", "min: 60, max: 100"), "E505", "min: 60")


def test_e505_bands_do_not_reach_100() -> None:
    assert_problem(mutate("min: 50, max: 100", "min: 50, max: 90"), "E505", "max: 90")


def test_e506_mitigation_in_overall() -> None:
    assert_problem(mutate("direction: risk", "direction: risk\n  overall: [gov, mit]"), "E506",
                   "mitigation:")


def test_w601_dimension_without_points() -> None:
    text = mutate("  - {id: mit,", "  - {id: spare, title: {en: Spare, ms: Ganti}}\n  - {id: mit,")
    assert_problem(text, "W601", "id: spare")
    assert load(text).ok  # warnings do not make a file invalid


def test_w602_recommendation_never_triggered() -> None:
    assert_problem(mutate("recommend: [write-policy]", "recommend: []"), "W602", "write-policy")


def test_every_problem_is_reported_in_one_run() -> None:
    text = mutate("type: number", "type: numeric")
    text = mutate("version: 1.0.0", "version: v1", text)
    text = mutate("band: high", "band: highest", text)
    text = mutate("title: {en: Basics, ms: Asas}", "title: {en: Basics}", text)
    codes = {p.code for p in load(text).problems}
    assert {"E104", "E105", "E503", "E301"} <= codes


def test_yes_and_no_stay_words() -> None:
    text = mutate('value: "yes"', "value: yes").replace('value: "no"', "value: no")
    text = text.replace('equals: "yes"', "equals: yes")
    assert load(text).problems == []


@pytest.mark.parametrize("tag", ["!!python/object/apply:os.system ['true']", "!!binary aGk="])
def test_unsafe_tags_are_refused(tag: str) -> None:
    result = load(mutate("publisher: Test publisher", f"publisher: {tag}"))
    assert result.questionnaire is None and result.problems


def test_all_codes_have_a_test() -> None:
    # Read from the test files, not from what ran before: passes in any order.
    here = Path(__file__).parent
    source = "".join(p.read_text(encoding="utf-8") for p in here.glob("test_validator*.py"))
    provoked = set(re.findall(r'assert_problem\(.*?"([EW]\d{3})"', source, re.S))
    provoked |= set(re.findall(r'^\s*assert\b[^\n]*"([EW]\d{3})"', source, re.M))
    assert set(CODES) <= provoked, f"codes without a test: {sorted(set(CODES) - provoked)}"
