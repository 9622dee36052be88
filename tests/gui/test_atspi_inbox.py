"""The agency inbox window and its dialogs, as a screen reader receives them over the real AT-SPI
bus (as test_atspi_dialogs.py: one app process, the interface in Malay, reports received first).

The window: every showing focusable object has a name (the filters too); the table is named and
each of its column headers has a name; Tab goes round the whole window and every focus event is
on a showing, visible, named, non-empty object. Each dialog: as in test_atspi_dialogs.py.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.gui.test_atspi_bus import FOCUSED, Node, focus_problems, showing
from tests.gui.test_atspi_dialogs import Bus, check_dialog, cycle_problems, start_bus

HEADERS = {"column header", "table column header"}


@pytest.fixture(scope="module")
def bus(tmp_path_factory: pytest.TempPathFactory, qm_dir: Path) -> Iterator[Bus]:
    from tests.services.inbox_support import make_reports

    tmp = tmp_path_factory.mktemp("atspi-inbox")
    reports = make_reports(tmp / "submissions")
    for made in start_bus(tmp, qm_dir):
        opened = json.loads(made.app.do(f"inbox {reports.folder / 'received'}"))
        made.inbox_title = opened["title"]  # type: ignore[attr-defined]
        yield made


def window_problems(tree: list[Node]) -> list[str]:
    top = tree[0]
    found = [f"inbox: {n['role']} at {n['path']} could not be read: {n['error']}"
             for n in tree if "error" in n]
    if top["role"] != "frame" or not top["name"].strip():
        found.append(f"inbox: the window is a {top['role']} named '{top['name']}'")
    for node in showing(tree[1:]):
        if ("focusable" in node["states"] and not node["name"].strip()
                and node["role"] != "table cell"):  # an empty cell: "blank", under its column
            found.append(f"inbox: focusable {node['role']} at {node['path']} has no name")
    tables = [n for n in showing(tree) if n["role"] == "table"]
    if not tables:
        found.append("inbox: no table is showing")
    for table in tables:
        if not table["name"].strip():
            found.append(f"inbox: the table at {table['path']} has no name")
        headers = [n for n in tree if n["path"].rsplit("/", 1)[0] == table["path"]
                   and n["role"] in HEADERS]
        if len(headers) < 3:
            found.append(f"inbox: the table has {len(headers)} column headers on the bus")
        found += [f"inbox: column header {n['path']} has no name" for n in headers
                  if not n["name"].strip()]
    return found


def test_the_inbox_window_over_the_atspi_bus(bus: Bus) -> None:
    title = bus.inbox_title  # type: ignore[attr-defined]
    bus.app.do("target inbox")  # active again after a dialog (tests run in any order)
    problems = window_problems(bus.window(title))
    bus.reader.events()
    problems += cycle_problems(json.loads(bus.app.do("cycle")), "inbox")
    problems += focus_problems(bus.reader.events(FOCUSED), "inbox")
    assert not problems, "\n".join(problems)


DIALOGS = {  # opener: whether the dialog shows a heading
    "report": False,
    "comment": False,
    "receipt-make": False,
    "dashboard": False,
    "inbox-settings": False,
    "password": False,
}


@pytest.mark.parametrize("opener", list(DIALOGS))
def test_an_inbox_dialog_over_the_atspi_bus(bus: Bus, opener: str) -> None:
    bus.app.do("target inbox")
    problems = check_dialog(bus, f"dialog {opener}", DIALOGS[opener])
    assert not problems, "\n".join(problems)
