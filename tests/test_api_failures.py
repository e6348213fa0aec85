"""``metrics.extract`` on files that cannot be read or whose extraction raises: by default
it goes on, as the command line does — each is a warning naming the file and the problem
and a row of ``failures`` (the same rows ``metrics extract`` writes), the other files'
tables are returned; ``strict=True`` raises at the first instead."""

from __future__ import annotations

import warnings
from pathlib import Path

import pandas as pd
import pytest

import metrics
from metrics.cli import main
from metrics.errors import ExtractionError, InputError

from .test_faults import BAD, GOOD, _trap


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    (folder / "b_empty.txt").write_bytes(b"")
    (folder / "c_image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))  # a bad download
    (folder / "d.txt").write_text(GOOD.replace("12项", "15项"), encoding="utf-8")
    return folder


def _rows(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.astype(object).where(frame.notna(), None)


@pytest.mark.parametrize("jobs", [1, 2])
def test_extract_goes_on_past_unreadable_files_and_lists_them(tmp_path: Path, jobs: int) -> None:
    folder = _folder(tmp_path)
    with pytest.warns(UserWarning) as caught:
        tables = metrics.extract(folder, jobs=jobs)
    said = [str(w.message) for w in caught]
    assert said == [
        f"{folder / 'b_empty.txt'}: the file is empty",
        f"{folder / 'c_image.txt'}: not a text file: looks like a PNG image",
    ]
    assert sorted(set(tables.mentions.source_file)) == ["a.txt", "d.txt"]
    assert tables.failures[["source_file", "stage", "error_type"]].values.tolist() == [
        ["b_empty.txt", "read", "InputError"],
        ["c_image.txt", "read", "InputError"],
    ]
    # the same rows as the command line's
    assert main(["extract", str(folder), "--out", str(tmp_path / "out"), "--quiet"]) == 1
    written = metrics.load(tmp_path / "out")
    pd.testing.assert_frame_equal(written.failures, tables.failures)
    for name in ("mentions", "documents", "pairs", "targets", "stats_groups"):
        # the rows (the statistics' text keys are Python objects in memory, as stats makes
        # them, and pandas strings when loaded)
        left, right = getattr(written, name), getattr(tables, name)
        pd.testing.assert_frame_equal(_rows(left), _rows(right))


@pytest.mark.parametrize("jobs", [1, 2])
def test_extract_strict_raises_at_the_first_unreadable_file(tmp_path: Path, jobs: int) -> None:
    folder = _folder(tmp_path)
    with pytest.raises(InputError, match=r"b_empty\.txt: the file is empty$"):
        metrics.extract(folder, jobs=jobs, strict=True)


def test_extract_strict_raises_at_a_file_whose_extraction_raised(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _trap(monkeypatch)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    (folder / "b.txt").write_text(BAD, encoding="utf-8")
    with pytest.raises(ExtractionError, match=r"^b\.txt: extraction raised KeyError: '叁'"):
        metrics.extract(folder, strict=True)
    with pytest.warns(UserWarning, match=r"^b\.txt: KeyError: '叁'$"):
        tables = metrics.extract(folder)
    assert tables.failures.stage.tolist() == ["extract"]


def test_extract_strict_takes_true_or_false(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    with pytest.raises(TypeError, match=r"extract\(strict=…\) takes True or False, not 'yes'"):
        metrics.extract(tmp_path, strict="yes")  # type: ignore[arg-type]
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a clean folder: no warning either way
        assert len(metrics.extract(tmp_path, strict=True).mentions) == 2
