"""The column builders give the arrays pyarrow's own conversion gives, without pandas."""

from __future__ import annotations

import subprocess
import sys
from enum import StrEnum

import numpy as np
import pyarrow as pa
import pytest

from metrics import columns

# Over 64 rows, so that validity bitmaps span several bytes; nulls at uneven places.
PHRASES = ["新建学校", "城镇新增就业", "GDP增长", "", "单位GDP能耗下降", "𠀋𡈽村道路", "x", "5%"]
STRINGS = [None if i % 7 == 3 else PHRASES[i % len(PHRASES)] + str(i) for i in range(70)]


class Role(StrEnum):
    TARGET = "target"
    ACTUAL = "actual"


def same(mine: pa.Array, theirs: pa.Array) -> None:
    mine.validate(full=True)
    assert mine.type == theirs.type
    assert mine.is_null().equals(theirs.is_null())
    if pa.types.is_floating(mine.type):  # NaN is not equal to itself: compared as numpy
        np.testing.assert_array_equal(mine.to_numpy(False), theirs.to_numpy(False))
    else:
        assert mine.equals(theirs)
        assert mine.to_pylist() == theirs.to_pylist()


@pytest.mark.parametrize(
    "values",
    [
        STRINGS,
        [],
        [None, None],
        ["", ""],
        ["plain ascii", "tab\tand newline\n"],
        ["𠀋", "😀 emoji", "é", "∗"],  # four-, two- and three-byte characters
        [Role.TARGET, None, Role.ACTUAL],
    ],
)
def test_strings_are_those_of_pa_array(values: list) -> None:
    same(columns.column(values, pa.string()), pa.array(values, pa.string()))


@pytest.mark.parametrize("bad", ["name\udcff.txt", "\ud83d"])
def test_a_surrogate_escape_is_refused_as_pa_array_refuses_it(bad: str) -> None:
    with pytest.raises(UnicodeEncodeError):
        pa.array(["ok", bad], pa.string())
    with pytest.raises(UnicodeEncodeError):
        columns.column(["ok", bad], pa.string())


def test_a_number_in_a_string_column_is_refused() -> None:
    with pytest.raises(TypeError):
        columns.column(["三所", 3], pa.string())


@pytest.mark.parametrize(
    ("values", "kind"),
    [
        ([None if i % 5 == 1 else i * 1_000_003 for i in range(70)], pa.int64()),
        ([2025, None, 2024, -1], pa.int32()),
        ([2**63 - 1, -(2**63)], pa.int64()),
        ([], pa.int64()),
        ([None], pa.int32()),
        ([1.5, None, float("nan"), float("inf"), -0.0, 3], pa.float64()),
        ([None if i % 3 == 0 else i / 7 for i in range(70)], pa.float64()),
        ([True, None, False] * 25, pa.bool_()),
        ([np.True_, False], pa.bool_()),
        ([], pa.bool_()),
    ],
)
def test_numbers_and_flags_are_those_of_pa_array(values: list, kind: pa.DataType) -> None:
    same(columns.column(values, kind), pa.array(values, kind))


@pytest.mark.parametrize(
    ("values", "kind", "error"),
    [
        ([2**31], pa.int32(), OverflowError),
        ([1.5], pa.int64(), TypeError),
        (["3"], pa.float64(), TypeError),
        ([1, 0], pa.bool_(), TypeError),
        ([3, True], pa.int64(), TypeError),  # bool is an int, but no count
        ([None, False], pa.int32(), TypeError),
        ([1.5, np.True_], pa.float64(), TypeError),  # pa.array would make it 1.0
        ([True], pa.float64(), TypeError),
    ],
)
def test_a_value_that_does_not_fit_raises(values: list, kind: pa.DataType, error: type) -> None:
    with pytest.raises(error):
        columns.column(values, kind)


@pytest.mark.parametrize(
    ("values", "kind"),
    [
        (np.arange(70, dtype=np.int64) * 3, pa.int64()),
        (np.array([2025, 2024], dtype=np.int64), pa.int32()),
        (np.linspace(-1, 1, 70), pa.float64()),
        (np.arange(70) % 3 == 0, pa.bool_()),
        (np.zeros(0), pa.float64()),
    ],
)
def test_numpy_columns_are_those_of_pa_array(values: np.ndarray, kind: pa.DataType) -> None:
    null = np.arange(len(values)) % 4 == 2
    same(columns.from_numpy(values, kind), pa.array(values, kind))
    same(columns.from_numpy(values, kind, null=null), pa.array(values, kind, mask=null))


def test_a_numpy_column_is_one_dimensional() -> None:
    with pytest.raises(ValueError, match="one-dimensional"):
        columns.from_numpy(np.zeros((2, 3)), pa.float64())


@pytest.mark.parametrize(
    "array",
    [
        pa.array([3, None, 5, 7] * 20, pa.int64()),
        pa.array([3, 4, 5], pa.int32()).slice(1),
        pa.array([1.5, None, float("nan"), 2.0] * 20),
        pa.array([True, False, True] * 30).slice(5, 70),
        pa.array(list(range(10)), pa.int64()).dictionary_encode().indices.slice(3),
        pa.chunked_array([pa.array([1.0, None]), pa.array([2.5])]),
        pa.chunked_array([], pa.float64()),
        pa.array([], pa.bool_()),
    ],
)
def test_to_numpy_gives_the_values_to_numpy_gives(array: pa.Array | pa.ChunkedArray) -> None:
    mine = columns.to_numpy(array)
    theirs = array.to_numpy(zero_copy_only=False)
    assert mine.dtype == theirs.dtype
    np.testing.assert_array_equal(mine, theirs)


def test_to_numpy_refuses_a_boolean_column_with_nulls_and_text() -> None:
    with pytest.raises(ValueError, match="nulls"):
        columns.to_numpy(pa.array([True, None]))
    with pytest.raises(TypeError):
        columns.to_numpy(pa.array(["三"]))


def test_tables_scalars_and_empty_tables() -> None:
    schema = pa.schema([("text", pa.string()), ("year", pa.int32()), ("value", pa.float64())])
    given = {"text": ["新增就业1.2万人", None], "year": np.array([2025, 0]), "value": [1.2, None]}
    mine = columns.table({**given, "value": pa.array([1.2, None])}, schema)
    assert mine.equals(pa.table(given, schema=schema))
    assert columns.empty(schema).equals(schema.empty_table())
    assert columns.scalar("\x1f", pa.string()).equals(pa.scalar("\x1f", pa.string()))
    assert columns.scalar(None, pa.bool_()).equals(pa.scalar(None, pa.bool_()))


def test_building_and_reading_columns_loads_no_pandas() -> None:
    code = (
        "import sys, numpy as np, pyarrow as pa; from metrics import columns as c; "
        "s = pa.schema([('a', pa.string()), ('b', pa.bool_()), ('n', pa.float64())]); "
        "t = c.table({'a': ['新建', None], 'b': [True, None], 'n': np.array([1.0, 2.0])}, s); "
        "c.to_numpy(t['n']); c.to_numpy(c.column([1, None], pa.int64())); c.empty(s); "
        "c.scalar('x', pa.string()); print('pandas' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_null_flags_of_another_length_are_refused() -> None:
    values = np.arange(70, dtype=np.float64)
    for null in (np.zeros(3, bool), np.zeros(72, bool), np.zeros((70, 1), bool)):
        with pytest.raises(ValueError, match="null flags"):
            columns.from_numpy(values, pa.float64(), null=null)


def test_numbers_read_back_cannot_change_the_column() -> None:
    column = pa.array([1.5, 2.5, 4.0])
    numbers = columns.to_numpy(column)
    assert numbers.flags.writeable == column.to_numpy().flags.writeable
    with pytest.raises(ValueError, match="read-only"):
        numbers[0] = 9.0
    assert column.to_pylist() == [1.5, 2.5, 4.0]
