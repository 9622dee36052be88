"""Format 2 and the authoring checks: each new problem code provoked by an inline YAML, asserting
the code and the line; messages that lead an author to the fix."""

from __future__ import annotations

import pytest

from aisafe_desktop.core.problems import CODES, Problem, ProblemCode
from tests.core.conftest import BASE, line_of, load, mutate
from tests.core.test_validator_codes import assert_problem

FLOOR = """\
  floors:
    - id: floor-big
      when: {question: staff, gte: 250}
      band: high
      reason: {en: Large organisations, ms: Organisasi besar}
"""
OUTCOME = """\
  outcomes:
    - id: no-ai
      when: {question: uses-ai, equals: "no"}
      title: {en: Not an AI system, ms: Bukan sistem AI}
      text: {en: This check does not apply., ms: Semakan ini tidak berkaitan.}
"""


def with_scoring(extra: str, base: str = BASE) -> str:
    return base.replace("  red_flags:\n", extra + "  red_flags:\n", 1)


def codes(text: str) -> list[str]:
    return [p.code for p in load(text).problems]


def test_floors_and_outcomes_validate() -> None:
    text = with_scoring(FLOOR + OUTCOME)
    assert load(text).problems == []


def test_band_edges_and_rounding_validate() -> None:
    text = mutate("direction: risk", "direction: risk\n  band_edges: upper_inclusive\n"
                  "  rounding: half_up")
    assert load(text).problems == []
    bad = mutate("direction: risk", "direction: risk\n  band_edges: upper")
    assert_problem(bad, "E104", "band_edges: upper")
    assert "did you mean 'upper_inclusive'" in str(load(bad).problems[0]).lower()


def test_e503_floor_names_unknown_band() -> None:
    assert_problem(with_scoring(FLOOR.replace("band: high", "band: hihg")), "E503", "band: hihg")


def test_e201_outcome_id_clashes_with_band_id() -> None:
    assert_problem(with_scoring(OUTCOME.replace("id: no-ai", "id: low")), "E201", "- id: low")


def test_e401_outcome_condition_checked() -> None:
    assert_problem(with_scoring(OUTCOME.replace("question: uses-ai", "question: uses-a1")),
                   "E401", "question: uses-a1")


def test_e103_floor_needs_a_reason() -> None:
    text = with_scoring(FLOOR.replace("      reason: {en: Large organisations, ms: Organisasi "
                                      "besar}\n", ""))
    assert_problem(text, "E103", "- id: floor-big")


def test_w602_recommendation_used_only_by_a_floor_is_used() -> None:
    text = mutate("recommend: [write-policy]", "recommend: []")
    text = with_scoring(FLOOR + "      recommend: [write-policy]\n", text)
    assert "W602" not in codes(text)


def test_e008_merge_key_not_supported() -> None:
    text = mutate("dimensions:\n  - {id: gov, title: {en: Governance, ms: Tadbir urus}}",
                  "x-base: &gov {id: gov}\ndimensions:\n  - <<: *gov\n"
                  "    title: {en: Governance, ms: Tadbir urus}")
    assert_problem(text, "E008", "<<: *gov")


def test_e003_advice_is_plain() -> None:
    text = mutate('text: {en: "How many staff?"', 'text: {en: How many staff: total?')
    assert_problem(text, "E003", "How many staff: total")
    message = load(text).problems[0].message
    assert "quotes" in message and "Put" in message


def test_e110_scale_points_must_be_consecutive() -> None:
    assert_problem(mutate("{value: 2, label: {en: Full", "{value: 3, label: {en: Full"), "E110",
                   "{value: 0, label: {en: None")


def test_e111_unquoted_comma_in_flow_mapping() -> None:
    text = mutate("title: {en: Basics, ms: Asas}", "title: {en: Basics, pricing or eligibility, "
                  "ms: Asas}")
    assert_problem(text, "E111", "pricing or eligibility")
    # one clear problem for the text instead of E102 + E302
    assert codes(text) == ["E111"]
    assert "Quote this text" in load(text).problems[0].message


def test_e406_scale_comparison_needs_a_point() -> None:
    text = mutate('when: {question: uses-ai, equals: "yes"}', "when: {question: oversight, "
                  "gte: high}")
    assert_problem(text, "E406", "gte: high")


def test_e406_number_comparison_needs_a_number() -> None:
    text = with_scoring(FLOOR.replace("gte: 250", "gte: many"))
    assert_problem(text, "E406", "gte: many")


@pytest.mark.parametrize("value", ['"2026-13-01"', "next year", '"2026-1-5"'])
def test_e406_date_comparison_needs_a_real_date(value: str) -> None:
    text = mutate("      - id: oversight\n", "      - id: since\n        type: date\n"
                  "        text: {en: Since when?, ms: Sejak bila?}\n"
                  "      - id: oversight\n")
    text = with_scoring(FLOOR.replace("{question: staff, gte: 250}",
                                      f"{{question: since, lt: {value}}}"), text)
    assert_problem(text, "E406", f"lt: {value}")


def test_real_dates_pass() -> None:
    text = mutate("      - id: oversight\n", "      - id: since\n        type: date\n"
                  "        text: {en: Since when?, ms: Sejak bila?}\n"
                  "      - id: oversight\n")
    for value in ('"2026-12-02"', "2026-12-02"):
        ok = with_scoring(FLOOR.replace("{question: staff, gte: 250}",
                                        f"{{question: since, lt: {value}}}"), text)
        assert load(ok).problems == [], value


def test_e402_scale_value_in_quotes_gets_a_hint() -> None:
    text = mutate("when: {question: oversight, equals: 0}", 'when: {question: oversight, '
                  'equals: "0"}')
    assert_problem(text, "E402", 'equals: "0"')
    assert "without quotes" in str(load(text).problems)


def test_e402_na_not_offered_in_format_2() -> None:
    text = mutate("          - na\n", "")
    text = mutate('when: {question: uses-ai, equals: "yes"}', "when: {question: uses-ai, "
                  "equals: na}", text)
    assert_problem(text, "E402", "equals: na")
    # …but in format 1 every yes_no question offers na
    assert "E402" not in codes(text.replace("format: 2\n", "format: 1\n"))


def test_w603_no_format_2() -> None:
    text = BASE.replace("format: 2\n", "")
    assert_problem(text, "W603", "id: demo")
    assert load(text).ok


def test_w604_markup_in_text() -> None:
    for tag in ("<b>", '<img src="x.png">', '<a href="https://e.invalid">'):
        text = mutate("title: {en: Basics, ms: Asas}", f"title: {{en: '{tag}Basics', ms: Asas}}")
        assert_problem(text, "W604", "Basics")
    assert "W604" not in codes(mutate("title: {en: Basics, ms: Asas}",
                                      "title: {en: 'Fewer than 5 < 10 staff', ms: Asas}"))
    # an entity would be decoded by a rich-text view; the publisher is shown beside the title
    text = mutate("title: {en: Basics, ms: Asas}", "title: {en: 'Basics &lt;img&gt;', ms: Asas}")
    assert_problem(text, "W604", "Basics")
    assert "W604" not in codes(mutate("title: {en: Basics, ms: Asas}",
                                      "title: {en: 'Tools & skills', ms: Asas}"))
    assert_problem(mutate("publisher: Test publisher", "publisher: Test <b>publisher</b>"),
                   "W604", "publisher:")


def test_w605_control_characters_in_a_text() -> None:
    for escape in ("\\e]0;owned\\a", "\\u202eabc", "\\x9b31m"):
        text = mutate("title: {en: Basics, ms: Asas}", f'title: {{en: "Basics{escape}", ms: Asas}}')
        assert_problem(text, "W605", "Basics")
    assert "W605" not in codes(mutate("title: {en: Basics, ms: Asas}",
                                      'title: {en: "Basics\\tand\\nmore", ms: Asas}'))


def test_e107_root_cause_first_with_summary() -> None:
    text = mutate("languages: [en, ms]", "languages: [en, in]")
    text = text.replace(" ms:", " id:").replace("default_language: en", "default_language: en")
    problems = load(text).problems
    assert [p.code for p in problems[:2]] == ["E107", "E301"]
    assert "did you mean 'id'" in problems[0].message.lower()
    assert len(problems) == 2, [str(p) for p in problems]  # no E301/E302 per text
    assert "follows from languages" in problems[1].message


def test_short_form_yes_no_options() -> None:
    text = mutate('          - {value: "yes", label: {en: "Yes", ms: Ya}, score: {gov: 1}}\n',
                  '          - "yes"\n')
    assert load(text).problems == []
    bad = mutate("          - {value: 0, label: {en: None, ms: Tiada}}\n", '          - "yes"\n')
    assert_problem(bad, "E108", '- "yes"')


def test_paths_name_ids_not_indexes() -> None:
    text = mutate("label: {en: Full, ms: Penuh}", "label: {en: Full, ms: ''}")
    message = load(text).problems[0].message
    assert "question 'oversight' › option '2' › label" in message, message
    assert "[" not in message.split(" must ")[0]


def test_e104_sentence_ends_before_the_choices() -> None:
    message = load(mutate("type: number", "type: zzz")).problems[0].message
    assert "question 'staff' › type. Use one of:" in message, message


def test_e403_wording_allows_forward_references() -> None:
    text = mutate("when: {question: uses-ai,", "when: {question: staff,")
    message = next(p.message for p in load(text).problems if p.code == "E403")
    assert "earlier question" not in message and "after" in message


def test_forward_reference_is_valid() -> None:
    text = mutate('when: {question: uses-ai, equals: "yes"}', "when: {question: oversight, "
                  "gte: 1}")
    assert load(text).problems == []


def test_errors_come_before_warnings() -> None:
    text = mutate("score: {gov: 1}", "score: {governance: 1}")  # E501 causes W601? no: gov used
    text = mutate("recommend: [write-policy]", "recommend: []", text)
    kinds = [p.severity.value for p in load(text).problems]
    assert kinds == sorted(kinds), kinds  # "error" < "warning"


def test_problem_keeps_template_and_parameters_for_translation() -> None:
    problem = Problem.of(ProblemCode.UNKNOWN_BAND, "q.yaml", 3, 4, value="x", hint="")
    assert problem.code == "E503" and problem.params == {"value": "x", "hint": ""}
    assert problem.template == ProblemCode.UNKNOWN_BAND.value.template
    assert problem.message == "band 'x' is not declared under scoring.bands."


def test_every_code_has_a_name() -> None:
    assert all(CODES.values()) and "E406" in CODES and "W604" in CODES
    assert line_of(BASE, "format: 2") == 1


def test_languages_not_a_list_is_one_problem() -> None:
    assert codes(mutate("languages: [en, ms]", "languages: en")) == ["E102"]


def test_empty_translation_says_so() -> None:
    text = mutate("title: {en: Basics, ms: Asas}", "title: {en: Basics, ms: ''}")
    assert_problem(text, "E102", "title: {en: Basics, ms: ''}")
    assert "is empty; write the text" in load(text).problems[0].message


def test_rating_scale_from_1_is_fine() -> None:
    text = mutate("{value: 0, label: {en: None", "{value: 3, label: {en: None")
    text = mutate("when: {question: oversight, equals: 0}", "when: {question: oversight, equals: 3}",
                  text)
    assert "E110" not in codes(text), codes(text)
    assert_problem(mutate("{value: 0, label: {en: None", "{value: 4, label: {en: None"), "E110",
                   "{value: 4, label: {en: None")


def test_every_template_renders_with_its_fields() -> None:
    import string

    for member in ProblemCode:
        fields = {name for _, name, _, _ in string.Formatter().parse(member.value.template)
                  if name}
        params = {name: 1 for name in fields}
        text = member.render(params)
        assert "{{" not in text and "}}" not in text, member
        if not fields:
            assert "{" not in member.value.template, member
