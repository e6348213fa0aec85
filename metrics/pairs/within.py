"""Targets paired with actuals within one report: a target, an actual and/or a stated
completion rate of the same thing in the same sentence.

Contract: ``find_pairs(mentions, written)`` takes the mentions of one document (in order)
and the year it was written in (``comparable.writing_year``), and returns one ``Pair`` per
metric where a target and an actual, and/or a stated completion rate, are given for the
same thing in the same sentence (of one unit, kind of period, year and place:
``comparable.pair_veto``); ``build_pair`` computes one pair's completion and status. No
value is ever invented: a masked figure leaves its value, the computed completion and the
status unknown; an implied target is given only from two known figures.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import replace
from decimal import Decimal
from typing import Final

from metrics import regex_cache
from metrics.context import metric_key
from metrics.context.period_kinds import clause_before
from metrics.gates import may_open_in
from metrics.lexicon.indicators import indicator_of
from metrics.lexicon.units import UnitFamily
from metrics.pairs.comparable import figure_year, pair_veto
from metrics.records import (
    ActualSource,
    Measure,
    Mention,
    Pair,
    PairStatus,
    Role,
)
from metrics.resolve import unit_factor
from metrics.rules.metrics import MetricRuleName, enabled

# Indicators where less is better: a concentration, days of heavy pollution, accidents.
LOWER_IS_BETTER: Final = regex_cache.compile(
    r"PM2\.?5|PM10|浓度|重污染|污染天数|事故|死亡|发案|失业率|能耗|排放|投诉|辍学|近视率|"
    r"发生率|亡人|火点|违法|超标"
)
# Words between two counts that make the first a total and the second the part done:
# 60个问题已按期完成整改57个.
DONE_BETWEEN: Final = regex_cache.compile(r"完成|办结")
PAUSES: Final = frozenset(",，;；")  # (a pause between two counts: a character looked for)
VERB_ONLY: Final = regex_cache.compile(r"(?:截至目前|截止目前|目前|已经|已|完成|实现|达到|累计)+")
# Words between a target and an actual that tie them together (完成, 目标值为, 超过…要求);
# 其中 instead makes the second figure a part of the first.
LINK_BETWEEN: Final = regex_cache.compile(r"完成|达到|实际|已|目标|要求|任务|规定|超过|超额|下达")
PART_BETWEEN: Final = regex_cache.compile(r"其中|包括|同时|另外|此外")
# The base a stated rate is of, written in its frame right before it: 完成年度预算12.1亿元的
# 102.5%, 完成省下达任务36个的105.6%, 为年度目标3000人的109%, 占年度计划投资1.5亿元的
# 106.7%. The figure joined to the rate by 的 alone, after a verb of the frame (完成, 占, 为)
# earlier in its clause, is the target the rate measures the actual against, whatever role
# its own words gave it (年度预算 names no target word); the actual is then the last one
# before it in the target's unit (惠及居民5120户 before 任务36个 is no actual of it). Not a
# figure and a rate of other words (总投资826亿元，完成年度计划的94.6%: the rate's frame
# holds no figure), nor 的 after a figure outside such a frame (全县50万人的3%).
RATE_BASE_JOIN = regex_cache.compile(r"\s*的\s*")
RATE_BASE_FRAME: Final = regex_cache.compile(r"完成|占|为")


def find_pairs(mentions: Sequence[Mention], written: int | None) -> list[Pair]:
    """Pairs within each sentence of one document (see the module contract).

    A target left alone at the end of a sentence (一是完成…目标任务xxxx万元。) may serve the
    next sentence when that one states an actual and a completion but no target."""
    pairs: list[Pair] = []
    carried: Mention | None = None
    for group in _sentences(mentions):
        found, left = _sentence_pairs(group, carried, written)
        pairs.extend(found)
        carried = left
    return [replace(p, pair_id=f"{p.doc_id}#p{i}") for i, p in enumerate(pairs)]


# A target a review names by its frame alone, right before it: 占年度目标5亿元的104%, 完成国家
# 下达任务400万亩的105%, 完成省下达任务36个的105.6%, 占年度计划投资2.2亿元的106.8%. The frame
# (who set it, for which year, the word target, task or plan) says the figure is a target,
# not what it is of; the actual it is paired with in the sentence (外贸进出口5.2亿元, 新建高标准
# 农田420万亩) counts the same thing, so the target takes that actual's name: a year's target
# so named then follows the next plan's (trends) like one named in full. Not a target named
# in its frame (完成年度收入计划190亿元 names 收入; 完成国家下达的粮食播种面积任务62.5万亩 names
# 粮食播种面积), nor one no actual is paired with (a plan's 完成国家下达任务8万亩).
FRAME_ONLY: Final = regex_cache.compile(
    r"(?:完成|占|为)(?:国家|中央|[省市县区]|上级)?(?:下达的?|确定的?)?(?:年度|全年)?"
    r"(?:目标任务|任务目标|目标|任务|计划)(?:投资)?\s*$"
)


# An actual a review names by its deed alone, after the target it is paired with: 新开工重点
# 项目年度目标120个，实际开工131个; 保障性租赁住房年度任务800套，已建成824套; 补贴性职业技能培训
# 计划3000人次，实际培训3315人次. 实际 or 已 says the figure is the result set against the
# target just named; the verb after it (开工, 建成, 培训: a word or two) says what was done,
# not what was counted, which the target names. So the actual takes the target's name, as a
# target named by its frame alone takes its actual's (``FRAME_ONLY``). Only a clause of the
# adverb and one short verb: 实际到位资金1.5亿元 and 已签约项目12个 name what they count, and
# a clause with no 实际 or 已 (走访困难群众120户，慰问85户) is a deed of its own.
DEED_ONLY: Final = regex_cache.compile(r"(?:全年|当年)?(?:实际|已经?)\p{Han}{1,2}")
CLAUSE_PAUSE: Final = regex_cache.compile(r"[，,；;：:]")


def deed_only(actual: Mention) -> bool:
    """Whether ``actual``'s own clause names it by a deed alone (``DEED_ONLY``)."""
    clause = CLAUSE_PAUSE.split(actual.words_before)[-1].strip()
    return DEED_ONLY.fullmatch(clause) is not None


# A growth stated after a completion rate, its name carried from the completion's frame:
# 全年组织税费收入194.2亿元，完成年度收入计划190亿元的102.2%，同比增长4.2% (the growth named
# 收入计划), 实现外贸进出口5.2亿元，占年度目标5亿元的104%，同比增长12.1% (named 占年度),
# 完成年度收入计划的101.6%，同比增长6.2% (named 收入). The frame names the target the rate is
# of; the growth is the actual's, which the rate is paired with, so it takes the actual's
# name, as a target named by its frame alone does (``FRAME_ONLY``). Only a growth whose
# name is the completion's, carried over the clause (a growth that names its own metric
# keeps it: …的102.2%，其中税收收入增长3.1%), and only when the completion has an actual.
# Not 完成固定资产投资53.6亿元，完成年度计划的104.1%，增长11%: named 固定资产投资 already.


def frame_named(mentions: Sequence[Mention], pairs: Iterable[Pair]) -> list[Mention]:
    """``mentions`` with each target named by its frame alone (``FRAME_ONLY``), and each
    growth carried from a completion rate's frame, named as the actual ``pairs`` pair them
    with: its metric, key and phrase, and the rule ``frame_of_actual``; then each actual
    named by its deed alone (``DEED_ONLY``) named as the target it is paired with (the rule
    ``deed_of_target``)."""
    pairs = list(pairs)
    return _deed_named(_frame_named(mentions, pairs), pairs)


def _named_as(m: Mention, other: Mention, rule: MetricRuleName) -> Mention:
    """``m`` named as ``other`` (its metric, key and phrase) by ``rule``."""
    return replace(
        m,
        metric=other.metric,
        metric_key=other.metric_key,
        metric_phrase=other.metric_phrase,
        metric_rule=str(rule),
    )


def _deed_named(mentions: list[Mention], pairs: list[Pair]) -> list[Mention]:
    target_of = {
        p.actual_mention_id: p.target_mention_id
        for p in pairs
        if p.target_mention_id is not None and p.actual_mention_id is not None
    }
    if not target_of or not enabled(MetricRuleName.DEED_OF_TARGET):
        return mentions
    by_id = {m.mention_id: m for m in mentions}
    out = []
    for m in mentions:
        target = by_id.get(target_of.get(m.mention_id, ""))
        if (
            target is not None
            and target.metric
            and target.char_start < m.char_start
            and target.metric_key != m.metric_key
            and deed_only(m)
        ):
            m = _named_as(m, target, MetricRuleName.DEED_OF_TARGET)
        out.append(m)
    return out


def _frame_named(mentions: Sequence[Mention], pairs: list[Pair]) -> list[Mention]:
    actual_of = {
        p.target_mention_id: p.actual_mention_id
        for p in pairs
        if p.target_mention_id is not None and p.actual_mention_id is not None
    }
    completed: dict[str, str] = {
        p.completion_mention_id: p.actual_mention_id
        for p in pairs
        if p.completion_mention_id is not None and p.actual_mention_id is not None
    }
    if not (actual_of or completed) or not enabled(MetricRuleName.FRAME_OF_ACTUAL):
        return list(mentions)
    by_id = {m.mention_id: m for m in mentions}
    growth_of = _growths_after(mentions, completed, by_id)
    out = []
    for m in mentions:
        actual = by_id.get(actual_of.get(m.mention_id, "") or growth_of.get(m.mention_id, ""))
        if actual is None or not actual.metric:
            out.append(m)
            continue  # (the frame is read only of a mention paired with a named actual)
        if m.mention_id in growth_of or FRAME_ONLY.search(m.words_before):
            m = _named_as(m, actual, MetricRuleName.FRAME_OF_ACTUAL)
        out.append(m)
    return out


def _growths_after(
    mentions: Sequence[Mention], completed: dict[str, str], by_id: dict[str, Mention]
) -> dict[str, str]:
    """The actual's id of each growth named as a completion rate before it in its sentence
    is, carried over the clause, where the actual's name differs (see above)."""
    if not completed:
        return {}
    carried: dict[tuple[str, int], list[Mention]] = {}
    for g in mentions:
        if g.role == Role.GROWTH and g.metric_rule == MetricRuleName.CARRIED_IN_CLAUSE:
            carried.setdefault((g.doc_id, g.sentence_start), []).append(g)
    found: dict[str, str] = {}
    for completion_id, actual_id in completed.items():
        c, a = by_id.get(completion_id), by_id.get(actual_id)
        if c is None or a is None or c.metric_key is None or c.metric_key == a.metric_key:
            continue
        for g in carried.get((c.doc_id, c.sentence_start), ()):
            if g.char_start > c.char_start and g.metric_key == c.metric_key:
                found[g.mention_id] = a.mention_id
    return found


def _sentences(mentions: Sequence[Mention]) -> Iterable[list[Mention]]:
    groups: dict[tuple[str, int], list[Mention]] = {}
    for m in mentions:
        groups.setdefault((m.doc_id, m.sentence_start), []).append(m)
    for key in sorted(groups, key=lambda k: k[1]):
        yield sorted(groups[key], key=lambda m: m.char_start)


def _sentence_pairs(
    ms: list[Mention], carried: Mention | None, written: int | None
) -> tuple[list[Pair], Mention | None]:
    used: set[str] = set()
    out: list[Pair] = []

    def free(role: Role) -> list[Mention]:
        return [
            m
            for m in ms
            if m.role == role and m.mention_id not in used and m.measure != Measure.THRESHOLD
        ]

    for c in free(Role.COMPLETION):
        base = _rate_base(ms, c, used)
        if base is not None:
            actual = _compatible(
                [m for m in free(Role.ACTUAL) if m.char_start < base.char_start], base, written
            )
            if actual is not None:
                out.append(_sentence_pair(actual, base, c, written))
                used.update(m.mention_id for m in (actual, base, c))
                continue
        actual = _actual_for(free(Role.ACTUAL), c)
        target = _target_for(free(Role.TARGET), actual, c, written) if actual else None
        if target is None and actual is not None and not free(Role.TARGET):
            target = _compatible([carried] if carried else [], actual, written)
        if target is None and actual is None:
            target = _nearest(free(Role.TARGET), c, before=True)
        if actual is None and target is None:
            continue  # 九年义务教育完成率 96.75%: a rate named 完成率, nothing to check
        out.append(_sentence_pair(actual, target, c, written))
        used.update(m.mention_id for m in (actual, target, c) if m)
    for t in free(Role.TARGET):
        actual = _compatible(free(Role.ACTUAL) + _growths_of(ms, t, used), t, written, nearest_to=t)
        if actual is not None and _linked(t, actual):
            out.append(_sentence_pair(actual, t, None, written))
            used.update((actual.mention_id, t.mention_id))
    actuals = free(Role.ACTUAL)
    for first, second in itertools.pairwise(actuals):
        if first.mention_id in used or second.mention_id in used:
            continue
        between = _between(first, second)
        if (
            first.unit == second.unit
            and first.unit_family in (UnitFamily.COUNT, UnitFamily.PERSON)
            and may_open_in(DONE_BETWEEN, between)
            and DONE_BETWEEN.search(between)
            and PAUSES.isdisjoint(between)
            and _not_less(first, second)
            and pair_veto(first, second, written) is None
        ):
            out.append(_sentence_pair(second, first, None, written))
            used.update((first.mention_id, second.mention_id))
    left = free(Role.TARGET)
    alone = len(left) == 1 and len(ms) == 1
    return out, left[0] if alone else None


# A growth stated against a growth target in one sentence of a review: its actual. A
# review's table row (社会消费品零售总额增速｜6%｜5.6%, 地区生产总值增长\t6%左右\t5.8%) or
# its prose (年度目标增长8%，实际增长9.2%; 规模以上工业增加值增长10.3%，高于年度目标增长9%)
# sets the year's change beside the change aimed at; the meaning layer gives the change
# the role growth, not actual, as it does every stated change (a plan's sentence, 去年增长
# 5.2%，今年目标增长6%, gives both figures the role target: no growth is there to take).
# Never a change on another base (比上年增长6.1% against 比预算增长2.3%:
# ``comparable.pair_veto``) nor one no word or name ties to the target (``_linked``).


def _growths_of(ms: list[Mention], target: Mention, used: set[str]) -> list[Mention]:
    """The free growths of a sentence a growth target may be the aim of."""
    if target.measure != Measure.GROWTH:
        return []
    return [
        m
        for m in ms
        if m.role == Role.GROWTH and m.measure == Measure.GROWTH and m.mention_id not in used
    ]


def _sentence_pair(
    actual: Mention | None, target: Mention | None, completion: Mention | None, written: int | None
) -> Pair:
    """``build_pair`` of one sentence's figures, its year the one their clauses name
    (``comparable.figure_year``: 2023年完成3200人 in a review of 2024 is 2023's), else the
    report's."""
    pair = build_pair(actual, target, completion)
    if actual is not None and target is not None and target.metric and deed_only(actual):
        # 实际开工131个: the target names the thing (as ``frame_named`` then names the
        # actual); read here, in its sentence, not by ``build_pair``, which plan links
        # call on figures read back without their sentences
        pair = replace(pair, metric=target.metric, metric_key=metric_key(target.metric))
    lead = actual or target or completion
    return replace(pair, year=figure_year(lead, written)) if lead else pair


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


def _rate_base(ms: list[Mention], rate: Mention, used: set[str]) -> Mention | None:
    """The figure ``rate`` is stated of in its own frame (``RATE_BASE_JOIN``: 任务36个的
    105.6%), or None: the free target or actual right before it, joined by 的 alone, after a
    verb of the frame in its clause."""
    before = [m for m in ms if m.char_start < rate.char_start]
    if not before:
        return None
    base = before[-1]
    if base.mention_id in used or base.role not in (Role.TARGET, Role.ACTUAL):
        return None
    if not RATE_BASE_JOIN.fullmatch(_between(base, rate)):
        return None
    upto = base.char_start - base.sentence_start
    return base if RATE_BASE_FRAME.search(clause_before(base.sentence, upto, 30)) else None


def _not_less(total: Mention, part: Mention) -> bool:
    if total.value is None or part.value is None:
        return True
    return total.value >= part.value


def _nearest(cands: list[Mention], anchor: Mention, before: bool) -> Mention | None:
    if before:
        cands = [m for m in cands if m.char_start < anchor.char_start]
        return cands[-1] if cands else None
    return min(cands, key=lambda m: abs(m.char_start - anchor.char_start), default=None)


def _actual_for(cands: list[Mention], completion: Mention) -> Mention | None:
    """The actual a stated completion rate is of: the last before it that names what the
    rate names (its metric key, given it by 分别 or carried in its clause:
    ``播种面积52.3万亩、总产量21.6万吨，分别完成任务的101.2%和103.5%``; ``到位资金26.8亿元，
    新签约项目12个，到位资金完成年度目标的107%``), else the nearest before it."""
    before = [m for m in cands if m.char_start < completion.char_start]
    key = completion.metric_key
    named = [m for m in before if key and m.metric_key == key]
    found = named or before
    return found[-1] if found else None


def _same_unit(cands: list[Mention], other: Mention, written: int | None) -> list[Mention]:
    """The candidates that may be set against ``other``: one base unit and unit family,
    and no ``comparable.pair_veto`` (another kind of period, year, place, measure or base)."""
    return [
        m
        for m in cands
        if m.base_unit == other.base_unit
        and m.unit_family == other.unit_family
        and pair_veto(m, other, written) is None
    ]


def _compatible(
    cands: list[Mention],
    other: Mention | None,
    written: int | None,
    nearest_to: Mention | None = None,
) -> Mention | None:
    if other is None:
        return None
    fits = _same_unit(cands, other, written)
    if nearest_to is not None:
        return min(fits, key=lambda m: abs(m.char_start - nearest_to.char_start), default=None)
    return fits[0] if fits else None


def _target_for(
    cands: list[Mention], actual: Mention, completion: Mention, written: int | None
) -> Mention | None:
    """The target a stated completion of ``actual`` is measured against. Of several
    (总投资826亿元，年度计划投资210亿元，完成投资198.6亿元，占年度计划的94.6%): the one the
    stated rate agrees with, else the nearest before the actual."""
    fits = _same_unit(cands, actual, written)
    if len(fits) < 2:
        return fits[0] if fits else None
    agree = [m for m in fits if build_pair(actual, m, completion).consistent]
    if len(agree) == 1:
        return agree[0]
    before = [m for m in fits if m.char_start < actual.char_start]
    return before[-1] if before else fits[0]


def _value_in(m: Mention | None, unit: str) -> Decimal | None:
    """``m``'s value expressed in ``unit`` (万元 ↔ 亿元), None when masked or incompatible;
    a growth signed (``falls``: 下降4.4% is −4.4, as in the trends), so that a table's
    values say which way each change went."""
    if m is None or m.value is None:
        return None
    value = -Decimal(str(m.value)) if falls(m) else Decimal(str(m.value))
    if m.unit == unit:
        return value
    src, dst = unit_factor(m.unit), unit_factor(unit)
    if src is None or dst is None:
        return None
    return value * src / dst


def falls(m: Mention) -> bool:
    """Whether ``m`` is a change stated as a fall (a growth of direction −1: 下降4.4%,
    能耗降低2.5%)."""
    return m.measure == Measure.GROWTH and m.direction == -1


DECIMALS: Final = regex_cache.compile(r"\d+(?:\.(\d+))?")  # (compiled once, not at each call)


def _decimals(text: str) -> int:
    digits = DECIMALS.search(text.replace(" ", "").replace("\n", ""))
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
    ceiling = target is not None and target.qualifier == "at_most"
    if target is not None and falls(target):
        # signed, a target to fall (能耗降低2.5%, 下降10%以上) is met by a fall as deep or
        # deeper, i.e. downwards; a ceiling on a fall (降幅控制在3%以内) upwards
        lower = not ceiling
    else:
        lower = bool((metric and LOWER_IS_BETTER.search(metric)) or ceiling)
        lower = lower or _lower_indicator(metric, lead)
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


def _lower_indicator(metric: str | None, lead: Mention) -> bool:
    """Whether the indicator lexicon holds ``metric`` (with ``lead``'s measure) as one
    that improves downwards: 居民消费价格涨幅3%左右 met by 上涨1.2%, as the targets table
    reads it (one definition for both tables; ``LOWER_IS_BETTER`` holds what the lexicon
    does not name: 事故, 浓度, 能耗…)."""
    found = indicator_of(metric, lead.measure) if lead.measure else None
    return bool(found and found.lower_is_better)


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
