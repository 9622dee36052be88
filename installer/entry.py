"""Entry point of both frozen executables; picks the GUI or the CLI by the executable's name.

The PyInstaller spec builds `aisafe-desktop` (windowed) and `aisafe` (console) from this one
script so that they share a single analysis and a single bundle folder.
"""

from __future__ import annotations

import sys
from pathlib import Path


def main() -> int:
    name = Path(sys.executable).stem.lower()
    if name == "aisafe":
        from aisafe_desktop.cli.main import main as cli_main

        return int(cli_main() or 0)
    from aisafe_desktop.gui.launch import main as gui_main

    return int(gui_main() or 0)


if __name__ == "__main__":
    # The inbox verifies files in worker processes; a frozen Windows executable started as such a
    # worker must run the worker, not the app (multiprocessing's "spawn" start method).
    import multiprocessing

    multiprocessing.freeze_support()
    sys.exit(main())
