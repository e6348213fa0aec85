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
    plan_metric,
    plan_vs_outcome,
    plans_in_order,
    restated,
)
from metrics.pairs.within import build_pair, find_pairs

__all__ = [
    "ADDITION",
    "NOT_AIMED",
    "Identity",
    "Side",
    "build_pair",
    "completion_metric",
    "department_group",
    "disk_order",
    "find_pairs",
    "government_identity",
    "is_addition",
    "link_pair",
    "link_sides",
    "match_plans",
    "plan_metric",
    "plan_vs_outcome",
    "plans_in_order",
    "restated",
]
