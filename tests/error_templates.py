"""Find every message template raised in src/ by reading the code (ast), not by running it.

A template is the first argument of an `AisafeError` subclass whose constructor takes one (the
class, or a base, has no `__init__` of its own or one whose first parameter is `template`), the
first argument of `super().__init__(...)` inside any `AisafeError` subclass, and the first
argument of `Message(...)`. A template may also come from a template enum
(`super().__init__(reason.template, ...)`): such a site is marked `from_enum`, and its texts are
translated with that enum (for `Reason`: gui/verify_reason_texts.py).
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "aisafe_desktop"
BASE = "AisafeError"


@dataclass(frozen=True)
class Site:
    file: str
    line: int
    class_name: str
    template: str | None  # None: not a string literal (an f-string, a variable...)
    from_enum: bool = False  # the template is a member's `.template` (an enum of templates)

    def __str__(self) -> str:
        return f"{self.file}:{self.line} {self.class_name}"


@dataclass
class _Class:
    bases: list[str]
    takes_template: bool | None  # None: no __init__ of its own


def _classes(trees: dict[str, ast.Module]) -> dict[str, _Class]:
    found: dict[str, _Class] = {}
    for tree in trees.values():
        for node in ast.walk(tree):
            if not isinstance(node, ast.ClassDef):
                continue
            takes: bool | None = None
            for item in node.body:
                if isinstance(item, ast.FunctionDef) and item.name == "__init__":
                    params = [*item.args.posonlyargs, *item.args.args][1:]
                    takes = bool(params) and params[0].arg == "template"
            found[node.name] = _Class([b.id for b in node.bases if isinstance(b, ast.Name)], takes)
    return found


def _is_error(name: str, classes: dict[str, _Class]) -> bool:
    seen = set()
    while name in classes and name not in seen:
        seen.add(name)
        if BASE in classes[name].bases:
            return True
        name = next((b for b in classes[name].bases if b in classes), "")
    return name == BASE


def _takes_template(name: str, classes: dict[str, _Class]) -> bool:
    while name in classes:
        if classes[name].takes_template is not None:
            return bool(classes[name].takes_template)
        name = next((b for b in classes[name].bases if b in classes or b == BASE), "")
    return True  # AisafeError itself


def _literal(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def template_sites() -> list[Site]:
    trees = {str(p.relative_to(SRC)): ast.parse(p.read_text("utf-8"))
             for p in sorted(SRC.rglob("*.py"))}
    classes = _classes(trees)
    errors = {name for name in classes if _is_error(name, classes)} | {BASE}
    sites: list[Site] = []
    for file, tree in trees.items():
        for owner in ast.walk(tree):
            # a constructor that takes a template passes it on: its callers are the sites
            if (isinstance(owner, ast.ClassDef) and owner.name in errors
                    and not classes[owner.name].takes_template and owner.name != BASE):
                for node in ast.walk(owner):
                    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                            and node.func.attr == "__init__"
                            and isinstance(node.func.value, ast.Call)
                            and isinstance(node.func.value.func, ast.Name)
                            and node.func.value.func.id == "super"):
                        first = node.args[0] if node.args else None
                        from_enum = isinstance(first, ast.Attribute) and first.attr == "template"
                        sites.append(Site(file, node.lineno, owner.name, _literal(first),
                                          from_enum))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                continue
            name = node.func.id
            if file == "core/errors.py":
                continue  # the model itself: Message(self.template, ...)
            if name == "Message" or (name in errors and _takes_template(name, classes)):
                first = node.args[0] if node.args else None
                sites.append(Site(file, node.lineno, name, _literal(first)))
    return sites


def is_cli_only(site: Site) -> bool:
    """CliError messages are printed by the CLI only (English, may name commands)."""
    return site.class_name == "CliError"


if __name__ == "__main__":
    for site in template_sites():
        print(f"{site}\t{site.template!r}")
