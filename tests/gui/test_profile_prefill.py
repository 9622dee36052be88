"""A new readiness assessment opens with the country and size taken from the organisation
profile, each visibly marked as prefilled (in the interface language, for screen readers too)
until the person changes it."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.gui.choice_editors import ChoiceEditor
from aisafe_desktop.services.dto import OrganisationProfile
from tests.gui.conftest import WindowFactory
from tests.gui.driver import click, editor_of, shown_page, start_assessment


def test_prefilled_answers_are_marked_until_changed(
    qtbot: QtBot, make_window: WindowFactory, paths: AppPaths
) -> None:
    window = make_window(paths)
    window.ctx.ws.save_profile(OrganisationProfile("Kedai Harmoni", country="MY", size="small"))
    window.ctx.translations.switch("ms")
    start_assessment(qtbot, window, "asean-ai-governance-readiness", system="Chatbot")
    page = shown_page(window.walkthrough)
    qtbot.waitUntil(lambda: {"p-country", "p-size", "p-org-type"} <= set(page.cards))
    country, size, kind = (page.cards[q] for q in ("p-country", "p-size", "p-org-type"))
    for card in (country, size):
        assert card.answered and card.prefill_note.isVisible()
        assert card.prefill_note.text().startswith("ℹ Diisi terlebih dahulu daripada profil")
        assert "profil organisasi" in card.editor.first_input().accessibleDescription()
    assert not kind.prefill_note.isVisible()  # the profile says nothing about it
    editor = editor_of(country, ChoiceEditor)
    values = [o.value for o in country.question.options]
    assert editor.buttons[values.index("my")].isChecked()
    click(qtbot, editor.buttons[values.index("sg")])  # the person's own answer now
    assert not country.prefill_note.isVisible() and size.prefill_note.isVisible()
    qtbot.waitUntil(lambda: window.ctx.ws.open_assessment(
        window.walkthrough.state.id).prefilled == {"p-size"})  # type: ignore[union-attr]
