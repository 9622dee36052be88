"""Realistic respondents of the ai-system-risk-triage questionnaire, one per line of business and
member state, each with the level an AI-governance reviewer would expect and why (the sources are
in docs/content-review.md). The tests in test_triage_profiles.py pin these levels."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

NO_RED_FLAGS = {q: "no" for q in (
    "rf-manipulation", "rf-vulnerability", "rf-social-scoring", "rf-crime-prediction",
    "rf-face-scraping", "rf-emotion", "rf-biometric-categorisation", "rf-live-rbi-public",
    "rf-deceptive-simulation", "rf-unlawful-data", "rf-oversight-obstruction")}
MITIGATION = ("mit-owner", "mit-override", "mit-oversight-training", "mit-own-testing",
              "mit-supplier-evidence", "mit-bias", "mit-data-quality", "mit-records",
              "mit-performance-checks", "mit-incident-plan", "mit-notice", "mit-explanation",
              "mit-recourse", "mit-privacy-assessment", "mit-data-security", "mit-consultation",
              "mit-supplier-contract")


def all_safeguards(value: str = "yes") -> dict[str, str]:
    return {q: value for q in MITIGATION}


@dataclass(frozen=True)
class Profile:
    slug: str
    country: str
    band: str  # the expected final band (or outcome id)
    why: str  # one line, from the sources
    answers: dict[str, Any] = field(default_factory=dict)
    red_flag: str | None = None
    recommends: tuple[str, ...] = ()


def ai(**answers: Any) -> dict[str, Any]:
    """An AI system with no red flag; keyword names use _ for -."""
    base: dict[str, Any] = {"ai-gate": "learns", "genai": "no", **NO_RED_FLAGS}
    base.update({k.replace("_", "-"): v for k, v in answers.items()})
    return base


LOW_HARM = dict(impact_areas=["none"], severity="minor", reversibility="reversible",
                duration="brief")

PROFILES: list[Profile] = [
    Profile(
        "penang-shop-faq-chatbot", "my", "level-i",
        "An FAQ chatbot that decides nothing about people and can only inconvenience them is the "
        "low-severity, low-probability case where the ASEAN Guide / Singapore MF accept "
        "human-out-of-the-loop.",
        ai(genai="yes", role="adapt", markets=["my", "sg"], area="customer",
           regulated_product="none", decision_about_people="serves", most_vulnerable="adults",
           scale="under-10k", **LOW_HARM, automation_level="acts-monitored",
           likelihood="possible", explainability="partly", model_changes="supplier-updates",
           personal_data="personal", data_source="direct", cross_border="yes",
           rf_harmful_false_content="no", rf_intimate_content="no-people-media",
           **{"mit-owner": "yes", "mit-override": "yes", "mit-oversight-training": "partly",
              "mit-own-testing": "partly", "mit-supplier-evidence": "partly",
              "mit-data-quality": "yes", "mit-records": "partly",
              "mit-performance-checks": "partly", "mit-incident-plan": "no",
              "mit-notice": "yes", "mit-recourse": "yes", "mit-privacy-assessment": "partly",
              "mit-data-security": "partly", "mit-supplier-contract": "partly"}),
        recommends=("genai-addendum", "law-my", "law-sg", "cross-border")),
    Profile(
        "singapore-recommender-all-safeguards", "sg", "level-i",
        "The Singapore Model Framework uses a product recommender as its human-out-of-the-loop "
        "example; every safeguard is in place.",
        ai(role="build", markets=["sg"], area="customer", regulated_product="none",
           decision_about_people="profiles", most_vulnerable="adults", scale="over-1m",
           **LOW_HARM, automation_level="acts-alone", likelihood="rare",
           explainability="clearly", model_changes="retrained", personal_data="personal",
           data_source="direct", cross_border="no", **all_safeguards()),
        recommends=("law-sg",)),
    Profile(
        "manila-credit-scorer-officer-reviews", "ph", "level-iii",
        "Even with an officer reviewing every case and every safeguard in place, credit scoring "
        "profiles applicants (EU AI Act Art. 6(3), Annex III 5(b)): the floor keeps it at Level "
        "III, where the officer's final decision is what the level recommends.",
        ai(role="buy", markets=["ph"], area="credit-insurance", regulated_product="none",
           decision_about_people="profiles", most_vulnerable="adults", scale="under-100k",
           impact_areas=["economic"], severity="serious", reversibility="likely-reversible",
           duration="short", automation_level="recommends", likelihood="rare",
           explainability="clearly", model_changes="fixed", personal_data="sensitive",
           data_source="direct", cross_border="no", **all_safeguards()),
        recommends=("human-final-decision", "law-ph")),
    Profile(
        "jakarta-credit-scorer-automatic-refusals", "id", "level-iii",
        "Credit scoring is high-risk in EU AI Act Annex III 5(b) and profiles people; automatic "
        "refusals call for a human final decision (NPC Advisory 2024-04: meaningful human "
        "intervention).",
        ai(role="build", markets=["id"], area="credit-insurance", regulated_product="none",
           decision_about_people="profiles", most_vulnerable="vulnerable", scale="under-1m",
           impact_areas=["economic", "equality"], severity="serious",
           reversibility="likely-reversible", duration="long", automation_level="acts-alone",
           likelihood="possible", explainability="partly", model_changes="retrained",
           personal_data="sensitive", data_source="repurposed", cross_border="no",
           **all_safeguards()),
        recommends=("high-risk-area", "profiling", "law-id", "human-oversight")),
    Profile(
        "vietnam-cv-screener", "vn", "level-iii",
        "CV filtering is high-risk in EU AI Act Annex III 4 and profiles applicants; Viet Nam's AI "
        "Law binds it and the PDPL / Decree 356 add duties for automated processing.",
        ai(role="buy", markets=["vn"], area="employment", regulated_product="none",
           decision_about_people="profiles", most_vulnerable="dependent", scale="under-10k",
           impact_areas=["economic", "equality"], severity="serious", reversibility="difficult",
           duration="short", automation_level="acts-monitored", likelihood="possible",
           explainability="partly", model_changes="supplier-updates", personal_data="personal",
           data_source="direct", cross_border="yes", **all_safeguards("partly")),
        recommends=("high-risk-area", "vietnam-ai-law", "profiling")),
    Profile(
        "bangkok-hospital-triage", "th", "level-iii",
        "Patient triage support is health care and usually a medical device (EU AI Act Annex I "
        "route): severe, irreversible harm; a nurse decides (human-in-the-loop) and safeguards "
        "earn the AIA credit.",
        ai(role="buy", markets=["th"], area="health", regulated_product="medical-device",
           decision_about_people="shapes", most_vulnerable="vulnerable", scale="under-100k",
           impact_areas=["health", "rights"], severity="severe", reversibility="irreversible",
           duration="permanent", automation_level="recommends", likelihood="possible",
           explainability="partly", model_changes="fixed", personal_data="sensitive",
           data_source="direct", cross_border="no", **all_safeguards()),
        recommends=("product-regulator", "high-risk-area", "irreversible", "law-th")),
    Profile(
        "kuala-lumpur-police-live-face-recognition", "my", "level-iv",
        "Real-time remote biometric identification in public places for law enforcement is an "
        "EU AI Act Art. 5(h) prohibited practice.",
        ai(role="buy", markets=["my"], area="law-enforcement", regulated_product="none",
           decision_about_people="profiles", rf_live_rbi_public="yes"),
        red_flag="live-biometric-identification", recommends=("stop-legal",)),
    Profile(
        "brunei-station-security-live-face-recognition", "bn", "level-iv",
        "The same live face recognition described as 'station security' is still real-time "
        "remote identification in a public place; the stated purpose must not avoid the stop.",
        ai(role="buy", markets=["bn"], area="biometrics", regulated_product="none",
           decision_about_people="shapes", rf_live_rbi_public="yes"),
        red_flag="live-biometric-identification", recommends=("stop-legal", "law-bn")),
    Profile(
        "phnom-penh-mall-loss-prevention-cameras", "kh", "level-iv",
        "A shop's watch-list matching of passers-by is live remote identification in a space open "
        "to the public, whatever the commercial purpose.",
        ai(role="buy", markets=["kh"], area="customer", regulated_product="none",
           decision_about_people="profiles", rf_live_rbi_public="yes"),
        red_flag="live-biometric-identification", recommends=("stop-legal", "law-none")),
    Profile(
        "surabaya-missing-persons-face-search", "id", "level-iv",
        "Even a humanitarian purpose (finding missing persons) uses real-time remote "
        "identification in public places; Indonesia's PDP Law restricts visual-data devices there.",
        ai(role="adapt", markets=["id"], area="law-enforcement", regulated_product="none",
           decision_about_people="shapes", rf_live_rbi_public="yes"),
        red_flag="live-biometric-identification", recommends=("stop-legal", "law-id")),
    Profile(
        "selangor-office-face-attendance", "my", "level-iii",
        "Face recognition at the office door is not live identification in a public place (no "
        "stop), but it decides staff attendance on its own with biometric data, which is sensitive "
        "under Malaysia's amended PDPA; monitoring workers is EU AI Act Annex III 4.",
        ai(role="buy", markets=["my"], area="biometrics", regulated_product="none",
           decision_about_people="shapes", most_vulnerable="dependent", scale="under-100",
           impact_areas=["equality"], severity="moderate", reversibility="likely-reversible",
           duration="short", automation_level="acts-monitored", likelihood="possible",
           explainability="partly", model_changes="fixed", personal_data="sensitive",
           data_source="direct", cross_border="no", **all_safeguards()),
        recommends=("high-risk-area", "sensitive-data", "law-my")),
    Profile(
        "ministry-benefit-eligibility-triage", "ph", "level-iii",
        "Eligibility for public assistance is EU AI Act Annex III 5(a); applicants are vulnerable "
        "and the Data Privacy Act covers government bodies.",
        ai(role="adapt", markets=["ph"], area="essential-services", regulated_product="none",
           decision_about_people="shapes", most_vulnerable="vulnerable", scale="under-1m",
           impact_areas=["economic", "rights"], severity="serious",
           reversibility="likely-reversible", duration="long", automation_level="recommends",
           likelihood="possible", explainability="partly", model_changes="fixed",
           personal_data="sensitive", data_source="repurposed", cross_border="no",
           **all_safeguards("partly")),
        recommends=("high-risk-area", "vulnerable", "law-ph")),
    Profile(
        "manila-bank-fraud-flags", "ph", "level-ii",
        "Fraud detection is left out of Annex III credit scoring; a flagged payment is held and "
        "reviewed, so harm is moderate and easily reversed.",
        ai(role="build", markets=["ph"], area="fraud", regulated_product="none",
           decision_about_people="shapes", most_vulnerable="adults", scale="over-1m",
           impact_areas=["economic"], severity="moderate", reversibility="reversible",
           duration="brief", automation_level="acts-monitored", likelihood="possible",
           explainability="clearly", model_changes="retrained", personal_data="sensitive",
           data_source="direct", cross_border="no", **all_safeguards()),
        recommends=("law-ph",)),
    Profile(
        "chiang-mai-life-insurance-pricing", "th", "level-iii",
        "Life and health insurance risk pricing is EU AI Act Annex III 5(c) and profiles people.",
        ai(role="adapt", markets=["th"], area="credit-insurance", regulated_product="none",
           decision_about_people="profiles", most_vulnerable="adults", scale="under-100k",
           impact_areas=["economic", "health"], severity="serious",
           reversibility="likely-reversible", duration="long", automation_level="acts-monitored",
           likelihood="possible", explainability="partly", model_changes="retrained",
           personal_data="sensitive", data_source="direct", cross_border="no",
           **all_safeguards("partly")),
        recommends=("high-risk-area", "profiling", "law-th")),
    Profile(
        "jakarta-university-exam-proctoring", "id", "level-iii",
        "Monitoring students during exams is EU AI Act Annex III 3; flags of cheating profile "
        "students whose results can be cancelled.",
        ai(role="buy", markets=["id"], area="education", regulated_product="none",
           decision_about_people="profiles", most_vulnerable="dependent", scale="under-10k",
           impact_areas=["equality", "rights"], severity="serious", reversibility="difficult",
           duration="long", automation_level="acts-monitored", likelihood="unknown",
           explainability="no", model_changes="supplier-updates", personal_data="sensitive",
           data_source="direct", cross_border="yes", **all_safeguards("partly")),
        recommends=("high-risk-area", "testing", "explainability", "law-id")),
    Profile(
        "hanoi-deepfake-ad-campaign", "vn", "level-iv",
        "Using a simulated real person to mislead customers is an act prohibited by Art. 7 of Viet "
        "Nam's AI Law.",
        ai(genai="yes", role="adapt", markets=["vn"], area="customer", regulated_product="none",
           decision_about_people="serves", rf_deceptive_simulation="yes",
           rf_harmful_false_content="no", rf_intimate_content="blocked"),
        red_flag="deceptive-simulation", recommends=("stop-legal", "vietnam-ai-law")),
    Profile(
        "yangon-image-app-without-filters", "mm", "level-iv",
        "An image generator open to the public with no block on non-consensual intimate images or "
        "CSAM matches the EU AI Act Art. 5 ban that applies from 2 December 2026.",
        ai(genai="yes", role="adapt", markets=["mm", "eu"], area="customer",
           regulated_product="none", decision_about_people="serves",
           rf_harmful_false_content="no", rf_intimate_content="not-blocked"),
        red_flag="intimate-content", recommends=("stop-legal", "eu-ai-act")),
    Profile(
        "dili-ministry-letter-drafting-assistant", "tl", "level-ii",
        "A drafting assistant decides nothing about eligibility and an officer signs every letter, "
        "but wrong letters and personal data sent to an overseas service give moderate impact.",
        ai(genai="yes", role="adapt", markets=["tl"], area="public-service",
           regulated_product="none", decision_about_people="serves", most_vulnerable="adults",
           scale="under-100k", impact_areas=["economic"], severity="moderate",
           reversibility="likely-reversible", duration="short", automation_level="recommends",
           likelihood="possible", explainability="partly", model_changes="supplier-updates",
           personal_data="personal", data_source="repurposed", cross_border="yes",
           rf_harmful_false_content="no", rf_intimate_content="no-people-media",
           **all_safeguards("partly")),
        recommends=("genai-addendum", "law-none", "cross-border")),
    Profile(
        "vientiane-farm-advice-app", "la", "level-i",
        "Crop advice without personal data, where a wrong tip costs a little money and can be "
        "corrected, is a low-severity use.",
        ai(role="adapt", markets=["la"], area="customer", regulated_product="none",
           decision_about_people="serves", most_vulnerable="adults", scale="under-100k",
           impact_areas=["economic"], severity="moderate", reversibility="likely-reversible",
           duration="short", automation_level="acts-alone", likelihood="possible",
           explainability="partly", model_changes="supplier-updates", personal_data="none",
           **all_safeguards("partly")),
        recommends=("law-la", "human-oversight")),
    Profile(
        "mandalay-ngo-document-translation", "mm", "level-i",
        "Internal translation of documents decides nothing about people and uses no personal data.",
        ai(genai="yes", role="buy", markets=["mm"], area="internal", regulated_product="none",
           decision_about_people="none", most_vulnerable="organisations", scale="under-100",
           **LOW_HARM, automation_level="recommends", likelihood="possible",
           explainability="partly", model_changes="supplier-updates", personal_data="none",
           rf_harmful_false_content="no", rf_intimate_content="no-people-media",
           **all_safeguards("partly")),
        recommends=("genai-addendum", "law-none")),
    Profile(
        "singapore-water-treatment-dosing-control", "sg", "level-iii",
        "A safety component of water supply is EU AI Act Annex III 2 (critical infrastructure); a "
        "wrong dose harms health before anyone can step in.",
        ai(role="build", markets=["sg"], area="critical-infrastructure",
           regulated_product="machinery", decision_about_people="none",
           most_vulnerable="adults", scale="over-1m", impact_areas=["health"],
           severity="severe", reversibility="difficult", duration="short",
           automation_level="acts-monitored", likelihood="possible", explainability="partly",
           model_changes="fixed", personal_data="none", **all_safeguards()),
        recommends=("high-risk-area", "product-regulator")),
    Profile(
        "ho-chi-minh-city-children-tutor-app", "vn", "level-ii",
        "A tutoring chatbot for children grades nothing, but children are a vulnerable group "
        "(ASEAN Guide human-centricity; Viet Nam AI Law Art. 7) and their data is sensitive.",
        ai(genai="yes", role="adapt", markets=["vn"], area="customer", regulated_product="none",
           decision_about_people="serves", most_vulnerable="vulnerable", scale="under-100k",
           impact_areas=["equality"], severity="moderate", reversibility="likely-reversible",
           duration="short", automation_level="acts-monitored", likelihood="possible",
           explainability="partly", model_changes="supplier-updates", personal_data="sensitive",
           data_source="direct", cross_border="yes", rf_harmful_false_content="no",
           rf_intimate_content="blocked", **all_safeguards("partly")),
        recommends=("vulnerable", "vietnam-ai-law", "genai-addendum")),
    Profile(
        "bandar-seri-begawan-warehouse-forecast", "bn", "level-i",
        "Stock forecasting decides nothing about people and uses no personal data.",
        ai(role="buy", markets=["bn"], area="internal", regulated_product="none",
           decision_about_people="none", most_vulnerable="organisations", scale="under-100",
           **LOW_HARM, automation_level="recommends", likelihood="possible",
           explainability="partly", model_changes="supplier-updates", personal_data="none",
           **all_safeguards()),
        recommends=("law-bn",)),
]
