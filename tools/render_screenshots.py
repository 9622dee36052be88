"""Render every main screen and dialog of the desktop app to docs/screenshots/*.png: English and Malay, at
1366×768 and 1024×600, with 100 % and 200 % text (file names end in -1366x768-100 etc.).

    QT_QPA_PLATFORM=offscreen python tools/render_screenshots.py [--out DIR] [--languages en ms]
        [--sizes 1366x768 1024x600] [--scales 100 200] [--walkthrough-results]

    # the same in the dark colour scheme (docs/screenshots/dark/, same file names):
    QT_QPA_PLATFORM=offscreen python tools/render_screenshots.py --colours dark \
        --out docs/screenshots/dark

    # the walk-through and the results in every language (docs/screenshots/languages/):
    QT_QPA_PLATFORM=offscreen python tools/render_screenshots.py --walkthrough-results \
        --out docs/screenshots/languages --sizes 1366x768 --scales 100 \
        --languages en ms id th vi fil km lo my zh ta tet

Uses a throw-away data folder with the sample data of `aisafe_desktop.gui.preview` and the
translations built by tools/build_translations.py (built into a temporary folder if missing).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt  # noqa: E402
from PySide6.QtGui import QImage  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from aisafe_desktop.gui.context import AppContext  # noqa: E402
from aisafe_desktop.gui.main_window import MainWindow  # noqa: E402
from aisafe_desktop.gui.preview import sample_context  # noqa: E402

SIZE = [1366, 768]  # the variant being rendered (main() sets it)
SUFFIX = [""]  # appended to every file name: "-1366x768-100"
SCALE = [1.0]  # the text size of the variant
ONLY = [False]  # --walkthrough-results: only the walk-through and the results screens
COLOURS = ["light"]  # --colours: the colour scheme (light, dark or high-contrast)


def rescale(app: QApplication) -> None:
    """The variant's text size (building a context applies the saved setting, 100 %)."""
    from aisafe_desktop.gui import fonts
    from aisafe_desktop.gui.design import refresh_spacing
    from aisafe_desktop.gui.theme import ColourScheme, apply_colours
    from aisafe_desktop.gui.widgets import refresh_headings

    fonts.load_other_scripts()  # what MainWindow.start() does after the first show
    fonts.apply_text_scale(app, SCALE[0])
    apply_colours(app, ColourScheme(COLOURS[0]))
    refresh_headings()
    refresh_spacing()


def settle(ctx: AppContext, ms: int = 150) -> None:
    """Let queued events and background tasks finish."""
    end = time.monotonic() + 20
    while ctx.tasks.busy and time.monotonic() < end:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    stop = time.monotonic() + ms / 1000
    while time.monotonic() < stop:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


def save(widget: QWidget, file: Path) -> None:
    file = file.with_name(f"{file.stem}{SUFFIX[0]}{file.suffix}")
    # 256 colours, no dithering: UI screenshots look the same and the files are 4x smaller.
    image = widget.grab().toImage().convertToFormat(
        QImage.Format.Format_Indexed8,
        Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither)
    image.save(str(file), "PNG", 9)
    print(f"{file.relative_to(ROOT) if file.is_relative_to(ROOT) else file}: "
          f"{file.stat().st_size // 1024} KB")


def qm_dir(folder: Path) -> Path:
    """Every catalogue (Malay, and English's plural forms) built into `folder`."""
    tool = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in sorted((ROOT / "resources" / "translations").glob("aisafe_*.ts")):
        subprocess.run([str(tool) if tool.exists() else "pyside6-lrelease", str(ts), "-qm",
                        str(folder / f"{ts.stem}.qm")], check=True, capture_output=True)
    return folder


def window_for(ctx: AppContext) -> MainWindow:
    window = MainWindow(ctx)
    window.show()
    window.resize(*SIZE)
    return window


def shoot_first_run(app: QApplication, lang: str, work: Path, qms: Path, out: Path) -> None:
    from aisafe_desktop.core.paths import AppPaths
    from aisafe_desktop.gui.launch import build_context
    from aisafe_desktop.services.settings import Settings, save_settings

    paths = AppPaths.resolve(work / f"fresh-{lang}").ensure()
    save_settings(paths, Settings(language=lang, colours=COLOURS[0]))
    ctx = build_context(app, paths, translations_dir=qms, install_excepthook=False)
    rescale(app)
    window = window_for(ctx)
    window.start()
    settle(ctx)
    save(window, out / f"first-run-welcome-{lang}.png")
    window.first_run.continue_button.click()
    settle(ctx)
    save(window, out / f"first-run-profile-{lang}.png")
    window.first_run.skip_button.click()
    settle(ctx)
    save(window, out / f"home-empty-{lang}.png")
    window.close()
    ctx.translations.switch("en")  # uninstall this context's translators before the next one


def shoot_main(app: QApplication, lang: str, work: Path, qms: Path, out: Path) -> None:
    ctx = sample_context(app, work / f"sample-{lang}", lang, qms)
    ctx.update_settings(colours=COLOURS[0])  # else "As the system" follows the platform's
    rescale(app)
    window = window_for(ctx)
    window._opened(ctx.workspace)  # the workspace is already open
    settle(ctx)
    if not ONLY[0]:
        save(window, out / f"home-{lang}.png")
        window.new_assessment()
        settle(ctx)
        save(window.new_dialog, out / f"new-assessment-{lang}.png")
        window.new_dialog.reject()
    shoot_walkthrough(ctx, window, lang, out)
    done = [s for s in ctx.ws.list_assessments() if s.status == "completed"]
    completed = next((s for s in done if s.language == lang), done[0])
    state = ctx.ws.open_assessment(completed.id)
    # the sample's completed assessments are in English and Malay: show one in this language
    window.results.show_result(state.id, state.questionnaire, ctx.ws.result(state.id),
                               lang if ONLY[0] else state.language, state.title)
    window.stack.setCurrentWidget(window.results)
    settle(ctx)
    save(window, out / f"results-{lang}.png")
    bar = window.results.scroller.verticalScrollBar()
    bar.setValue(bar.maximum())  # why, what to do next, obligations
    settle(ctx)
    save(window, out / f"results-details-{lang}.png")
    window.show_change_log(completed.id)
    settle(ctx)
    if getattr(window, "change_log_dialog", None) is not None:
        save(window.change_log_dialog, out / f"change-log-{lang}.png")
        window.change_log_dialog.close()
    if ONLY[0]:
        window.close()
        ctx.translations.switch("en")
        return
    shoot_pdf(ctx, window, completed.id, lang, out)
    window.show_settings()
    settle(ctx)
    save(window, out / f"settings-{lang}.png")
    window.show_shortcuts()
    settle(ctx)
    save(window.shortcuts_dialog, out / f"shortcuts-{lang}.png")
    window.shortcuts_dialog.reject()
    window.close()
    ctx.translations.switch("en")


def shoot_walkthrough(ctx: AppContext, window: MainWindow, lang: str, out: Path) -> None:
    q = ctx.ws.catalogue.find("ai-system-risk-triage").questionnaire
    new_id = ctx.ws.create_assessment(q.id, title="Chatbot for the online shop", language=lang)
    first = q.sections[0].questions[0]
    ctx.ws.record_answer(new_id, first.id, first.options[0].value)
    window.open_assessment(new_id)
    settle(ctx)
    page = window.walkthrough.stack.currentWidget()
    cards = page.visible_cards()  # type: ignore[attr-defined]
    for card in cards[:2]:
        if card.guidance_toggle is not None:
            card.guidance_toggle.setChecked(True)
    settle(ctx)
    save(window, out / f"walkthrough-{lang}.png")
    if not ONLY[0]:
        shoot_walkthrough_dialogs(ctx, window, first.id, lang, out)
    window.walkthrough.finish()
    settle(ctx)
    save(window, out / f"walkthrough-missing-{lang}.png")


def shoot_walkthrough_dialogs(ctx: AppContext, window: MainWindow, first: str, lang: str,
                              out: Path) -> None:
    """One answer's history, the provisional "result so far", and a red flag shown at once."""
    walkthrough = window.walkthrough
    walkthrough.show_history(first)
    settle(ctx)
    if getattr(walkthrough, "history_dialog", None) is not None:
        save(walkthrough.history_dialog, out / f"answer-history-{lang}.png")
        walkthrough.history_dialog.close()
    walkthrough.show_result_so_far()
    settle(ctx)
    if getattr(walkthrough, "so_far_box", None) is not None:
        save(walkthrough.so_far_box, out / f"result-so-far-{lang}.png")
        walkthrough.so_far_box.close()
    assert walkthrough.state is not None
    assessment_id = walkthrough.state.id
    ctx.ws.record_answer(assessment_id, "ai-gate", "learns")
    ctx.ws.record_answer(assessment_id, "rf-manipulation", "yes")
    window.open_assessment(assessment_id)
    settle(ctx)
    walkthrough.go_to_question("rf-manipulation")
    settle(ctx)
    save(window, out / f"walkthrough-red-flag-{lang}.png")


def shoot_pdf(ctx: AppContext, window: MainWindow, assessment_id: int, lang: str,
              out: Path) -> None:
    """The export dialog (with one identity), then the verdict on the exported file."""
    import dataclasses

    from aisafe_desktop.services.identities import create_identity, open_identity
    from aisafe_desktop.services.pdf_reports import QuestionnaireRef, export_report

    passphrase = "screenshot only"  # noqa: S105 - a throw-away identity in a temporary folder
    stored = create_identity(None, name="Nurul Aisyah", organisation="Kedai Runcit Harmoni",
                             country="MY", passphrase=passphrase, data_dir=ctx.paths.data_dir)
    from aisafe_desktop.gui.identity_dialogs import CreateIdentityDialog

    create = CreateIdentityDialog(ctx, window)
    create.show()
    settle(ctx)
    save(create, out / f"identity-new-{lang}.png")
    create.close()
    window.export_pdf(assessment_id)
    settle(ctx)
    save(window.reports.export_dialog, out / f"export-{lang}.png")
    window.reports.export_dialog.close()
    state = ctx.ws.open_assessment(assessment_id)
    pdf = ctx.paths.data_dir / "report.pdf"
    profile = ctx.ws.get_profile()
    export_report(QuestionnaireRef(state.questionnaire, state.questionnaire_sha256),
                  ctx.ws.export_answers(assessment_id), open_identity(stored.path, passphrase),
                  pdf, language=lang, profile=dataclasses.asdict(profile) if profile else None)
    window.reports.verify(pdf)
    settle(ctx, 300)
    save(window.reports.verify_dialog, out / f"verify-{lang}.png")
    window.reports.show_answers(window.reports.verify_dialog.verification)  # "Show the answers…"
    settle(ctx, 300)
    if window.reports.answers_dialog is not None:
        save(window.reports.answers_dialog, out / f"verify-answers-{lang}.png")
        window.reports.answers_dialog.close()
    window.reports.verify_dialog.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--languages", nargs="+", default=["en", "ms"])
    parser.add_argument("--sizes", nargs="+", default=["1366x768", "1024x600"])
    parser.add_argument("--scales", nargs="+", type=int, default=[100, 200])
    parser.add_argument("--colours", default="light", choices=["light", "dark", "high-contrast"])
    parser.add_argument("--walkthrough-results", action="store_true",
                        help="only the walk-through and the results screens")
    args = parser.parse_args(argv)
    ONLY[0] = args.walkthrough_results
    COLOURS[0] = args.colours
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory(prefix="aisafe-shots-") as folder:
        work = Path(folder)
        qms = qm_dir(work)
        steps: list[Callable[[QApplication, str, Path, Path, Path], None]] = [
            *([] if ONLY[0] else [shoot_first_run]), shoot_main]
        for size in args.sizes:
            SIZE[:] = [int(n) for n in size.split("x")]
            for scale in args.scales:
                SUFFIX[0] = f"-{size}-{scale}"
                SCALE[0] = scale / 100
                for lang in args.languages:
                    variant = work / f"{size}-{scale}"
                    variant.mkdir(exist_ok=True)
                    for step in steps:
                        step(app, lang, variant, qms, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
