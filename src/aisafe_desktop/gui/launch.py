"""`aisafe-desktop`: start the app. The window is shown first; the data (SQLAlchemy, migrations,
backups, questionnaires) opens right after, on a pool thread, so start-up feels instant.

AISAFE_SMOKE_TEST=1 prints "main window shown" after the first show and exits 0 (installer checks).
AISAFE_SMOKE_TEST=home opens the data too and prints "home shown with N assessments (cpu S s)"
once Home is painted with its newest rows, "home complete with N assessments (cpu S s)" once it
is painted with all of them (N > 0), then exits 0 (benchmarks/bench_startup.py).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from aisafe_desktop import __version__
from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.gui import fonts
from aisafe_desktop.gui.context import AppContext
from aisafe_desktop.gui.errors import ErrorPresenter
from aisafe_desktop.gui.i18n import Translations
from aisafe_desktop.gui.module_sources import stop_caching_module_sources
from aisafe_desktop.gui.tasks import TaskRunner
from aisafe_desktop.gui.ui_state import UiState

SMOKE_ENV = "AISAFE_SMOKE_TEST"


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="aisafe-desktop", description="AISafe Desktop: "
                                     "offline AI risk and governance self-assessments.")
    parser.add_argument("--data-dir", metavar="DIR", help="keep all data in this folder "
                        "(default: the platform's user data folder, or $AISAFE_DATA_DIR)")
    parser.add_argument("--version", action="version", version=f"aisafe-desktop {__version__}")
    known, _qt_args = parser.parse_known_args(argv)
    return known


def build_context(app: QApplication, paths: AppPaths, *, translations_dir: Path | None = None,
                  install_excepthook: bool = True, style_later: bool = False) -> AppContext:
    """`style_later`: the caller calls `finish_style` once the first window is shown (`main`);
    until then the colours are set, not the style."""
    from aisafe_desktop.services.settings import load_settings

    stop_caching_module_sources()  # before SQLAlchemy and the services are imported
    settings = load_settings(paths)
    errors = ErrorPresenter(paths.log_dir)
    if install_excepthook:
        errors.install()
    fonts.load_ui_font(language=settings.language)
    if not style_later:
        finish_style(app, settings.colours)
    else:
        from aisafe_desktop.gui.theme import ColourScheme, apply_colours

        apply_colours(app, ColourScheme(settings.colours))  # the first frame in its colours
    fonts.apply_text_scale(app, settings.text_scale)
    translations = Translations(app, translations_dir)
    translations.switch(settings.language)
    return AppContext(app=app, paths=paths, settings=settings, translations=translations,
                      errors=errors, tasks=TaskRunner(errors.present), ui_state=UiState.load(
                          paths.config_dir))


def finish_style(app: QApplication, colours: str) -> None:
    """The accessibility interfaces of our own widgets (headings, question cards), the design
    style (layout metrics from the spacing scale, indicators and frames drawn for dark palettes)
    and the focus ring's style sheet. `main` sets them up right after the first show: the
    style's Python methods, called for every metric and primitive, make PySide set up the enums
    of each style option (~5 ms), and the first frame (the loading page: one centred label and
    the toolbar, no heading) is drawn the same without them."""
    from aisafe_desktop.gui import a11y
    from aisafe_desktop.gui.design import install_style
    from aisafe_desktop.gui.theme import FOCUS_RING, ColourScheme, apply_colours

    a11y.install()
    install_style(app)  # before the style sheet, which wraps the application's style
    apply_colours(app, ColourScheme(colours))  # "system": the platform's light or dark
    if FOCUS_RING not in app.styleSheet():
        app.setStyleSheet(app.styleSheet() + FOCUS_RING)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    app = QApplication.instance() or QApplication([sys.argv[0], *(argv or [])])
    assert isinstance(app, QApplication)
    app.setApplicationName("AISafe Desktop")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("aisafe-desktop")
    try:
        paths = AppPaths.resolve(args.data_dir).ensure()
    except OSError as error:
        print(f"aisafe-desktop: cannot use the data folder: {error}", file=sys.stderr)
        return 2
    ctx = build_context(app, paths, style_later=True)
    from aisafe_desktop.gui.main_window import MainWindow

    window = MainWindow(ctx)
    window.show()
    if os.environ.get(SMOKE_ENV) == "1":
        app.processEvents()
        stream = sys.stdout or sys.__stdout__  # None in a windowed build without a console
        if stream is not None:
            print("main window shown", file=stream, flush=True)
        return 0
    if os.environ.get(SMOKE_ENV) == "home":
        window.home_painted.connect(lambda rows, complete: _home_shown(app, rows, complete))

    def after_first_show() -> None:
        finish_style(app, ctx.settings.colours)
        window.start()

    QTimer.singleShot(0, after_first_show)
    return app.exec()


def _home_shown(app: QApplication, rows: int, complete: bool) -> None:
    import time

    print(f"home {'complete' if complete else 'shown'} with {rows} assessments "
          f"(cpu {time.process_time():.4f} s)", flush=True)
    if complete:
        app.exit(0)


if __name__ == "__main__":
    sys.exit(main())
