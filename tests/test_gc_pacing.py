"""``gc_pacing.fewer_collections``: the collector's first threshold raised inside, the
thresholds found put back after, whatever happens inside; an extraction runs under it and
leaves the process's collector as it found it."""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from metrics import api, pipeline
from metrics.gc_pacing import YOUNG, fewer_collections

TEXT = "某县2025年政府工作报告\n全年完成固定资产投资5.2亿元，新建学校3所，城镇新增就业1200人。\n"


@pytest.fixture(autouse=True)
def thresholds() -> Iterator[tuple[int, int, int]]:
    found = gc.get_threshold()
    gc.set_threshold(700, 10, 10)  # CPython's default, whatever another test left
    yield gc.get_threshold()
    gc.set_threshold(*found)


def test_inside_the_first_threshold_is_raised_and_after_it_is_put_back() -> None:
    with fewer_collections():
        assert gc.get_threshold() == (YOUNG, 10, 10)
    assert gc.get_threshold() == (700, 10, 10)


def test_an_error_inside_puts_the_thresholds_back() -> None:
    with pytest.raises(ZeroDivisionError), fewer_collections():
        1 / 0  # noqa: B018
    assert gc.get_threshold() == (700, 10, 10)


def test_nested_uses_share_one_raise_put_back_by_the_last_to_leave() -> None:
    with fewer_collections():
        with fewer_collections():
            assert gc.get_threshold()[0] == YOUNG
        assert gc.get_threshold()[0] == YOUNG  # the outer one is still inside
    assert gc.get_threshold() == (700, 10, 10)


def test_threads_share_one_raise() -> None:
    inside, leave = threading.Event(), threading.Event()

    def other() -> None:
        with fewer_collections():
            inside.set()
            leave.wait(5)

    worker = threading.Thread(target=other)
    worker.start()
    inside.wait(5)
    with fewer_collections():
        assert gc.get_threshold()[0] == YOUNG
    assert gc.get_threshold()[0] == YOUNG  # the other thread is still inside
    leave.set()
    worker.join(5)
    assert gc.get_threshold() == (700, 10, 10)


@pytest.mark.parametrize("first", [0, 50_000])
def test_a_collector_turned_off_or_paced_slower_already_is_left_alone(first: int) -> None:
    gc.set_threshold(first, 10, 10)
    with fewer_collections():
        assert gc.get_threshold() == (first, 10, 10)
    assert gc.get_threshold() == (first, 10, 10)


def test_a_threshold_set_inside_by_someone_else_is_not_overwritten() -> None:
    with fewer_collections():
        gc.set_threshold(2_000, 5, 5)  # (a notebook's own choice, made meanwhile)
    assert gc.get_threshold() == (2_000, 5, 5)


def test_processing_and_extracting_run_under_it_and_leave_the_collector_as_found(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: dict[str, int] = {}

    def noting(name: str, work: Callable[..., Any]) -> Callable[..., Any]:
        def noted(*args: Any) -> Any:
            seen[name] = gc.get_threshold()[0]
            return work(*args)

        return noted

    monkeypatch.setattr(pipeline, "_process_text", noting("file", pipeline._process_text))
    monkeypatch.setattr(api, "_tables", noting("tables", api._tables))
    assert pipeline.process_text(TEXT, "a.txt").mentions
    assert seen == {"file": YOUNG}
    assert gc.get_threshold() == (700, 10, 10)
    assert len(api.extract_text(TEXT).mentions) == 3
    assert seen == {"file": YOUNG, "tables": YOUNG}
    assert gc.get_threshold() == (700, 10, 10)


def test_the_command_line_writes_its_tables_under_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from metrics import cli

    seen: list[int] = []
    write = cli.write_outputs

    def noted(*args: Any) -> Any:
        seen.append(gc.get_threshold()[0])
        return write(*args)

    monkeypatch.setattr(cli, "write_outputs", noted)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "report.txt").write_text(TEXT, encoding="utf-8")
    args = ["extract", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--quiet"]
    assert cli.main([*args, "--jobs", "1"]) == 0
    assert seen == [YOUNG]
    assert gc.get_threshold() == (700, 10, 10)
