"""Bad input and output safety: clear errors, nothing lost, nothing written outside DIR."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pyarrow.dataset as ds
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from metrics.cli import main
from metrics.dataset import encode_segment
from metrics.pipeline import process_text

from .conftest import ROOT, SAMPLE
from .test_properties import check_rows

GOOD = "区统计局2023年工作总结\n全年完成统计调查12项，同比增长5%。\n"


def extract(*args: str) -> int:
    return main(["extract", *args, "--quiet"])


@pytest.mark.parametrize(
    ("name", "data", "exit_code", "message"),
    [
        ("empty.txt", b"", 1, "empty"),
        ("doc.txt", b"%PDF-1.5\n%\xe2\xe3", 1, "PDF"),
        ("archive.txt", b"PK\x03\x04\x14\x00", 1, "ZIP"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00", 1, "PNG"),
        (
            "half bad 中文 name.txt",
            GOOD.encode() + b"\xff\xfe\xfa" + GOOD.encode(),
            1,
            "undecodable bytes replaced",
        ),
        ("mixed endings.txt", GOOD.replace("\n", "\r\n", 1).encode(), 0, ""),
    ],
)
def test_bad_inputs_are_named_and_the_rest_runs(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    data: bytes,
    exit_code: int,
    message: str,
) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "good.txt").write_text(GOOD, encoding="utf-8")
    (inputs / name).write_bytes(data)
    out = tmp_path / "out"
    assert extract(str(inputs), "--out", str(out)) == exit_code
    err = capsys.readouterr().err
    assert message in err and (not message or name in err)
    mentions = pd.read_parquet(out / "current" / "mentions")
    assert "good.txt" in set(mentions.source_file)


def test_damaged_file_keeps_its_good_figures(tmp_path: Path) -> None:
    path = tmp_path / "d.txt"
    path.write_bytes(GOOD.encode() + b"\xff\xfe" + "另完成专项调查3项。".encode())
    out = tmp_path / "out"
    assert extract(str(path), "--out", str(out)) == 1
    texts = set(pd.read_parquet(out / "current" / "mentions").text)
    assert {"12项", "5%", "3项"} <= texts


def test_unreadable_file_and_symlink_loop(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "good.txt").write_text(GOOD, encoding="utf-8")
    (inputs / "loop").symlink_to(inputs, target_is_directory=True)
    locked = inputs / "locked.txt"
    locked.write_text(GOOD, encoding="utf-8")
    locked.chmod(0)
    try:
        code = extract(str(inputs), "--out", str(tmp_path / "out"))
    finally:
        locked.chmod(0o644)
    if os.geteuid() == 0:  # root reads anything: the loop is the part under test
        assert code == 0
    else:
        assert code == 1 and "locked.txt" in capsys.readouterr().err
    docs = pd.read_parquet(tmp_path / "out" / "current" / "documents.parquet")
    assert (docs.source_file == "good.txt").sum() == 1


@pytest.mark.parametrize(
    "name",
    [
        "../../etc",
        "/",
        "\\",
        "a\x00b",
        "..",
        ".hidden",
        "x" * 40,
        "Ａ局",
        "A局",
        "a局",
        "50%局",
        "局=1",
        "教育局",
    ],
)
def test_partition_names_are_safe_and_round_trip(tmp_path: Path, name: str) -> None:
    segment = encode_segment(name)
    assert "/" not in segment and "\\" not in segment and "\x00" not in segment
    assert not segment.startswith(".") and len(segment.encode()) < 200
    folder = tmp_path / f"department={segment}" / "year=2023"
    folder.mkdir(parents=True)
    assert folder.resolve().is_relative_to(tmp_path.resolve())
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.table({"v": [1]}), folder / "part-0.parquet")
    table = ds.dataset(tmp_path, partitioning="hive").to_table()
    assert table.column("department").to_pylist() == [name]


def test_names_differing_in_case_or_width_never_collide() -> None:
    names = ["A局", "a局", "Ａ局", "ａ局"]
    assert len({encode_segment(n).lower() for n in names}) == len(names)


def test_interrupted_run_leaves_previous_output_readable(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert extract(str(SAMPLE), "--out", str(out)) == 0
    before = len(pd.read_parquet(out / "current" / "mentions"))
    big = tmp_path / "big"
    big.mkdir()
    text = (SAMPLE / "01_文化旅游汇编_2023.txt").read_text("utf-8")
    for i in range(300):
        (big / f"{i:03}.txt").write_text(text, encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "metrics.cli", "extract", str(big), "--out", str(out), "--quiet"],
        cwd=ROOT,
    )
    time.sleep(1.5)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert len(pd.read_parquet(out / "current" / "mentions")) == before
    # the next run cleans up after the killed one and replaces the tables
    assert extract(str(SAMPLE / "04_文化旅游局_2024.txt"), "--out", str(out)) == 0
    assert not list(out.glob("runs/.staging-*")) and len(list(out.glob("runs/*"))) == 2
    mentions = pd.read_parquet(out / "current" / "mentions")
    assert set(mentions.source_file) == {"04_文化旅游局_2024.txt"}


def test_two_runs_into_different_folders_do_not_interfere(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    assert extract(str(SAMPLE / "04_文化旅游局_2024.txt"), "--out", str(a)) == 0
    assert extract(str(SAMPLE), "--out", str(b)) == 0
    one, every = (pd.read_parquet(x / "current" / "mentions").source_file for x in (a, b))
    assert set(one) == {"04_文化旅游局_2024.txt"}
    assert len(set(every)) == len(list(SAMPLE.glob("*.txt")))


WORDS = [
    "万元",
    "亿元",
    "个",
    "人次",
    "名",
    "所",
    "平方米",
    "个百分点",
    "年",
    "月",
    "第",
    "同比增长",
    "完成率",
    "目标",
    "计划",
    "D",
    "【篇一】",
    "工作总结",
]
PIECES = st.sampled_from(
    [
        *"0123456789０１２.,%％xX* \n、，。；（）()“”一二三两十百千万亿余多近约超以上左右",
        *WORDS,
        "2023年工作总结\n",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=60).map("".join))
def test_extraction_invariants(text: str) -> None:
    first = process_text(text, "fuzz.txt")
    second = process_text(text, "fuzz.txt")
    assert first.mentions == second.mentions and first.pairs == second.pairs
    check_rows(text, first.mentions)
