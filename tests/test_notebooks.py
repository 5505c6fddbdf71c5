"""Every notebook runs top to bottom; a broken cell fails the suite."""

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOKS = sorted((Path(__file__).resolve().parent.parent / "notebooks").glob("*.ipynb"))


def test_the_four_notebooks_exist():
    assert [p.stem for p in NOTEBOOKS] == [
        "01_quickstart", "02_compare_articles", "03_quoted_officials", "04_custom_lexicon"
    ]  # fmt: skip


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs(path):
    notebook = nbformat.read(path, as_version=4)
    client = NotebookClient(
        notebook, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
    )
    client.execute()
    errors = [
        o for cell in notebook.cells for o in cell.get("outputs", []) if o.get("output_type") == "error"
    ]
    assert not errors
    if path.stem in ("01_quickstart", "04_custom_lexicon"):
        # An analysed article displays as its text with the evidence highlighted, not as a raw dump.
        html = [o["data"]["text/html"] for cell in notebook.cells for o in cell.get("outputs", [])
                if "text/html" in o.get("data", {})]  # fmt: skip
        assert any('<mark class="hl' in h for h in html)
