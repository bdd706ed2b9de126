"""Every notebook runs top to bottom on a python3 kernel, so none of them rots."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import REPO

nbformat = pytest.importorskip("nbformat", reason="notebook tests need the test extra")
nbclient = pytest.importorskip("nbclient", reason="notebook tests need the test extra")

NOTEBOOKS = sorted((REPO / "notebooks").glob("*.ipynb"))
#: Seconds one cell may take; the batch over the corpus is the slowest.
CELL_TIMEOUT = 120


def test_there_are_notebooks() -> None:
    assert NOTEBOOKS, "notebooks/*.ipynb: none found"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_runs_top_to_bottom(
    path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SEC8K_NOTEBOOK_OUT", str(tmp_path / "out"))
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    notebook = nbformat.read(path, as_version=4)
    client = nbclient.NotebookClient(
        notebook,
        timeout=CELL_TIMEOUT,
        kernel_name="python3",
        resources={"metadata": {"path": str(path.parent)}},
    )
    client.execute()  # raises CellExecutionError, naming the cell, if any cell fails
    outputs = [output for cell in notebook.cells for output in cell.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    if path.stem == "acquisitions":
        assert any("image/png" in o.get("data", {}) for o in outputs), "the chart is missing"
        text = "".join(o.get("text", "") for o in outputs)
        assert "check:" in text and ": ok" in text
        assert "officer changes in" in text, "the officer changes section is missing"
        tables = "".join(o.get("data", {}).get("text/plain", "") for o in outputs)
        assert "period_label" in tables and "entries" in tables, "the fees tables are missing"
