"""Any input shape stays linear and bounded: no sentence, piece or task grows with the
file (issue 25). Speed and memory are measured in benchmarks/shapes.py, not here."""

from __future__ import annotations

import os
from itertools import pairwise
from pathlib import Path

import pytest

import metrics.pipeline as pipeline
from metrics.engine import run_files
from metrics.pipeline import LARGE_FILE, PIECE_CHARS, process_text, tasks
from metrics.segment.pieces import cut_point
from metrics.segment.sentences import MAX_SENTENCE, split_sentences

# A report pasted without its sentence ends: clauses joined by commas only.
RUN_ON = "完成投资5亿元，新建学校3所，"
LIST_RUN = "修缮校舍12处、新增学位360个、培训教师85人、"


def test_a_run_without_sentence_ends_is_cut_at_clause_marks() -> None:
    for unit in (RUN_ON, LIST_RUN):
        text = unit * 400
        spans = list(split_sentences(text, 0, len(text)))
        assert all(e - s <= MAX_SENTENCE for s, e in spans)
        assert spans[0][0] == 0 and spans[-1][1] == len(text)
        for (_, e), (s, _) in pairwise(spans):
            assert text[e - 1] in "，、" and s == e  # cut after a clause mark, nothing lost


def test_sentences_of_ordinary_length_are_not_cut() -> None:
    text = "全年新增城镇就业1.2万人，" * 20 + "城镇登记失业率控制在3.5%以内。下一句。"
    first = next(iter(split_sentences(text, 0, len(text))))
    assert text[first[0] : first[1]].endswith("以内。")


def test_every_figure_of_a_long_line_is_found_with_its_metric() -> None:
    result = process_text(RUN_ON * 3000, "long.txt")
    assert len(result.mentions) == 6000
    assert {m.metric for m in result.mentions} == {"投资", "学校"}
    assert max(len(m.sentence) for m in result.mentions) <= MAX_SENTENCE


def test_tasks_are_bounded_whatever_the_file_size(tmp_path: Path) -> None:
    path = tmp_path / "one_line.txt"
    # 45 bytes a clause: a file over LARGE_FILE, of at least 3 pieces
    path.write_text(RUN_ON * max(PIECE_CHARS // 5, LARGE_FILE // 30), encoding="utf-8")
    found = list(tasks(path))
    assert len(found) > 1 and all(t.text and len(t.text) < 2 * PIECE_CHARS for t in found)
    assert "".join(t.text or "" for t in found) == path.read_text(encoding="utf-8")
    assert all((t.text or "").endswith("，") for t in found[:-1])  # never inside a figure


def test_cut_point_without_sentence_end_cuts_after_a_clause() -> None:
    text = RUN_ON * 100
    cut = cut_point(text, 500)
    assert 500 <= cut <= 750 and text[cut - 1] == "，"


def test_one_large_file_is_shared_by_the_pool(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A single file cut into pieces goes to the workers (it ran in the parent alone),
    with the tables of one process."""
    monkeypatch.setattr(pipeline, "LARGE_FILE", 1000)
    monkeypatch.setattr(pipeline, "PIECE_CHARS", 2000)
    path = tmp_path / "one_line.txt"
    path.write_text(RUN_ON * 1000, encoding="utf-8")
    real = pipeline.process_text

    def spy(
        text: str, source_file: str, continued: bool = False, window: tuple | None = None
    ) -> pipeline.FileResult:
        result = real(text, source_file, continued, window)
        result.damage = str(os.getpid())  # where it ran, carried back with the result
        return result

    monkeypatch.setattr(pipeline, "process_text", spy)
    pooled = [o for _, o in run_files([path], 2)]
    pids = {o.damage for o in pooled if isinstance(o, pipeline.FileResult)}
    assert str(os.getpid()) not in pids
    alone = [o for _, o in run_files([path], 1)]
    assert [o.mentions for o in pooled] == [o.mentions for o in alone]  # type: ignore[union-attr]
