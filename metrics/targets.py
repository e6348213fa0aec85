"""The targets table: what each government aims at for a year, beside what it achieved.

Contract: ``file_targets(documents, mentions)`` gives, for the government work reports
(政府工作报告) among one file's documents, one ``Target`` per report × year × indicator
stated as a target (``STATED_AS_TARGET``: in a target passage, a table's target column or
a section of the five years ahead; the first figure of that indicator in reading order), with the
previous year's result the same report states for it (``prior_*``), and the results each
report states for the year before it (``Outcome``), to be set against the targets of that
year. ``link_outcomes(targets, outcomes)`` then gives each target of year Y of a
government the outcome for Y stated by its report of year Y+1 and a ``status``.

A report is a document of kind ``government_report``; its government is the document's
place (``东湖县2026年政府工作报告`` → 东湖县; a masked place names none) and level, and
its year the document's plan year (the year its title or delivery names). A target's
year is that year unless its sentence names a later one before it (``到2030年``) or its
section speaks of the five years ahead (the plan's last year). A
figure's indicator is the lexicon's key (``metrics.lexicon.indicators``) for its metric
(or, when that names none, its ``metric_phrase``) and measure, else its ``metric_key``
with a growth named as one (``农业总产值增长``, ``in_lexicon`` false): results and
outcomes are kept under the same keys.

Status compares intervals (``metrics.status``, shared with plan_vs_outcome); missing
when no outcome is stated.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import NamedTuple

import regex

from metrics.context.change_bases import mention_change_base
from metrics.context.period_kinds import (
    MULTI_YEAR_KINDS,
    YEARS_SPAN,
    PeriodKind,
    mention_period_kind,
)
from metrics.implied import can_imply, implied_actual, implies, strip_completion_frame
from metrics.lexicon.indicators import Indicator, indicator_by_key, indicator_of
from metrics.records import ActualSource, DocKind, Document, Measure, Mention, Qualifier, Role
from metrics.resolve import unit_factor
from metrics.segment.places import is_masked_place
from metrics.status import status

LATER_YEAR = regex.compile(r"(?:到|至)(20\d{2})年")
# How a report states a figure as one of its targets (a mention of role target counts for
# the table when one of these holds; the name is for the reader and the tests):
STATED_AS_TARGET = {
    # 主要预期目标是：…, 力争…, a heading 主要预期目标 (metrics/passages.py)
    "target_passage": "the passage's wording states targets",
    # 指标 / 2025年完成 / 2025年目标: the figures of the target column, never the result's
    "target_column": "a table of indicators puts it in the column its head names the target",
    # 二、今后五年奋斗目标 or 二、“十五五”时期主要目标 over 年均增长7%以上, 城镇化率62%:
    # the section's own goals for the five years ahead, though no sentence says 目标
    "five_year_goal": "it stands in a plan section of a five-year plan still to come",
}
# A plan counts its own parts (6个维度设置了29项主要指标, 着力抓好六个方面工作, 13项任务举措):
# such a count is its outline, however it is stated, never a target.
PLAN_PART_UNITS = frozenset({"个", "项", "条", "类"})
PLAN_PARTS = regex.compile(r"方面|维度|指标|举措|任务")
# A section of the five years ahead also speaks in figures of speech (做好三篇文章, 一张蓝图
# 绘到底, 心往一处想): a count written in Chinese numerals there is no goal.
_WORD_COUNT = regex.compile(r"[一二三四五六七八九十两]")
# Roles of a stated result (not a target, an expectation or a rate of completion).
RESULT_ROLES = frozenset({Role.ACTUAL, Role.GROWTH, Role.SHARE, Role.RATE})


@dataclass(frozen=True, slots=True)
class Target:
    """One row of the targets table (see docs/schema.md)."""

    target_id: str  # the target figure's mention id
    government: str | None
    level: str | None
    year: int | None
    indicator: str
    in_lexicon: bool
    metric: str | None
    measure: str
    qualifier: str
    value: float | None
    value_min: float | None
    value_max: float | None
    unit: str
    base_unit: str | None
    direction: int | None
    lower_is_better: bool
    masked: bool
    doc_id: str
    source_file: str
    char_start: int
    char_end: int
    mention_id: str
    text: str
    prior_value: float | None = None
    prior_text: str | None = None
    prior_mention_id: str | None = None
    outcome_value: float | None = None
    outcome_min: float | None = None
    outcome_max: float | None = None
    outcome_text: str | None = None
    outcome_mention_id: str | None = None
    outcome_doc_id: str | None = None
    status: str | None = None
    # where the outcome comes from: records.ActualSource (stated, or derived from a stated
    # completion rate of the target: 完成年度目标任务的112%)
    outcome_source: str | None = None
    # mentions.period_kind of the target: a 年均 target is its own row, and its prior and
    # outcome are figures of its kind only
    period_kind: str = PeriodKind.ANNUAL
    # mentions.change_base of a growth target (同比, 环比…): its outcome has the same base
    change_base: str | None = None
    # the five-year plan a goal of the years ahead belongs to, "2026-2030" (its section's:
    # “十五五”时期主要目标, 今后五年); None for a goal of one year
    plan_period: str | None = None


class Figure(NamedTuple):
    """What ``link_outcomes`` reads of a stated result or completion rate: its interval,
    unit and sense (to set it in a target's unit) and where it stands (the outcome's text
    and ids). A tuple, not the ``Mention``: a run keeps outcomes to its end (its sentence
    and context would grow the writer's memory with the input)."""

    unit: str
    base_unit: str | None
    measure: str
    direction: int | None
    masked: bool
    value: float | None
    value_min: float | None
    value_max: float | None
    text: str
    mention_id: str
    doc_id: str


def figure_of(m: Mention) -> Figure:
    """The fields of ``m`` that ``Figure`` keeps."""
    return Figure(
        m.unit, m.base_unit, m.measure, m.direction, m.masked, m.value, m.value_min,
        m.value_max, m.text, m.mention_id, m.doc_id,
    )  # fmt: skip


@dataclass(frozen=True, slots=True)
class Outcome:
    """A result for ``year`` that a report of ``year`` + 1 states for an indicator."""

    government: str
    year: int
    indicator: str
    figures: tuple[Figure, ...]  # in reading order: the first in the target's unit counts
    # the first stated completion rate of the indicator (完成年度目标的98%), if any: the
    # one an outcome is derived from when no figure is in the target's unit
    rate: Figure | None = None
    period_kind: str = PeriodKind.ANNUAL  # of every figure in ``figures`` and ``rate``
    change_base: str | None = None  # likewise


def government_of(doc: Document) -> tuple[str | None, str | None, int | None]:
    """(place, level, year) of a government work report, as its document reads them; a
    masked or missing place is None (it can be linked to no other report)."""
    place = doc.place
    if doc.place_masked or is_masked_place(place):
        place = None
    return place, doc.level, doc.plan_year


def file_targets(
    documents: Sequence[Document], mentions: Sequence[Mention]
) -> tuple[list[Target], list[Outcome]]:
    """Targets and outcomes of one file's government work reports (see the contract)."""
    reports = {d.doc_id: d for d in documents if d.kind == DocKind.GOVERNMENT_REPORT}
    targets: list[Target] = []
    outcomes: list[Outcome] = []
    by_doc: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.doc_id in reports:
            by_doc.setdefault(m.doc_id, []).append(m)
    for doc_id, ms in by_doc.items():
        place, level, year = government_of(reports[doc_id])
        parts = joint_parts(ms)
        results, rates = _first_results(ms, parts)
        seen: set[tuple[int | None, str, str, str | None]] = set()
        prev: Mention | None = None
        t_year = year
        for m in ms:
            if m.role != Role.TARGET or stated_as(m, year) is None:
                continue
            ind, key = _indicator(m, parts)
            ahead = _period_ahead(m, year)
            t_year = _target_year(m, year, ahead, t_year if _runs_on(prev, m) else year)
            prev = m
            when = _when(m)
            if not key or (t_year, key, *when) in seen:
                continue
            seen.add((t_year, key, *when))
            found = results.get((key, *when), [])
            targets.append(_target(m, place, level, t_year, key, ind, found, when, ahead))
        if place and year:
            keys = dict.fromkeys([*results, *rates])
            outcomes += [
                _outcome(place, year - 1, k, results.get(k, []), rates.get(k)) for k in keys
            ]
    return targets, outcomes


def _outcome(
    place: str,
    year: int,
    key: tuple[str, str, str | None],
    found: list[Mention],
    rates: list[Mention] | None,
) -> Outcome:
    """The outcome of ``key`` (indicator, kind of period, base of change) for ``year``: its
    stated figures in reading order and the first stated rate of completion, compact."""
    rate = figure_of(rates[0]) if rates else None
    return Outcome(place, year, key[0], tuple(map(figure_of, found)), rate, *key[1:])


When = tuple[str, str | None]  # (period_kind, change_base) of a figure
Results = dict[tuple[str, str, str | None], list[Mention]]


def _when(m: Mention) -> When:
    """What a target and its prior and outcome must share beside the indicator: the kind of
    period (年均 is no year's) and the base of a change (环比 is no 同比)."""
    return mention_period_kind(m), mention_change_base(m)


def _first_results(mentions: list[Mention], parts: dict[str, str]) -> tuple[Results, Results]:
    """The stated results of each indicator and kind of period in a report, in reading
    order: the review before its first target passage, leaving out figures of several
    years (``年均增长6%``, ``“十四五”期间累计``, a period of five years:
    ``period_kinds.MULTI_YEAR_KINDS``); and the completion rates in percent stated there
    of each level indicator (城镇新增就业完成年度目标任务的112%)."""
    out: Results = {}
    rates: Results = {}
    for m in mentions:
        if m.target_passage:
            break  # the plan has begun: what follows is no result of the year before
        when = _when(m)
        if when[0] in MULTI_YEAR_KINDS:
            continue
        if implies(m.role, m.unit):
            key = _rated_key(m)
            if key:
                rates.setdefault((key, *when), []).append(m)
            continue
        key = _indicator(m, parts)[1] if m.role in RESULT_ROLES else ""
        if key:
            out.setdefault((key, *when), []).append(m)
    return out, rates


def _rated_key(m: Mention) -> str:
    """The indicator key of the level a completion rate measures: its metric without the
    completion frame (``implied.strip_completion_frame``), as ``indicator_key`` keys a
    level of that name."""
    name = strip_completion_frame(m.metric or "")
    ind = indicator_of(name, Measure.LEVEL)
    return ind.key if ind else strip_completion_frame(m.metric_key or "")


def mention_indicator(m: Mention) -> Indicator | None:
    """The lexicon's indicator of a figure: by its metric, else by its phrase as written,
    where the short name lost a word the indicator is named by (新增城镇就业 → 城镇就业,
    规上工业增加值 of 全县规上工业增加值 kept whole)."""
    return indicator_of(m.metric, m.measure) or indicator_of(m.metric_phrase, m.measure)


# A subject named for town and country at once (城乡居民收入分别增长7%和9%): the figures
# after 分别 are its parts' in order, the towns' then the country's, each its own indicator.
# Not 城乡居民收入增长6.5% (no 分别: one figure of both), nor 城乡居民医保参保率 (one rate).
JOINT = regex.compile(r"^城乡(?=\p{Han})")
PARTS = ("城镇", "农村")
RESPECTIVELY = "分别"


def joint_parts(mentions: Sequence[Mention]) -> dict[str, str]:
    """The part's name (农村居民人均可支配收入) of each figure given, after 分别, for a
    subject named for town and country at once, by mention id (see ``JOINT``)."""
    out: dict[str, str] = {}
    count: dict[tuple[int, str], int] = {}
    for m in mentions:
        if not m.metric or not JOINT.match(m.metric):
            continue
        before = m.sentence[: max(0, m.char_start - m.sentence_start)]
        if RESPECTIVELY not in "".join(before.split()):  # 分\n别: a PDF's wrap
            continue
        nth = count.get((m.sentence_start, m.metric), 0)
        count[(m.sentence_start, m.metric)] = nth + 1
        if nth < len(PARTS):
            out[m.mention_id] = PARTS[nth] + m.metric[JOINT.match(m.metric).end() :]
    return out


def _indicator(m: Mention, parts: dict[str, str]) -> tuple[Indicator | None, str]:
    """(the lexicon's indicator, the key) of a figure, a part's own for a figure of one
    part of a joint subject (``joint_parts``)."""
    name = parts.get(m.mention_id)
    if name is None:
        ind = mention_indicator(m)
        return ind, indicator_key(m, ind)
    ind = indicator_of(name, m.measure)
    if ind is not None:
        return ind, ind.key
    return None, f"{name}增长" if m.measure == Measure.GROWTH else name


def indicator_key(m: Mention, ind: Indicator | None) -> str:
    """The key a figure's indicator is kept under: the lexicon's, else the figure's own
    metric key with a growth named as one (农业总产值 + growth → 农业总产值增长), the way
    the lexicon names its growths, so that a report's own indicators (农业总产值,
    高标准农田) find last year's figure and next year's outcome as lexicon ones do."""
    if ind is not None:
        return ind.key
    if not m.metric_key:
        return ""
    return f"{m.metric_key}增长" if m.measure == Measure.GROWTH else m.metric_key


def stated_as(m: Mention, year: int | None) -> str | None:
    """Which way of ``STATED_AS_TARGET`` states ``m`` as a target, or None."""
    if _outline_count(m):
        return None
    if m.target_passage:
        return "target_passage"
    if m.role_rule == "table_column":
        return "target_column"
    if _period_ahead(m, year) and _WORD_COUNT.match(m.text) is None:
        return "five_year_goal"
    return None


def _outline_count(m: Mention) -> bool:
    """A count of the plan's own parts (see ``PLAN_PARTS``)."""
    return m.unit in PLAN_PART_UNITS and PLAN_PARTS.search(m.metric or "") is not None


def _period_ahead(m: Mention, year: int | None) -> tuple[int, int] | None:
    """The five-year plan to come (from the report's year on) that ``m``'s section speaks
    of, if any (its ``period``, 2026-2030, set from a heading such as “十五五”时期主要目标)."""
    if year is None or not m.period or not YEARS_SPAN.fullmatch(m.period):
        return None
    first, last = (int(y) for y in m.period.split("-"))
    return (first, last) if first >= year and last > first else None


def _target_year(
    m: Mention, year: int | None, ahead: tuple[int, int] | None, carried: int | None
) -> int | None:
    """The year ``m`` aims at: a later year its sentence names before it (到2030年), else
    the last year of ``ahead``, the five-year plan to come its section speaks of
    (``_period_ahead``), else the year carried from the sentence before, else the
    report's year."""
    before = m.sentence[: max(0, m.char_start - m.sentence_start)]
    later = [int(y) for y in LATER_YEAR.findall(before)]
    if later and year and later[-1] > year:
        return later[-1]
    return ahead[1] if ahead else carried


def _runs_on(prev: Mention | None, m: Mention) -> bool:
    """Whether ``m`` is in ``prev``'s sentence or in a clause run on after its ``；``
    (到2030年，…达到3.5%以上；…城镇化率达到78%左右: one year for both)."""
    if prev is None:
        return False
    if prev.sentence_start == m.sentence_start:
        return True
    end = prev.sentence_start + len(prev.sentence)
    return prev.sentence.rstrip().endswith(("；", ";")) and 0 <= m.sentence_start - end <= 1


def _target(
    m: Mention,
    place: str | None,
    level: str | None,
    year: int | None,
    key: str,
    ind: Indicator | None,
    results: list[Mention],
    when: When,
    ahead: tuple[int, int] | None,
) -> Target:
    """The target ``m`` states for ``year``, with the five-year plan to come its section
    speaks of (``ahead``, as first-last)."""
    lower = bool(ind and ind.lower_is_better) or m.qualifier == Qualifier.AT_MOST
    prior, prior_in = _first_in_unit(results, m, ind)
    return Target(
        target_id=m.mention_id,
        government=place,
        level=level,
        year=year,
        indicator=key,
        in_lexicon=ind is not None,
        metric=m.metric,
        measure=m.measure,
        qualifier=m.qualifier,
        value=m.value,
        value_min=m.value_min,
        value_max=m.value_max,
        unit=m.unit,
        base_unit=m.base_unit,
        direction=m.direction,
        lower_is_better=lower,
        masked=m.masked,
        doc_id=m.doc_id,
        source_file=m.source_file,
        char_start=m.char_start,
        char_end=m.char_end,
        mention_id=m.mention_id,
        text=m.text,
        prior_value=_single(prior_in),
        prior_text=prior.text if prior else None,
        prior_mention_id=prior.mention_id if prior else None,
        period_kind=when[0],
        change_base=when[1],
        plan_period=f"{ahead[0]}-{ahead[1]}" if ahead else None,
    )


def _first_in_unit(
    results: Sequence[Mention | Figure], target: Mention | Target, ind: Indicator | None
) -> tuple[Mention | Figure | None, tuple[float | None, float | None] | None]:
    """The first of ``results`` given in (or convertible to) the target's unit, with the
    interval it allows there."""
    for r in results:
        bounds = _in_unit(r, target, ind)
        if bounds is not None:
            return r, bounds
    return None, None


def _single(bounds: tuple[float | None, float | None] | None) -> float | None:
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


OutcomeKeys = dict[tuple[str | None, int | None, str, str, str | None], Outcome]


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
        result, bounds = _first_in_unit(o.figures, t, _lexicon(t)) if o else (None, None)
        if result is None or bounds is None:
            rate = o.rate if o else None
            implying = rate and can_imply(Role.TARGET, t.measure, t.unit)
            out.append(_derived(t, rate) if rate and implying else t)
            continue
        out.append(
            replace(
                t,
                outcome_value=_single(bounds),
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
