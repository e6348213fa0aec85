"""Targets paired with actuals: completion checks within a report (``within``), plans
against outcomes across reports (``plans``).

Contract: the stage after ``context``; it reads mentions and documents and never the text.
Both halves give ``Pair`` rows and never invent a value: a masked figure leaves its value,
the computed completion and the status unknown.
"""

from metrics.pairs.plans import (
    ADDITION,
    NOT_AIMED,
    Identity,
    Side,
    completion_metric,
    department_group,
    disk_order,
    government_identity,
    is_addition,
    link_pair,
    link_sides,
    match_plans,
    match_short,
    plan_metric,
    plan_vs_outcome,
    plan_words,
    plans_in_order,
    restated,
    short_head,
    short_links,
    short_named,
    short_tails,
)
from metrics.pairs.within import FRAME_ONLY, build_pair, find_pairs, frame_named

__all__ = [
    "ADDITION",
    "FRAME_ONLY",
    "NOT_AIMED",
    "Identity",
    "Side",
    "build_pair",
    "completion_metric",
    "department_group",
    "disk_order",
    "find_pairs",
    "frame_named",
    "government_identity",
    "is_addition",
    "link_pair",
    "link_sides",
    "match_plans",
    "match_short",
    "plan_metric",
    "plan_vs_outcome",
    "plan_words",
    "plans_in_order",
    "restated",
    "short_head",
    "short_links",
    "short_named",
    "short_tails",
]
