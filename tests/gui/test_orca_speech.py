"""What Orca itself says of the app. Optional and asked for: runs only with AISAFE_TEST_ORCA=1
and Orca 43 installed, and is skipped otherwise (CI too). Orca 43 at times stops handling events
after the synthesized key presses it cannot read (see docs/accessibility.md), so this is a
cross-check run by hand, not a gate.

The same session as test_atspi_bus.py (the app on its own Xvfb and D-Bus session bus, the
interface in Malay, a questionnaire in English), with Orca running headless against it. Orca
writes every utterance to its debug log (`SPEECH OUTPUT: '...'`) even when no speech server
answers, so what it would say is read from there. Checked:
- the save status is spoken without a focus change ("notification Disimpan pada 15:12");
- a question is never said twice in a row (Orca 43 said "Does the system use AI? panel.
  Does the system use AI? panel. Yes. not selected radio button. Does the system use AI? ...").

docs/accessibility.md shows the full before/after speech this test reads.
"""

from __future__ import annotations

import itertools
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.gui.test_atspi_bus import QUESTION, STEP_SECONDS, App, Session, missing_parts

SAID = re.compile(r"SPEECH OUTPUT: '(.*)'\{")


ORCA = Path("/usr/bin/orca")
DEBUG_FILE = "open(args.debug_file, 'w')"  # how Orca 43's launcher opens its debug log
# Orca itself, with its debug log line-buffered (it is block-buffered: what Orca said would
# only be seen once 8 KiB more had been written). Orca is never started with --replace: that
# kills every other Orca of this user on the machine.
LAUNCH = (f"import sys; code = open({str(ORCA)!r}).read().replace({DEBUG_FILE!r}, "
          f"{DEBUG_FILE[:-1] + ', buffering=1)'!r}); sys.argv[0] = {str(ORCA)!r}; "
          f"exec(compile(code, {str(ORCA)!r}, 'exec'))")


def orca_missing() -> str | None:
    if os.environ.get("AISAFE_TEST_ORCA") != "1":
        return "set AISAFE_TEST_ORCA=1 to run it (Orca 43 at times stops handling events)"
    if not ORCA.exists():
        return "Orca is not installed"
    if DEBUG_FILE not in ORCA.read_text("utf-8", errors="replace"):
        return "not the Orca 43 launcher this test knows"
    if subprocess.run(["pgrep", "-x", "orca"], capture_output=True, check=False).returncode == 0:
        return "another Orca is running (Orca starts only once per user)"
    return missing_parts()


def utterances(log: Path) -> list[str]:
    text = log.read_text("utf-8", errors="replace") if log.exists() else ""
    return SAID.findall(text)


def said(log: Path, wanted: str) -> list[str]:
    """Orca's utterances once `wanted` is among them (or the step's deadline has passed)."""
    deadline = time.monotonic() + STEP_SECONDS  # a deadline, not a timing assertion
    while wanted not in (found := utterances(log)) and time.monotonic() < deadline:
        time.sleep(0.2)
    return found


def test_what_orca_says(tmp_path: Path, qm_dir: Path) -> None:
    reason = orca_missing()
    if reason is not None:
        pytest.skip(f"optional: {reason}")  # never a failure: Orca is only a cross-check
    session = Session(tmp_path, qm_dir)
    orca: subprocess.Popen[bytes] | None = None
    log = tmp_path / "orca.log"
    try:
        env = session.start()
        prefs = tmp_path / "orca-prefs"  # Orca's defaults, not the user's settings
        prefs.mkdir()
        with (tmp_path / "orca.out").open("wb") as out:
            orca = subprocess.Popen(["/usr/bin/python3", "-c", LAUNCH, "-u", str(prefs),
                                     "--debug", "--debug-file", str(log)], env=env, stdout=out,
                                    stderr=subprocess.STDOUT, start_new_session=True)
        assert "Screen reader on." in said(log, "Screen reader on."), "Orca did not start"
        app = App(session.child("app", [sys.executable, "-m", "tests.gui.atspi_app",
                                        str(tmp_path / "data"), str(qm_dir)], env))
        app.do("walk")
        said(log, f"{QUESTION} panel.")  # Orca has read the walk-through (it may lag the app)
        saved = app.do("answer")
        found = said(log, f"notification {saved}.")
        assert f"notification {saved}." in found, found[-20:]
        twice = [(a, b) for a, b in itertools.pairwise(found)
                 if QUESTION in a and QUESTION in b]
        assert not twice, twice
    finally:
        if orca is not None and orca.poll() is None:
            os.killpg(orca.pid, signal.SIGTERM)  # its own session: only what it started
            try:
                orca.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(orca.pid, signal.SIGKILL)
                orca.wait(timeout=10)
        session.close()
