"""Write resources/translations/locale.yaml: long dates and number symbols per language, from CLDR.

    pip install babel && python tools/make_locale_table.py   # Babel only here, not at run time

Babel (33 MB installed, a 10 MB wheel) would take setup.exe over its 45 MB budget for the few
facts a report needs, so they are copied once from its CLDR data into a small table that
reporting/locale_format.py reads. English is written the British way (7 December 2026), as in
the rest of the app; Tetum, which CLDR lacks, uses Portuguese (the issue's fallback for Tetum).
Thai dates are Gregorian with the CE era (ค.ศ.): the Buddhist calendar is never used.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml
from babel import Locale

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "translations" / "locale.yaml"
SOURCES = {"en": "en_GB", "ms": "ms", "id": "id", "th": "th", "vi": "vi", "fil": "fil",
           "km": "km", "lo": "lo", "my": "my", "zh": "zh_Hans_SG", "ta": "ta", "tet": "pt",
           "pt": "pt"}


def entry(name: str) -> dict[str, object]:
    locale = Locale.parse(name)
    symbols = locale.number_symbols["latn"]
    months = locale.months["format"]["wide"]
    return {"locale": name, "date": locale.date_formats["long"].pattern,
            "months": [months[m] for m in range(1, 13)],
            "era": locale.eras["abbreviated"][1], "decimal": symbols["decimal"],
            "group": symbols["group"]}


def main() -> int:
    table = {language: entry(name) for language, name in SOURCES.items()}
    header = ("# Long dates and number symbols per language, copied from CLDR (Babel) by\n"
              "# tools/make_locale_table.py; read by reporting/locale_format.py. Do not edit.\n")
    OUT.write_text(header + yaml.safe_dump(table, allow_unicode=True, sort_keys=False,
                                           width=10**9), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
