"""Roles as an ordered list of named rules: what a figure is (a result, a target, a
completion, a growth, a share, a forecast), from the words around it and its section.

Contract: ``decide_role(RoleInput)`` tries ``ROLE_RULES`` in order and returns the first
rule's decision (role, direction, the rule's name); the last rule, ``no_cue``, always
decides (a result). Every rule has examples (a sentence with its figure in brackets,
``同比增长[6.5%]``) that it decides with its role, counter-examples it must not decide, and
why; ``tests/test_roles.py`` runs them and checks that disabling any one rule changes the
role of at least one of its own examples. The cue patterns are in ``role_cues``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from typing import Final

import regex

from metrics import regex_cache
from metrics.gates import FirstChars, Guard, may_open_in
from metrics.lexicon.units import counts_noun_after
from metrics.records import Role, SectionKind
from metrics.rules.breaks import last_break
from metrics.rules.cue_hits import may_match
from metrics.rules.exclusions import CLAUSE_BREAK
from metrics.rules.role_cues import (
    AHEAD_OPENS,
    BASE_AFTER,
    BEAT_TASK_BEFORE,
    BEAT_TASK_CHARS,
    BENCHMARK_CHARS,
    BENCHMARK_CUE,
    BUILT_AFTER,
    CHANGED_TO_BEFORE,
    COMPLETION_CUE,
    DEADLINE_AFTER,
    DONE_AFTER_TARGET,
    DONE_CUE,
    DOUBLED,
    DOWN,
    EXCEEDED,
    FOLLOWED_PLAN,
    FORECAST_CUE,
    FROM_BEFORE,
    GOAL_BEFORE,
    GROWTH_CUE,
    MULTIPLE_OF_BASE,
    NAMED_RATE,
    NOW_BEFORE,
    NOW_WORD,
    PIPELINE_PROJECTS,
    PLAN_VERB,
    PLEDGE_CHARS,
    PLEDGE_REACH,
    PLEDGE_VERB,
    PROJECT_AFTER,
    PROJECT_NOUN,
    PROJECT_PLAN_CUE,
    PROJECTS_COUNTED,
    SHARE_CUE,
    SHARE_OF_LONG_WHOLE,
    SIZE_BEFORE,
    SIZE_CHARS,
    SIZE_ONLY_PLAN,
    STILL_TO_DO,
    TARGET_AFTER,
    TARGET_AFTER_OPENERS,
    TARGET_CUE,
    TO_AFTER,
    WHOLE_ENDS,
    YEAR_AS_WHOLE,
)

# How far back context is read: cues further away than this do not reach a figure, and
# the bound keeps a sentence of thousands of figures linear.
REACH: Final = 300
# Cues anchored at the words' end (or held words, 由/从, 占), asked through their Guards:
# words whose last character closes no match, or holding none of the words, are not
# searched (gates of calls19; the cues are role_cues' as they were).
BENCHMARK_AT, BEAT_TASK_AT = Guard(BENCHMARK_CUE), Guard(BEAT_TASK_BEFORE)
SIZE_AT, FROM_AT, SHARE_AT = Guard(SIZE_BEFORE), Guard(FROM_BEFORE), Guard(SHARE_CUE)
# 成: tenths (完成全年目标任务的九成 is a completion of 90 %)
# (a fraction, 完成全年目标的三分之二, is a share of the target as a percentage is: unit ratio)
RELATIVE_UNITS: Final = ("%", "个百分点", "百分点", "倍", "成", "ratio")


class RoleRuleName(StrEnum):
    """The name of each role rule, as written to the ``role_rule`` column. Besides these,
    the pipeline writes ``table_column`` (a table's column names the role), ``joined`` (a
    figure joined to the one before takes its role) and ``passage:<cue>`` (a target
    passage of ``metrics.passages`` made the figure a target)."""

    PLEDGED_RATE = "pledged_rate"
    NAMED_RATE = "named_rate"
    ACHIEVED_GROWTH = "achieved_growth"
    TARGET_OF_COMPLETION = "target_of_completion"
    COMPLETION_CUE = "completion_cue"
    PART_OF_YEAR = "part_of_year"
    RATE_OF_STATED_TARGET = "rate_of_stated_target"
    SHARE_OF_STATED_WHOLE = "share_of_stated_whole"
    FORECAST_CUE = "forecast_cue"
    FORECAST_CARRIED = "forecast_carried"
    BASE_BUILT_ON = "base_built_on"
    CHANGE_FROM = "change_from"
    DONE_LAST_YEAR = "done_last_year"
    STOCK_IN_PLAN = "stock_in_plan"
    DONE_TO_DATE = "done_to_date"
    PLAN_SECTION = "plan_section"
    TIME_AHEAD = "time_ahead"
    GOAL_BEFORE_GROWTH = "goal_before_growth"
    BENCHMARK_CUE = "benchmark_cue"
    MULTIPLE_OF_PAST = "multiple_of_past"
    MULTIPLE_OF_BENCHMARK = "multiple_of_benchmark"
    GROWTH_CUE = "growth_cue"
    SHARE_CUE = "share_cue"
    SHARE_PUT_TO = "share_put_to"
    BEAT_TARGET = "beat_target"
    UNDER_TARGET = "under_target"
    TARGET_CUE = "target_cue"
    DOUBLING = "doubling"
    COUNTED_PROJECTS = "counted_projects"
    PROJECT_PLAN = "project_plan"
    TARGET_AFTER = "target_after"
    TARGET_NAMED_AFTER = "target_named_after"
    SET_AT_START = "set_at_start"
    DEADLINE_AFTER = "deadline_after"
    SIZED_PROJECT = "sized_project"
    NO_CUE = "no_cue"
    # decided in the pipeline, around the rules above
    TABLE_COLUMN = "table_column"
    JOINED = "joined"
    TARGET_PASSAGE = "target_passage"


@dataclass(frozen=True, slots=True)
class RoleInput:
    """The figure at ``sentence[start:end]`` and what is read around it; the sentence
    stands at ``offset`` in ``text`` (the section's or the document's normalised text,
    which the cues are scanned in once: ``cue_hits``)."""

    sentence: str
    start: int
    end: int | None
    unit: str
    planned: bool  # a plan section or a key-points document
    before: str  # up to REACH characters before the figure
    clause: str  # the figure's own clause, before it
    near: str  # the 14 characters right before the figure
    text: str
    offset: int
    plan_year: int | None = None  # the year the document plans for, where it says
    # a year's review with the next year's plan (kind summary+plan), written at the year's
    # end: its 今年 is the year reviewed, its 明年 the year planned
    year_end: bool = False

    # Written out for the compiled build, as ``records.Mention``'s is (a field set in C, not a
    # call of ``object.__setattr__`` a field); ``tests/test_records.py`` holds it to the fields.
    def __init__(
        self,
        sentence: str,
        start: int,
        end: int | None,
        unit: str,
        planned: bool,
        before: str,
        clause: str,
        near: str,
        text: str,
        offset: int,
        plan_year: int | None = None,
        year_end: bool = False,
    ) -> None:
        object.__setattr__(self, "sentence", sentence)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "unit", unit)
        object.__setattr__(self, "planned", planned)
        object.__setattr__(self, "before", before)
        object.__setattr__(self, "clause", clause)
        object.__setattr__(self, "near", near)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "offset", offset)
        object.__setattr__(self, "plan_year", plan_year)
        object.__setattr__(self, "year_end", year_end)


YEAR_END_KIND: Final = "summary+plan"  # (segment's kind of a review with the next year's plan)


def role_input(
    sentence: str,
    start: int,
    unit: str,
    section: str,
    doc_kind: str,
    end: int | None = None,
    text: str | None = None,
    offset: int = 0,
    plan_year: int | None = None,
) -> RoleInput:
    """``text`` (with the sentence at ``offset``), where given, is what the cue scans
    read once for every sentence in it; else the sentence alone. ``plan_year``: the year
    the document plans for (a figure of an earlier year in it is no goal)."""
    before = sentence[max(0, start - REACH) : start]
    return RoleInput(
        sentence=sentence,
        start=start,
        end=end,
        unit=unit,
        planned=section == SectionKind.PLAN or doc_kind == "key-points",
        before=before,
        # (the clause breaks of a sentence are found once for all its figures)
        clause=sentence[last_break(CLAUSE_BREAK, sentence, max(0, start - REACH), start) : start],
        near=before[-14:],
        text=sentence if text is None else text,
        offset=0 if text is None else offset,
        plan_year=plan_year,
        year_end=doc_kind == YEAR_END_KIND,
    )


Decision = tuple[Role, int | None]  # (role, direction: for a growth or a comparison)


@dataclass(frozen=True, slots=True)
class RoleRule:
    name: RoleRuleName
    role: Role  # the role its examples have
    decide: Callable[[RoleInput], Decision | None]
    examples: tuple[str, ...]  # the figure in brackets: 同比增长[6.5%]
    counter: tuple[str, ...]  # sentences where the rule must not decide
    why: str
    section: SectionKind = SectionKind.SUMMARY  # the section its examples stand in


@lru_cache(maxsize=16)  # several rules read the same cue in the same words of one figure
def _matches(pattern: regex.Pattern[str], text: str) -> tuple[regex.Match[str], ...]:
    return tuple(pattern.finditer(text)) if may_open_in(pattern, text) else ()


@lru_cache(maxsize=16)  # two rules read the growth cue in the same words
def _search(pattern: regex.Pattern[str], text: str) -> regex.Match[str] | None:
    return pattern.search(text) if may_open_in(pattern, text) else None


def _last(pattern: regex.Pattern[str], text: str) -> regex.Match[str] | None:
    matches = _matches(pattern, text)
    return matches[-1] if matches else None


def _in_before(pattern: regex.Pattern[str], x: RoleInput) -> tuple[regex.Match[str], ...]:
    """The matches of ``pattern`` in ``x.before``; the sentence is scanned once for all
    its figures, and a window where the cue cannot stand is not read again."""
    if not may_match(pattern, x.text, x.offset + x.start - len(x.before), x.offset + x.start):
        return ()
    return _matches(pattern, x.before)


def _last_in_clause(pattern: regex.Pattern[str], x: RoleInput) -> regex.Match[str] | None:
    """The last match of ``pattern`` in ``x.clause`` (see ``_in_before``)."""
    if not may_match(pattern, x.text, x.offset + x.start - len(x.clause), x.offset + x.start):
        return None
    return _last(pattern, x.clause)


def _completion(x: RoleInput) -> bool:
    return x.unit in RELATIVE_UNITS and _near(COMPLETION_CUE, x) is not None


# A percentage's leading number (past a sign or a mask it is no number: None).
WRITTEN_NUMBER: Final = regex_cache.compile(r"\d+(?:\.\d+)?")


def _number_before(x: RoleInput, unit: str) -> float | None:
    """The figure's number when written in digits right before ``unit`` (125.5%, 0.8倍);
    None for a mask, a numeral or a figure written otherwise."""
    m = WRITTEN_NUMBER.match(x.sentence, x.start, x.end) if x.end is not None else None
    return float(m.group()) if m and x.sentence.startswith(unit, m.end()) else None


def _beyond_whole(x: RoleInput) -> bool:
    """Whether the figure is a percentage above 100: a level of work done never passes the
    whole of it, so such a rate is of a target (投资完成率125.5%, 康复救助完成率102%)."""
    n = _number_before(x, "%") if x.unit == "%" else None
    return n is not None and n > 100


# A rate of completion named as what a pledge or a plan aims at (确保改造完成率达到100%, 力争到
# 2030年…改造完成率达到100%): the rate is set as a goal, not a measure of a target met. Only
# where a verb of a level brings the figure (达到, 保持在), the pledge stands in the clause or
# the section plans, and nothing says it is done (已, 实际, 目前) or expected (预计).
RATE_REACHED: Final = regex_cache.compile(
    rf"完成率(?:要|将|{PLEDGE_VERB})?"
    # (or no verb: a bound stands in the figure, 完成率不低于95%)
    r"(?:达到|达|保持在|稳定在|[提升]高?[到至]|提升[到至])?$"
)
# (a verb of pledge, ``role_cues.PLEDGE_VERB``: not 目标 or 规划, which name what the rate is of,
# 年度目标任务完成率, 国土空间规划编制完成率)
RATE_PLEDGE: Final = regex_cache.compile(PLEDGE_VERB)
# (a pledge that opens the sentence with a time alone speaks for it too: 力争到2028年，全县…完成
# 率达到100%; not one of means or purpose, 在确保安全生产的前提下, 为确保年度任务按期完成, 确保
# 年度任务全面完成, nor 目标 there, which a review names as met)
PLEDGE_OPENS: Final = regex_cache.compile(
    rf"\s*(?:今年|明年|全年|年内|下一?步|[，,\s])*{PLEDGE_VERB}(?:在|到|于)?"
    r"(?:20\d{2}年(?:底|末)?|年底|年内|明年)前?[，,]\s*"
)
RATE_NOT_PLEDGED: Final = regex_cache.compile(rf"已|实际|了|预计|{NOW_WORD}")


def _pledged_rate(x: RoleInput) -> Decision | None:
    if x.unit != "%" or "完成率" not in x.near or not RATE_REACHED.search(x.near):
        return None
    if RATE_NOT_PLEDGED.search(x.clause):
        return None
    if RATE_PLEDGE.search(x.clause):
        return Role.TARGET, None  # (力争…完成率达到110%以上: a pledge aims past the whole too)
    if _beyond_whole(x):
        return None  # (a rate above 100 % no pledge names is of a target beaten: a result)
    lo = max(x.before.rfind(b) for b in PART_BREAK) + 1
    clause_at = len(x.before) - len(x.clause)
    if PLEDGE_OPENS.fullmatch(x.before, lo, clause_at):
        return Role.TARGET, None
    # a plan's rate is aimed at, unless its clause reports the year before (2025年，…完成率
    # 达到98.5%, 去年…: done_last_year's); so is one of a review's sentence that a time still
    # ahead opens (来年，…完成率务必达到100%: time_ahead's)
    if x.planned and _done_last_year(x) is None:
        return Role.TARGET, None
    return (Role.TARGET, None) if _time_ahead(x) is not None else None


def _named_rate(x: RoleInput) -> Decision | None:
    if _completion(x) and NAMED_RATE.search(x.clause.split("、")[-1]) and not _beyond_whole(x):
        return Role.ACTUAL, None
    return None


# A review recalls a target of growth and what was achieved of it: 年初提出的地区生产总值增长
# 6.5%的目标，实际完成4.8%; 预期增长8%，实际完成6.1%. The percentage after 实际完成 is the
# growth achieved, not a rate of completion (完成年度目标的106%), which says 的 before it.
ACHIEVED: Final = regex_cache.compile(r"实际(?:完成|实现)了?(?:为|达到)?$")
GROWTH_GOAL_BEFORE: Final = regex_cache.compile(
    r"(?:(?P<dir>增长|提高|下降|降低)[\d.]+%(?:左右|以上|以内)?的?\p{Han}{0,4}?(?:目标|任务)"
    r"|(?:预期|目标|原定|计划)(?P<dir2>增长|提高|下降|降低)[\d.]+%)"
)


# A review's row of a growth (a label naming it before a colon, then the goal, then what was
# done): 港口货物吞吐量增速：目标5%，完成6.4%; 外贸进出口增幅：年度目标8%，实现9.7%. The
# label says what both percentages measure, so the one after 完成 is the growth achieved,
# as after 实际完成; 完成目标的126% (的 before it) is still a rate of completion.
GROWTH_ROW: Final = regex_cache.compile(
    r"(?P<dir>增速|增幅|增长率?|降幅|下降率?|降低率?)[：:]\s*(?:年度|全年)?(?:目标|预期)(?:值|为)?"
    r"[\d.]+%(?:左右|以上|以内)?[，,；;]\s*(?:实际)?(?:完成|实现)了?(?:为|达到)?$"
)


def _achieved_growth(x: RoleInput) -> Decision | None:
    if x.unit != "%":
        return None
    if ("：" in x.before or ":" in x.before) and (row := GROWTH_ROW.search(x.before)):
        return Role.GROWTH, -1 if DOWN.search(row.group("dir")) else 1
    if "实际" not in x.near or not ACHIEVED.search(x.near):
        return None
    goals = list(GROWTH_GOAL_BEFORE.finditer(x.before))
    if not goals:
        return None
    word = goals[-1].group("dir") or goals[-1].group("dir2")
    return Role.GROWTH, -1 if DOWN.search(word) else 1


# A review may name the target a completion rate is of, between the cue and the rate: 增长
# 10.2%，完成预期目标11%的92.7%; 完成年度计划15%的90%. The percentage right after 完成…目标 and
# right before 的 and another figure is that target's amount, not a rate of completion.
AMOUNT_OF: Final = regex_cache.compile(r"的[\d.xX*]")


def _target_of_completion(x: RoleInput) -> Decision | None:
    if (
        x.end is None
        or not x.sentence.startswith("的", x.end)  # (most figures: no regex call)
        or not AMOUNT_OF.match(x.sentence, x.end)
        or not _completion(x)
    ):
        return None
    return Role.TARGET, None


def _completion_cue(x: RoleInput) -> Decision | None:
    return (Role.COMPLETION, None) if _completion(x) else None


# part_of_year: what part of a year did, as a percentage of the whole year (上半年…占全年60%,
# 前三季度…占全年的78.6%, 截至9月底…占全年84%), is how far the year's work has come: the
# year is not over, so its whole is what it is meant to reach — a completion, though no
# target word is written. Not a share where the year is done (四季度, 下半年: parts of a
# year whose total is known) or its total stated before (全年完成120亿元，其中上半年52亿元，
# 占全年的43.3%).
# The spans of a year from its start that end before December, written once for the part of
# the year here and the year to date of a plan (TO_DATE): a count of quarters or months
# (前三季度, 前10个月), the months from January (1-10月, 一至十一月), up to a month (截至9月底).
MONTH_BEFORE_DECEMBER: Final = r"(?:1[01]|[1-9]|十一|[一二三四五六七八九十])"
COUNTED_FROM_START: Final = rf"前[两二三23]季度|前{MONTH_BEFORE_DECEMBER}个月"
MONTHS_FROM_JANUARY: Final = r"[1一][-—–~至到](?:1[01]|[1-9]|十一|[二三四五六七八九十])月"
UP_TO_A_MONTH: Final = rf"截[至止]\p{{Han}}{{0,3}}?{MONTH_BEFORE_DECEMBER}月(?![\d一二])"
PART_OF_YEAR_WORD: Final = regex_cache.compile(
    rf"上半年|(?<![第四])[一二三1-3]季度|{COUNTED_FROM_START}|(?<!\d){MONTHS_FROM_JANUARY}"
    rf"|{UP_TO_A_MONTH}|今年以来|年初以来"
)


# A period of the year to date, in any wording, for the stops of a carried forecast: the parts
# of a year above, a count of months or quarters from its start (头十个月, 前11个月, 前两个
# 季度), a span from its start (年初至10月末, 1月份以来) or to a month's day (截至11月20日, 到10
# 月底; not 到年底, the year's end the forecast speaks of).
PERIOD_TO_DATE: Final = regex_cache.compile(
    rf"{PART_OF_YEAR_WORD.pattern}"
    r"|[前头][\d一二两三四五六七八九十]{1,3}个?(?:月|季度)"
    r"|(?:年初|元月|1月|一月)份?(?:[至到—–~-]|以来)"
    # (a month before the last: 到12月底 in a year-end forecast is the year's end)
    r"|(?:截[至止]|到)[^，,；;。\d]{0,3}?(?<![十\d])(?:[1-9]|1[01]|十一|[一二三四五六七八九十])月份?"
    r"(?:底|末|中旬|上旬|下旬|\d{1,2}日)"
)


def _part_of_year(x: RoleInput) -> Decision | None:
    if x.unit not in PERCENTS or "占" not in x.near[-6:]:
        return None
    whole = YEAR_AS_WHOLE.search(x.near)
    if whole is None:
        return None
    at = x.start - len(x.near) + whole.start()  # where 占 stands in the sentence
    if "全年" in x.sentence[:at] or not PART_OF_YEAR_WORD.search(x.sentence, 0, at):
        return None
    return Role.COMPLETION, None


# A percentage of a base its own clause states with its figure, after 占: 占年度计划投资2.2亿元
# 的106.8%, 占市下达任务120公里的110%, 占户籍人口301.5万人的96.3%. What the base is says what
# the percentage is: a target, task, plan or budget (``STATED_TARGET``) — how much of it was
# met, a completion; any other whole — the part's share of it. (占年度计划的106.7%, with
# no figure between, is ``COMPLETION_CUE``'s; 占全县50万人 without 的 and a percentage, no one's.)
STATED_BASE: Final = regex_cache.compile(
    r"占(?P<base>[^,，;；。:：\d]{1,12}?)[\d.,xX*]+[^\d,，;；。:：]{1,5}?的$"
)
# the base ends in the target word, or in what it budgets (计划投资, 目标任务数): 一般公共预算
# 支出 is a whole named after a budget, not one
STATED_TARGET: Final = regex_cache.compile(r"(?:目标|任务|计划|预算)(?:投资|资金|金额|总额|数)?$")
PERCENTS: Final = ("%", "成")


def _stated_base(x: RoleInput) -> bool | None:
    """None where no base is stated before the percentage; else whether it is a target."""
    if x.unit not in PERCENTS or "占" not in x.clause:
        return None
    return _base_is_target(x.clause)


@lru_cache(maxsize=64)
def _base_is_target(clause: str) -> bool | None:
    # (both rules ask it of one clause, one after the other)
    b = STATED_BASE.search(clause)
    return None if b is None else STATED_TARGET.search(b.group("base")) is not None


def _rate_of_stated_target(x: RoleInput) -> Decision | None:
    return (Role.COMPLETION, None) if _stated_base(x) is True else None


def _share_of_stated_whole(x: RoleInput) -> Decision | None:
    return (Role.SHARE, None) if _stated_base(x) is False else None


# A count whose things are expected to do something: the cue stands after the thing counted
# (3名运动员有望参加残奥会, 5家企业有望进入规上行列), in the same clause. Not after a sum or
# a rate, nor where a time or another noun opens a new statement before the cue (完成投资
# 8亿元全年预计可完成12亿元; 签约项目12个总投资预计达50亿元; 已建成3个明年有望再建5个).
FORECAST_AFTER: Final = regex_cache.compile(
    r"(?:(?![全今明年月总均再又还可已])\p{Han}){1,6}(?:有望|预计)"
)


def _forecast(x: RoleInput) -> Decision | None:
    lo = x.offset + x.start - len(x.clause)
    if may_match(FORECAST_CUE, x.text, lo, x.offset + x.start) and FORECAST_CUE.search(x.clause):
        return Role.FORECAST, None
    if (
        x.end is not None
        and not x.unit.endswith("元")
        and x.unit not in RELATIVE_UNITS
        and ("有望" in x.sentence[x.end : x.end + 8] or "预计" in x.sentence[x.end : x.end + 8])
        and FORECAST_AFTER.match(x.sentence, x.end, x.end + 8)
    ):
        return Role.FORECAST, None
    return None


# A forecast speaks for the clauses after its own, to the end of its part of the sentence
# (预计全年完成固定资产投资86亿元，新开工项目42个; 预计2025年地区生产总值完成246亿元，比2020年
# 增长38%): they tell the same expected year. Not past ；, nor past a clause that turns to what
# is done (已, 实际, 截至, 目前, 以来) or to a goal or another time (力争, 计划, 明年, a year).
# A change or a share stays what it is (a growth after 预计全年… is a growth, as the gold guide's
# own example has it) and is decided by the rules after this one; but in a plan, where those
# would give way to the plan section, it is decided here: the expected year is not the plan's.
FORECAST_WORDS: Final = ("预计", "预测")
FORECAST_STOP: Final = regex_cache.compile(
    r"已|实际|截[至止]|目前|当前|以来|力争|确保|计划|目标|要|将|拟|争取|明年|下一?步|今年"
    # a tally or another actor's deed (全县共压减, 累计实现, 我局及时安排), a base quoted (上年为:
    # not 比上年增长) or a part of the year to date (前三季度, 上半年, 1-10月)
    r"|(?<![公中])共(?![青产享同建治识])|累计|我|前\d{1,2}个月|(?<![比较与同])(?:上一?年|去年)|上半年|[一二三四1-4]季度|1[-—–~至到]\d{1,2}月"
    r"|(?<![比较与同是为])(?:19|20)\d{2}年"  # (not a base: 比2020年增长38%)
)
PART_BREAK: Final = ("；", ";", "。")
# …a forecast that opens its clause (after a time or a scope at most) speaks for the sentence;
# one inside a clause (存栏黄牛总数预计达XX头以上，建成…) for its own figure only
FORECAST_OPENS: Final = regex_cache.compile(
    r"\s*(?:全年|今年|年底|年末|到年底|截至年底|全[省市县区旗镇乡]|本[省市县区旗镇乡]|[，,、\s])*"
)


def _clause_start(before: str, lo: int, at: int) -> int:
    """Where the clause that holds ``before[at]`` begins (after ，, ；, 。 or ``lo``)."""
    return max(lo, max(before.rfind(b, lo, at) for b in "，,") + 1)


def _forecast_carried(x: RoleInput) -> Decision | None:
    if "预" not in x.before or any(w in x.clause for w in FORECAST_WORDS):
        return None
    lo = max(x.before.rfind(b) for b in PART_BREAK) + 1
    cue = max(x.before.rfind(w, lo) for w in FORECAST_WORDS)
    if cue < 0 or not FORECAST_OPENS.fullmatch(x.before, _clause_start(x.before, lo, cue), cue):
        return None
    # the clauses after the forecast's own (its own may name its year: 预计2025年…) must all
    # go on telling it
    own_end = len(x.before) - len(x.clause)
    after = min((k for k in (x.before.find(b, cue, own_end) for b in "，,") if k >= 0), default=-1)
    if after < 0 or FORECAST_STOP.search(x.before, after) or "已" in x.before[cue:after]:
        return None  # (…预计受灾的1.2万户群众已全部转移安置: its own clause is done)
    if PERIOD_TO_DATE.search(x.before, after) or _deed_in(x.before, after):
        return None
    if x.planned and _plans_own_year(x, lo):
        return None  # (2026年预计组织税收收入52亿元，同比增长4.5%: the plan's year, its goal)
    kept = _growth(x) or _share(x) or _benchmark(x)
    if kept is not None:
        return kept if x.planned else None
    return Role.FORECAST, None


# A verb of work done in a carried clause (县财政安排…补贴, 本局组织开展…活动, 新开工…项目) tells
# a deed of its own, not the measure the forecast goes on listing; verbs of a level do (达到,
# 突破, 完成, 实现, 保持, 稳定在).
CARRIED_DEED: Final = regex_cache.compile(PLAN_VERB)
LEVEL_VERBS: Final = frozenset(
    ("完成", "实现", "达到", "达", "突破", "保持", "稳定", "提高", "提升")
)


# (what may stand before the verb of a clause that goes on listing: a scope, 新, 再)
SCOPE_ONLY: Final = regex_cache.compile(r"\s*(?:全年|全[县市区镇乡]|今年|年内|新|再|累计|共)*")
MEASURE_AFTER: Final = frozenset("率量额数")  # 一次性化解率: a verb inside a measure's name


def _deed_in(text: str, at: int) -> bool:
    """Whether a clause of ``text[at:]`` tells an actor's deed of its own (县财政安排…, 本局
    组织开展…): a verb of work done after words that are no scope. A part after 其中 goes on
    listing the forecast's whole (其中工业投资52亿元), and so does a deed with no actor
    before it (新开工亿元以上项目42个)."""
    for clause in regex.split(r"[，,]", text[at:]):
        if clause.lstrip().startswith("其中"):
            continue
        for m in CARRIED_DEED.finditer(clause):
            if m.group() in LEVEL_VERBS or clause[m.end() : m.end() + 1] in MEASURE_AFTER:
                continue
            if not SCOPE_ONLY.fullmatch(clause, 0, m.start()):
                return True
            break
    return False


YEAR_NAMED: Final = regex_cache.compile(r"(?:19|20)\d{2}(?=年)")


def _plans_own_year(x: RoleInput, lo: int) -> bool:
    """Whether the part of the sentence before the figure names the year the plan is for or
    a later one (or 明年): a forecast of it is what the plan expects of itself."""
    if "明年" in x.before[lo:]:
        return True
    return x.plan_year is not None and any(
        int(y.group()) >= x.plan_year for y in YEAR_NAMED.finditer(x.before, lo)
    )


def _base_built_on(x: RoleInput) -> Decision | None:
    if x.end is not None and "在" in x.clause and BASE_AFTER.match(x.sentence, x.end):
        return Role.ACTUAL, None
    return None


def _change_from(x: RoleInput) -> Decision | None:
    # (in a review both figures are results already, each of its own kind: 占比由26.7%提高到
    # 52.1% reports two shares)
    if not x.planned or x.end is None:
        return None
    if FROM_AT.search(x.clause) and TO_AFTER.match(x.sentence, x.end):
        return Role.ACTUAL, None
    return None


# A clause of a plan that opens with last year (去年, 上年, 过去一年) reports what was done
# then, unless a goal word stands in it (去年确定的目标, 上年未完成的任务今年要完成); so does
# a sentence that opens with the year before the one planned for (a key-points document's
# 2025年，全市地区生产总值增长5.6%，固定资产投资增长7.2% before its goals for 2026), up to
# its first goal word or word of the plan's year (今年, 明年). What was done is then read
# as a review reads it: a growth stays a growth, a share a share.
LAST_YEAR_OPENS: Final = regex_cache.compile(r"\s*(?:去年|上年|上一年|过去一年)(?!同期|以来)")
YEAR_OPENS: Final = regex_cache.compile(
    r"\s*(?P<year>(?:19|20)\d{2})年度?(?!以来|[底末初]|之?前|[1-9一二三四上下前])"
)
# (asked only of a text whose first character opens a match and that holds its words)
LAST_YEAR_AT, YEAR_AT = Guard(LAST_YEAR_OPENS), Guard(YEAR_OPENS)
GOAL_IN_CLAUSE: Final = regex_cache.compile(
    r"要|力争|计划|确保|目标|任务|争取|预期|将|拟|预计|今年|明年|本年"
)


# …and a plan written at the year's end, after its review (a document of kind summary+plan),
# names the year under review 今年 and the year it plans for 明年: a clause that opens with 今年
# in a sentence that goes on to 明年 reports this year's result (今年共受理法律援助案件1046件，
# 明年力争突破1200件), unless a goal word follows 今年 in it (今年计划新建6座，明年再建8座).
# Without 明年 after it, or in a document given early in its year (a government work report,
# a plan alone), 今年 may be the plan's own year.
THIS_YEAR_OPENS: Final = regex_cache.compile(r"\s*今年(?:以来)?")
THIS_YEAR_AT = Guard(THIS_YEAR_OPENS)


def _done_last_year(x: RoleInput) -> Decision | None:
    if not x.planned:
        return None
    if LAST_YEAR_AT.match(x.clause):
        done = not GOAL_IN_CLAUSE.search(x.clause)
    elif x.year_end and (this_year := THIS_YEAR_AT.match(x.clause)) and x.end is not None:
        done = x.sentence.find("明年", x.end) >= 0 and not GOAL_IN_CLAUSE.search(
            x.clause, this_year.end()
        )
    else:
        opened = x.plan_year is not None and done_year(x.sentence, x.plan_year) is not None
        lo = 0
        if not opened:
            lo = max(x.sentence.rfind(b, 0, x.start) for b in PART_BREAK) + 1
            # (the plan's own year or 再 ends the past's reach: …32万亩，2026年再建5万亩)
            opened = _past_opens(x.sentence, lo, x.plan_year) and not (
                PLAN_TIME.search(x.sentence, lo, x.start) or _names_plan_year(x, lo)
            )
        done = opened and not GOAL_IN_CLAUSE.search(x.sentence, lo, x.start)
    if not done:
        return None
    return _growth(x) or _share(x) or (Role.ACTUAL, None)


# …and a part of a sentence (to ；) that opens with last year or with a plan period already
# over (its span, its end, or since it began: “十三五”以来) speaks of it in every clause up to
# its first goal word (上一年全县审计整改金额2.8亿元，整改率91%; “十四五”期间，全县累计建成高标准
# 农田32万亩 in a plan for 2026): the clauses after the opening one go on reporting the past.
PAST_PERIOD_OPENS: Final = regex_cache.compile(
    r"\s*[“\"]?十(?P<n>[一二三四五六])五[”\"]?(?:时期|期间|以来|期末|末)"
)
PAST_PERIOD_AT = Guard(PAST_PERIOD_OPENS)
FIVE_YEAR_PLANS: Final = "一二三四五六"  # 十一五 ends in 2010, each next five years later


# words of the plan's own time, which end a past's reach (再, 年内, 新的一年, 下一步, 今后)
PLAN_TIME: Final = regex_cache.compile(r"再|年内|年底前|新的一年|下一?步|今后")


def _names_plan_year(x: RoleInput, lo: int) -> bool:
    """Whether ``x.sentence[lo:x.start]`` names the plan's year or a later one."""
    return x.plan_year is not None and any(
        int(y.group()) >= x.plan_year for y in YEAR_NAMED.finditer(x.sentence, lo, x.start)
    )


def _past_opens(sentence: str, lo: int, plan_year: int | None) -> bool:
    """Whether ``sentence[lo:]`` opens with last year (``LAST_YEAR_OPENS``) or with a five-
    year plan's period that ended before ``plan_year``."""
    if LAST_YEAR_AT.match(sentence, lo):
        return True
    period = PAST_PERIOD_AT.match(sentence, lo) if plan_year is not None else None
    return period is not None and 2010 + 5 * FIVE_YEAR_PLANS.index(period.group("n")) < (
        plan_year or 0
    )


def done_year(sentence: str, plan_year: int) -> int | None:
    """The year before ``plan_year`` when ``sentence`` opens with it (2025年，全市… in the
    plan for 2026), or None. An earlier year is not read so: a plan quotes the year it
    follows, and a sentence of a year long past laid under a plan's heading is more likely a
    plan of its own time than a result."""
    m = YEAR_AT.match(sentence)
    return plan_year - 1 if m and int(m.group("year")) == plan_year - 1 else None


# A plan may state what already stands before what it adds (目前全县已建成充电桩1200个，今年新增
# 800个; 截至去年底，全县共有养老床位3200张; 全县现有规模以上工业企业152家): the clause that
# says the stock exists (现有, 共有, 已有, 已建成, 截至去年底) reports a level reached, not a goal,
# unless a goal word stands in it (力争已建成的…达到). (Counter: 累计建成5G基站1500个 aims at a
# running total; 截至年底, this year's end, is a deadline.)
STOCK_WORD = regex_cache.compile(
    r"现有|共有|已有|已建成|已建|已累计|截至(?:去年|上年|上一年)(?:底|末)|截至目前"
)
STOCK_AT = Guard(STOCK_WORD)


def _stock_in_plan(x: RoleInput) -> Decision | None:
    if not x.planned:
        return None
    clause = _with_whole(x)
    # (the stock word first: its guard answers most clauses without a call)
    stock = STOCK_AT.search(clause)
    if stock is None or GOAL_IN_CLAUSE.search(clause):
        return None
    change = CHANGED_TO_BEFORE.search(clause, stock.end())
    if change and "已" not in clause[stock.end() : change.start()]:
        # (由现有的18个增加到25个: the stock is where the change starts, change_from's first
        # figure; the figure after the change is aimed at; 已由…增加到 is a change made)
        return None
    return _growth(x) or _share(x) or (Role.ACTUAL, None)


# A plan written during its year may first say how far the year has come (今年以来累计完成投资
# 86亿元; 1-10月实现税收收入12.3亿元，同比增长5%; 截至9月底，新增市场主体2100户; 目前已完成
# 造林1.2万亩): the year to date is reported, not aimed at. The words of a span that has
# already run (今年以来, 1-10月, 前三季度, 截至9月底, 目前) or 已 in the figure's own clause say
# so, until a goal word or another time (力争, 全年, 下半年, 年底, 明年, a year) turns the part
# of the sentence to what is still to do. Not 上半年 or 一季度 alone: a plan sets milestones
# by them (上半年完成全年任务的50%, 一季度实现开门红).
TO_DATE: Final = regex_cache.compile(
    rf"今年以来|年初以来|截[至止]目前|目前|{UP_TO_A_MONTH}"
    # (the months from the year's start name a span that has run only with 累计 or 已 after
    # them: a plan sets its quarters' goals by them, 1—3月，固定资产投资增长10%)
    rf"|(?P<run>{COUNTED_FROM_START}|(?<![\d\p{{Han}}]){MONTHS_FROM_JANUARY})"
)
TO_DATE_STOP: Final = regex_cache.compile(
    rf"{GOAL_IN_CLAUSE.pattern}|全年|下半年|[三四]季度|年底|年末|年内|下一?步|(?:19|20)\d{{2}}年"
)
DONE_WORD: Final = regex_cache.compile(r"已(?![于在])")
# one of which every match of TO_DATE holds (a part before the figure without any is not
# searched; tests/test_done_to_date.py holds it to the pattern)
TO_DATE_HELD: Final = ("以来", "目前", "季度", "月")


def _done_to_date(x: RoleInput) -> Decision | None:
    if not x.planned:
        return None
    lo = max(x.before.rfind(b) for b in PART_BREAK) + 1
    span = None
    if any(x.before.find(w, lo) >= 0 for w in TO_DATE_HELD):
        for found in TO_DATE.finditer(x.before, lo):
            span = found  # (the last: what follows it is told of the span it names)
    if span is None:
        own = len(x.before) - len(x.clause)
        if (
            x.before.find("已", max(lo, own)) < 0
            or DONE_WORD.search(x.before, max(lo, own)) is None
        ):
            return None
        turned = TO_DATE_STOP.search(x.before, lo)
    elif span.group("run") and all(x.before.find(w, span.end()) < 0 for w in ("累计", "已")):
        return None
    else:
        turned = (
            TO_DATE_STOP.search(x.before, lo, span.start())
            or TO_DATE_STOP.search(x.before, span.end())
            # (从目前的46%提高到60%: the level to date is where a change starts, change_from's)
            or CHANGED_TO_BEFORE.search(x.before, span.end())
        )
    if turned is not None:
        return None
    return _growth(x) or _share(x) or (Role.ACTUAL, None)


# a time of the plan or a new thing in a 其中 clause (其中2026年新认定, 其中年内晋升): the plan's
# work among the stock
PART_TO_COME: Final = regex_cache.compile(r"\d{4}年|年内|今年|明年|新|晋升|再")


def _with_whole(x: RoleInput) -> str:
    """The figure's clause, and the clause before it where the figure's opens with 其中: a
    part is of the whole its clause names (全县现有A级景区14家，其中4A级3家: a part of a stock
    is a stock)."""
    if (
        not x.clause.lstrip(" ，,").startswith("其中")
        or _last_in_clause(CARRIED_DEED, x)
        or PART_TO_COME.search(x.clause)
    ):
        return x.clause  # (其中年内新改建…5家: the plan's work among the stock, no part of it)
    at = len(x.before) - len(x.clause)
    lo = max(x.before.rfind(b, 0, at) for b in PART_BREAK) + 1
    return x.before[_clause_start(x.before, lo, max(lo, at - 1)) :]


def _plan_section(x: RoleInput) -> Decision | None:
    return (Role.TARGET, None) if x.planned else None


# time_ahead: a review's sentence that a time still ahead opens (明年，…; 下一步，…; 今后两年，…:
# ``role_cues.AHEAD_OPENS``, a pledge's reach from the sentence's opening) plans, to the end of
# its part (；): its figures are aimed at as a plan's are, unless their clause turns to what is
# done or stands now (已, 了, 实际, 目前, 今年, 截至).
AHEAD_AT = Guard(AHEAD_OPENS)
# the first two characters of every match (most sentences, 今年… among them, open with none)
AHEAD_OPENERS: Final = frozenset(("明年", "来年", "下一", "下步", "下年", "新的", "今后"))
AHEAD_STOP: Final = regex_cache.compile(rf"{DONE_AFTER_TARGET.pattern}|{NOW_WORD}|今年|截[至止]")


def _time_ahead(x: RoleInput) -> Decision | None:
    if x.planned or x.sentence.lstrip()[:2] not in AHEAD_OPENERS:
        return None
    if not AHEAD_AT.match(x.sentence):
        return None
    if any(x.sentence.find(b, 0, x.start) >= 0 for b in PART_BREAK):
        return None
    if AHEAD_STOP.search(x.clause) or (x.end is not None and x.sentence.startswith("的", x.end)):
        return None  # (…4.2万人的成果: a figure that sizes a thing there already)
    if _target_cue(x) is not None and _growth(x) is None and _share(x) is None:
        return None  # (a pledge of its own in the clause names the rule: target_cue's)
    return Role.TARGET, None


def _near(pattern: regex.Pattern[str], x: RoleInput) -> regex.Match[str] | None:
    """The first match of ``pattern`` in ``x.near`` (the sentence is scanned once for all
    its figures: a figure with no cue near is not searched)."""
    if not may_match(pattern, x.text, x.offset + x.start - len(x.near), x.offset + x.start):
        return None
    return _search(pattern, x.near)


def _goal_before_growth(x: RoleInput) -> Decision | None:
    g = _near(GROWTH_CUE, x)
    if g and GOAL_BEFORE.search(x.near, 0, g.start()):
        return Role.TARGET, None
    return None


def _benchmark(x: RoleInput) -> Decision | None:
    b = None if BENCHMARK_CHARS.isdisjoint(x.near) else BENCHMARK_AT.search(x.near)
    if not b:
        return None
    return Role.COMPARISON, -1 if DOWN.search(b.group("dir")) else 1


def _multiple_of(x: RoleInput, group: str) -> bool:
    if x.unit != "倍" or not x.near.endswith("的"):
        return False
    m = MULTIPLE_OF_BASE.search(x.near)
    return m is not None and m.group(group) is not None


def _times_direction(x: RoleInput) -> int:
    """−1 for a multiple below one (为上年的0.8倍: less than its base), else +1."""
    n = _number_before(x, "倍")
    return -1 if n is not None and n < 1 else 1


def _multiple_of_past(x: RoleInput) -> Decision | None:
    return (Role.GROWTH, _times_direction(x)) if _multiple_of(x, "past") else None


def _multiple_of_benchmark(x: RoleInput) -> Decision | None:
    return (Role.COMPARISON, _times_direction(x)) if _multiple_of(x, "elsewhere") else None


def _growth(x: RoleInput) -> Decision | None:
    g = _near(GROWTH_CUE, x)
    if not g:
        return None
    if g.start("dir") == g.start() and counts_noun_after(x.sentence, x.end, x.unit):
        # a bare myriad that counts the noun after it, with no base named (巩固提升3.2万农村
        # 人口饮水质量, 增加1.5万就业岗位): the word changes what those people or things
        # have, or adds them; the figure counts them. With a base (比上年增加3万农户) the
        # figure is the change.
        return None
    down = bool(DOWN.search(g.group("dir")))
    # 增速-4.7%: a negative rate of growth is a fall, whatever the word says
    negative = x.sentence[x.start : x.start + 1] in ("-", "负")
    return Role.GROWTH, -1 if down != negative else 1


def _share(x: RoleInput) -> Decision | None:
    # (成, tenths: 民生支出占一般公共预算支出的比重保持在八成左右)
    if (x.unit in ("%", "ratio", "成") or "占" in x.near[-6:]) and SHARE_AT.search(x.near):
        return Role.SHARE, None
    if (
        x.unit in PERCENTS
        and any(w in x.near for w in WHOLE_ENDS)
        and "占" in x.clause[-29:-10]
        and SHARE_OF_LONG_WHOLE.search(x.clause[-29:])
    ):
        return Role.SHARE, None
    return None


# A part of a sum stated right before, by what it goes to or comes from (支出56亿元，80%以上
# 用于民生; 专项债券资金120亿元，60%投向重大项目; 45%来自民营企业): the percentage right
# before the verb is a share of that sum.
# The percentage opens its clause (or follows 其中): a rate named before it (满意度达96.5%来自
# 第三方评估, 覆盖率100%投入运营) is a level, whatever follows.
PUT_TO: Final = regex_cache.compile(
    r"(?:以上|左右|以内)?(?:用于|投向|投入到|来自|流向|集中在|分布在)"
)


def _share_put_to(x: RoleInput) -> Decision | None:
    if x.end is None or x.unit != "%" or x.clause.strip(" \t，,；;") not in ("", "其中"):
        return None
    return (Role.SHARE, None) if PUT_TO.match(x.sentence, x.end) else None


def _beat_target(x: RoleInput) -> Decision | None:
    cue = _last_in_clause(TARGET_CUE, x)
    beat_task = not BEAT_TASK_CHARS.isdisjoint(x.near) and BEAT_TASK_AT.search(x.near)
    if beat_task or (
        cue is not None and EXCEEDED.search(x.clause, max(0, cue.start() - 5), cue.start())
    ):
        return Role.GROWTH, 1
    return None


# A figure stated against a target, under it: 低于省定目标3微克/立方米, 比年度目标低0.8个百分点,
# 少于下达任务20户 — by how much a result stayed below the target, never the target itself.
# The target word ends right before the figure (or before 低, 少 after it): 低于目标值3.5%
# names the target's value, and 低于省定目标的90% a share of it.
UNDER_TARGET: Final = regex_cache.compile(
    r"(?:(?:低于|少于)[^,，;；。:：\d]{0,8}?(?:目标任务|任务目标|目标|指标|任务)"
    r"|[比较][^,，;；。:：\d]{0,8}?(?:目标任务|任务目标|目标|指标|任务)(?:相比)?(?:低|少|减少)了?)$"
)
UNDER_TARGET_CHARS: Final = frozenset("低少")  # every match holds one of them


def _under_target(x: RoleInput) -> Decision | None:
    if UNDER_TARGET_CHARS.isdisjoint(x.near) or not UNDER_TARGET.search(x.near):
        return None
    return Role.COMPARISON, -1


def _target_cue(x: RoleInput) -> Decision | None:
    cue = _last_in_clause(TARGET_CUE, x)
    if cue is None or DONE_AFTER_TARGET.search(x.clause, cue.end()):
        return None
    if cue.group().startswith("计划") and _now_before(x, cue.start()):
        return None
    return Role.TARGET, None


def _now_before(x: RoleInput, at: int) -> bool:
    """Whether a word of now stands right before the clause's ``at`` (目前，计划惠及: the
    programme's reach so far, ``NOW_BEFORE``)."""
    return NOW_BEFORE.search(x.before, 0, len(x.before) - len(x.clause) + at) is not None


def _doubling(x: RoleInput) -> Decision | None:
    # (翻 first: DOUBLED begins with it, and few figures do)
    doubled = x.sentence.startswith("翻", x.start) and DOUBLED.match(x.sentence, x.start)
    return (Role.GROWTH, 1) if doubled else None


# (总投资 asked only of plan words that hold it: most are other words, 计划, 拟)
SIZE_ONLY = Guard(SIZE_ONLY_PLAN)


def _counted_projects(x: RoleInput) -> Decision | None:
    if x.unit not in ("个", "项"):
        return None  # (the unit first: it is read without a scan)
    plans = [m.group() for m in _in_before(PROJECT_PLAN_CUE, x)]
    if plans and all(SIZE_ONLY.fullmatch(p) for p in plans) and PROJECT_NOUN.search(x.clause):
        return Role.ACTUAL, None
    return None


def _project_plan(x: RoleInput) -> Decision | None:
    found = _in_before(PROJECT_PLAN_CUE, x)
    plan = found[-1] if found else None
    if (
        plan is not None
        and not DONE_CUE.search(x.before, plan.end())
        and not FOLLOWED_PLAN.search(x.before, max(0, plan.start() - 20), plan.start())
        and not _projects_tallied(x, found)
    ):
        return Role.TARGET, None
    return None


def _projects_tallied(x: RoleInput, found: tuple[regex.Match[str], ...]) -> bool:
    """Whether the plan words before the figure are only 总投资 right after a count of
    projects, outside a plan: the investment of the projects the year brought in or
    signed (``PROJECTS_COUNTED``), no project's budget nor a pipeline's
    (``PIPELINE_PROJECTS``)."""
    size = found[-1].start()
    return (
        not x.planned
        and all(SIZE_ONLY.fullmatch(m.group()) for m in found)
        and PROJECTS_COUNTED.search(x.before, 0, size) is not None
        and PIPELINE_PROJECTS.search(x.before, max(0, size - 20), size) is None
    )


def _target_after(x: RoleInput) -> Decision | None:
    if (
        x.end is not None
        and x.sentence.startswith(TARGET_AFTER_OPENERS, x.end)
        and TARGET_AFTER.match(x.sentence, x.end)
    ):
        return Role.TARGET, None
    return None


# A figure followed by 的 and the target it is, named (低于3.5%的控制目标, 突破500万人次的预期
# 目标, 完成1.2万亩的省下达任务): the figure is that target's value. The word that names it
# ends the phrase: 120家的重点目标企业 are enterprises, not a target; but what became of the
# target may follow it at once (的预期目标未能实现, 的目标任务顺利完成). 的 and the target
# word alone (增长7%的目标) count too: the rule is tried before a change word's. A bound the
# result was kept within may close the phrase (控制在3%左右的调控目标以内, 控制在4.5%的控制目标
# 之内): the target is the bound.
TARGET_NAMED_AFTER: Final = regex_cache.compile(
    r"\s*(?:以上|以内|以下|左右)?的\p{Han}{0,4}?(?:目标任务|任务目标|目标|任务|要求)"
    r"(?:(?!\p{Han})|(?=未|没有|已|基本|如期|顺利|全面|圆满|超额|以内|之内|范围内))"
)


# (most figures are followed by a character no such noun opens with: a unit's, a pause)
TARGET_NAMED_OPENS: Final = FirstChars(TARGET_NAMED_AFTER)


def _target_named_after(x: RoleInput) -> Decision | None:
    if x.end is None or not TARGET_NAMED_OPENS.opens(x.sentence, x.end):
        return None
    if TARGET_NAMED_AFTER.match(x.sentence, x.end):
        return Role.TARGET, None
    return None


# A figure the year's opening set (年初承诺的10件惠民实事, 年初下达我县的3000户改厕任务, 年初排定的
# 36个重点项目): what was set, a target recalled, whatever became of it after.
SET_AT_START: Final = regex_cache.compile(
    r"年初[^，,；;。\d]{0,8}?(?:确定|提出|承诺|部署|安排|下达|制定|排定|谋划)了?"
    r"[^，,；;。\d]{0,6}?的$"
)


SET_OF_PARTS: Final = regex_cache.compile(r"[^，,；;。\d]{0,10}?中[，,]?")


def _set_at_start(x: RoleInput) -> Decision | None:
    # (not a sum: money set at the opening is an allocation made, 年初安排的1200万元专项资金已
    # 全部拨付到位, 年初下达的1.2亿元…已全部到位)
    if not x.near.endswith("的") or "年初" not in x.near or x.unit.endswith("元"):
        return None
    if x.end is not None and SET_OF_PARTS.match(x.sentence, x.end):
        return None  # (年初确定的12项主要指标中，10项完成: a count of the set its parts are of)
    return (Role.TARGET, None) if SET_AT_START.search(x.near) else None


# A count whose clause goes on to pledge its work by a deadline (48个村级便民服务站改造计划于12
# 月底前全部完成, 剩余的23户危房改造任务确保在年底前全部完成, 32处隐患点要在汛期前全部销号):
# the work is still to do, the figure its target (``role_cues.DEADLINE_AFTER``, a pledge's reach
# after the figure). Not without the pledge (…于9月底前全部完成 in a review: done), nor once
# done (已于9月底前完成). The pledge may open the next clause when the figure's own is only
# the things counted (剩余的4.2公里管网改造工程，力求在明年汛期前全部完工), not when it tells a
# deed of its own (全年完成改造46个，计划年底前全部挂牌运行: 46个 are done).
# …but the things counted may be there already, said by a clause and 的 right before the
# count (排查出的236处隐患, 摸排发现的42处问题, 群众反映的128件诉求, 今年拆除的36处违法建筑):
# only the work that follows is pending; so is a figure with 的 after it, which sizes the thing
# (累计投入资金860万元的防洪堤工程将于…前完工). Not what that clause says is still to do
# (``role_cues.STILL_TO_DO``: 剩余的, 未开工的, 尚未办结的, 待验收的, 需改造的).


def _deadline_after(x: RoleInput) -> Decision | None:
    if x.end is None or PLEDGE_CHARS.isdisjoint(x.sentence[x.end : x.end + PLEDGE_REACH]):
        return None
    pledge = DEADLINE_AFTER.match(x.sentence, x.end)
    if pledge is None:
        return None
    if x.sentence.startswith("的", x.end) or (
        x.near.endswith("的") and not STILL_TO_DO.search(x.near)
    ):
        return None
    if pledge.group("comma") and _last_in_clause(CARRIED_DEED, x) is not None:
        return None
    return Role.TARGET, None


def _sized_project(x: RoleInput) -> Decision | None:
    if x.end is not None and not SIZE_CHARS.isdisjoint(x.near) and SIZE_AT.search(x.near):
        project = PROJECT_AFTER.match(x.sentence, x.end)
        if project and not BUILT_AFTER.search(x.sentence, project.end()):
            return Role.TARGET, None
    return None


def _no_cue(x: RoleInput) -> Decision | None:
    return Role.ACTUAL, None


# The rules that state a figure is a plan's base, what is already done: a target passage
# around it does not make it a target (在上年836亿元的基础上增长10%, 由去年的22个增加到30个).
BASE_RULES: Final = frozenset({RoleRuleName.BASE_BUILT_ON, RoleRuleName.CHANGE_FROM})
# The rules the pipeline applies around ROLE_RULES, with why.
AROUND: Final[dict[RoleRuleName, str]] = {
    RoleRuleName.TABLE_COLUMN: "in a table of indicators the column's name gives the role "
    "(年度目标 → target, 完成率 → completion, 同比增长 → growth)",
    RoleRuleName.JOINED: "a figure joined to the one before (分别增长5.1%和7.2%) takes its role",
    RoleRuleName.TARGET_PASSAGE: "a passage that states targets by its wording "
    "(metrics/passages.py) makes its figures targets (a completion or forecast stays)",
}

R: Final = RoleRuleName
ROLE_RULES: Final[tuple[RoleRule, ...]] = (
    RoleRule(
        R.PLEDGED_RATE,
        Role.TARGET,
        _pledged_rate,
        examples=(
            "年内力争完成剩余任务，确保农村户厕改造完成率达到[100%]。",
            "确保全年重点项目投资计划完成率保持在[95%]以上。",
            "力争到2028年，全县棚户区改造完成率达到[100%]。",
            "今冬力争全年招商引资任务完成率达到[120%]。",
        ),
        counter=(
            "全县棚户区改造完成率达到[100%]。",
            "力争完成剩余任务，目前改造完成率达到[86%]。",
            "确保了全年重点项目投资计划完成率达到[96%]。",
            "预计全年改造完成率达到[98%]。",
            "全面完成年度目标任务，重点项目完成率达到[98%]。",
            "在确保安全生产的前提下，全年水利建设项目完成率达到[99%]。",
            "为确保年度任务按期完成，每月专题调度，项目投资完成率达到[97.5%]。",
            "全镇上下力争上游，今年人居环境整治任务完成率达到[100%]。",
            "确保年度任务全面完成，税收收入预算完成率达到[101.3%]。",
            "确保年度任务全面完成，全年农村改厕完成率达到[100%]。",
            "全县年度目标任务完成率达到[98%]。",
            "全县国土空间规划编制完成率达到[100%]。",
        ),
        why="a rate of completion a pledge or a plan aims at (确保…完成率达到100%) is set as a "
        "goal, not a measure of a target met",
    ),
    RoleRule(
        R.NAMED_RATE,
        Role.ACTUAL,
        _named_rate,
        examples=(
            "全区学前三年毛入园率达到92.4%，九年义务教育完成率[98.6%]。",
            "高中阶段教育普及率稳步提升，初中三年完成率[99.1%]。",
        ),
        counter=(
            "全年计划完成率[103.5%]。",
            "重大项目完成投资1.5万亿元，投资完成率[125.5%]。",
            "残疾儿童康复救助完成率[102%]。",
        ),
        why="a level named 某某完成率 is a rate of its own, not the completion of a target; "
        "above 100 % it is of a target (work done never passes its whole)",
    ),
    RoleRule(
        R.ACHIEVED_GROWTH,
        Role.GROWTH,
        _achieved_growth,
        examples=(
            "年初提出的地区生产总值增长6.5%的目标，实际完成[4.8%]。",
            "规上工业增加值预期增长8%，实际完成[6.1%]。",
            "固定资产投资原定增长10%左右，全年实际实现[7.2%]。",
            "港口货物吞吐量增速：目标5%，完成[6.4%]。",
            "外贸进出口增幅：年度目标8%，实现[9.7%]。",
            "单位工业增加值能耗降幅：目标3%，实际完成[3.4%]。",
        ),
        counter=(
            "城镇新增就业实际完成年度目标的[106%]。",
            "重点项目实际完成[95%]。",
            "快递业务量增速：目标10%，完成目标的[126%]。",
            "项目开工率：目标90%，完成[95%]。",
        ),
        why="a review that recalls a target of growth (增长6.5%的目标, 预期增长8%, or a row "
        "增速：目标5%) and then says 实际完成 (in such a row 完成) a percentage states the "
        "growth achieved, not a rate of completion (which says 完成…目标的 before it)",
    ),
    RoleRule(
        R.TARGET_OF_COMPLETION,
        Role.TARGET,
        _target_of_completion,
        examples=(
            "规模以上工业增加值增长10.2%，完成预期目标[11%]的92.7%。",
            "固定资产投资增长13.5%，完成年度计划[15%]的90%。",
        ),
        counter=(
            "招商引资到位资金12亿元，完成全年目标任务的[104.2%]。",
            "固定资产投资完成年度计划的[95.1%]，同比增长6%。",
        ),
        why="a percentage between 完成…目标/计划 and 的 with the rate after it names the target "
        "the rate is of: a target as set, not how much of it was met",
    ),
    RoleRule(
        R.COMPLETION_CUE,
        Role.COMPLETION,
        _completion_cue,
        examples=(
            "招商引资到位资金12亿元，完成全年目标任务的[104.2%]。",
            "一般公共预算支出完成预算的[96.3%]。",
            "重点项目年度计划完成率[88%]。",
            "全县一般公共预算收入完成14.2亿元，为调整预算的[100.6%]，增长3.8%。",
            "政府性基金预算收入32.5亿元，为调整后预算的[98.2%]。",
            "上半年非税收入3.1亿元，占全年预算的[52%]。",
            "前三季度一般公共预算支出完成21亿元，占年度预算的[76.4%]。",
        ),
        counter=(
            "新建标准化厂房完成[3万平方米]。",
            "全年预算调整的[12项]支出均已落实。",
            "民生支出占全年一般公共预算支出的[78%]。",
        ),
        why="a percentage after 完成…任务/目标/预算的 or 完成率 says how much of a target was met",
    ),
    RoleRule(
        R.PART_OF_YEAR,
        Role.COMPLETION,
        _part_of_year,
        examples=(
            "前三季度实现税收收入9.8亿元，占全年的[78.6%]。",
            "截至9月底，全镇新增城镇就业1260人，占全年[84%]。",
            "一季度完成农村公路建设46公里，占年度[31%]。",
            "1-6月全区新增市场主体3120户，占全年的[52.3%]。",
        ),
        counter=(
            "全年完成投资120亿元，其中上半年完成52亿元，占全年的[43.3%]。",
            "四季度实现税收收入3.2亿元，占全年的[26.4%]。",
            "下半年完成投资68亿元，占全年的[56.7%]。",
            "上半年全区旅游收入18亿元，占全市的[21.5%]。",
        ),
        why="a part of a year not yet over (上半年, 前三季度, 截至9月底) as a percentage of "
        "the whole year says how far the year's work has come, a completion; where the year "
        "is done or its total is stated, the part is a share of it",
    ),
    RoleRule(
        R.RATE_OF_STATED_TARGET,
        Role.COMPLETION,
        _rate_of_stated_target,
        examples=(
            "完成卫生健康项目投资2.35亿元，占年度计划投资2.2亿元的[106.8%]。",
            "新建改建农村公路132公里，占市下达任务120公里的[110%]。",
            "一般公共预算支出30.8亿元，占调整预算31.1亿元的[99%]。",
        ),
        counter=(
            "参保人数290.3万人，占户籍人口301.5万人的[96.3%]。",
            "全年计划投资2.2亿元，同比增长[12.5%]。",
        ),
        why="占, a target, task, plan or budget stated with its figure, then 的 and a "
        "percentage: how much of that target was met (a completion), not the target",
    ),
    RoleRule(
        R.SHARE_OF_STATED_WHOLE,
        Role.SHARE,
        _share_of_stated_whole,
        examples=(
            "基本医疗保险参保人数290.3万人，占户籍人口301.5万人的[96.3%]。",
            "民生支出24.8亿元，占一般公共预算支出31.6亿元的[78.5%]。",
        ),
        counter=(
            "完成投资1.6亿元，占年度计划投资1.5亿元的[106.7%]。",
            "全县户籍人口50万人，常住人口[46万人]。",
        ),
        why="占, a whole stated with its figure, then 的 and a percentage: the part's share "
        "of that whole, not a level of the whole",
    ),
    RoleRule(
        R.FORECAST_CUE,
        Role.FORECAST,
        _forecast,
        examples=(
            "预计全年地区生产总值达到[560亿元]。",
            "全年粮食产量有望突破[45万吨]。",
            "2024年我区[3名]运动员有望参加残奥会。",
            "年底前还有[5家]企业预计进入规上行列。",
        ),
        counter=(
            "全年地区生产总值达到[560亿元]。",
            "[3名]运动员获得金牌，有望冲击全国纪录。",
            "签约项目[12个]总投资预计达50亿元。",
            "已建成项目[3个]明年有望再建成5个。",
            "前三季度完成投资[45亿元]全年有望突破60亿元。",
        ),
        why="预计, 预测, 有望 in the figure's clause say it is expected, not yet a result; so "
        "do 有望, 预计 right after the thing a count counts",
    ),
    RoleRule(
        R.FORECAST_CARRIED,
        Role.FORECAST,
        _forecast_carried,
        examples=(
            "预计全年完成固定资产投资86亿元，其中工业投资[52亿元]。",
            "预计全年实现税收收入9.6亿元，到12月末非税收入[2.1亿元]。",
            "预计全年完成固定资产投资86亿元，新开工亿元以上项目[42个]。",
            "预计全年粮食总产量28.6万吨，油料产量[1.6万吨]。",
            "预计全年信访总量下降8%左右，群众满意率达到[95%]。",
            "预计全年地区生产总值增长6.5%，一般公共预算收入[12.8亿元]。",
        ),
        counter=(
            "预计全年完成投资86亿元，目前已完成[72亿元]。",
            "截至10月底完成投资[72亿元]，预计全年完成86亿元。",
            "预计全年完成投资86亿元；全年新增城镇就业[3200人]。",
            "预计全年完成投资86亿元，力争明年突破[100亿元]。",
            "预计全年完成投资86亿元，同比增长[8%]。",
            "预计全年完成投资86亿元，2026年新开工项目[50个]。",
            "存栏黄牛总数预计达1200头，建成黄精育苗基地[20个]。",
            "预计全年实现税收收入8.2亿元，前三季度完成[6.1亿元]。",
            "预计全年进出口总额12亿元，1-10月累计实现[9.6亿元]。",
            "预计全年粮食总产量32万吨，上年为[31.4万吨]。",
            "全县预计受灾的1.2万户群众已全部转移安置，发放救灾物资[3.6万件]。",
            "预计全年旅游收入减少3亿元，我局及时安排纾困资金[1200万元]。",
            "预计全年实现财政总收入15亿元，一至十月完成[12.6亿元]。",
            "预计全年完成社会消费品零售总额96亿元，前10个月实现[81.2亿元]。",
            "预计全年接待游客450万人次，本局组织开展文旅推介活动[28场]。",
            "预计全年粮食播种面积稳定在52万亩，县财政安排耕地地力保护补贴[3600万元]。",
            "预计全年完成工业投资42亿元，头十个月完成[35.2亿元]。",
            "预计全年完成工业投资42亿元，到9月底完成[33.6亿元]。",
            "预计全年实现营业收入12亿元，年初至10月底实现[10.6亿元]。",
        ),
        why="a forecast speaks for the clauses after its own to the end of its part of the "
        "sentence (预计全年完成投资86亿元，新开工项目42个), until one turns to what is done "
        "(已, 实际, 截至) or to a goal or another time; a growth or a share stays what it is "
        "(in a plan too: the expected year is not the plan's)",
    ),
    RoleRule(
        R.BASE_BUILT_ON,
        Role.ACTUAL,
        _base_built_on,
        examples=(
            "力争在去年新增[1200户]基础上再增加500户。",
            "目标在已建成[35个]驿站基础上，年内再建20个。",
        ),
        counter=("力争年内新增[1200户]。",),
        why="a figure inside the base a plan builds on (在…基础上) is what is already done",
    ),
    RoleRule(
        R.CHANGE_FROM,
        Role.ACTUAL,
        _change_from,
        examples=(
            "新开工项目由去年的[22个]增加到30个。",
            "常住人口城镇化率从[58.2%]提高到61%左右。",
            "农村生活污水治理率由[45%]提升至60%以上。",
            "全县常住人口城镇化率由2025年的[54.6%]提高到62%。",
            "省级以上专精特新企业从2020年末的[12家]增加到40家。",
        ),
        counter=(
            "新开工项目增加到[30个]。",
            "由县财政安排[300万元]用于困难群众救助。",
            "新开工项目由去年的22个增加到[30个]。",
        ),
        # counter-examples stand in a plan too; in a review (产业投资占比由[26.7%]提高到52.1%)
        # the rule is not asked
        why="a plan that raises a level from one figure to another names where it starts "
        "(由22个增加到30个): the first figure is the level reached, only the second is aimed at",
        section=SectionKind.PLAN,
    ),
    RoleRule(
        R.DONE_LAST_YEAR,
        Role.ACTUAL,
        _done_last_year,
        examples=(
            "去年全县新增城镇就业[4120人]，今年要新增4200人以上。",
            "上年完成人工造林[1.2万亩]，今年计划完成1.5万亩。",
            "今年共受理法律援助案件[1046件]，明年力争突破1200件。",
            "今年全镇新建村级光伏电站[6座]，明年再建8座。",
            "上年全县新增城镇就业3800人，城镇登记失业率[3.2%]；今年力争新增4000人。",
            "过去一年全区受理劳动人事争议案件620件，结案率[95.6%]。",
        ),
        counter=(
            "上年全县新增城镇就业3800人，今年城镇登记失业率控制在[3.5%]以内。",
            "上年全县新增城镇就业3800人；城镇登记失业率控制在[3.5%]以内。",
            "去年全县新增城镇就业4120人，今年要新增[4200人]以上。",
            "去年确定的目标是新增就业[4000人]。",
            "去年以来新建村级服务站[36个]。",
            "今年计划新建村级光伏电站[6座]，明年再建8座。",
            "今年新增城镇就业[4200人]以上。",
            "今年共受理法律援助案件1046件，明年力争突破[1200件]。",
        ),
        why="in a plan, a clause that opens with last year (or with 今年, when the sentence "
        "goes on to 明年) reports what was done then: the year under review's result, quoted "
        "as the plan's starting point, not a goal; so do the clauses after it to the first goal "
        "word of its part of the sentence, and those of a part that opens with a five-year plan's "
        "period already over (“十四五”期间, in a plan for 2026)",
        section=SectionKind.PLAN,
    ),
    RoleRule(
        R.STOCK_IN_PLAN,
        Role.ACTUAL,
        _stock_in_plan,
        examples=(
            "目前全县已建成充电桩[1200个]，今年新增800个。",
            "截至去年底，全县共有养老床位[3200张]，今年新增600张。",
            "全县现有规模以上工业企业[152家]，今年新增20家。",
            "全县现有规上企业已由2020年的86家增加到[132家]，今年力争突破150家。",
            "全县现有省级农业龙头企业28家，其中国家级[5家]。",
        ),
        counter=(
            "目前全县已建成充电桩1200个，今年新增[800个]。",
            "全县现有省级农业龙头企业28家，今年新增[5家]。",
            "全县现有乡镇卫生院18家，其中年内提标改造[4家]。",
            "全县累计建成5G基站[1500个]。",
            "力争全县已建成的充电桩达到[2000个]。",
            "人工影响天气作业点由现有的18个增加到[25个]。",
            "城区公共停车泊位从目前已建成的3200个增加到[5000个]。",
        ),
        why="in a plan, a clause that says what already stands (现有, 共有, 已建成, 截至去年底) "
        "reports a level reached, quoted before what the plan adds, not a goal (and a part of "
        "it after 其中)",
        section=SectionKind.PLAN,
    ),
    RoleRule(
        R.DONE_TO_DATE,
        Role.ACTUAL,
        _done_to_date,
        examples=(
            "今年以来累计完成固定资产投资[86亿元]，下半年将新开工项目20个。",
            "1-10月累计实现税收收入[12.3亿元]，同比增长5%。",
            "截至9月底，全县新增市场主体[2100户]，完成全年任务的84%。",
            "目前已完成人工造林[1.2万亩]，下一步将完成剩余0.8万亩。",
            "前三季度累计接待游客[380万人次]，全年力争突破500万人次。",
        ),
        counter=(
            "前三季度累计接待游客380万人次，全年力争突破[500万人次]。",
            "今年以来累计完成固定资产投资86亿元，下半年将新开工项目[20个]。",
            "上半年完成全年任务的[50%]。",
            "1—3月，固定资产投资增长[10%]；全年增长8%以上。",
            "一季度实现地区生产总值[96亿元]。",
            "确保已开工的[30个]项目年内建成投产。",
            "目前已完成人工造林1.2万亩，下一步将完成剩余[0.8万亩]。",
            "农村自来水普及率从目前的91%提高到[97%]，新建集中供水工程16处。",
            "农村自来水普及率从目前的91%提高到97%，新建集中供水工程[16处]。",
        ),
        why="in a plan, a span of the year that has already run (今年以来, 1-10月, 前三季度, "
        "截至9月底, 目前) or 已 reports how far the year has come, until a goal word or "
        "another time turns to what is still to do",
        section=SectionKind.PLAN,
    ),
    RoleRule(
        R.PLAN_SECTION,
        Role.TARGET,
        _plan_section,
        examples=(
            "新建改建农村公路[120公里]。",
            "城镇新增就业[5000人]以上。",
        ),
        counter=(),
        why="in a section of plans (or a key-points document) every other figure is aimed at",
        section=SectionKind.PLAN,
    ),
    RoleRule(
        R.TIME_AHEAD,
        Role.TARGET,
        _time_ahead,
        examples=(
            "下一步，全县新建村级养老服务站[12个]。",
            "今后两年，全区改造城镇老旧小区[36个]，惠及居民4200户。",
            "新的一年，县档案馆接收进馆档案[1.2万卷]，数字化率提高到60%。",
            "来年，全镇农村生活污水治理率同比提高[5个百分点]。",
            "今后三年，县供水公司计划把管网漏损率再压减[3个百分点]。",
        ),
        counter=(
            "全县新建村级养老服务站[12个]。",
            "明年新建村级养老服务站20个，目前已建成[5个]。",
            "明年是“十五五”开局之年，全县地区生产总值增长[5.6%]。",
            "明年力争新增城镇就业4500人；今年全县新增城镇就业[4350人]。",
            "今后的工作中，全局办理政务服务事项[12.6万件]。",
            "下一步工作的重点是，巩固全县脱贫人口[3.6万人]的帮扶成果。",
            "下一年度财政预算草案编制完成，共梳理项目[412个]。",
            "明年3月起施行的条例，全年开展普法宣传[56场]。",
            "明年全面推行的河湖长制考核办法，全年组织培训[32期]。",
        ),
        why="a review's sentence that a time still ahead opens (明年，…; 下一步，…; 今后两年，…) "
        "plans: its figures are aimed at, to the end of its part, unless their clause turns to "
        "what is done or stands now",
    ),
    RoleRule(
        R.GOAL_BEFORE_GROWTH,
        Role.TARGET,
        _goal_before_growth,
        examples=(
            "规上工业增加值目标增长[7%]。",
            "居民人均可支配收入力争提高[6个百分点]。",
            "地区生产总值原定增长[7%]，实际增长4.1%。",
        ),
        counter=("规上工业增加值同比增长[7%]。", "确定重点项目32个，全年增长[4.1%]。"),
        why="a goal word right before a change word (目标增长, 力争提高) aims at the change",
    ),
    RoleRule(
        R.BENCHMARK_CUE,
        Role.COMPARISON,
        _benchmark,
        examples=(
            "农村居民人均可支配收入增速高于全市平均水平[2个百分点]。",
            "城镇登记失业率3.1%，低于全省平均[1.3个百分点]。",
            "人均预期寿命比全国平均高出[1.6岁]。",
            "学前教育毛入园率较全市平均水平高[3.2个百分点]。",
        ),
        counter=(
            "增速比上年高出[1.2个百分点]。",
            "民生支出占全市的[12%]。",
            "高于上年水平[0.5个百分点]。",
        ),
        why="a difference from a level elsewhere (全省平均水平, 全国平均, 国家标准, 全市) is a "
        "comparison with a benchmark, not a change over time; its direction is the word's "
        "(低于, 低 → −1)",
    ),
    RoleRule(
        R.MULTIPLE_OF_PAST,
        Role.GROWTH,
        _multiple_of_past,
        examples=(
            "财政收入达到12亿元，是2015年的[2.1倍]。",
            "累计完成投资860亿元，是“十二五”时期的[2.6倍]。",
            "全年引进项目资金相当于上年的[1.5倍]。",
            "五年累计完成交通投资520亿元，是上一个五年的[1.9倍]。",
        ),
        counter=("杂交稻亩产是普通品种的[1.5倍]。", "人均可支配收入是全省平均水平的[1.2倍]。"),
        why="是, 为 or 相当于 the thing's own past (a year, 上年, a plan period) and 的 before a "
        "multiple: how many times its earlier level it reached, a growth as 增长1.1倍 is",
    ),
    RoleRule(
        R.MULTIPLE_OF_BENCHMARK,
        Role.COMPARISON,
        _multiple_of_benchmark,
        examples=(
            "城镇居民人均可支配收入是全省平均水平的[1.2倍]。",
            "每万人口发明专利拥有量为全国平均的[1.4倍]。",
        ),
        counter=("财政收入达到12亿元，是2015年的[2.1倍]。", "杂交稻亩产是普通品种的[1.5倍]。"),
        why="是 or 为 a level elsewhere (全省平均水平, 全国平均) and 的 before a multiple compares "
        "the thing with a benchmark, as 高于全省平均 does",
    ),
    RoleRule(
        R.UNDER_TARGET,
        Role.COMPARISON,
        _under_target,
        examples=(
            "PM2.5平均浓度32微克/立方米，低于省定目标[3微克/立方米]。",
            "城镇登记失业率2.7%，比年度目标低[0.8个百分点]。",
            "全年发生火灾128起，少于市下达控制指标[22起]。",
        ),
        counter=(
            "城镇登记失业率2.9%，低于目标值[3.5%]。",
            "粮食播种面积完成[96%]，低于省定目标。",
        ),
        why="低于…目标, 比…目标低 right before a figure: it is by how much a result stayed "
        "under its target (a comparison, direction −1), not the target; the target word "
        "must end right before it (目标值3.5% is the target's value)",
    ),
    RoleRule(
        R.TARGET_NAMED_AFTER,
        Role.TARGET,
        _target_named_after,
        examples=(
            "城镇登记失业率2.9%，低于[3.5%]的控制目标。",
            "全年接待游客560万人次，突破[500万人次]的预期目标。",
            "新建高标准农田1.3万亩，超额完成[1.2万亩]的省下达任务。",
            "年初确定的地区生产总值增长[7%左右]的预期目标未能实现。",
            "圆满完成一般公共预算收入增长[5%]的年度目标任务。",
            "粮食产量增加[2万吨]的目标顺利实现。",
            "居民消费价格上涨1.9%，控制在[3%左右]的调控目标以内。",
            "城镇登记失业率3.6%，控制在[4.5%]的控制目标之内。",
        ),
        counter=(
            "帮扶[120家]的重点目标企业完成数字化改造。",
            "开展技能培训[3200人次]的同时做好就业服务。",
            "地区生产总值增长[6.5%]，完成年度目标。",
            "在上年增长[8%]的基础上继续保持较快增长。",
        ),
        why="a figure followed by 的 and a named target (的控制目标, 的预期目标, 的省下达任务) "
        "is that target's value, not a result; so too after a change word (增长7%左右的预期"
        "目标, a review recalling the year's target): it is tried before the change word's rule",
    ),
    RoleRule(
        R.GROWTH_CUE,
        Role.GROWTH,
        _growth,
        examples=(
            "社会消费品零售总额同比增长[5.2%]。",
            "生产安全事故起数较上年下降[12.5%]。",
            "全年接待游客比上年多[3.6万人次]。",
            "规上企业数量同上年相比多出[5家]。",
            "增速比上年高出[1.2个百分点]。",
            "茶叶总产量2100吨，较上年增产[150吨]。",
            "油菜籽产量同比减产[6.2%]。",
            "“十五”期间全县财政收入年均递增[11.6%]。",
            "化肥施用量比上年递减[3.5%]。",
            "供热面积较上个采暖季新增[48万平方米]。",
            "特殊教育学校在校生比上一学年新增[32名]。",
        ),
        counter=(
            "社会消费品零售总额[120亿元]。",
            "推广良种增产粮食[300吨]。",
            "巩固提升[3.2万]农村人口饮水安全水平。",
            "改造电网线路，提高[1.8万]户籍居民用电质量。",
        ),
        why="a change word (增长, 下降, 比上年多) right before the figure makes it a change from "
        "a base; its direction is the word's, turned by a negative sign. Not a bare myriad "
        "counting the noun after it with no base named (提升3.2万农村人口…: those people)",
    ),
    RoleRule(
        R.SHARE_PUT_TO,
        Role.SHARE,
        _share_put_to,
        examples=(
            "全年财政支出56亿元，[80%]以上用于保障和改善民生。",
            "新增专项债券资金120亿元，[60%]投向重大基础设施项目。",
            "全市外贸进出口总额中，[45%]来自民营企业。",
        ),
        counter=(
            "资金使用率[95%]，用于民生的资金逐年增加。",
            "[5000万元]用于校舍改造。",
            "群众满意度达[96.5%]来自第三方评估结果。",
            "基站覆盖率[100%]投入运营。",
        ),
        why="a percentage followed by what it goes to or comes from (用于, 投向, 来自) is the "
        "part of a sum stated before it",
    ),
    RoleRule(
        R.SHARE_CUE,
        Role.SHARE,
        _share,
        examples=(
            "民生支出占一般公共预算支出的[78.5%]。",
            "高新技术产业增加值占比达到[41%]。",
            "女性干部412名，占2023年末全县在职干部总数比例为[36.8%]。",
            "引进高层次人才86名，占全市新引进专业技术人才总数比例达到[12.4%]。",
        ),
        counter=(
            "民生支出完成[45亿元]。",
            "住院费用政策范围内报销比例达到[70%]。",
            "项目占地面积120亩，其中绿化用地比例[35%]。",
            "全县耕地占补平衡项目验收合格比例达到[100%]。",
            "占全县总人口两成的农村低保对象医疗救助比例达到[70%]。",
        ),
        why="占…的, 占比, 比重 right before a percentage name it a part of a whole; so does 占 "
        "a whole named at length (a year, a scope) and 比例 or 比重",
    ),
    RoleRule(
        R.BEAT_TARGET,
        Role.GROWTH,
        _beat_target,
        examples=(
            "新增市场主体超额完成任务[820户]。",
            "造林绿化超过目标任务[0.3万亩]。",
            "粮食播种面积63.1万亩，超过国家下达任务[0.6万亩]。",
        ),
        counter=("新增市场主体完成任务[820户]。",),
        why="超额完成任务, 超过目标 before a figure: it is by how much a result beat its "
        "target, a difference like a growth",
    ),
    RoleRule(
        R.TARGET_CUE,
        Role.TARGET,
        _target_cue,
        examples=(
            "力争全年引进项目[30个]。",
            "下达我县的年度目标任务为[4500户]。",
            "计划新建污水管网[18公里]。",
            "全县计划惠及农村留守儿童[3200人]。",
            "今年计划举办职业技能竞赛[12场]。",
            "下步将新培育规上工业企业[8家]。",
            "四季度计划再新开工项目[15个]。",
            "务必完成高标准农田建设[3.5万亩]。",
            "区城管局打算新增公共停车泊位[800个]。",
            "城区公共停车泊位将提高到[1.5万个]。",
            "计划把农村自来水普及率提高到[98%]。",
            "全年目标粮食综合商品率达到[60%]。",
        ),
        counter=(
            "规划、储备、包装了项目[15个]。",
            "制定学习计划[12份]。",
            "按计划完成植树造林[1.2万亩]。",
            "全年超计划完成造林[0.3万亩]。",
            "全县计划生育家庭奖励扶助对象[3200人]。",
            "目前，计划惠及全县农村学校学生[8.6万名]。",
            "该计划覆盖全市低收入家庭[1.2万户]。",
            "人均预期寿命达到[80.2岁]。",
            "全年共争取中央和省预算内投资[2.36亿元]。",
            "将争取到的[1.5亿元]专项债券资金全部投入重点项目。",
            "将12个村纳入示范创建，新建文化广场[8个]。",
            "全年争取新增政府债券资金[8.2亿元]。",
            "全年将城乡低保标准提高到每人每月[780元]。",
            "乡镇国土空间规划编制经费到位[320万元]。",
            "全县签订安全生产目标责任书[1260份]。",
            "全市控制性详细规划覆盖率[81%]。",
        ),
        why="a target word in the figure's clause (力争, 目标任务, 计划 before any verb of work "
        "done, or a pledge by its shape: 将, 计划 or 拟 with a time ahead and words of "
        "manner before such a verb, 下步将新培育, 计划再新开工), unless words after it say "
        "the thing is done (了, 已, 实际); 按计划, 超计划 follow a plan and 该计划, 目前计划 "
        "name the programme: they pledge nothing",
    ),
    RoleRule(
        R.DOUBLING,
        Role.GROWTH,
        _doubling,
        examples=(
            "全市高新技术企业数量比2020年[翻两番]。",
            "农村居民人均可支配收入较十年前[翻了一番]。",
        ),
        counter=("力争经济总量比2020年[翻一番]。", "外贸进出口额是上年的[2倍]。"),
        why="翻一番, 翻了两番 say the quantity grew to twice or four times its base: a growth "
        "(after a target word, as 力争翻一番, a target)",
    ),
    RoleRule(
        R.COUNTED_PROJECTS,
        Role.ACTUAL,
        _counted_projects,
        examples=(
            "新签约项目42个，总投资156亿元，其中亿元以上项目[18个]。",
            "全年开工总投资5000万元以上项目[46个]。",
            "签约落地总投资超亿元的产业项目[23个]。",
        ),
        counter=(
            "拟实施项目20个，总投资85亿元，其中续建项目[12个]。",
            "新签约项目42个，总投资156亿元，其中工业投资[98亿元]。",
        ),
        why="a count of projects after their total investment (总投资) counts projects signed "
        "or started: 总投资 sizes them, it does not plan them (拟, 计划 would)",
    ),
    RoleRule(
        R.PROJECT_PLAN,
        Role.TARGET,
        _project_plan,
        examples=(
            "项目概算总投资3.2亿元，新建厂房[4.5万平方米]。",
            "项目建成后，年可处理生活垃圾[18万吨]。",
            "向社会资本推介项目120个、总投资[860亿元]。",
        ),
        counter=(
            "计划新建1200套，实际开工[1350套]。",
            "自建成后，累计处理污水[820万吨]。",
            "全年新引进产业项目58个，总投资达到[296亿元]。",
            "集中签约重大项目27个、协议总投资[143亿元]。",
        ),
        why="a sentence that opens a plan (概算, 计划投资, 建成后可…) makes its later figures "
        "plans, until it goes on to what was done; but 总投资 right after a count of projects "
        "in a review sizes the projects the year brought in or signed (PROJECTS_COUNTED): a "
        "tally of its work, whereas one project's 总投资 (项目总投资12亿元) is its plan",
    ),
    RoleRule(
        R.TARGET_AFTER,
        Role.TARGET,
        _target_after,
        examples=(
            "高于上级规定的[90%]要求。",
            "比对省定[85%]目标，仍有差距。",
        ),
        counter=("达标率提高到[90%]以上。",),
        why="a figure followed by 要求, 目标 or 任务 states the requirement, not the result",
    ),
    RoleRule(
        R.SET_AT_START,
        Role.TARGET,
        _set_at_start,
        examples=(
            "年初承诺的[10件]惠民实事全部办结。",
            "市政府年初下达我县的[3000户]农村改厕任务提前完成。",
            "年初排定的[36个]重点项目已开工34个。",
            "年初向社会公开承诺的[15件]民生实事全部办结。",
        ),
        counter=(
            "年初以来新建村级服务站[36个]。",
            "年初确定的重点项目完成投资[12亿元]。",
            "年初至今新增市场主体[3120户]。",
            "年初以来新建的[36个]村级服务站全部投用。",
            "年初安排的[1200万元]专项资金已全部拨付到位。",
            "市政府年初下达的[1.2亿元]中央预算内投资已全部到位。",
            "年初确定的[15项]主要预期指标中，完成或超额完成11项。",
        ),
        why="a figure the year's opening set (年初确定的, 年初承诺的, 年初下达的) is a target "
        "recalled, whatever became of it after",
    ),
    RoleRule(
        R.DEADLINE_AFTER,
        Role.TARGET,
        _deadline_after,
        examples=(
            "全县[48个]村级便民服务站改造计划于12月底前全部完成。",
            "剩余的[23户]危房改造任务确保在年底前全部完成。",
            "[6座]农村供水站改造拟于明年6月底前建成投用。",
            "[15户]易地搬迁安置户计划在春节前全部入住。",
            "剩余的[2.6公里]堤防工程，确保明年汛期前全面合龙。",
            "还未验收的[4座]小水电站务必在年底前完成验收。",
        ),
        counter=(
            "全年建成农村幸福院[18个]，计划明年3月底前全部投入运营。",
            "督查发现的[27个]问题，要求在一个月内整改到位。",
            "项目总投资[3.2亿元]，计划年内动工。",
            "[1260件]投诉件均按要求于10个工作日内办结。",
            "全县[9所]中小学校舍加固工程主要在暑假前完工。",
            "[14座]桥梁原计划于9月底前通车，实际提前半个月通车。",
            "[48个]村级便民服务站改造已于9月底前全部完成。",
            "全县[48个]村级便民服务站改造于9月底前全部完成。",
            "全县48个村级便民服务站改造计划于12月底前全部完成，目前已完成[36个]。",
            "排查出的[236处]安全隐患要求在12月底前全部完成整改。",
            "全年发放的[3.2万张]社保卡要在一个月内完成激活。",
            "累计投入资金[860万元]的防洪堤工程将于明年汛期前完工。",
            "摸排发现的[42处]问题要在年底前完成整改。",
            "群众反映的[128件]诉求计划于月底前全部完成办理。",
        ),
        why="a count whose clause goes on to pledge its work by a deadline (计划于…前完成, "
        "确保在年底前全部完成, 要在汛期前全部销号; or the next clause, when the figure's is only "
        "the things counted) is still to do: the figure is its target; not things a clause and "
        "的 describe as there already (排查出的, 群众反映的), unless still to do (剩余的, "
        "未开工的)",
    ),
    RoleRule(
        R.SIZED_PROJECT,
        Role.TARGET,
        _sized_project,
        examples=(
            "引进年产[5万吨]新型建材项目。",
            "签约投资[12亿元]的物流园项目。",
        ),
        counter=("建成年产[5万吨]新型建材项目。", "投资[12亿元]的物流园项目已建成投用。"),
        why="a project sized by its capacity or investment is planned unless the sentence says "
        "it was built",
    ),
    RoleRule(
        R.NO_CUE,
        Role.ACTUAL,
        _no_cue,
        examples=("全县新增城镇就业[3200人]。", "完成农村户厕改造[860户]。"),
        counter=(),
        why="with no cue, a figure in a review is what was done",
    ),
)


def decide_role(
    x: RoleInput, disabled: frozenset[RoleRuleName] = frozenset()
) -> tuple[Role, int | None, RoleRuleName]:
    """(role, direction, rule) of the first rule of ``ROLE_RULES`` (not ``disabled``) that
    decides; ``no_cue`` decides last."""
    for rule in ROLE_RULES:
        if disabled and rule.name in disabled:  # (a run disables none: no lookup)
            continue
        found = rule.decide(x)
        if found is not None:
            return found[0], found[1], rule.name
    return Role.ACTUAL, None, RoleRuleName.NO_CUE
