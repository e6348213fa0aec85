"""metrics.kernels gives what pyarrow.compute gives: the same kernels, the same options."""

from __future__ import annotations

import pyarrow as pa
import pyarrow.compute as pc
import pytest

from metrics import kernels

TEXT = pa.array(["新建学校", None, "完成投资", "", "新增就业"], pa.string())
OTHER = pa.array(["所", "亿元", None, "万人", "个"], pa.string())
YEARS = pa.array([2024, None, 2025, 2026, None], pa.int64())
FLAGS = pa.array([True, None, False, True, False], pa.bool_())
TABLE = pa.table({"text": TEXT, "year": YEARS, "flag": FLAGS})
EMPTY = pa.scalar("", pa.string())
SEP = pa.scalar("\x1f", pa.string())
ROWS = pa.array([4, 0, 0, 2], pa.int64())


@pytest.mark.parametrize(
    ("ours", "theirs"),
    [
        (lambda: kernels.filter(TABLE, FLAGS), lambda: TABLE.filter(FLAGS)),
        (lambda: kernels.filter(TEXT, FLAGS), lambda: pc.filter(TEXT, FLAGS)),
        (lambda: kernels.take(TABLE, ROWS), lambda: TABLE.take(ROWS)),
        (
            lambda: kernels.take(pa.chunked_array([TEXT, OTHER]), ROWS),
            lambda: pc.take(pa.chunked_array([TEXT, OTHER]), ROWS),
        ),
        (lambda: kernels.cast(YEARS, pa.float64()), lambda: pc.cast(YEARS, pa.float64())),
        (lambda: kernels.cast(YEARS, pa.string()), lambda: pc.cast(YEARS, pa.string())),
        (lambda: kernels.fill_null(TEXT, EMPTY), lambda: pc.fill_null(TEXT, EMPTY)),
        (
            lambda: kernels.fill_null(FLAGS, pa.scalar(False)),
            lambda: pc.fill_null(FLAGS, pa.scalar(False)),
        ),
        # a fill of another type is made of the values' type first, as pyarrow.compute does
        (
            lambda: kernels.fill_null(TEXT, pa.scalar("", pa.large_string())),
            lambda: pc.fill_null(TEXT, pa.scalar("", pa.large_string())),
        ),
        (lambda: kernels.dictionary_encode(OTHER), lambda: pc.dictionary_encode(OTHER)),
        (
            lambda: kernels.dictionary_encode(OTHER, "encode"),
            lambda: pc.dictionary_encode(OTHER, null_encoding="encode"),
        ),
        (
            lambda: kernels.is_in(TEXT, pa.array(["新建学校", ""])),
            lambda: pc.is_in(TEXT, pa.array(["新建学校", ""])),
        ),
        (lambda: kernels.match_substring(TEXT, "新"), lambda: pc.match_substring(TEXT, "新")),
        (
            lambda: kernels.binary_join_element_wise(TEXT, OTHER, SEP),
            lambda: pc.binary_join_element_wise(TEXT, OTHER, SEP),
        ),
        (lambda: kernels.is_valid(TEXT), lambda: TEXT.is_valid()),
        (lambda: kernels.is_null(YEARS), lambda: pc.is_null(YEARS)),
        (lambda: kernels.equal(TEXT, EMPTY), lambda: pc.equal(TEXT, EMPTY)),
        (
            lambda: kernels.subtract(YEARS, pa.scalar(2000)),
            lambda: pc.subtract(YEARS, pa.scalar(2000)),
        ),
        (lambda: kernels.and_(FLAGS, FLAGS), lambda: pc.and_(FLAGS, FLAGS)),
        (
            lambda: kernels.and_kleene(FLAGS, pc.invert(FLAGS)),
            lambda: pc.and_kleene(FLAGS, pc.invert(FLAGS)),
        ),
        (
            lambda: kernels.or_kleene(FLAGS, pc.invert(FLAGS)),
            lambda: pc.or_kleene(FLAGS, pc.invert(FLAGS)),
        ),
        (lambda: kernels.any(FLAGS), lambda: pc.any(FLAGS)),
        (
            lambda: kernels.any(pa.array([None], pa.bool_())),
            lambda: pc.any(pa.array([None], pa.bool_())),
        ),
        (lambda: kernels.if_else(FLAGS, TEXT, OTHER), lambda: pc.if_else(FLAGS, TEXT, OTHER)),
        (lambda: kernels.coalesce(TEXT, OTHER, EMPTY), lambda: pc.coalesce(TEXT, OTHER, EMPTY)),
    ],
)
def test_a_kernel_gives_what_pyarrow_compute_gives(ours, theirs) -> None:
    got, expected = ours(), theirs()
    assert type(got) is type(expected)
    assert got.equals(expected)


def test_a_take_out_of_bounds_raises_as_pyarrow_compute_does() -> None:
    with pytest.raises(IndexError):
        kernels.take(TEXT, pa.array([9], pa.int64()))


def test_a_lossy_cast_raises_as_pyarrow_compute_does() -> None:
    with pytest.raises(pa.ArrowInvalid):
        kernels.cast(pa.array([1.5], pa.float64()), pa.int64())
