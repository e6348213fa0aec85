"""The targets and outcomes of one file's government work reports (``file_targets``): each
report's first figure of an indicator stated as a target, with last year's result it
states in its review, and the results it states for the year before it. A figure whose own
clause names another place than the report's (``mentions.figure_place``: a county's growth
in a city's review, ``pairs.figure_places.foreign_place``) is neither: it is that place's."""

from __future__ import annotations

from collections.abc import Sequence

from metrics.context.change_bases import mention_change_base
from metrics.context.period_kinds import MULTI_YEAR_KINDS, mention_period_kind
from metrics.implied import implies
from metrics.lexicon.indicators import Indicator
from metrics.pairs.figure_places import foreign_place
from metrics.records import DocKind, Document, Measure, Mention, Qualifier, Role
from metrics.segment.places import is_masked_place
from metrics.targets.indicators import indicator_and_key, joint_parts, rated_key
from metrics.targets.intervals import first_in_unit, single
from metrics.targets.records import Outcome, Target, figure_of
from metrics.targets.stated import (
    assigned_from_above,
    own_scopes,
    period_ahead,
    quoted_from_higher,
    reviewed_year,
    runs_on,
    stated_as,
    stretch_goal,
    target_year,
    the_nation_s,
)

# Roles of a stated result (not a target, an expectation or a rate of completion).
RESULT_ROLES = frozenset({Role.ACTUAL, Role.GROWTH, Role.SHARE, Role.RATE})


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
        doc = reports.get(m.doc_id)
        if doc is None:
            continue
        if m.figure_place is not None and foreign_place(m.figure_place, doc.level, doc.place):
            continue  # another place's figure (东湖县…增长7.2% in a city's review): not its
        by_doc.setdefault(m.doc_id, []).append(m)
    for doc_id, ms in by_doc.items():
        place, level, year = government_of(reports[doc_id])
        parts = joint_parts(ms)
        result_after = _results_after_targets(ms)
        recalled = frozenset(
            m.mention_id
            for m in ms
            if m.role == Role.TARGET
            and reviewed_year(m, year, m.mention_id in result_after) is not None
        )
        reviewed = None if year is None else year - 1
        results, rates = _first_results(ms, parts, recalled, reviewed)
        own = own_scopes(ms, level)
        seen: set[tuple[int | None, str, str, str | None, bool]] = set()
        prev: Mention | None = None
        t_year = year
        # (targets assigned from above wait for the report's own: ``ASSIGNED``)
        waiting: list[tuple[tuple[int | None, str, str, str | None, bool], Target]] = []
        for m in ms:
            if m.role != Role.TARGET or stated_as(m, year) is None:
                continue
            if quoted_from_higher(m, level, own) or the_nation_s(m):
                continue  # 今年全省…增长6%左右 in a county's report: the province's target
            ind, key = indicator_and_key(m, parts)
            ahead = period_ahead(m, year)
            carried = t_year if runs_on(prev, m) else year
            t_year = target_year(m, year, ahead, carried, m.mention_id in result_after)
            prev = m
            when = _when(m)
            # (a stretch goal beside a floor of its indicator is a row of its own)
            tier = (t_year, key, *when, stretch_goal(m))
            if not key or tier in seen:
                continue
            found = results.get((key, *when), [])
            target = _target(m, place, level, t_year, key, ind, found, when, ahead)
            if assigned_from_above(m):
                waiting.append((tier, target))
                continue
            seen.add(tier)
            targets.append(target)
        for tier, target in waiting:
            if tier not in seen:
                seen.add(tier)
                targets.append(target)
        if place and year:
            keys = dict.fromkeys([*results, *rates])
            outcomes += [
                _outcome(place, year - 1, k, results.get(k, []), rates.get(k)) for k in keys
            ]
    return targets, outcomes


def _results_after_targets(mentions: list[Mention]) -> set[str]:
    """The targets (their mention ids) that a result of their own sentence follows: in a
    table's row, the target column before the results' (年度目标 / 完成情况)."""
    out: set[str] = set()
    pending: list[Mention] = []
    for m in mentions:
        if pending and pending[-1].sentence_start != m.sentence_start:
            pending = []
        if m.role == Role.TARGET:
            pending.append(m)
        elif m.role in RESULT_ROLES:
            out.update(t.mention_id for t in pending)
            pending = []
    return out


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


def _first_results(
    mentions: list[Mention],
    parts: dict[str, str],
    recalled: frozenset[str] = frozenset(),
    reviewed: int | None = None,
) -> tuple[Results, Results]:
    """The stated results of each indicator and kind of period in a report, in reading
    order: the review before its first target passage (a target the review recalls,
    ``recalled``, is none: 预期增长6%左右，实际增长3.2%), leaving out figures of several
    years (``年均增长6%``, ``“十四五”期间累计``, a period of five years:
    ``period_kinds.MULTI_YEAR_KINDS``) and figures of a year before the one ``reviewed``
    (a review's table of indicators by year, 指标 / 2022年 / 2023年 in the report of 2024:
    the column of 2022 is no result of 2023, ``cells.column_year``); and the completion
    rates in percent stated there of each level indicator (城镇新增就业完成年度目标任务的112%)."""
    out: Results = {}
    rates: Results = {}
    for m in mentions:
        if m.mention_id in recalled:
            continue  # a target the review recalls (预期增长6%，实际增长3.2%): it goes on
        if m.target_passage:
            break  # the plan has begun: what follows is no result of the year before
        if reviewed is not None and m.year is not None and m.year < reviewed:
            continue  # an earlier year's figure (a table's column of that year)
        when = _when(m)
        if when[0] in MULTI_YEAR_KINDS or m.measure == Measure.THRESHOLD:
            continue
        if implies(m.role, m.unit):
            key = rated_key(m)
            if key:
                rates.setdefault((key, *when), []).append(m)
            continue
        key = indicator_and_key(m, parts)[1] if m.role in RESULT_ROLES else ""
        if key:
            out.setdefault((key, *when), []).append(m)
    return out, rates


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
    prior, prior_in = first_in_unit(results, m, ind)
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
        prior_value=single(prior_in),
        prior_text=prior.text if prior else None,
        prior_mention_id=prior.mention_id if prior else None,
        period_kind=when[0],
        change_base=when[1],
        plan_period=f"{ahead[0]}-{ahead[1]}" if ahead else None,
    )
