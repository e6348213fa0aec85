"""Arrow columns made from Python values and numpy arrays, and read back, without pandas.

Contract: ``column(values, kind)`` is the array ``pa.array(values, kind)`` gives for a
sequence of Python values of the column's type, ``None`` a null: ``str`` for strings,
``int`` for 32- and 64-bit integers, ``float`` (or ``int``) for doubles, ``bool`` for
booleans. ``from_numpy(values, kind, null)`` is the array of a numpy array, ``null``
marking the rows that are missing; ``table(columns, schema)`` a table of a schema from
either (or from Arrow arrays), ``empty(schema)`` one with no rows, ``scalar(value, kind)``
one value. ``to_numpy(array)`` gives a numeric or boolean column back as numpy (floats
with NaN where missing). A string that is not valid Unicode (a surrogate escape) raises
``UnicodeEncodeError``, as ``pa.array`` does; a boolean column takes only ``bool``, and
a number column no ``bool`` (``TypeError``: see ``_FLAGS``).

Why: pyarrow imports pandas (0.4 s of start-up) the first time it converts Python objects
or numpy arrays, or turns a column into numpy (``pa.array``, ``pa.scalar``,
``Array.to_numpy``, ``Schema.empty_table``: its pandas shim asks whether they are pandas
objects). These lay out the buffers of Arrow's columnar format themselves (a validity
bitmap, least significant bit first; 32-bit offsets into UTF-8 text) and hand them to
``pa.Array.from_buffers``, so that ``metrics extract`` never loads pandas.
"""

from __future__ import annotations

import itertools
import operator
from array import array
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pyarrow as pa

# array typecode (exact: a float given for an integer raises) and numpy type of each
# numeric kind; the typecode is chosen by size, as C's int and long vary by platform.
_TYPECODE = {
    pa.int32(): next(c for c in "ilq" if array(c).itemsize == 4),
    pa.int64(): next(c for c in "lq" if array(c).itemsize == 8),
    pa.float64(): "d",
}
_NUMPY = {pa.int32(): np.int32, pa.int64(): np.int64, pa.float64(): np.float64}
_BOOLS = frozenset({bool, np.bool_, type(None)})
# A flag in a number column is refused, not read as 0 or 1 (Python's bool is an int, so
# ``array`` would take it): a count, year or amount given True is a mistake upstream, and
# ``pa.array`` refuses it in an integer column too (it turns it into 1.0 in a double one).
_FLAGS = frozenset({bool, np.bool_})
MAX_TEXT = 2**31 - 1  # bytes a string column's 32-bit offsets can reach


def column(values: Sequence[Any], kind: pa.DataType) -> pa.Array:
    """The array of ``values`` (Python objects, ``None`` a null) as ``kind``."""
    values = values if isinstance(values, list) else list(values)
    valid = list(map(operator.is_not, values, itertools.repeat(None)))
    nulls = len(values) - sum(valid)
    if kind == pa.string():
        return _strings(values, valid, nulls)
    if kind == pa.bool_():
        if not _BOOLS.issuperset(map(type, values)):
            raise TypeError(f"a boolean column takes bool or None, not {_odd(values, _BOOLS)}")
        data = np.fromiter(values, bool, len(values))  # None is False, and masked
        return _array(kind, len(values), valid, nulls, _bitmap(data))
    if kind not in _TYPECODE:
        raise TypeError(f"no column builder for Arrow type {kind}")
    if not _FLAGS.isdisjoint(map(type, values)):
        raise TypeError(f"a {kind} column takes numbers, not bool")
    if nulls:
        values = [0 if v is None else v for v in values]
    data = pa.py_buffer(array(_TYPECODE[kind], values))
    return _array(kind, len(values), valid, nulls, data)


def _strings(values: list[Any], valid: list[bool], nulls: int) -> pa.Array:
    """A string array: the values' UTF-8 bytes one after another, and where each begins."""
    n = len(values)
    present = list(itertools.compress(values, valid)) if nulls else values
    joined = "".join(present)  # a value that is not a str raises TypeError here
    data = joined.encode("utf-8")  # a surrogate escape raises UnicodeEncodeError
    if len(data) > MAX_TEXT:
        raise ValueError(f"a string column of {len(data):,} bytes is over 2 GiB")
    if len(data) == len(joined):  # all ASCII: a character is a byte
        lengths = np.fromiter(map(len, present), np.int64, len(present))
    else:  # each value's bytes counted (a tenth of scanning long Chinese text for where
        # characters begin)
        lengths = np.fromiter(map(len, map(str.encode, present)), np.int64, len(present))
    if nulls:
        lengths = _spread(lengths, np.array(valid, bool))
    ends = np.zeros(n + 1, np.int64)  # in bytes
    np.cumsum(lengths, out=ends[1:])
    offsets = pa.py_buffer(ends.astype(np.int32))
    return _array(pa.string(), n, valid, nulls, offsets, pa.py_buffer(data))


def _spread(present: np.ndarray, valid: np.ndarray) -> np.ndarray:
    """The values of the valid rows put at their rows, 0 at the others."""
    out = np.zeros(len(valid), present.dtype)
    out[valid] = present
    return out


def _bitmap(flags: np.ndarray) -> pa.Buffer:
    """Arrow's bitmap of boolean flags: one bit a row, the first row the lowest bit."""
    return pa.py_buffer(np.packbits(flags, bitorder="little"))


def _array(
    kind: pa.DataType, n: int, valid: Sequence[bool] | np.ndarray, nulls: int, *data: pa.Buffer
) -> pa.Array:
    validity = _bitmap(np.asarray(valid, bool)) if nulls else None
    return pa.Array.from_buffers(kind, n, [validity, *data], null_count=nulls)


def _odd(values: Sequence[Any], allowed: frozenset[type]) -> str:
    return next(type(v).__name__ for v in values if type(v) not in allowed)


def from_numpy(values: np.ndarray, kind: pa.DataType, null: np.ndarray | None = None) -> pa.Array:
    """The array of a one-dimensional numpy array as ``kind`` (numeric or boolean), a row
    missing where ``null`` is true; numbers are converted as ``astype`` converts them."""
    values = np.asarray(values)
    if values.ndim != 1:
        raise ValueError(f"a column is one-dimensional, not of shape {values.shape}")
    valid = np.ones(len(values), bool) if null is None else ~np.asarray(null, bool)
    if valid.shape != values.shape:  # a bitmap of another length reads past its rows
        raise ValueError(f"{len(values)} values and {valid.size} null flags")
    nulls = len(values) - int(valid.sum())
    if kind == pa.bool_():
        return _array(kind, len(values), valid, nulls, _bitmap(values.astype(bool)))
    if kind not in _NUMPY:
        raise TypeError(f"no column builder for Arrow type {kind} from numpy")
    data = pa.py_buffer(np.ascontiguousarray(values, _NUMPY[kind]))
    return _array(kind, len(values), valid, nulls, data)


def scalar(value: Any, kind: pa.DataType) -> pa.Scalar:
    """One value as an Arrow scalar of ``kind`` (what compute functions are given)."""
    return column([value], kind)[0]


def table(columns: Mapping[str, Any], schema: pa.Schema) -> pa.Table:
    """A table of ``schema``, each column from Arrow, numpy or a sequence of values."""
    return pa.Table.from_arrays([_any(columns[f.name], f.type) for f in schema], schema=schema)


def empty(schema: pa.Schema) -> pa.Table:
    """A table of ``schema`` with no rows."""
    return table({name: [] for name in schema.names}, schema)


def _any(values: Any, kind: pa.DataType) -> pa.Array | pa.ChunkedArray:
    if isinstance(values, (pa.Array, pa.ChunkedArray)):
        return values
    if isinstance(values, np.ndarray):
        return from_numpy(values, kind)
    return column(values, kind)


def to_numpy(values: pa.Array | pa.ChunkedArray) -> np.ndarray:
    """A numeric or boolean column as numpy: integers and floats as their own type (a
    column with nulls as floats, NaN where missing), booleans as ``bool`` (a boolean
    column must have no nulls: fill them first). Numbers without nulls are a read-only
    view of the column, as ``Array.to_numpy`` gives them."""
    if isinstance(values, pa.ChunkedArray):
        values = values.combine_chunks()
    kind, n, at = values.type, len(values), values.offset
    dtype = _dtype(kind)
    if n == 0:
        return np.zeros(0, dtype)
    validity, data = values.buffers()[:2]
    if kind == pa.bool_():
        if values.null_count:
            raise ValueError("a boolean column with nulls: fill them before")
        return _bits(data, at, n)
    out = np.frombuffer(data, dtype, count=n, offset=at * dtype.itemsize)
    out.flags.writeable = False  # a view of the column's memory, which Arrow never changes
    if values.null_count:
        out = np.where(_bits(validity, at, n), out, np.nan)
    return out


def _dtype(kind: pa.DataType) -> np.dtype:
    """The numpy type of a boolean, integer or floating Arrow type."""
    if kind == pa.bool_():
        return np.dtype(bool)
    if pa.types.is_integer(kind):
        return np.dtype(f"{'i' if pa.types.is_signed_integer(kind) else 'u'}{kind.bit_width // 8}")
    if pa.types.is_floating(kind):
        return np.dtype(f"f{kind.bit_width // 8}")
    raise TypeError(f"no numpy conversion for Arrow type {kind}")


def _bits(bitmap: pa.Buffer, at: int, n: int) -> np.ndarray:
    """``n`` flags of an Arrow bitmap from bit ``at``."""
    return np.unpackbits(np.frombuffer(bitmap, np.uint8), count=at + n, bitorder="little")[
        at:
    ].astype(bool)
