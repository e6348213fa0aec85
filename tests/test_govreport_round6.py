"""Mends a review of round 5 asked for, each held by texts of our own and by the
counter-examples the old rule misfired on:

- 今年/本年 in a heading opens the plan only beside 主要工作 (govreport_sections
  ``THIS_YEAR_S_WORK``); 完成情况, 执行情况 and 总结 are words of the review (``REVIEW``);
- one list of words of change, up and down (``lexicon.changes``), read by a table row's
  name, a sentence's direction and a plan's metric key alike;
- a pledge that names its year before its figure (力争到2027年…达到…) is a pledge of that
  figure, and a pledge of a year alone is none (passages ``pledge_named_metric``).

The texts are our own, written in the manner of county and prefecture reports.
"""

from __future__ import annotations

import pytest

from metrics.segment.govreport_sections import heading_kind


# --- 今年/本年 in a heading --------------------------------------------------------------
@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("二、本年度预算执行情况", "summary"),
        ("一、本年度工作总结", "summary"),
        ("三、今年上半年经济运行情况", None),
        ("二、2016年主要工作完成情况", "summary"),
        ("一、2015年目标任务执行情况", "summary"),
    ],
)
def test_a_heading_of_this_year_that_reports_on_it_is_no_plan(heading, kind) -> None:
    assert heading_kind(heading, 2016) == kind
