"""What ships with the app and under which licence (shown in Settings → About)."""

from __future__ import annotations

# (distribution, licence) of the libraries the app bundles; the version is read at run time.
LIBRARIES = (
    ("PySide6-Essentials", "LGPL-3.0 (Qt for Python)"),
    ("SQLAlchemy", "MIT"),
    ("alembic", "MIT"),
    ("PyYAML", "MIT"),
    ("platformdirs", "MIT"),
    ("reportlab", "BSD-3-Clause"),
    ("pyHanko", "MIT"),
    ("pikepdf", "MPL-2.0"),
    ("pypdf", "BSD-3-Clause"),
    ("cryptography", "Apache-2.0 or BSD-3-Clause"),
)
FONTS = ("Noto Sans, Noto Sans Thai, Khmer, Lao, Myanmar and Tamil", "SIL Open Font License 1.1")


def library_lines() -> list[str]:
    from importlib import metadata  # 80 ms: only when Settings is first built

    lines = []
    for name, licence in LIBRARIES:
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            version = "?"
        lines.append(f"{name} {version} — {licence}")
    return lines
