"""The organisation profile and the inventory of AI systems."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import asdict

from aisafe_desktop.core.display import plain_text
from aisafe_desktop.core.errors import Message
from aisafe_desktop.services.assessments_store import BAD_TEXT, one_line, storable
from aisafe_desktop.services.dto import ASEAN_COUNTRIES, AiSystemInfo, OrganisationProfile
from aisafe_desktop.services.errors import InvalidInput
from aisafe_desktop.storage import sql
from aisafe_desktop.storage.engine import Database
from aisafe_desktop.storage.timestamps import utc_now

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def get_profile(db: Database) -> OrganisationProfile | None:
    with db.reading() as driver:
        return profile_in(driver)


def profile_in(driver: sqlite3.Connection) -> OrganisationProfile | None:
    """The profile read in the caller's unit of work (`sql.driver_of(session)` in a session)."""
    row = sql.profile(driver)
    if row is None:
        return None
    return OrganisationProfile(row.name, row.registration_number, row.country, row.sector,
                               row.size, row.contact_name, row.contact_email)


def profile_problems(profile: OrganisationProfile) -> dict[str, Message]:
    """Every problem of the profile, by field (the form shows each next to its field while the
    person types; `check_profile` refuses the first)."""
    fields = {k: one_line(str(v)) for k, v in asdict(profile).items()}  # no control characters
    found: dict[str, Message] = {name: BAD_TEXT for name, value in fields.items()
                                 if not storable(value)}
    if not fields["name"]:
        found.setdefault("name", Message("give the organisation's name"))
    country = fields["country"].upper()
    if country and country not in ASEAN_COUNTRIES:
        found.setdefault("country", Message(
            "'{country}' is not an ASEAN member state; use one of {countries}",
            country=profile.country, countries=", ".join(ASEAN_COUNTRIES)))
    if fields["contact_email"] and not _EMAIL.match(fields["contact_email"]):
        found.setdefault("contact_email", Message(
            "'{email}' does not look like an e-mail address (name@example.org)",
            email=profile.contact_email))
    return found


def check_profile(profile: OrganisationProfile) -> dict[str, str]:
    problems = profile_problems(profile)
    if problems:
        field, problem = next(iter(problems.items()))
        raise InvalidInput(field, problem)
    fields = {k: one_line(str(v)) for k, v in asdict(profile).items()}
    fields["country"] = fields["country"].upper()
    return fields


def save_profile(db: Database, profile: OrganisationProfile) -> None:
    from aisafe_desktop.storage import repositories as repo

    fields = check_profile(profile)
    with db.session() as session:
        repo.save_profile(session, fields, utc_now())


def list_ai_systems(db: Database) -> list[AiSystemInfo]:
    from aisafe_desktop.storage import repositories as repo

    with db.session(read_only=True) as session:
        return [AiSystemInfo(r.id, r.name, r.purpose, r.vendor, r.status)
                for r in repo.list_ai_systems(session)]


def add_ai_system(db: Database, name: str, purpose: str = "", vendor: str = "",
                  status: str = "in use") -> AiSystemInfo:
    from aisafe_desktop.storage import repositories as repo
    from aisafe_desktop.storage.models import AiSystemRow

    cleaned = one_line(name)
    if not storable([name, purpose, vendor, status]):
        raise InvalidInput("name", BAD_TEXT)
    if not cleaned:
        raise InvalidInput("name", Message("give the AI system a name"))
    with db.session() as session:
        row = repo.add_ai_system(session, AiSystemRow(
            name=cleaned, purpose=plain_text(purpose).strip(), vendor=one_line(vendor),
            status=one_line(status) or "in use", created_at=utc_now()))
        return AiSystemInfo(row.id, row.name, row.purpose, row.vendor, row.status)
