"""Hostile files and names, and the API's doors (issue 25): only regular files are read,
every name survives, paths stay apart, and what is no path is refused with a message."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

import metrics
from metrics.cli import main
from metrics.io import display_name, iter_inputs

REPORT = "县统计局2024年工作总结\n全年完成统计调查12项。\n"


def _extract(inputs: Path, out: Path, *extra: str) -> int:
    return main(["extract", str(inputs), "--out", str(out), "--jobs", "1", *extra])


@pytest.fixture
def no_hang() -> Iterator[None]:
    """Fail, rather than hang the suite, if a FIFO is ever read again."""

    def stop(signum: int, frame: object) -> None:
        raise TimeoutError("the run hung on a file that is not a regular file")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(60)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


@pytest.mark.usefixtures("no_hang")
def test_a_fifo_and_a_link_to_a_device_are_skipped_and_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "report.txt").write_text(REPORT, encoding="utf-8")
    os.mkfifo(folder / "pipe.txt")  # reading it would wait for a writer for ever
    (folder / "zero.txt").symlink_to("/dev/zero")  # reading it would never end
    assert _extract(folder, tmp_path / "out") == 0
    captured = capsys.readouterr()
    assert "pipe.txt: not a regular file (a FIFO): skipped" in captured.err
    assert "zero.txt: not a regular file (a device): skipped" in captured.err
    assert "skipped: 2 file(s)" in captured.out
    assert metrics.load(tmp_path / "out").mentions["source_file"].unique().tolist() == [
        "report.txt"
    ]


@pytest.mark.usefixtures("no_hang")
def test_a_fifo_given_directly_is_skipped(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    skipped: list[str] = []
    assert list(iter_inputs([tmp_path / "pipe.txt"], lambda p, why: skipped.append(why))) == []
    assert skipped == ["not a regular file (a FIFO): skipped"]


def test_a_name_that_is_not_utf8_is_kept_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    name = os.fsdecode(b"\xb1\xa8\xb8\xe6.txt")  # 报告 in GBK bytes: no UTF-8 name
    (folder / name).write_text(REPORT, encoding="utf-8")
    assert _extract(folder, tmp_path / "out") == 0
    tables = metrics.load(tmp_path / "out")
    assert tables.mentions["source_file"].unique().tolist() == ["\\xb1\\xa8\\xb8\\xe6.txt"]
    assert tables.documents["doc_id"].tolist() == ["\\xb1\\xa8\\xb8\\xe6.txt#0"]
    assert display_name("报告.txt") == "报告.txt"


def test_same_names_in_two_folders_stay_apart(tmp_path: Path) -> None:
    for sub in ("a", "b"):
        (tmp_path / "in" / sub).mkdir(parents=True)
        (tmp_path / "in" / sub / "report.txt").write_text(REPORT, encoding="utf-8")
    assert _extract(tmp_path / "in", tmp_path / "out", "--quiet") == 0
    docs = metrics.load(tmp_path / "out").documents
    assert docs["source_file"].tolist() == ["a/report.txt", "b/report.txt"]
    assert docs["doc_id"].tolist() == ["a/report.txt#0", "b/report.txt#0"]
    # a file given directly keeps its own name
    assert _extract(tmp_path / "in" / "a" / "report.txt", tmp_path / "one", "--quiet") == 0
    assert metrics.load(tmp_path / "one").documents["source_file"].tolist() == ["report.txt"]


def test_the_summary_counts_files_not_pieces(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import metrics.pipeline as pipeline

    monkeypatch.setattr(pipeline, "LARGE_FILE", 0)
    monkeypatch.setattr(pipeline, "PIECE_CHARS", 100)
    path = tmp_path / "big.txt"
    path.write_text(REPORT + "完成投资5亿元。\n" * 100, encoding="utf-8")
    assert _extract(path, tmp_path / "out") == 0
    assert capsys.readouterr().out.startswith("1 file(s), ")


@pytest.mark.parametrize(
    ("source", "error", "message"),
    [
        (None, TypeError, "not NoneType"),
        (b"report.txt", TypeError, "not bytes"),
        (42, TypeError, "not int"),
        ("", ValueError, "empty path"),
        ("   ", ValueError, "empty path"),
        ([], ValueError, "no path"),
        ("typo/path.txt", FileNotFoundError, "typo/path.txt"),
        ("全年完成投资5亿元。\n新建学校3所。", ValueError, "extract_text"),
        (["typo.txt"], FileNotFoundError, "typo.txt"),
    ],
)
def test_extract_refuses_what_is_no_path(source: object, error: type, message: str) -> None:
    with pytest.raises(error, match=message):
        metrics.extract(source)  # type: ignore[arg-type]


def test_extract_text_takes_text_and_only_text() -> None:
    tables = metrics.extract_text("全年完成投资5亿元", name="note.txt")
    assert tables.mentions["source_file"].tolist() == ["note.txt"]
    with pytest.raises(TypeError, match="not bytes"):
        metrics.extract_text(b"abc")  # type: ignore[arg-type]


@pytest.mark.parametrize("jobs", ["0", "-3", "two"])
def test_jobs_below_one_is_a_usage_error(
    jobs: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["extract", str(tmp_path), "--out", str(tmp_path / "out"), "--jobs", jobs])
    assert stop.value.code == 2
    assert "--jobs" in capsys.readouterr().err


def test_a_bad_file_with_a_name_that_is_not_utf8_is_reported_readably(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(REPORT, encoding="utf-8")
    (folder / os.fsdecode(b"\xff.txt")).write_bytes(b"")  # empty: an error that names it
    assert _extract(folder, tmp_path / "out") == 1
    assert "\\xff.txt: the file is empty" in capsys.readouterr().err
    failures = metrics.load(tmp_path / "out").failures
    assert failures["source_file"].tolist() == ["\\xff.txt"]


def test_a_broken_link_is_named_and_skipped(tmp_path: Path) -> None:
    (tmp_path / "report.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    skipped: list[tuple[str, str]] = []
    found = list(iter_inputs([tmp_path], lambda p, why: skipped.append((p.name, why))))
    assert [f.name for f in found] == ["report.txt"]
    assert skipped == [("gone.txt", "a broken link (its target does not exist): skipped")]
