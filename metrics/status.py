"""Whether an outcome meets a target, by intervals: one definition for the targets table
and for plan_vs_outcome.

Contract: ``target_region(aim)`` gives the values that meet a target and
``status(aim, outcome)`` compares the interval an outcome allows (a masked figure's mask
bounds: ``X.X%`` is 0.0–9.9, ``None`` an open end) with it. An approximate target (左右)
allows ``APPROX_TOLERANCE`` of its value on the side that does not meet it; exact,
approximate and range targets (8%—10%) are met from their lower end up (from their upper
end down where lower is better); 以上/不低于/突破 (at least) is met from its value up,
以内/控制在 (at most) from its value down. ``met`` when every value the outcome allows is
in that region, ``not_met`` when none is, ``unknown`` otherwise (a masked outcome that
straddles it, or a masked target).
"""

from __future__ import annotations

import math
from typing import Protocol

from metrics.records import PairStatus, Qualifier

# 5%左右 is met by 4.5% (and not by 4.4%): a tenth of the value, on the side that falls short.
APPROX_TOLERANCE = 0.10


class Aim(Protocol):
    """What a target states: a ``Target`` row, or a plan's target in its link's unit."""

    @property
    def qualifier(self) -> str: ...
    @property
    def value(self) -> float | None: ...
    @property
    def value_min(self) -> float | None: ...
    @property
    def value_max(self) -> float | None: ...
    @property
    def lower_is_better(self) -> bool: ...


def target_region(t: Aim) -> tuple[float, float] | None:
    """The values that meet target ``t`` (see the module contract); None when masked."""
    v, lo, hi = t.value, t.value_min, t.value_max
    if t.qualifier == Qualifier.AT_LEAST:
        return None if lo is None else (lo, math.inf)
    if t.qualifier == Qualifier.AT_MOST:
        return None if hi is None else (-math.inf, hi)
    if t.qualifier == Qualifier.RANGE:
        if lo is None or hi is None:
            return None
        a, b = lo, hi
    elif v is None:
        return None
    else:
        tol = APPROX_TOLERANCE * abs(v) if t.qualifier == Qualifier.APPROX else 0.0
        a, b = v - tol, v + tol
    return (-math.inf, b) if t.lower_is_better else (a, math.inf)


def status(t: Aim, outcome: tuple[float | None, float | None]) -> PairStatus:
    """met / not_met / unknown of an outcome interval (``None``: unbounded) against ``t``."""
    region = target_region(t)
    if region is None:
        return PairStatus.UNKNOWN
    lo = -math.inf if outcome[0] is None else outcome[0]
    hi = math.inf if outcome[1] is None else outcome[1]
    if region[0] <= lo and hi <= region[1]:
        return PairStatus.MET
    if hi < region[0] or lo > region[1]:
        return PairStatus.NOT_MET
    return PairStatus.UNKNOWN
