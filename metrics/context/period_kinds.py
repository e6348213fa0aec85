"""The kind of period a figure covers: one year, a yearly average over several, a running
total, a stock at a date, or several years at once.

Contract: ``period_kind(period, before)`` reads the figure's period as the meaning layer
found it (``mentions.period``: its own, carried, or a five-year section's years) and the
words of its sentence before it, and gives a ``PeriodKind``; no new word of meaning is
decided here, only which of the words already before a figure say that it is no single
year's. The derived tables (statistics, trends, plan links, targets) keep it in their
keys, so that 年均增长7% and 增长7% of one indicator are two rows and never one
comparison. The cues, tried in this order (the first that holds decides):

- ``average`` (``AVERAGE``): 年均, 年平均, 平均每年 in the figure's own clause — a yearly
  average over several years (全区生产总值年均增长5%以上; “十四五”期间年均新增城镇就业1.2万人;
  平均每年新建农村公路300公里). Not a year's mean of readings (细颗粒物年均浓度27微克/立方米,
  年均气温: the year's own figure), nor 人均 (a per-capita figure).
- ``cumulative`` (``RUNNING_TOTAL``): 累计 in the figure's own clause — a total since a
  start or over several years (五年累计完成固定资产投资312亿元; 城镇新增就业累计33万人;
  累计改造老旧小区142个). Not when the figure's period or clause keeps it inside one year
  (全年累计接待游客520万人次, 1-10月累计完成投资: a year's or its months' total), which
  then read on.
- ``as_of`` (``POINT``): the figure's period or clause names a point in time — 截至/截止,
  the end of a year, month or quarter (截至10月底，市场主体达2.1万户; 年末全市常住人口128万人;
  到年底，存款余额突破500亿元): a stock on that date. Not a deadline (年底前完成改造120户:
  the year's work), a month's own figure (10月份), nor a point that is the base of a change
  (比2020年末增加640家: ``POINT_AS_BASE``).
- ``several_years`` (``SEVERAL_YEARS``, ``YEARS_SPAN``): the sentence opens a stretch of
  several years before the figure (五年来, 过去五年, 今后五年, “十四五”期间, “十四五”以来,
  2021-2025年, 连续三年), or the figure stands under a section on a five-year plan (period
  ``2021-2025``): a level reached by its end or a sum over it, no single year's. Not a
  plan named by its years (“十四五”规划: a name, not a stretch of time), nor a figure whose
  own clause turns to one year (五年来，年均增长6.1%，全年增长5.8%: ``WITHIN_YEAR``).
- ``annual``: none of these — a year's figure, or a part of one (its months are in
  ``mentions.period_label``).
"""

from __future__ import annotations

from enum import StrEnum
from functools import lru_cache
from typing import Final

from metrics import regex_cache
from metrics.context.periods import YEARLY_AVERAGE
from metrics.records import Mention
from metrics.rules import exclusions
from metrics.rules.cue_hits import sentence_matches


class PeriodKind(StrEnum):
    """What stretch of time a figure covers (see the module contract)."""

    ANNUAL = "annual"
    AVERAGE = "average"
    CUMULATIVE = "cumulative"
    AS_OF = "as_of"
    SEVERAL_YEARS = "several_years"


# Kinds of a figure of several years: no single year's result nor target, so that they
# take no part in a comparison of one year with another (trends, a year's outcome).
MULTI_YEAR_KINDS: Final = (
    frozenset({PeriodKind.AVERAGE, PeriodKind.CUMULATIVE, PeriodKind.SEVERAL_YEARS})
)

# 年均 and its wordings (periods.YEARLY_AVERAGE), but not before a measured level the year
# averages (浓度, 气温, 降水量, 值): that is the year's own mean.
AVERAGE: Final = regex_cache.compile(
    rf"(?:{'|'.join(YEARLY_AVERAGE)})(?![\p{{Han}}]{{0,3}}?(?:浓度|气温|温度|降水|降雨|湿度|值))"
)
RUNNING_TOTAL: Final = regex_cache.compile(r"累计")
# Words that keep a running total, or a figure after a stretch of years, inside one year
# (全年累计, 今年以来累计; 五年来…，全年增长5.8%).
WITHIN_YEAR: Final = regex_cache.compile(r"全年|今年|当年|年初以来|年初至今|本年")
# A point in time: 截至/截止 (a date follows), and the end of a year, month, quarter or
# five-year plan (年末, 10月底, 季末, “十四五”末), not a deadline (年底前).
POINT: Final = regex_cache.compile(r"截至|截止|(?:年|月|季|期|五[”\"]?)(?:末|底)(?!前)")
# A point named as the base of a change (比2020年末增加640家): the figure is the change
# since then, not a stock on that date.
POINT_AS_BASE: Final = regex_cache.compile(r"(?:比|较|同)[^，,；;]{0,8}?(?:年|月|季)(?:末|底)")
# The opening of a stretch of several years before the figure in its sentence.
SEVERAL_YEARS: Final = regex_cache.compile(
    r"[二三四五六七八九十两]年(?:来|间|以来)|(?:过去的?|近|今后|未来)[二三四五六七八九十两]年"
    r"|十[一二三四五]五[”\"]?(?:时期|期间|以来)|(?:19|20)\d{2}\s*[-—–~至到]\s*(?:19|20)\d{2}年"
    r"|连续[\d二三四五六七八九十两]+年"
)
YEARS_SPAN: Final = regex_cache.compile(r"(?:19|20)\d{2}-(?:19|20)\d{2}")


# How far back a figure's clause is looked for: a clause is short, and a figure of a very
# long line must not read the whole line before it (which would be quadratic).
CLAUSE_REACH: Final = 160


def clause_before(sentence: str, upto: int, reach: int) -> str:
    """``rules.exclusions.clause_before`` of a sentence (``line_break_ends=False``), under
    the name ``pairs.comparable`` imports (not this branch's file: it may call that one
    and this go)."""
    return exclusions.clause_before(sentence, upto, reach, line_break_ends=False)


def period_kind(period: str | None, sentence: str, upto: int) -> PeriodKind:
    """The kind of a figure whose period is ``period`` and which stands at ``upto`` in
    ``sentence`` (see the module contract)."""
    # (each pattern is asked only where the characters every match of it holds are there:
    # 均 in each average wording, 累计, one of 截末底 in a point, - in a span of years;
    # tests/test_stats_period_kinds.py holds those characters to the patterns)
    # (a clause break ends the words that speak of this figure; a line break, a PDF's
    # wrap inside the sentence, does not)
    clause = exclusions.clause_before(sentence, upto, CLAUSE_REACH, line_break_ends=False)
    if "均" in clause and AVERAGE.search(clause):
        return PeriodKind.AVERAGE
    period = period or ""
    if "累计" in clause and RUNNING_TOTAL.search(clause) and not _within_year(period, clause):
        return PeriodKind.CUMULATIVE
    if (_may_hold_point(period) and POINT.search(period)) or (
        _may_hold_point(clause) and POINT.search(POINT_AS_BASE.sub("", clause))
    ):
        return PeriodKind.AS_OF
    if "-" in period and YEARS_SPAN.fullmatch(period):
        return PeriodKind.SEVERAL_YEARS
    opened = _several_years_at(sentence)
    if opened is not None and opened < upto and not WITHIN_YEAR.search(clause):
        return PeriodKind.SEVERAL_YEARS
    return PeriodKind.ANNUAL


POINT_CHARS: Final = frozenset("截末底")  # every match of POINT holds one of them


def _may_hold_point(text: str) -> bool:
    return not POINT_CHARS.isdisjoint(text)


def _several_years_at(sentence: str) -> int | None:
    """Where the first stretch of several years opens in ``sentence`` (``SEVERAL_YEARS``),
    read from the scan of the text it stands in where it was said (``cue_hits``), else
    once a sentence; None when none does."""
    last = _LAST_OPENED.get(id(sentence))
    if last is not None and last[0] is sentence:
        return last[1]  # (the sentence's figures ask in turn)
    found = sentence_matches(SEVERAL_YEARS, sentence)
    if found is None:
        return _several_years_alone(sentence)
    opened = found[0][0] if found else None
    _LAST_OPENED.clear()
    _LAST_OPENED[id(sentence)] = (sentence, opened)
    return opened


# The sentence asked last, by identity (it is held, so its id is not another's).
_LAST_OPENED: Final[dict[int, tuple[str, int | None]]] = {}


# A sentence's figures ask in turn (a str keeps its hash): a few sentences are enough, and
# no more are held (a sentence may be a whole long line).
@lru_cache(maxsize=16)
def _several_years_alone(sentence: str) -> int | None:
    found = SEVERAL_YEARS.search(sentence)
    return found.start() if found else None


def _within_year(period: str, clause: str) -> bool:
    """Whether a running total is kept inside one year by its period or clause."""
    span = "-" in period and YEARS_SPAN.fullmatch(period)  # (every span holds its -)
    if period and not span and not SEVERAL_YEARS.search(period):
        return True  # 1-10月, 前三季度, 截至10月底, 今年以来
    return WITHIN_YEAR.search(clause) is not None


def mention_period_kind(m: Mention) -> str:
    """A mention's ``period_kind``: the one it was given, else read from its period and
    sentence (a record made by hand, or read from a run older than the column)."""
    if m.period_kind:
        return m.period_kind
    return str(period_kind(m.period, m.sentence, m.at_in_sentence))
