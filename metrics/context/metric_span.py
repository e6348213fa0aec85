"""The phrase that names what a figure counts: ``metric_span``.

Contract: the shortest span, as written, of the normalised sentence that names what
the figure counts, with the ``MetricRuleName`` that found it.
"""

from __future__ import annotations

from typing import Final

from metrics import regex_cache
from metrics.context.clauses import REACH, SUBCLAUSE_SPLIT, past_of, subclause_start
from metrics.context.metric_trim import PHRASE_LEAD_STEPS, trim
from metrics.context.nouns import fund_after, noun_at, past_modifier, past_qualities
from metrics.context.words import (
    AMONG_WHOLE,
    BARE_NOUNS,
    ENDS_IN_VERB,
    NOUN_TAIL,
    RESULT_VERB,
    SHORT_RATE,
    SHORT_RATE_LONGEST,
    VERB_WORD,
)
from metrics.lexicon.changes import ADDITION
from metrics.lexicon.units import UNIT_BY_SURFACE, UNITS
from metrics.lexicon.verbs import DEED_VERBS
from metrics.lexicon.words import LEVY_END
from metrics.opening import HAN_BLOCK, opening_chars, opening_han
from metrics.rules.breaks import last_break
from metrics.rules.metrics import MetricRuleName, enabled
from metrics.rules.role_cues import CAPACITY, COMPLETED_OBJECT, RELATIVE_CUE, SHARE_WHOLE_CUE

# The Han block's ends, this module's own (as ``metric_trim``'s: a Final name of the module
# is read directly in the compiled build, an imported one from the module's dict).
HAN_FIRST: Final = HAN_BLOCK[0]
HAN_LAST: Final = HAN_BLOCK[1]
# A list of nouns that one figure counts (中小学、幼儿园*所): at most this many items
# before the figure's own, each a few Han characters, maybe in quotes.
LIST_ITEMS: Final = 4
LIST_ITEM_WIDTH: Final = 10
LIST_ITEM: Final = regex_cache.compile(r"[\p{Han}“”\"]+")
# A count of people, maybe the people named, then what they reached (帮助1020人实现就业,
# 帮扶126名残疾人实现稳定就业): the result names what is counted.
PEOPLE_REACHED: Final = regex_cache.compile(
    r"\p{Han}{0,8}?(?:成功|顺利)?实现"
    r"(?P<result>(?:稳定|转移|灵活|再)?就业(?:创业)?|创业(?:就业)?|脱贫(?:致富)?|增收(?:致富)?)"
)
# Counters that are the noun they count (the unit lexicon's ``names_itself``): 住户, 农户.
NOUN_UNIT: Final = regex_cache.compile("|".join(u.surface for u in UNITS if u.names_itself))
NOUN_UNIT_CHARS: Final = opening_chars(NOUN_UNIT)  # (a figure without them names none)
# A verb that ends a phrase is one of its last few characters' strings: the pattern (its
# guards) is asked only when one of them is a verb, and searches from there instead of
# trying every verb at every character (one more for a final line end, before which ``$``
# also matches; the guards look behind the start of the search as before).
VERB_SURFACES: Final = frozenset(w.surface for w in DEED_VERBS)
VERB_LENGTHS: Final = tuple(sorted({len(v) for v in VERB_SURFACES}))
VERB_TAIL = VERB_LENGTHS[-1] + 1


def ends_in_verb(text: str) -> bool:
    """Whether ``text`` ends in a verb of work done (``ENDS_IN_VERB``)."""
    body = text[:-1] if text.endswith("\n") else text
    if not any(body[len(body) - n :] in VERB_SURFACES for n in VERB_LENGTHS):
        return False
    return ENDS_IN_VERB.search(text, max(0, len(text) - VERB_TAIL)) is not None


def metric_span(
    sentence: str,
    start: int,
    end: int,
    prev_end: int = 0,
    noun_after: bool = False,
    next_start: int | None = None,
    measure: bool = False,
    people: bool = False,
    money: bool = False,
    relative: bool = True,
    share: bool = False,
    noun_from: int | None = None,
) -> tuple[tuple[int, int], MetricRuleName] | None:
    """The span in ``sentence`` of the phrase naming what the figure at ``[start, end)`` counts,
    and the rule (``MetricRuleName``) that found it.

    A classifier followed by a noun counts that noun (``5个工作组``, ``3 所新校交付使用``):
    with ``noun_after`` (the caller's unit is a count) the noun after the figure is taken,
    up to ``next_start``, where the next figure begins (*多家企业近万名员工 → 企业), and
    with ``people`` (a count of people) on past a modifier and 的 (5名符合条件的学生).
    Otherwise the words before the figure in its sub-clause (back to a comma, 、 or the
    previous figure), with verbs and fillers trimmed. With ``measure`` (a size: area,
    length, mass, volume, energy), where the words before it end in a verb, the thing
    named after it (建成1000平米室内全民健身中心, 2000平方米的全民健身广场); with ``money``
    (a sum), where they end in a verb, a fund named after it (统筹安排xxxx万元专项资金).
    A figure that is not ``relative`` (its role is no completion, growth or share) reads
    past the cue words of one (完成固定资产投资目标任务5000万元 counts 固定资产投资). A
    ``share`` (its role share) is of the part named before the whole (入社农户占全镇农户的,
    民间投资占固定资产投资比重为: the part); a goal set for a share keeps its words
    (占GDP比重达到12%).
    ``noun_from`` is where the noun after a count begins when the caller has seen a size
    stand between them (1家36.5蒸吨燃煤锅炉, 3座500立方米蓄水池); ``next_start`` then is
    where the figure after the size begins.
    A span, so that the caller can take the phrase as written in the original file.
    """
    if noun_after and enabled(MetricRuleName.NOUN_UNIT):
        held = not NOUN_UNIT_CHARS.isdisjoint(sentence[start:end])
        named = held and NOUN_UNIT.search(sentence, start, end)  # 为*多住户上门登记: the 住户
        if named:
            return named.span(), MetricRuleName.NOUN_UNIT
    if people and enabled(MetricRuleName.RESULT_OF_PEOPLE):
        upto = next_start or len(sentence)
        # (every match holds 实现: a gate, metric_span's only edit of calls19)
        held = sentence.find("实现", end, upto) >= 0
        reached = held and PEOPLE_REACHED.match(sentence, end, upto)
        if reached:  # 帮助1020人实现就业: 就业
            return reached.span("result"), MetricRuleName.RESULT_OF_PEOPLE
    if noun_after and enabled(MetricRuleName.COUNTED_NOUN_AFTER):
        span = _counted_noun(sentence, end, next_start, people, noun_from)
        if span:
            return span, MetricRuleName.COUNTED_NOUN_AFTER
    lo = subclause_start(sentence, start, prev_end)
    cue = RELATIVE_CUE.search(sentence, lo, start) if relative else None
    if share and cue is None:  # 民间投资占固定资产投资比重为61.7%: a share of 民间投资
        cue = SHARE_WHOLE_CUE.search(sentence, lo, start)
    done = COMPLETED_OBJECT.match(sentence, cue.start(), start) if cue else None
    if done and enabled(MetricRuleName.COMPLETED_OBJECT):
        s, e = trim(sentence, *done.span("object"))
        if e - s >= 2:
            return (s, e), MetricRuleName.COMPLETED_OBJECT
    # 公办教师工资同比增长 7%: what the figure relates to stands before the cue
    stop = cue.start() if cue else start
    s, e = trim(sentence, lo, stop)
    if share and e - s > 3 and sentence[e - 1] == "中":  # (a whole said as 在…中 ends so)
        among = AMONG_WHOLE.search(sentence, s, e)
        if among:  # part_before_whole: the part before 在, else the one the clause elides
            s, e = trim(sentence, s, among.start())
            if e - s < 2:
                return None
    found = _named_after(sentence, end, next_start, (s, e), measure, money, sentence[lo:stop])
    if found:
        return found
    s = _verb_of_noun(sentence, lo, s, e)
    if e - s == 1 and _sorted_by_threshold(sentence, lo, prev_end, s):
        return (s, e), MetricRuleName.WORDS_BEFORE
    if e - s >= 2:
        listed = s == lo and enabled(MetricRuleName.LIST_OF_NOUNS)
        first = _list_start(sentence, lo, prev_end) if listed else s
        rule = MetricRuleName.LIST_OF_NOUNS if first < s else MetricRuleName.WORDS_BEFORE
        if enabled(rule):
            return (first, e), rule
    if lo > prev_end and not sentence[lo:start].strip():
        return _opens_subclause(sentence, lo, end, prev_end, next_start)
    return None


# nouns of one character that a threshold sorts: places of a level, households, schools,
# firms and people (the places and units a report counts)
THRESHOLD_NOUNS: Final = frozenset("村镇乡户校园厂店企人")


def sorts_by_threshold(sentence: str, end: int) -> bool:
    """Whether the figure ending at ``end`` is a threshold that sorts a noun after its 的
    (…超过500万元的村: the figure is the threshold, the 村 what a count after it counts)."""
    return sentence[end : end + 1] == "的" and sentence[end + 1 : end + 2] in THRESHOLD_NOUNS


# threshold_before_noun: a bound figure written bare before the noun it sorts, a count of
# that noun right after (其中10亿元以上项目4个, 5000万元以上企业31家, 50万元以上村达到6个):
# the figure says which projects, firms or villages, the count is the figure of the work,
# and the count's name is the sorted noun with its bound (as 亿元以上项目 is). Not a level
# that a noun of measure follows (稳定在50万吨以上水平), nor one a verb or a pause follows
# (5亿元以上，项目3个; 1亿元以上用于3个项目: what the sum goes to).
# The count after the noun is a count (a counter follows its number: 4个, 31家, 520户), and
# the noun holds no word that opens a clause of its own (其中, 同比, 较, 连续, 累计, 占, 年度,
# 户均 …): with no pause after 以上 a level runs on into the next clause (320天以上同比增加12
# 天, 2.5亿元以上其中中央资金1.2亿元, 45万亩以上连续5年保持增长, 1200人以上户均增收8000元).
BARE_THRESHOLD: Final = regex_cache.compile(
    r"(?<=以上|以下)(?P<noun>(?!的)(?:(?!其中|同比|环比|较|比|连续|累计|占|年度|均|的)\p{Han}){1,8}?)"
    r"(?:达到|达|有|共|为|超过|突破)?\s*(?:[\d.][\d.\s]*|[xX*]{1,4})\s*万?\s*[个家所户座处项村镇名]"
)


def sorts_bare(sentence: str, end: int) -> int | None:
    """Where the noun a bound figure ending at ``end`` sorts ends, when the figure is a
    threshold written bare before it and a count of it follows (see ``BARE_THRESHOLD``),
    else None."""
    if not sentence.endswith(("以上", "以下"), 0, end):
        return None
    m = BARE_THRESHOLD.match(sentence, end)
    if m is None or VERB_WORD.search(sentence, *m.span("noun")) or "用于" in m.group("noun"):
        return None
    return m.end("noun")


def _sorted_by_threshold(sentence: str, lo: int, prev_end: int, s: int) -> bool:
    """sorted_by_threshold: whether the one character at ``s`` is a noun sorted by the figure
    that ends right before its 的, a threshold (村集体经济收入超过50万元的村达到23个,
    年纳税额超过1000万元的镇有3个, 人均收入超过3万元的户420户): what is counted is that
    noun, one character or not, while the threshold's words name the threshold. A noun of
    one character elsewhere names nothing by itself (the words before it do)."""
    if 0 < prev_end == lo == s:  # 其中50万元以上村达到6个: threshold_before_noun's noun
        return sorts_bare(sentence, lo) is not None
    return 0 < prev_end == lo == s - 1 and sorts_by_threshold(sentence, lo)


def phrase_span(
    sentence: str, span: tuple[int, int], rule: MetricRuleName, start: int, prev_end: int
) -> tuple[int, int]:
    """The phrase as written that the metric ``span`` of the figure at ``start`` was cut
    from (the ``metric_phrase`` column): for a metric named by the words before the figure,
    those words from the start of its sub-clause, past scope words only, up to the metric's
    end (全年新增城镇就业 → 新增城镇就业, 拖欠超过6个月的欠款 kept whole); else ``span``."""
    if rule is MetricRuleName.LABEL_BEFORE_COLON:
        # a label that opens with the addition (新增技能人才：目标1.2万人) names one as much
        # as a clause does; the label's name was trimmed of it as of any opening verb
        added = sentence.endswith(ADDITION, 0, span[0])
        return (span[0] - len(ADDITION), span[1]) if added else span
    if rule not in (MetricRuleName.WORDS_BEFORE, MetricRuleName.LIST_OF_NOUNS):
        return span
    lo = subclause_start(sentence, start, prev_end)
    s = PHRASE_LEAD_STEPS.end(sentence, lo, span[0])
    # an addition said after its noun is one as much as before it: 跨省联网定点医疗机构新增
    # 58家 beside 总数达到273家 (as 新增规模以上工业企业118家 beside 总数达到1372家)
    e = start if sentence[span[1] : start] == ADDITION else span[1]
    label = _addition_label(sentence, lo)
    return (min(s, span[0]) if label is None else label, e)


def _addition_label(sentence: str, lo: int) -> int | None:
    """Where a label that is the addition alone opens, when the sub-clause at ``lo`` follows
    it and its colon (新增：城乡公交线路13条; 全年新增：高新技术企业28家), else None: what
    follows is a year's addition, not the total (累计开通…96条 after it is its own clause)."""
    colon = lo - 1
    if colon < len(ADDITION) or sentence[colon] not in "：:":
        return None
    opens = colon - len(ADDITION)
    if not sentence.startswith(ADDITION, opens):
        return None
    label = sentence[last_break(SUBCLAUSE_SPLIT, sentence, max(0, opens - 4), opens) : opens]
    return opens if PHRASE_LEAD_STEPS.end(label, 0, len(label)) == len(label) else None


# The Han characters a capacity's words open with (年, 日, 月, 每), read from the pattern.
CAPACITY_OPENERS: Final = opening_han(CAPACITY)


def capacity(words: str) -> bool:
    """Whether ``words`` are a capacity's (``CAPACITY.fullmatch``), without the call for
    words that open with a Han character no capacity opens with."""
    first = words[:1]
    if not first or (HAN_FIRST <= first <= HAN_LAST and first not in CAPACITY_OPENERS):
        return False
    return CAPACITY.fullmatch(words) is not None


# A unit's alternative in brackets right after a count (改造2.5万套（间）城市危旧房, 服务120个
# （次）重点企业): the noun after it is the thing counted.
UNIT_ALTERNATIVE: Final = regex_cache.compile(r"[（(](\p{Han}{1,2})[）)]")


def _counted_noun(
    sentence: str, end: int, next_start: int | None, people: bool, noun_from: int | None
) -> tuple[int, int] | None:
    """The noun a count ending at ``end`` counts (see ``metric_span``), or None."""
    start_at = end if noun_from is None else past_of(sentence, noun_from)
    if sentence.startswith(("以上的", "以下的"), start_at - 2):
        start_at += 1  # a size that sorts what follows: 300人以上的农村小学
    if sentence.startswith(("（", "("), start_at):
        alt = UNIT_ALTERNATIVE.match(sentence, start_at)
        if alt and alt.group(1) in UNIT_BY_SURFACE:
            start_at = alt.end()
    if not people:
        head = past_qualities(sentence, start_at, next_start)
        if head:  # 40个吸引力强、带动面广的消费场景: the 消费场景
            return head
    span = noun_at(sentence, start_at, next_start)
    if span and people:
        return past_modifier(sentence, span, next_start)
    return _before_its_measure(sentence, span, next_start) if span else None


# count_before_measure: a count whose things are named right before a rate of them, the rate's
# figure next (32个国控断面水质优良率87.5%, 12座农村污水处理站正常运行率96%): the count is of
# the things, whose name ends at the last head of a place or a body before the rate (断面, 站,
# 院, 厂, 堂, 水源地); with no such head two characters on (12个村生活垃圾收集率) the noun
# stays as found.
THING_HEADS: Final = frozenset("面院堂厂校站所园馆场地村户业司点库河湖段区镇乡")
MEASURE_AFTER_COUNT: Final = regex_cache.compile(
    r"(?P<name>[^\s\d,，;；。、：:]{3,24}?率)"
    r"(?:达到|达|为|是|保持在|稳定在|提高到|提高至|提升到|提升至)?\s*$"
)


def _before_its_measure(
    sentence: str, span: tuple[int, int], next_start: int | None
) -> tuple[int, int]:
    """``span``, the noun after a count, cut before the rate of its things that the next
    figure gives (see ``MEASURE_AFTER_COUNT``)."""
    s, e = span
    if next_start is None or "率" not in sentence[s:next_start]:
        return span
    m = MEASURE_AFTER_COUNT.match(sentence, s, next_start)
    if not m:
        return span
    # (from the noun's own end where it stopped short of the rate: 17个乡镇集中式饮用水水源地
    # 前三季度水质监测达标率, cut at its period, ends at its head already)
    for k in range(min(e, m.end("name") - 1) - 1, s, -1):
        if sentence[k] in THING_HEADS:
            return (s, k + 1) if k + 1 - s >= 2 else span
    return span


def _named_after(
    sentence: str,
    end: int,
    next_start: int | None,
    words: tuple[int, int],
    measure: bool,
    money: bool,
    said: str,
) -> tuple[tuple[int, int], MetricRuleName] | None:
    """What the figure ending at ``end`` counts when its trimmed ``words`` before it name
    no thing but a deed: what a capacity makes, what a size measures, the fund a sum is,
    what is worth the sum (see ``metric_span``). ``said`` is the words untrimmed: when the
    trim leaves nothing, who did the deed and its verb were all there was (镇政府筹集)."""
    s, e = words
    left = sentence[s:e]
    made_after = capacity(left) or (measure and (e <= s or ends_in_verb(left)))
    if made_after and enabled(MetricRuleName.MADE_AFTER_CAPACITY):
        made = noun_at(sentence, past_of(sentence, end), next_start)  # 年产 6 万吨铁系颜料
        if made:
            return made, MetricRuleName.MADE_AFTER_CAPACITY
    if money and enabled(MetricRuleName.FUND_AFTER_VERB) and ends_in_verb(left or said):
        fund = fund_after(sentence, end, next_start)
        if fund:
            return fund, MetricRuleName.FUND_AFTER_VERB
    if left.endswith(WORTH_WORDS) and enabled(MetricRuleName.WORTH_OF):
        past = past_of(sentence, end)
        worth = None
        if sentence[past - 1] == "的":
            named = FUND_NAMED.match(sentence, past, next_start or len(sentence))
            # (a fund's name keeps the verbs inside it, 引导基金, and ends there: 基金签约落地;
            # a name of its own: ``fund`` above holds a span, and the compiled build checks it)
            worth = named.span() if named else noun_at(sentence, past, next_start)
        if worth:
            # 购置价值1.5万元的爱心商品: what is worth the sum; 设立首期规模20亿元的产业引导
            # 基金: the fund the sum is the size of
            return worth, MetricRuleName.WORTH_OF
    return None


# fund_size: what a figure is the worth or the size of, named after it and 的 (价值2.6万元的
# 过冬物资, 首期规模20亿元的产业引导基金, 总规模30亿元的母基金); 基金规模达到20亿元, with no
# 的 after, stays the 基金规模.
WORTH_WORDS: Final = ("价值", "规模")
FUND_NAMED: Final = regex_cache.compile(r"[^\s\d,，;；。、：:的]{1,14}?(?:母基金|基金)")


# words that join a noun of a verb to the next noun: 慰问金及物资, 奖励金和证书
JOINING: Final = frozenset("及和与、")


def _verb_of_noun(sentence: str, lo: int, s: int, e: int) -> int:
    """Where the trimmed words ``[s, e)`` begin again when the last word trimmed before
    them was part of the noun: 改造率为 → 改造率, 培训人数, 慰问金及物资 (a noun of the verb
    joined to another), and a short rate says which work it rates (培训合格率), unless the
    verb only reports it (实现达标率)."""
    left = sentence[s:e]
    # (a short rate is two or three characters: a longer one is not asked)
    rate = left.endswith("率") and len(left) <= SHORT_RATE_LONGEST and SHORT_RATE.fullmatch(left)
    tail = left[:1] in NOUN_TAIL and (len(left) == 1 or left[1] in JOINING)
    if not (tail or left in BARE_NOUNS or rate):
        return s
    k = next(
        (
            k
            for k in range(s - 1, max(lo, s - 6) - 1, -1)
            if VERB_WORD.fullmatch(sentence, k, s)
            and not (rate and RESULT_VERB.fullmatch(sentence, k, s))
        ),
        s,
    )
    # the sum that was in fact moved, against a budget or a plan, is named with 实际 (实际到位
    # 资金 beside 计划到位资金: 实际 sorts the amount the verb names, as in 实际使用外资)
    return k - 2 if k < s and k - 2 >= lo and sentence.startswith("实际", k - 2) else k


def _opens_subclause(
    sentence: str, lo: int, end: int, prev_end: int, next_start: int | None
) -> tuple[tuple[int, int], MetricRuleName] | None:
    """What a figure that opens its sub-clause at ``lo`` counts: after 、 the noun after it
    (1800个测温枪、44吨消毒液), after an opening bracket the words before the brackets
    (超全省本科计划率（x.x%）), else None."""
    if sentence[lo - 1] == "、" and enabled(MetricRuleName.ENUMERATED_NOUN_AFTER):
        after = noun_at(sentence, end, next_start)
        return (after, MetricRuleName.ENUMERATED_NOUN_AFTER) if after else None
    if sentence[lo - 1] in "(（" and enabled(MetricRuleName.BEFORE_BRACKETS):
        s, e = trim(sentence, subclause_start(sentence, lo - 1, prev_end), lo - 1)
        if e - s >= 2:
            return (s, e), MetricRuleName.BEFORE_BRACKETS
    return None


def _list_start(sentence: str, lo: int, prev_end: int) -> int:
    """Where the list of nouns ending at ``lo`` begins, when the figure's own words open its
    sub-clause with a noun after 、 and the items before hold no figure: 新建中小学、幼儿园
    *所 counts both (→ 中小学、幼儿园). An item that opens with a verb ends the list, the
    verb trimmed (开展法治教育进校园、校园欺凌排查600余次); one with a verb inside is a
    deed of its own (隐患排查、台账12本), and so are the words of a figure that open with
    a verb (完善制度、建立台账12本: the caller gives no list then)."""
    for _ in range(LIST_ITEMS):
        if lo <= prev_end or sentence[lo - 1] != "、":
            return lo
        item = last_break(SUBCLAUSE_SPLIT, sentence, max(prev_end, 0, lo - 1 - REACH), lo - 1)
        if item <= prev_end and prev_end > 0:
            return lo  # the item holds the figure before, or is what it counts
        s, e = trim(sentence, item, lo - 1)
        if (
            e != lo - 1
            or not 2 <= e - s <= LIST_ITEM_WIDTH
            or not LIST_ITEM.fullmatch(sentence, s, e)
        ):
            return lo
        # (an item that names a tax or a fee holds its verb, levy_in_name: 城镇土地使用税、
        # 房产税合计3.4亿元 counts both, as 契税、耕地占用税 does)
        if not sentence.endswith(LEVY_END, s, e) and VERB_WORD.search(sentence, s, e):
            return lo  # a deed of its own (隐患排查), or a clause
        if s != item:
            return s  # a verb or a scope word opens the list
        lo = s
    return lo
