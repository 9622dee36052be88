"""Pin the impact level of realistic respondents across all eleven ASEAN member states."""

from __future__ import annotations

from pathlib import Path

import pytest

from aisafe_desktop.core.model import Questionnaire
from aisafe_desktop.core.scoring import score
from tests.content.common import load_clean, sources
from tests.content.triage_profiles import PROFILES, Profile

FILE = Path(__file__).resolve().parents[2] / "questionnaires" / "ai-system-risk-triage.yaml"
ASEAN = {"bn", "kh", "id", "la", "my", "mm", "ph", "sg", "th", "vn", "tl"}


@pytest.fixture(scope="module")
def questionnaire() -> Questionnaire:
    return load_clean(FILE)


def test_profiles_cover_every_member_state_and_the_issue_cases() -> None:
    assert len(PROFILES) >= 20
    assert {p.country for p in PROFILES} == ASEAN
    assert len({p.slug for p in PROFILES}) == len(PROFILES)
    assert all(p.why.strip() for p in PROFILES)
    live_face = [p for p in PROFILES if p.red_flag == "live-biometric-identification"]
    assert len({p.answers["area"] for p in live_face}) >= 3  # several stated purposes


@pytest.mark.parametrize("profile", PROFILES, ids=[p.slug for p in PROFILES])
def test_profile_gets_the_expected_level(questionnaire: Questionnaire, profile: Profile) -> None:
    result = score(questionnaire, profile.answers)
    assert result.band == profile.band, (profile.slug, profile.why, result.overall)
    assert result.red_flags == ((profile.red_flag,) if profile.red_flag else ())
    recs = sources(result)
    for rec in profile.recommends:
        assert rec in recs, (profile.slug, rec)
    # Every answer given belongs to a question the respondent actually sees.
    unknown = set(profile.answers) - {q.id for _, q in questionnaire.questions()}
    assert not unknown
