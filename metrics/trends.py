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
(``pairs.plan_vs_outcome``'s) counts. A rate named short after the clause naming its
subject, making no trend under that name, continues the series of its full name
(``_short_names_joined``). Figures of several years (年均, 累计, 五年来:
``period_kinds.MULTI_YEAR_KINDS``; a change since a year named, 比2020年增长27.6% or
较“十三五”末提高8个百分点: ``change_base`` since_year), targets for a later year than
their plan's (``mentions.aim_year``: 到2027年…15条 is no target of 2025), targets of a
plan of several years (``mentions.plan_period``: its aim for the span's end), results
restated in a plan (``_restated``), a figure whose own clause names another place than its
report's (``mentions.figure_place``: a county's in a city's review, ``pairs.foreign_figure``)
and documents of no known unit take no part. Years
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
    Identity,
    counted_key,
    counted_metric,
    department_group,
    disk_order,
    foreign_figure,
    is_addition,
    key_measure,
    key_unit,
    name_tails,
    rate_words,
    scoped_before,
    short_named,
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
    if foreign_figure(m, identity):
        return None  # another place's figure (东湖县…增长7.2% in a city's review)
    if m.measure == Measure.THRESHOLD:
        return None  # 收入超过50万元的村: the bound of a class, no amount that moves
    kind = mention_period_kind(m)
    if kind in MULTI_YEAR_KINDS or _restated(m) or m.aim_year is not None:
        return None
    if m.plan_period is not None:
        return None  # a plan of several years' aim for its end: no year's target
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
    _short_names_joined(series)
    rows: list[Trend] = []
    # by group; within one, the order keys first appeared in (the sort is stable)
    for (_, key), by_year in sorted(series.items(), key=lambda item: item[0][0]):
        years = sorted(by_year)
        rows += [
            trend(key[0], by_year[y - 1], by_year[y], key[-2:]) for y in years if y - 1 in by_year
        ]
    return rows


def _short_names_joined(series: dict[tuple[str, TrendKey], dict[int, Mention]]) -> None:
    """Move a rate a report names short after the clause that names its subject, and
    that makes no trend under its short name (no figure of it the year before or after),
    into the series of its name in full (``pairs.short_named``, as a plan link reads
    it): 劳动人事争议仲裁结案率96.2% one year, 受理劳动人事争议案件4210件，结案率96.8% the
    next; 家庭医生签约服务签约居民28.6万人，其中重点人群签约率76.2% one year, 家庭医生重点
    人群签约率81.4% the next. The series in full must have a figure the year before or after
    and none of its own that year, and be the only one; only rates (``pairs.rate_words``).
    The urban scope of the unit's own level counts as named (``pairs.scoped_before``):
    全市公共供水管网漏损率8.8% one year, 城市公共供水管网漏损率8.3% the next, in a city's;
    not a city's 县城污水处理率 then its 污水处理率. Not 城镇新增就业3.46万人，失业率5.1%
    after 城镇调查失业率 (调查 is not named before it)."""
    fulls: dict[tuple, list[tuple[str, TrendKey]]] = {}  # (loose key, a short name): series
    named: list[tuple[tuple[str, TrendKey], str]] = []
    for sk, by_year in series.items():
        first = next(iter(by_year.values()))
        words = rate_words(first.metric_key, first.base_unit)
        if words is not None:
            named.append((sk, words))
            for tail in name_tails(words):
                fulls.setdefault((_loose(sk), tail), []).append(sk)
    for sk, words in named:
        short = series[sk]
        for year in [y for y in short if y - 1 not in short and y + 1 not in short]:
            near = [
                f
                for f in fulls.get((_loose(sk), words), ())
                if year not in series[f] and (year - 1 in series[f] or year + 1 in series[f])
            ]
            if len(near) != 1:
                continue
            m, full = short[year], series[near[0]]
            first = next(iter(full.values()))
            before = scoped_before(sk[1][0][0], m.words_before)
            if short_named(_named(first), _named(m), before):
                full[year] = short.pop(year)
        if not short:
            del series[sk]


def _loose(sk: tuple[str, TrendKey]) -> tuple:
    """A series' group and trend key but its metric."""
    return sk[0], sk[1][0], *sk[1][2:]


def _named(m: Mention) -> str | None:
    """The name a short name is compared by (``pairs.counted_key``, as a plan link's)."""
    return counted_key(m.metric_key, m.base_unit)


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
