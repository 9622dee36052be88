"""`aisafe about`: version, data folder, languages and word breaking of this installation."""

from __future__ import annotations

import argparse
from typing import Any

from aisafe_desktop.cli.output import print_json
from aisafe_desktop.core.paths import AppPaths


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "about", help="what this installation has (for support requests)",
        description="Prints the version, the data folder, the languages and whether Thai, Lao, "
        "Khmer and Burmese lines break between words (ICU). Opens nothing.")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=about)


def about(args: argparse.Namespace) -> int:
    from aisafe_desktop.services.installation import describe_installation

    facts = describe_installation(AppPaths.resolve(args.data_dir))
    if args.json:
        print_json(facts.as_json())
        return 0
    drafts = [code for code, status in facts.languages.items() if status != "reviewed"]
    print(f"AISafe Desktop {facts.version} ({'installed' if facts.installed else 'from source'})")
    print(f"Python {facts.python} on {facts.system}")
    print(f"data folder: {facts.data_folder}")
    print(f"languages: {' '.join(facts.languages)}"
          + (f" (draft translations: {' '.join(drafts)})" if drafts else ""))
    if facts.word_breaking:
        print(f"word breaking: ICU ({facts.word_breaking}): {facts.word_breaking_sample}")
    else:
        print("word breaking: no ICU library found; Thai, Lao, Khmer and Burmese lines break "
              "between letters")
    return 0
