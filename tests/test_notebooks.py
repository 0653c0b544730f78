"""Every notebook in examples/notebooks runs, cell after cell, without a Jupyter kernel.

The code cells of a notebook are executed in order in one namespace with ``exec``, as a kernel would run them;
IPython-only lines (``%magic``, ``!shell``) are skipped. A notebook ends with a non-empty ``table`` (its result),
and is stored without outputs.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest

NOTEBOOKS = sorted((Path(__file__).resolve().parents[1] / "examples" / "notebooks").glob("*.ipynb"))


def code_cells(notebook: Path) -> list[str]:
    """The source of each code cell, without its IPython-only lines."""
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    sources = ["".join(c["source"]) for c in cells if c["cell_type"] == "code"]
    return [
        "\n".join(line for line in source.splitlines() if not line.lstrip().startswith(("%", "!")))
        for source in sources
    ]


def test_there_are_notebooks():
    assert 1 <= len(NOTEBOOKS)


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebook_runs(notebook, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # what a notebook writes to a temp dir lands here
    namespace: dict[str, object] = {"__name__": "__main__"}
    for i, source in enumerate(code_cells(notebook), 1):
        exec(compile(source, f"{notebook.name}, code cell {i}", "exec"), namespace)  # noqa: S102 - our own notebooks
    table = namespace.get("table")
    assert table is not None, "the notebook ends without a `table`"
    assert 0 < len(table)
    assert capsys.readouterr().out.strip()


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebook_is_stored_without_outputs(notebook):
    data = json.loads(notebook.read_text(encoding="utf-8"))
    assert 4 == data["nbformat"]
    for cell in data["cells"]:
        assert cell["cell_type"] in {"markdown", "code"}
        if cell["cell_type"] == "code":
            assert [] == cell["outputs"]
            assert cell["execution_count"] is None
