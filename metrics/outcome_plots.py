"""Charts of targets against outcomes per metric, and of one metric from year to year.

Contract: each function takes the DataFrames of ``metrics.load`` and returns a table or a
matplotlib Figure whose value axes carry their unit in their title, one unit per axis: a
chart of several units is drawn in one panel per unit. Only known values are drawn; a
masked side leaves its metric out, never drawn at 0. Nothing imports matplotlib until a
chart is asked for.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import pandas as pd

from metrics.plots import TABLES, pyplot, takes

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from metrics.api import Tables

COMPARED = ["department", "year", "metric", "unit", "target", "actual", "status"]
PANELS_PER_ROW = 3
# a base unit shown in a larger unit when its values reach it (1.4e9 元 reads 14 亿元)
DISPLAY_UNITS = {
    "元": ((1e8, "亿元"), (1e4, "万元")),
    "人": ((1e4, "万人"),),
    "人次": ((1e4, "万人次"),),
    "千克": ((1e7, "万吨"), (1e3, "吨")),
}
STATUS_COLOURS = {"met": "tab:green", "not_met": "tab:red"}
# the mentions' columns ``yearly_figures`` reads
YEARLY_COLUMNS = ("role", "base_value", "period", "metric_key", "year", "department")
YEARLY_COLUMNS += ("base_unit", "source_file", "char_start", "text")


@takes(TABLES)
def compared_rows(tables: Tables) -> pd.DataFrame:
    """Targets beside outcomes whose two values are known, one row per metric and year:
    the pairs of a report, the plans met by a later report (``plan_vs_outcome``) and the
    targets of government work reports with their outcome. A comparison that two tables
    hold (the same metric, year, unit and values) is kept once."""
    pairs = pd.concat([tables.pairs, tables.plan_vs_outcome], ignore_index=True)
    parts = [
        pairs.rename(columns={"target_value": "target", "actual_value": "actual"}),
        # the indicator (its lexicon key) names a target across reports, not the words
        tables.targets.drop(columns=["metric"], errors="ignore").rename(
            columns={
                "government": "department",
                "indicator": "metric",
                "value": "target",
                "outcome_value": "actual",
            }
        ),
    ]
    frame = pd.concat(  # (an empty frame of the columns first: no table may hold a row)
        [pd.DataFrame(columns=COMPARED)]
        + [p[COMPARED].astype(object) for p in parts if not p.empty],
        ignore_index=True,
    )
    frame = frame.dropna(subset=["target", "actual"])
    frame = frame.drop_duplicates(subset=["metric", "year", "unit", "target", "actual"])
    frame[["target", "actual"]] = frame[["target", "actual"]].astype(float)
    frame["department"] = frame["department"].fillna("（未注明）")
    return frame.sort_values(["unit", "metric", "year"], ignore_index=True)


@takes(TABLES)
def plan_vs_outcome_chart(tables: Tables) -> Figure:
    """Bars: per metric, its target and its actual side by side (the actual green when
    met, red when not); one panel per unit, whose axis title names it."""
    plt = pyplot()

    rows = compared_rows(tables)
    units = list(dict.fromkeys(rows["unit"])) or ["—"]
    ncols = min(PANELS_PER_ROW, len(units))
    nrows = math.ceil(len(units) / ncols)
    fig, axes = plt.subplots(nrows, ncols, figsize=(5 * ncols, 3.6 * nrows), squeeze=False)
    for ax, unit in zip(axes.flat, units, strict=False):
        _target_actual_bars(ax, rows[rows["unit"] == unit].reset_index(drop=True), unit)
    for ax in list(axes.flat)[len(units) :]:
        fig.delaxes(ax)
    fig.suptitle("目标与实际（按指标；每个单位一栏）")
    fig.tight_layout(rect=(0, 0, 1, 0.97))  # room for the title above the panels
    return fig


def _target_actual_bars(ax: Axes, part: pd.DataFrame, unit: str) -> None:
    labels = _labels(part)
    width = 0.4
    xs = range(len(part))
    ax.bar([x - width / 2 for x in xs], part["target"], width, color="lightgrey", label="目标")
    colours = [STATUS_COLOURS.get(s, "tab:blue") for s in part["status"]]
    ax.bar([x + width / 2 for x in xs], part["actual"], width, color=colours, label="实际")
    ax.set_xticks(list(xs), labels, rotation=40, ha="right", fontsize=8)
    ax.set_title(f"单位：{unit}")
    ax.set_ylabel(f"数值（{unit}）")
    if part.empty:
        ax.text(0.5, 0.5, "无目标与实际均已知的指标", ha="center", transform=ax.transAxes)
    else:
        ax.legend(handles=_legend(), fontsize=8)


def _legend() -> list[object]:
    from matplotlib.patches import Patch

    return [
        Patch(color="lightgrey", label="目标"),
        Patch(color=STATUS_COLOURS["met"], label="实际（完成）"),
        Patch(color=STATUS_COLOURS["not_met"], label="实际（未完成）"),
    ]


def _labels(part: pd.DataFrame) -> list[str]:
    """The metric; with its department and year where the panel names it twice."""
    twice = part["metric"].duplicated(keep=False)
    return [
        f"{r.metric}（{r.department} {r.year}）" if t else str(r.metric)
        for r, t in zip(part.itertuples(), twice, strict=True)
    ]


@takes("mentions", *YEARLY_COLUMNS)
def yearly_figures(mentions: pd.DataFrame) -> pd.DataFrame:
    """Per metric, base unit, department and year: the first known actual figure of the
    year in reading order (its headline), in the base unit. Figures of a span (``period``
    2021-2025, 今年以来) are left out: they are not the year's own."""
    known = mentions[
        (mentions["role"] == "actual")
        & mentions["base_value"].notna()
        & mentions["period"].isna()
        & mentions["metric_key"].notna()
        & mentions["year"].notna()
    ]
    known = known.assign(department=known["department"].astype(object).fillna("（未注明）"))
    key = ["metric_key", "base_unit", "department", "year"]
    first = known.sort_values(["source_file", "char_start"]).groupby(key, observed=True).head(1)
    return first[[*key, "base_value", "text"]].sort_values(key, ignore_index=True)


def pick_metric(yearly: pd.DataFrame) -> tuple[str, str] | None:
    """The metric (and base unit) that lines up best from year to year: in at least two
    years for one department, then in the most departments, then in the most cells."""
    if yearly.empty:
        return None
    groups = yearly.groupby(["metric_key", "base_unit"], observed=True)
    score = groups.apply(_alignment, include_groups=False)
    score = score[score.map(lambda s: s[0] > 1)]
    if score.empty:
        return None
    best = sorted(score.items(), key=lambda kv: (-kv[1][1], -kv[1][2], kv[0]))[0][0]
    return str(best[0]), str(best[1])


def _alignment(group: pd.DataFrame) -> tuple[int, int, int]:
    """(most years of one department, departments, cells) of one metric."""
    years = group.groupby("department")["year"].nunique()
    return int(years.max()), len(years), len(group)


@takes("mentions", *YEARLY_COLUMNS)
def year_over_year(
    mentions: pd.DataFrame, metric_key: str | None = None
) -> tuple[pd.DataFrame, str, str]:
    """Department (rows) × year (columns) of one metric's yearly figure, in a display
    unit (亿元 rather than 元); the metric given, or the one ``pick_metric`` chooses.
    Returns the table, the metric and the unit; an empty table when nothing lines up."""
    yearly = yearly_figures(mentions)
    if metric_key is None:
        picked = pick_metric(yearly)
    else:
        units = yearly.loc[yearly["metric_key"] == metric_key, "base_unit"]
        picked = (metric_key, str(units.mode().iloc[0])) if len(units) else None
    if picked is None:
        return pd.DataFrame(), metric_key or "", ""
    metric, base = picked
    rows = yearly[(yearly["metric_key"] == metric) & (yearly["base_unit"] == base)]
    table = rows.pivot_table(index="department", columns="year", values="base_value")
    scale, unit = next(
        ((s, u) for s, u in DISPLAY_UNITS.get(base, ()) if table.max().max() >= s), (1, base)
    )
    return table / scale, metric, unit


@takes("mentions", *YEARLY_COLUMNS)
def year_over_year_chart(mentions: pd.DataFrame, metric_key: str | None = None) -> Figure:
    """Grouped bars: one metric's yearly figure per department, one bar per year."""
    plt = pyplot()

    table, metric, unit = year_over_year(mentions, metric_key)
    fig, ax = plt.subplots(figsize=(8, 4.5))
    if table.empty:
        ax.text(0.5, 0.5, "无逐年可比的指标", ha="center", transform=ax.transAxes)
    else:
        table.plot.bar(ax=ax, rot=0)
        ax.legend(title="年度")
    ax.set_title(f"{metric}：各部门逐年对比" if metric else "逐年对比")
    ax.set_xlabel("部门")
    ax.set_ylabel(f"{metric}（{unit}）" if unit else "数值")
    fig.tight_layout()
    return fig
