"""Plots for notebooks, with Chinese labels that render as characters.

Contract: ``use_cjk_font()`` makes a Chinese font matplotlib's default, so 教育局 shows as
characters, not boxes, and returns its family name: a font of the system (the first that
``fc-list :lang=zh`` lists), else the Noto Sans CJK font that the ``mplfonts`` package
ships (installed with ``gov-report-metrics[notebook]``); with neither it warns and
returns None, and charts are still drawn (Chinese as boxes). The plotting functions take
the DataFrames of ``metrics.load``, return a matplotlib Figure, and put the unit of each
axis in its title, one unit per axis. Nothing here imports matplotlib until it is called.
Each checks its argument first (``takes``): the ``Tables`` where one table is asked, or a
table that lacks a column the function reads, is a ``TypeError`` naming the table to pass.
"""

from __future__ import annotations

import functools
import inspect
import shutil
import subprocess
import warnings
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, ParamSpec, TypeVar

import pandas as pd

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from metrics.api import Tables

CJK_FONT_FILE = "NotoSansCJKsc-Regular.otf"
TABLES = "tables"  # what ``takes`` names the whole ``Tables``
P = ParamSpec("P")
R = TypeVar("R")


def takes(table: str, *columns: str) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Check a function's first argument: ``tables.<table>`` holding ``columns``, or the
    ``Tables`` themselves when ``table`` is ``TABLES``. A wrong one is a ``TypeError``
    naming the function and what to pass, raised before pandas meets it (a ``KeyError``
    from deep inside pandas said neither)."""

    def check(function: Callable[P, R]) -> Callable[P, R]:
        name = f"{function.__module__.rsplit('.', 1)[-1]}.{function.__name__}"
        # (the first parameter by its name: keywords come in the caller's order)
        first = next(iter(inspect.signature(function).parameters))

        @functools.wraps(function)
        def checked(*args: P.args, **kwargs: P.kwargs) -> R:
            given = args[0] if args else kwargs.get(first)
            _check(name, given, table, columns)
            return function(*args, **kwargs)

        return checked

    return check


def _check(name: str, given: object, table: str, columns: tuple[str, ...]) -> None:
    is_tables = hasattr(given, "mentions") and hasattr(given, "documents")
    if table == TABLES:
        if not is_tables:
            raise TypeError(
                f"{name}() takes the tables of metrics.load() or metrics.extract() "
                f"(all of them: tables, not tables.mentions), not {type(given).__name__}"
            )
        return
    if is_tables:
        raise TypeError(f"{name}() takes one table: tables.{table}, not the whole tables")
    if not isinstance(given, pd.DataFrame):
        raise TypeError(f"{name}() takes tables.{table} (a DataFrame), not {type(given).__name__}")
    missing = [c for c in columns if c not in given.columns]
    if missing:
        more = ", …" if len(missing) > 3 else ""
        raise TypeError(
            f"{name}() takes tables.{table}; this frame lacks {', '.join(missing[:3])}{more}"
        )


def pyplot() -> ModuleType:
    """``matplotlib.pyplot``, or an ImportError that says how to install it."""
    try:
        import matplotlib.pyplot as plt
    except ImportError as exc:
        raise ImportError(
            "charts need matplotlib: pip install 'gov-report-metrics[notebook]'"
        ) from exc
    return plt


def system_cjk_fonts() -> list[Path]:
    """Font files of the system that cover Chinese, as ``fc-list :lang=zh`` lists them
    (none where fontconfig is not installed)."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return []
    listed = subprocess.run(
        [fc_list, ":lang=zh", "file"], capture_output=True, text=True, check=False
    ).stdout
    return sorted(Path(line.strip().rstrip(":")) for line in listed.splitlines() if line.strip())


def packaged_cjk_font() -> Path | None:
    """The Noto Sans CJK file of the ``mplfonts`` package, None when it is not installed."""
    try:
        import mplfonts
    except ImportError:
        return None
    path = Path(mplfonts.__file__).parent / "fonts" / CJK_FONT_FILE
    return path if path.exists() else None


def use_cjk_font() -> str | None:
    """Make a Chinese font matplotlib's default; returns its family name, or None (with a
    warning) when the system has none and ``mplfonts`` is not installed."""
    pyplot()  # matplotlib is there, or say how to install it
    import matplotlib as mpl
    from matplotlib import font_manager

    path = next(iter(system_cjk_fonts()), None) or packaged_cjk_font()
    if path is None:
        warnings.warn(
            "no Chinese font: fc-list :lang=zh lists none and mplfonts is not installed "
            "(pip install 'gov-report-metrics[notebook]'); Chinese labels will show as boxes",
            stacklevel=2,
        )
        return None
    font_manager.fontManager.addfont(str(path))
    name = font_manager.FontProperties(fname=str(path)).get_name()
    mpl.rcParams["font.family"] = "sans-serif"
    mpl.rcParams["font.sans-serif"] = [name, *mpl.rcParams["font.sans-serif"]]
    mpl.rcParams["axes.unicode_minus"] = False
    return name


@takes("mentions", "department", "year", "masked")
def masked_share_by_department(mentions: pd.DataFrame) -> Figure:
    """Bar chart: figures and masked figures per department and year."""
    plt = pyplot()

    frame = mentions.assign(
        department=mentions["department"].astype(object).fillna("（未注明）"),
        year=mentions["year"].astype("Int64").astype(object).fillna("?").astype(str),
    )
    counts = frame.groupby(["department", "year"])["masked"].agg(["size", "sum"])
    counts.columns = ["全部数字", "遮蔽数字"]
    fig, ax = plt.subplots(figsize=(9, 4.5))
    if counts.empty:  # pandas' bar chart of nothing raises (IndexError)
        _no_figure(ax)
    else:
        counts.plot.bar(ax=ax)
    ax.set_title("各部门、年度的数字与遮蔽数字")
    ax.set_xlabel("部门, 年度")
    ax.set_ylabel("个数")
    fig.tight_layout()
    return fig


def _no_figure(ax: Axes) -> None:
    """An empty chart's axes say so: the tables hold no figure (or a filter left none)."""
    ax.text(0.5, 0.5, "无数字", ha="center", va="center", transform=ax.transAxes)


@takes("mentions", "department", "section", "masked")
def masked_shares(mentions: pd.DataFrame) -> pd.DataFrame:
    """Share of masked figures (in %) per department (rows) and section (columns): a
    share, not a count, so a long report does not look more redacted than a short one."""
    return _masked_share_table(mentions, "section", "other")


def _masked_share_table(mentions: pd.DataFrame, column: str, missing: str) -> pd.DataFrame:
    """Masked share (%) per department (rows) and ``column`` (columns); a cell with no
    figure stays missing, never 0 %."""
    frame = mentions.assign(
        department=_department(mentions["department"]),
        **{column: mentions[column].astype(object).fillna(missing)},
        masked=mentions["masked"].astype("boolean").fillna(False).astype(float),
    )
    return frame.pivot_table(
        index="department", columns=column, values="masked", aggfunc="mean"
    ).mul(100)


@takes("mentions", "department", "section", "masked")
def masked_share_by_section(mentions: pd.DataFrame) -> Figure:
    """Bars: the masked share of figures (%) per department, one bar per section."""
    plt = pyplot()

    fig, ax = plt.subplots(figsize=(9, 4.5))
    shares = masked_shares(mentions)
    if shares.empty:  # pandas' bar chart of nothing raises (TypeError)
        _no_figure(ax)
    else:
        shares.plot.bar(ax=ax)
        ax.legend(title="部分 (section)")
    ax.set_title("各部门、各部分被遮蔽数字的占比")
    ax.set_xlabel("部门")
    ax.set_ylabel("遮蔽占比（%）")
    ax.set_ylim(0, 100)
    fig.tight_layout()
    return fig


@takes("pairs", "department", "stated_completion", "computed_completion")
def completions(pairs: pd.DataFrame) -> pd.DataFrame:
    """Per pair: its department and its completion (%), the stated rate where the text
    gives one, else actual ÷ target; pairs with neither (a mask on either side) are left
    out, never put at 0 %."""
    stated = pd.to_numeric(pairs["stated_completion"], errors="coerce")
    computed = pd.to_numeric(pairs["computed_completion"], errors="coerce")
    frame = pd.DataFrame(
        {
            "department": pairs["department"].astype(object).fillna("（未注明）"),
            "completion": stated.fillna(computed).astype(float),
            "stated": stated.notna(),
        }
    )
    return frame.dropna(subset=["completion"]).reset_index(drop=True)


@takes("pairs", "department", "stated_completion", "computed_completion")
def completion_by_department(pairs: pd.DataFrame) -> Figure:
    """Dots: each pair's completion (%) per department, stated and computed marked apart,
    with the target line at 100 %."""
    plt = pyplot()

    frame = completions(pairs)
    order = sorted(frame["department"].unique())
    fig, ax = plt.subplots(figsize=(9, 4.5))
    for stated, marker, label in ((True, "o", "文中所述"), (False, "x", "实际÷目标")):
        part = frame[frame["stated"] == stated]
        ax.scatter(
            [order.index(d) for d in part["department"]],
            part["completion"],
            marker=marker,
            label=label,
        )
    ax.axhline(100, color="grey", linestyle="--", linewidth=0.8)
    ax.set_xticks(range(len(order)), order)
    ax.set_title("各部门目标完成率")
    ax.set_xlabel("部门")
    ax.set_ylabel("完成率（%）")
    ax.legend()
    fig.tight_layout()
    return fig


def _department(series: pd.Series) -> pd.Series:
    """Departments as labels: a missing one is named, so its figures are not dropped."""
    return series.astype(object).fillna("（未注明）")


@takes("mentions", "department", "unit_family", "masked")
def masked_shares_by_family(mentions: pd.DataFrame) -> pd.DataFrame:
    """Share of masked figures (in %) per department (rows) and unit family (columns):
    which kinds of figure a department redacts (money more than counts, say)."""
    return _masked_share_table(mentions, "unit_family", "（无单位）")


@takes("mentions", "department", "unit_family", "masked")
def masked_share_by_family(mentions: pd.DataFrame) -> Figure:
    """Heat map: the masked share of figures (%) per department and unit family."""
    plt = pyplot()

    shares = masked_shares_by_family(mentions)
    fig, ax = plt.subplots(figsize=(10, 4.5))
    cmap = plt.get_cmap("Reds").with_extremes(bad="lightgrey")  # no figure is not 0 %
    image = ax.imshow(shares.to_numpy(dtype=float), cmap=cmap, vmin=0, vmax=100)
    ax.set_xticks(range(len(shares.columns)), list(shares.columns), rotation=45, ha="right")
    ax.set_yticks(range(len(shares.index)), list(shares.index))
    ax.set_title("各部门、各类单位被遮蔽数字的占比（灰色：无此类数字）")
    ax.set_xlabel("单位类别 (unit family)")
    ax.set_ylabel("部门")
    fig.colorbar(image, ax=ax, label="遮蔽占比（%）")
    fig.tight_layout()
    return fig


SUM_KEY = ["level", "place", "department", "year", "unit_family", "base_unit", "role"]
SUM_COLUMNS = (*SUM_KEY, "n_additive", "n_masked", "n_unbounded", "sum_known", "sum_min", "sum_max")


@takes("stats_groups", *SUM_COLUMNS)
def sum_intervals(stats: pd.DataFrame) -> pd.DataFrame:
    """Per government unit × year × unit family × base unit × role of ``stats_groups``: the
    sum of the known additive figures and the interval ``sum_min``..``sum_max`` that the
    masked ones allow, added over sections. ``sum_max`` stays missing when any of its
    sums is open (a mask with no width): an open end is never closed by a guess."""
    rows = stats[stats["n_additive"] > 0]
    frame = rows.assign(
        department=_department(rows["department"]),
        **{
            c: rows[c].astype(object)
            for c in ("level", "place", "unit_family", "base_unit", "role")
        },
        _open=rows["sum_max"].isna(),
    )
    grouped = frame.groupby(SUM_KEY, dropna=False, sort=True)
    table = grouped[["n_additive", "n_masked", "n_unbounded"]].sum()
    table["sum_known"] = grouped["sum_known"].sum(min_count=1)
    table["sum_min"] = grouped["sum_min"].sum(min_count=1)
    # one open sum leaves the whole open (pandas' sum would skip it)
    table["sum_max"] = grouped["sum_max"].sum(min_count=1).where(grouped["_open"].sum() == 0)
    return table.reset_index()


@takes("stats_groups", *SUM_COLUMNS)
def sum_interval_chart(stats: pd.DataFrame) -> Figure:
    """Intervals: for each sum that holds a masked figure, a bar from ``sum_min`` to
    ``sum_max`` (an arrow where it is open) and a dot at ``sum_known``; one panel per
    base unit, so units are never mixed on one axis."""
    plt = pyplot()

    table = sum_intervals(stats)
    table = table[table["n_masked"] > 0]
    units = sorted(table["base_unit"].unique())
    sizes = [int((table["base_unit"] == u).sum()) + 1 for u in units] or [1]
    fig, axes = plt.subplots(
        len(sizes),
        1,
        figsize=(9, 1 + 0.3 * sum(sizes)),
        squeeze=False,
        gridspec_kw={"height_ratios": sizes},
    )
    for ax, unit in zip(axes[:, 0], units, strict=False):
        part = table[table["base_unit"] == unit].reset_index(drop=True)
        labels = [
            f"{r.place if isinstance(r.place, str) else ''}{r.department} {r.year} {r.role}"
            for r in part.itertuples()
        ]
        low = part["sum_min"].astype(float)
        top = part["sum_max"].astype(float).fillna(low.max() * 2 or 1)
        ax.barh(
            range(len(part)),
            top - low,
            left=low,
            color="tab:orange",
            alpha=0.5,
            label="遮蔽数字允许的区间",
        )
        ax.scatter(
            part["sum_known"].astype(float),
            range(len(part)),
            color="black",
            zorder=3,
            label="已知数字之和",
        )
        for i in part.index[part["sum_max"].isna()]:
            ax.annotate("→ 无上限", (top[i], i), fontsize=8, va="center")
        ax.set_yticks(range(len(part)), labels)
        ax.set_xlabel(f"合计（{unit}）")
        ax.set_xscale("symlog")  # masks span orders of magnitude; symlog keeps a 0 end
        ax.set_xlim(left=0)
    axes[0, 0].set_title("含遮蔽数字的合计：已知之和与可能区间")
    if units:
        axes[0, 0].legend(fontsize=8)
    fig.tight_layout()
    return fig


def _mask_of(mentions: pd.DataFrame, ids: pd.Series) -> pd.Series:
    """The mask (``xx.xx``) of each mention id, missing where it is known or absent."""
    masks = mentions.loc[mentions["masked"].astype("boolean").fillna(False)]
    return ids.map(masks.set_index("mention_id")["mask"]).astype(object)


@takes(TABLES)
def unknown_because_of_masks(tables: Tables) -> pd.DataFrame:
    """Rows of pairs, plan_vs_outcome and targets whose status is ``unknown`` and one of
    whose sides is masked: which target, which side, which mask. A row left unknown for
    another reason (no mask on either side) is not listed."""
    sides = {
        "target": "target_mention_id",
        "actual": "actual_mention_id",
        "completion": "completion_mention_id",
    }
    parts = []
    for name in ("pairs", "plan_vs_outcome"):
        rows = getattr(tables, name)
        rows = rows[rows["status"] == "unknown"]
        masks = {s: _mask_of(tables.mentions, rows[c]) for s, c in sides.items()}
        parts.append(
            _masked_rows(
                name,
                rows["pair_id"],
                _department(rows["department"]),
                rows["year"],
                rows["metric"],
                masks,
            )
        )
    rows = tables.targets[tables.targets["status"] == "unknown"]
    masks = {
        "target": _mask_of(tables.mentions, rows["mention_id"]),
        "actual": _mask_of(tables.mentions, rows["outcome_mention_id"]),
    }
    parts.append(
        _masked_rows(
            "targets",
            rows["target_id"],
            _department(rows["government"]),
            rows["year"],
            rows["indicator"],
            masks,
        )
    )
    return pd.concat(parts, ignore_index=True)


def _masked_rows(
    table: str,
    ids: pd.Series,
    department: pd.Series,
    year: pd.Series,
    metric: pd.Series,
    masks: dict[str, pd.Series],
) -> pd.DataFrame:
    """One row per id with a masked side: the sides masked and their masks, as written."""
    sides = pd.DataFrame(masks, index=ids.index, dtype=object)
    named = [sides[c].notna().map({True: c, False: ""}) for c in sides.columns]
    frame = pd.DataFrame(
        {
            "table": table,
            "id": ids,
            "department": department,
            "year": year,
            "metric": metric,
            "masked_sides": [", ".join(filter(None, r)) for r in zip(*named, strict=True)],
            "masks": [
                " ".join(m for m in r if isinstance(m, str)) for r in sides.itertuples(False)
            ],
        },
        index=ids.index,
    )
    return frame[sides.notna().any(axis=1)]
