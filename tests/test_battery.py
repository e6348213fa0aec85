"""Issue 25 again, as a new user at the command line, on this week's paths: a large file
cut into pieces, ``--jobs 2`` (a warm pool that also runs the end-of-run steps from
``tables.POOL_FIGURES`` figures, lowered here), Arrow results. Each test names the item
of the issue it tries again. Signals and kills are in ``test_battery_signals.py``."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest

import metrics
import metrics.pipeline as pipeline
from metrics import cli, dataset, export, publish, tables
from metrics.cli import main
from metrics.io import OUTPUT_MARKER, iter_inputs, settle
from metrics.publish import RUNS, current_id, current_run

from .conftest import SAMPLE

STATS = "县统计局2024年工作总结\n全年完成统计调查12项，发放补贴3600万元。\n"
WATER = "县水务局2023年工作总结\n全年新建水厂2座，完成投资5亿元。\n"
FILLER = "完成投资5亿元，新建学校3所。\n" * 60  # 1,020 characters of figures


def extract(*args: object, jobs: int = 2) -> int:
    return main(["extract", *map(str, args), "--jobs", str(jobs), "--quiet"])


@pytest.fixture
def pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every file over 100 bytes is cut into pieces of about 300 characters."""
    monkeypatch.setattr(pipeline, "LARGE_FILE", 100)
    monkeypatch.setattr(pipeline, "PIECE_CHARS", 300)


@pytest.fixture
def pool_tail(monkeypatch: pytest.MonkeyPatch) -> None:
    """The pool runs the plan links and trends however few the figures."""
    monkeypatch.setattr(tables, "POOL_FIGURES", 0)


def whole(out: Path) -> metrics.Tables:
    """The current run, checked: every figure's document and file are in ``documents``
    and ids are unique."""
    found = metrics.load(out)
    assert set(found.mentions["doc_id"]) <= set(found.documents["doc_id"])
    assert found.documents["doc_id"].is_unique and found.mentions["mention_id"].is_unique
    return found


# --- one bad file must never cost the others: a fault in a later piece -------------------


@pytest.mark.usefixtures("pieces")
@pytest.mark.parametrize("jobs", [1, 2])
def test_a_fault_in_the_last_piece_leaves_no_figure_without_its_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    """The document a cut runs through is held for the next piece; when the last piece
    raises, it was never written and the earlier pieces' figures named a document that
    ``documents`` lacked (failing before: ``{'big.txt#0'}`` orphaned)."""
    real = pipeline.process_text

    def process_text(text, source_file, continued=False, window=None):
        if "水厂" in text[slice(*window or (0, None))]:
            raise KeyError("叁")
        return real(text, source_file, continued, window)

    monkeypatch.setattr(pipeline, "process_text", process_text)  # forked workers too
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "big.txt").write_text(STATS + FILLER + "新建水厂2座。\n", encoding="utf-8")
    (folder / "small.txt").write_text(STATS, encoding="utf-8")
    assert extract(folder, "--out", tmp_path / "out", jobs=jobs) == 1
    found = whole(tmp_path / "out")
    assert found.failures["source_file"].tolist() == ["big.txt"]
    assert (found.mentions["source_file"] == "big.txt").sum() > 50  # its earlier pieces
    assert sorted(found.documents["source_file"]) == ["big.txt", "small.txt"]


# --- encodings, empty and vanishing files, in pieces and in the pool ----------------------


@pytest.mark.usefixtures("pieces")
def test_gbk_and_utf16_files_in_pieces_give_the_utf8_files_rows(tmp_path: Path) -> None:
    """The README promises GB18030/GBK and UTF-16 with a BOM, also for a file decoded
    block by block; UTF-16 without a BOM is refused with the file's name."""
    text = STATS + FILLER
    rows = {}
    for encoding in ("utf-8", "gbk", "utf-16"):
        folder = tmp_path / encoding
        folder.mkdir()
        (folder / "report.txt").write_bytes(text.encode(encoding))
        assert extract(folder, "--out", tmp_path / f"out-{encoding}") == 0
        mentions = whole(tmp_path / f"out-{encoding}").mentions
        rows[encoding] = mentions[["char_start", "char_end", "text", "value"]]
    pd.testing.assert_frame_equal(rows["gbk"], rows["utf-8"])
    pd.testing.assert_frame_equal(rows["utf-16"], rows["utf-8"])
    bare = tmp_path / "bare"
    bare.mkdir()
    (bare / "no-bom.txt").write_bytes(text.encode("utf-16-le"))
    assert extract(bare, "--out", tmp_path / "out-bare") == 1
    problem = whole(tmp_path / "out-bare").failures.iloc[0]
    assert (problem["source_file"], problem["stage"]) == ("no-bom.txt", "read")
    assert "UTF-16 text without a byte-order mark" in problem["message"]  # with what to do


def test_an_empty_and_a_vanished_file_are_named_and_the_rest_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(6):
        (folder / f"{i}.txt").write_text(STATS, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    listed = cli.iter_inputs

    def list_then_delete(paths, on_skip=None) -> Iterator:
        found = list(listed(paths, on_skip))
        (folder / "3.txt").unlink()  # gone between the listing and the reading
        return iter(found)

    monkeypatch.setattr(cli, "iter_inputs", list_then_delete)
    assert extract(folder, "--out", tmp_path / "out") == 1
    err = capsys.readouterr().err
    assert f"{folder / '3.txt'}: cannot be read (No such file or directory)" in err
    assert f"{folder / 'empty.txt'}: the file is empty" in err
    found = whole(tmp_path / "out")
    assert sorted(found.failures["source_file"]) == ["3.txt", "empty.txt"]
    assert sorted(set(found.documents["source_file"])) == [
        "0.txt",
        "1.txt",
        "2.txt",
        "4.txt",
        "5.txt",
    ]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a file without read permission")
def test_a_file_without_read_permission_is_named(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ok.txt").write_text(STATS, encoding="utf-8")
    (folder / "locked.txt").write_text(STATS, encoding="utf-8")
    (folder / "locked.txt").chmod(0)
    assert extract(folder, "--out", tmp_path / "out") == 1
    failures = whole(tmp_path / "out").failures
    assert failures["message"].tolist() == ["cannot be read (Permission denied)"]


def test_a_fifo_among_twenty_files_with_two_jobs(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(20):
        (folder / f"{i:02}.txt").write_text(STATS, encoding="utf-8")
    os.mkfifo(folder / "07b.txt")  # reading it would wait for a writer for ever
    previous = signal.signal(signal.SIGALRM, signal.default_int_handler)
    signal.alarm(120)  # a hang fails the test (KeyboardInterrupt) rather than CI
    try:
        assert extract(folder, "--out", tmp_path / "out") == 0
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert len(whole(tmp_path / "out").documents) == 20


@pytest.mark.usefixtures("pieces")
def test_a_name_that_is_not_utf8_survives_the_pieces_and_the_pool(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    name = os.fsdecode(b"\xb1\xa8\xb8\xe6.txt")  # 报告 in GBK bytes
    (folder / name).write_text(STATS + FILLER, encoding="utf-8")
    (folder / "ok.txt").write_text(STATS, encoding="utf-8")
    assert extract(folder, "--out", tmp_path / "out") == 0
    found = whole(tmp_path / "out")
    assert sorted(found.documents["source_file"]) == ["\\xb1\\xa8\\xb8\\xe6.txt", "ok.txt"]
    assert (found.mentions["source_file"] == "\\xb1\\xa8\\xb8\\xe6.txt").sum() > 100


# --- names: the same file twice, one name under two folders ---------------------------


def test_the_same_file_given_twice_is_read_once(tmp_path: Path) -> None:
    """Failing before: ``extract f f folder`` wrote f's rows three times under one id."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(STATS, encoding="utf-8")
    (folder / "b.txt").write_text(WATER, encoding="utf-8")
    one = folder / "a.txt"
    assert extract(one, one, folder, "--out", tmp_path / "out") == 0
    assert sorted(whole(tmp_path / "out").documents["source_file"]) == ["a.txt", "b.txt"]


def test_one_name_under_two_folders_given_stays_apart(tmp_path: Path) -> None:
    """``extract 2023 2024``, each holding ``report.txt``: both were named ``report.txt``
    with the same ids (failing before); each is now named by as much of its path as tells
    them apart. A name that is unique keeps its short form."""
    for year, text in (("2023", WATER), ("2024", STATS)):
        (tmp_path / year).mkdir()
        (tmp_path / year / "report.txt").write_text(text, encoding="utf-8")
    (tmp_path / "2024" / "notes.txt").write_text(STATS, encoding="utf-8")
    assert extract(tmp_path / "2023", tmp_path / "2024", "--out", tmp_path / "out") == 0
    documents = whole(tmp_path / "out").documents
    assert sorted(documents["source_file"]) == ["2023/report.txt", "2024/report.txt", "notes.txt"]
    by_name = documents.set_index("source_file")["department"]
    assert (by_name["2023/report.txt"], by_name["2024/report.txt"]) == ("水务局", "统计局")


def test_settle_names_files_of_one_name_given_directly_by_their_folders(tmp_path: Path) -> None:
    for year in ("2023", "2024"):
        (tmp_path / year).mkdir()
        (tmp_path / year / "report.txt").write_text(STATS, encoding="utf-8")
    given = [tmp_path / "2023" / "report.txt", tmp_path / "2024" / "report.txt"]
    files = settle(iter_inputs([*given, given[0]]))
    assert [(f.path, f.name) for f in files] == [
        (given[0], "2023/report.txt"),
        (given[1], "2024/report.txt"),
    ]
    found = metrics.extract(given)  # the API names them alike
    assert sorted(found.documents["source_file"]) == ["2023/report.txt", "2024/report.txt"]


# --- the output folder inside the input folder --------------------------------------------


def test_an_output_folder_inside_the_input_folder_is_never_read_as_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A run keeps the text of a web page as ``texts/NAME.txt``; a re-run of the folder
    that holds its own ``--out`` read those back as reports (failing before:
    ``out/current/texts/page.html.txt`` among the documents)."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(STATS, encoding="utf-8")
    page = "<html><body><p>县水务局2023年工作总结</p><p>全年新建水厂2座。</p></body></html>"
    (folder / "page.html").write_text(page, encoding="utf-8")
    for _ in range(2):
        args = [str(folder), "--out", str(folder / "out"), "--format", "csv", "--jobs", "1"]
        assert main(["extract", *args]) == 0
        assert sorted(whole(folder / "out").documents["source_file"]) == ["a.txt", "page.html"]
    captured = capsys.readouterr()
    assert f"{folder / 'out'}: an output folder of metrics: its runs" in captured.err
    assert OUTPUT_MARKER == tables.MARKER  # io knows the mark tables leaves
    assert "skipped" not in captured.out  # the summary counts files
    # --out the input folder itself: the user's reports there are read, its runs are not
    for _ in range(2):
        assert extract(folder, "--out", folder, jobs=1) == 0
        assert sorted(whole(folder).documents["source_file"]) == ["a.txt", "page.html"]


# --- writes refused, in the pool's tail and with two jobs ---------------------------------


@pytest.mark.usefixtures("pool_tail")
@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS])
def test_a_refused_write_during_the_pools_tail_keeps_the_previous_run(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    code: int,
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(STATS, encoding="utf-8")
    (folder / "b.txt").write_text(WATER, encoding="utf-8")
    out = tmp_path / "out"
    assert extract(folder / "a.txt", "--out", out) == 0
    before = current_id(out)
    closes = dataset.RowGroups.close

    def close(self: dataset.RowGroups) -> None:  # the trends, taken back from the pool
        closes(self)  # a file begun, as a full disk leaves it
        if self.path.name == "trends.parquet":
            raise OSError(code, os.strerror(code))

    monkeypatch.setattr(dataset.RowGroups, "close", close)
    capsys.readouterr()
    assert extract(folder, "--out", out) == 1
    assert (
        capsys.readouterr().err
        == f"metrics: error: {out}: cannot be written ({os.strerror(code)})\n"
    )
    assert current_id(out) == before and sorted(p.name for p in (out / RUNS).iterdir()) == [before]
    assert set(whole(out).documents["source_file"]) == {"a.txt"}


# --- exports --------------------------------------------------------------------------


def test_the_runs_own_mentions_csv_is_formula_safe(tmp_path: Path) -> None:
    """``--format csv`` also writes ``mentions.csv`` in the run's folder, for Excel; its
    text cells were written as they stood (failing before: ``@cmd`` opened a cell)."""
    report = tmp_path / "r.txt"
    report.write_text(
        "区教育局2024年工作总结\n\n"
        '=HYPERLINK("http://example.com/x","x")全年新建学校3所。\n'
        "@cmd 新增学位200个。\n",
        encoding="utf-8",
    )
    assert extract(report, "--out", tmp_path / "out", "--format", "csv") == 0
    for path in (
        current_run(tmp_path / "out") / "mentions.csv",
        tmp_path / "out" / "export" / "csv" / "mentions.csv",
    ):
        mentions = pd.read_csv(path)
        cells = [c for column in mentions for c in mentions[column] if isinstance(c, str)]
        assert any(c.startswith("'=HYPERLINK(") for c in cells), path
        assert any(c.startswith("'@cmd") for c in cells), path
        assert not any(c.startswith(("=", "+", "@")) for c in cells), path


def test_export_into_a_path_that_exists(tmp_path: Path) -> None:
    """An export replaces its own earlier export, and refuses a user's folder or file of
    its name (naming it), exit 1 or 2, without touching it."""
    report = tmp_path / "r.txt"
    report.write_text(STATS, encoding="utf-8")
    out = tmp_path / "out"
    assert extract(report, "--out", out, jobs=1) == 0
    assert main(["export", str(out), "--format", "csv", "--quiet"]) == 0
    assert main(["export", str(out), "--format", "csv", "--quiet"]) == 0
    (out / "export" / "parquet").write_text("mine", encoding="utf-8")  # a file, not a folder
    assert main(["export", str(out), "--format", "parquet", "--quiet"]) != 0
    assert (out / "export" / "parquet").read_text(encoding="utf-8") == "mine"


# --- readers while a two-job re-run publishes -------------------------------------------


def test_load_while_a_two_job_rerun_publishes(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    for folder, texts in ((a, [STATS]), (b, [STATS, WATER, STATS + FILLER])):
        folder.mkdir()
        for i, text in enumerate(texts):
            (folder / f"{i}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    assert extract(a, "--out", out, jobs=1) == 0
    code = (
        "import sys\nfrom metrics.cli import main\n"
        "for src in sys.argv[1:3] * 2:\n"
        "    assert main(['extract', src, '--out', sys.argv[3], '--quiet', '--jobs', '2']) == 0\n"
    )
    writer = subprocess.Popen([sys.executable, "-c", code, str(b), str(a), str(out)])
    seen = set()
    try:
        while writer.poll() is None:
            found = whole(out)
            files = frozenset(found.documents["source_file"])
            assert files in ({"0.txt"}, {"0.txt", "1.txt", "2.txt"})
            assert found.stats_groups["n_figures"].sum() == len(found.mentions)
            seen.add(files)
    finally:
        writer.wait(timeout=300)
    assert writer.returncode == 0 and len(seen) >= 1


# --- Ctrl-C inside the process: the publishing step, an export ------------------------


def test_ctrl_c_while_publishing_leaves_no_unpublished_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Interrupted after its folder was renamed into ``runs/`` but before ``CURRENT``
    named it: the run is not current, and its folder goes with the interruption, as it
    does for a refused write (it stayed there, whole but never published, till the next
    run, failing before)."""
    report = tmp_path / "r.txt"
    report.write_text(STATS, encoding="utf-8")
    out = tmp_path / "out"
    assert extract(report, "--out", out, jobs=1) == 0
    before = current_id(out)

    def interrupted(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(publish, "_replace_pointer", interrupted)
    capsys.readouterr()
    assert extract(report, "--out", out, jobs=1) == 130
    assert capsys.readouterr().err == (
        f"metrics: error: interrupted (SIGINT); nothing was published: {out} keeps its "
        "previous run\n"
    )
    assert current_id(out) == before
    assert sorted(p.name for p in (out / RUNS).iterdir()) == [before]
    assert not (out / ".metrics-lock").exists()


def test_ctrl_c_during_an_export_keeps_the_previous_export(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    report = tmp_path / "r.txt"
    report.write_text(STATS, encoding="utf-8")
    out = tmp_path / "out"
    assert extract(report, "--out", out, jobs=1) == 0
    assert main(["export", str(out), "--format", "csv", "--quiet"]) == 0
    before = sorted((out / "export" / "csv").iterdir())
    writes = export.write_csv

    def write_csv(frames: Iterator[pd.DataFrame], path: Path) -> None:
        writes(frames, path)
        if path.name == "pairs.csv":
            raise KeyboardInterrupt

    monkeypatch.setattr(export, "write_csv", write_csv)
    capsys.readouterr()
    assert main(["export", str(out), "--format", "csv", "--quiet"]) == 130
    assert capsys.readouterr().err == "metrics: error: interrupted (SIGINT); nothing was written\n"
    assert sorted((out / "export" / "csv").iterdir()) == before
    assert [p.name for p in (out / "export").iterdir()] == ["csv"]  # no staging folder


@pytest.mark.usefixtures("pieces")
def test_the_summary_counts_files_with_pieces_in_the_pool(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "big.txt").write_text(STATS + FILLER, encoding="utf-8")
    (folder / "small.txt").write_text(STATS, encoding="utf-8")
    assert main(["extract", str(folder), "--out", str(tmp_path / "out"), "--jobs", "2"]) == 0
    assert capsys.readouterr().out.startswith("2 file(s), ")


def test_an_output_folder_whose_name_is_not_utf8_is_refused_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Arrow takes UTF-8 paths only: such a ``--out`` raised a UnicodeEncodeError traceback
    once the run was done (failing before); now it is refused before the run, and so is
    such a folder given to ``stats`` and ``export``."""
    report = tmp_path / "r.txt"
    report.write_text(STATS, encoding="utf-8")
    out = tmp_path / os.fsdecode(b"out\xff")
    assert extract(report, "--out", out) == 2
    message = (
        f"metrics: error: {tmp_path}/out\\xff: a folder whose name is not valid UTF-8 cannot "
        "hold the tables (Arrow takes UTF-8 paths only); choose another name\n"
    )
    assert capsys.readouterr().err == message
    assert not out.exists()
    for command in (["stats", str(out)], ["export", str(out), "--format", "csv"]):
        assert main(command) == 2
        assert capsys.readouterr().err == message


def test_a_run_in_a_folder_whose_name_is_not_utf8_is_a_tables_error_to_load(
    tmp_path: Path,
) -> None:
    """A run moved into a folder whose name is not valid UTF-8: ``metrics.load`` raised
    Arrow's UnicodeEncodeError; it is one ``TablesError`` naming the folder."""
    report = tmp_path / "r.txt"
    report.write_text(STATS, encoding="utf-8")
    assert extract(report, "--out", tmp_path / "out") == 0
    moved = tmp_path / os.fsdecode(b"out\xff")
    (tmp_path / "out").rename(moved)
    with pytest.raises(metrics.TablesError, match=r"out\\xff: .*not valid UTF-8"):
        metrics.load(moved)


def test_formula_like_metrics_in_trends_and_targets_exports_are_inert(tmp_path: Path) -> None:
    """Two work reports of one county, a clause of each opening with ``=``: the metrics
    of its trends and targets begin with it, and both exports keep them inert."""
    from openpyxl import load_workbook

    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("05_东湖县政府工作报告_2025.txt", "06_东湖县政府工作报告_2026.txt"):
        text = (SAMPLE / name).read_text(encoding="utf-8").replace("；", "；=")
        (folder / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    assert extract(folder, "--out", out, jobs=1) == 0
    assert main(["export", str(out), "--format", "csv", "--quiet"]) == 0
    assert main(["export", str(out), "--format", "xlsx", "--quiet"]) == 0
    book = load_workbook(out / "export" / "xlsx" / "metrics.xlsx", read_only=True)
    found = whole(out)
    for name in ("trends", "targets"):
        live = getattr(found, name)["metric"].dropna()
        live = live[live.str.startswith("=")]
        assert len(live), name  # the clause's mark is in the metric
        csv = pd.read_csv(out / "export" / "csv" / f"{name}.csv")["metric"].dropna()
        assert sorted(csv[csv.str.startswith("'=")]) == sorted("'" + live), name
        cells = [c for row in book[name].iter_rows(min_row=2) for c in row]
        formulas = [c for c in cells if isinstance(c.value, str) and c.value.startswith("=")]
        assert formulas and {c.data_type for c in formulas} == {"s"}, name


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_file_replaced_by_a_fifo_after_the_listing_is_refused_not_waited_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    """The listing keeps regular files only, but a file may become a FIFO before it is
    read (the same race as a file deleted then): opening it waited for a writer for ever
    (failing before: the alarm's KeyboardInterrupt); it is now one failure of its own."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a.txt", "b.txt", "c.html"):
        (folder / name).write_text(STATS, encoding="utf-8")
    listed = cli.iter_inputs

    def list_then_swap(paths, on_skip=None) -> Iterator:
        found = list(listed(paths, on_skip))
        for name in ("b.txt", "c.html"):  # plain text, and a format of metrics.readers
            (folder / name).unlink()
            os.mkfifo(folder / name)
        return iter(found)

    monkeypatch.setattr(cli, "iter_inputs", list_then_swap)
    previous = signal.signal(signal.SIGALRM, signal.default_int_handler)
    signal.alarm(60)
    try:
        code = extract(folder, "--out", tmp_path / "out", jobs=jobs)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert code == 1
    failures = whole(tmp_path / "out").failures
    assert failures["source_file"].tolist() == ["b.txt", "c.html"]
    assert set(failures["message"]) == {"not a regular file (a FIFO): skipped"}
