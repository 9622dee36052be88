"""User settings: a small JSON file at AppPaths.settings_file.

A missing, damaged or partly wrong file gives the defaults for what cannot be read: settings are
a convenience and must never stop the app from starting.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields
from typing import Any

from aisafe_desktop.core.paths import AppPaths


@dataclass
class Settings:
    language: str = "en"
    first_run_done: bool = False
    window_geometry: str | None = None  # Qt's saveGeometry() as base64
    text_scale: float = 1.0
    colours: str = "system"  # gui.theme.ColourScheme: system | light | dark | high-contrast


_TYPES: dict[str, tuple[type, ...]] = {
    "language": (str,), "first_run_done": (bool,), "window_geometry": (str, type(None)),
    "text_scale": (int, float), "colours": (str,),
}
COLOUR_SCHEMES = ("system", "light", "dark", "high-contrast")


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
    if "text_scale" in good:
        good["text_scale"] = min(3.0, max(0.5, float(good["text_scale"])))
    return Settings(**good)


def save_settings(paths: AppPaths, settings: Settings) -> None:
    """Write to a temporary file and rename, so a crash never leaves half a settings file."""
    paths.settings_file.parent.mkdir(parents=True, exist_ok=True)
    partial = paths.settings_file.with_name(paths.settings_file.name + ".partial")
    partial.write_text(json.dumps(asdict(settings), indent=2) + "\n", encoding="utf-8")
    os.replace(partial, paths.settings_file)
