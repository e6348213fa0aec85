"""Implied actuals: the level a stated completion of a known target stands for.

Contract: a summary that states only how much of a target was done (全年完成固定资产投资目标
的90%, 社会消费品零售总额完成年度计划的105%) together with the plan's target of the same
metric (固定资产投资50亿元) gives an actual of target × ratio (45亿元). ``implied_actual``
computes it, with the interval a masked ratio allows (``XX%`` by its mask's width) and no
value at all when either figure is masked. ``can_imply`` says which targets a ratio may
multiply: a level in a unit that is not a percentage (98% of a 60% rate is no level).
``strip_completion_frame`` takes the words framing a completion off its metric key, so that
it can be compared with the target's.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Protocol

from metrics import regex_cache
from metrics.lexicon.units import UNIT_BY_SURFACE
from metrics.records import Measure, Role

# The frame a completion rate is stated in, around the metric it measures, when the metric
# layer keeps it as part of the name: a leading 完成 (全年完成固定资产投资目标的90%,
# 完成招商引资任务的95%) and a trailing 目标/计划/任务(数)的 (税收收入完成年度计划数的98%:
# the key 税收收入完成年度计划数的 once 完成 is also gone). Only at the ends: 目标管理考核 or
# 任务完成率 name their own thing. Why: a completion's metric is its target's metric.
COMPLETION_FRAME = regex_cache.compile(
    r"^(?:全年|年度)?(?:已经?)?完成|(?:完成)?(?:全年|年度)?(?:目标|计划|任务)+数?的?$"
)
# Units a ratio cannot multiply into a level: a share of a percentage is no level.
PERCENT_UNITS = frozenset({"%", "‰", "个百分点"})


def strip_completion_frame(key: str) -> str:
    """``key`` without the completion frame at its ends (see ``COMPLETION_FRAME``)."""
    return COMPLETION_FRAME.sub("", key) or key


def can_imply(role: str | None, measure: str | None, unit: str | None) -> bool:
    """Whether a completion rate of a target with these fields implies a level: a target
    level (an amount, a count) in a unit that is not a percentage."""
    return role == Role.TARGET and measure == Measure.LEVEL and unit not in PERCENT_UNITS


def percent_per_unit(unit: str | None) -> Decimal | None:
    """How many percent one ``unit`` of a rate is (% 1, 成 10, ‰ 0.1: the unit lexicon's
    factor to its base %), or None for a unit that is no part of a hundred."""
    found = UNIT_BY_SURFACE.get(unit) if unit else None
    return found.factor if found is not None and found.base == "%" else None


def implies(role: str | None, unit: str | None) -> bool:
    """Whether a figure with these fields is a completion rate of a whole (完成目标的90%,
    完成全年目标任务的九成)."""
    return role == Role.COMPLETION and percent_per_unit(unit) is not None


class Rate(Protocol):
    """What ``implied_actual`` reads of a completion rate: a ``Mention``, or the compact
    figure a run keeps of one (``targets.Figure``)."""

    @property
    def unit(self) -> str: ...
    @property
    def value(self) -> float | None: ...
    @property
    def value_min(self) -> float | None: ...
    @property
    def value_max(self) -> float | None: ...
    @property
    def masked(self) -> bool: ...


def implied_actual(
    target: float | None, completion: Rate
) -> tuple[float | None, float | None, float | None]:
    """(value, min, max) of the actual that ``completion`` of a target of value ``target``
    implies, in the target's unit. No value when either is masked; the interval from a
    masked ratio's bounds (``None``: unbounded), nothing from a masked target."""
    if target is None:
        return None, None, None
    base = Decimal(str(target)) / 100 * (percent_per_unit(completion.unit) or Decimal(1))

    def times(ratio: float | None) -> float | None:
        return None if ratio is None else float(base * Decimal(str(ratio)))

    value = None if completion.masked else times(completion.value)
    return value, times(completion.value_min), times(completion.value_max)
