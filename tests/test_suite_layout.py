"""One way to import test helpers: every test folder is a package, and helpers are imported as
`tests.<area>.<module>`, never by a bare module name that only resolves through sys.path."""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parent


def test_every_test_folder_is_a_package() -> None:
    folders = {p.parent for p in TESTS.rglob("*.py") if "__pycache__" not in p.parts}
    missing = sorted(str(f.relative_to(TESTS.parent)) for f in folders
                     if not (f / "__init__.py").exists())
    assert not missing, f"test folders without __init__.py: {missing}"


def test_helpers_are_imported_through_the_tests_package() -> None:
    local_names = {p.stem for p in TESTS.rglob("*.py")} - {"__init__"}
    bare = []
    for path in TESTS.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) and not node.level
                     else [])
            bare += [f"{path.relative_to(TESTS.parent)}: {n}" for n in names
                     if n.split(".")[0] in local_names]
    assert not bare, f"import test helpers as tests.<area>.<module>: {bare}"
