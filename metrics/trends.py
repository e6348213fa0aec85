"""Trends: one government unit's figure for a metric, year over year.

Contract: ``trends(mentions, identities)`` gives one ``Trend`` per government unit (its
level, place and canonical department: ``pairs.government_identity``), trend key and pair
of consecutive years (Y−1, Y) for which both years have a figure. A trend key is the
normalised metric (``pairs.counted_metric``: ``plan_metric`` with a closing classifier
or a share's whole left off), the role (a target never follows an actual), the measure (a
growth rate never follows a level; ``pairs.key_measure``), the unit family and base unit
(家 as 户, 亩 apart from 公顷: ``pairs.key_unit``), the
months the figure covers (January–October is no full year) and the kind of period
(``mentions.period_kind``: a stock at a date, 年末, never follows a year's figure) and
the base of a change (``mentions.change_base``: 环比 never follows 同比) and whether
it is a year's addition (``pairs.is_addition``: 新增…118家 never follows 达到1286家). Of
several figures of one key and year the first in the order a run on disk reads them
(``pairs.plan_vs_outcome``'s) counts. Figures of several years (年均, 累计, 五年来:
``period_kinds.MULTI_YEAR_KINDS``; a change since a year named, 比2020年增长27.6% or
较“十三五”末提高8个百分点: ``change_base`` since_year), targets for a later year than
their plan's (``mentions.aim_year``: 到2027年…15条 is no target of 2025), results
restated in a plan (``_restated``) and documents of no known unit take no part. Years
that are not consecutive (2023 → 2025) give no row.

A row's ``change`` is the value less the previous one, the previous converted to the
value's unit (亿元 ↔ 万元); a growth is signed (下降2% is −2). Percentages — growth rates,
shares, rates — change by percentage points and have no ``change_rate`` (8% then 6% is
−2 points, never −25 %); a level in any other unit also has a ``change_rate`` (change ÷
previous × 100). A masked or unresolved figure on either side leaves ``change`` missing and
says why in ``reason``: no value is ever guessed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from metrics.additivity import is_additive
from metrics.context.change_bases import ChangeBase, mention_change_base
from metrics.context.period_kinds import MULTI_YEAR_KINDS, mention_period_kind
from metrics.lexicon.units import UnitFamily
from metrics.pairs import (
    OWN_SCOPE,
    Identity,
    counted_metric,
    department_group,
    disk_order,
    is_addition,
    key_measure,
    key_unit,
    unscoped_metric,
)
from metrics.records import Measure, Mention, Role, SectionKind
from metrics.resolve import unit_factor

# Roles whose figures make a series: stated results and targets (a completion rate or a
# forecast is no figure of the metric itself).
TREND_ROLES = frozenset({Role.ACTUAL, Role.TARGET, Role.GROWTH, Role.SHARE, Role.RATE})
# Unit families whose change is a difference of points, never a rate of change.
POINT_FAMILIES = frozenset({UnitFamily.PERCENT, UnitFamily.POINTS})
POINTS = "个百分点"

TrendKey = tuple[Identity, str, str, str, str, str | None, str | None, bool, str, str | None]


class TrendReason(StrEnum):
    """Why a trend row has no change."""

    MASKED = "masked"  # this year's figure is masked
    PREVIOUS_MASKED = "previous_masked"
    NO_VALUE = "no_value"  # a figure with no single value (a range 8%—10%)
    PREVIOUS_NO_VALUE = "previous_no_value"
    UNIT = "unit"  # the two units cannot be converted into each other


@dataclass(frozen=True, slots=True)
class Trend:
    """One row of the trends table (see docs/schema.md)."""

    trend_id: str  # previous mention id>mention id
    level: str | None
    place: str | None
    department: str
    metric: str | None
    metric_key: str | None
    role: str
    measure: str
    unit: str
    base_unit: str | None
    additive: bool
    year: int
    previous_year: int
    value: float | None
    previous_value: float | None
    change: float | None
    change_unit: str | None
    change_rate: float | None
    reason: str | None
    mention_id: str
    previous_mention_id: str
    doc_id: str
    previous_doc_id: str
    period_kind: str  # mentions.period_kind of both figures (annual or as_of)
    change_base: str | None  # mentions.change_base of both (a growth's: 同比, 环比…)


def trend_key(m: Mention, identity: Identity | None) -> TrendKey | None:
    """What two figures of consecutive years must share to make a trend; None for a
    figure that makes none (see the module contract)."""
    metric = counted_metric(m.metric_key, m.base_unit)
    if not (identity and metric and m.year and m.department) or m.role not in TREND_ROLES:
        return None
    kind = mention_period_kind(m)
    if kind in MULTI_YEAR_KINDS or _restated(m) or m.aim_year is not None:
        return None
    months = m.period_label.replace(str(m.year), "") if m.period_label else None
    base = mention_change_base(m)
    if base == ChangeBase.SINCE_YEAR:
        return None
    added = is_addition(m.metric_phrase)
    # (the kind of period and the base of a change stay last: a row is given them)
    return (
        identity,
        metric,
        m.role,
        key_measure(m),
        m.unit_family,
        key_unit(m.base_unit, m.unit),
        months,
        added,
        kind,
        base,
    )


def _restated(m: Mention) -> bool:
    """Whether ``m`` is a result stated in a plan: a plan is written before its year's
    results, so a result in it is an earlier one restated as a base (在2023年设立12个公益性
    岗位的基础上, 2023年完成投资48亿元，今年…), whatever year its section gives it."""
    return m.section == SectionKind.PLAN and m.role != Role.TARGET


def trends(mentions: Iterable[Mention], identities: Mapping[str, Identity | None]) -> list[Trend]:
    """The trends of ``mentions`` (see the module contract), ordered by department group,
    then by the first appearance of their key, then by year."""
    return trends_in_order(disk_order(mentions), identities)


def trends_in_order(
    mentions: Iterable[Mention], identities: Mapping[str, Identity | None]
) -> list[Trend]:
    """``trends`` of mentions already in disk order (``pairs.disk_order``), read once as
    they come: what is kept is the first figure of each key and year, never the rest."""
    series: dict[tuple[str, TrendKey], dict[int, Mention]] = {}
    for m in mentions:
        key = trend_key(m, identities.get(m.doc_id))
        if key is not None and m.year is not None:
            by_year = series.setdefault((department_group(m.department or ""), key), {})
            by_year.setdefault(m.year, m)
    _own_scopes_joined(series)
    rows: list[Trend] = []
    # by group; within one, the order keys first appeared in (the sort is stable)
    for (_, key), by_year in sorted(series.items(), key=lambda item: item[0][0]):
        years = sorted(by_year)
        rows += [
            trend(key[0], by_year[y - 1], by_year[y], key[-2:]) for y in years if y - 1 in by_year
        ]
    return rows


def _own_scopes_joined(series: dict[tuple[str, TrendKey], dict[int, Mention]]) -> None:
    """Join each series whose metric opens with the urban scope of its unit's own level
    (``pairs.OWN_SCOPE``: 城市公共供水管网漏损率 in a city's reports, 县城生活垃圾无害化处理率
    in a county's) to the series of the name without it, where no year holds both: one
    year's report names the metric in full, another's short (公共供水管网漏损率控制在8.5%以内
    after 城市公共供水管网漏损率控制在9%以内; 全市公共供水管网漏损率8.8% before 城市公共
    供水管网漏损率8.3%), as a plan link reads them (``pairs.short_named``). Where one year
    holds both, a report named two figures and they stay two series; a scope of another
    place (a city's 县城污水处理率) or people (城市居民…) joins nothing. The series joined
    takes the short name's place in the order."""
    for (group, key), by_year in list(series.items()):
        scope = OWN_SCOPE.get(key[0][0] or "")
        if scope is None:
            continue
        first = next(iter(by_year.values()))
        bare = unscoped_metric(first.metric_key, first.base_unit, (scope,))
        if bare is None:
            continue
        other = (group, (key[0], bare, *key[2:]))
        if other in series and not by_year.keys() & series[other].keys():
            series[other].update(by_year)
            del series[(group, key)]


def _signed(m: Mention, value: float | None) -> Decimal | None:
    if value is None:
        return None
    sign = -1 if m.measure == Measure.GROWTH and m.direction == -1 else 1
    return Decimal(str(value)) * sign


def _previous_in_unit(previous: Mention, unit: str) -> Decimal | None:
    """``previous``'s signed value in ``unit`` (万元 ↔ 亿元), None when not convertible."""
    value = _signed(previous, previous.value)
    if value is None or previous.unit == unit:
        return value
    src, dst = unit_factor(previous.unit), unit_factor(unit)
    return None if src is None or dst is None else value * src / dst


def _reason(previous: Mention, current: Mention, before: Decimal | None) -> TrendReason | None:
    if current.masked:
        return TrendReason.MASKED
    if previous.masked:
        return TrendReason.PREVIOUS_MASKED
    if current.value is None:
        return TrendReason.NO_VALUE
    if previous.value is None:
        return TrendReason.PREVIOUS_NO_VALUE
    return TrendReason.UNIT if before is None else None


def trend(
    identity: Identity, previous: Mention, current: Mention, when: tuple[str, str | None]
) -> Trend:
    """The row of ``current`` after ``previous``, a year before it (one trend key, whose
    kind of period and base of a change are ``when``)."""
    now, before = _signed(current, current.value), _previous_in_unit(previous, current.unit)
    reason = _reason(previous, current, before)
    points = current.unit_family in POINT_FAMILIES
    change = now - before if reason is None and now is not None and before is not None else None
    rate = None
    if change is not None and not points and current.measure == Measure.LEVEL and before:
        rate = (change / abs(before) * 100).quantize(Decimal("0.0001"))
    return Trend(
        trend_id=f"{previous.mention_id}>{current.mention_id}",
        level=identity[0],
        place=identity[1],
        department=identity[2],
        metric=current.metric,
        metric_key=current.metric_key,
        role=current.role,
        measure=current.measure,
        unit=current.unit,
        base_unit=current.base_unit,
        additive=is_additive(current.unit_family, current.metric_key),
        year=current.year or 0,
        previous_year=previous.year or 0,
        value=_f(now),
        previous_value=_f(before),
        change=_f(change),
        change_unit=_change_unit(current) if change is not None else None,
        change_rate=_f(rate),
        reason=str(reason) if reason else None,
        mention_id=current.mention_id,
        previous_mention_id=previous.mention_id,
        doc_id=current.doc_id,
        previous_doc_id=previous.doc_id,
        period_kind=when[0],
        change_base=when[1],
    )


def _change_unit(m: Mention) -> str:
    """What a change is counted in: percentage points for a percentage, else its unit."""
    return POINTS if m.unit in ("%", POINTS) else m.unit


def _f(d: Decimal | None) -> float | None:
    return None if d is None else float(d)
