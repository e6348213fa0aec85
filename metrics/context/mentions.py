"""The mentions of one section: every figure with its value, role, metric and period.

Contract: ``section_mentions(scope)`` reads the section ``scope`` names once for its
figures and target passages, then sentence by sentence (``SentenceView``: the sentence, its
figures and periods, read once) gives each figure its role, measure, metric and period;
what the figures before it in the sentence leave (``FigureCarry``) and what the sentence
before leaves (``SentenceCarry``) decide what a figure whose own words name nothing
counts. Mentions come in text order, spans in original offsets.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache
from typing import Final

from metrics import regex_cache
from metrics.context.cells import column_year, table_cell
from metrics.context.change_bases import change_base
from metrics.context.figure import (
    meaning_of,
    metric_of,
    move_past,
    respective_for,
    still_dealt,
)
from metrics.context.keys import metric_key
from metrics.context.period_kinds import period_kind
from metrics.context.periods import clause_year, figure_period, find_periods
from metrics.context.state import (
    FigureCarry,
    Meaning,
    SectionScope,
    SentenceCarry,
    SentenceView,
)
from metrics.normalize import Normalized, only_page_chrome
from metrics.passages import target_passages
from metrics.periods import PeriodCarry, period_label
from metrics.records import DocKind, Mention, Role, SectionKind, mention_id
from metrics.resolve import resolve
from metrics.rules import Candidate, find_candidates
from metrics.rules.breaks import stands_in
from metrics.rules.metrics import MetricRuleName, enabled
from metrics.rules.roles import RoleRuleName
from metrics.segment.grid import may_hold_cells
from metrics.segment.lines import HAS_ADVERT
from metrics.segment.sentences import split_sentences

# A section's figures share a few periods: each is labelled once.
_period_label: Final = lru_cache(maxsize=256)(period_label)


def section_mentions(scope: SectionScope) -> Iterator[Mention]:
    """The mentions of ``scope``'s section, in text order (see the module contract)."""
    text = scope.norm.text
    # one scan of the whole section, then the figures are dealt out to their sentences
    cands = tuple(find_candidates(text, scope.start, scope.end))
    # whatever the section; in a plan a pledge speaks for its sentence's clauses after it
    planned = scope.kind == SectionKind.PLAN or scope.doc.kind == DocKind.KEY_POINTS
    passages = target_passages(text, scope.start, scope.end, planned=planned)
    k = 0
    before = SentenceCarry()
    periods = PeriodCarry()  # 截至10月，A完成X；B完成Y: the period runs on across ；
    for s_start, s_end in split_sentences(text, scope.start, scope.end, scope.breaks):
        carried_in = before.carried_in(text, s_start)
        before.end, before.metric = s_end, None
        while k < len(cands) and cands[k].start < s_start:
            k += 1  # between sentences (white space) or across a boundary: not a figure
        stop = k
        while stop < len(cands) and cands[stop].start < s_end:
            stop += 1
        view = _view(scope.norm, cands, k, stop, s_start, s_end, periods, carried_in)
        k = stop
        if view is None:
            continue
        carry = FigureCarry()
        for i in range(view.first, view.stop):
            if cands[i].end > s_end:
                continue
            mention = _figure(scope, view, i, passages, carry)
            before.metric, before.unit = mention.metric, mention.unit
            yield mention


def _view(
    norm: Normalized,
    cands: tuple[Candidate, ...],
    first: int,
    stop: int,
    s_start: int,
    s_end: int,
    periods: PeriodCarry,
    carried_in: tuple[str | None, str],
) -> SentenceView | None:
    """The sentence at ``[s_start, s_end)`` read once, with ``periods`` moved past it;
    None when it holds no figure, or only the page around the report (a byline's clock)."""
    sentence = norm.text[s_start:s_end]
    stands_in(sentence, norm.text, s_start)  # (its breaks, periods read from the text's)
    figures = stop > first
    found = find_periods(sentence) if figures or periods.may_open(sentence) else []
    carried_period = periods.carried(sentence)
    # the period open at its end (one a clause of the whole year closed is none)
    periods.after(sentence, figure_period(found, carried_period, sentence, len(sentence)))
    if not figures or HAS_ADVERT(sentence) or only_page_chrome(sentence):
        return None
    o_start, o_end = norm.span(s_start, s_end)
    return SentenceView(
        start=s_start,
        text=sentence,
        original=norm.original[o_start:o_end],
        o_start=o_start,
        cands=cands,
        first=first,
        stop=stop,
        periods=tuple(found),
        carried_period=carried_period,
        carried_in=carried_in,
        respectively="分别" in sentence,
        tabbed=may_hold_cells(sentence),
    )


def _figure(
    scope: SectionScope,
    view: SentenceView,
    k: int,
    passages: list[tuple[int, int]],
    carry: FigureCarry,
) -> Mention:
    """The mention of the figure ``view.cands[k]``; ``carry`` moves past it."""
    cell = table_cell(scope.norm.text, view.cands[k]) if view.tabbed else None
    cand = cell.candidate if cell else view.cands[k]
    rel_start, rel_end = cand.start - view.start, cand.end - view.start
    resolved = resolve(cand, view.text, rel_start)  # (the sentence's breaks found once)
    meaning = meaning_of(scope, view, cand, resolved, cell, passages, carry)
    if not (meaning.joined or still_dealt(view, cand, carry)):
        dealt = view.respectively and enabled(MetricRuleName.RESPECTIVE)
        found = respective_for(view, k, carry) if dealt else ()
        carry.subjects = found or carry.subjects
        carry.respective = list(found)
    metric, rule, span, phrase = metric_of(scope.norm, view, k, meaning, carry)
    if cell and enabled(MetricRuleName.TABLE_ROW):
        metric = phrase = scope.norm.original_slice(*cell.cell.name)  # the row names it
        rule = MetricRuleName.TABLE_ROW
    year = column_year(cell.cell.column, scope.year) if cell else None
    if year is None:
        year = _year(scope, meaning, view.text, cand.start - view.start)
    mention = _record(scope, view, cand, meaning, metric, rule, phrase, year)
    if cell and cell.cell.revised_by is not None and meaning.role is Role.TARGET:
        # a budget the row's adjusted budget replaces (grid ``REVISED_BUDGET``): summed once
        revised = scope.norm.span(cell.cell.revised_by, cell.cell.revised_by + 1)[0]
        mention = replace(mention, part_of=mention_id(scope.doc.doc_id, revised))
    move_past(view.text, rel_start, rel_end, span, metric, meaning, carry)
    carry.phrase = phrase
    return mention


def _record(
    scope: SectionScope,
    view: SentenceView,
    cand: Candidate,
    meaning: Meaning,
    metric: str | None,
    rule: MetricRuleName,
    phrase: str | None,
    year: int | None,
) -> Mention:
    """The row of the figure ``cand`` of ``view``, in original offsets, of ``year``."""
    resolved = meaning.resolved
    o_start, o_end = scope.norm.span(cand.start, cand.end)
    period = figure_period(view.periods, view.carried_period, view.text, cand.start - view.start)
    return Mention(
        mention_id=mention_id(scope.doc.doc_id, o_start),
        doc_id=scope.doc.doc_id,
        source_file=scope.doc.source_file,
        char_start=o_start,
        char_end=o_end,
        text=scope.norm.original[o_start:o_end],
        sentence=view.original,
        sentence_start=view.o_start,
        section=str(scope.kind),
        year=year,
        period=period,
        value=resolved.value,
        value_min=resolved.value_min,
        value_max=resolved.value_max,
        masked=resolved.masked,
        mask=resolved.mask,
        unit=resolved.unit,
        unit_family=resolved.unit_family,
        base_unit=resolved.base_unit,
        base_value=resolved.base_value,
        qualifier=resolved.qualifier,
        role=str(meaning.role),
        direction=meaning.direction,
        metric=unwrapped(metric),
        metric_key=metric_key(metric),
        rule=cand.rule,
        department=scope.doc.department,
        note=resolved.reason,
        measure=str(meaning.measure),
        target_passage=meaning.passage,
        role_rule=str(meaning.role_rule),
        metric_rule=str(rule),
        qualifier_rule=str(resolved.qualifier_rule),
        period_label=_period_label(period, scope.year),
        metric_phrase=unwrapped(phrase),
        period_kind=str(period_kind(period, view.text, cand.start - view.start)),
        change_base=_base(meaning, view, cand, scope.year),
    )


# roles that speak of a year to come, not of the year a review's clause names
AIMS: Final = frozenset({Role.TARGET, Role.FORECAST})
# A PDF's line break inside a phrase (社会\n消费品零售总额, 地区生产总\n值) is the page's,
# not the writer's: the phrase is read as one line.
LINE_WRAP: Final = regex_cache.compile(r"[ \t]*\n[ \t]*")
# print_space_in_name: a space between two Han characters of a name (社会消费品零 售总额,
# 城镇居民人均可支配 收入, a bare threshold's 10亿元 以上企业) is the page's too: Chinese sets
# no space between words; so is one between two digits of a number inside a name (50 00万元
# 以上企业: a threshold's figure split by print, whose value is read whole). Spaces between a
# digit or a Latin letter and a Han character stay (PM2.5 浓度, 5G 基站).
HAN_SPACE: Final = regex_cache.compile(
    r"(?<=\p{Han})[ \t\u3000]+(?=\p{Han})|(?<=\d)[ \t\u3000]+(?=\d)"
)
SPACES: Final = frozenset(" \t\u3000")


def unwrapped(phrase: str | None) -> str | None:
    """``phrase`` without the line breaks (and the spaces around them) and the spaces
    between Han characters or digits that print put in it (``HAN_SPACE``)."""
    if not phrase:
        return phrase
    if "\n" in phrase:
        phrase = LINE_WRAP.sub("", phrase)
    return HAN_SPACE.sub("", phrase) if not SPACES.isdisjoint(phrase) else phrase


def _year(scope: SectionScope, meaning: Meaning, sentence: str, upto: int) -> int | None:
    """The year of a figure that stands in no table column naming one (``cells.column_year``:
    2023年执行数, 上年决算数 — that year, whatever the section's): its section's (or, where
    the section has none, the year its clause opens with), or for last year's result quoted
    in a plan (``roles.DONE_LAST_YEAR``: 去年全县新增城镇就业4120人, 2025年，全市… in the
    plan for 2026) the year before the plan's, or in a review the earlier year its clause opens with
    (``periods.clause_year``: 2024年全县完成… in the review of 2025; a goal keeps its
    section's, its later year is ``aim_year``'s)."""
    if meaning.role_rule != RoleRuleName.DONE_LAST_YEAR:
        if scope.year is None:
            # a section of no one year (a plan of several, 三年行动方案（2024—2026年）): the
            # year its clause opens with, where one does (2024年，新建…；2025年，新建…)
            return clause_year(sentence, upto)
        if scope.kind != SectionKind.SUMMARY or meaning.role in AIMS:
            return scope.year
        named = clause_year(sentence, upto)
        return named if named is not None and named < scope.year else scope.year
    planned = scope.doc.plan_year or scope.year
    return scope.year if planned is None else planned - 1


def _base(meaning: Meaning, view: SentenceView, cand: Candidate, year: int | None) -> str | None:
    """The base of the figure's change (``context.change_bases``), None for no growth."""
    upto = cand.start - view.start
    base = change_base(str(meaning.measure), str(meaning.role_rule), view.text, upto, year)
    return None if base is None else str(base)
