"""The one op helper: work runs on the pool thread, callbacks on the UI thread, errors go to the
presenter, and no screen calls the workspace on the UI thread any more."""

from __future__ import annotations

import ast
import threading
from pathlib import Path

from PySide6.QtWidgets import QPushButton

from aisafe_desktop.gui.ops import op

GUI = Path(__file__).resolve().parents[2] / "src" / "aisafe_desktop" / "gui"


def test_op_runs_off_the_ui_thread_and_reports_back_on_it(qtbot, make_window, paths) -> None:  # type: ignore[no-untyped-def]
    window = make_window(paths)
    ui_thread = threading.get_ident()
    seen: dict[str, int] = {}
    button = QPushButton()

    def work(ws):  # type: ignore[no-untyped-def]
        seen["work"] = threading.get_ident()
        return ws.list_assessments()

    def done(rows) -> None:  # type: ignore[no-untyped-def]
        seen["success"] = threading.get_ident()
        seen["enabled"] = int(button.isEnabled())

    op(window.ctx, work).success(done).disabling(button).run()
    assert not button.isEnabled()  # no second click while it runs
    qtbot.waitUntil(lambda: "success" in seen, timeout=10000)
    assert seen["work"] != ui_thread and seen["success"] == ui_thread and seen["enabled"] == 1


def test_op_failure_goes_to_its_handler_or_to_the_presenter(qtbot, make_window, paths) -> None:  # type: ignore[no-untyped-def]
    window = make_window(paths)
    caught: list[BaseException] = []
    op(window.ctx, lambda ws: ws.open_assessment(999)).failure(caught.append).run()
    qtbot.waitUntil(lambda: bool(caught), timeout=10000)
    assert type(caught[0]).__name__ == "AssessmentNotFound"
    op(window.ctx, lambda ws: ws.open_assessment(998)).run()
    qtbot.waitUntil(lambda: "998" in window.ctx.errors.last_text, timeout=10000)
    for box in list(window.ctx.errors.dialogs):
        box.close()


def test_no_screen_calls_the_workspace_outside_an_op() -> None:
    """`ctx.ws.<call>(...)` on the UI thread is what froze the window: only previews (the
    developer's sample windows: preview.py and each module's `preview()`) may."""
    offenders = []
    for source in sorted(GUI.glob("*.py")):
        if source.name == "preview.py":
            continue
        tree = ast.parse(source.read_text("utf-8"))
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef) or function.name == "preview":
                continue
            for node in ast.walk(function):
                if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                    owner = node.func.value
                    if isinstance(owner, ast.Attribute) and owner.attr in {"ws", "workspace"} \
                            and node.func.attr not in {"close", "catalogue"}:
                        offenders.append(f"{source.name}:{node.lineno} {ast.unparse(node)[:60]}")
    assert not offenders, "\n".join(offenders)


def test_no_screen_hands_the_workspace_to_the_task_runner_itself() -> None:
    """Workspace work goes through `op` (one failure path, widgets disabled while it runs, the
    workspace taken when asked): a `tasks.run(...)` whose work touches `ws` bypasses it."""
    offenders = []
    for source in sorted(GUI.glob("*.py")):
        if source.name in {"ops.py", "tasks.py", "preview.py"}:
            continue
        for outer in ast.walk(ast.parse(source.read_text("utf-8"))):
            if not isinstance(outer, ast.FunctionDef):
                continue
            local = {f.name: f for f in outer.body if isinstance(f, ast.FunctionDef)}
            for node in ast.walk(outer):
                if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                        and node.func.attr == "run" and isinstance(node.func.value, ast.Attribute)
                        and node.func.value.attr == "tasks" and node.args):
                    continue
                work: ast.AST = node.args[0]
                if isinstance(work, ast.Name) and work.id in local:
                    work = local[work.id]  # a local function: what its body touches
                touched = {n.id for n in ast.walk(work) if isinstance(n, ast.Name)} | \
                    {n.attr for n in ast.walk(work) if isinstance(n, ast.Attribute)}
                if touched & {"ws", "workspace"}:
                    offenders.append(f"{source.name}:{node.lineno} {ast.unparse(node)[:70]}")
    assert not offenders, "\n".join(sorted(set(offenders)))
