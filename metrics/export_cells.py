"""Cells a spreadsheet opens safely: text that would run as a formula made inert.

Contract: ``csv_safe(frame)`` returns ``frame`` with every text cell that begins with
``= + - @``, a tab or a carriage return prefixed with ``'`` (Excel, LibreOffice and Google
Sheets run such a cell as a formula: ``=HYPERLINK(…)`` in a department's name, a metric or
a quoted sentence would be live); number and boolean columns are never touched, so
``-3.5`` stays a number. Used by every CSV metrics writes: the exports (``metrics.export``)
and the run's own ``mentions.csv`` (``metrics.tables``, upstream of the exports, hence a
module of its own).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def escape_formula(value: object) -> object:
    """A text that a spreadsheet would run as a formula, made inert with a leading ``'``."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def is_text(column: pd.Series) -> bool:
    """Whether ``column`` holds text (anything but numbers and booleans)."""
    import pandas as pd

    return not (
        pd.api.types.is_numeric_dtype(column.dtype) or pd.api.types.is_bool_dtype(column.dtype)
    )


def csv_safe(frame: pd.DataFrame, codes: Iterable[str] = ()) -> pd.DataFrame:
    """``frame`` with every text column's formula-like cells escaped; numbers untouched,
    and so are ``codes``: columns of a closed set of codes of ours written as text
    (``direction``: ``"-1"``), never a user's text."""
    out = frame.copy()
    for name in out.columns:
        if is_text(out[name]) and name not in codes:
            out[name] = out[name].astype(object).map(escape_formula)
    return out
