"""Fixed wording of the PDF report and the review receipt, per language.

The texts are in resources/translations/texts.<language>.yaml (group `labels`, read by
core.fixed_texts; a key a language lacks is English). Questionnaire content (questions, bands,
recommendations) carries its own translations; these are only the report's headings and captions.
"""

from __future__ import annotations

from aisafe_desktop.core.fixed_texts import fixed_text, has_group


def has_labels(language: str) -> bool:
    """Whether the report's own headings exist in `language` (else they are English)."""
    return has_group("labels", language)


def label(key: str, language: str) -> str:
    return fixed_text("labels", key, language)
