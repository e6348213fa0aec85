"""The overview notebook runs end to end, so it never rots; its PNGs show Chinese text."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from .conftest import ROOT

NOTEBOOK = ROOT / "notebooks" / "01_overview.ipynb"


def test_notebook_is_stored_without_outputs() -> None:
    nb = nbformat.read(NOTEBOOK, as_version=4)
    assert all(not c.get("outputs") for c in nb.cells if c.cell_type == "code")


def test_notebook_executes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("METRICS_NOTEBOOK_OUT", str(tmp_path / "out"))
    nb = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(
        nb,
        timeout=300,
        kernel_name="python3",
        resources={"metadata": {"path": str(ROOT / "notebooks")}},
    ).execute()
    for png in ("masked_share.png", "targets_vs_actuals.png"):
        assert (tmp_path / "out" / png).stat().st_size > 10_000


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
