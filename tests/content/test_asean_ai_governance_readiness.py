"""The shipped questionnaire asean-ai-governance-readiness.

It loads with no problem at all, every text exists in English and Bahasa Melayu, the profile steers
the path (short for a small firm, thorough for a ministry, the data-protection law of the chosen
country), and each example respondent gets the band we expect for the reasons we expect.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from aisafe_desktop.core.answers import check_answers, parse_answers_document
from aisafe_desktop.core.applicability import applicable_questions
from aisafe_desktop.core.model import Question, Questionnaire, QuestionType
from aisafe_desktop.core.scoring import ScoreResult, TraceEntry, TraceKind, score
from aisafe_desktop.core.yaml_reader import read_yaml_bytes
from tests.content.common import load_clean, sources, walk_texts

ROOT = Path(__file__).resolve().parents[2]
QID = "asean-ai-governance-readiness"
FILE = ROOT / "questionnaires" / f"{QID}.yaml"
EXAMPLES = ROOT / "questionnaires" / "examples"
COMPONENTS = ("c1-internal-governance", "c2-human-involvement", "c3-operations", "c4-stakeholders")
PRINCIPLES = ("p1-transparency", "p2-fairness", "p3-security-safety", "p4-human-centricity",
              "p5-privacy-data", "p6-accountability", "p7-robustness")
ROUTING = {"dp-my-dpo-threshold"}  # unscored questions that only decide which questions follow
ASEAN_MEMBERS = {"bn", "kh", "id", "la", "my", "mm", "ph", "sg", "th", "tl", "vn"}

# The law each country's questions must name (English guidance), and for government bodies where
# the general law leaves them out, what must be said instead.
LAW_NAMED = {
    ("my", "private"): "Personal Data Protection Act 2010",
    ("my", "government"): "excludes the Federal and State Governments",
    ("sg", "private"): "Personal Data Protection Act 2012",
    ("sg", "government"): "outside the PDPA",
    ("bn", "private"): "Personal Data Protection Order 2025",
    ("bn", "government"): "separate frameworks",
    ("id", "private"): "Law No. 27 of 2022",
    ("id", "government"): "government bodies",
    ("ph", "private"): "Republic Act 10173",
    ("ph", "government"): "public and the private sector",
    ("th", "private"): "B.E. 2562",
    ("vn", "private"): "No. 91/2025/QH15",
    ("la", "private"): "No. 25/NA",
    ("kh", "private"): "there is no general law",
    ("mm", "private"): "there is no general law",
    ("tl", "private"): "there is no general law",
}


@pytest.fixture(scope="module")
def questionnaire() -> Questionnaire:
    return load_clean(FILE)

def example(slug: str) -> dict[str, Any]:
    path = EXAMPLES / f"{QID}--{slug}.json"
    return parse_answers_document(path.read_bytes()).values()


def profile(country: str, org_type: str, size: str, role: str, uses: list[str]) -> dict[str, Any]:
    return {"p-country": country, "p-org-type": org_type, "p-size": size, "p-sector": "other",
            "p-role": role, "p-ai-uses": uses, "p-personal-data": "yes"}


def applicable_ids(q: Questionnaire, values: dict[str, Any]) -> list[str]:
    return [x.id for x in applicable_questions(q, values)]


def entry(result: ScoreResult, kind: TraceKind, question_id: str) -> TraceEntry:
    found = [t for t in result.trace if t.kind is kind and t.question_id == question_id]
    assert len(found) == 1, f"{question_id}: expected one {kind.value} trace entry, got {found}"
    return found[0]


def final_band(result: ScoreResult) -> dict[str, Any]:
    return dict(next(t for t in result.trace if t.kind is TraceKind.FINAL_BAND).detail)


def option_total(question: Question, value: object) -> float:
    option = question.option(value)
    return sum(option.score.values()) if option else 0.0


def fill(q: Questionnaire, values: dict[str, Any], *, best: bool) -> dict[str, Any]:
    """Answer every applicable scored question with its best (or worst) option, until stable
    (answers can open further questions, e.g. the ethics board's authority)."""
    values = dict(values)
    while True:
        todo = [x for x in applicable_questions(q, values)
                if x.id not in values and x.options and any(o.score for o in x.options)]
        if not todo:
            return values
        for question in todo:
            pick = max if best else min
            values[question.id] = pick(question.options, key=lambda o: sum(o.score.values())).value


# -- the file -----------------------------------------------------------------------------------

def test_loads_with_no_problems_and_declares_the_model(questionnaire: Questionnaire) -> None:
    assert (questionnaire.id, questionnaire.version) == (QID, "2.0.0")
    assert questionnaire.scoring.direction.value == "readiness"
    assert [d.id for d in questionnaire.dimensions] == [*COMPONENTS, *PRINCIPLES]
    assert all(d.display_max == 4 for d in questionnaire.dimensions)
    assert questionnaire.scoring.overall_dimensions == COMPONENTS
    assert [b.id for b in questionnaire.scoring.bands] == [
        "initial", "developing", "established", "leading"]
    assert all(b.meaning and b.obligations for b in questionnaire.scoring.bands)


def test_every_text_is_complete_in_english_and_malay(questionnaire: Questionnaire) -> None:
    texts = list(walk_texts(questionnaire))
    assert len(texts) > 500
    for path, text in texts:
        assert set(text.values) == {"en", "ms"}, path
        assert all(v.strip() for v in text.values.values()), f"{path} has an empty text"
        if len(text.values["en"]) > 30:  # longer texts must be translated, not copied
            assert text.values["en"] != text.values["ms"], f"{path} is not translated"


def test_scored_questions_feed_one_component_and_some_principles(
        questionnaire: Questionnaire) -> None:
    for _, question in questionnaire.questions():
        scored = [o for o in question.options if o.score]
        if not scored:
            assert question.id.startswith("p-") or question.id in ROUTING, (
                f"{question.id} gives no points")
            continue
        dims = set().union(*(o.score for o in scored))
        assert len(dims & set(COMPONENTS)) == 1, question.id
        assert dims & set(PRINCIPLES), question.id
        for option in scored:  # the same points to the component and to its principles
            assert len(set(option.score.values())) == 1, (question.id, option.value)
        if question.type is QuestionType.SCALE:
            assert [o.value for o in question.options] == [0, 1, 2, 3, 4], question.id
        worst = min(scored, key=lambda o: sum(o.score.values()))
        assert worst.recommend, f"{question.id}: its weakest answer recommends nothing"


def test_not_applicable_is_declared_only_where_it_is_a_true_answer() -> None:
    # "na" counts on neither side of the score, so the file offers it only where it is a real
    # answer (read from the file as written: the builder may add built-in labels of its own)
    data = read_yaml_bytes(FILE.read_bytes(), str(FILE)).data
    declared = {q["id"] for section in data["sections"] for q in section["questions"]
                if q["type"] == "yes_no" and "na" in [o["value"] for o in q.get("options", [])]}
    assert declared == {"hi-handover", "sc-user-documentation", "sc-opt-out",
                           "dp-id-automated", "dp-vn-automated"}


def test_profile_offers_the_eleven_member_states(questionnaire: Questionnaire) -> None:
    country = questionnaire.question_index()["p-country"]
    assert {o.value for o in country.options} == ASEAN_MEMBERS


# -- paths --------------------------------------------------------------------------------------

def test_small_firm_path_is_short_and_skips_big_organisation_questions(
        questionnaire: Questionnaire) -> None:
    values = fill(questionnaire, profile("th", "private", "small", "uses", ["chatbot"]), best=True)
    ids = applicable_ids(questionnaire, values)
    assert 35 <= len(ids) <= 50
    for big_only in ("gov-ethics-board", "gov-roles", "gov-risk-integration", "dp-privacy-lead",
                     "sc-publish", "op-independent-review"):
        assert big_only not in ids
    assert "gov-second-opinion" in ids  # the small-firm stand-in for an ethics board


def test_ministry_path_is_thorough(questionnaire: Questionnaire) -> None:
    values = fill(questionnaire, profile("ph", "government", "large", "uses",
                                         ["people-decisions"]), best=True)
    ids = applicable_ids(questionnaire, values)
    assert 50 <= len(ids) <= 65
    for question_id in ("gov-ethics-board", "gov-board-authority", "gov-roles", "hi-people-mode",
                        "hi-automation-bias", "sc-appeal", "sc-publish", "op-independent-review"):
        assert question_id in ids
    assert "gov-second-opinion" not in ids


def test_dpo_question_appears_where_the_law_requires_one_or_the_organisation_is_large(
        questionnaire: Questionnaire) -> None:
    def ids(country: str, org_type: str, size: str) -> list[str]:
        return applicable_ids(questionnaire, profile(country, org_type, size, "uses", ["content"]))

    # Malaysia: a DPO only above the thresholds of the Commissioner's guideline of 25 Feb 2025
    assert "dp-my-dpo-threshold" in ids("my", "private", "micro")
    assert "dp-my-dpo" not in ids("my", "private", "micro")
    base = profile("my", "private", "micro", "uses", ["content"])
    for answer, asked in (("yes", True), ("unsure", True), ("no", False)):
        shown = applicable_ids(questionnaire, {**base, "dp-my-dpo-threshold": answer})
        assert ("dp-my-dpo" in shown) is asked, answer
    assert "dp-sg-dpo" in ids("sg", "private", "small")
    assert "dp-ph-dpo" in ids("ph", "private", "micro")
    small_thai = ids("th", "private", "small")
    assert not any(i.endswith("-dpo") or i == "dp-privacy-lead" for i in small_thai)
    assert "dp-privacy-lead" in ids("th", "private", "large")


@pytest.mark.parametrize(("country", "org_type"), sorted(LAW_NAMED))
def test_data_protection_questions_follow_the_country(
        questionnaire: Questionnaire, country: str, org_type: str) -> None:
    values = profile(country, org_type, "large", "both", ["people-decisions"])
    law_questions = [x for x in applicable_questions(questionnaire, values)
                     if questionnaire.section_of()[x.id].id == "c3-data-protection-law"]
    assert law_questions, "no data-protection question for this country"
    assert all(x.id.startswith(f"dp-{country}-") for x in law_questions)
    guidance = " ".join(x.guidance.get("en") for x in law_questions if x.guidance)
    text = " ".join(x.text.get("en") for x in law_questions)
    assert LAW_NAMED[(country, org_type)] in guidance + " " + text
    # a weak answer recommends something that names the same country's rules
    first = law_questions[0]
    weak = min(first.options, key=lambda o: sum(o.score.values()))
    for rec_id in weak.recommend:
        assert rec_id.startswith(f"rec-dp-{country}-")


def test_no_data_protection_law_section_without_personal_data(
        questionnaire: Questionnaire) -> None:
    values = {**profile("my", "private", "small", "uses", ["content"]), "p-personal-data": "no"}
    assert not [i for i in applicable_ids(questionnaire, values) if i.startswith("dp-my-")]


def test_estimated_minutes_is_honest_for_a_small_firm(questionnaire: Questionnaire) -> None:
    values = fill(questionnaire, profile("my", "private", "small", "uses", ["chatbot"]), best=True)
    questions = applicable_questions(questionnaire, values)
    # about 40 s to read and answer a 0-4 scale, 30 s for the other questions
    seconds = sum(40 if x.type is QuestionType.SCALE else 30 for x in questions)
    assert seconds / 60 <= questionnaire.estimated_minutes < 30


# -- scoring extremes and red flags -------------------------------------------------------------

def test_best_answers_lead_and_worst_answers_are_initial(questionnaire: Questionnaire) -> None:
    start = profile("vn", "state-owned", "large", "both", ["people-decisions", "chatbot"])
    best = score(questionnaire, fill(questionnaire, start, best=True))
    assert (best.overall, best.band, best.red_flags) == (100.0, "leading", ())
    assert all(d.percent == 100.0 for d in best.dimensions)
    worst = score(questionnaire, fill(questionnaire, start, best=False))
    assert (worst.overall, worst.band) == (0.0, "initial")
    assert set(worst.red_flags) == {"rf-no-accountable-owner", "rf-unreviewable-decisions",
                                    "rf-data-law-not-applied"}


@pytest.mark.parametrize("country", ["bn", "id", "la", "my", "ph", "sg", "th", "vn"])
def test_unchecked_data_law_caps_the_result(questionnaire: Questionnaire, country: str) -> None:
    values = fill(questionnaire, profile(country, "private", "large", "uses", ["content"]),
                  best=True)
    law_question = next(i for i in applicable_ids(questionnaire, values)
                        if i.startswith(f"dp-{country}-"))
    values[law_question] = "not-yet"
    result = score(questionnaire, values)
    assert result.score_band == "leading"
    assert result.red_flags == ("rf-data-law-not-applied",)
    assert final_band(result) == {"band": "developing", "reason": "red_flag:rf-data-law-not-applied"}


# -- the example respondents --------------------------------------------------------------------

SLUGS = ("penang-ecommerce-chatbot", "jakarta-fintech-loan-scoring", "ministry-benefit-triage",
         "phnom-penh-travel-agency", "ministry-station-face-recognition")


@pytest.mark.parametrize("slug", SLUGS)
def test_example_is_complete_and_answers_only_what_applies(
        questionnaire: Questionnaire, slug: str) -> None:
    path = EXAMPLES / f"{QID}--{slug}.json"
    document = parse_answers_document(path.read_bytes())
    assert (document.questionnaire_id, document.questionnaire_version) == (QID, "2.0.0")
    assert check_answers(questionnaire, document) == []
    applicable = set(applicable_ids(questionnaire, document.values()))
    assert set(document.answers) == applicable
    assert any(a.comment for a in document.answers.values())


def test_penang_shop_is_developing_on_points_alone(questionnaire: Questionnaire) -> None:
    values = example("penang-ecommerce-chatbot")
    result = score(questionnaire, values)
    assert len(applicable_ids(questionnaire, values)) == 46  # the short small-firm path
    assert (result.score_band, result.band, result.red_flags) == ("developing", "developing", ())
    assert 30 <= result.overall < 55
    assert final_band(result)["reason"] == "score"
    # the owner is accountable, so no cap; the ethics-board question never showed
    # a plain "yes" earns 3; 4 is kept for "checked and improved regularly"
    assert dict(entry(result, TraceKind.POINTS, "gov-owner").points)["c1-internal-governance"] == 3
    entry(result, TraceKind.HIDDEN, "gov-ethics-board")
    # Malaysia's PDPA questions apply; with about 8,000 customers no DPO is required
    entry(result, TraceKind.HIDDEN, "dp-my-dpo")
    recs = sources(result)
    assert "rec-dp-my-dpo" not in recs
    assert recs["rec-dp-my-pdpa"] == ("dp-my-pdpa",)
    assert recs["rec-staff-data-rules"] == ("gov-staff-tools",)
    # weakest area: internal governance, below 1 on the 0-4 scale
    c1 = result.dimension("c1-internal-governance")
    assert c1 is not None and c1.percent < 25


def test_jakarta_fintech_would_be_established_but_unreviewable_loans_cap_it(
        questionnaire: Questionnaire) -> None:
    result = score(questionnaire, example("jakarta-fintech-loan-scoring"))
    assert (result.score_band, result.band) == ("established", "developing")
    assert result.red_flags == ("rf-unreviewable-decisions",)
    assert final_band(result) == {"band": "developing", "reason": "red_flag:rf-unreviewable-decisions"}
    mode = entry(result, TraceKind.POINTS, "hi-people-mode")
    assert mode.detail["value"] == "out-of-the-loop"
    assert dict(mode.points)["p4-human-centricity"] == 0
    recs = sources(result)
    assert set(recs["rec-human-review-appeal"]) == {"sc-appeal", "red_flag:rf-unreviewable-decisions"}
    assert recs["rec-dp-id-automated"] == ("dp-id-automated",)  # UU PDP: right to object
    entry(result, TraceKind.NOT_APPLICABLE, "sc-user-documentation")
    assert result.recommendations[0].id in {r.id for r in questionnaire.recommendations
                                            if r.priority.value == "high"}


def test_ministry_is_established_under_public_sector_rules(questionnaire: Questionnaire) -> None:
    result = score(questionnaire, example("ministry-benefit-triage"))
    assert (result.score_band, result.band, result.red_flags) == ("established", "established", ())
    assert 55 <= result.overall < 85
    # Malaysia's PDPA does not bind the Federal Government: its questions stay hidden
    entry(result, TraceKind.HIDDEN, "dp-my-pdpa")
    entry(result, TraceKind.HIDDEN, "dp-my-dpo")
    assert dict(entry(result, TraceKind.POINTS, "dp-my-gov-rules").points)["c3-operations"] == 4
    # officers decide every refusal: good, but not the top of the scale
    mode = entry(result, TraceKind.POINTS, "hi-people-mode")
    assert (mode.detail["value"], dict(mode.points)["c2-human-involvement"]) == ("adverse-reviewed", 3)
    recs = sources(result)
    assert recs["rec-retention"] == ("dp-retention",)
    assert recs["rec-independent-review"] == ("op-independent-review",)
    assert "rec-human-final-decision" not in recs


def test_phnom_penh_agency_is_initial_and_the_owner_flag_changes_nothing(
        questionnaire: Questionnaire) -> None:
    result = score(questionnaire, example("phnom-penh-travel-agency"))
    assert (result.score_band, result.band) == ("initial", "initial")
    assert result.red_flags == ("rf-no-accountable-owner",)
    assert final_band(result) == {"band": "initial", "reason": "score"}  # already more severe
    # Cambodia has no general law: the baseline-practice question applies instead
    assert entry(result, TraceKind.POINTS, "dp-kh-baseline").detail["value"] == "not-yet"
    recs = sources(result)
    assert recs["rec-dp-kh-baseline"] == ("dp-kh-baseline",)
    assert set(recs["rec-name-ai-owner"]) == {"gov-owner", "red_flag:rf-no-accountable-owner"}
    entry(result, TraceKind.NOT_APPLICABLE, "hi-handover")


def test_undisclosed_live_face_recognition_caps_a_well_run_ministry(
        questionnaire: Questionnaire) -> None:
    result = score(questionnaire, example("ministry-station-face-recognition"))
    assert result.red_flags == ("rf-undisclosed-biometric-monitoring",)
    assert result.band == "developing"
    assert final_band(result) == {"band": "developing",
                                  "reason": "red_flag:rf-undisclosed-biometric-monitoring"}
    recs = sources(result)
    assert set(recs["rec-monitoring-disclose"]) == {
        "hi-monitoring-disclosed", "red_flag:rf-undisclosed-biometric-monitoring"}


def test_yes_is_not_worth_as_much_as_reviewed_and_improved(questionnaire: Questionnaire) -> None:
    upgraded = 0
    for _, question in questionnaire.questions():
        values = {o.value: sum(o.score.values()) for o in question.options}
        if "yes-reviewed" in values:
            upgraded += 1
            assert values["yes"] < values["yes-reviewed"], question.id
    assert upgraded >= 40


def test_every_scale_question_has_its_own_anchors(questionnaire: Questionnaire) -> None:
    scales = [q for _, q in questionnaire.questions() if q.type is QuestionType.SCALE]
    assert len(scales) == 20
    seen: dict[tuple[str, ...], str] = {}
    for question in scales:
        labels = tuple(o.label.get("en") for o in question.options)
        assert labels not in seen, (question.id, seen.get(labels))
        seen[labels] = question.id
        assert "Written down, but not always followed" not in labels  # the old generic set


def test_guidance_never_tells_which_answer_caps_the_result(questionnaire: Questionnaire) -> None:
    for _, question in questionnaire.questions():
        if question.guidance:
            assert "caps your result" not in question.guidance.get("en"), question.id
            assert "dihadkan kepada tahap" not in question.guidance.get("ms"), question.id


def test_facts_the_review_corrected(questionnaire: Questionnaire) -> None:
    text = " ".join(FILE.read_text(encoding="utf-8").split())  # line breaks do not count
    assert "Garis Panduan Tadbir Urus dan Etika Kecerdasan Buatan Negara" in text
    assert "Personal Data Protection Department (JPDP)" in text
    assert "Commissioner (JPDP)" not in text
    assert '"nist:MEASURE-1.3"' in text and "MEASURE-4" not in text
    assert "mid-2026" not in text and "pertengahan 2026" not in text
    tags = {tag for _, q in questionnaire.questions() for tag in q.tags}
    assert "aiverify:inclusive-growth" in tags  # AI Verify's eleventh principle
    developing = questionnaire.band("developing")
    assert developing is not None and developing.label.get("ms") == "Sedang Membangun"
    vn = questionnaire.question_index()["dp-vn-pdpl"]
    assert vn.guidance is not None and "100,000" in vn.guidance.get("en")
