"""Line ends: LF, CRLF, a lone CR (old Mac files), NEL and U+2028/U+2029 all end a line
(``metrics.io.with_line_ends``), whole or streamed, and a figure's span still points at
the figure in the file as it is on disk."""

from __future__ import annotations

from pathlib import Path

import pytest

import metrics
from metrics import pipeline
from metrics.cli import main
from metrics.io import TextStream, read_text, with_line_ends

# A report in the corpus's style, written for this test, with LF line ends.
REPORT = (
    "县人力资源和社会保障局2024年工作总结\n"
    "\n"
    "2024年，县人社局围绕稳就业、保民生，各项工作取得新进展。\n"
    "一、主要工作成效\n"
    "（一）就业形势总体稳定。全年城镇新增就业3260人，同比增长4.8%；发放创业担保贷款xx万元。\n"
    "（二）社保扩面持续推进。城乡居民养老保险参保人数达到18.6万人，完成年度任务的102%。\n"
    "二、2025年工作计划\n"
    "力争城镇新增就业3300人以上，城镇调查失业率控制在5.5%以内。\n"
)
ENDINGS = {"cr": "\r", "crlf": "\r\n", "nel": "\x85", "ls": "\u2028", "ps": "\u2029", "vt": "\x0b"}


def test_every_line_end_reads_as_a_line_end_one_character_for_one() -> None:
    for name, end in ENDINGS.items():
        text = REPORT.replace("\n", end)
        read = with_line_ends(text)
        assert len(read) == len(text), name  # offsets unchanged
        assert read.replace("\r\n", "\n") == REPORT.replace("\r\n", "\n"), name
    mixed = "甲\r乙\r\n丙\n丁\r"
    assert with_line_ends(mixed) == "甲\n乙\r\n丙\n丁\n"
    assert with_line_ends(REPORT) is REPORT  # nothing to do: the same text


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030", "utf-16"])
def test_a_cr_only_file_reads_as_lines(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "mac.txt"
    path.write_bytes(REPORT.replace("\n", "\r").encode(encoding))
    assert read_text(path).text == REPORT


def test_a_stream_keeps_a_crlf_cut_between_two_blocks_one_line_end(tmp_path: Path) -> None:
    line = "全年城镇新增就业3260人。\r\n"
    path = tmp_path / "big.txt"
    data = (line * 200).encode("utf-8")
    path.write_bytes(data)
    cut = data.index(b"\r\n") + 1  # the first block ends between CR and LF
    blocks = list(TextStream(path, block_bytes=cut))
    assert not blocks[0].endswith("\r") and blocks[1].startswith("\r\n")
    assert "".join(blocks) == line * 200
    path.write_bytes(data.replace(b"\r\n", b"\r"))
    for size in (cut, 97, 4096):  # blocks ending on a CR, inside characters, the whole
        assert "".join(TextStream(path, block_bytes=size)) == (line * 200).replace("\r\n", "\n")


def _spans_point_at_the_figures(tables: metrics.Tables, original: str) -> metrics.Tables:
    """``tables``, checked: each figure's span in ``original`` is the figure's text."""
    mentions = tables.mentions
    assert len(mentions) >= 6
    spans = zip(mentions["char_start"], mentions["char_end"], mentions["text"], strict=True)
    assert [original[start:end] for start, end, _ in spans] == mentions["text"].tolist()
    return tables


def _written(out: Path, path: Path) -> metrics.Tables:
    """The tables of ``out``, checked against ``path`` as it is on disk."""
    return _spans_point_at_the_figures(metrics.load(out), path.read_bytes().decode("utf-8"))


@pytest.mark.parametrize("end", ["\r", "\u2028", "\x0b", "\r\n"])
@pytest.mark.parametrize("pieces", [False, True])
def test_a_report_with_other_line_ends_gives_the_tables_of_lf(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, end: str, pieces: bool
) -> None:
    lf, other = tmp_path / "lf" / "r.txt", tmp_path / "other" / "r.txt"
    for path, text in ((lf, REPORT), (other, REPORT.replace("\n", end))):
        path.parent.mkdir()
        path.write_bytes(text.encode("utf-8"))
    if pieces:  # read as a large file is: streamed, in pieces
        monkeypatch.setattr(pipeline, "LARGE_FILE", 0)
        monkeypatch.setattr(pipeline, "PIECE_CHARS", 60)
    for path in (lf, other):
        args = [
            "extract",
            str(path.parent),
            "--out",
            str(path.parent.parent / f"out-{path.parent.name}"),
        ]
        assert main([*args, "--quiet", "--jobs", "1"]) == 0
    want = _written(tmp_path / "out-lf", lf)
    got = _written(tmp_path / "out-other", other)
    assert got.documents["title"].tolist() == ["县人力资源和社会保障局2024年工作总结"]
    assert got.documents["title"].tolist() == want.documents["title"].tolist()
    assert got.sections["heading"].tolist() == want.sections["heading"].tolist()
    columns = ["text", "metric", "role", "section", "year"]
    columns += ["char_start"] if len(end) == 1 else []  # a CRLF is two characters
    assert got.mentions[columns].equals(want.mentions[columns])


def test_text_given_in_memory_has_its_lines_too() -> None:
    text = REPORT.replace("\n", "\r")
    tables = _spans_point_at_the_figures(metrics.extract_text(text, name="mac.txt"), text)
    assert tables.documents["title"].tolist() == ["县人力资源和社会保障局2024年工作总结"]
