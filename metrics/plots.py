"""Plots for notebooks, with Chinese labels that render as characters.

Contract: ``use_cjk_font()`` registers the Noto Sans CJK font that the ``mplfonts``
package ships (installed with ``gov-report-metrics[notebook]``) and makes it
matplotlib's default, so 教育局 shows as characters, not boxes; it returns the font's
name. The plotting functions take the DataFrames of ``metrics.load`` and return a matplotlib Figure.
Nothing here imports matplotlib until it is called.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

if TYPE_CHECKING:
    from matplotlib.figure import Figure

CJK_FONT_FILE = "NotoSansCJKsc-Regular.otf"


def use_cjk_font() -> str:
    """Make a CJK font matplotlib's default; returns its family name."""
    import matplotlib as mpl
    import mplfonts
    from matplotlib import font_manager

    path = Path(mplfonts.__file__).parent / "fonts" / CJK_FONT_FILE
    font_manager.fontManager.addfont(str(path))
    name = font_manager.FontProperties(fname=str(path)).get_name()
    mpl.rcParams["font.family"] = "sans-serif"
    mpl.rcParams["font.sans-serif"] = [name, *mpl.rcParams["font.sans-serif"]]
    mpl.rcParams["axes.unicode_minus"] = False
    return name


def masked_share_by_department(mentions: pd.DataFrame) -> Figure:
    """Bar chart: figures and masked figures per department and year."""
    import matplotlib.pyplot as plt

    frame = mentions.assign(
        department=mentions["department"].astype(object).fillna("（未注明）"),
        year=mentions["year"].astype("Int64").astype(object).fillna("?").astype(str),
    )
    counts = frame.groupby(["department", "year"])["masked"].agg(["size", "sum"])
    counts.columns = ["全部数字", "遮蔽数字"]
    fig, ax = plt.subplots(figsize=(9, 4.5))
    counts.plot.bar(ax=ax)
    ax.set_title("各部门、年度的数字与遮蔽数字")
    ax.set_xlabel("部门, 年度")
    ax.set_ylabel("个数")
    fig.tight_layout()
    return fig


def targets_vs_actuals(pairs: pd.DataFrame) -> Figure:
    """Scatter of target against actual (known values only), met and not met coloured."""
    import matplotlib.pyplot as plt

    known = pairs.dropna(subset=["actual_value", "target_value"])
    fig, ax = plt.subplots(figsize=(6, 5))
    for status, colour in (("met", "tab:green"), ("not_met", "tab:red")):
        part = known[known["status"] == status]
        ax.scatter(
            part["target_value"],
            part["actual_value"],
            c=colour,
            label={"met": "完成", "not_met": "未完成"}[status],
        )
        for row in part.itertuples():
            ax.annotate(str(row.metric), (row.target_value, row.actual_value), fontsize=8)
    if not known.empty:
        top = float(max(known["target_value"].max(), known["actual_value"].max()))
        ax.plot([0, top], [0, top], color="grey", linewidth=0.8)
    ax.set_xlabel("目标值")
    ax.set_ylabel("实际值")
    ax.set_title("目标与实际（已知数值）")
    ax.legend()
    fig.tight_layout()
    return fig


def masked_shares(mentions: pd.DataFrame) -> pd.DataFrame:
    """Share of masked figures (in %) per department (rows) and section (columns): a
    share, not a count, so a long report does not look more redacted than a short one."""
    frame = mentions.assign(
        department=mentions["department"].astype(object).fillna("（未注明）"),
        section=mentions["section"].astype(object).fillna("other"),
        masked=mentions["masked"].astype("boolean").fillna(False).astype(float),
    )
    return frame.pivot_table(
        index="department", columns="section", values="masked", aggfunc="mean"
    ).mul(100)


def masked_share_by_section(mentions: pd.DataFrame) -> Figure:
    """Bars: the masked share of figures (%) per department, one bar per section."""
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(9, 4.5))
    masked_shares(mentions).plot.bar(ax=ax)
    ax.set_title("各部门、各部分被遮蔽数字的占比")
    ax.set_xlabel("部门")
    ax.set_ylabel("遮蔽占比（%）")
    ax.set_ylim(0, 100)
    ax.legend(title="部分 (section)")
    fig.tight_layout()
    return fig


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


def completion_by_department(pairs: pd.DataFrame) -> Figure:
    """Dots: each pair's completion (%) per department, stated and computed marked apart,
    with the target line at 100 %."""
    import matplotlib.pyplot as plt

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
