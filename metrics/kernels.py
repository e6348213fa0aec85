"""Arrow's compute kernels called by name, without importing ``pyarrow.compute``.

Contract: each function here gives what the ``pyarrow.compute`` function of the same name
gives for the same arguments (``filter``, ``take`` and ``is_valid`` also stand for the
methods ``Table.filter``, ``Array.take``, ``Array.is_valid``…, which call them): the same
kernel, through ``call_function``, with the options those functions make of their
arguments. Only the kernels the end of a run uses are here (the statistics, the trends and
the plan links).

Why: ``import pyarrow.compute`` wraps every one of Arrow's ~290 kernels in a Python
function with a signature and a docstring parsed from its documentation (``inspect``,
``pydoc``, a vendored numpydoc): 0.045 s of CPU at every start of ``metrics extract``, a
tenth of it, for the twenty-odd kernels a run calls. The kernels themselves, their
registry and their options are in the compiled ``pyarrow._compute`` (0.005 s). The methods
of pyarrow's arrays and tables that compute (``filter``, ``take``, ``is_valid``, ``cast``,
``fill_null``, ``sort_by``…) import ``pyarrow.compute`` on their first call, so the
modules a run imports call these functions instead (``tests/test_imports.py`` checks that
a run loads no ``pyarrow.compute``). Where ``pyarrow._compute`` is not laid out as read
here (another pyarrow), the public module stands in: the same kernels, slower to import.
"""

from __future__ import annotations

from typing import Any

import pyarrow as pa

try:
    from pyarrow import _compute as compute
except ImportError:  # pragma: no cover - another layout of pyarrow
    from pyarrow import compute  # type: ignore[no-redef]

call_function = compute.call_function

# (made once: ``take``'s and ``filter``'s options are the same at every call)
_TAKE = compute.TakeOptions(boundscheck=True)
_DROP = compute.FilterOptions("drop")


def _call(name: str, *args: Any) -> Any:
    """The kernel ``name`` on ``args`` with its default options."""
    return call_function(name, list(args))


def filter(data: Any, mask: Any) -> Any:
    """``pc.filter(data, mask)``: the rows where ``mask`` is true (a null drops the row)."""
    return call_function("filter", [data, mask], _DROP)


def take(data: Any, indices: Any) -> Any:
    """``pc.take(data, indices)``: the rows at ``indices``, bounds checked."""
    return call_function("take", [data, indices], _TAKE)


def cast(values: Any, kind: pa.DataType) -> Any:
    """``pc.cast(values, kind)``: a safe cast (an overflow or lossy cast raises)."""
    return call_function("cast", [values], compute.CastOptions.safe(kind))


def fill_null(values: Any, fill: pa.Scalar) -> Any:
    """``pc.fill_null(values, fill)`` of an Arrow scalar: ``fill`` where a value is null."""
    if values.type != fill.type:  # (as pyarrow.compute: the fill made of the values' type)
        fill = pa.scalar(fill.as_py(), type=values.type)
    return call_function("coalesce", [values, fill])


def dictionary_encode(values: Any, null_encoding: str = "mask") -> Any:
    """``pc.dictionary_encode(values, null_encoding)``."""
    return call_function(
        "dictionary_encode", [values], compute.DictionaryEncodeOptions(null_encoding)
    )


def is_in(values: Any, value_set: Any) -> Any:
    """``pc.is_in(values, value_set)``."""
    return call_function("is_in", [values], compute.SetLookupOptions(value_set))


def match_substring(values: Any, pattern: str) -> Any:
    """``pc.match_substring(values, pattern)``: case-sensitive."""
    return call_function("match_substring", [values], compute.MatchSubstringOptions(pattern))


def binary_join_element_wise(*strings: Any) -> Any:
    """``pc.binary_join_element_wise(*strings)``: the last is the separator; a null in
    any row gives null (pyarrow.compute's default, ``emit_null``)."""
    return _call("binary_join_element_wise", *strings)


def is_valid(values: Any) -> Any:
    return _call("is_valid", values)


def is_null(values: Any) -> Any:
    return _call("is_null", values)


def equal(left: Any, right: Any) -> Any:
    return _call("equal", left, right)


def subtract(left: Any, right: Any) -> Any:
    return _call("subtract", left, right)


def and_(left: Any, right: Any) -> Any:
    return _call("and", left, right)


def and_kleene(left: Any, right: Any) -> Any:
    return _call("and_kleene", left, right)


def or_kleene(left: Any, right: Any) -> Any:
    return _call("or_kleene", left, right)


def any(values: Any) -> Any:
    """``pc.any(values)``: nulls skipped, null when no value is left."""
    return _call("any", values)


def if_else(cond: Any, left: Any, right: Any) -> Any:
    return _call("if_else", cond, left, right)


def coalesce(*values: Any) -> Any:
    return _call("coalesce", *values)
