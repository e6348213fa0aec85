"""Targets paired with actuals: completion checks within a report, plans against outcomes
across reports.

Contract: ``find_pairs(mentions)`` takes the mentions of one document (in order) and
returns one ``Pair`` per metric where a target and an actual, and/or a stated completion
rate, are given for the same thing in the same sentence. ``plan_vs_outcome(mentions,
documents)`` links a plan's target for year Y (a plan section) to the same government
unit's actual for year Y in another report, by ``government_identity`` (level, place and
canonical department), normalised metric key (``plan_metric``), year, base unit and
measure; a target level no stated actual meets may then take a completion rate of it
(完成…目标的90%), its actual derived (``implied_pair``, ``actual_source`` derived). No value
is ever invented: a masked figure leaves its value, the computed completion and the status
unknown; an implied target is given only from two known figures, an implied actual from a
known target and a known rate.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import IntFlag
from typing import TypeVar

import regex

from metrics.context import metric_key
from metrics.implied import can_imply, implied_actual, implies, strip_completion_frame
from metrics.lexicon.departments import canonical_department, department_in
from metrics.lexicon.units import UnitFamily
from metrics.records import (
    ActualSource,
    Document,
    Measure,
    Mention,
    Pair,
    PairStatus,
    PlanMatch,
    Qualifier,
    Role,
)
from metrics.resolve import unit_factor
from metrics.segment.places import is_masked_place
from metrics.status import status as interval_status

# Indicators where less is better: a concentration, days of heavy pollution, accidents.
LOWER_IS_BETTER = regex.compile(
    r"PM2\.?5|PM10|浓度|重污染|污染天数|事故|死亡|发案|失业率|能耗|排放|投诉|辍学|近视率|"
    r"发生率|亡人|火点|违法|超标"
)
# Words between two counts that make the first a total and the second the part done:
# 60个问题已按期完成整改57个.
DONE_BETWEEN = regex.compile(r"完成|办结")
VERB_ONLY = regex.compile(r"(?:截至目前|截止目前|目前|已经|已|完成|实现|达到|累计)+")
# Words between a target and an actual that tie them together (完成, 目标值为, 超过…要求);
# 其中 instead makes the second figure a part of the first.
LINK_BETWEEN = regex.compile(r"完成|达到|实际|已|目标|要求|任务|规定|超过|超额|下达")
PART_BETWEEN = regex.compile(r"其中|包括|同时|另外|此外")

K = TypeVar("K")
T = TypeVar("T")
D = TypeVar("D")


def find_pairs(mentions: Sequence[Mention]) -> list[Pair]:
    """Pairs within each sentence of one document (see the module contract).

    A target left alone at the end of a sentence (一是完成…目标任务xxxx万元。) may serve the
    next sentence when that one states an actual and a completion but no target."""
    pairs: list[Pair] = []
    carried: Mention | None = None
    for group in _sentences(mentions):
        found, left = _sentence_pairs(group, carried)
        pairs.extend(found)
        carried = left
    return [replace(p, pair_id=f"{p.doc_id}#p{i}") for i, p in enumerate(pairs)]


def _sentences(mentions: Sequence[Mention]) -> Iterable[list[Mention]]:
    groups: dict[tuple[str, int], list[Mention]] = {}
    for m in mentions:
        groups.setdefault((m.doc_id, m.sentence_start), []).append(m)
    for key in sorted(groups, key=lambda k: k[1]):
        yield sorted(groups[key], key=lambda m: m.char_start)


def _sentence_pairs(
    ms: list[Mention], carried: Mention | None
) -> tuple[list[Pair], Mention | None]:
    used: set[str] = set()
    out: list[Pair] = []

    def free(role: Role) -> list[Mention]:
        return [m for m in ms if m.role == role and m.mention_id not in used]

    for c in free(Role.COMPLETION):
        actual = _nearest(free(Role.ACTUAL), c, before=True)
        target = _target_for(free(Role.TARGET), actual, c) if actual else None
        if target is None and actual is not None and not free(Role.TARGET):
            target = _compatible([carried] if carried else [], actual)
        if target is None and actual is None:
            target = _nearest(free(Role.TARGET), c, before=True)
        if actual is None and target is None:
            continue  # 九年义务教育完成率 96.75%: a rate named 完成率, nothing to check
        out.append(build_pair(actual, target, c))
        used.update(m.mention_id for m in (actual, target, c) if m)
    for t in free(Role.TARGET):
        actual = _compatible(free(Role.ACTUAL), t, nearest_to=t)
        if actual is not None and _linked(t, actual):
            out.append(build_pair(actual, t, None))
            used.update((actual.mention_id, t.mention_id))
    actuals = free(Role.ACTUAL)
    for first, second in itertools.pairwise(actuals):
        if first.mention_id in used or second.mention_id in used:
            continue
        between = _between(first, second)
        if (
            first.unit == second.unit
            and first.unit_family in (UnitFamily.COUNT, UnitFamily.PERSON)
            and DONE_BETWEEN.search(between)
            and not regex.search(r"[,，;；]", between)
            and _not_less(first, second)
        ):
            out.append(build_pair(second, first, None))
            used.update((first.mention_id, second.mention_id))
    left = free(Role.TARGET)
    alone = len(left) == 1 and len(ms) == 1
    return out, left[0] if alone else None


def _between(a: Mention, b: Mention) -> str:
    first, second = (a, b) if a.char_start < b.char_start else (b, a)
    lo = first.char_start - first.sentence_start + len(first.text)
    return first.sentence[lo : second.char_start - second.sentence_start]


def _linked(target: Mention, actual: Mention) -> bool:
    """A target and an actual in one sentence speak of one thing: words tie them, or
    their metrics overlap; never when one is a part (其中) of the other."""
    between = _between(target, actual)
    if PART_BETWEEN.search(between):
        return False
    if LINK_BETWEEN.search(between):
        return True
    a, t = actual.metric_key or "", target.metric_key or ""
    return bool(a and t and (a in t or t in a))


def _not_less(total: Mention, part: Mention) -> bool:
    if total.value is None or part.value is None:
        return True
    return total.value >= part.value


def _nearest(cands: list[Mention], anchor: Mention, before: bool) -> Mention | None:
    if before:
        cands = [m for m in cands if m.char_start < anchor.char_start]
        return cands[-1] if cands else None
    return min(cands, key=lambda m: abs(m.char_start - anchor.char_start), default=None)


def _same_unit(cands: list[Mention], other: Mention) -> list[Mention]:
    return [
        m for m in cands if m.base_unit == other.base_unit and m.unit_family == other.unit_family
    ]


def _compatible(
    cands: list[Mention], other: Mention | None, nearest_to: Mention | None = None
) -> Mention | None:
    if other is None:
        return None
    fits = _same_unit(cands, other)
    if nearest_to is not None:
        return min(fits, key=lambda m: abs(m.char_start - nearest_to.char_start), default=None)
    return fits[0] if fits else None


def _target_for(cands: list[Mention], actual: Mention, completion: Mention) -> Mention | None:
    """The target a stated completion of ``actual`` is measured against. Of several
    (总投资826亿元，年度计划投资210亿元，完成投资198.6亿元，占年度计划的94.6%): the one the
    stated rate agrees with, else the nearest before the actual."""
    fits = _same_unit(cands, actual)
    if len(fits) < 2:
        return fits[0] if fits else None
    agree = [m for m in fits if build_pair(actual, m, completion).consistent]
    if len(agree) == 1:
        return agree[0]
    before = [m for m in fits if m.char_start < actual.char_start]
    return before[-1] if before else fits[0]


def _value_in(m: Mention | None, unit: str) -> Decimal | None:
    """``m``'s value expressed in ``unit`` (万元 ↔ 亿元), None when masked or incompatible."""
    if m is None or m.value is None:
        return None
    value = Decimal(str(m.value))
    if m.unit == unit:
        return value
    src, dst = unit_factor(m.unit), unit_factor(unit)
    if src is None or dst is None:
        return None
    return value * src / dst


def _decimals(text: str) -> int:
    digits = regex.search(r"\d+(?:\.(\d+))?", text.replace(" ", "").replace("\n", ""))
    return len(digits.group(1)) if digits and digits.group(1) else 0


def build_pair(actual: Mention | None, target: Mention | None, completion: Mention | None) -> Pair:
    """One pair from its mentions, with the completion computed and checked."""
    lead = actual or target or completion
    assert lead is not None
    unit = (actual or target or lead).unit
    a = _value_in(actual, unit)
    t = _value_in(target, unit)
    stated = Decimal(str(completion.value)) if completion and completion.value is not None else None
    computed = (a / t * 100) if a is not None and t not in (None, 0) else None
    consistent = None
    if stated is not None and computed is not None and completion is not None:
        tolerance = Decimal(5) * Decimal(10) ** -(_decimals(completion.text) + 1)
        consistent = abs(stated - computed) <= tolerance + Decimal("1e-9")
    metric = (actual or target or lead).metric
    if target is not None and (not metric or VERB_ONLY.fullmatch(metric)):
        metric = target.metric  # 已完成xxxx万元: the target names the thing
    lower = bool(
        (metric and LOWER_IS_BETTER.search(metric))
        or (target is not None and target.qualifier == "at_most")
    )
    implied = a * 100 / stated if target is None and a is not None and stated else None
    status = _status(a, t, stated, lower)
    return Pair(
        pair_id="",
        doc_id=lead.doc_id,
        department=lead.department,
        year=lead.year,
        period=(actual or lead).period,
        metric=metric,
        metric_key=metric_key(metric),
        unit=unit,
        actual_mention_id=actual.mention_id if actual else None,
        target_mention_id=target.mention_id if target else None,
        completion_mention_id=completion.mention_id if completion else None,
        actual_value=_f(a),
        target_value=_f(t),
        stated_completion=_f(stated),
        computed_completion=_f(
            computed.quantize(Decimal("0.0001")) if computed is not None else None
        ),
        consistent=consistent,
        status=str(status),
        implied_target=_f(implied.quantize(Decimal("0.0001")) if implied is not None else None),
        lower_is_better=lower,
        actual_source=str(ActualSource.STATED) if actual is not None else None,
    )


def _status(
    a: Decimal | None, t: Decimal | None, stated: Decimal | None, lower: bool
) -> PairStatus:
    if a is not None and t is not None:
        met = a <= t if lower else a >= t
        return PairStatus.MET if met else PairStatus.NOT_MET
    if stated is not None and not lower:
        return PairStatus.MET if stated >= 100 else PairStatus.NOT_MET
    return PairStatus.UNKNOWN


def _f(d: Decimal | None) -> float | None:
    return None if d is None else float(d)


Identity = tuple[str | None, str | None, str]
PlanKey = tuple[str, Identity, str, int, str | None, str]
ImpliedKey = tuple[str, Identity, str, int]
# (role, section) of the two sides of a plan link: a plan's target, a summary's actual or
# stated growth (a growth target is set against a stated growth: the measure is in the key).
PLAN_TARGET = (Role.TARGET, "plan")
OUTCOME = ((Role.ACTUAL, Role.GROWTH), "summary")
# Units whose name is their place: an unnamed 街道 or government may be any of them.
PLACE_UNITS = frozenset({"街道", "镇", "乡", "政府"})
# Words that name no part of a metric, only its scope or the grammar around it:
# 全年新增城镇就业 ≈ 新增城镇就业, 全区的规上工业增加值 ≈ 规上工业增加值.
# 新增 too: ``metric_key`` already drops it as the verb opening a phrase (新增城镇就业 →
# 城镇就业), so it must go inside one as well (城镇新增就业). Not 累计: a cumulative
# count is another figure than a year's.
PLAN_STOP = regex.compile(r"的|全年|年度|全[省市县区旗镇乡]|本[省市县区镇乡]|今年|当年|新增")
# One thing under two names, the long form first: 规模以上工业增加值 ≈ 规上工业增加值,
# 一般公共预算收入 ≈ 公共预算收入 (the short form of reports), 常住人口城镇化率 ≈ 城镇化率 is
# NOT one (a 户籍 rate exists), so it is not here.
PLAN_SYNONYMS = (
    ("规模以上", "规上"),
    ("一般公共预算", "公共预算"),
    ("社会消费品零售总额", "社零总额"),
    ("固定资产投资", "固投"),
)


def government_identity(doc: Document) -> Identity | None:
    """Which government unit a report speaks for: (level, place, canonical department),
    or None where it cannot be told apart from others. A 区 plan and a 市 outcome differ
    by level; two districts by place; 教体局 and 教育局 are one department. A masked place
    (XX街道) is no identity: two hidden names may be any two places. Nor is an unnamed
    town, sub-district or government, whose department is its place; an unnamed office
    (区教育局) is one per level."""
    department = doc.department_canonical or (
        canonical_department(doc.department) if doc.department else None
    )
    department = department or doc.department
    if not department or doc.place_masked or is_masked_place(doc.place):
        return None
    if doc.place is None and (department in PLACE_UNITS or doc.department in PLACE_UNITS):
        return None
    return doc.level, doc.place, department


@functools.lru_cache(maxsize=4096)  # a few departments, asked once per figure
def department_group(department: str) -> str:
    """The partitions whose figures may link: one per canonical department (教体局 and
    教育局 are one), so that a run on disk links what a run in memory links."""
    return canonical_department(department) or department_in(department) or department


def disk_order(mentions: Iterable[Mention]) -> list[Mention]:
    """The mentions with a department and a year, in the order a run on disk reads them:
    by department group and year, then by department (its partition), then as given."""
    return sorted(
        (m for m in mentions if m.department and m.year),
        key=lambda m: (department_group(m.department or ""), m.year or 0, m.department or ""),
    )


@functools.lru_cache(maxsize=65536)  # metric keys repeat across figures and years
def plan_metric(key: str | None) -> str | None:
    """A metric key normalised for linking a plan to its outcome: scope words and 的
    dropped, synonyms folded, and the characters in order, so that word order does not
    matter (城镇新增就业 ≈ 新增城镇就业). Only figures of one government, year and base
    unit are compared by it, which keeps two unlike metrics of the same characters apart
    in practice."""
    if not key:
        return None
    text = PLAN_STOP.sub("", key)
    for long, short in PLAN_SYNONYMS:
        text = text.replace(long, short)
    return "".join(sorted(text or key))


def plan_key(m: Mention, identity: Identity | None) -> PlanKey | None:
    """What a plan target and an outcome must share, or None when any part is unknown."""
    metric = plan_metric(m.metric_key)
    if not (identity and m.department and metric and m.year):
        return None
    return (department_group(m.department), identity, metric, m.year, m.base_unit, m.measure)


class Side(IntFlag):
    """What a figure can be in a plan link (several at once: a plan's target level is
    both a target for a stated outcome and one a completion rate may imply)."""

    TARGET = 1  # a plan's target
    OUTCOME = 2  # a summary's actual or stated growth
    IMPLIED_TARGET = 4  # a plan's target level a completion rate multiplies
    COMPLETION = 8  # a summary's completion rate in percent (完成目标的90%)


def link_sides(role: str | None, section: str | None, measure: str | None, unit: str | None) -> int:
    """The ``Side`` flags of a figure with these fields (0: no side of any link)."""
    sides = 0
    if (role, section) == PLAN_TARGET:
        sides |= Side.TARGET
        sides |= Side.IMPLIED_TARGET if can_imply(role, measure, unit) else 0
    elif role in OUTCOME[0] and section == OUTCOME[1]:
        sides |= Side.OUTCOME
    elif section == OUTCOME[1] and implies(role, unit):
        sides |= Side.COMPLETION
    return sides


def mention_sides(m: Mention) -> int:
    """``link_sides`` of a mention."""
    return link_sides(m.role, m.section, m.measure, m.unit)


def completion_metric(key: str | None) -> str | None:
    """``plan_metric`` of a completion rate's key, its frame taken off first
    (全年完成固定资产投资目标的 ≈ 固定资产投资: ``implied.COMPLETION_FRAME``)."""
    return plan_metric(strip_completion_frame(key)) if key else None


def implied_key(m: Mention, identity: Identity | None) -> ImpliedKey | None:
    """What a target level and a completion rate of it must share: the key of a stated
    link but for base unit and measure, the completion's metric without its frame."""
    sides = mention_sides(m)
    if not (sides & (Side.IMPLIED_TARGET | Side.COMPLETION)):
        return None
    fold = completion_metric if sides & Side.COMPLETION else plan_metric
    metric = fold(m.metric_key)
    if not (identity and m.department and metric and m.year):
        return None
    return (department_group(m.department), identity, metric, m.year)


def match_plans(
    targets: Iterable[tuple[K, T, D]], actuals: Mapping[K, Sequence[tuple[T, D]]]
) -> Iterator[tuple[T, T]]:
    """(target, actual) links: each target, in the order given, takes the first actual of
    its key (in the order given) from another document that no earlier target took.

    Targets and actuals are (key, id, document) and (id, document): anything hashable, so
    a caller can match plain row numbers instead of holding records."""
    used: set[T] = set()
    skip: dict[K, int] = {}  # actuals before this index are all taken
    for key, target, doc in targets:
        pool = actuals.get(key, ())
        first = skip.get(key, 0)
        while first < len(pool) and pool[first][0] in used:
            first += 1
        skip[key] = first
        for actual, other in itertools.islice(pool, first, None):
            if other != doc and actual not in used:
                used.add(actual)
                yield target, actual
                break


@dataclass(frozen=True, slots=True)
class PlanAim:
    """A plan's target in its link's unit, as ``metrics.status`` reads it."""

    qualifier: str
    value: float | None
    value_min: float | None
    value_max: float | None
    lower_is_better: bool


def _scaled(m: Mention, unit: str) -> tuple[float | None, ...] | None:
    """(value, min, max) of ``m`` in ``unit`` (万元 ↔ 亿元); None when not convertible."""
    if m.unit == unit:
        factor = Decimal(1)
    else:
        src, dst = unit_factor(m.unit), unit_factor(unit)
        if src is None or dst is None:
            return None
        factor = src / dst
    return tuple(
        None if x is None else float(Decimal(str(x)) * factor)
        for x in (m.value, m.value_min, m.value_max)
    )


def _as_rise(m: Mention, values: tuple[float | None, ...]) -> tuple[tuple, str]:
    """(value, min, max) and qualifier of a growth read as a rise: a stated fall (下降2.8%)
    is −2.8, its bounds swapped (下降5%以上 is at most −5); any other figure as it is."""
    if m.measure != Measure.GROWTH or m.direction != -1:
        return values, m.qualifier
    v, lo, hi = (None if x is None else -x for x in values)
    swapped = {Qualifier.AT_LEAST: Qualifier.AT_MOST, Qualifier.AT_MOST: Qualifier.AT_LEAST}
    return (v, hi, lo), swapped.get(Qualifier(m.qualifier), m.qualifier)


def plan_status(target: Mention, actual: Mention, unit: str, lower: bool) -> PairStatus:
    """met / not_met / unknown of a plan link by intervals (``metrics.status``): a range
    or a 左右 target, a bound (以上, 以内) and a masked outcome's mask bounds. Growths are
    read as rises (``_as_rise``): a target to fall (能耗降低2.5%) is met by a fall at least
    as deep (下降2.8%), a target to rise (增长6%) not by a fall (下降1.2%)."""
    aim, outcome = _scaled(target, unit), _scaled(actual, unit)
    if aim is None or outcome is None:
        return PairStatus.UNKNOWN
    aim, qualifier = _as_rise(target, aim)
    outcome, _ = _as_rise(actual, outcome)
    falls = target.measure == Measure.GROWTH and target.direction == -1
    region = PlanAim(qualifier, aim[0], aim[1], aim[2], lower_is_better=lower or falls)
    return interval_status(region, (outcome[1], outcome[2]))


def plan_pair(target: Mention, actual: Mention) -> Pair:
    """The pair of a plan's target and the outcome ``match_plans`` linked it to, its
    status by intervals (``plan_status``)."""
    pair = build_pair(actual, target, None)
    return replace(
        pair,
        status=str(plan_status(target, actual, pair.unit, pair.lower_is_better)),
        pair_id=f"{target.mention_id}>{actual.mention_id}",
        plan_doc_id=target.doc_id,
        outcome_doc_id=actual.doc_id,
        match=str(
            PlanMatch.EXACT if target.metric_key == actual.metric_key else PlanMatch.NORMALISED
        ),
    )


def implied_pair(target: Mention, completion: Mention) -> Pair:
    """The pair of a plan's target level and a later report's completion rate of it
    (``plan_vs_outcome``): its actual derived (``implied.implied_actual``: none when either
    is masked), its status by intervals like a stated actual's. Metric and key are the
    target's (the completion's name is in its frame); doc, department, period the
    completion's."""
    pair = build_pair(None, target, completion)
    value, lo, hi = implied_actual(target.value, completion)
    aim = (target.value, target.value_min, target.value_max)
    region = PlanAim(target.qualifier, *aim, lower_is_better=pair.lower_is_better)
    same = strip_completion_frame(completion.metric_key or "") == target.metric_key
    return replace(
        pair,
        doc_id=completion.doc_id,
        department=completion.department,
        period=completion.period,
        actual_value=value,
        status=str(interval_status(region, (lo, hi))),
        pair_id=f"{target.mention_id}>{completion.mention_id}",
        plan_doc_id=target.doc_id,
        outcome_doc_id=completion.doc_id,
        match=str(PlanMatch.EXACT if same else PlanMatch.NORMALISED),
        actual_source=str(ActualSource.DERIVED),
    )


def link_pair(target: Mention, outcome: Mention) -> Pair:
    """``plan_pair`` of a stated outcome, ``implied_pair`` of a completion rate."""
    if mention_sides(outcome) & Side.COMPLETION:
        return implied_pair(target, outcome)
    return plan_pair(target, outcome)


def plan_vs_outcome(mentions: Iterable[Mention], documents: Iterable[Document]) -> list[Pair]:
    """Plans for year Y linked to the same government unit's outcome for Y in another
    report; ordered by unit and year, then by the plan's place in the reading order. A
    target no stated outcome takes may then take a completion rate of it (``implied_pair``)."""
    identity = {d.doc_id: government_identity(d) for d in documents}
    by_id: dict[str, Mention] = {}
    targets: list[tuple[PlanKey, str, str]] = []
    actuals: dict[PlanKey, list[tuple[str, str]]] = {}
    implying: list[tuple[ImpliedKey, str, str]] = []
    completions: dict[ImpliedKey, list[tuple[str, str]]] = {}
    ordered = disk_order(mentions)
    for m in ordered:
        sides, unit = mention_sides(m), identity.get(m.doc_id)
        key, implied = plan_key(m, unit), implied_key(m, unit)
        if key is not None and sides & (Side.TARGET | Side.OUTCOME):
            by_id[m.mention_id] = m
            if sides & Side.TARGET:
                targets.append((key, m.mention_id, m.doc_id))
            else:
                actuals.setdefault(key, []).append((m.mention_id, m.doc_id))
        if implied is not None:
            by_id[m.mention_id] = m
            if sides & Side.IMPLIED_TARGET:
                implying.append((implied, m.mention_id, m.doc_id))
            else:
                completions.setdefault(implied, []).append((m.mention_id, m.doc_id))
    links = list(match_plans(targets, actuals))
    linked = {t for t, _ in links}
    left = [t for t in implying if t[1] not in linked]
    links += match_plans(left, completions)
    place = {m.mention_id: i for i, m in enumerate(ordered)}
    links.sort(key=lambda link: place[link[0]])
    return [link_pair(by_id[t], by_id[a]) for t, a in links]
