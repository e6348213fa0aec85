"""Placeholder-aware statistics over the mentions and pairs tables.

Contract: ``figure_stats(mentions, pairs)`` returns one row per department × year ×
section × unit family × base unit (``metric_key`` null), plus one row per ``metric_key``
that occurs more than once in such a group. Masked figures are counted, never summed as
numbers: ``sum_known`` adds the known values (in base units); ``sum_min``/``sum_max``
give the interval the masked figures allow from their mask widths; a mask with no width
(``*``) makes the group ``n_unbounded`` > 0 and ``sum_max`` missing — the interval is open,
and the table says so instead of dropping the figure. Sums add only figures of one role
(``role`` is part of the key, so a target is never added to an actual) that are additive
(``metrics.additivity``: never percentages, rates, shares, per-capita figures, averages,
growths or completions); ``n_additive`` counts the figures in the sums, and the sums are
missing when it is 0. Inputs are pandas DataFrames as
``tables`` writes them; the output is one too.
"""

from __future__ import annotations

import pandas as pd

from metrics.additivity import is_additive
from metrics.resolve import unit_factor

GROUP = ["department", "year", "section", "unit_family", "base_unit", "role"]
# The mention columns the statistics read (so a large table is read narrow).
STATS_INPUT = [
    *GROUP,
    "mention_id",
    "unit",
    "metric_key",
    "masked",
    "value_min",
    "value_max",
    "base_value",
]
STATS_COLUMNS = [
    *GROUP,
    "metric_key",
    "n_figures",
    "n_masked",
    "share_masked",
    "n_targets",
    "n_actuals",
    "pairs_met",
    "pairs_not_met",
    "pairs_unknown",
    "n_known",
    "sum_known",
    "n_unbounded",
    "sum_min",
    "sum_max",
    "n_additive",
]


def _factor(unit: str) -> float:
    f = unit_factor(unit) if isinstance(unit, str) else None
    return float(f) if f is not None else 1.0


def prepare(mentions: pd.DataFrame) -> pd.DataFrame:
    """Per-figure contributions to the sums, in base units."""
    m = mentions.copy()
    factor = m["unit"].map(_factor).astype("Float64")
    known = m["base_value"].astype("Float64")
    low = (m["value_min"].astype("Float64") * factor).where(known.isna())
    high = (m["value_max"].astype("Float64") * factor).where(known.isna())
    additive = [is_additive(f, k) for f, k in zip(m["unit_family"], m["metric_key"], strict=True)]
    m["_additive"] = pd.Series(additive, index=m.index, dtype=bool)
    # a non-additive figure is counted but contributes nothing to any sum
    known, low, high = (s.where(m["_additive"]) for s in (known, low, high))
    m["_known"] = known
    m["_low"] = known.fillna(low).fillna(0.0)
    m["_high"] = known.fillna(high)
    # only a mask can leave a figure unbounded: an unmasked figure is its own bound
    masked = m["masked"].astype("boolean").fillna(False).astype(bool)
    m["_unbounded"] = m["_additive"] & masked & known.isna() & high.isna()
    role = m["role"].astype(object)
    m["_target"] = role == "target"
    m["_actual"] = role == "actual"
    return _object_keys(m, GROUP)


def _object_keys(frame: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    """``frame`` with its ``keys`` as object columns, None where missing, so that groups and
    merges match a missing key with a missing key (a key missing everywhere would else
    come out of a groupby as a float column)."""
    for col in keys:
        frame[col] = frame[col].astype(object).where(frame[col].notna(), None)
    return frame


ADDITIVE = [
    "n_figures",
    "n_masked",
    "n_targets",
    "n_actuals",
    "n_known",
    "_known_sum",
    "n_unbounded",
    "sum_min",
    "_high_sum",
    "pairs_met",
    "pairs_not_met",
    "pairs_unknown",
    "n_additive",
]
KEYS = [*GROUP, "metric_key"]


def _aggregate(m: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    g = m.groupby(keys, dropna=False, sort=True)
    return pd.DataFrame(
        {
            "n_figures": g.size(),
            "n_masked": g["masked"].sum(),
            "n_targets": g["_target"].sum(),
            "n_actuals": g["_actual"].sum(),
            "n_known": g["_known"].count(),
            "_known_sum": g["_known"].sum(),
            "n_unbounded": g["_unbounded"].sum(),
            "sum_min": g["_low"].sum(),
            "_high_sum": g["_high"].sum(),
            "n_additive": g["_additive"].sum(),
        }
    ).reset_index()


def partial_stats(mentions: pd.DataFrame, pairs: pd.DataFrame | None = None) -> pd.DataFrame:
    """Additive statistics of one batch of mentions (and their pairs); ``combine_stats``
    adds batches up, so a corpus is summarised without being held in memory."""
    if mentions.empty:
        return pd.DataFrame(columns=[*KEYS, *ADDITIVE])
    m = prepare(mentions)
    broad = _aggregate(m, GROUP)
    broad["metric_key"] = None
    by_metric = _aggregate(m[m["metric_key"].notna()], KEYS)
    out = pd.concat([broad, by_metric], ignore_index=True)
    return _with_pairs(out, m, pairs)


def add_partials(partials: list[pd.DataFrame]) -> pd.DataFrame:
    """``partial_stats`` batches added up into one (so a long run keeps one, not many)."""
    parts = [p for p in partials if not p.empty]
    if not parts:
        return pd.DataFrame(columns=[*KEYS, *ADDITIVE])
    every = _object_keys(pd.concat(parts, ignore_index=True), KEYS)
    return every.groupby(KEYS, dropna=False, sort=False)[ADDITIVE].sum().reset_index()


def combine_stats(partials: list[pd.DataFrame]) -> pd.DataFrame:
    """The statistics table (see the module contract) from ``partial_stats`` batches."""
    out = add_partials(partials)
    if out.empty:
        return pd.DataFrame(columns=STATS_COLUMNS)
    out = out[out["metric_key"].isna() | (out["n_figures"] > 1)]
    out["sum_known"] = out["_known_sum"].astype("Float64").where(out["n_known"] > 0)
    summable = out["n_additive"] > 0
    out["sum_min"] = out["sum_min"].astype("Float64").where(summable)
    out["sum_max"] = out["_high_sum"].astype("Float64").where(summable & (out["n_unbounded"] == 0))
    out["share_masked"] = out["n_masked"] / out["n_figures"]
    out["year"] = pd.to_numeric(out["year"], errors="coerce").astype("Int64")
    return out[STATS_COLUMNS].sort_values(KEYS, na_position="first", ignore_index=True)


def figure_stats(mentions: pd.DataFrame, pairs: pd.DataFrame | None = None) -> pd.DataFrame:
    """The statistics table of one mentions table (see the module contract)."""
    return combine_stats([partial_stats(mentions, pairs)])


def _with_pairs(out: pd.DataFrame, m: pd.DataFrame, pairs: pd.DataFrame | None) -> pd.DataFrame:
    """Pair statuses counted on the row of the pair's leading figure (actual, else target,
    else completion): on its broad row, and on its metric row when it has a metric."""
    statuses = ["met", "not_met", "unknown"]
    columns = [f"pairs_{s}" for s in statuses]
    if pairs is None or pairs.empty:
        return out.assign(**dict.fromkeys(columns, 0))
    lead = pairs["actual_mention_id"].fillna(pairs["target_mention_id"])
    lead = lead.fillna(pairs["completion_mention_id"])
    keyed = m.set_index("mention_id")[KEYS]
    p = pd.DataFrame({"mention_id": lead, "status": pairs["status"]}).join(keyed, on="mention_id")
    both = pd.concat([p.assign(metric_key=None), p[p["metric_key"].notna()]], ignore_index=True)
    counts = both.groupby(KEYS, dropna=False)["status"].value_counts().unstack(fill_value=0)
    counts = counts.reindex(columns=statuses, fill_value=0)
    counts.columns = columns
    counts = _object_keys(counts.reset_index(), KEYS)
    out = _object_keys(out, KEYS).merge(counts, on=KEYS, how="left")
    out[columns] = out[columns].fillna(0).astype(int)
    return out
