"""Organisation profile, AI system inventory and the settings file."""

from __future__ import annotations

import pytest

from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.services.dto import OrganisationProfile
from aisafe_desktop.services.errors import InvalidInput
from aisafe_desktop.services.settings import Settings, load_settings, save_settings
from aisafe_desktop.services.workspace import Workspace


def test_profile_round_trip_and_checks(workspace: Workspace) -> None:
    assert workspace.get_profile() is None
    profile = OrganisationProfile("Sari Kopi", "2019-0042", "id", "Food", "11-50", "Ayu",
                                  "ayu@sarikopi.co.id")
    workspace.save_profile(profile)
    saved = workspace.get_profile()
    assert saved is not None and saved.country == "ID" and saved.name == "Sari Kopi"
    workspace.save_profile(OrganisationProfile("Sari Kopi Tbk", country="TL"))  # Timor-Leste
    assert workspace.get_profile() == OrganisationProfile("Sari Kopi Tbk", country="TL")
    with pytest.raises(InvalidInput, match="ASEAN"):
        workspace.save_profile(OrganisationProfile("X", country="FR"))
    with pytest.raises(InvalidInput, match="e-mail"):
        workspace.save_profile(OrganisationProfile("X", contact_email="not-an-address"))
    with pytest.raises(InvalidInput):
        workspace.save_profile(OrganisationProfile("  "))


def test_ai_system_inventory(workspace: Workspace) -> None:
    workspace.add_ai_system("Route planner", vendor="MapCo", status="planned")
    workspace.add_ai_system("Chatbot")
    assert [(s.name, s.status) for s in workspace.list_ai_systems()] == [
        ("Chatbot", "in use"), ("Route planner", "planned")]
    with pytest.raises(InvalidInput):
        workspace.add_ai_system(" ")


def test_settings_defaults_round_trip_and_damaged_file(paths: AppPaths) -> None:
    assert load_settings(paths) == Settings()
    save_settings(paths, Settings(language="th", first_run_done=True, window_geometry="AAEC",
                                  text_scale=1.25))
    assert load_settings(paths) == Settings("th", True, "AAEC", 1.25)
    paths.settings_file.write_text('{"language": 7, "text_scale": 40, "first_run_done": true}',
                                   encoding="utf-8")
    assert load_settings(paths) == Settings(first_run_done=True, text_scale=3.0)
    paths.settings_file.write_text("{not json", encoding="utf-8")
    assert load_settings(paths) == Settings()
