"""`aisafe --version` stays fast: the command modules are imported plainly (so mypy and
import-linter see them), but building the parser pulls in none of the heavy layers."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("sqlalchemy", "reportlab", "pyhanko", "pikepdf", "PySide6")


def test_building_the_parser_imports_no_heavy_library() -> None:
    code = ("import sys\n"
            "from aisafe_desktop.cli.main import build_parser\n"
            "parser = build_parser()\n"
            "assert {'assessments', 'export', 'verify', 'validate'} <= set(\n"
            "    parser._subparsers._group_actions[0].choices)\n"
            f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))\n")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "[]", run.stdout + run.stderr
