"""Stable addresses for every translatable text of a questionnaire document.

A questionnaire keeps English (and Malay) inline; every other language lives beside it in a
translation file, `questionnaires/translations/<questionnaire-id>.<language>.yaml`, that maps an
address to a text. An address is the path from the document's root to a text mapping, its parts
joined by "/": mapping keys as they are, list items by their `id` when they have one (so adding a
question does not move the others), otherwise by their position.

    title
    sections/governance/questions/ai-owner/options/yes/label

A text mapping is a mapping whose keys are all language codes and which has the default language.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from aisafe_desktop.core.model import LANGUAGE_NAMES

SEPARATOR = "/"


def is_text(node: Any, default_language: str) -> bool:
    """True for a {language: text} mapping (the form every translatable text takes)."""
    return (isinstance(node, dict) and default_language in node
            and all(key in LANGUAGE_NAMES and isinstance(value, str)
                    for key, value in node.items()))


def item_part(index: int, item: Any) -> str:
    """A list item's part of an address: its `id` when it has one, else its position."""
    if isinstance(item, dict) and isinstance(item.get("id"), str):
        return str(item["id"])
    return str(index)


def child_address(prefix: str, part: str) -> str:
    return f"{prefix}{SEPARATOR}{part}" if prefix else part


def text_nodes(document: Any, default_language: str = "en"
               ) -> Iterator[tuple[str, dict[str, str]]]:
    """Every (address, text mapping) of a document, in document order."""
    stack: list[tuple[str, Any]] = [("", document)]
    while stack:
        prefix, node = stack.pop()
        if is_text(node, default_language):
            yield prefix, node
        elif isinstance(node, dict):
            children = [(child_address(prefix, str(key)), value) for key, value in node.items()]
            stack.extend(reversed(children))
        elif isinstance(node, list):
            children = [(child_address(prefix, item_part(i, item)), item)
                        for i, item in enumerate(node)]
            stack.extend(reversed(children))


def texts_in(document: Any, language: str, default_language: str = "en") -> dict[str, str]:
    """address → text in one language (the source a translator translates from)."""
    return {address: node[language] for address, node in text_nodes(document, default_language)
            if language in node}


def apply_translation(document: Any, language: str, texts: Mapping[str, str],
                      default_language: str = "en") -> list[str]:
    """Add `language` to every text mapping the translation has; return addresses it lacks.

    Addresses in the translation that the document does not have are ignored by this function;
    `unknown_addresses` lists them for a validator.
    """
    missing = []
    for address, node in text_nodes(document, default_language):
        if address in texts:
            node[language] = texts[address]
        elif language not in node:
            missing.append(address)
    return missing


def unknown_addresses(document: Any, texts: Mapping[str, str],
                      default_language: str = "en") -> list[str]:
    known = {address for address, _ in text_nodes(document, default_language)}
    return [address for address in texts if address not in known]
