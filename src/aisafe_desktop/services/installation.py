"""What this installation has, for `aisafe about`: what support staff ask a user first.

Nothing here opens the database or a network connection; the facts come from the running
program, the shipped data and the ICU library word breaking would use.
"""

from __future__ import annotations

import platform
import sys
from dataclasses import dataclass

from aisafe_desktop import __version__
from aisafe_desktop.core import word_breaks
from aisafe_desktop.core.language_status import languages
from aisafe_desktop.core.paths import AppPaths


@dataclass(frozen=True, slots=True)
class Installation:
    version: str
    python: str
    system: str
    installed: bool  # a frozen build (setup.exe, .deb), not a source checkout
    data_folder: str
    languages: dict[str, str]  # code → "draft" | "reviewed"
    word_breaking: str | None  # the ICU library Thai, Lao, Khmer and Burmese lines break with
    word_breaking_sample: str  # a Thai phrase with "|" where ICU lets a line break

    def as_json(self) -> dict[str, object]:
        return {"version": self.version, "python": self.python, "system": self.system,
                "installed": self.installed, "data_folder": self.data_folder,
                "languages": self.languages,
                "word_breaking": {"library": self.word_breaking,
                                  "sample": self.word_breaking_sample}}


def describe_installation(paths: AppPaths) -> Installation:
    sample = word_breaks.with_break_hints("ระบบนี้ใช้ข้อมูล", "th")
    return Installation(
        version=__version__,
        python=platform.python_version(),
        system=f"{platform.system()} {platform.release()} ({platform.machine()})",
        installed=bool(getattr(sys, "frozen", False)),
        data_folder=str(paths.data_dir),
        languages={code: info.status for code, info in languages().items()},
        word_breaking=word_breaks.library_name(),
        word_breaking_sample=sample.replace(word_breaks.ZERO_WIDTH_SPACE, "|"),
    )
