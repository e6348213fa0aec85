"""README's notebook examples run as written, in a clone after `make run`: each Python
block, copied into a fresh interpreter's namespace, in a folder holding `data/sample` and
the `out` that `make run` writes. A name a block uses and never defines (`text`), or a
folder a clone lacks (`corpus/`), was an error a new user met at the first paste."""

from __future__ import annotations

import re
import shutil
import warnings
from pathlib import Path

import pytest

from metrics.cli import main

from .conftest import SAMPLE

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text("utf-8")
SECTION = README.split("## In a notebook", 1)[1].split("\n## ", 1)[0]
BLOCKS = re.findall(r"```python\n(.*?)```", SECTION, re.S)


def test_the_notebook_section_has_its_examples() -> None:
    assert len(BLOCKS) >= 2 and "metrics.load(" in BLOCKS[0]


def test_readme_notebook_examples_run_as_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(SAMPLE, tmp_path / "data" / "sample")
    monkeypatch.chdir(tmp_path)
    assert main(["extract", "data/sample", "--out", "out", "--quiet"]) == 0  # make run
    pytest.importorskip("matplotlib")  # the notebook extra, which the README names
    namespace: dict[str, object] = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a missing CJK font is a warning, not a failure
        for block in BLOCKS:
            exec(compile(block, "README.md", "exec"), namespace)
    tables = namespace["tables"]
    # the last table the first block makes: extract_text's, of the text it defines
    assert set(tables.mentions["source_file"]) == {"note.txt"}  # type: ignore[attr-defined]
    assert {"28项", "136条"} <= set(tables.mentions["text"])  # type: ignore[attr-defined]
