"""Government work reports: what a report's headings and paragraphs open, and the
five-year plans they name.

Contract: pure functions over a heading or a paragraph's first words, and the report's
plan year.

- ``five_year_periods(heading)`` gives the years of the five-year plans a heading names
  (``“十四五”`` → 2021–2025), and ``heading_kind`` the section kind of a report's
  heading (``bare_heading`` tells a heading that lost its number, or an annex's): the
  review is a summary, the year's work, the targets and the five-year goals are a plan;
- ``defines_terms(heading)`` tells the heading of an explanation of terms (名词解释), and
  ``in_definition`` a figure in an entry's term or a clause that defines it;
- ``heading_period`` gives the five-year plan a section speaks of, and
  ``paragraph_state`` what a paragraph opens by its first words (the five years past or
  to come, or the year past).

Every cue is a ``Cue`` (``govreport``) with a name, examples of different wording,
counter-examples and why; the tests run ``CUES``.
"""

from __future__ import annotations

from metrics import regex_cache
from metrics.gates import Guard
from metrics.opening import held_literals, opening_chars
from metrics.records import SectionKind
from metrics.segment.govreport import Cue

# Five years ahead named without a plan's number: 今后五年, 未来五年 (from the plan year on).
NEXT_FIVE_YEARS = Cue(
    name="next_five_years",
    pattern=regex_cache.compile(r"今后五年|未来五年"),
    examples=("二、今后五年奋斗目标", "（二）未来五年的主要目标任务"),
    counter=("一、过去五年工作回顾", "五年来的主要工作"),
    why="the report that opens a government's term sets goals for the five years from its "
    "own year on, without naming the five-year plan",
)
# 十四五 = 2021–2025: from the sixth plan on (1981–1985) the n-th plan starts in 1951 + 5n.
FIVE_YEAR = Cue(
    name="five_year_plan",
    pattern=regex_cache.compile(
        r"[“\"]?(?P<n>[一二三四五六七八九十]{1,3})五[”\"]?(?:时期|规划|期间|发展)?"
    ),
    examples=("“十四五”时期发展成就", "二、“十五五”时期主要目标任务", "十三五规划圆满收官"),
    counter=("三、2026年重点工作", "五年来，我们坚持稳中求进"),
    why="reports review and plan by five-year plans named by their number (十四五, 十五五)",
)
PLAN_NUMBERS = {"六": 6, "七": 7, "八": 8, "九": 9, "十": 10}

# The review of a report: what was done (回顾, 成就, 成绩, 过去一年).
REVIEW = Cue(
    name="review_heading",
    pattern=regex_cache.compile(r"回顾|成就|成绩|过去[一五]年|主要工作|完成情况|执行情况|总结"),
    examples=(
        "一、2025年工作回顾",
        "一、2025年主要工作和“十四五”发展成就",
        "过去五年的主要成绩",
        "二、本年度预算执行情况",
        "一、2015年目标任务完成情况",
        "一、本年度工作总结",
    ),
    counter=("三、2026年重点工作", "二、“十五五”时期主要目标任务", "三、今年上半年经济运行情况"),
    why="the first part of every report looks back on the year (and the five years) past; "
    "a heading that reports how the work or the budget went (完成情况, 执行情况, 总结) "
    "reviews, whatever year it names",
)
# The plan of a report: the year's work, the goals, the tasks, the five-year goals.
PLAN = Cue(
    name="plan_heading",
    pattern=regex_cache.compile(
        r"重点工作|工作安排|主要任务|重点任务|目标任务|主要目标|预期目标|总体要求|"
        r"主要考虑|发展思路|今年工作|政府工作的总体要求"
    ),
    examples=(
        "三、2026年重点工作",
        "二、“十五五”时期主要目标任务",
        "二、今年工作的总体要求和主要预期目标",
        "二、“十五五”发展的主要考虑",
        "三、2026年工作安排",
    ),
    counter=("一、2025年工作回顾", "四、切实加强政府自身建设"),
    why="the rest of a report sets the year's goals and work, and the five-year plan's",
)
# A heading printed without its number (a copy that drops the 一、 the page set in bold):
# a short line of its own, with no pause in it, that ends in words of the review or the plan.
# A web copy may set such a heading in 【】 instead of a number (【2025年工作回顾】,
# 【“十五五”主要目标】): the brackets mark it as the number would; the page's buttons in
# brackets (【打印本页】, 【关闭窗口】, 【相关阅读】) name no review or plan.
BARE_HEADING = Cue(
    name="bare_heading",
    pattern=regex_cache.compile(
        r"^\s*(?![^\n]*(?:我们|做好|抓好|落实|完成|部署|推进|人民代表大会|工作报告))"
        # (a table's head is a row of cells, apart by tabs or runs of spaces: no heading)
        r"(?![^\n]*\S[ \u3000]{2,}\S)(?P<bracket>【)?[^，。；：:,;！？!?\n\t【】]{0,24}?"
        r"(?:回顾|成就|成绩|主要工作|重点工作|工作重点|工作安排|主要任务|重点任务|目标任务|主要目标"
        r"|预期目标|总体要求)(?(bracket)】)\s*$"
    ),
    examples=(
        "2025年工作回顾",
        "“十五五”时期主要目标任务",
        "今年政府工作的总体要求和主要预期目标",
        "过去五年的主要成绩",
        "【2025年工作回顾】",
        "【“十五五”主要目标】",
        "【今年政府工作的总体要求】",
        # (the brackets may hold the heading's number and a pause: 【二、…主要目标、工作重点】)
        "【二、2019年的主要目标、工作重点】",
        "2027年工作重点",
    ),
    counter=(
        "2026年青川市政府工作报告",
        "围绕上述目标，重点抓好以下工作：",
        "我们要全力以赴抓好2026年重点工作",
        "认真落实2026年重点工作",
        "2025年工作回顾。全县地区生产总值增长5.8%",
        "指标名称\t2027年实际\t2028年预期目标",
        "主要指标  2025年完成  2026年主要目标",
        "【打印本页】",
        "【相关阅读】2025年工作回顾",
        "2025年工作回顾】",
    ),
    why="a web copy or a plain-text copy may lose a heading's number; the line then stands "
    "alone, short and unpunctuated, and still names the review or the plan it opens (a "
    "table's head row, whose last cell may name the targets, is cells, not a heading)",
)
# What a copy prints after the report's body: its annexes and the explanation of its terms.
ANNEX = Cue(
    name="annex_heading",
    pattern=regex_cache.compile(
        r"^\s*(?:附件\s*\d{0,2}|附[：:]?\s*(?:名词解释|名词注释)|名词解释|名词注释|注释)\s*[：:]?\s*$"
    ),
    examples=("附件", "名词解释", "附：名词解释", "附件2："),
    counter=(
        "附件1所列项目全部开工",
        "名词解释见附件",
        "注释：本报告中涉及增长速度均按可比价格计算。",
    ),
    why="a Word copy of a report carries its annexes and an explanation of its terms after "
    "the body; they review and plan nothing, and their numbers are names and definitions",
)
# An annex that explains the report's terms: its entries are names and definitions, whose
# numbers (3. 15分钟生活圈, 步行15分钟范围内, 乘车30分钟内可到达一所医院, 年主营业务收入2000
# 万元及以上的企业) are a list's numbering, a name's or a definition's bound, never a result
# or a target. Not an annex of tables (附件：主要经济指标完成情况), whose figures are results.
GLOSSARY = Cue(
    name="glossary_heading",
    pattern=regex_cache.compile(
        r"^\s*(?:附(?:件\s*\d{0,2})?\s*[：:]?\s*)?(?:有关|本报告)?"
        r"(?:名词(?:术语)?(?:解释|注释|说明)|术语(?:解释|说明))\s*[：:]?\s*$"
    ),
    examples=("名词解释", "附：名词解释", "附件2：名词注释", "本报告名词术语解释"),
    counter=(
        "附件",
        "附件1：2025年主要经济指标完成情况",
        "名词解释见附件",
        "15分钟生活圈：指居民步行15分钟范围内的社区生活单元。",
    ),
    why="a report's explanation of its terms defines them: the numbers of its entries are "
    "numbering, names and the bounds of definitions, none a statistic of the work",
)
# Inside such an explanation, a clause that defines (指, 是指, 即: 指乘车30分钟内可到达一所
# 医院) bounds the term; a clause that reports (全市认定培育企业120家, 提出4个方面21条措施)
# still states the work's figures. Searched in the line before a figure.
DEFINING = Cue(
    name="defining_clause",
    pattern=regex_cache.compile(
        r"(?:^|[，,；;：:。])\s*(?:是指|主要指|特指|泛指|意指|指|即)[^，,；;：:。]*$"
        # …or a clause that converts one measure into the term's (a unit the entry
        # defines: 标准箱, 标准煤, 标准亩): what is 计为, 折合 or 折算为 so many of it
        r"|(?:计为|折合为?|折算[为成]|换算[为成])约?\s*$"
    ),
    examples=(
        "2.“30分钟”就医圈：指城乡居民乘车",
        "规上工业企业：是指年主营业务收入",
        "一刻钟便民生活圈：以社区为单元，即居民步行",
        "2.标准箱：以一个长20英尺的集装箱为计算单位，一个长40英尺的集装箱计为",
        "3.标准煤：热值为7000千卡的煤，1吨原煤约折合",
        "1.亩均税收：税收总额除以用地面积，用地面积按1公顷折算为",
    ),
    counter=(
        "2. 新质生产力：以科技创新为主导的先进生产力，全市认定培育企业",
        "稳增长“21”条：省政府办公厅印发若干政策措施，提出",
        "全县指导企业",
        "3.标准煤：全市能源消费总量折合标准煤后下降",
    ),
    why="a definition's numbers bound the term it defines (步行15分钟, 2000万元及以上) or "
    "convert a measure into the unit it defines (计为2个标准箱, 折合0.714吨标准煤); they "
    "are no result and no target",
)
# …and the measure such a clause converts, the figure before its conversion verb (1吨原煤
# 约折合0.714吨标准煤, 1千克原煤平均折合0.7143千克标准煤, 一个长40英尺的集装箱计为2个标准箱,
# 用地面积按1公顷折算为15亩): the unit the entry defines is so many of that measure, which is
# no more a result than the figure after the verb. Matched at the figure, in its own clause.
# (Counter: a fact the entry reports and converts in a clause of its own, 全市能源消费总量
# 1200万吨，折合标准煤860万吨, keeps its figure; so does one converted after the verb.)
CONVERTED = Cue(
    name="converted_measure",
    pattern=regex_cache.compile(
        r"[\d０-９][^，,；;：:。]{0,16}?(?:计为|折合为?|折算[为成]|换算[为成])"
    ),
    examples=(
        "1吨原煤约折合0.714吨标准煤。",
        "1千克原煤平均折合0.7143千克标准煤。",
        "40英尺的集装箱计为2个标准箱。",
        "1公顷折算为15亩。",
    ),
    counter=(
        "1200万吨，折合标准煤860万吨。",
        "0.714吨标准煤。",
        "全市认定培育企业120家。",
    ),
    why="a definition that converts a measure into the unit it defines states both sides of "
    "the conversion as the unit's size, neither a result nor a target",
)
# A paragraph that opens with a five-year plan's name opens what is said of that plan:
# inside a review, the plan to come starts there; the plan past is reviewed there.
PARAGRAPH = Cue(
    name="five_year_paragraph",
    pattern=regex_cache.compile(
        r"\s*[“\"]?[一二三四五六七八九十]{1,3}五[”\"]?(?:时期|期间)(?:是|，|,)"
    ),
    examples=(
        "“十五五”时期是基本实现现代化夯实基础的关键时期。",
        "“十五五”期间，全市将…",
        "“十四五”时期是极不平凡的五年。",
    ),
    counter=("这五年，我们锐意改革、矢志创新。", "推动“十五五”规划开好局。"),
    why="a report that reviews five years and sets the next five under one heading turns "
    "from the one to the other at a paragraph opening with the new plan's name",
)
# A review of five years and of the last year under one heading turns from the one to the
# other at paragraphs that say which they look back on.
FIVE_YEARS_PAST = Cue(
    name="five_years_past_paragraph",
    pattern=regex_cache.compile(r"\s*(?:过去的?五年|这五年|五年来|近五年)"),
    examples=(
        "过去的五年极不寻常。",
        "这五年，我们坚持稳中求进。",
        "五年来，全县地区生产总值年均增长6%。",
    ),
    counter=("过去一年，全县地区生产总值增长5.8%。", "今后五年，我们将…"),
    why="the first part of a review that opens a five-year plan's last report speaks of the "
    "five years past; its figures are five-year totals and averages, not the last year's",
)
YEAR_PAST = Cue(
    name="year_past_paragraph",
    pattern=regex_cache.compile(
        r"\s*(?:各位代表[！!，,]\s*)?(?:过去一年|一年来|刚刚过去的\s*(?:19|20)\d{2}\s*年|"
        r"(?:19|20)\d{2}\s*年(?:是|，|,))"
    ),
    examples=(
        "刚刚过去的2025年很不平凡。",
        "各位代表！刚刚过去的2025年，是发展历程中具有重要意义的一年。",
        "过去一年，面对复杂严峻的形势，我们迎难而上。",
        "2025年是“十四五”规划收官之年。",
    ),
    counter=("这五年，我们锐意改革。", "2025年全县地区生产总值增长5.8%。"),
    why="a paragraph that opens with the year past turns the review back to that year",
)
# 主要工作 names the work of a year, the year past's or the year planned's: with the plan
# year (三、2016年主要工作 in the 2016 report) or this year (THIS_YEAR_S_WORK) it opens the
# plan, else the review.
YEAR_S_WORK = "主要工作"
THIS_YEAR_S_WORK = Cue(
    name="this_year_s_work",
    pattern=regex_cache.compile(r"(?:今年|本年度?|新的一年)的?主要工作(?!完成|执行|总结|情况)"),
    examples=("二、今年主要工作", "（三）新的一年主要工作", "三、本年度的主要工作"),
    counter=(
        "二、本年度预算执行情况",
        "一、本年度工作总结",
        "三、今年上半年经济运行情况",
        "二、2016年主要工作完成情况",
        "一、今年以来主要工作",
    ),
    why="a report names the year it plans without its number (今年, 本年, 新的一年) as well; "
    "only beside 主要工作 does that tell the plan from the review: a heading of this year "
    "that reports how its work or budget went (完成情况, 执行情况) reviews it",
)
# A plan whose heading names the five years to come beside the year planned (二、“十四五”
# 时期主要目标和2021年重点工作, 二、今后五年目标任务和今年工作安排) sets both under one heading:
# its paragraphs turn from the one to the other by their first words. The five years to come
# open with the plan's name (``PARAGRAPH``) or as the five years ahead; the year planned
# opens with its number or as this year.
PLAN_FIVE_YEARS_PARAGRAPH = Cue(
    name="plan_five_years_paragraph",
    pattern=regex_cache.compile(
        r"^\s*(?:今后|未来)五年(?:是|，|,|里|内|间|中|，?全[市县区州旗盟])"
    ),
    examples=(
        "今后五年，全市经济社会发展的主要目标是：",
        "未来五年是全面建设现代化的关键时期。",
        "今后五年里，我们将…",
    ),
    counter=("今年全县经济社会发展的主要预期目标是：", "过去五年，我们坚持稳中求进。"),
    why="a report that opens a government's term sets the five years' goals under the same "
    "heading as the year's, in a paragraph that opens by naming the five years ahead",
)
THIS_YEAR_NAMED = regex_cache.compile(r"今年|本年|新的一年")
PLAN_YEAR_PARAGRAPH = Cue(
    name="plan_year_paragraph",
    pattern=regex_cache.compile(
        r"^\s*(?:今年|新的一年|(?P<year>(?:19|20)\d{2})\s*年)(?!底|末|前|以前)"
    ),
    examples=(
        "今年全县经济社会发展的主要预期目标是：",
        "2026年经济社会发展的主要预期目标是：",
        "新的一年，我们将…",
    ),
    counter=("到2025年达到260亿元以上", "“十四五”时期，全县地区生产总值年均增长7%左右"),
    why="after the five years' goals, the paragraph that opens with the year planned (by its "
    "number or as this year) sets that year's goals, whose year is the report's",
)
CUES = (
    PLAN_FIVE_YEARS_PARAGRAPH,
    PLAN_YEAR_PARAGRAPH,
    NEXT_FIVE_YEARS,
    BARE_HEADING,
    GLOSSARY,
    DEFINING,
    CONVERTED,
    FIVE_YEAR,
    REVIEW,
    PLAN,
    PARAGRAPH,
    FIVE_YEARS_PAST,
    YEAR_PAST,
    THIS_YEAR_S_WORK,
)


# The cues asked of every line and paragraph of a report through their ``Guard``s (a gate
# only: a line whose first or last character opens or closes no match, or that holds none
# of the words every match holds, is not asked; what matches is what the cue matches).
BARE_AT, ANNEX_AT, GLOSSARY_AT = (Guard(c.pattern) for c in (BARE_HEADING, ANNEX, GLOSSARY))


# What the gates before the headings' cues read: the 五 every five-year plan's name holds
# (``held_literals``), the characters a review word opens with, and a year a heading names
# (2025年, 2025 年), compiled once and looked for only where 年 stands.
FIVE_HELD = held_literals(FIVE_YEAR.pattern)
REVIEW_OPENS = opening_chars(REVIEW.pattern)
NAMED_YEAR = regex_cache.compile(r"(?:19|20)\d{2}\s*年")


def bare_heading(line: str) -> bool:
    """A report's heading that has lost its number (see ``BARE_HEADING``), or the heading
    of an annex after its body (``ANNEX``, ``GLOSSARY``)."""
    return any(g.match(line) is not None for g in (BARE_AT, ANNEX_AT, GLOSSARY_AT))


def defines_terms(heading: str) -> bool:
    """Whether ``heading`` opens an explanation of the report's terms (``GLOSSARY``)."""
    return GLOSSARY_AT.match(heading) is not None


def in_definition(line: str, pos: int) -> bool:
    """Whether ``line[pos]``, in an explanation of terms, stands in an entry's number or
    term (before the line's first colon), in a clause that defines it (``DEFINING``) or
    is the measure a clause converts (``CONVERTED``)."""
    colon = min((i for i in (line.find("："), line.find(":")) if i >= 0), default=-1)
    if pos < colon:
        return True  # 3. 15分钟生活圈：… (the entry's number and its term)
    if DEFINING.pattern.search(line, 0, pos) is not None:
        return True
    return CONVERTED.pattern.match(line, pos) is not None


def five_year_periods(heading: str) -> list[tuple[int, int]]:
    """(first, last) year of each five-year plan the heading names, in order (none
    looked for in a heading without 五, which every plan's name holds)."""
    out: list[tuple[int, int]] = []
    if FIVE_HELD and not any(w in heading for w in FIVE_HELD):
        return out
    for m in FIVE_YEAR.pattern.finditer(heading):
        n = _number(m.group("n"))
        if n is not None and n >= 6:
            start = 1951 + 5 * n
            out.append((start, start + 4))
    return out


def _number(word: str) -> int | None:
    """一…九十九 in a plan's name (十四 → 14)."""
    if word in PLAN_NUMBERS:
        return PLAN_NUMBERS[word]
    digits = "一二三四五六七八九"
    if word.startswith("十"):
        rest = word[1:]
        return 10 + (digits.index(rest) + 1 if rest and rest in digits else 0)
    return None


def heading_kind(heading: str, plan_year: int | None) -> SectionKind | None:
    """The kind of a top-level heading of a government work report, or None.

    A heading that names the review (回顾, 成就, a five-year plan or a year already past)
    opens the summary, even when it goes on to the goals (“十四五”时期发展成就和“十五五”时期
    主要目标任务): the review comes first, and ``PARAGRAPH`` opens the plan where its goals
    begin. A heading that names the year planned, a five-year plan still to come or plan
    words opens the plan."""
    if ANNEX_AT.match(heading) or defines_terms(heading):
        return SectionKind.OTHER  # an annex after the body: neither review nor plan
    periods = five_year_periods(heading)
    past = plan_year is not None and any(last < plan_year for _, last in periods)
    if _reviews(heading, plan_year) or past or _names_year(heading, plan_year, -1):
        return SectionKind.SUMMARY
    future = plan_year is not None and any(last >= plan_year for _, last in periods)
    if PLAN.pattern.search(heading) or future or _this_year(heading, plan_year):
        return SectionKind.PLAN
    return None


def _reviews(heading: str, plan_year: int | None) -> bool:
    """Whether the review words of ``REVIEW`` name the year past in ``heading``: all but
    a ``YEAR_S_WORK`` alone beside the year planned."""
    if REVIEW_OPENS.isdisjoint(heading):
        return False  # (no character a review word opens with)
    words = {m.group() for m in REVIEW.pattern.finditer(heading)}
    if words == {YEAR_S_WORK} and _this_year(heading, plan_year):
        return False
    return bool(words)


def _this_year(heading: str, plan_year: int | None) -> bool:
    """Whether ``heading`` names the year planned: by its number, or as this year beside
    its work (``THIS_YEAR_S_WORK``)."""
    named = _names_year(heading, plan_year, 0)
    return named or THIS_YEAR_S_WORK.pattern.search(heading) is not None


def _names_year(heading: str, plan_year: int | None, offset: int) -> bool:
    return plan_year is not None and f"{plan_year + offset}年" in heading.replace(" ", "")


def heading_period(
    heading: str, kind: SectionKind, plan_year: int | None
) -> tuple[int, int] | None:
    """The five-year plan a section's figures speak of: of those its heading names, the
    one past for a summary and the one to come for a plan; None when the heading names a
    single year as well (“十四五”时期和2025年工作回顾 speaks of both)."""
    if plan_year is None or ("年" in heading and NAMED_YEAR.search(heading)):
        return None
    ahead = kind is SectionKind.PLAN
    if ahead and NEXT_FIVE_YEARS.pattern.search(heading) and not five_year_periods(heading):
        return plan_year, plan_year + 4  # 今后五年: the five years from the plan year on
    fit = list(dict.fromkeys(p for p in five_year_periods(heading) if (p[1] >= plan_year) == ahead))
    return fit[0] if len(fit) == 1 else None


def paragraph_state(
    paragraph: str, plan_year: int | None
) -> tuple[SectionKind, tuple[int, int] | None] | None:
    """What a paragraph of a report opens, by its first words: the five years past
    (这五年, “十四五”时期是…) or to come (“十五五”时期是…) with their years, or the year
    past alone (过去一年, 刚刚过去的2025年); None for a paragraph that opens nothing."""
    if plan_year is None:
        return None
    m = PARAGRAPH_AT.match(paragraph)
    if m is not None:
        periods = five_year_periods(m.group())
        if periods:
            ahead = periods[0][1] >= plan_year
            return (SectionKind.PLAN if ahead else SectionKind.SUMMARY), periods[0]
    if FIVE_YEARS_PAST_AT.match(paragraph):
        return SectionKind.SUMMARY, (plan_year - 5, plan_year - 1)
    if YEAR_PAST_AT.match(paragraph):
        return SectionKind.SUMMARY, None
    return None


PARAGRAPH_AT, FIVE_YEARS_PAST_AT, YEAR_PAST_AT = (
    Guard(c.pattern) for c in (PARAGRAPH, FIVE_YEARS_PAST, YEAR_PAST)
)


def turns_in_plan(heading: str, plan_year: int | None) -> bool:
    """Whether a plan's heading names the five years to come beside the year planned (二、
    “十四五”时期主要目标和2021年重点工作): its paragraphs then turn between the two
    (``plan_paragraph_state``). A plan heading of one of them alone opens what it names
    for its whole section."""
    if plan_year is None:
        return False
    ahead = any(last >= plan_year for _, last in five_year_periods(heading))
    if not (ahead or NEXT_FIVE_YEARS.pattern.search(heading)):
        return False
    return _names_year(heading, plan_year, 0) or THIS_YEAR_NAMED.search(heading) is not None


def plan_paragraph_state(
    paragraph: str, plan_year: int | None
) -> tuple[SectionKind, tuple[int, int] | None] | None:
    """What a paragraph of a plan that sets the five years' goals beside the year's
    (``turns_in_plan``) opens by its first words: the five years to come with their years
    (“十四五”时期，…; 今后五年，…) or the year planned (今年…; 2026年…), None for
    neither."""
    if plan_year is None:
        return None
    m = PARAGRAPH.pattern.match(paragraph)
    if m is not None:
        periods = [p for p in five_year_periods(m.group()) if p[1] >= plan_year]
        return (SectionKind.PLAN, periods[0]) if periods else None
    if PLAN_FIVE_YEARS_PARAGRAPH.pattern.match(paragraph):
        return SectionKind.PLAN, (plan_year, plan_year + 4)
    m = PLAN_YEAR_PARAGRAPH.pattern.match(paragraph)
    if m is not None and (m.group("year") is None or int(m.group("year")) == plan_year):
        return SectionKind.PLAN, None
    return None


def annex_title_kind(line: str, plan_year: int | None) -> SectionKind | None:
    """The kind of an annex whose title stands on the line after its bare ``附件``
    (``ANNEX``): the plan when its title names the year planned or the plan's words (附件
    / 2025年县政府十件民生实事; 附件 / 今年重点项目计划), the review when it names the
    year past or how the work went (附件 / 2024年主要经济指标完成情况); None (the annex
    stays apart, ``OTHER``) for an explanation of terms or a title that names neither.

    A report's annex may carry the year's 民生实事 or projects, one a line: they are the
    plan's, as they would be in its body; an annex of results reviews. Counter: 附件 /
    名词解释 (defines terms: ``GLOSSARY``), 附件 / 有关说明 (names neither)."""
    if bare_heading(line):
        return None  # an annex's own heading (名词解释): its kind is its own
    kind = heading_kind(line.strip(), plan_year)
    return kind if kind in (SectionKind.PLAN, SectionKind.SUMMARY) else None
