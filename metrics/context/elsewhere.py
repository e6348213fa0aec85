"""Where a figure's own words name nothing: a subject elsewhere, a label, a heading,
the bare verb, the words after it; or the figure before, when the words add nothing.

Contract: pure functions over the normalised sentence returning spans or None;
``named_elsewhere`` tries the fallbacks in order and names the rule that found the span.
"""

from __future__ import annotations

from typing import Final

from metrics import regex_cache
from metrics.context.clauses import VERB_REACH, subclause_start
from metrics.context.metric_trim import PHRASE_LEAD_STEPS, trim, trim_ends
from metrics.context.nouns import fund_after, noun_at
from metrics.context.periods import YEARLY_AVERAGE
from metrics.context.words import NOT_CONTENT, SPAN_OF_YEARS, TRAILING_FILLER, WHOLE_UNIT
from metrics.gates import Guard
from metrics.lexicon.words import MARK_VERBS, alternation
from metrics.rules.breaks import first_break, last_break
from metrics.rules.exclusions import (
    CLAUSE_BREAK,
    LISTED_COUNT,
    TOTAL_AFTER_COUNT,
    clause_before,
)
from metrics.rules.metrics import MetricRuleName, enabled
from metrics.rules.role_cues import RELATIVE_CUE, SHARE_OF_WHOLE

# A label before a colon that names what the figures after it count (地区生产总值：…):
# a few Han characters after the sentence's start, a list marker or a clause break, not a
# heading of a kind of content.
LABEL_BREAK: Final = regex_cache.compile(r"[,，;；。!?！？\n]")
LABEL_WIDTH: Final = 16
PARAGRAPH_REACH: Final = 2000  # how far back a figure's paragraph start is looked for
LABEL: Final = regex_cache.compile(r"[\p{Han}A-Za-z0-9.“”\"（）()]+")
GENERIC_LABEL: Final = regex_cache.compile(
    r"(?:做法|成效|情况|措施|亮点|举措|成绩|经验|问题|不足|思路|打算|安排|要点|重点|目标|任务|"
    r"指标|内容|方面|如下|包括|其中)$"
)


# A clause that names nothing but a total or a base year speaks of the figure before it:
# 新认定高新技术企业86家，总数达到412家; 成交额18.7亿元，是上年的1.6倍; the total maybe of
# the whole unit (新增市场主体1200户，全县总数达到3.6万户; 我镇总量达到64个).
REFERS_BACK: Final = regex_cache.compile(
    rf"\s*(?:(?:{WHOLE_UNIT})?(?:总数|总量|累计|共计|合计|总计|已)+(?:达到|达|为|是|增至|增加到|突破)?"
    r"|(?:是|为|相当于)(?:上年|去年|(?:19|20)\d{2}年)(?:同期)?的?"
    # …or a plan period as the base (是“九五”时期的2.6倍, 为十二五末的1.8倍)
    r"|(?:是|为|相当于)(?:“[^”]{1,8}”|[一二三四五六七八九十]{1,3}五)(?:时期|期间|期末|末)?的?"
    # …the base of a comparison (来信来访1.26万件次，较2019年的2.1万件次下降40%) or a
    # level set from above that the figure before is held to (失业率2.8%，控制在省定4.5%的
    # 目标以内; 能耗下降3.6%，超额完成省下达的3%目标任务)
    r"|[较比](?:上年|去年|(?:19|20)\d{2}年)(?:同期|底|末)?的"
    r"|(?:超额)?(?:完成|控制在|低于|优于|好于)?(?:[省市县区]|上级)(?:定|下达|确定|规定)的?"
    # …or the target the figure before is measured against, recalled by a review: the
    # comparison alone (城镇调查失业率4.6%，低于5.5%左右的控制目标; 增长8.6%，高于7%的预期目标)
    # or with who set it at the start of the year (增长4.8%，低于年初确定的7%目标; 增长8.3%，
    # 高于年初提出的7.5%左右的预期目标): the target is of what the result counts, not of the
    # frame named after it (控制目标, 预期目标). Counter: a benchmark named in the clause
    # (高于全省平均水平2个百分点, 低于全国0.3个百分点) is a comparison of its own.
    r"|(?:低于|高于|超过|略低于|略高于)"
    r"|(?:低于|高于|超过|未完成|未达到|完成|实现)?(?:年初|年度)(?:确定|提出|预期|设定|制定)的"
    # …a clause that only says what whole the figure before is a part of: 其中企业814户，
    # 占新增总量的35.1%; 税收收入完成12亿元，占一般公共预算收入的78%
    rf"|{SHARE_OF_WHOLE}"
    # …or only the year by which the figure before is to reach a level (年均增长7%以上，到
    # 2026年突破120亿元; 增长6%，今年达到85亿元): the year names no thing
    r"|(?:到|至)?(?:(?:19|20)\d{2}年|今年|明年|年底|年末)(?:底|末)?(?:将|要|力争)?"
    r"(?:突破|达到|达|超过|增至|增加到|迈上|跨上)?"
    # …or only the years the figure before has held a level (粮食总产量38.6万吨，连续五年稳定
    # 在35万吨以上; 失业率3.2%，近五年均控制在4%以内): the span of years names no thing
    rf"|{SPAN_OF_YEARS}(?:稳定在|保持在|控制在|维持在|达到|超过|突破)?)\s*"
)
REFERS_BACK_AT: Final = Guard(REFERS_BACK)  # (its first and last characters read before a call)
REFERS_BACK_LAST: Final = frozenset("到达为是至破数量计已的年期定上在过来间均于 \t")
# How far back such a clause (or a count of parts, 两项合计) is read: it is a few words.
REFERS_REACH: Final = 20
# A clause that names how many figures just given make the total after it (两项合计,
# 以上三项共计, 二者合计达): the total is of what those parts share.
# (the count is no figure: exclusions' parts_count)
PARTS_TOTAL: Final = regex_cache.compile(
    # (or a count of taxes or fees: 耕地占用税…、契税…，两税合计8.5亿元)
    rf"\s*(?:以上|上述)?(?P<n>[{''.join(LISTED_COUNT)}])(?:项|者|类|税|费)"
    rf"(?:{TOTAL_AFTER_COUNT.pattern})"
    r"(?:达到|达|为)?\s*"
)
PARTS_TOTAL_AT: Final = Guard(PARTS_TOTAL)  # (项, 者 or 类 and its first character read first)
# total_of_listed: a bare total opening the clause right after figures listed with 、
# (耕地地力保护补贴1.2亿元、种粮农民一次性补贴3600万元，合计1.56亿元; 上级资金2.3亿元、本级
# 配套资金0.8亿元，共计3.1亿元; 新建学校3所、幼儿园5所，总计8所): the total is of all the
# parts, not of the last. Not a total with words of its own (合计投资, 共计帮扶), nor after a
# figure not listed (…1.2亿元，合计: the one figure's own total refers back to it).
BARE_TOTAL: Final = regex_cache.compile(rf"\s*(?:{TOTAL_AFTER_COUNT.pattern})(?:达到|达|为)?\s*")
BARE_TOTAL_LAST: Final = frozenset("计加达为 \t")


# A yearly average opening a clause of nothing else but a verb (see ``adds_nothing``).
AVERAGE_LEAD: Final = regex_cache.compile(f"^(?:{'|'.join(YEARLY_AVERAGE)})")
# A mark crossed, opening a clause of nothing else but a pledge (…增长10%以上，确保迈上900亿元
# 台阶; …达到120亿元，力争跨上150亿元台阶): the mark is the thing counted before it.
MARK_LEAD: Final = regex_cache.compile(f"^(?:{alternation(MARK_VERBS)}|突破)")


def adds_nothing(
    sentence: str,
    start: int,
    prev_end: int,
    prev_metric: str,
    end: int | None = None,
    count_after_rate: bool = False,
) -> bool:
    """Whether the sub-clause before ``start`` names no thing of its own, so that the
    figure counts ``prev_metric``: only fillers and result words (…任务5000人，已完成4800人),
    or a verb that the previous metric or the previous figure's clause holds (职业技能培训
    8000人次，已培训7650人次; 计划招聘教师180名，已招聘到位177人), unless the figure at
    ``[start, end)`` qualifies a noun after it (发放XX人次的失业补助金) or a fund is named
    right after it (安排xxx万元专项资金). A verb of its own is kept (走访困难群众120户，
    慰问85户 counts 慰问). ``count_after_rate``: the previous metric is a proportion's name and
    the figure no proportion; a verb that name holds then names a count of its own (抽检合格率
    不低于98%，完成抽检任务1500批次 counts 抽检任务; 鉴定合格率96%，已鉴定3200人次 counts 鉴定),
    while fillers alone still carry it (…增加值占比45%，达到860亿元)."""
    lo = subclause_start(sentence, start, prev_end)
    s, e = trim(sentence, lo, start)
    if e > s or not sentence[lo:start].strip():
        return False  # it names a thing, or nothing stands before the figure (1人获奖)
    # (a yearly average before the verb adds no thing: 新建污水管网36公里，年均新建12公里)
    rest = AVERAGE_LEAD.sub("", NOT_CONTENT.sub("", sentence[lo:start]))
    rest = MARK_LEAD.sub("", rest)
    if not rest:
        return True
    if end is not None and (sentence.startswith("的", end) or fund_after(sentence, end)):
        return False  # it names a thing after it: 的失业补助金, xxx万元专项资金
    if count_after_rate:
        return False
    if rest in prev_metric:
        return True
    floor = max(0, prev_end - VERB_REACH)
    return rest in sentence[last_break(CLAUSE_BREAK, sentence, floor, prev_end) : prev_end]


def subject_elsewhere(
    sentence: str, start: int, end: int, prev_end: int, next_start: int | None = None
) -> tuple[int, int] | None:
    """What the figure at ``[start, end)`` counts when the words before it in its
    sub-clause are only result words: a noun right after it (完成5000万元招商额度), else
    the thing named by the sub-clause before, if no figure stands there (油茶种植面积翻一番，
    达到5000亩 counts 油茶种植面积); else None. When they are verbs that name no thing
    (发放XX万元学费补助), only a fund named right after it: what follows 投入 XX万元 is
    mostly what the money is for (投入XX万元完善标志牌)."""
    lo = subclause_start(sentence, start, prev_end)
    if not sentence[lo:start].strip():
        return None  # the figure opens its clause
    # a cue of change or comparison names nothing either (增速居全市第三，比全市平均低0.8个
    # 百分点: the growth rate is compared)
    cue = RELATIVE_CUE.search(sentence, lo, start)
    words = sentence[lo : cue.start() if cue else start]
    if NOT_CONTENT.sub("", words):
        s, e = trim(sentence, lo, start)
        if e > s:
            return None
        return fund_after(sentence, end, next_start, sized=True)
    after = noun_at(sentence, end, next_start)
    if after:
        return after
    if lo <= max(prev_end, 0) or sentence[lo - 1] not in ",，":
        return None
    before = subclause_start(sentence, lo - 1, prev_end)
    if prev_end and before <= prev_end:
        return None  # the figure before stands in that clause: it is counted instead
    s, e = trim(sentence, before, lo - 1)
    return (s, e) if e - s >= 2 else None


def label_before_colon(sentence: str, start: int) -> tuple[int, int] | None:
    """What a figure counts when its own words name nothing, in a sentence that opens
    with a label and a colon (``2.地区生产总值：目标增长6.5%``, ``城镇新增就业：全年目标
    3000人``): the label, if it is a short name and not a heading of a kind of content
    (主要做法：, 完成情况：)."""
    colon = max(sentence.rfind("：", 0, start), sentence.rfind(":", 0, start))
    if colon <= 0:
        return None
    lo = last_break(LABEL_BREAK, sentence, max(0, colon - LABEL_WIDTH - 4), colon)
    return _short_name(sentence, lo, colon)


def run_in_heading(text: str, at: int) -> tuple[int, int] | None:
    """The run-in heading of the paragraph that holds ``at``, as a span of ``text``: a
    first sentence that is only a short name (``无障碍改造进家庭。2024年任务数为40户，计划
    完成50户。``). It names what a figure of the paragraph counts when the figure's own
    words name nothing. Headings of a kind of content (主要做法。) name nothing."""
    # a paragraph's start is looked for within bounded reach, so that a file of one huge
    # line costs no more per figure than any other
    nl = text.rfind("\n", max(0, at - PARAGRAPH_REACH), at)
    if nl < 0 and at > PARAGRAPH_REACH:
        return None
    lo = nl + 1
    stop = text.find("。", lo, min(at, lo + LABEL_WIDTH + 4))
    return _short_name(text, lo, stop) if stop >= 0 else None


def _short_name(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The span of ``text[lo:hi]``, trimmed, if it is a short name and not a heading of a
    kind of content (主要做法, 完成情况)."""
    s, e = trim(text, lo, hi)
    if not 2 <= e - s <= LABEL_WIDTH or not LABEL.fullmatch(text, s, e):
        return None
    return None if GENERIC_LABEL.search(text, s, e) else (s, e)


# A figure that opens its clause with the comparison its qualifier is read from (低于5.5%
# 左右的控制目标, 高于7%的预期目标: the figure's text holds 低于/高于) has that comparison for
# its clause's words, as in REFERS_BACK's: it speaks of the figure before.
COMPARED_OPENS: Final = ("低于", "高于")
CLAUSE_OPENS: Final = frozenset("，,；;")


def refers_back(sentence: str, start: int) -> bool:
    """Whether the clause before ``start`` names nothing but a total or a base year, so
    that the figure counts what the figure before it counts (see ``REFERS_BACK``); or the
    figure opens its clause with a comparison (``COMPARED_OPENS``)."""
    if start and sentence[start - 1] in CLAUSE_OPENS:
        return sentence.startswith(COMPARED_OPENS, start)
    # such a clause is a few words long and ends in one of a few characters: most
    # figures are told apart by the one before them, the rest by a short look back
    if start == 0 or sentence[start - 1] not in REFERS_BACK_LAST:
        return False
    return REFERS_BACK_AT.fullmatch(clause_before(sentence, start, REFERS_REACH)) is not None


def parts_in_total(sentence: str, start: int) -> int:
    """How many figures before ``start`` the clause before it says make the total at
    ``start`` (``…，两项合计5620万吨`` → 2), or 0."""
    if start == 0 or sentence[start - 1] not in "计加达为 \t":
        return 0
    m = PARTS_TOTAL_AT.fullmatch(clause_before(sentence, start, REFERS_REACH))
    return LISTED_COUNT[m["n"]] if m else 0


def bare_total(sentence: str, prev_end: int, start: int) -> bool:
    """Whether the words between a figure ending at ``prev_end`` and the next at ``start``
    are a pause and a bare word of their total (``，合计``: ``BARE_TOTAL``)."""
    return (
        start > prev_end
        and sentence[start - 1] in BARE_TOTAL_LAST
        and sentence[prev_end : prev_end + 1] in ("，", ",")
        and BARE_TOTAL.fullmatch(sentence, prev_end + 1, start) is not None
    )


def shared_tail(names: list[str]) -> str | None:
    """What names of parts end with in common, if it is a name (at least two characters):
    城市道路 and 农村道路 → 道路. A part told apart by one character only binds it to the
    next (外贸 and 内贸, 城区 and 郊区): the common end starts after that (货物吞吐量)."""
    tail = names[0] if names else ""
    for name in names[1:]:
        n = 0
        while n < min(len(tail), len(name)) and tail[-1 - n] == name[-1 - n]:
            n += 1
        tail = tail[len(tail) - n :]
    if len(tail) >= 3 and any(len(name) - len(tail) == 1 for name in names):
        tail = tail[1:]
    return tail if len(tail) >= 2 else None


def verb_before(sentence: str, start: int, prev_end: int = 0) -> tuple[int, int] | None:
    """The bare words before a figure past scope words (``慰问xxx户`` → 慰问, ``已整改
    1062个`` → 整改), a last resort for its metric."""
    lo = subclause_start(sentence, start, prev_end)
    rest = NOT_CONTENT.sub("", TRAILING_FILLER.sub("", sentence[lo:start]))
    if start - lo < 2 or not rest:
        # 其中2个已通过审核, 已完成xx万元, 2024年任务数为40户: scope, result and target
        # words name nothing
        return None
    # scope words before the verb name nothing (已整改1,062个 → 整改, 全年慰问 → 慰问)
    led = PHRASE_LEAD_STEPS.end(sentence, lo, start)
    return (led if start - led >= 2 else lo), start


# Words that open what follows a figure without naming anything (5人获一等奖, 25篇在…发布).
AFTER_OPENER: Final = regex_cache.compile(r"(?:在|于|获|被|均|已|都|也|又|还)+")


def phrase_after(
    sentence: str, start: int, end: int, prev_end: int = 0, next_start: int | None = None
) -> tuple[int, int] | None:
    """What a figure that opens its sub-clause counts when no noun follows it at once and
    nothing before it names a thing: the words after it to the end of the clause or the
    next figure (``25篇在省级以上媒体发布``, ``5人获先进个人``, ``2人二等奖``), a last
    resort for its metric."""
    lo = subclause_start(sentence, start, prev_end)
    if NOT_CONTENT.sub("", sentence[lo:start]):
        return None  # words of its own stand before it
    hi = len(sentence) if next_start is None else min(next_start, len(sentence))
    stop = first_break(CLAUSE_BREAK, sentence, end, hi)
    m = AFTER_OPENER.match(sentence, end, hi)
    s, e = trim_ends(sentence, m.end() if m else end, hi if stop is None else stop)
    return (s, e) if e - s >= 2 else None


def named_elsewhere(
    sentence: str, start: int, end: int, left_from: int, prev_end: int, next_start: int
) -> tuple[tuple[int, int] | None, MetricRuleName]:
    """What a figure whose own words name nothing counts, and the rule that found it:
    完成5000万元招商额度, 面积翻一番，达到5000亩; else a label before a colon; else the bare
    verb; else what is said after a figure that opens its clause (5人获先进个人)."""
    tried = (
        (
            MetricRuleName.SUBJECT_ELSEWHERE,
            lambda: subject_elsewhere(sentence, start, end, left_from, next_start),
        ),
        (MetricRuleName.LABEL_BEFORE_COLON, lambda: label_before_colon(sentence, start)),
        (MetricRuleName.VERB_BEFORE, lambda: verb_before(sentence, start, left_from)),
        (
            MetricRuleName.PHRASE_AFTER,
            lambda: phrase_after(sentence, start, end, prev_end, next_start),
        ),
    )
    for rule, find in tried:
        span = find() if enabled(rule) else None
        if span:
            return span, rule
    return None, MetricRuleName.NONE
