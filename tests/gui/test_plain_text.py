"""Outside text is never interpreted as Qt rich text.

A questionnaire, an answers file, a profile and an error message all carry `<img src=PROBE>` in
every text field. The test walks Home, the profile and new-assessment dialogs, every section of the
walk-through, the results, Settings and the error dialogs, rendering each, and proves:
- no label that shows outside text is in a rich-text mode, no tooltip carries raw markup;
- the probe image is never read: neither by Python (`sys.addaudithook` on "open") nor by Qt's
  image loading (its access time, set older than its modification time, would move: relatime).
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from tests.gui.driver import walk_through
from tests.gui.hostile import HOSTILE_ID, assert_nothing_interpreted, make_probe, seed, stop_watching


@pytest.mark.usefixtures("qapp")
def test_hostile_text_is_never_interpreted_anywhere(qtbot, make_window, paths, tmp_path) -> None:  # type: ignore[no-untyped-def]
    probe, markup = make_probe(tmp_path)
    atime = probe.stat().st_atime
    seed(paths, markup)
    try:
        window = make_window(paths)

        def check() -> None:
            assert_nothing_interpreted(probe, atime)

        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.home)
        qtbot.waitUntil(lambda: window.home.model.rowCount() == 1)
        assert "<img" in window.home.org_title.text()  # the text is there, shown literally
        check()

        window.home.edit_profile()
        check()
        for dialog in window.home.findChildren(QWidget):
            if dialog.isWindow() and dialog.isVisible():
                dialog.close()

        window.new_assessment()
        qtbot.waitUntil(lambda: getattr(window, "new_dialog", None) is not None
                        and window.new_dialog.isVisible())
        row = next(i for i, e in enumerate(window.new_dialog.entries)
                   if e.questionnaire.id == HOSTILE_ID)
        window.new_dialog.list.setCurrentRow(row)
        check()
        window.new_dialog.reject()

        assessment_id = window.home.model.rows[0].id
        window.open_assessment(assessment_id)
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.walkthrough, timeout=10000)
        page = window.walkthrough
        for card in page.stack.currentWidget().visible_cards():
            if card.guidance_toggle is not None:
                card.guidance_toggle.setChecked(True)
        check()
        walk_through(qtbot, window)
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.results, timeout=10000)
        check()

        window.show_settings()
        check()

        from aisafe_desktop.core.errors import AisafeError
        from aisafe_desktop.gui.startup import show_startup_error
        from aisafe_desktop.storage.errors import StorageError

        window.ctx.errors.present(AisafeError("bad {thing}", thing=markup))
        window.ctx.errors.present(PermissionError(13, f"denied {markup}", f"/x/{markup}"))
        window.ctx.errors.unexpected(RuntimeError(markup), None)
        box = show_startup_error(window, StorageError(f"cannot open {markup}"), lambda: None,
                                 lambda: None)
        check()
        box.done(0)
        for shown in list(window.ctx.errors.dialogs):
            shown.done(0)
    finally:
        stop_watching()
    assert isinstance(box, QMessageBox)
