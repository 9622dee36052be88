#!/usr/bin/env python3
"""Write questionnaires/schema.json from the format described in aisafe_desktop.core.schema."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from aisafe_desktop.core.json_schema import build_json_schema

TARGET = Path(__file__).resolve().parent.parent / "questionnaires" / "schema.json"


def render() -> str:
    return json.dumps(build_json_schema(), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    TARGET.write_text(render(), encoding="utf-8")
    print(f"wrote {TARGET}", file=sys.stderr)
