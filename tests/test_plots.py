"""Reusable chart code for the notebooks: shares, labels with units."""

from __future__ import annotations

import matplotlib
import pandas as pd
import pytest

from metrics.plots import masked_share_by_section, masked_shares, use_cjk_font

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
