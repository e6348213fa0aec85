"""The notebook user's wrong arguments: each is an error of ours naming the argument and
the problem (no traceback from inside pathlib, pandas or the engine), and what a folder
skips is a warning, as on the command line."""

from __future__ import annotations

import os
import warnings
from pathlib import Path

import pytest

import metrics
from metrics.errors import InputError

from .conftest import SAMPLE

ONE = SAMPLE / "04_文化旅游局_2024.txt"
NOTE = "区统计局2023年工作总结\n全年完成统计调查12项，同比增长5%。\n"


@pytest.mark.parametrize(
    ("directory", "error", "message"),
    [
        (None, TypeError, r"load\(directory\) takes a folder's path \(str or Path\), not NoneType"),
        (b"out", TypeError, "not bytes"),
        (2024, TypeError, "not int"),
        (["out"], TypeError, "not list"),
        ("", ValueError, r"load\(directory\) was given an empty path"),
        ("  ", ValueError, "empty path"),
    ],
)
def test_load_names_what_is_no_folder(directory: object, error: type, message: str) -> None:
    with pytest.raises(error, match=message) as raised:
        metrics.load(directory)  # type: ignore[arg-type]
    assert raised.traceback[-1].path.name == "api.py"  # ours, not pathlib's


def test_load_of_a_report_file_or_an_empty_folder_says_what_it_needs(tmp_path: Path) -> None:
    for place, said in ((ONE, "is a file, not a folder"), (tmp_path, "holds no metrics output")):
        with pytest.raises(metrics.TablesError, match=said):
            metrics.load(place)


@pytest.mark.parametrize(
    ("jobs", "error", "message"),
    [
        ("2", TypeError, r"extract\(jobs=…\) takes a whole number of processes, not '2'"),
        (None, TypeError, "not None"),
        (1.5, TypeError, "not 1.5"),
        (True, TypeError, "not True"),
        (0, ValueError, r"extract\(jobs=0\): the number of processes must be 1 or more"),
        (-2, ValueError, "must be 1 or more"),
    ],
)
def test_extract_names_a_wrong_jobs(jobs: object, error: type, message: str) -> None:
    with pytest.raises(error, match=message):
        metrics.extract(ONE, jobs=jobs)  # type: ignore[arg-type]


def test_a_folder_without_reports_is_an_error_naming_it(tmp_path: Path) -> None:
    empty, pictures = tmp_path / "empty", tmp_path / "scans"
    empty.mkdir()
    pictures.mkdir()
    (pictures / "page1.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    (pictures / "表格.xlsx").write_bytes(b"PK\x03\x04")
    for folder in (empty, pictures):
        with pytest.raises(InputError, match=rf"^{folder}: holds no report file \(.txt, "):
            metrics.extract(folder)
    with pytest.warns(UserWarning, match=rf"^{empty}: holds no report file"):
        tables = metrics.extract([empty, ONE])  # the other inputs still run
    assert tables.documents["source_file"].tolist() == [ONE.name]


def test_what_a_folder_skips_and_bytes_replaced_are_warned_of(tmp_path: Path) -> None:
    (tmp_path / "~$报告.docx").write_bytes(b"\x06owner" + bytes(155))
    os.mkfifo(tmp_path / "pipe.txt")
    damaged = NOTE.encode() + b"\xff\xfe" + "新建学校3所。\n".encode()
    (tmp_path / "damaged.txt").write_bytes(damaged)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        tables = metrics.extract(tmp_path)
    said = "\n".join(str(w.message) for w in caught)
    assert "~$报告.docx: the lock file of a document open in Word or WPS" in said
    assert "pipe.txt: not a regular file (a FIFO): skipped" in said
    assert "damaged.txt: undecodable bytes replaced" in said
    assert len(tables.mentions) == 3


@pytest.mark.parametrize(
    ("text", "name", "error", "message"),
    [
        ("", "a.txt", ValueError, r"extract_text\(\) was given empty text"),
        (" \n\t", "a.txt", ValueError, "empty text"),
        (ONE, "a.txt", TypeError, r"not PosixPath; for a file use metrics.extract\(path\)"),
        (NOTE, None, TypeError, r"extract_text\(name=…\) takes a str, not NoneType"),
        (NOTE, 3, TypeError, "not int"),
        (NOTE, "", ValueError, "empty name"),
    ],
)
def test_extract_text_names_a_wrong_argument(
    text: object, name: object, error: type, message: str
) -> None:
    with pytest.raises(error, match=message):
        metrics.extract_text(text, name=name)  # type: ignore[arg-type]


def test_the_package_docstring_names_only_fields_tables_have() -> None:
    import re

    named = set(re.findall(r"tables\.(\w+)", metrics.__doc__ or ""))
    assert named and named <= set(metrics.Tables.__dataclass_fields__)


@pytest.fixture(scope="module")
def note() -> metrics.Tables:
    return metrics.extract_text(NOTE, name="note.txt")


@pytest.mark.parametrize(
    ("function", "wrong", "message"),
    [
        ("plots.sum_intervals", "tables", r"takes one table: tables\.stats_groups, not the whole"),
        ("plots.sum_intervals", "mentions", r"takes tables\.stats_groups; this frame lacks level"),
        ("plots.masked_share_by_department", "pairs", "takes tables.mentions; .* lacks masked"),
        ("plots.completion_by_department", "mentions", "lacks stated_completion"),
        ("plots.unknown_because_of_masks", "mentions", r"the tables of metrics\.load\(\)"),
        ("outcome_plots.plan_vs_outcome_chart", "pairs", "not tables.mentions"),
        ("outcome_plots.year_over_year_chart", "tables", "tables.mentions, not the whole"),
        ("plots.masked_shares", None, r"takes tables\.mentions \(a DataFrame\), not NoneType"),
    ],
)
def test_plots_name_the_table_they_take(
    note: metrics.Tables, function: str, wrong: str | None, message: str
) -> None:
    import importlib

    module, name = function.split(".")
    plot = getattr(importlib.import_module(f"metrics.{module}"), name)
    given = note if wrong == "tables" else getattr(note, wrong) if wrong else None
    with pytest.raises(TypeError, match=message) as raised:
        plot(given)
    assert str(raised.value).startswith(f"{function}() takes ")  # the function named


def test_a_path_from_home_is_expanded_as_a_shell_would(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "note.txt").write_text(NOTE, encoding="utf-8")
    assert len(metrics.extract("~/reports").mentions) == 2
    with pytest.raises(metrics.TablesError, match=f"^{tmp_path / 'out'}: no such folder"):
        metrics.load("~/out")


def test_a_checked_function_reads_its_first_argument_by_name() -> None:
    """plots.takes: given by keyword, the checked argument is found by its name, whatever
    the order of the keywords (a later keyword was once taken for it)."""
    import pandas as pd

    from metrics.plots import takes

    @takes("mentions", "metric")
    def first_metric(mentions: pd.DataFrame, label: str = "") -> str:
        return label + str(mentions["metric"].iloc[0])

    frame = pd.DataFrame({"metric": ["就业"]})
    assert first_metric(label="x", mentions=frame) == "x就业"
    with pytest.raises(TypeError, match="first_metric"):
        first_metric(label="x", mentions="not a frame")
