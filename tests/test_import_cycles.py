"""No import cycle: the modules of giamngheo import one another in one direction only (issue 16).

The graph is read from the sources: every top-level ``import`` and ``from … import`` between giamngheo's modules
(an import inside a function, or under ``if TYPE_CHECKING``, is deliberately late and is left out). ``from package
import module`` is an edge to the module, not to the package's ``__init__``. The test fails on any cycle, naming it.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"


def modules(root: Path = SRC) -> dict[str, Path]:
    found = {}
    for path in root.rglob("*.py"):
        name = ".".join(path.relative_to(root).with_suffix("").parts)
        found[name.removesuffix(".__init__")] = path
    return found


def graph(found: dict[str, Path]) -> dict[str, set[str]]:
    edges: dict[str, set[str]] = {name: set() for name in found}
    for name, path in found.items():
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                continue
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                subs = [f"{node.module}.{alias.name}" for alias in node.names if f"{node.module}.{alias.name}" in found]
                targets = subs if len(subs) == len(node.names) else [node.module, *subs]
            else:
                continue
            edges[name].update(t for t in targets if t in found and t != name)
    return edges


def reachable(edges: dict[str, set[str]], start: str) -> set[str]:
    """Every module ``start`` imports, directly or through others."""
    seen: set[str] = set()
    todo = list(edges[start])
    while todo:
        node = todo.pop()
        if node not in seen:
            seen.add(node)
            todo.extend(edges.get(node, ()))
    return seen


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The groups of modules that import one another round a cycle, each sorted."""
    reach = {node: reachable(edges, node) for node in edges}
    groups = {
        tuple(sorted(other for other in reach[node] if node in reach[other])) for node in edges if node in reach[node]
    }
    return sorted(list(group) for group in groups)


def test_the_scanner_finds_a_planted_cycle() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_the_graph_is_read() -> None:
    edges = graph(modules())
    assert "giamngheo._model" in edges["giamngheo.standards.decree_07_2021"]
    assert len(edges) > 100


@pytest.mark.parametrize("package", ["giamngheo"])
def test_no_module_imports_itself_round_a_cycle(package: str) -> None:
    edges = graph({name: path for name, path in modules().items() if name.startswith(package)})
    assert cycles(edges) == []
