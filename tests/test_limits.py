"""A run that meets a limit of the machine (memory, threads) says so in one line, with
what the output folder holds, and publishes nothing: before, a run under a memory limit
(``ulimit -v 420000``, by hand, data/sample) printed pyarrow's traceback ('Failed to launch
worker thread: Resource temporarily unavailable') and no word on its folder."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pytest

from metrics import derived, tables
from metrics.cli import main

REPORT = "某县统计局2024年工作总结\n全年完成统计调查28项，发布统计信息136条。\n"


@pytest.mark.parametrize(
    "error",
    [
        MemoryError(),
        pa.ArrowMemoryError("malloc of size 67108864 failed"),
        pa.ArrowException(
            "Unknown error: Failed to launch worker thread: Resource temporarily unavailable"
        ),
    ],
)
@pytest.mark.parametrize("first", [True, False])
def test_a_run_out_of_memory_says_so_and_keeps_the_previous_run(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    error: Exception,
    first: bool,
) -> None:
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    (folder / "a.txt").write_text(REPORT, encoding="utf-8")
    if not first:
        assert main(["extract", str(folder), "--out", str(out), "--quiet", "--jobs", "1"]) == 0
    before = sorted(p.name for p in (out / "runs").iterdir()) if not first else []

    def refuse(*args: object, **kwargs: object) -> None:
        raise error

    monkeypatch.setattr(tables, "document_identities", refuse)
    capsys.readouterr()
    assert main(["extract", str(folder), "--out", str(out), "--quiet", "--jobs", "1"]) == 1
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1, lines
    assert "out of memory" in lines[0] and str(out) in lines[0]
    assert ("holds no run" if first else "keeps its previous run") in lines[0]
    assert sorted(p.name for p in (out / "runs").iterdir()) == before  # no staging left


def test_an_arrow_error_of_another_kind_is_no_memory_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Counter-example: a bug of Arrow's use is not called a lack of memory."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(REPORT, encoding="utf-8")

    def wrong(*args: object, **kwargs: object) -> None:
        raise pa.ArrowInvalid("Column 3 named x expected length 2 but got length 1")

    monkeypatch.setattr(tables, "document_identities", wrong)
    with pytest.raises(pa.ArrowInvalid):
        main(["extract", str(folder), "--out", str(tmp_path / "out"), "--quiet", "--jobs", "1"])
    assert derived.document_identities is not wrong
