"""Whether a target and an actual of one sentence may be set against each other.

Contract: ``pair_veto(target, actual, written)`` reads the two mentions (their fields,
and the words of each one's own clause before it; ``written`` is the year their document
was written in, ``writing_year``) and gives the name of the first ``PairVeto``
that keeps them apart, or None when they may be one pair. ``within.find_pairs`` asks it
of every target and actual it would pair (and of a total and its part done), after the
unit check it already makes (one base unit and unit family: 人 never meets 人次, % never
个百分点, a count never a percentage). No value is read here, only which of two figures
speak of one year, one place and one kind of quantity.

The vetoes, each a class of language (examples and counter-examples are in
tests/test_pairs_audit.py, which also removes each veto and sees one of its examples
pair again):

- ``period_kind``: a figure of several years (年均, 累计 over years, 五年来, “十四五”期间:
  ``mentions.period_kind`` average, cumulative, several_years) meets only a figure of its
  own kind. A year's target is still met by a stock at a date in that year (截至10月底,
  年末: as_of), which is how reports state progress against the year's aim.
- ``measure``: a change (增长, 提高: measure growth) never meets a level (目标提高0.2%,
  实际达到2.3%: the 2.3% is the level reached, not the rise).
- ``change_base``: two changes of different bases (同比 and 环比, 比2020年) never meet.
  (A change against a level is ``measure``'s.)
- ``named_year``: the year a figure's own clause names (2023年目标, 上年目标任务, 今年已完成,
  到2025年) differs from the other's; a clause that names none speaks of its section's
  year. Not the base of a change (比2023年), the end of a span (2021-2025年) nor a start
  (2023年以来). 去年, 上年, 今年 and 明年 count from the year the document was written
  (``writing_year``: a government's report of 2025 reviews 2024, and its 去年 is 2024); 全年
  and 当年 are the section's own year.
- ``place``: the figures' clauses open with different places (全市目标120亿元，东湖区完成28亿元:
  a district's result is no part of the city's target met); a common noun that ends in a
  level word (老旧小区, 城镇, 工业园区, 各县区) names no place.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from metrics import regex_cache
from metrics.context.change_bases import mention_change_base
from metrics.context.period_kinds import PeriodKind, clause_before, mention_period_kind
from metrics.opening import held_literals
from metrics.records import DocKind, Document, Measure, Mention, Role
from metrics.segment.places import is_masked_place, place_of


class PairVeto(StrEnum):
    """Why two figures of one sentence are no pair (see the module contract)."""

    PERIOD_KIND = "period_kind"
    MEASURE = "measure"
    CHANGE_BASE = "change_base"
    NAMED_YEAR = "named_year"
    PLACE = "place"


# How far back a figure's own clause is read (a clause is short; a long line is not read).
CLAUSE_REACH = 60
# A year a clause names as the figure's own (2023年, 2023年末, 2023年10月底, 到2027年): not
# the base of a change (比2023年, 较2020年), the last year of a span (2021-2025年: the kind
# of period says it is several), nor the start of a stretch (2023年以来).
NAMED_YEAR = regex_cache.compile(r"(?<![比较同与]|\d\s*[-—–~至到]\s*)((?:19|20)\d{2})\s*年(?!以来)")
# A deadline named before a figure, which speaks for the clauses after it in its sentence
# (到2027年，全县累计建成示范线15条; 2027年底前完成改造，累计改造管道260公里; 至2028年):
# a target for that year, not for the plan's. Not the end of a span (2021至2025年,
# 2021年至2025年), nor a stock at a date (截至2025年底: ``period_kinds``'s as_of); an
# earlier year (2000年前建成的小区) is no aim: of several, the latest counts.
DEADLINE = regex_cache.compile(
    r"(?<![截\d]|\d\s*年)(?:到|至)\s*((?:19|20)\d{2})\s*年|((?:19|20)\d{2})\s*年(?:底|末)?以?前"
)
# Years named by their distance from the year of writing (上年目标任务, 去年, 今年已完成,
# 明年: groups 1-3), and the section's own year (全年, 当年: the whole of the year it
# speaks of). Not after 比/较/同 (比上年增长: the base of a change).
RELATIVE_YEAR = regex_cache.compile(
    r"(?<![比较同与])(?:(上一?年|去年)|(今年|本年)|(明年)|当年|全年)"
)
# Words one of which every match of each holds (read from its text): most clauses hold
# none (no 年) and are not scanned.
NAMED_YEAR_HOLDS = held_literals(NAMED_YEAR)
(DEADLINE_HOLDS,) = held_literals(DEADLINE)  # (年: one word, held by every deadline)
RELATIVE_YEAR_HOLDS = held_literals(RELATIVE_YEAR)
# Words that open a clause without naming its scope: 其中东湖区完成28亿元, 二是…, and the
# time before the subject (去年全县完成, 2024年东湖区新增: the year is no part of a place).
OPENERS = regex_cache.compile(
    r"^(?:[一二三四五六七八九十]是|其中|另外|此外|同时|以及|并且|(?:19|20)\d{2}年|[去今明上全当本]年)+"
)
# What follows a place that is the subject of its clause: a verb of result, the figure
# itself (the clause ends: 其中东湖区28亿元), or the other figure's metric (东湖区固定资产投资
# 完成28亿元). A place followed by other words is part of a phrase (引进市外资金, 超额完成省
# 市下达任务), not a subject.
SUBJECT_AFTER = regex_cache.compile(
    r"(?:完成|实现|新增|达到|达|共|累计|已|全年|今年|有|的|[、\s]|$)"
)
# Names that end in a level word yet are common nouns or several places, not one
# government: 老旧小区, 工业园区, 景区, 社区, 城镇, 乡镇; and a determiner or a count right
# before a level word (各县区, 全市, 本县, 两区, 三乡镇: this one, each, several). A place
# whose name opens with such a character (三亚市, 三明市, 本溪县, 多伦县, 两当县, 全椒县) has
# its name's own character before the level word, so it stays a place. An area named by
# what stands in it or by its state is a common noun too, the report's own place's part:
# 建成区 (the built-up area: 建成区新增绿地面积12.8万平方米，完成年度目标12万平方米的106.7%),
# 棚户区, 住宅区 and 居住区, 商业区, 核心区 (棚户区改造目标800户，实际完成860户). Not 开发区 or
# 新区 (东湖经济开发区, 滨海新区 are governed places of their own).
COMMON_AREA = regex_cache.compile(
    r"(?:小|园|景|社|城|片|街|校|矿|灾|山|库|林|牧|示范|保护|功能|服务|集聚|辖"
    r"|建成|棚户|住宅|居住|商业|核心)区$"
    r"|[城乡村集]镇$|^[各全本该我每其此两三多](?:[省市县区镇乡旗]|街道)"
)
# Two kinds of period that may still meet: a year's figure and a stock at a date in it.
YEAR_KINDS = frozenset({PeriodKind.ANNUAL, PeriodKind.AS_OF})


def _clause(m: Mention) -> str:
    return clause_before(m.sentence, m.at_in_sentence, CLAUSE_REACH)


def writing_year(doc: Document) -> int | None:
    """The year ``doc`` was written in, which its 去年 and 今年 count from: a government's
    report is delivered in the year it plans (its review is of the year before); any other
    report is written in the year it sums up (a plan alone, in the year it plans)."""
    if doc.kind == DocKind.GOVERNMENT_REPORT:
        if doc.plan_year is None and doc.summary_year is not None:
            return doc.summary_year + 1
        return doc.plan_year
    return doc.summary_year if doc.summary_year is not None else doc.plan_year


def _clause_years(m: Mention, written: int | None) -> list[tuple[int, int | None]]:
    """(position, year) of each word of ``m``'s own clause that names a year (see
    ``figure_year``)."""
    clause = _clause(m)
    found: list[tuple[int, int | None]] = []
    if any(n in clause for n in NAMED_YEAR_HOLDS):
        found = [(y.start(), int(y.group(1))) for y in NAMED_YEAR.finditer(clause)]
    if not any(n in clause for n in RELATIVE_YEAR_HOLDS):
        return found
    for r in RELATIVE_YEAR.finditer(clause):
        group = next((i for i in (1, 2, 3) if r.group(i)), None)
        if group is None:  # 全年, 当年
            found.append((r.start(), m.year))
        elif written is not None:  # group 1 is the year before, 2 this one, 3 the next
            found.append((r.start(), written + group - 2))
    return found


def figure_year(m: Mention, written: int | None) -> int | None:
    """The year ``m``'s own clause names (its last such word), else its section's
    (``m.year``); ``written`` is its document's ``writing_year`` (None: a document that
    names no year, whose 去年 and 今年 are not read)."""
    found = _clause_years(m, written)
    return max(found)[1] if found else m.year


def aim_year(m: Mention, written: int | None) -> int | None:
    """The later year a target aims at (``mentions.aim_year``), or None: the year its own
    clause names (``figure_year``: 2026年新建充电桩500个), else a deadline its sentence
    names before it (``DEADLINE``: 到2027年…，累计建成15条), when that year is later than
    its section's (``m.year``: the plan's year). A clause that names the year it speaks
    of (今年新建5条, 全年) is of that year, whatever deadline the sentence named before."""
    if m.role != Role.TARGET or m.year is None:
        return None
    found = _clause_years(m, written)
    if found:
        year = max(found)[1]
    else:
        before = m.words_before
        deadlines = (
            []
            if DEADLINE_HOLDS not in before
            else [int(d.group(1) or d.group(2)) for d in DEADLINE.finditer(before)]
        )
        year = max(deadlines, default=None)  # 到2027年完成2000年前建成的…: 2027
    return year if year is not None and year > m.year else None


def figure_place(m: Mention, other_metric: str | None = None) -> str | None:
    """The place that is the subject of ``m``'s own clause (``segment.places.place_of``
    at its opening, followed by ``SUBJECT_AFTER`` or by ``other_metric``), else None; a
    masked place (xx街道: the report's own, most often) is none that can be told apart."""
    clause = OPENERS.sub("", _clause(m).strip(), count=1)
    place = place_of(clause)
    if place is None or COMMON_AREA.search(place) or is_masked_place(place):
        return None
    rest = clause[clause.find(place) + len(place) :]
    if SUBJECT_AFTER.match(rest) or (other_metric and rest.startswith(other_metric)):
        return place
    return None


def _kinds_differ(a: Mention, b: Mention, _written: int | None) -> bool:
    ka, kb = mention_period_kind(a), mention_period_kind(b)
    return ka != kb and not {ka, kb} <= YEAR_KINDS


def _measures_differ(a: Mention, b: Mention, _written: int | None) -> bool:
    return (a.measure == Measure.GROWTH) != (b.measure == Measure.GROWTH)


def _bases_differ(a: Mention, b: Mention, _written: int | None) -> bool:
    growths = a.measure == Measure.GROWTH and b.measure == Measure.GROWTH
    return growths and mention_change_base(a) != mention_change_base(b)


def _years_differ(a: Mention, b: Mention, written: int | None) -> bool:
    return figure_year(a, written) != figure_year(b, written)


def _places_differ(a: Mention, b: Mention, _written: int | None) -> bool:
    return figure_place(a, b.metric_key) != figure_place(b, a.metric_key)


# The vetoes in the order they are asked (cheapest first), each of the two figures and
# their document's ``writing_year``; tests remove one at a time.
VETOES: dict[PairVeto, Callable[[Mention, Mention, int | None], bool]] = {
    PairVeto.PERIOD_KIND: _kinds_differ,
    PairVeto.MEASURE: _measures_differ,
    PairVeto.CHANGE_BASE: _bases_differ,
    PairVeto.NAMED_YEAR: _years_differ,
    PairVeto.PLACE: _places_differ,
}


def pair_veto(a: Mention, b: Mention, written: int | None) -> PairVeto | None:
    """The first veto that keeps ``a`` and ``b`` from one pair, or None; ``written`` is
    their document's ``writing_year``."""
    for name, differ in VETOES.items():
        if differ(a, b, written):
            return name
    return None
