"""Placeholder-aware statistics of the figures, per unit of government.

Contract: ``StatsTables`` takes the mentions batch by batch (Arrow tables of
``STATS_INPUT``, with the documents they belong to) and gives two Arrow tables
(``stats_schema``; ``stats_frames`` makes DataFrames of them), with no pandas:

- ``stats_groups``: one row per government unit × year × section × role × unit family
  × base unit × period kind × base of a change (``GROUP_KEY``);
- ``stats_metrics``: one row per government unit × year × role × metric key × unit
  family × base unit × period kind × base of a change (``METRIC_KEY``; figures with no
  metric key have
  none). The period kind (``mentions.period_kind``) keeps a yearly average over several
  years (年均), a running total (累计), a stock at a date (年末) and a year's figure apart;
  the base of a change (``mentions.change_base``) 同比, 环比, against a plan and since a
  named year.

A government unit is ``level`` + ``place`` + ``department`` (the document's canonical
department, else its department as written), as ``pairs.government_identity`` has it: two
districts' 教育局 are two units, 教体局 and 教育局 of one district one. Each row counts its
figures, masked ones (``share_masked``) and masked ones whose mask gives no bound
(``n_unbounded``: ``*``; an unmasked figure is its own bound). Sums add only additive
figures (``metrics.additivity``: never percentages, rates, shares, per-capita figures,
averages, growths or completions) — of one role, since the role is in the key, so a
target never adds to an actual: ``sum_known`` over the ``n_known`` known ones, and
``sum_min``..``sum_max`` the interval the masked ones allow from their mask widths
(``sum_max`` missing when a mask has no bound: the interval is open). Non-additive
figures are described instead by ``n_values``, ``min_value``, ``median_value`` and
``max_value`` of their known values. A target for a later year than its plan's
(``mentions.aim_year``: 到2027年累计建成示范线15条 in a plan for 2025) is counted under the year
it aims at, never the plan's: it is no figure of 2025; a target of a plan of several years
(``mentions.plan_period``) under no year, as the span is no one year. A figure that
restates another or is a part of one
(``part_of``, ``metrics.restated``) is counted but summed once, as its total: it is left
out of the sums and of ``n_additive``, and ``n_part_of`` says how many were. Every amount
is in base units.

Memory: a batch is reduced to a number per row of its key (numpy), added to running sums
per key; only the known values of non-additive figures are kept (a number and a key
number each) until the medians are taken, never the rows' text.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

import numpy as np
import pyarrow as pa

from metrics import columns as arrow
from metrics import kernels
from metrics.additivity import is_additive
from metrics.records import Document, Measure
from metrics.resolve import unit_factor

if TYPE_CHECKING:
    import pandas as pd  # only the in-memory API's tables: a run writes Arrow (no pandas)

UNIT = ["level", "place", "department"]
# period_kind (context.period_kinds): a 年均 or 累计 figure never shares a row with a year's
# change_base (context.change_bases): 环比 never shares a row with 同比
WHEN = ["period_kind", "change_base"]
GROUP_KEY = [*UNIT, "year", "section", "role", "unit_family", "base_unit", *WHEN]
METRIC_KEY = [*UNIT, "year", "role", "metric_key", "unit_family", "base_unit", *WHEN]
# The mention columns the statistics read (so a large table is read narrow); the
# partition gives department and year.
STATS_INPUT = [
    "doc_id",
    "department",
    "year",
    "section",
    "role",
    "unit_family",
    "base_unit",
    "unit",
    "metric_key",
    "masked",
    "value_min",
    "value_max",
    "base_value",
    "part_of",
    "period_kind",
    "change_base",
    "aim_year",
    "plan_period",
    "measure",
]
# The document columns that name a unit of government.
UNIT_INPUT = ["doc_id", "level", "place", "department", "department_canonical"]
COUNTS = ["n_figures", "n_masked", "n_unbounded", "n_additive", "n_known"]
VALUES = [
    "share_masked",
    "sum_known",
    "sum_min",
    "sum_max",
    "n_values",
    "min_value",
    "median_value",
    "max_value",
]
STATS_COLUMNS = [*COUNTS, *VALUES, "n_part_of"]
# The running sums of a row (``figure_weights``; ``_open``: a mask without a bound).
_WEIGHTS = [*COUNTS, "sum_known", "sum_min", "sum_max", "_open", "n_values", "n_part_of"]
MISSING = "\x00"  # a missing key part in a joined key (a key text never holds it)
SEP = "\x1f"
# the same, and False, as the Arrow scalars compute functions are given (a Python value
# is converted by pyarrow, which imports pandas to do it: see metrics.columns)
_MISSING, _SEP = arrow.scalar(MISSING, pa.string()), arrow.scalar(SEP, pa.string())
_FALSE = arrow.scalar(False, pa.bool_())
_THRESHOLD = arrow.scalar(str(Measure.THRESHOLD), pa.string())


def units_of(documents: pd.DataFrame | None) -> dict[str, tuple]:
    """doc_id → (level, place, department) of each document's government unit."""
    if documents is None or len(documents) == 0:
        return {}
    frame = documents[UNIT_INPUT].astype(object)
    frame = frame.where(frame.notna(), None)
    return {
        d: (level, place, canonical or department)
        for d, level, place, department, canonical in frame.itertuples(index=False)
    }


def document_units(documents: Iterable[Document]) -> dict[str, tuple]:
    """``units_of`` of document records."""
    return {d.doc_id: (d.level, d.place, d.department_canonical or d.department) for d in documents}


def _encode(values: pa.Array | pa.ChunkedArray) -> tuple[list, np.ndarray]:
    """The distinct values (as Python objects) and each row's index among them."""
    if isinstance(values, pa.ChunkedArray):
        values = values.combine_chunks()
    encoded = kernels.dictionary_encode(values, null_encoding="encode")
    return encoded.dictionary.to_pylist(), arrow.to_numpy(encoded.indices)


def _per_distinct(values: pa.Array | pa.ChunkedArray, fn: Callable[[Any], Any]) -> np.ndarray:
    """``fn`` of each value, computed once per distinct value (a batch repeats a few)."""
    distinct, indices = _encode(values)
    return np.array([fn(v) for v in distinct] or [0.0], dtype=object)[indices]


def _numbers(column: pa.ChunkedArray) -> np.ndarray:
    return arrow.to_numpy(kernels.cast(column, pa.float64()))


def _factor(unit: str | None) -> float:
    f = unit_factor(unit) if isinstance(unit, str) else None
    return float(f) if f is not None else 1.0


def _with_units(batch: pa.Table, units: dict[str, tuple]) -> pa.Table:
    """``batch`` with its government unit's columns (the mention's own department where
    its document is not known)."""
    distinct, indices = _encode(batch["doc_id"])
    found = [units.get(d, (None, None, None)) for d in distinct]
    rows = arrow.from_numpy(indices, pa.int64())
    level, place, department = (
        kernels.take(arrow.column([u[i] for u in found], pa.string()), rows) for i in range(3)
    )
    department = kernels.coalesce(department, kernels.cast(batch["department"], pa.string()))
    batch = batch.drop_columns(["department"])
    return (
        batch.append_column("level", level)
        .append_column("place", place)
        .append_column("department", department)
    )


def _aimed_year(batch: pa.Table) -> pa.Table:
    """``batch`` with each figure's year the one it aims at where it names a later one
    (``aim_year``), none for a target of a plan of several years (``plan_period``: the
    span's, no one year's figure), and without those columns."""
    year = batch["year"]
    aimed = kernels.coalesce(kernels.cast(batch["aim_year"], year.type), year)
    if "plan_period" in batch.column_names:
        # (pa.nulls, not pa.scalar(None): a scalar made from a Python object imports
        # pandas to tell whether it is pandas' null, 0.2 s of a small run's start-up)
        none = pa.nulls(len(batch), year.type)
        aimed = kernels.if_else(kernels.is_valid(batch["plan_period"]), none, aimed)
    at = batch.schema.get_field_index("year")
    return batch.set_column(at, "year", aimed).drop_columns(
        [c for c in ("aim_year", "plan_period") if c in batch.column_names]
    )


def figure_weights(batch: pa.Table) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """What each figure adds to each running sum of its row, and the known value of
    each non-additive figure (NaN for the others)."""
    masked = arrow.to_numpy(kernels.fill_null(batch["masked"], _FALSE))
    pairs = kernels.binary_join_element_wise(
        kernels.fill_null(batch["unit_family"], _MISSING),
        kernels.fill_null(batch["metric_key"], _MISSING),
        _SEP,
    )
    # a figure that restates another or is a part of one (metrics.restated) is counted
    # but kept out of the sums, so that its total is not added twice
    part = arrow.to_numpy(kernels.is_valid(batch["part_of"]))
    # a threshold (收入超过50万元的村) sorts what a count counts: no amount to add
    bound = arrow.to_numpy(kernels.fill_null(kernels.equal(batch["measure"], _THRESHOLD), _FALSE))
    summed = _per_distinct(pairs, _additive).astype(bool) & ~bound
    additive = summed & ~part
    factor = _per_distinct(batch["unit"], _factor).astype(float)
    base = _numbers(batch["base_value"])
    known = ~np.isnan(base)
    low = np.where(known, base, np.nan_to_num(_numbers(batch["value_min"]) * factor))
    high = np.where(known, base, _numbers(batch["value_max"]) * factor)
    weights = {
        "n_figures": np.ones(len(base)),
        "n_masked": masked,
        "n_unbounded": masked & np.isnan(high),
        "n_additive": additive,
        "n_known": additive & known,
        "sum_known": np.where(additive & known, base, 0.0),
        "sum_min": np.where(additive, low, 0.0),
        "sum_max": np.where(additive, np.nan_to_num(high), 0.0),
        "_open": additive & np.isnan(high),
        "n_values": ~summed & known,
        "n_part_of": summed & part,
    }
    return weights, np.where(~summed & known, base, np.nan)


def _additive(pair: str) -> bool:
    family, metric = (None if p == MISSING else p for p in pair.split(SEP))
    return is_additive(family, metric)


# Known values of non-additive figures held in memory before they are written out (a row
# number and a value, 16 bytes each: 4 MB), and the most read back at once for the medians.
# Without it they grew with the run: 1.4 M at 1 GB of text, 22 MB, three times that while
# the medians were taken (benchmarks/README.md, "writer_growth.py").
KEPT_PAIRS = 1 << 18
_PAIR = np.dtype([("id", "<i8"), ("value", "<f8")])
_BLOCK = 4096  # a run of spilled values is indexed by the row number of every _BLOCK-th


class _Kept:
    """The known values of non-additive figures, each with the number of its row, until
    the medians are taken. Up to ``KEPT_PAIRS`` are held in memory; then they are sorted
    by row and appended to an unnamed temporary file as one run (deleted when closed, or
    when the process ends however it ends), with the row of every ``_BLOCK``-th value
    kept. ``spread`` reads back a range of rows at a time, holding about ``KEPT_PAIRS``
    values (or all of one row's, however many), from the part of each run that can hold
    them: memory stays about the same whatever the run's size, and the file is read
    about once."""

    def __init__(self) -> None:
        self.held: list[np.ndarray] = []  # arrays of _PAIR
        self.count = 0  # values held in memory
        self.file: Any = None  # the temporary file, from the first spill
        self.runs: list[tuple[int, int, np.ndarray]] = []  # start, length (in pairs), index

    def add(self, ids: np.ndarray, values: np.ndarray) -> None:
        pairs = np.empty(len(ids), _PAIR)
        pairs["id"], pairs["value"] = ids, values
        self.held.append(pairs)
        self.count += len(pairs)
        if self.count >= KEPT_PAIRS:
            self._spill()

    def _spill(self) -> None:
        pairs = np.concatenate(self.held)
        pairs = pairs[np.argsort(pairs["id"], kind="stable")]
        if self.file is None:
            # (open across calls: closed when the medians are taken, else with the object)
            self.file = tempfile.TemporaryFile(prefix="metrics-stats-")  # noqa: SIM115
        start = sum(length for _, length, _ in self.runs)
        self.file.seek(start * _PAIR.itemsize)
        pairs.tofile(self.file)
        self.runs.append((start, len(pairs), pairs["id"][::_BLOCK].copy()))
        self.held, self.count = [], 0

    def spread(self, n: int) -> np.ndarray:
        """Min, median and max of the kept values of each of ``n`` rows (NaN where none)."""
        spread = np.full((n, 3), np.nan)
        if not self.runs:
            if self.held:
                _spread_of(np.concatenate(self.held), spread)
            return spread
        if self.held:
            self._spill()
        counts = np.zeros(n, np.int64)
        for start, length, _ in self.runs:
            counts += np.bincount(self._read(start, 0, length)["id"], minlength=n)
        ends = np.cumsum(counts)
        lo = 0
        while lo < n:
            # the rows whose values, with those of the rows before, reach KEPT_PAIRS more
            hi = max(
                int(np.searchsorted(ends, ends[lo] - counts[lo] + KEPT_PAIRS, "right")), lo + 1
            )
            parts = [self._rows(run, lo, hi) for run in self.runs]
            _spread_of(np.concatenate(parts), spread)
            lo = hi
        self.file.close()
        self.file, self.runs = None, []
        return spread

    def _rows(self, run: tuple[int, int, np.ndarray], lo: int, hi: int) -> np.ndarray:
        """The values of rows ``lo`` to ``hi`` (excluded) in one run (sorted by row)."""
        start, length, index = run
        first = max(int(np.searchsorted(index, lo, "left")) - 1, 0) * _BLOCK
        last = min(int(np.searchsorted(index, hi, "left")) * _BLOCK, length)
        pairs = self._read(start, first, last)
        ids = pairs["id"]
        return pairs[int(np.searchsorted(ids, lo)) : int(np.searchsorted(ids, hi))]

    def _read(self, start: int, first: int, last: int) -> np.ndarray:
        self.file.seek((start + first) * _PAIR.itemsize)
        return np.fromfile(self.file, _PAIR, max(last - first, 0))


def _spread_of(pairs: np.ndarray, spread: np.ndarray) -> None:
    """Set the min, median and max of the rows of ``pairs`` (a row number and a value) in
    ``spread``."""
    ids, values = pairs["id"], pairs["value"]
    order = np.lexsort((values, ids))
    ids, values = ids[order], values[order]
    rows, first, count = np.unique(ids, return_index=True, return_counts=True)
    middle = (values[first + (count - 1) // 2] + values[first + count // 2]) / 2
    spread[rows] = np.stack([values[first], middle, values[first + count - 1]], axis=1)


class _Sums:
    """Running sums of the rows of one statistics table, by the row's key."""

    def __init__(self, keys: list[str]) -> None:
        self.keys = keys
        self.ids: dict[str, int] = {}
        self.sums: dict[str, np.ndarray] = {}
        self.kept = _Kept()  # the known values of non-additive figures, for the medians

    def add(self, batch: pa.Table, weights: dict[str, np.ndarray], values: np.ndarray) -> None:
        parts = [
            kernels.fill_null(kernels.cast(batch[k], pa.string()), _MISSING) for k in self.keys
        ]
        distinct, indices = _encode(kernels.binary_join_element_wise(*parts, _SEP))
        local = [self.ids.setdefault(k, len(self.ids)) for k in distinct]
        ids = np.array(local, dtype=np.int64)[indices]
        n = len(self.ids)
        for name, w in weights.items():
            old = self.sums.get(name, np.zeros(0))
            grown = np.concatenate([old, np.zeros(n - len(old))])
            self.sums[name] = grown + np.bincount(ids, w.astype(float), minlength=n)
        keep = ~np.isnan(values)
        if keep.any():
            self.kept.add(ids[keep], values[keep])

    def table(self) -> pa.Table:
        """The finished table (``stats_schema``): its keys, counts, sums and the
        non-additive summaries, sorted by its keys (missing parts first)."""
        keys = [self._key_parts(k) for k in self.ids]
        order = sorted(range(len(keys)), key=lambda i: _missing_first(keys[i]))
        at = np.array(order, dtype=np.int64)
        s = {name: self.sums.get(name, np.zeros(len(keys)))[at] for name in _WEIGHTS}
        by_key = list(zip(*(keys[i] for i in order), strict=True)) or [()] * len(self.keys)
        columns: dict[str, Any] = {
            name: arrow.column(values, _key_type(name))
            for name, values in zip(self.keys, by_key, strict=True)
        }
        for name in COUNTS:
            columns[name] = s[name].astype(np.int64)
        columns["share_masked"] = s["n_masked"] / np.maximum(s["n_figures"], 1)
        shown = {  # a sum is missing where no figure adds to it, or a mask has no bound
            "sum_known": s["n_known"] > 0,
            "sum_min": s["n_additive"] > 0,
            "sum_max": (s["n_additive"] > 0) & (s["_open"] == 0),
        }
        for name, where in shown.items():
            columns[name] = arrow.from_numpy(s[name], pa.float64(), null=~where)
        columns["n_values"] = s["n_values"].astype(np.int64)
        spread = self.kept.spread(len(keys))[at]  # NaN where no known non-additive value: null
        for i, name in enumerate(("min_value", "median_value", "max_value")):
            values = spread[:, i]
            columns[name] = arrow.from_numpy(values, pa.float64(), null=np.isnan(values))
        columns["n_part_of"] = s["n_part_of"].astype(np.int64)
        return arrow.table(columns, stats_schema(self.keys))

    def _key_parts(self, joined: str) -> list[Any]:
        """The parts of a joined key (``MISSING`` as None; the year as an integer)."""
        parts: list[Any] = [None if v == MISSING else v for v in joined.split(SEP)]
        for i, name in enumerate(self.keys):
            if name == "year" and parts[i] is not None:
                parts[i] = int(parts[i])
        return parts


def _key_type(name: str) -> pa.DataType:
    return pa.int64() if name == "year" else pa.string()


def stats_schema(keys: list[str]) -> pa.Schema:
    """The columns of a statistics table whose key is ``keys``."""
    counts = {*COUNTS, "n_values", "n_part_of"}
    return pa.schema(
        [(k, _key_type(k)) for k in keys]
        + [(name, pa.int64() if name in counts else pa.float64()) for name in STATS_COLUMNS]
    )


def _missing_first(parts: list[Any]) -> tuple:
    """A sort key of key parts: column after column, a missing part before any value."""
    return tuple((v is not None, 0 if v is None else v) for v in parts)


class StatsTables:
    """Both statistics tables, added up batch by batch (see the module contract)."""

    def __init__(self) -> None:
        self.groups, self.metrics = _Sums(GROUP_KEY), _Sums(METRIC_KEY)

    def add(self, mentions: pa.Table, units: dict[str, tuple]) -> None:
        """Add a batch of mentions (``STATS_INPUT``) of documents whose units are given."""
        if not mentions.num_rows:
            return
        batch = _with_units(_aimed_year(mentions.select(STATS_INPUT)), units)
        weights, values = figure_weights(batch)
        self.groups.add(batch, weights, values)
        named = arrow.to_numpy(kernels.is_valid(batch["metric_key"]))
        if named.any():
            self.metrics.add(
                kernels.filter(batch, arrow.from_numpy(named, pa.bool_())),
                {k: w[named] for k, w in weights.items()},
                values[named],
            )

    def tables(self) -> dict[str, pa.Table]:
        return {"stats_groups": self.groups.table(), "stats_metrics": self.metrics.table()}


def stats_tables(
    mentions: pd.DataFrame, documents: pd.DataFrame | None = None
) -> dict[str, pd.DataFrame]:
    """Both statistics tables of one mentions table and its documents, as DataFrames."""
    return stats_frames(stats_of([_arrow(mentions)], units_of(documents)))


def stats_of(batches: Iterable[pa.Table], units: dict[str, tuple]) -> dict[str, pa.Table]:
    """Both statistics tables of batches of mentions."""
    acc = StatsTables()
    for batch in batches:
        acc.add(batch, units)
    return acc.tables()


def stats_frames(tables: dict[str, pa.Table]) -> dict[str, pd.DataFrame]:
    """The statistics tables as DataFrames: key parts as objects (None where missing),
    ``Int64`` years and ``Float64`` sums (``<NA>`` where a sum is missing)."""
    import pandas as pd

    frames = {}
    for name, table in tables.items():
        frame = table.to_pandas()
        for col in frame.columns:
            if col == "year":
                frame[col] = frame[col].astype("Int64")
            elif col.startswith("sum_"):
                frame[col] = pd.array(table[col].to_pylist(), dtype="Float64")
            elif pa.types.is_string(table.schema.field(col).type):
                frame[col] = frame[col].astype(object).where(frame[col].notna(), None)
        frames[name] = frame
    return frames


def _arrow(mentions: pd.DataFrame) -> pa.Table:
    """The ``STATS_INPUT`` columns of a mentions frame as Arrow (missing ones null)."""
    frame = mentions.reindex(columns=STATS_INPUT)
    columns = {}
    for col in STATS_INPUT:
        values = frame[col].astype(object).where(frame[col].notna(), None)
        columns[col] = pa.array(values.tolist(), _TYPES.get(col, pa.string()))
    return pa.table(columns)


_TYPES = {
    "year": pa.int64(),
    "masked": pa.bool_(),
    "value_min": pa.float64(),
    "value_max": pa.float64(),
    "base_value": pa.float64(),
}
