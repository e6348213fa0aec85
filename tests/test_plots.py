"""Reusable chart code for the notebooks: shares, labels with units."""

from __future__ import annotations

import matplotlib
import pandas as pd
import pytest

from metrics.plots import (
    completion_by_department,
    completions,
    masked_share_by_section,
    masked_shares,
    use_cjk_font,
)

matplotlib.use("Agg")  # the test process draws off screen; the notebooks choose nothing

MENTIONS = pd.DataFrame(
    {
        "department": ["教育局", "教育局", "教育局", "教育局", "镇政府", None],
        "section": ["summary", "summary", "summary", "plan", "summary", "summary"],
        "masked": [True, False, False, True, False, True],
    }
)


def test_masked_shares_are_shares_not_counts() -> None:
    shares = masked_shares(MENTIONS)
    assert shares.loc["教育局", "summary"] == pytest.approx(100 / 3)
    assert shares.loc["教育局", "plan"] == 100
    assert shares.loc["镇政府", "summary"] == 0
    assert shares.loc["（未注明）", "summary"] == 100
    assert pd.isna(shares.loc["镇政府", "plan"])  # no figure: no share, not 0 %


def test_masked_share_chart_puts_the_unit_in_its_axis_title() -> None:
    use_cjk_font()
    fig = masked_share_by_section(MENTIONS)
    ax = fig.axes[0]
    assert "%" in ax.get_ylabel() and ax.get_ylim() == (0, 100)
    assert [t.get_text() for t in ax.get_xticklabels()] == ["教育局", "镇政府", "（未注明）"]


PAIRS = pd.DataFrame(
    {
        "department": ["教育局", "教育局", "镇政府", "镇政府"],
        "stated_completion": [95.0, None, None, 120.0],
        "computed_completion": [96.2, 110.0, None, 118.0],
    }
)


def test_completion_takes_the_stated_rate_then_the_computed_one() -> None:
    frame = completions(PAIRS)
    assert frame["completion"].tolist() == [95.0, 110.0, 120.0]  # the masked pair is out
    assert frame["stated"].tolist() == [True, False, True]


def test_completion_chart_has_the_target_line_and_a_percent_axis() -> None:
    use_cjk_font()
    ax = completion_by_department(PAIRS).axes[0]
    assert "%" in ax.get_ylabel()
    assert any(list(line.get_ydata()) == [100, 100] for line in ax.get_lines())
    assert sum(len(c.get_offsets()) for c in ax.collections) == 3
