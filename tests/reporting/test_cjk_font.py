"""The bundled Chinese font has every character of the shipped Chinese texts (run
tools/make_cjk_font.py again when they change), TrueType outlines (ReportLab embeds only those)
and the OFL licence beside it."""

from __future__ import annotations

from pathlib import Path

from fontTools.ttLib import TTFont  # type: ignore[import-untyped]  # no stubs upstream

from aisafe_desktop.reporting.fonts import Script, font_path, split_runs

ROOT = Path(__file__).resolve().parents[2]


def shipped_chinese_characters() -> set[str]:
    found: set[str] = set()
    for path in [*(ROOT / "questionnaires" / "translations").glob("*.zh.yaml"),
                 ROOT / "resources" / "translations" / "texts.zh.yaml",
                 ROOT / "resources" / "translations" / "aisafe_zh.ts"]:
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            found |= {c for script, run in split_runs(text, replace=False)
                      if script is Script.CHINESE for c in run}
    return found


def test_every_shipped_chinese_character_is_in_the_font() -> None:
    for bold in (False, True):
        font = TTFont(str(font_path(Script.CHINESE, bold)))
        assert "glyf" in font and "CFF " not in font
        cmap = font.getBestCmap()
        missing = sorted(c for c in shipped_chinese_characters() if ord(c) not in cmap)
        assert not missing, f"run tools/make_cjk_font.py: {''.join(missing)}"
    licence = (ROOT / "resources" / "fonts" / "OFL-NotoSansCJK.txt").read_text(encoding="utf-8")
    assert "SIL Open Font License" in licence and "Adobe" in licence
