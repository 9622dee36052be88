"""What a screen reader really receives, read over the real AT-SPI bus from outside the app.

The app runs in its own process on its own X server (Xvfb) and D-Bus session bus, with Qt's
AT-SPI bridge on (the a11y bus and registry are started by the session bus, as on a desktop).
A second process, the system python3 with pyatspi (libatspi, what Orca uses), walks the tree and
listens for focus and announcement events. Checked, with the interface in Malay and a
questionnaire in English:
- every focusable object that is showing has a name; focus never lands on a hidden or empty one;
- a choice question is named once on the way to its options (the card), not by a second group
  or the option's description (Orca 43 said it three times);
- each page has a heading (the walk-through's section title, the result on Results);
- Accessible.GetLocale: "en" on the question cards and the section's text, "ms" elsewhere;
- status changes (the save status, the signed report's file and fingerprint, a passphrase
  problem in a dialog) arrive as what Orca 43
  speaks without a focus change: a notification object named with the message becoming showing
  (Orca's scripts/default.py onShowingChanged), and never also as an `object:announcement`
  (which a newer Orca speaks too: the message would be said twice);
- on arriving at Results the focus is on the result heading, and the result is not announced
  again (the focus says it).

Needs Xvfb, dbus-daemon, at-spi2-core and python3-pyatspi (tools/bootstrap.py installs them for
the test command). Without them the test is skipped on a developer machine and fails under CI.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import shutil
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
READER = Path(__file__).with_name("atspi_reader.py")
SYSTEM_PYTHON = "/usr/bin/python3"
STEP_SECONDS = 300.0  # a deadline per step (the machine may be loaded), not a timing assertion
FOCUSED, ANNOUNCED = "object:state-changed:focused", "object:announcement"
SHOWN = "object:state-changed:showing"  # the reader records it for notifications and alerts
QUESTION = "Does the system use AI?"  # the sample questionnaire's first question, in English

Node = dict[str, Any]


def missing_parts() -> str | None:
    """Why the bus cannot be started here (None: it can)."""
    for tool in ("Xvfb", "dbus-daemon"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed"
    if not Path("/usr/share/dbus-1/services/org.a11y.Bus.service").exists():
        return "at-spi2-core is not installed (no org.a11y.Bus service)"
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True,
                           check=False) if Path(SYSTEM_PYTHON).exists() else None
    if probe is None or probe.returncode != 0:
        return "python3-pyatspi is not installed for the system python3"
    return None


class Child:
    """A process whose stdout lines are read by a thread, so every read has a deadline."""

    def __init__(self, name: str, command: list[str], env: dict[str, str],
                 pass_fds: tuple[int, ...] = ()) -> None:
        self.name = name
        self.process = subprocess.Popen(command, cwd=ROOT, env=env, stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, text=True, pass_fds=pass_fds,
                                        start_new_session=True)
        self.lines: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._relay, daemon=True).start()

    def _relay(self) -> None:
        stream = self.process.stdout
        assert stream is not None
        for line in stream:
            self.lines.put(line.rstrip("\n"))
        self.lines.put(None)

    def read(self, what: str) -> str:
        try:
            line = self.lines.get(timeout=STEP_SECONDS)
        except queue.Empty:
            raise AssertionError(f"{self.name}: no answer to '{what}' within the "
                                 f"{STEP_SECONDS:.0f} s deadline") from None
        if line is None:
            raise AssertionError(f"{self.name} ended (exit {self.process.wait()}) during '{what}'")
        return line

    def send(self, line: str) -> None:
        stdin: IO[str] | None = self.process.stdin
        assert stdin is not None
        stdin.write(line + "\n")
        stdin.flush()

    def stop(self) -> None:
        if self.process.poll() is None:
            try:
                self.send("quit")
                self.process.wait(timeout=10)
            except (OSError, subprocess.TimeoutExpired):
                pass
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)  # its own session: only what it started
            self.process.wait(timeout=10)


class Session:
    """Xvfb + a D-Bus session bus + the app + the reader; every process is ended at close."""

    def __init__(self, tmp: Path, qm_dir: Path) -> None:
        self.tmp, self.qm_dir = tmp, qm_dir
        self.servers: list[subprocess.Popen[bytes]] = []
        self.children: list[Child] = []

    def _server(self, command: list[str], what: str, env: dict[str, str]) -> str:
        """Start a server that writes one line (its display or address) to a pipe we give it."""
        read_end, write_end = os.pipe()
        arguments = [a.replace("{fd}", str(write_end)) for a in command]
        server = subprocess.Popen(arguments, pass_fds=(write_end,), env=env,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                  start_new_session=True)
        self.servers.append(server)
        os.close(write_end)
        found: queue.Queue[str] = queue.Queue()

        def first_line() -> None:
            with os.fdopen(read_end, "r") as pipe:
                found.put(pipe.readline().strip())

        threading.Thread(target=first_line, daemon=True).start()
        try:
            line = found.get(timeout=STEP_SECONDS)
        except queue.Empty:
            line = ""
        if not line:
            raise RuntimeError(f"{what} did not start (exit {server.poll()})")
        return line

    def start(self) -> dict[str, str]:
        runtime = self.tmp / "runtime"  # the a11y bus's socket goes here: runs never share it
        runtime.mkdir(mode=0o700)
        env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "AT_SPI"))}
        env.update(XDG_RUNTIME_DIR=str(runtime), GTK_A11Y="none")
        display = self._server(["Xvfb", "-displayfd", "{fd}", "-screen", "0", "1366x768x24",
                                "-nolisten", "tcp"], "Xvfb", env)
        env.update(DISPLAY=f":{display}")  # the bus starts the AT-SPI bus and registry with it
        address = self._server(["dbus-daemon", "--session", "--nofork", "--nopidfile",
                                "--print-address={fd}"], "the D-Bus session bus", env)
        env.update(DBUS_SESSION_BUS_ADDRESS=address, QT_QPA_PLATFORM="xcb",
                   QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1",
                   PYTHONPATH=str(ROOT))
        return env

    def child(self, name: str, command: list[str], env: dict[str, str]) -> Child:
        made = Child(name, command, env)
        self.children.append(made)
        return made

    def close(self) -> None:
        for made in reversed(self.children):
            made.stop()
        for server in reversed(self.servers):  # the bus first, then the X server
            if server.poll() is None:
                server.terminate()
                try:
                    server.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    server.kill()
                    server.wait(timeout=10)
            # What the bus started (AT-SPI bus, registry) is in its process group; they normally
            # end with the bus already (then the group is gone).
            with contextlib.suppress(ProcessLookupError):
                os.killpg(server.pid, signal.SIGTERM)


class Reader:
    def __init__(self, child: Child) -> None:
        self.child = child
        assert json.loads(child.read("start")) == {"ready": True}

    def ask(self, command: str) -> Any:
        self.child.send(command)
        return json.loads(self.child.read(command))

    def tree(self, pid: int) -> list[Node]:
        found = self.ask(f"tree {pid}")["tree"]
        assert found is not None, "the app is not on the AT-SPI bus"
        return list(found)

    def events(self, wait_for: str = "") -> list[Node]:
        """The events so far; with `wait_for`, once one of that type has come (or a deadline)."""
        return list(self.ask(f"events {wait_for}".strip())["events"])


class App:
    def __init__(self, child: Child) -> None:
        self.child = child
        self.start = self._ready("start")

    def _ready(self, command: str) -> str:
        line = self.child.read(command)
        assert line.startswith(f"ready {command}"), line
        return line.removeprefix(f"ready {command}").strip()

    def do(self, command: str) -> str:
        self.child.send(command)
        return self._ready(command.split()[0])


def open_bus(tmp: Path, qm_dir: Path, *app_args: str
             ) -> Iterator[tuple[App, Reader, Session, dict[str, str]]]:
    """Xvfb + D-Bus + the app (its data in tmp/data; `app_args`: atspi_app's optional language)
    + the reader. Without the system parts the test fails under CI and is skipped elsewhere."""
    reason = missing_parts()
    if reason is not None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"the AT-SPI bus test cannot run: {reason}")
        pytest.skip(f"the AT-SPI bus test needs system packages: {reason}")
    session = Session(tmp, qm_dir)
    try:
        try:
            env = session.start()
        except RuntimeError as error:
            pytest.fail(f"the AT-SPI bus could not start: {error}")
        reader = Reader(session.child("reader", [SYSTEM_PYTHON, str(READER)], env))
        app = App(session.child("app", [sys.executable, "-m", "tests.gui.atspi_app",
                                        str(tmp / "data"), str(qm_dir), *app_args], env))
        yield app, reader, session, env
    finally:
        session.close()


@pytest.fixture
def bus(tmp_path: Path, qm_dir: Path) -> Iterator[tuple[App, Reader]]:
    for app, reader, _session, _env in open_bus(tmp_path, qm_dir):
        yield app, reader


# -- what is checked --------------------------------------------------------------------------
def showing(tree: list[Node]) -> list[Node]:
    return [n for n in tree if {"showing", "visible"} <= set(n.get("states", []))]


def language(node: Node) -> str:
    return str(node.get("locale", "")).split("_")[0]


def tree_problems(tree: list[Node], page: str) -> list[str]:
    found = [f"{page}: {n['role']} at {n['path']} could not be read: {n['error']}"
             for n in tree if "error" in n]
    for node in showing(tree):
        if "focusable" in node["states"] and not node["name"].strip():
            found.append(f"{page}: focusable {node['role']} at {node['path']} has no name")
    if not any(n["role"] == "heading" for n in showing(tree)):
        found.append(f"{page}: no heading is showing")
    return found


def focus_problems(events: list[Node], page: str) -> list[str]:
    found = []
    focused = [e for e in events if e["type"].startswith(FOCUSED) and e["detail1"] == 1]
    if not focused:
        found.append(f"{page}: no focus event was received")
    for event in focused:
        what = f"{page}: focus on {event['role']} '{event['name']}'"
        if "error" in event:
            found.append(f"{what} could not be read: {event['error']}")
            continue
        states = set(event.get("states", []))
        if not event["name"].strip():
            found.append(f"{what} has no name")
        if not {"showing", "visible"} <= states:
            found.append(f"{what} is not showing ({sorted(states)})")
        width, height = event.get("extents", [0, 0, 0, 0])[2:]
        if width <= 0 or height <= 0:
            found.append(f"{what} has size {width}x{height}")
    return found


def spoken(events: list[Node]) -> list[str]:
    """The messages Orca 43 speaks without a focus change: notifications that became showing."""
    return [str(e.get("name")) for e in events if e["type"].startswith(SHOWN)
            and e["detail1"] == 1 and e.get("role") == "notification"]


def announced(events: list[Node]) -> list[str]:
    return [str(e.get("text")) for e in events if e["type"] == ANNOUNCED]


def under(tree: list[Node], top: Node) -> list[Node]:
    return [n for n in tree if n["path"] == top["path"] or n["path"].startswith(top["path"] + "/")]


def test_what_a_screen_reader_receives_over_the_atspi_bus(bus: tuple[App, Reader]) -> None:
    app, reader = bus
    pid = app.child.process.pid
    home = reader.tree(pid)
    problems = tree_problems(home, "home")
    window = next(n for n in home if n["role"] == "frame")
    assert language(window) == "ms", window  # the Malay interface
    reader.events()
    app.do("tabs 12")
    problems += focus_problems(reader.events(FOCUSED), "home")

    app.do("walk")
    walk = reader.tree(pid)
    problems += tree_problems(walk, "walk-through")
    cards = [n for n in showing(walk) if n["name"] == QUESTION and n["role"] == "panel"]
    assert cards, f"no group named '{QUESTION}' is showing"
    card = under(walk, cards[0])
    content = [n for n in card if n["role"] in ("panel", "radio button") or n["name"] == QUESTION]
    assert {n["role"] for n in content} >= {"panel", "label", "radio button"}, content
    assert {language(n) for n in content} == {"en"}, [(n["name"], n["locale"]) for n in content]
    radio = next(n for n in card if n["role"] == "radio button")
    around = [n for n in walk if radio["path"].startswith(n["path"] + "/")]  # its ancestors
    named = [n["role"] for n in around if n["name"] == QUESTION]
    assert named == ["panel"], named  # the question is read once on the way to an option
    assert QUESTION not in radio["description"], radio  # ... and not again after it
    required = [n for n in card if n["name"] == "Wajib"]  # the interface's own word in a card
    assert required and language(required[0]) == "ms", required
    title = [n for n in showing(walk) if n["role"] == "heading" and n["name"] == "Basics"]
    assert title and language(title[0]) == "en", title  # the section's title is content too
    section = title[0]["path"].rsplit("/", 1)[0]  # the section's content: title, text, cards
    chrome = [n for n in showing(walk) if n["role"] == "push button"
              and not n["path"].startswith(section + "/")]
    assert chrome and {language(n) for n in chrome} == {"ms"}, [
        (n["name"], n["locale"]) for n in chrome]
    reader.events()  # the new-assessment dialog's focus events: it is gone now
    app.do("tabs 10")
    problems += focus_problems(reader.events(FOCUSED), "walk-through")

    saved = app.do("answer")
    assert saved.startswith("Disimpan pada"), saved
    events = reader.events(SHOWN)
    assert saved in spoken(events), events
    assert not announced(events), events  # one way per platform: never said twice

    app.do("results")
    events = reader.events(FOCUSED)
    focused = [e for e in events if e["type"].startswith(FOCUSED) and e["detail1"] == 1]
    assert focused and focused[-1]["role"] == "heading", focused[-1:]
    assert focused[-1]["name"].startswith("Keputusan: "), focused[-1]
    said = spoken(events) + announced(events)
    assert focused[-1]["name"] not in said, said  # the focus says it: once
    problems += tree_problems(reader.tree(pid), "results")

    path, fingerprint = app.do("export").rsplit(" ", 1)  # the signed report's file, said
    events = reader.events(SHOWN)
    said = [text for text in spoken(events) if path in text]
    assert said and fingerprint in said[-1], events
    assert not announced(events), events
    app.do("dismiss")

    app.do("settings")
    problems += tree_problems(reader.tree(pid), "settings")
    reader.events()
    app.do("tabs 12")
    problems += focus_problems(reader.events(FOCUSED), "settings")

    problem = app.do("mismatch")  # a status message in a dialog
    assert problem == "Kedua-dua frasa laluan tidak sama. Taip semula.", problem
    events = reader.events(SHOWN)
    assert problem in spoken(events), events
    assert not announced(events), events
    app.do("dismiss")
    assert not problems, "\n".join(problems)
