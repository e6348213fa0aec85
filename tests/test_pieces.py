"""Large files are read block by block and processed in pieces; the pieces put back
together give the file's own offsets, ids and warnings."""

from __future__ import annotations

import codecs
from pathlib import Path

import pandas as pd
import pytest

import metrics
import metrics.pipeline as pipeline
from metrics.cli import main
from metrics.io import TextStream, read_text
from metrics.pipeline import Assembler, FileResult, process_text, run_task, tasks
from metrics.segment.pieces import cut_point


def _compilation(corpus_files: list[Path], tmp_path: Path, one_line: bool = False) -> Path:
    # 000 (a table of contents, most bodies missing) then 004 (fourteen titled reports)
    text = "\n".join(read_text(f).text for f in (corpus_files[0], corpus_files[-1]))
    if one_line:  # a file pasted from a PDF without its line ends
        text = text.replace("\n", "")
    path = tmp_path / "汇编.txt"
    path.write_text(text, encoding="utf-8")
    return path


def _pieced(path: Path, piece_chars: int) -> tuple[FileResult, int]:
    assembler, whole, count = Assembler(), FileResult(path.name), 0
    for task in tasks(path, large=0, piece_chars=piece_chars):
        assert task.text is not None and len(task.text) < 2 * piece_chars
        part = assembler.take(task, run_task(task))  # type: ignore[arg-type]
        whole.documents += part.documents
        whole.sections += part.sections
        whole.mentions += part.mentions
        whole.pairs += part.pairs
        whole.missing += part.missing  # (the last piece's: the file's)
        whole.listed = part.listed if part.listed is not None else whole.listed
        count += 1
    return whole, count


def test_pieces_cut_at_titles_give_the_whole_files_results(
    corpus_files: list[Path], tmp_path: Path
) -> None:
    path = _compilation(corpus_files, tmp_path)
    whole = process_text(path.read_text(encoding="utf-8"), path.name)
    pieced, count = _pieced(path, 20_000)
    assert count >= 3
    assert pieced.mentions == whole.mentions
    assert pieced.pairs == whole.pairs
    assert pieced.documents == whole.documents
    assert pieced.sections == whole.sections
    assert pieced.warnings == whole.warnings and "19 have no body" in pieced.warnings[0]


def test_a_one_line_file_in_pieces_keeps_every_figure(
    corpus_files: list[Path], tmp_path: Path
) -> None:
    path = _compilation(corpus_files, tmp_path, one_line=True)
    text = path.read_text(encoding="utf-8")
    whole = process_text(text, path.name)
    pieced, count = _pieced(path, 20_000)
    assert count >= 3

    def key(m: object) -> tuple:
        return (m.char_start, m.char_end, m.value, m.masked, m.unit)  # type: ignore[attr-defined]

    assert [key(m) for m in pieced.mentions] == [key(m) for m in whole.mentions]
    assert all(text[m.char_start : m.char_end] == m.text for m in pieced.mentions)
    assert len({m.mention_id for m in pieced.mentions}) == len(pieced.mentions)


def test_cut_point_prefers_a_title_then_a_line_then_a_sentence() -> None:
    body = "全年完成投资3亿元。" * 30
    titled = body + "\n" + body + "\n区统计局2023年工作总结\n" + body
    assert titled[cut_point(titled, 500) :].startswith("区统计局2023年工作总结")
    lined = body + "\n" + body
    assert lined[: cut_point(lined, 250)].endswith("\n")
    one = body * 2
    assert one[: cut_point(one, 250)].endswith("。")
    assert cut_point("x" * 1000, 300) == 300


def test_text_stream_decodes_block_by_block(tmp_path: Path) -> None:
    text = "新增就业岗位1200个，完成率105%。\n" * 400
    for encoding in ("utf-8", "gb18030"):
        path = tmp_path / f"{encoding}.txt"
        path.write_bytes(text.encode(encoding))
        stream = TextStream(path, block_bytes=1001)  # blocks end inside characters
        assert "".join(stream) == text
        assert stream.encoding == encoding and stream.damage is None


def test_text_stream_reports_bad_bytes_in_a_later_block(tmp_path: Path) -> None:
    good = "新增就业岗位1200个。\n".encode() * 300
    data = good + b"\xff\xfe" + good
    path = tmp_path / "damaged.txt"
    path.write_bytes(data)
    stream = TextStream(path, block_bytes=4096)
    assert "".join(stream) == data.decode("utf-8", errors="replace")
    assert stream.damage is not None and f"byte {len(good)}" in stream.damage


def test_text_stream_refuses_binary_like_a_whole_read(tmp_path: Path) -> None:
    path = tmp_path / "scan.txt"
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 100)
    (task,) = tasks(path, large=0)
    assert task.error is not None and "PDF" in str(task.error)
    assert isinstance(run_task(task), Exception)


def test_utf16_with_bom_streams(tmp_path: Path) -> None:
    text = "完成投资3亿元。\n" * 500
    path = tmp_path / "u16.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    assert "".join(TextStream(path, block_bytes=999)) == text


@pytest.mark.parametrize("piece_chars", [20_000, 3_000])  # cut at titles; inside reports
def test_cli_writes_the_same_tables_with_and_without_pieces(
    corpus_files: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, piece_chars: int
) -> None:
    path = _compilation(corpus_files, tmp_path)
    assert main(["extract", str(path), "--out", str(tmp_path / "whole"), "--quiet"]) == 0
    monkeypatch.setattr(pipeline, "LARGE_FILE", 0)
    monkeypatch.setattr(pipeline, "PIECE_CHARS", piece_chars)
    for jobs in ("1", "2"):
        out = tmp_path / f"pieces{jobs}"
        assert main(["extract", str(path), "--out", str(out), "--quiet", "--jobs", jobs]) == 0
        for name in ("documents.parquet", "pairs.parquet", "sections.parquet"):
            pd.testing.assert_frame_equal(
                pd.read_parquet(out / "current" / name),
                pd.read_parquet(tmp_path / "whole" / "current" / name),
            )
        a = pd.read_parquet(out / "current" / "mentions")
        a = a.sort_values("mention_id", ignore_index=True)
        b = pd.read_parquet(tmp_path / "whole" / "current" / "mentions")
        pd.testing.assert_frame_equal(a, b.sort_values("mention_id", ignore_index=True))
        pieced, whole = metrics.load(out), metrics.load(tmp_path / "whole")
        for name in ("targets", "plan_vs_outcome", "trends", "stats_groups", "stats_metrics"):
            pd.testing.assert_frame_equal(getattr(pieced, name), getattr(whole, name))


def _untitled(corpus_files: list[Path], tmp_path: Path) -> Path:
    """Two corpus files' reports without their title lines or piece markers: one document
    of 63,000 characters with headings, in which every cut falls mid-document."""
    from metrics.segment.title_lines import PIECE, is_title_line

    lines = [
        line
        for f in (corpus_files[2], corpus_files[3])
        for line in read_text(f).text.splitlines()
        if not is_title_line(line) and not PIECE.search(line)
    ]
    path = tmp_path / "无标题.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


@pytest.mark.parametrize("piece_chars", [1_500, 4_000, 9_000])
def test_pieces_of_a_file_without_titles_continue_its_document(
    corpus_files: list[Path], tmp_path: Path, piece_chars: int
) -> None:
    path = _untitled(corpus_files, tmp_path)
    whole = process_text(path.read_text(encoding="utf-8"), path.name)
    pieced, count = _pieced(path, piece_chars)
    assert count >= 5 and len(whole.documents) == 1
    _assert_same(pieced, whole)


@pytest.mark.parametrize("piece_chars", [1_000, 2_000, 3_000])
def test_a_cut_inside_a_titled_report_continues_it(
    corpus_files: list[Path], tmp_path: Path, piece_chars: int
) -> None:
    path = _compilation(corpus_files, tmp_path)
    whole = process_text(path.read_text(encoding="utf-8"), path.name)
    pieced, count = _pieced(path, piece_chars)
    continuing = [t for t in tasks(path, large=0, piece_chars=piece_chars) if t.lead]
    assert count >= 20 and len(continuing) >= count // 3  # cuts inside a report
    _assert_same(pieced, whole)


def _assert_same(pieced: FileResult, whole: FileResult) -> None:
    assert pieced.documents == whole.documents
    assert pieced.mentions == whole.mentions
    assert pieced.sections == whole.sections
    assert pieced.pairs == whole.pairs


def test_a_piece_is_given_the_open_documents_head_and_the_text_before_it(
    tmp_path: Path,
) -> None:
    body = "".join(f"全年完成投资{i}亿元。\n" for i in range(4000))
    path = tmp_path / "长.txt"
    path.write_text("县统计局2024年工作总结\n" + body, encoding="utf-8")
    text = path.read_text(encoding="utf-8")
    found = list(tasks(path, large=0, piece_chars=10_000))
    assert found[0].lead is None and all(t.lead for t in found[1:])
    for t in found[1:]:
        lead = t.lead
        assert lead is not None and lead.start == 0
        assert lead.head == text[: len(lead.head)] and lead.head.startswith("县统计局")
        assert lead.joined == (len(lead.head) == t.offset)
        assert lead.joined or text[: t.offset].endswith(lead.tail)
    assert not found[-1].lead.joined  # type: ignore[union-attr]
