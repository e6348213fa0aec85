"""The overview notebook runs end to end, so it never rots; its PNGs show Chinese text."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from metrics.cli import main

from .conftest import ROOT, SAMPLE

NOTEBOOK = ROOT / "notebooks" / "01_overview.ipynb"
MASKS = ROOT / "notebooks" / "02_masks.ipynb"


@pytest.mark.parametrize("path", [NOTEBOOK, MASKS], ids=lambda p: p.stem)
def test_notebook_is_stored_without_outputs(path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    assert all(not c.get("outputs") for c in nb.cells if c.cell_type == "code")


def _run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, notebook: Path = NOTEBOOK, **parameters: str
) -> None:
    """Execute the notebook as papermill would: a cell after the ``parameters`` cell
    sets the given parameters. Agg comes from the environment, as a test runner sets it."""
    monkeypatch.setenv("MPLBACKEND", "Agg")
    nb = nbformat.read(notebook, as_version=4)
    at = next(i for i, c in enumerate(nb.cells) if "parameters" in c.metadata.get("tags", []))
    lines = "\n".join(f"{k} = {v!r}" for k, v in parameters.items())
    nb.cells.insert(at + 1, nbformat.v4.new_code_cell(lines))
    NotebookClient(
        nb,
        timeout=300,
        kernel_name="python3",
        resources={"metadata": {"path": str(ROOT / "notebooks")}},
    ).execute()


def _extract(tmp_path: Path, files: list[Path]) -> Path:
    """Another output folder: ``metrics extract`` of a copy of some sample reports."""
    reports = tmp_path / "reports"
    reports.mkdir()
    for f in files:
        (reports / f.name).write_bytes(f.read_bytes())
    run = tmp_path / "run"
    assert main(["extract", str(reports), "--out", str(run), "--quiet", "--jobs", "1"]) == 0
    return run


@pytest.mark.parametrize("path", [NOTEBOOK, MASKS], ids=lambda p: p.stem)
def test_notebook_leaves_the_backend_to_jupyter(path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    assert not any("Agg" in c.source for c in nb.cells)  # inline charts in Jupyter
    assert "parameters" in nb.cells[1].metadata.get("tags", [])


def test_notebook_executes_on_the_sample(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _run(tmp_path, monkeypatch, out=str(tmp_path / "out"))
    charts = (
        "masked_share",
        "masked_share_by_section",
        "plan_vs_outcome",
        "year_over_year",
        "completion_by_department",
    )
    for png in (f"{c}.png" for c in charts):
        assert (tmp_path / "out" / png).stat().st_size > 10_000


def test_notebook_loads_another_output_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run = _extract(tmp_path, sorted(SAMPLE.glob("*.txt"))[-2:])
    _run(
        tmp_path, monkeypatch, source=str(run), out=str(tmp_path / "charts"), yoy_metric="投资"
    )
    for chart in ("masked_share", "plan_vs_outcome", "year_over_year"):
        assert (tmp_path / "charts" / f"{chart}.png").stat().st_size > 10_000
    assert not (run / "masked_share.png").exists()  # the output folder is only read


MASK_CHARTS = ("masks_by_section", "masks_by_family", "mask_intervals")


def test_masks_notebook_executes_on_the_sample(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _run(tmp_path, monkeypatch, MASKS, out=str(tmp_path / "out"))
    for png in (f"{c}.png" for c in MASK_CHARTS):
        assert (tmp_path / "out" / png).stat().st_size > 10_000


def test_masks_notebook_loads_another_output_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # two reports with masks and no government work report: the targets table is empty
    run = _extract(tmp_path, sorted(SAMPLE.glob("*.txt"))[:2])
    _run(tmp_path, monkeypatch, MASKS, source=str(run), out=str(tmp_path / "charts"))
    for png in (f"{c}.png" for c in MASK_CHARTS):
        assert (tmp_path / "charts" / png).stat().st_size > 10_000
    assert not any(run.glob("*.png"))  # the output folder is only read


def test_cjk_font_has_the_glyphs() -> None:
    from matplotlib import font_manager
    from matplotlib.ft2font import FT2Font

    from metrics.plots import use_cjk_font

    name = use_cjk_font()
    path = font_manager.findfont(
        font_manager.FontProperties(family=name), fallback_to_default=False
    )
    font = FT2Font(path)
    assert all(font.get_char_index(ord(ch)) for ch in "各部门年度数字遮蔽目标实际完成")


@pytest.mark.parametrize("path", [NOTEBOOK, MASKS], ids=lambda p: p.stem)
def test_the_closing_list_names_every_chart_saved(path: Path) -> None:
    import re

    nb = nbformat.read(path, as_version=4)
    saved = {
        m for c in nb.cells if c.cell_type == "code" for m in re.findall(r'"(\w+\.png)"', c.source)
    }
    closing = nb.cells[-1]
    assert closing.cell_type == "markdown" and saved
    listed = set(re.findall(r"`(\w+\.png)`", closing.source))
    assert listed == saved  # each chart with its title, axes and what it shows
