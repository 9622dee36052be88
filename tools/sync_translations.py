"""Copy the translators' delivered files into the repository (only files that pass the checks).

    python tools/sync_translations.py /work/coord/i18n/out   # every language folder in it
    python tools/sync_translations.py OUT --language th

Per language folder: `texts.<lang>.yaml` and `aisafe_<lang>.ts` → resources/translations/,
`<questionnaire>.<lang>.yaml` → questionnaires/translations/, `glossary.<lang>.md` and
`installing.<lang>.md` → docs/. A questionnaire translation is copied only if it names a shipped
questionnaire and its version; a texts file only if it parses with the same groups as English;
a .ts only if it is well-formed XML for that language. Prints what it copied and what it skipped.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))  # a tool run from a checkout
LANGUAGES = ("id", "th", "vi", "fil", "km", "lo", "my", "zh", "ta", "tet")


def _yaml(path: Path) -> object:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError, UnicodeDecodeError):
        return None


def shipped() -> dict[str, tuple[str, set[str]]]:
    """id → (version, addresses of its texts) of every shipped questionnaire."""
    from aisafe_desktop.core.text_paths import texts_in
    from aisafe_desktop.core.translation_check import questionnaire_data

    found = {}
    for path in sorted((ROOT / "questionnaires").glob("*.yaml")):
        data = questionnaire_data(path.read_bytes(), str(path))
        if isinstance(data, dict):
            found[str(data["id"])] = (str(data["version"]), set(texts_in(data, "en")))
    return found


def check(path: Path, language: str) -> tuple[Path | None, str]:
    """(destination, "") to copy, or (None, reason) to skip."""
    name = path.name
    if name == f"texts.{language}.yaml":
        data = _yaml(path)
        english = _yaml(ROOT / "resources" / "translations" / "texts.en.yaml")
        ok = (isinstance(data, dict) and data.get("language") == language
              and isinstance(data.get("texts"), dict) and isinstance(english, dict)
              and set(data["texts"]) <= set(english["texts"]))
        return (ROOT / "resources" / "translations" / name, "") if ok else (None, "not valid")
    if name == f"aisafe_{language}.ts":
        try:
            root = ET.parse(path).getroot()  # noqa: S314 - our own .ts files
        except (ET.ParseError, OSError):
            return None, "not well-formed XML"
        if root.get("language", "").split("_")[0] != language:
            return None, f"language is {root.get('language')}"
        return ROOT / "resources" / "translations" / name, ""
    if name in (f"glossary.{language}.md", f"installing.{language}.md"):
        return ROOT / "docs" / name, ""
    if name.endswith(f".{language}.yaml"):
        data = _yaml(path)
        if not isinstance(data, dict) or data.get("language") != language:
            return None, "not a translation file"
        version, addresses = shipped().get(str(data.get("questionnaire")), ("", set()))
        if version != str(data.get("version")):
            return None, "not a shipped questionnaire's current version"
        texts = data.get("texts") if isinstance(data.get("texts"), dict) else {}
        missing = [a for a in addresses if not str(texts.get(a) or "").strip()]
        if missing:
            return None, f"not finished ({len(missing)} of {len(addresses)} texts missing)"
        return ROOT / "questionnaires" / "translations" / name, ""
    return None, "not a delivered file"


def sync(source: Path, languages: list[str]) -> int:
    copied = 0
    for language in languages:
        folder = source / language
        for path in sorted(folder.glob("*")) if folder.is_dir() else []:
            if not path.is_file():
                continue
            target, reason = check(path, language)
            if target is None:
                if path.suffix in (".yaml", ".ts", ".md") and path.name != "NOTES.md":
                    print(f"skipped {language}/{path.name}: {reason}")
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            if not target.exists() or target.read_bytes() != path.read_bytes():
                shutil.copyfile(path, target)
                copied += 1
                print(f"copied {language}/{path.name} -> {target.relative_to(ROOT)}")
        glossary = ROOT / "docs" / f"glossary.{language}.md"
        if glossary.is_file() and _glossary_misses(language):
            glossary.unlink()  # a glossary its translations do not follow is not shipped yet
            print(f"skipped {language}/{glossary.name}: not applied consistently "
                  f"(python tools/glossary_check.py {language})")
    return copied


def _glossary_misses(language: str) -> list[str]:
    import importlib.util

    spec = importlib.util.spec_from_file_location("glossary_check",
                                                  ROOT / "tools" / "glossary_check.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    found = module.glossaries()
    return list(module.misses(language, found)) if language in found else []


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="folder with one sub-folder per language")
    parser.add_argument("--language", action="append", choices=LANGUAGES)
    parser.add_argument("--no-build", action="store_true",
                        help="do not run build_translations.py and translation_status.py after")
    args = parser.parse_args(argv)
    count = sync(args.source, args.language or list(LANGUAGES))
    print(f"{count} file(s) copied", file=sys.stderr)
    if count and not args.no_build:  # refresh the .ts with the sources, then the status table
        for tool in ("build_translations.py", "translation_status.py"):
            subprocess.run([sys.executable, str(ROOT / "tools" / tool)], check=True,
                           capture_output=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
