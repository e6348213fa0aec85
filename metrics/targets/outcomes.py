"""Targets beside their outcomes: the result for a target's year that the next report of
its government states (or derives from a stated completion rate), and the status."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from metrics.implied import can_imply, implied_actual
from metrics.lexicon.indicators import Indicator, indicator_by_key
from metrics.records import ActualSource, Role
from metrics.status import status
from metrics.targets.intervals import first_in_unit, single
from metrics.targets.records import Figure, Outcome, OutcomeKeys, Target


def keep_first(found: OutcomeKeys, outcomes: Iterable[Outcome]) -> None:
    """Add to ``found`` each of ``outcomes`` whose government, year, indicator, kind of
    period and base of change it holds none of yet: the one ``link_outcomes`` reads of a
    key is the first in reading order (a run keeps only those, file by file)."""
    for o in outcomes:
        found.setdefault((o.government, o.year, o.indicator, o.period_kind, o.change_base), o)


def link_outcomes(targets: Iterable[Target], outcomes: Iterable[Outcome]) -> list[Target]:
    """``targets`` with the outcome of their year that a later report of their government
    states (the first such report in reading order) and the status it gives."""
    found: OutcomeKeys = {}
    keep_first(found, outcomes)
    out: list[Target] = []
    for t in targets:
        key = (t.government, t.year, t.indicator, t.period_kind, t.change_base)
        o = found.get(key) if t.government and t.year else None
        result, bounds = first_in_unit(o.figures, t, _lexicon(t)) if o else (None, None)
        if result is None or bounds is None:
            rate = o.rate if o else None
            implying = rate and can_imply(Role.TARGET, t.measure, t.unit)
            out.append(_derived(t, rate) if rate and implying else t)
            continue
        out.append(
            replace(
                t,
                outcome_value=single(bounds),
                outcome_min=bounds[0],
                outcome_max=bounds[1],
                outcome_text=result.text,
                outcome_mention_id=result.mention_id,
                outcome_doc_id=result.doc_id,
                status=str(status(t, bounds)),
                outcome_source=str(ActualSource.STATED),
            )
        )
    return out


def _derived(t: Target, rate: Figure) -> Target:
    """``t`` with the outcome a stated completion rate of it implies (``implied``): no
    value when either is masked, the interval a masked rate's width allows."""
    value, lo, hi = implied_actual(t.value, rate)
    return replace(
        t,
        outcome_value=value,
        outcome_min=lo,
        outcome_max=hi,
        outcome_text=rate.text,
        outcome_mention_id=rate.mention_id,
        outcome_doc_id=rate.doc_id,
        status=str(status(t, (lo, hi))),
        outcome_source=str(ActualSource.DERIVED),
    )


def _lexicon(t: Target) -> Indicator | None:
    return indicator_by_key(t.indicator, t.measure) if t.in_lexicon else None
