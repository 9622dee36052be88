"""Where things live: shipped data next to the code, user data in the platform's folders.

Built once in `main()` and passed down (no module-level globals). `AISAFE_DATA_DIR` or `--data-dir`
move all user data to one folder, for tests and portable use (e.g. a USB stick).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "aisafe-desktop"
APP_AUTHOR = "AISafe"
DATA_DIR_ENV = "AISAFE_DATA_DIR"

_PACKAGE_DIR = Path(__file__).resolve().parent.parent


def shipped_data_dir(name: str) -> Path:
    """A shipped folder ('questionnaires' or 'resources'): package data in a wheel or bundle,
    the repository's top-level folder in a source checkout."""
    packaged = _PACKAGE_DIR / "_data" / name
    if packaged.is_dir():
        return packaged
    return _PACKAGE_DIR.parent.parent / name


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    log_dir: Path
    config_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / "aisafe.sqlite3"

    @property
    def cache_dir(self) -> Path:
        """Rebuildable data only (validated questionnaires); safe to delete."""
        return self.data_dir / "cache"

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def identities_dir(self) -> Path:
        return self.data_dir / "identities"

    @property
    def user_questionnaires_dir(self) -> Path:
        return self.data_dir / "questionnaires"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @staticmethod
    def resolve(data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
        """--data-dir, else $AISAFE_DATA_DIR, else the platform's folders."""
        chosen = data_dir or os.environ.get(DATA_DIR_ENV)
        if chosen:
            root = Path(chosen).expanduser().resolve()
            return AppPaths(root, root / "logs", root)
        import platformdirs  # imported here: only needed when no folder was given

        dirs = platformdirs.PlatformDirs(APP_NAME, APP_AUTHOR)
        return AppPaths(Path(dirs.user_data_dir), Path(dirs.user_log_dir),
                        Path(dirs.user_config_dir))

    def ensure(self) -> AppPaths:
        for folder in (self.data_dir, self.log_dir, self.config_dir):
            folder.mkdir(parents=True, exist_ok=True)
        return self
