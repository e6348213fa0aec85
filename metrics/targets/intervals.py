"""A stated result in a target's unit and sense: the interval it allows there (a fall
against a reduction target a positive amount), or None when the units do not convert."""

from __future__ import annotations

from collections.abc import Sequence

from metrics.lexicon.indicators import Indicator
from metrics.records import Measure, Mention
from metrics.resolve import unit_factor
from metrics.targets.records import Figure, Target


def first_in_unit(
    results: Sequence[Mention | Figure], target: Mention | Target, ind: Indicator | None
) -> tuple[Mention | Figure | None, tuple[float | None, float | None] | None]:
    """The first of ``results`` given in (or convertible to) the target's unit, with the
    interval it allows there."""
    for r in results:
        bounds = _in_unit(r, target, ind)
        if bounds is not None:
            return r, bounds
    return None, None


def single(bounds: tuple[float | None, float | None] | None) -> float | None:
    return bounds[0] if bounds and bounds[0] is not None and bounds[0] == bounds[1] else None


def _sign(m: Mention | Target | Figure, ind: Indicator | None) -> int:
    """+1 when a growth figure goes the way its indicator is named (增长 for most, 降低
    for a reduction), −1 when it goes the other way; +1 for any other measure."""
    if m.measure != Measure.GROWTH:
        return 1
    named = -1 if ind and ind.falls else 1
    return 1 if (m.direction or 1) == named else -1


def _in_unit(
    result: Mention | Figure, target: Mention | Target, ind: Indicator | None
) -> tuple[float | None, float | None] | None:
    """The interval ``result`` allows, in the target's unit and in the sense its value is
    written in (a stated fall against a reduction target is a positive amount of it, a
    rise a negative one); None when the two are not in one unit and cannot be converted."""
    if result.unit == target.unit:
        factor = 1.0
    else:
        ours, theirs = unit_factor(result.unit), unit_factor(target.unit)
        if not (ours and theirs and result.base_unit and result.base_unit == target.base_unit):
            return None
        factor = float(ours / theirs)  # 1300亿斤 against a target in 万吨
    lo, hi = result.value_min, result.value_max
    lo, hi = (None if lo is None else lo * factor), (None if hi is None else hi * factor)
    if _sign(result, ind) * _sign(target, ind) < 0:
        lo, hi = (None if hi is None else -hi), (None if lo is None else -lo)
    return lo, hi
