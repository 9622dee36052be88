"""What a screen reader receives: a client of the real AT-SPI bus, run by the *system* python3
(libatspi through pyatspi, the library Orca uses), outside the app. Used by test_atspi_bus.py.

Reads one command a line on stdin and answers one JSON line on stdout:
  tree <pid>   every object of that application's tree that is showing (with its role, name,
               states, extents and object locale: Accessible.GetLocale)
  window <pid> <name>  the same, of that application's top-level windows named <name> only
  tops <pid>   role, name and states of that application's top-level windows
  events [T]   the focus and announcement events received since the last call, and a
               notification or alert becoming showing or hidden; with T, first wait (at most
               WAIT_SECONDS) until an event whose type starts with T has come
  quit
Prints {"ready": true} once its event listeners are registered.
"""

from __future__ import annotations

import json
import sys
from typing import Any

import pyatspi  # type: ignore[import-not-found]  # only in the system python (python3-pyatspi)
from gi.repository import Atspi, GLib  # type: ignore[import-not-found]

WAIT_SECONDS = 60.0  # a deadline for `events T`, not a timing check
MAX_OBJECTS = 4000  # a bound on one walk (a page has a few hundred)
LISTS = {"table", "tree table", "list", "list box", "tree"}  # rows are walked only a little
EVENTS = ("focus:", "object:state-changed:focused", "object:announcement",
          "object:state-changed:showing")
SHOWN_ROLES = {"notification", "alert"}  # what a screen reader speaks on showing (Orca 43:
# scripts/default.py onShowingChanged); every other widget shown is not recorded (many, slow)

received: list[dict[str, object]] = []


def describe(acc: Any) -> dict[str, object]:
    """One object as the bus gives it (each field is a D-Bus call into the app)."""
    found: dict[str, object] = {"role": "", "name": ""}
    try:
        found["role"], found["name"] = str(acc.getRoleName()), str(acc.name or "")
        found["description"] = str(acc.description or "")
        found["states"] = sorted(str(pyatspi.stateToString(s)) for s in acc.getState().getStates())
        found["locale"] = str(acc.get_object_locale() or "")
        box = acc.get_extents(pyatspi.DESKTOP_COORDS)
        found["extents"] = [int(box.x), int(box.y), int(box.width), int(box.height)]
    except GLib.GError as error:  # the object went away while it was read
        found["error"] = str(error.message)
    return found


def application(pid: int) -> Any:
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        app = desktop.getChildAtIndex(index)
        if app is not None and app.get_process_id() == pid:
            return app
    return None


def walk(app: Any) -> list[dict[str, object]]:
    """Depth first, into showing objects only (a hidden page of a stack is not read)."""
    found: list[dict[str, object]] = []
    stack: list[tuple[Any, str]] = [(app, "")]
    while stack and len(found) < MAX_OBJECTS:
        acc, path = stack.pop()
        node = describe(acc)
        node["path"] = path
        found.append(node)
        states = node.get("states", [])
        if acc is not app and isinstance(states, list) and "showing" not in states:
            continue
        count = acc.childCount
        if node["role"] in LISTS:  # a table: its column headers and first rows
            count = min(count, 40 if "table" in str(node["role"]) else 5)
        children = [acc.getChildAtIndex(i) for i in range(count)]
        stack.extend((child, f"{path}/{i}") for i, child in reversed(list(enumerate(children)))
                     if child is not None)
    return found


def top_levels(app: Any, name: str, walked: bool) -> list[dict[str, object]]:
    """The top-level windows named `name`, walked (or all of them, described only)."""
    found: list[dict[str, object]] = []
    for index in range(app.childCount):
        top = app.getChildAtIndex(index)
        if top is None:
            continue
        if not walked:
            found.append({**describe(top), "path": f"/{index}"})
        elif str(top.name or "") == name:
            found.extend({**node, "path": f"/{index}{node['path']}"} for node in walk(top))
    return found


def on_event(event: Any) -> None:
    if str(event.type).startswith("object:state-changed:showing"):
        try:
            if event.source is None or str(event.source.getRoleName()) not in SHOWN_ROLES:
                return
        except GLib.GError:
            return
    entry: dict[str, object] = {"type": str(event.type), "detail1": int(event.detail1)}
    if str(event.type).startswith("object:announcement"):
        entry["text"] = str(event.any_data)
    if event.source is not None:
        entry.update(describe(event.source))
    received.append(entry)


def wait_for(kind: str) -> None:
    """Let the events the app has sent arrive (the bus may be slower than the app's stdout)."""
    context = GLib.MainContext.default()
    deadline = GLib.get_monotonic_time() + int(WAIT_SECONDS * 1_000_000)
    while (not any(str(e["type"]).startswith(kind) for e in received)
           and GLib.get_monotonic_time() < deadline):
        if not context.iteration(False):
            GLib.usleep(10_000)
    for _ in range(200):  # and whatever came with it (bounded: some source may always be ready)
        if not context.iteration(False):
            break


def answer(value: object) -> None:
    print(json.dumps(value), flush=True)


def on_command(_source: object, _condition: object) -> bool:
    line = sys.stdin.readline()
    words = line.split()
    if not words or words[0] == "quit":
        pyatspi.Registry.stop()
        return False
    if words[0] == "tree":
        app = application(int(words[1]))
        answer({"tree": walk(app) if app is not None else None})
    elif words[0] in ("window", "tops"):
        app = application(int(words[1]))
        name = line.split(None, 2)[2].strip() if words[0] == "window" else ""
        answer({words[0]: None if app is None else top_levels(app, name, words[0] == "window")})
    elif words[0] == "events":
        if len(words) > 1:
            wait_for(words[1])
        answer({"events": list(received)})
        received.clear()
    else:
        answer({"error": f"unknown command {words[0]}"})
    return True


def main() -> None:
    # Pages change between walks: every answer comes from the app, none from libatspi's cache.
    pyatspi.Registry.getDesktop(0).set_cache_mask(Atspi.Cache.NONE)
    # A loaded machine may keep the app from answering within libatspi's 0.8 s ("The process
    # appears to be hung"): wait longer, as a deadline, not a timing check.
    Atspi.set_timeout(20_000, 60_000)
    pyatspi.Registry.registerEventListener(on_event, *EVENTS)
    GLib.io_add_watch(sys.stdin.fileno(), GLib.IO_IN | GLib.IO_HUP, on_command)
    answer({"ready": True})
    pyatspi.Registry.start()


if __name__ == "__main__":
    main()
