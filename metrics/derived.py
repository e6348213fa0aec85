"""Derived tables read back from a run's mentions dataset: plan links and trends.

Contract: ``write_plan_links(folder, path, documents, run_map)`` writes
``plan_vs_outcome`` and ``write_trends(folder, path, documents, run_map)`` writes
``trends`` for the mentions dataset at ``folder`` (written by ``metrics.tables``), one
group of partitions at a time, through ``run_map`` (``map``, or a pool's: the groups of a
run are then made by its workers at once, their tables written here in order).
``plan_links`` and ``trend_tables`` give the same tables, for ``write_tables``: with a
pool's ``run_map`` their groups are sent when they are called, and the caller may do
other work before it writes them. What is held is bounded by the largest group's figures
as a few integers each (plan links) or by one figure a trend key and year and a number a
government unit, metric and year (trends), not by the corpus.
"""

from __future__ import annotations

import itertools
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import MISSING, fields
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from metrics import columns as arrow
from metrics import kernels
from metrics.dataset import RowGroups, give_back_memory, partition_folders, row_groups
from metrics.pairs import (
    ADDITION,
    NOT_AIMED,
    SPAN_TARGET,
    Compared,
    Identity,
    ImpliedParts,
    Side,
    completion_metric,
    counted_metric,
    department_group,
    government_identity,
    implied_parts,
    link_fields,
    link_pair,
    link_sides,
    match_plans,
    match_short,
    months_short_of_year,
    name_tails,
    plan_words,
    rate_words,
    restated,
    scoped_before,
    short_tails,
)
from metrics.pairs.figure_places import foreign_place
from metrics.records import Document, Measure, Mention
from metrics.schemas import (
    PAIR_SCHEMA,
    TREND_SCHEMA,
    decoded,
    records_table,
)
from metrics.trends import TREND_ROLES, trends_in_order

# Plan links made into pairs at a time (their rows are read whole).
LINK_CHUNK = 10_000


# ``map``, or a pool's: a function over each item, results in the items' order.
RunMap = Callable[..., Iterable[Any]]

# Of each document that has a government unit: a code for the unit (equal codes, one unit),
# its level, for the scope its report gives a short name (``pairs.scoped_before``), and its
# place, which a figure's own place is told from (``pairs.foreign_figure``).
Units = dict[str, tuple[int, str | None, str | None]]


def write_plan_links(folder: Path, path: Path, documents: Path, run_map: RunMap = map) -> None:
    """Write ``plan_vs_outcome`` of the mentions dataset at ``folder`` to ``path``: the
    rows ``pairs.plan_vs_outcome`` gives for every mention, in its order
    (``plan_links``, written a chunk at a time)."""
    write_tables(path, PAIR_SCHEMA, plan_links(folder, documents, run_map, path.parent))


def plan_links(
    folder: Path,
    documents: Path,
    run_map: RunMap = map,
    spill: Path | None = None,
    known: dict[str, Identity] | None = None,
) -> Iterator[pa.Table]:
    """The tables of ``plan_vs_outcome`` of the mentions dataset at ``folder``, in order.

    A link's key holds one department group (``pairs.department_group``) and one year, so
    no link crosses a group of partitions: groups are linked one at a time, in order, each
    by ``_group_links`` — through ``run_map`` (a pool's ``map``: the groups of a run are
    sent to its workers when this is called, before the tables are asked for, so that the
    writer does its own end-of-run work while they link; a large group's links come as a
    file in ``spill``, see ``_links_sent``). The government unit of each document
    (``pairs.government_identity``) comes from ``documents``, or ``known``
    (``document_identities`` of it, read once for both end-of-run steps). What is held is
    bounded by the largest group's figures as a few integers each, not by its links:
    these come a chunk at a time."""
    identities = _identities(documents, known)
    groups = _groups(folder)
    run_map = _spread(run_map, groups)
    if run_map is map:  # in this process: each chunk made as it is asked for
        return (table for group in groups for table in _group_links(group, identities))
    send = partial(_links_sent, identities=identities, spill=spill or folder.parent)
    weights = [_bytes(files for _, files in parts) for _, parts in groups]
    sent = _largest_first(run_map, send, groups, weights)
    return (table for one in sent for table in _links_received(one))


def write_tables(path: Path, schema: pa.Schema, tables: Iterable[pa.Table]) -> None:
    """Write ``tables`` (of ``schema``) to the Parquet file ``path`` in row groups."""
    with RowGroups(path, schema) as writer:  # on an error, closed without a write
        for table in tables:
            writer.add(table)


def _spread(run_map: RunMap, groups: Sequence[object]) -> RunMap:
    """``run_map`` for more than one group; ``map`` for one (a small run, one report: not
    worth starting the processes of a pool, which start on first use)."""
    return run_map if len(groups) > 1 else map


def _largest_first(
    run_map: RunMap, fn: Callable[[Any], Any], items: Sequence[Any], weights: Sequence[int]
) -> Iterator[Any]:
    """``fn`` of each item through ``run_map``, given in the order of ``items``; a pool's
    workers are sent the heaviest first (``weights``: the bytes of each group's mentions
    files), so that no large group, coming last, leaves one worker alone at the end: the
    largest trend group of the corpus holds a third of the trends' CPU, and a department
    group's place in the order is its name's. A pool's ``map`` sends every item when
    called, so they are sent now, not when the first result is asked for. The results
    are held until their turn (a pool's ``map`` holds them as well); the tables of a group
    are a few KB, a large group's links a file (``_links_sent``)."""
    if run_map is map:  # one process: the order is the writer's
        return map(fn, items)
    order = sorted(range(len(items)), key=lambda i: -weights[i])
    done = zip(order, run_map(fn, [items[i] for i in order]), strict=True)
    return _in_turn(done, len(items))


def _in_turn(done: Iterator[tuple[int, Any]], count: int) -> Iterator[Any]:
    """The results of ``done`` ((index, result) in any order) in the order of index."""
    held: dict[int, Any] = {}
    for wanted in range(count):
        while wanted not in held:
            index, result = next(done)
            held[index] = result
        yield held.pop(wanted)


def _bytes(file_lists: Iterable[list[Path]]) -> int:
    """The bytes of the files of ``file_lists`` (what a group's step reads)."""
    return sum(f.stat().st_size for files in file_lists for f in files)


def _group_links(
    group: tuple[int, list[tuple[str, list[Path]]]], identities: Units
) -> Iterator[pa.Table]:
    """The plan links of one group of partitions (year, [(department, files)…]) as
    tables of ``LINK_CHUNK`` pairs, in order. Of the group only the row numbers and small
    codes of its plan targets and summary actuals are held, as arrays (a partition's
    files and their rows are in reading order, as written), and its links as an array of
    row pairs; the linked rows are then read whole, a chunk of links at a time, and made
    into pairs. Files are read a row group at a time: Arrow's dataset scanner kept about
    1 MB for every file it had read (measured), this does not."""
    year, parts = group
    files = [f for _, fs in parts for f in fs]
    links, starts = _link_rows(files, identities)
    for at in range(0, len(links), LINK_CHUNK):
        chunk = links[at : at + LINK_CHUNK]
        found = {
            row: Mention(**r, year=year, sentence="")
            for row, r in _rows_at(files, starts, _distinct(chunk.ravel()), parts)
        }
        pairs = [link_pair(found[t], found[a]) for t, a in chunk.tolist()]
        del found  # not held while the consumer writes the chunk
        yield records_table(pairs, PAIR_SCHEMA)
    give_back_memory()


def _links_sent(
    group: tuple[int, list[tuple[str, list[Path]]]], identities: Units, spill: Path
) -> pa.Table | Path:
    """``_group_links`` in a pool's worker, in a form its pipe can carry: the group's
    links as one table when one chunk holds them; else written a chunk at a time to a
    Parquet file of their own in the folder ``spill`` (the run's staging folder), whose
    path is sent instead: one table of a large group would be held whole by the worker,
    the pipe and the writer at once (``_links_received`` reads it back and removes it)."""
    chunks = _group_links(group, identities)
    first = next(chunks, arrow.empty(PAIR_SCHEMA))
    second = next(chunks, None)
    if second is None:
        return first
    handle, name = tempfile.mkstemp(prefix=".links-", suffix=".parquet", dir=spill)
    os.close(handle)
    try:
        with pq.ParquetWriter(name, PAIR_SCHEMA) as out:
            for table in itertools.chain((first, second), chunks):
                out.write_table(table)
    except BaseException:  # nothing half-written is left in the staging folder
        Path(name).unlink(missing_ok=True)
        raise
    return Path(name)


def _links_received(sent: pa.Table | Path) -> Iterator[pa.Table]:
    """The tables of what ``_links_sent`` sent, a row group at a time from a file (which
    is then removed)."""
    if isinstance(sent, pa.Table):
        yield sent
        return
    try:
        for _, _, read in row_groups(sent):
            yield read()
    finally:
        sent.unlink(missing_ok=True)


def document_identities(documents: Path) -> dict[str, Identity]:
    """The government unit of each document of ``documents.parquet`` that has one (see
    ``pairs.government_identity``)."""
    names = [f.name for f in fields(Document)]
    out = {}
    with pq.ParquetFile(documents) as file:  # read_table would import pyarrow.dataset
        rows = file.read().to_pylist()
    for row in rows:
        identity = government_identity(Document(**{k: row.get(k) for k in names}))
        if identity is not None:
            out[row["doc_id"]] = identity
    return out


def _identities(documents: Path, known: dict[str, Identity] | None = None) -> Units:
    """``Units`` of the documents of ``documents.parquet`` (``known``: their
    ``document_identities``, when read already)."""
    codes: dict[Identity, int] = {}
    found = document_identities(documents) if known is None else known
    return {
        doc: (codes.setdefault(identity, len(codes)), identity[0], identity[1])
        for doc, identity in found.items()
    }


def write_trends(folder: Path, path: Path, documents: Path, run_map: RunMap = map) -> None:
    """Write ``trends`` of the mentions dataset at ``folder`` to ``path``: the rows
    ``trends.trends`` gives for every mention, in its order (``trend_tables``)."""
    write_tables(path, TREND_SCHEMA, trend_tables(folder, documents, run_map))


def trend_tables(
    folder: Path,
    documents: Path,
    run_map: RunMap = map,
    known: dict[str, Identity] | None = None,
) -> Iterator[pa.Table]:
    """The tables of ``trends`` of the mentions dataset at ``folder``, in order. A trend
    keeps to one canonical department, so department groups (``pairs.department_group``)
    are read one at a time, all their years, each by ``_group_trends`` through
    ``run_map`` (sent when this is called, as ``plan_links``): only their figures of a
    trend role in documents of a known government unit, without the sentence but for the
    words before the figure (all that ``period_kinds.mention_period_kind`` reads of it,
    for a run older than the column). ``known``: as ``plan_links``'."""
    identities = document_identities(documents) if known is None else known
    groups: dict[str, list[tuple[str, int, list[Path]]]] = {}
    for department, year, files in _partitions(folder):
        groups.setdefault(department_group(department), []).append((department, year, files))
    ordered = [parts for _, parts in sorted(groups.items())]
    trend = partial(_group_trends, identities=identities)
    weights = [_bytes(files for _, _, files in parts) for parts in ordered]
    return _largest_first(_spread(run_map, ordered), trend, ordered, weights)


def _group_trends(
    parts: list[tuple[str, int, list[Path]]], identities: dict[str, Identity]
) -> pa.Table:
    """The trends of one department group's partitions (department, year, files), as a
    table. The group is read twice: first the government unit and metric of its figures
    (``_Series``), then whole the figures whose unit and metric have one in the year
    before or after (the others make no trend, whatever the rest of their key): a
    Mention made of every figure was most of the cost of the trends (measured)."""
    known = arrow.column(sorted(identities), pa.string())
    parts = sorted(parts, key=lambda part: (part[1], part[0]))  # by year, then department
    series = _Series(identities)
    for _, year, files in parts:
        for path in files:
            for _, _, read in row_groups(path):
                table = read(columns=["doc_id", "metric_key", "role", "base_unit"])
                series.add(kernels.filter(table, _trend_rows(table, known)), year)
    # read in disk order and never held: only the first figure of a key and year is kept
    figures = (m for part in parts for m in _trend_figures(*part, known, series))
    return records_table(trends_in_order(figures, identities), TREND_SCHEMA)


def _trend_rows(table: pa.Table, known: pa.Array) -> pa.ChunkedArray:
    """Which figures of ``table`` may make a trend: of a trend role, with a metric, in a
    document of a known government unit (``known``)."""
    keep = kernels.and_(
        kernels.is_in(table["role"], _TREND_ROLES), kernels.is_in(table["doc_id"], known)
    )
    return kernels.and_(keep, kernels.is_valid(table["metric_key"]))


class _Series:
    """The years in which each (government unit, ``pairs.counted_metric``) of a group has a
    figure: a trend key holds both, so a figure whose pair has none in the year before or
    after makes no trend. And of each year the (unit, words) of its rates and of their short
    names (``pairs.rate_words``, ``pairs.name_tails``): a rate named short one year and in
    full the year before or after may make one (``trends._short_names_joined``), read with
    the words before it where it is the short one."""

    def __init__(self, identities: dict[str, Identity]) -> None:
        self.identities = identities
        self.units: dict[Identity | None, int] = {}
        self.metrics: dict[str | None, int] = {}
        self.years: dict[int, set[int]] = {}
        self.rates: dict[int, set[tuple[int, str]]] = {}  # (unit, words) of the year's rates
        self.tails: dict[int, set[tuple[int, str]]] = {}  # and of their short names
        self.words: dict[str | None, int] = {}
        self.bases: dict[bool, int] = {False: 0, True: 1}  # whether a base unit is a rate's

    def _rates(
        self, table: pa.Table
    ) -> tuple[np.ndarray, np.ndarray, list[tuple[int, str | None]]]:
        """The rows of ``table`` in a rate's unit, the (unit, words) of each distinct one
        (``pairs.rate_words``: None for no rate) and which of them each row's is."""
        if not table.num_rows:  # (as ``_pairs``: an empty column's chunks would import pandas)
            return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64), []
        rows = np.flatnonzero(_codes(table["base_unit"], self.bases, _RATE_UNITS.__contains__))
        if not len(rows):
            return rows, rows, []
        picked = table.select(["doc_id", "base_unit", "metric_key"])
        picked = kernels.take(picked, arrow.from_numpy(rows, pa.int64()))
        unit = _codes(picked["doc_id"], self.units, self.identities.get)
        words = _codes(_joined(picked["base_unit"], picked["metric_key"]), self.words, _rate_words)
        distinct, which = np.unique(unit * (1 << 32) + words, return_inverse=True)
        named = list(self.words)  # a code is its words' place (``_codes``)
        return rows, which, [(int(c) >> 32, named[int(c) & 0xFFFFFFFF]) for c in distinct]

    def _pairs(self, table: pa.Table) -> np.ndarray:
        if not table.num_rows:  # an empty column's chunks, joined, would import pandas
            return np.empty(0, dtype=np.int64)
        unit = _codes(table["doc_id"], self.units, self.identities.get)
        metric = _joined(table["base_unit"], table["metric_key"])
        return unit * (1 << 32) + _codes(metric, self.metrics, _counted_metric)

    def add(self, table: pa.Table, year: int) -> None:
        self.years.setdefault(year, set()).update(self._pairs(table).tolist())
        rates, tails = self.rates.setdefault(year, set()), self.tails.setdefault(year, set())
        for unit, words in self._rates(table)[2]:
            if words is not None:
                rates.add((unit, words))
                tails.update((unit, tail) for tail in name_tails(words))

    def paired(self, table: pa.Table, keep: pa.ChunkedArray, year: int) -> tuple[pa.Array, bool]:
        """``keep`` less the figures whose pair has none in the year before or after, but
        for rates named short or in full where the year before or after names them the
        other way; and whether any of those kept is named short (its words before wanted)."""
        given = arrow.to_numpy(keep)
        keep = given.copy()
        rows = np.flatnonzero(keep)
        near = self.years.get(year - 1, set()) | self.years.get(year + 1, set())
        pairs = self._pairs(kernels.take(table, arrow.from_numpy(rows, pa.int64())))
        keep[rows[~np.isin(pairs, np.fromiter(near, dtype=np.int64, count=len(near)))]] = False
        rates = self.rates.get(year - 1, set()) | self.rates.get(year + 1, set())
        if not rates:
            return arrow.from_numpy(keep, pa.bool_()), False
        tails = self.tails.get(year - 1, set()) | self.tails.get(year + 1, set())
        rows, which, named = self._rates(table)
        way = np.array([_named_way(n, rates, tails) for n in named], dtype=np.int8)
        way = way[which] if len(way) else np.empty(0, dtype=np.int8)
        way[~given[rows]] = 0
        keep[rows[way > 0]] = True
        return arrow.from_numpy(keep, pa.bool_()), bool((way == 2).any())


def _named_way(
    named: tuple[int, str | None], rates: set[tuple[int, str]], tails: set[tuple[int, str]]
) -> int:
    """How a rate (unit, words) is named beside the rates of the years near (``rates``) and
    their short names (``tails``): 2 short, 1 in full, 0 neither (or no rate)."""
    unit, words = named
    if words is None:
        return 0
    if (unit, words) in tails:
        return 2
    return int(any((unit, tail) in rates for tail in name_tails(words)))


def _trend_figures(
    department: str, year: int, files: list[Path], known: pa.Array, series: _Series
) -> Iterator[Mention]:
    """The figures of one partition that may make a trend (see ``write_trends``), of a
    government unit and metric that has a figure in the year before or after (``series``)."""
    # the fields a Mention must be given, but those the partition gives and the sentence
    names = [
        f.name
        for f in fields(Mention)
        if f.default is MISSING and f.name not in ("department", "year", "sentence")
    ] + [
        "measure",
        "period_label",
        "period_kind",
        "change_base",
        "aim_year",
        "metric_phrase",
        "figure_place",
        "plan_period",
    ]
    for path in files:
        for _, _, read in row_groups(path):
            table = read(columns=names)
            keep, short = series.paired(table, _trend_rows(table, known), year)
            words = _words_before(table, keep, read, short)
            table = kernels.filter(table, keep).append_column("sentence", words)
            for r in table.to_pylist():
                r.update(decoded(r))  # direction is written as text (CODED)
                yield Mention(**r, department=department, year=year)


def _words_before(table: pa.Table, keep: pa.Array, read: Callable, short: bool) -> pa.Array:
    """The words before each kept figure of a row group read without its sentences, for
    the figures whose kind of period or base of a growth a run older than those columns
    left out (``mention_period_kind``, ``mention_change_base`` read them from the words)
    or where one may be a rate's short name (``short``: ``trends`` reads its subject
    there); else empty: a run's sentences are most of its bytes, and read back
    they cost the trends more than all their other columns (measured)."""
    kept = kernels.filter(table, keep)
    need = kernels.or_kleene(
        kernels.equal(kernels.fill_null(kept["period_kind"], _EMPTY), _EMPTY),
        kernels.and_kleene(
            kernels.equal(kept["measure"], _GROWTH), kernels.is_null(kept["change_base"])
        ),
    )
    if not short and not kernels.any(need).as_py():
        return arrow.column([""] * len(kept), pa.string())
    sentences = kernels.filter(read(columns=["sentence"])["sentence"], keep).to_pylist()
    upto = (kernels.subtract(kept["char_start"], kept["sentence_start"])).to_pylist()
    return arrow.column([s[: max(0, n)] for s, n in zip(sentences, upto, strict=True)], pa.string())


def _partitions(folder: Path) -> list[tuple[str, int, list[Path]]]:
    """(department, year, files in order) of each partition with both known, sorted."""
    found = []
    for name, number, files in partition_folders(folder):
        if name is not None and number is not None:
            found.append((name, number, files))
    return sorted(found)


def _groups(folder: Path) -> list[tuple[int, list[tuple[str, list[Path]]]]]:
    """(year, [(department, files)…]) of each department group and year with both known,
    in order of group and year, the group's departments in order of name."""
    grouped: dict[tuple[str, int], list[tuple[str, list[Path]]]] = {}
    for department, year, files in _partitions(folder):
        grouped.setdefault((department_group(department), year), []).append((department, files))
    return [(year, sorted(parts)) for (_, year), parts in sorted(grouped.items())]


def _rows_at(
    files: list[Path], starts: list[int], rows: np.ndarray, parts: list[tuple[str, list[Path]]]
) -> Iterator[tuple[int, dict]]:
    """(row, its values) at each of the sorted group row numbers ``rows``, every mention
    column but ``sentence`` and those the partition gives (its department from ``parts``),
    a row group at a time."""
    names = [f.name for f in fields(Mention) if f.name not in ("sentence", "department", "year")]
    department_of = {f: department for department, fs in parts for f in fs}
    for row, path, r in _columns_at(files, starts, rows, names):
        yield row, {**r, **decoded(r), "department": department_of[path]}


def _columns_at(
    files: list[Path], starts: list[int], rows: np.ndarray, names: list[str]
) -> Iterator[tuple[int, Path, dict]]:
    """(row, its file, the values of its columns ``names``) at each of the sorted group
    row numbers ``rows``, a row group at a time."""
    for path, start, end in zip(files, starts, starts[1:], strict=False):
        wanted = rows[(rows >= start) & (rows < end)] - start
        if not len(wanted):
            continue
        for first, count, read in row_groups(path):
            mine = wanted[(wanted >= first) & (wanted < first + count)]
            if len(mine):
                table = kernels.take(
                    read(columns=names), arrow.from_numpy(mine - first, pa.int64())
                )
                for row, r in zip((mine + start).tolist(), table.to_pylist(), strict=True):
                    yield row, path, r


def _rate_words(joined: str | None) -> str | None:
    """``pairs.rate_words`` of a base unit and a metric key joined (``_joined``)."""
    if joined is None:
        return None
    unit, key = joined.split("\x1f", 1)
    return rate_words(key, unit or None)


def _counted_metric(joined: str) -> str | None:
    """``pairs.counted_metric`` of a base unit and a metric key joined (``_joined``)."""
    unit, key = joined.split("\x1f", 1)
    return counted_metric(key, unit or None)


# The columns ``pairs.link_fields`` reads, in its order (the last two made from others).
LINK_FIELDS = ("metric_key", "base_unit", "measure", "unit", "period_kind", "change_base")


def _link_codes(batch: pa.Table, codes: tuple[dict, dict, dict, dict]) -> list[np.ndarray]:
    """``pairs.link_fields`` of each row of ``batch`` as numbers, the same across batches:
    its name as counted, its metric, what else a link compares, and of that what a
    completion rate and the target it implies share (``pairs.implied_parts``), each coded in
    its own of ``codes``; computed once per distinct row. Whether a figure is a year's
    addition is ``pairs.is_addition`` over the column at once (a phrase is near to one a
    figure), the months of part of a year ``months_short_of_year`` of each distinct label."""
    added = kernels.if_else(
        kernels.match_substring(kernels.fill_null(batch["metric_phrase"], _EMPTY), ADDITION),
        _ADDED,
        _EMPTY,
    )
    months = _mapped([batch["period_label"]], months_short_of_year)
    cols = [kernels.fill_null(batch[c], _EMPTY) for c in LINK_FIELDS] + [added, months]
    joined = kernels.binary_join_element_wise(*cols, _UNIT_SEP)
    if isinstance(joined, pa.ChunkedArray):
        joined = joined.combine_chunks()
    encoded = kernels.dictionary_encode(joined)
    named, metrics, units, kinds = codes
    known: list[tuple[int, int, int, int]] = []
    for row in encoded.dictionary.to_pylist():
        key, base_unit, measure, unit, kind, base, add, month = (
            v or None for v in row.split("\x1f")
        )
        given = (key, base_unit, measure, unit, kind, base, add is not None, month)
        word, metric, compared = link_fields(*given)
        known.append(
            (
                named.setdefault(word, len(named)),
                metrics.setdefault(metric, len(metrics)),
                units.setdefault(compared, len(units)),
                kinds.setdefault(implied_parts(compared), len(kinds)),
            )
        )
    table = np.array(known, dtype=np.int64).reshape(-1, 4)[arrow.to_numpy(encoded.indices)]
    return [table[:, i] for i in range(4)]


def _mapped(columns: list[pa.ChunkedArray], fold: Callable[..., str | None]) -> pa.Array:
    """``fold`` of the values of each row of ``columns`` (a missing one as None), computed
    once per distinct row; a missing result as empty."""
    cols = [kernels.fill_null(c, _EMPTY) for c in columns]
    joined = cols[0] if len(cols) == 1 else kernels.binary_join_element_wise(*cols, _UNIT_SEP)
    if isinstance(joined, pa.ChunkedArray):
        joined = joined.combine_chunks()
    encoded = kernels.dictionary_encode(joined)
    distinct = encoded.dictionary.to_pylist()
    folded = [fold(*(v or None for v in d.split("\x1f"))) or "" for d in distinct]
    return kernels.take(arrow.column(folded, pa.string()), encoded.indices)


def _key_codes(
    ident: np.ndarray, metric: np.ndarray, unit: np.ndarray, codes: dict[tuple[int, int, int], int]
) -> np.ndarray:
    """A number for each (unit of government, metric, base unit), the same across
    batches; -1 where the document has no unit of government."""
    if not len(ident):
        return ident
    triples = np.stack([ident, metric, unit], axis=1)
    distinct, inverse = np.unique(triples, axis=0, return_inverse=True)
    known = [
        -1 if t[0] < 0 else codes.setdefault((t[0], t[1], t[2]), len(codes))
        for t in distinct.tolist()
    ]
    return np.array(known, dtype=np.int64)[inverse.reshape(-1)]


def _distinct(values: np.ndarray) -> np.ndarray:
    """The distinct values of a one-dimensional array, sorted: ``np.unique`` without its
    check for a masked array, which imports ``numpy.ma`` (0.6 % of a small run's
    start-up, issue 29)."""
    ordered = np.sort(values)
    if len(ordered) < 2:
        return ordered
    return ordered[np.concatenate(([True], ordered[1:] != ordered[:-1]))]


def _codes(
    values: pa.Array | pa.ChunkedArray, codes: dict, fold: Callable[[Any], Any] | None = None
) -> np.ndarray:
    """A number for each value (missing included), the same across batches: only the
    batch's distinct values become Python objects, not every row's. With ``fold``, values
    that fold to one thing (``pairs.plan_metric``) get one number."""
    if isinstance(values, pa.ChunkedArray):
        values = values.combine_chunks()
    encoded = kernels.dictionary_encode(values, null_encoding="encode")
    distinct = encoded.dictionary.to_pylist()
    known = [codes.setdefault(fold(v) if fold else v, len(codes)) for v in distinct]
    return np.array(known, dtype=np.int64)[arrow.to_numpy(encoded.indices)]


# Compute functions' text arguments as Arrow scalars (a Python one is converted by pyarrow,
# which imports pandas to do it: see metrics.columns).
_EMPTY, _UNIT_SEP = arrow.scalar("", pa.string()), arrow.scalar("\x1f", pa.string())
_ADDED = arrow.scalar(ADDITION, pa.string())
_TREND_ROLES = arrow.column(sorted(TREND_ROLES), pa.string())
_GROWTH = arrow.scalar(str(Measure.GROWTH), pa.string())
_RATE_UNITS = frozenset({"%", "‰"})  # pairs.rate_words' units


def _joined(a: pa.ChunkedArray, b: pa.ChunkedArray) -> pa.Array:
    """Two string columns as one (a missing value of ``a`` as empty), to code them as one."""
    return kernels.binary_join_element_wise(kernels.fill_null(a, _EMPTY), b, _UNIT_SEP)


def _sides(batch: pa.Table) -> np.ndarray:
    """The ``pairs.Side`` flags of each row of ``batch`` (``pairs.link_sides``), computed
    once per distinct (role, section, measure, unit)."""
    cols = [kernels.fill_null(batch[c], _EMPTY) for c in ("role", "section", "measure", "unit")]
    joined = kernels.binary_join_element_wise(*cols, _UNIT_SEP).combine_chunks()
    encoded = kernels.dictionary_encode(joined)
    distinct = encoded.dictionary.to_pylist()
    known = [link_sides(*(v or None for v in d.split("\x1f"))) for d in distinct]
    return np.array(known, dtype=np.int64)[arrow.to_numpy(encoded.indices)]


def _foreign(batch: pa.Table, identities: Units) -> np.ndarray:
    """Which rows of ``batch`` are another place's figure than their document's unit
    (``pairs.foreign_figure``: 东湖县…增长7.2% in a city's review), asked only of the few
    rows whose own clause names a place."""
    out = np.zeros(batch.num_rows, dtype=bool)
    placed = np.flatnonzero(arrow.to_numpy(kernels.is_valid(batch["figure_place"])))
    if not len(placed):
        return out
    at = arrow.from_numpy(placed, pa.int64())
    places = kernels.take(batch["figure_place"], at).to_pylist()
    docs = kernels.take(batch["doc_id"], at).to_pylist()
    for row, place, doc in zip(placed.tolist(), places, docs, strict=True):
        unit = identities.get(doc)
        out[row] = unit is not None and foreign_place(place, unit[1], unit[2])
    return out


def _link_rows(files: list[Path], identities: Units) -> tuple[np.ndarray, list[int]]:
    """(target row, outcome row) of one group's links, in the targets' order, rows
    numbered across the group's files; and the first row of each file, and the end. A
    stated link's key is the document's government unit, the metric and the base unit
    with the measure; a target no stated outcome takes may then take an outcome that
    names its metric short (``pairs.short_links``), then a completion rate of it, by
    government unit and metric (``pairs.plan_vs_outcome``)."""
    (rows, keys, ikeys, where, side, loose, words), starts, names = _link_keys(files, identities)
    links = _matched(rows, keys, where, side & Side.TARGET > 0, side & Side.OUTCOME > 0)
    left = (side & Side.TARGET > 0) & ~np.isin(rows, links[:, 0])
    free = (side & Side.OUTCOME > 0) & ~np.isin(rows, links[:, 1])
    named, read = (words, names), (files, starts)
    short = _short_matched(rows, loose, where, left, free, named, read, identities)
    links = np.concatenate([links, short])
    implying = (side & Side.IMPLIED_TARGET > 0) & ~np.isin(rows, links[:, 0])
    derived = _matched(rows, ikeys, where, implying, side & Side.COMPLETION > 0)
    # targets of plans of several years, in a pass of their own (``pairs.SPAN_TARGET``)
    spans = _matched(rows, keys, where, side & SPAN_TARGET > 0, side & Side.OUTCOME > 0)
    links = np.concatenate([links, derived, spans])
    return links[np.argsort(links[:, 0], kind="stable")], starts


def _link_keys(
    files: list[Path], identities: Units
) -> tuple[list[np.ndarray], list[int], list[str | None]]:
    """(row, key, implied key, document, sides, key but the metric, metric key) of each
    figure of one group that may be linked, as arrays of the group's size (held once: see
    ``_Filled``); the first row of each file, and the end (see ``_link_rows``); and the
    metric key of each code."""
    size = sum(pq.read_metadata(path).num_rows for path in files)
    found = _Filled(size, (np.int64, np.int32, np.int32, np.int32, np.int8, np.int32, np.int32))
    metrics: dict[str | None, int] = {}
    words: dict[str | None, int] = {}
    units: dict[Compared, int] = {}
    kinds: dict[ImpliedParts, int] = {}
    docs: dict[str, int] = {}
    key_codes: dict[tuple[int, int, int], int] = {}
    doc_units: list[int] = []  # by document code: its government unit's code, -1 for none
    starts, end = [], 0
    columns = [
        "metric_key",
        "base_unit",
        "doc_id",
        "role",
        "section",
        "measure",
        "unit",
        "period_kind",
        "change_base",
        "aim_year",
        "text",
        "metric_phrase",
        "period_label",
        "figure_place",
        "plan_period",
    ]
    stated: set[tuple[int, int, str]] = set()  # a target restated in its plan is one
    for path in files:
        starts.append(end)
        for _, _, read in row_groups(path):
            batch = read(columns=columns)
            side = _sides(batch)
            # a target for a later year than its plan's is none (``pairs.mention_sides``)
            aimed = arrow.to_numpy(kernels.is_valid(batch["aim_year"]))
            # a target of a plan of several years is linked in a pass of its own
            # (``pairs.span_sides``)
            spanned = arrow.to_numpy(kernels.is_valid(batch["plan_period"])) & ~aimed
            side = np.where(spanned, np.where(side & Side.TARGET, SPAN_TARGET, 0), side)
            side = np.where(aimed, side & NOT_AIMED, side)
            side = np.where(_foreign(batch, identities), 0, side)
            keep = (side > 0) & arrow.to_numpy(kernels.is_valid(batch["metric_key"]))
            picked, side = kernels.filter(batch, arrow.from_numpy(keep, pa.bool_())), side[keep]
            row = np.flatnonzero(keep) + end
            end += batch.num_rows
            codes = _codes(picked["doc_id"], docs)
            # the unit of each document code, extended by the documents this batch met first
            doc_units.extend(
                identities.get(d, (-1, None, None))[0]
                for d in itertools.islice(docs, len(doc_units), None)
            )
            ident = np.asarray(doc_units, dtype=np.int64)[codes]
            # the name as counted, the metric and what else a link compares, by the
            # function ``pairs.plan_key`` folds a mention with (``pairs.link_fields``)
            named, metric, unit, kind = _link_codes(picked, (words, metrics, units, kinds))
            key = _key_codes(ident, metric, unit, key_codes)
            # …and but the metric, for an outcome that names a target short (``short_links``)
            loose = _key_codes(ident, np.full(len(unit), -1, dtype=np.int64), unit, key_codes)
            side = _restatements_dropped(side, key, codes, picked["text"], stated)
            # a completion rate's metric without its frame, in no unit
            folded = _codes(picked["metric_key"], metrics, completion_metric)
            metric = np.where(side & Side.COMPLETION, folded, metric)
            implied = _key_codes(ident, metric, -1 - kind, key_codes)
            found.add(row, key, implied, codes, side, loose, named)
    starts.append(end)
    return found.done(), starts, list(words)


def _short_matched(
    rows: np.ndarray,
    loose: np.ndarray,
    where: np.ndarray,
    target: np.ndarray,
    outcome: np.ndarray,
    named: tuple[np.ndarray, list[str | None]],
    read: tuple[list[Path], list[int]],
    identities: Units,
) -> np.ndarray:
    """``pairs.short_links`` of the ``target`` rows and ``outcome`` rows no stated link
    took, by the key but the metric (``loose``), as an (n, 2) array of rows: the metric's
    words of each row are ``named`` (codes, and the words of each code); the words before
    an outcome in its sentence are read from the files and their first rows (``read``),
    for the outcomes whose key ends a target's only, after the scope of its document's
    level (``identities``, ``pairs.scoped_before``)."""
    codes, words = named
    links = [np.empty((0, 2), dtype=np.int64)]
    wanted = np.flatnonzero(target & (loose >= 0))
    if not len(wanted):
        return links[0]
    pool = np.flatnonzero(outcome & np.isin(loose, loose[wanted]))
    groups = []
    for group in _distinct(loose[wanted]).tolist():
        ts, os_ = wanted[loose[wanted] == group], pool[loose[pool] == group]
        left = [(int(rows[i]), int(where[i]), words[codes[i]]) for i in ts]
        tails = short_tails(t[2] for t in left)
        outs = [(int(rows[j]), int(where[j]), words[codes[j]]) for j in os_]
        groups.append((left, [o for o in outs if plan_words(o[2]) in tails]))
    need = np.array(sorted({o[0] for _, outs in groups for o in outs}), dtype=np.int64)
    names = ["sentence", "char_start", "sentence_start", "doc_id"]
    before = {
        row: scoped_before(
            identities.get(r["doc_id"], (-1, None, None))[1],
            r["sentence"][: max(0, r["char_start"] - r["sentence_start"])],
        )
        for row, _, r in _columns_at(*read, need, names)
    }
    for left, outs in groups:
        if outs:
            pairs = itertools.chain.from_iterable(match_short(left, outs, before.__getitem__))
            links.append(np.fromiter(pairs, dtype=np.int64).reshape(-1, 2))
    return np.concatenate(links)


def _restatements_dropped(
    side: np.ndarray,
    key: np.ndarray,
    docs: np.ndarray,
    texts: pa.ChunkedArray,
    stated: set[tuple[int, int, str]],
) -> np.ndarray:
    """``side`` with no side left to a target its plan restates (``pairs.restated``: the
    same key, document and figure as written as a target before it, in ``stated``)."""
    rows = np.flatnonzero((side & Side.TARGET > 0) & (key >= 0))
    if not len(rows):
        return side
    side = side.copy()
    chosen = kernels.take(texts, arrow.from_numpy(rows, pa.int64())).to_pylist()
    for row, text in zip(rows.tolist(), chosen, strict=True):
        if restated(stated, (int(key[row]), int(docs[row]), text)):
            side[row] = 0
    return side


class _Filled:
    """Arrays of one type each, filled a batch at a time up to ``size`` values, then cut
    to what was filled: the figures of a large group are held once and compactly (a list
    of each batch's arrays, joined at the end, held them twice, as 64-bit integers)."""

    def __init__(self, size: int, types: Sequence[type]) -> None:
        self.arrays = [np.empty(size, dtype=t) for t in types]
        self.count = 0

    def add(self, *values: np.ndarray) -> None:
        end = self.count + len(values[0])
        for array, value in zip(self.arrays, values, strict=True):
            array[self.count : end] = value
        self.count = end

    def done(self) -> list[np.ndarray]:
        for array in self.arrays:
            array.resize(self.count, refcheck=False)  # in place: the rest is given back
        return self.arrays


def _matched(
    rows: np.ndarray, keys: np.ndarray, where: np.ndarray, target: np.ndarray, outcome: np.ndarray
) -> np.ndarray:
    """``pairs.match_plans`` of the ``target`` rows and the ``outcome`` rows, one key at a
    time, so that what is held as Python objects is one key's figures: the (target row,
    outcome row) links as an (n, 2) array, each key's in its turn."""
    links = [np.empty((0, 2), dtype=np.int64)]
    either = np.flatnonzero(target | outcome)
    by_key = either[np.argsort(keys[either], kind="stable")]
    for group in np.split(by_key, np.flatnonzero(np.diff(keys[by_key])) + 1):
        if not len(group) or keys[group[0]] < 0:
            continue  # no government unit: linked to nothing
        t, a = group[target[group]], group[outcome[group]]
        if len(t) and len(a):
            pool = {keys[a[0]]: list(zip(rows[a].tolist(), where[a].tolist(), strict=True))}
            wanted = zip(keys[t], rows[t].tolist(), where[t].tolist(), strict=True)
            pairs = itertools.chain.from_iterable(match_plans(wanted, pool))
            links.append(np.fromiter(pairs, dtype=np.int64).reshape(-1, 2))
    return np.concatenate(links)
