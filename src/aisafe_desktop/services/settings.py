"""User settings: a small JSON file at AppPaths.settings_file.

A missing, damaged or partly wrong file gives the defaults for what cannot be read: settings are
a convenience and must never stop the app from starting.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from typing import Any

from aisafe_desktop.core import files
from aisafe_desktop.core.paths import AppPaths


@dataclass
class Settings:
    language: str = "en"
    first_run_done: bool = False
    window_geometry: str | None = None  # Qt's saveGeometry() as base64
    text_scale: float = 1.0
    colours: str = "system"  # gui.theme.ColourScheme: system | light | dark | high-contrast
    inbox_url: str = ""  # "" = the local inbox file; never holds a password (see without_password)
    officer: str = ""  # the name an officer's reviews are recorded under


_TYPES: dict[str, tuple[type, ...]] = {
    "language": (str,), "first_run_done": (bool,), "window_geometry": (str, type(None)),
    "text_scale": (int, float), "colours": (str,), "inbox_url": (str,), "officer": (str,),
}
COLOUR_SCHEMES = ("system", "light", "dark", "high-contrast")


def without_password(url: str) -> str:
    """A database URL as it may be stored: any password removed (libpq's .pgpass, or a prompt,
    supplies it). Text that is not a URL is dropped rather than stored."""
    if not url.strip():
        return ""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        # URL.set(password=None) keeps the password ("not given"): replace the field itself
        return make_url(url.strip())._replace(password=None).render_as_string(hide_password=False)
    except ArgumentError:
        return ""


def load_settings(paths: AppPaths) -> Settings:
    try:
        data: Any = json.loads(paths.settings_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    if not isinstance(data, dict):
        return Settings()
    known = {f.name for f in fields(Settings)}
    good: dict[str, Any] = {k: v for k, v in data.items() if k in known
                            and isinstance(v, _TYPES[k])
                            and not (k == "text_scale" and isinstance(v, bool))}
    if good.get("colours") not in COLOUR_SCHEMES:
        good.pop("colours", None)
    if "inbox_url" in good:
        good["inbox_url"] = without_password(good["inbox_url"])
    if "text_scale" in good:
        good["text_scale"] = min(3.0, max(0.5, float(good["text_scale"])))
    return Settings(**good)


def save_settings(paths: AppPaths, settings: Settings) -> None:
    """Write to a temporary file and rename, so a crash never leaves half a settings file (and
    a full disk no temporary file)."""
    paths.settings_file.parent.mkdir(parents=True, exist_ok=True)
    data = asdict(settings)
    data["inbox_url"] = without_password(settings.inbox_url)
    files.write_atomically(paths.settings_file,
                           (json.dumps(data, indent=2) + "\n").encode("utf-8"), mode=0o644)


def with_password(url: str, secret: str) -> str:
    """The URL with a password typed for this session (held in memory, never saved)."""
    from sqlalchemy.engine import make_url

    return make_url(url).set(password=secret).render_as_string(hide_password=False)


def shown_url(url: str) -> str:
    """The URL as it may be shown: the password replaced by ***."""
    from aisafe_desktop.storage.inbox_db import masked

    return masked(url)
