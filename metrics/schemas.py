"""Schemas: the columns of every table a run writes, and how rows become a table.

Contract: one ``pa.Schema`` per table (``DOCUMENT_SCHEMA`` … ``TREND_SCHEMA``; their columns
are documented in docs/schema.md), the keys of the mentions dataset's folders
(``PARTITION_KEYS``, with ``UNKNOWN_DEPARTMENT`` and ``UNKNOWN_YEAR`` for a figure without
them), the coded columns written as text (``CODED``), and ``records_table``, which makes a
table of a schema from frozen records (``Mention``, ``Pair``…). Nothing here reads or
writes a file: the writer (``metrics.tables``) and the results a worker sends back
(``metrics.packed``) both build on it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields
from functools import cache
from operator import attrgetter
from typing import Any

import pyarrow as pa

from metrics import columns as arrow

UNKNOWN_DEPARTMENT = "(unknown)"
UNKNOWN_YEAR = 0
# The folder keys of the mentions dataset: ``department_key=…/year_key=…/``. They are
# derived from ``department`` and ``year``, which the files keep as columns (with real
# nulls), so that a reader of the folder sees no placeholder in them; a key is never null
# (a null partition value breaks pandas' reading of a dataset), so a missing department
# is keyed ``(unknown)`` and a missing year ``0``. Runs written before kept the columns in
# the folder names ``department=…/year=…/`` only (``LEGACY_KEYS``).
PARTITION_KEYS = ("department_key", "year_key")
LEGACY_KEYS = ("department", "year")
# Integer codes of a closed set, written as text so that no reader takes them for amounts
# (pandas reads a nullable integer column as floats: 1.0, -1.0); read back as int.
CODED = frozenset({"direction"})


@cache
def nullable_integers() -> dict[pa.DataType, Any]:
    """Arrow integer types → pandas' nullable ones (``types_mapper`` of ``to_pandas``)."""
    import pandas as pd

    return {pa.int8(): pd.Int8Dtype(), pa.int32(): pd.Int32Dtype(), pa.int64(): pd.Int64Dtype()}


# The text extracted from each input that is not plain text (texts/NAME.txt), which the
# spans of its rows point into.
TEXTS = "texts"

DOCUMENT_SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()),
        ("source_file", pa.string()),
        ("doc_index", pa.int32()),
        ("char_start", pa.int64()),
        ("char_end", pa.int64()),
        ("title", pa.string()),
        ("department", pa.string()),
        ("department_raw", pa.string()),
        ("level", pa.string()),
        ("place_masked", pa.bool_()),
        ("summary_year", pa.int32()),
        ("plan_year", pa.int32()),
        ("kind", pa.string()),
        ("toc_title", pa.string()),
        ("input_format", pa.string()),
        ("place", pa.string()),
        ("department_canonical", pa.string()),
        ("delivered", pa.string()),
        ("rank", pa.string()),
    ]
)
SECTION_SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()),
        ("section_index", pa.int32()),
        ("section", pa.string()),
        ("heading", pa.string()),
        ("char_start", pa.int64()),
        ("char_end", pa.int64()),
        ("period_start", pa.int32()),
        ("period_end", pa.int32()),
    ]
)
MENTION_SCHEMA = pa.schema(
    [
        ("mention_id", pa.string()),
        ("doc_id", pa.string()),
        ("source_file", pa.string()),
        ("char_start", pa.int64()),
        ("char_end", pa.int64()),
        ("text", pa.string()),
        ("sentence", pa.string()),
        ("sentence_start", pa.int64()),
        ("section", pa.string()),
        ("year", pa.int32()),
        ("period", pa.string()),
        ("value", pa.float64()),
        ("value_min", pa.float64()),
        ("value_max", pa.float64()),
        ("masked", pa.bool_()),
        ("mask", pa.string()),
        ("unit", pa.string()),
        ("unit_family", pa.string()),
        ("base_unit", pa.string()),
        ("base_value", pa.float64()),
        ("qualifier", pa.string()),
        ("role", pa.string()),
        ("direction", pa.string()),  # a code: "1" up, "-1" down (CODED)
        ("metric", pa.string()),
        ("metric_key", pa.string()),
        ("rule", pa.string()),
        ("department", pa.string()),
        ("note", pa.string()),
        ("page", pa.int32()),
        ("measure", pa.string()),
        ("target_passage", pa.bool_()),
        ("role_rule", pa.string()),
        ("metric_rule", pa.string()),
        ("qualifier_rule", pa.string()),
        ("period_label", pa.string()),
        ("metric_phrase", pa.string()),
        ("part_of", pa.string()),
        ("period_kind", pa.string()),
        ("change_base", pa.string()),
        ("aim_year", pa.int32()),
        ("figure_place", pa.string()),
        ("plan_period", pa.string()),
    ]
)
PAIR_SCHEMA = pa.schema(
    [
        ("pair_id", pa.string()),
        ("doc_id", pa.string()),
        ("department", pa.string()),
        ("year", pa.int32()),
        ("period", pa.string()),
        ("metric", pa.string()),
        ("metric_key", pa.string()),
        ("unit", pa.string()),
        ("actual_mention_id", pa.string()),
        ("target_mention_id", pa.string()),
        ("completion_mention_id", pa.string()),
        ("actual_value", pa.float64()),
        ("target_value", pa.float64()),
        ("stated_completion", pa.float64()),
        ("computed_completion", pa.float64()),
        ("consistent", pa.bool_()),
        ("status", pa.string()),
        ("implied_target", pa.float64()),
        ("lower_is_better", pa.bool_()),
        ("plan_doc_id", pa.string()),
        ("outcome_doc_id", pa.string()),
        ("match", pa.string()),
        ("actual_source", pa.string()),
        ("plan_period", pa.string()),
    ]
)
# The files whose tables could not be made (see records.Failure).
FAILURE_SCHEMA = pa.schema(
    [
        ("source_file", pa.string()),
        ("stage", pa.string()),
        ("error_type", pa.string()),
        ("message", pa.string()),
    ]
)
_S, _F, _I, _B = pa.string(), pa.float64(), pa.int64(), pa.bool_()
TARGET_SCHEMA = pa.schema(
    [
        *[(n, _S) for n in ("target_id", "government", "level")],
        ("year", pa.int32()),
        ("indicator", _S),
        ("in_lexicon", _B),
        *[(n, _S) for n in ("metric", "measure", "qualifier")],
        *[(n, _F) for n in ("value", "value_min", "value_max")],
        *[(n, _S) for n in ("unit", "base_unit")],
        ("direction", pa.string()),  # a code: "1" up, "-1" down (CODED)
        ("lower_is_better", _B),
        ("masked", _B),
        *[(n, _S) for n in ("doc_id", "source_file")],
        *[(n, _I) for n in ("char_start", "char_end")],
        *[(n, _S) for n in ("mention_id", "text")],
        ("prior_value", _F),
        *[(n, _S) for n in ("prior_text", "prior_mention_id")],
        *[(n, _F) for n in ("outcome_value", "outcome_min", "outcome_max")],
        *[(n, _S) for n in ("outcome_text", "outcome_mention_id", "outcome_doc_id", "status")],
        ("outcome_source", _S),
        ("period_kind", _S),
        ("change_base", _S),
        ("plan_period", _S),
    ]
)
# One government unit's figure of a metric after the year before's (metrics.trends.Trend).
TREND_SCHEMA = pa.schema(
    [
        *[(n, _S) for n in ("trend_id", "level", "place", "department", "metric", "metric_key")],
        *[(n, _S) for n in ("role", "measure", "unit", "base_unit")],
        ("additive", _B),
        *[(n, pa.int32()) for n in ("year", "previous_year")],
        *[(n, _F) for n in ("value", "previous_value", "change")],
        ("change_unit", _S),
        ("change_rate", _F),
        *[(n, _S) for n in ("reason", "mention_id", "previous_mention_id", "doc_id")],
        ("previous_doc_id", _S),
        ("period_kind", _S),
        ("change_base", _S),
    ]
)


def records_table(rows: Sequence[object], schema: pa.Schema) -> pa.Table:
    names = [f.name for f in fields(rows[0])] if rows else schema.names  # type: ignore[arg-type]
    columns = {n: list(map(attrgetter(n), rows)) for n in names}  # a C loop a column
    for name in CODED.intersection(columns):
        columns[name] = [None if v is None else str(v) for v in columns[name]]
    return arrow.table({n: columns.get(n, [None] * len(rows)) for n in schema.names}, schema)


def decoded(row: dict) -> dict:
    """The ``CODED`` values of a row read back, as the integers the records hold."""
    return {k: None if row[k] is None else int(row[k]) for k in CODED if k in row}
