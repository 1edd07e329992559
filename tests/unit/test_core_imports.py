"""No import circle in `core/` (issue 13): the module graph of the Qt-free core, read from
its top-level imports (TYPE_CHECKING blocks excluded), has no cycle, and no core function
imports another core module to dodge one (the registry loading its built-in types is the
one import that belongs inside a function)."""

from __future__ import annotations

import ast
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "qbsync_desktop" / "core"
ALLOWED_LOCAL = {("qbsync_desktop.core.sync.objects", "qbsync_desktop.core.sync.objects")}


def _module(path: Path) -> str:
    parts = path.relative_to(CORE.parent.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _graph() -> tuple[dict[str, set[str]], list[tuple[str, str]]]:
    modules = {_module(p): p for p in CORE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    local: list[tuple[str, str]] = []
    for name, path in modules.items():
        deps: set[str] = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                continue
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
                "qbsync_desktop.core"
            ):
                assert node.module is not None
                deps.add(node.module)
                deps.update(f"{node.module}.{a.name}" for a in node.names)
            for sub in ast.walk(node) if not isinstance(node, ast.ImportFrom) else ():
                if isinstance(sub, ast.ImportFrom) and (sub.module or "").startswith(
                    "qbsync_desktop.core"
                ):
                    local.append((name, sub.module or ""))
        graph[name] = {d for d in deps if d in modules}
    return graph, [edge for edge in local if edge not in ALLOWED_LOCAL]


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    found: list[list[str]] = []
    state: dict[str, int] = {}
    path: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                found.append([*path[path.index(nxt) :], nxt])
            elif nxt not in state:
                visit(nxt)
        path.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node)
    return found


def test_core_has_no_import_circle() -> None:
    graph, local = _graph()
    assert len(graph) > 40  # the walk found the core
    assert _cycles(graph) == []
    assert local == [], "core functions importing core modules (a hidden circle?)"


def test_the_check_sees_a_circle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == [["a", "b", "c", "a"]]
