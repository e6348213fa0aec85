"""Context vetoes: what looks like a figure but is none.

Each ``Exclusion`` has a name, a predicate over the candidate and the text around it,
and examples: in each example the figure-like text must give no mention; in each
counter-example a mention must remain. They are run as tests like the rules.
Candidates that a veto removes are retried one character further on, so a veto never
hides a real figure that starts inside the vetoed text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from metrics import regex_cache
from metrics.gates import FirstChars, Guard
from metrics.lexicon.numerals import DIGITS, FIGURE_MYRIADS, FINANCIAL, PLACES, POINTS
from metrics.lexicon.units import UNIT_BY_SURFACE
from metrics.rules.breaks import last_break
from metrics.rules.numbers import BARE_HUNDREDS, is_wellformed_chinese
from metrics.segment.grid import grid_cell


@dataclass(frozen=True, slots=True)
class Candidate:
    """A rule's match before resolution: its rule, normalised span and named groups."""

    rule: str
    start: int
    end: int
    groups: dict[str, str]

    # Written out for the compiled build, as ``records.Mention``'s is (a field set in C, not a
    # call of ``object.__setattr__`` a field: one candidate a match of the scan);
    # ``tests/test_records.py`` holds it to the fields.
    def __init__(self, rule: str, start: int, end: int, groups: dict[str, str]) -> None:
        object.__setattr__(self, "rule", rule)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "groups", groups)

    def get(self, name: str) -> str:
        return self.groups.get(name, "")  # (its groups are strings, never None)


@dataclass(frozen=True, slots=True)
class Exclusion:
    """A veto. ``needs`` names a group without which the test can never veto, so that
    rules without that group skip it."""

    name: str
    test: Callable[[str, Candidate], bool]
    examples: tuple[str, ...]
    counter: tuple[str, ...] = ()
    needs: str = ""


PARTIAL_BEFORE: Final = frozenset("0123456789.xX*")
CN_NUMERAL_CHARS: Final = frozenset(DIGITS + PLACES + FIGURE_MYRIADS)
VAGUE_BEFORE: Final = frozenset("数几")
THOUSANDS_TAIL: Final = regex_cache.compile(r"\d{3}(?![\d.])")
# 每天锻炼一小时, 每年不少于10小时: a rule for every day or year, not a result.
STANDING: Final = regex_cache.compile(
    r"每(?:[\d一二两三四五六七八九十]{1,3}个?)?(?:天|日|周|月|小时|分钟|学期|节课|课时)"
    r"|每年(?:不少于|至少|不低于|不超过)?$|每$"  # 每2小时消毒1次: the 2 hours are the rule too
)
NORM_WORD: Final = regex_cache.compile(r"至少|不少于|不低于|不超过|保持|确保|要求")
# Where a clause ends: cues and qualifiers never reach across it.
CLAUSE_BREAK: Final = regex_cache.compile(r"[,，;；。:：!?！？\n]")
# The same without the line break (``clause_before`` of a sentence, where a line break is a
# PDF's wrap).
CLAUSE_BREAK_NOT_LINE: Final = regex_cache.compile(r"[,，;；。:：!?！？]")
ONE_X_ONE: Final = regex_cache.compile(r"[^,，。;；、]{0,3}?一")
RHYTHM_AFTER: Final = regex_cache.compile(r"一[\p{Han}]")
SLOGAN_AFTER: Final = regex_cache.compile(
    r"(?:代表|维护|确立|意识|自信|全面|务必|百年|中心|基本点|坚持|必须|统筹|结合|融合(?!型)|优先|领先|率先|不|零"
    r"|一(?![级线等类])"  # 三个一建设, 两个一百年: a count of ones is a name
    r")"
)
SLOGAN_AT: Final = FirstChars(SLOGAN_AFTER)  # (asked only where one of its words can open)
# After a Chinese count, words that make it a name: 八项规定, 五次全会, 三次产业,
# 三个“实实在在”, 四类家庭 (a category).
NAME_AFTER: Final = regex_cache.compile(r"规定|全会|全体会议|产业|占比|[“\"「]")
NAME_OPENS: Final = FirstChars(NAME_AFTER)  # (read from its words: not asked after most counts)
# A congress's session named by its term and number (县十九届人大四次会议, 市十六届人代会二次
# 会议, 十四届政协三次会议): the number after 届 names the session (不是 两次会议, a count).
SESSION_BEFORE: Final = regex_cache.compile(r"届(?:人大|人代会|人民代表大会|政协|人大常委会)$")
SESSION_AFTER: Final = regex_cache.compile(r"会议|全会|大会")
SESSION_OPENS: Final = FirstChars(SESSION_AFTER)  # (asked where one of its words opens)
# 在七个工作日内给予回复, 于3天内办结: a time limit set, not a time taken.
LIMIT_BEFORE: Final = regex_cache.compile(r"(?:在|于)$")
ARTICLE_BEFORE: Final = (
    regex_cache.compile(r"(?:成为|作为|当好|争做|争当|做|不漏|不落|不让|不放过|无)$")
)
CN_ONE: Final = frozenset({"一"})
# an age of many (平均年龄, 预期寿命), or a difference of ages (比全国平均高出1.6岁, 提高0.5岁)
AGE_CUE: Final = regex_cache.compile(r"年龄|寿命|岁数|年纪|平均|高出|提高|增加|延长|低于|高于")
COUNT_OPEN: Final = regex_cache.compile(r"[(（]共?\s?$")
RANK_UNITS: Final = frozenset({"名", "位", "%"})
# Before 前, characters that make it another word: 提前, 之前, 此前, 以前, 目前, 当前, 年前…
NOT_TOP_BEFORE: Final = "提之此以目当年月日事空超向跟面门"
CN_NAME_UNITS: Final = frozenset({"本", "期", "元", "类", "方"})


def clause_before(text: str, upto: int, reach: int, *, line_break_ends: bool = True) -> str:
    """The words of ``text`` before ``upto`` back to the last clause break, at most
    ``reach`` characters: how far a cue before a figure may stand.

    ``line_break_ends``: whether a line break ends the clause. For the vetoes here, on the
    text the rules scan, it does: a line there is a heading, a table's row, a line of its
    own (and for ``context.elsewhere``'s look-backs). For a figure's period kind and
    change base (``context.period_kinds``, ``change_bases``), read in its sentence, it
    does not: a line break left inside a sentence is a PDF's wrap, and the words before
    it (累计\n新增就业1.2万人) are the figure's clause still. (The last break is bisected
    from the breaks of the whole text, found once (``rules.breaks``): a text's figures, and
    a sentence's, each ask; splitting the window built a string for every clause in it.)"""
    breaks = CLAUSE_BREAK if line_break_ends else CLAUSE_BREAK_NOT_LINE
    return text[last_break(breaks, text, max(0, upto - reach), upto) : upto]


# Each unit's family by its surface, read once per candidate by several vetoes.
FAMILY_BY_SURFACE: Final[dict[str, str]] = {s: u.family for s, u in UNIT_BY_SURFACE.items()}


def family_of(c: Candidate) -> str | None:
    """The family of the candidate's unit (time, length, percent…), None without one."""
    return FAMILY_BY_SURFACE.get(c.groups.get("unit", ""))


def _a_time(c: Candidate) -> bool:
    """Whether the candidate's unit is a span of time (天, 个月, 个工作日)."""
    return family_of(c) == "time"


def _lone_financial(text: str, c: Candidate) -> bool:
    # 陆家嘴, 伍名: a lone financial digit is a word; 壹佰, 陆拾 are numbers
    cn = c.get("cn")
    return len(cn) == 1 and cn in FINANCIAL


def _malformed(text: str, c: Candidate) -> bool:
    # 一三, 十四五: Chinese digits in a row are a name or a reading, not one number; a bare
    # 百 or 千 is one only before 余 or 多 (培训百余人), not in a name (百名干部进万家)
    if c.get("cn") in BARE_HUNDREDS and c.get("mid1") and not c.get("cn2"):
        return False
    # a zero before a decimal is the number's whole part (零点五亿元, 百分之零点八)
    return any(
        c.get(g) and not is_wellformed_chinese(c.get(g)) and not _zero_point(c, g)
        for g in ("cn", "cn2")
    )


def _zero_point(c: Candidate, group: str) -> bool:
    """Whether numeral ``group`` of ``c`` is a lone zero with its decimal after it."""
    return c.get(group) in ("零", "〇") and bool(c.get("cndec" if group == "cn" else "cndec2"))


# The low end of a range of ordinals, before its high end: 第一至三批, 第3-5名.
ORDINAL_RANGE_BEFORE: Final = regex_cache.compile(r"第[\d一二三四五六七八九十两]{1,4}[至到~\-—–]$")


def _ordinal(text: str, c: Candidate) -> bool:
    if c.start == 0 or c.get("pre"):
        return False
    lo = max(0, c.start - 7)
    return text[c.start - 1] == "第" or (
        # a range of ordinals opens with 第: the rare character is looked for first
        "第" in text[lo : c.start] and ORDINAL_RANGE_BEFORE.search(text, lo, c.start) is not None
    )


def _partial(text: str, c: Candidate) -> bool:
    # the candidate starts inside a longer number, mask or Latin code
    if c.start == 0 or c.get("pre"):
        return False
    before = text[c.start - 1]
    if c.get("cn") and (before in CN_NUMERAL_CHARS or before in VAGUE_BEFORE):
        return True  # inside a longer numeral, or a vague one: 数十个, 几百人 hold no value
    if c.get("cn") and before in POINTS and text[c.start - 2 : c.start - 1] in CN_NUMERAL_CHARS:
        return True  # the decimals of a numeral read no figure of their own (…点五亿元)
    if before == ",":  # 1,234: a thousands group, not a number after a comma
        return text[c.start - 2 : c.start - 1].isdigit() and bool(
            THOUSANDS_TAIL.match(text, c.start)
        )
    return before in PARTIAL_BEFORE or ("A" <= before <= "Z") or ("a" <= before <= "z")


def _plus_formula(text: str, c: Candidate) -> bool:
    # 5+2天工作制, 1+3名专家团队, 7×24小时服务: numbers joined by + or × name a scheme
    before = text[c.start - 1 : c.start]
    return before in ("+", "×") or text[c.end : c.end + 1] == "+"


def _top_n(text: str, c: Candidate) -> bool:
    # 全省前10位, 前三名, 前5%: a rank; 前5个月: a period; 提前3个月 and 此前 are other words
    if c.get("pre") or text[c.start - 1 : c.start] != "前":
        return False
    if c.start >= 2 and text[c.start - 2] in NOT_TOP_BEFORE:
        return False
    return c.get("unit") in RANK_UNITS or _a_time(c)


def _compilation_count(text: str, c: Candidate) -> bool:
    # …工作总结(共 5 篇): how many reports a compilation holds, not a statistic of the work
    return (
        c.get("unit") == "篇"
        and bool(COUNT_OPEN.search(text, max(0, c.start - 3), c.start))
        and text[c.end : c.end + 1] in (")", "）")
    )


def _personal_age(text: str, c: Candidate) -> bool:
    # 党支部书记林某,*岁,大专学历: a person's age; 平均年龄45岁, 预期寿命78.5岁 are statistics
    if c.get("unit") != "岁":
        return False
    clause = clause_before(text, c.start, 16)
    return not AGE_CUE.search(clause)


def _standing_rule(text: str, c: Candidate) -> bool:
    # 每天锻炼一小时, 每年不少于10小时, 每月入企茶叙至少两次: a rule of frequency, not a
    # result; 每月发放补贴资金XX万元 reports an amount and stays
    # every STANDING cue holds 每: the rare character is looked for first
    if "每" not in text[max(0, c.start - 12) : c.start] and "每" not in c.get("pre"):
        return False
    clause = clause_before(text, c.start, 12) + c.get("pre")
    if not STANDING.search(clause):
        return False
    return family_of(c) in (None, "time", "count") or bool(NORM_WORD.search(clause))


# A count that announces the outline after it (干好四件大事：一是, 抓好三个方面工作：（一）, 做了
# 以下五项工作：1.): how many points follow, no statistic of the work. A colon that opens no
# enumeration (完成三项工作：修路12公里) leaves the count.
OUTLINE_AFTER: Final = regex_cache.compile(
    r"[^,，;；。:：\d]{0,10}[：:]\s*"
    r"(?:[一二三四五六七八九十]是|[（(][一二三四五六七八九十][)）]|第一|首先|1[.、．])"
)


def _outline_count(text: str, c: Candidate) -> bool:
    return OUTLINE_AFTER.match(text, c.end) is not None


def _chinese_name(text: str, c: Candidate) -> bool:
    # 一本/二本 (university tiers), 二期 (a project phase), 三元 (ternary), 三方 (parties):
    # with a Chinese numeral of one character these units name a kind, not a count; a
    # numeral of more is an amount (五十元, 一万二千五百元, 十二期)
    cn = c.get("cn")
    return (
        bool(cn)
        and len(cn) == 1
        and not (c.get("mult") or c.get("mid") or c.get("mid1"))  # 十余期 is a count
        and c.get("unit") in CN_NAME_UNITS
    )


def _one_as_article(text: str, c: Candidate) -> bool:
    # 一个, 一批, 一项: a lone 一 with a generic classifier means "a", not a count
    unit = UNIT_BY_SURFACE.get(c.get("unit"))
    return c.get("cn") in CN_ONE and not c.get("mult") and unit is not None and unit.generic


# 上一篇：…, 【下一条】…: a web page's link to the site's previous or next article is no count
# of articles (its 一 is the page's wording): 上 or 下 right before, a colon or the bracket's
# close right after (the line break before it may be joined as a wrap: 工作报告下一篇：…).
# (Counter: 报送市级以上一篇, 向上级报送一篇调研报告: no colon after.)
ARTICLE_LINK_BEFORE: Final = regex_cache.compile(r"[上下]$")
ARTICLE_LINK_AFTER: Final = regex_cache.compile(r"[ \t]*[：:】\]]")
ARTICLE_LINK_UNITS: Final = frozenset({"篇", "条"})


def _article_link(text: str, c: Candidate) -> bool:
    return (
        c.get("cn") in CN_ONE
        and c.get("unit") in ARTICLE_LINK_UNITS
        and ARTICLE_LINK_BEFORE.search(text, max(0, c.start - 1), c.start) is not None
        and ARTICLE_LINK_AFTER.match(text, c.end) is not None
    )


def _chinese_slogan(text: str, c: Candidate) -> bool:
    # 中央八项规定, 十二届五次全会, 三个“实实在在”, 成为一名…, 不漏一户: names and articles
    if not c.get("cn") or c.get("mult"):
        return False
    if NAME_OPENS.opens(text, c.end) and NAME_AFTER.match(text, c.end):
        return True
    if (
        SESSION_OPENS.opens(text, c.end)
        and SESSION_AFTER.match(text, c.end)
        and SESSION_BEFORE.search(text, max(0, c.start - 8), c.start)
    ):
        return True  # 十九届人大四次会议: a session's name
    return c.get("cn") in CN_ONE and bool(ARTICLE_BEFORE.search(text, max(0, c.start - 3), c.start))


def _time_limit(text: str, c: Candidate) -> bool:
    return (
        _a_time(c)
        and text.startswith("内", c.end)
        and LIMIT_BEFORE.search(text, max(0, c.start - 1), c.start) is not None
    )


# 为期4天的招商活动, 24小时值班值守, 工单xx小时办结率: a span of time that a programme
# lasts, a rule keeps or a rate's name holds is no statistic (安全供餐170天 is one).
DURATION_BEFORE: Final = regex_cache.compile(r"为期$")
TIME_NAME_AFTER: Final = regex_cache.compile(
    r"值班|值守|在线|不间断|营业|开放|巡逻|响应|监测|监控|[\p{Han}]{0,4}?率"
)


def _time_attribute(text: str, c: Candidate) -> bool:
    return _a_time(c) and (
        TIME_NAME_AFTER.match(text, c.end) is not None
        or DURATION_BEFORE.search(text, max(0, c.start - 2), c.start) is not None
    )


# 拖欠超过6个月的欠款12笔, 逾期3个月以上的不良贷款, 失业半年以上的人员: a span of time
# followed by 的 and a noun says which things are counted, it is no statistic (the count
# after it is); a span that is the result stays (工期缩短15天的同时, 审批时间压缩至60个工作日).
QUALIFIES_NOUN: Final = regex_cache.compile(
    r"(?:以上|以下|以内|之内|左右)?的(?!同时|基础|前提|情况|目标|任务|要求)\p{Han}"
)


def _qualifying_duration(text: str, c: Candidate) -> bool:
    return _a_time(c) and QUALIFIES_NOUN.match(text, c.end) is not None


# bare_p_not_power: a bare P counts computing power only where its clause speaks of 算力
# (算力规模突破5000P, 新增智能算力xxP, 总算力达到50P); elsewhere it is a machine's rating
# or a size (新建充电桩600P, LED屏幕改造120P), no figure of ours. PFlops names itself.
POWER_WORD: Final = "算力"


def _bare_p_not_power(text: str, c: Candidate) -> bool:
    if c.get("unit") != "P":
        return False
    lo = last_break(CLAUSE_BREAK, text, max(0, c.start - 24), c.start)
    return text.find(POWER_WORD, lo, c.start) < 0 and not text.startswith(POWER_WORD, c.end)


# 语文、数学、科学三个科目, 就业与收入两项指标: a count of kinds that restates the items
# just listed names them, it is no statistic. A count of things is one, list or not
# (安徽大学、合肥学院两所高校举办招聘活动), and so is a count that is not the list's.
LISTED_COUNT: Final = (
    {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
)
LAST_JOIN: Final = regex_cache.compile(r"[和与及](?=[^和与及]+$)")
KINDS_AFTER: Final = regex_cache.compile(
    r"指标|科目|学科|主线|关键|方面|领域|环节|重点|原则|要求|计划|机制|体系"
)
KINDS_AT: Final = FirstChars(KINDS_AFTER)  # (asked only where one of its words can open)


# 两个设区市一般公共预算收入增幅超过8%, 其中三个县规模以上工业增加值增速超过10%, 全省有四个
# 设区市地区生产总值增长快于全省: a count of lower governments that opens its clause as the
# subject of an indicator's change picks which places the clause speaks of (their
# figure's place, ``pairs.figure_places.several_places``), it is no statistic of the work;
# read as one, it also cuts the indicator's name after it. A count in words: one in digits
# counts as a statistic does (全市5个县区一般公共预算收入下降2.1%, 11个县通过…评估认定).
# Counter: a count after a verb of work (新增两个省级开发区), one whose clause names no
# indicator's change (全市两个区入选全国试点, 三个区均被评为全国双拥模范城: how many places
# reached a mark, a statistic), and one of things a level word opens the name of (三个乡镇
# 卫生院门诊人次增长8.3%, 两个县级医院…: the hospitals are counted) stay.
PLACES_COUNTED: Final = regex_cache.compile(
    r"(?:设区的?市|县[(（]市、区[)）]|县[(（]区[)）]|县市区|县区|区县|县市|乡镇|镇街|街道"
    r"|[市县区镇乡旗州盟])(?![域级划场民城内外间界镇街]|卫生|医|学校|中心|企业|园)"
    r"[^,，;；。:：\n]{0,24}?(?:增长|增速|增幅|下降|降幅|合计)"
)
# (what may stand before such a count: a clause's break, a list item's mark, 其中, a scope, 有)
COUNT_OPENS: Final = regex_cache.compile(r"(?:^|[,，;；。:：\n)）]|其中|全[省市县区]|有)$")
LEVEL_OPENS: Final = tuple("设县区乡镇街市旗州盟")


def _places_counted(text: str, c: Candidate) -> bool:
    if c.get("unit") != "个" or not c.get("cn") or c.get("mult") or c.get("pre"):
        return False
    if not text.startswith(LEVEL_OPENS, c.end):
        return False
    if c.start and not COUNT_OPENS.search(text[max(0, c.start - 4) : c.start]):
        return False
    return PLACES_COUNTED.match(text, c.end) is not None


# 外贸…1260万吨、内贸…4360万吨，两项合计5620万吨: a count of the figures just given,
# right before the word of their total, counts no thing (the total after it does).
TOTAL_AFTER_COUNT: Final = regex_cache.compile(r"合计|共计|总计|相加")


def _parts_count(text: str, c: Candidate) -> bool:
    return (
        c.get("cn") in LISTED_COUNT
        and not c.get("mult")
        and c.get("unit") in ("项", "类")
        and TOTAL_AFTER_COUNT.match(text, c.end) is not None
    )


# 四十米大沟, 八米河: a length in Chinese numerals right before a ditch, river or lane
# names a place; a length of one (五百米河道, 三百米沟渠) goes on with the noun.
PLACE_AFTER: Final = regex_cache.compile(r"大?[沟渠河街巷](?![道段面体渠沟堤岸])")


def _place_name(text: str, c: Candidate) -> bool:
    return (
        bool(c.get("cn"))
        and not c.get("mult")
        and c.get("unit") == "米"
        and PLACE_AFTER.match(text, c.end) is not None
    )


def _restates_list(text: str, c: Candidate) -> bool:
    n = LISTED_COUNT.get(c.get("cn"))
    if n is None or c.get("mult") or not KINDS_AT.opens(text, c.end):
        return False
    if not KINDS_AFTER.match(text, c.end):
        return False
    parts = clause_before(text, c.start, 60).split("、")
    if LAST_JOIN.search(parts[-1]):
        parts[-1:] = LAST_JOIN.split(parts[-1])
    return len(parts) == n and all(p.strip() for p in parts)


def _one_x_one(text: str, c: Candidate) -> bool:
    # 一人一档, 一户一档: a slogan, not a count; 三天一兑现, 五天一调度: a rhythm
    if c.get("cn") in CN_ONE:
        return bool(ONE_X_ONE.match(text, c.end))
    return _a_time(c) and bool(RHYTHM_AFTER.match(text, c.end))


def _slogan_count(text: str, c: Candidate) -> bool:
    # 两个维护, 四个意识, 三个代表
    if not (c.get("cn") and c.get("unit") == "个" and SLOGAN_AT.opens(text, c.end)):
        return False
    return SLOGAN_AFTER.match(text, c.end) is not None


# 发现一处，严查一处; 帮扶一户、脱贫一户: "one" repeated in parallel clauses is a pledge
# for every case, not a count.
PARALLEL_NEXT: Final = regex_cache.compile(r"[,，、]\p{Han}{1,4}?一")
PARALLEL_PREV: Final = regex_cache.compile(r"一(\p{Han}{1,3})[,，、]\p{Han}{1,4}$")


def _parallel_one(text: str, c: Candidate) -> bool:
    # (a classifier repeated: with none, as after 分之, there is no parallel to read, and
    # 万分之一，三分之一 are two figures)
    unit = c.get("unit")
    if c.get("cn") not in CN_ONE or c.get("mult") or not unit:
        return False
    nxt = PARALLEL_NEXT.match(text, c.end)
    if nxt and text.startswith(unit, nxt.end()):
        return True
    prev = PARALLEL_PREV.search(text, max(0, c.start - 9), c.start)
    return prev is not None and prev.group(1) == unit


def _radius(text: str, c: Candidate) -> bool:
    # 区政府周边1公里范围内: a distance that draws the area worked in, not a measure of work
    if not text.startswith("范围", c.end):  # the rare word first: this runs for every figure
        return False
    return family_of(c) == "length"


# 军休二所, 二组, 二次供水: a count says 两, so a lone 二 before a classifier numbers a
# name; 军休三、四、五所: numerals listed bare before the one with the classifier number
# names too (a count repeats its classifier: 三所、四所).
NUMBERED_BEFORE: Final = regex_cache.compile(r"[一二三四五六七八九十]、$")
NUMBERED_AT: Final = Guard(NUMBERED_BEFORE)  # (a window whose last character closes none: no call)


def _numbered_name(text: str, c: Candidate) -> bool:
    # (a numeral with no classifier, as after 分之, numbers no name: 万分之一、三分之一)
    if c.get("mult") or c.get("mid") or c.get("mid1") or not c.get("unit"):
        return False
    if c.get("cn") == "二" and family_of(c) == "count":
        return True
    return NUMBERED_AT.search(text, max(0, c.start - 2), c.start) is not None


def _no_table(text: str, c: Candidate) -> bool:
    # a number alone after a tab is a figure only in a row under a row of column names:
    # a table of contents' page numbers stand under none
    return grid_cell(text, c.start) is None


EXCLUSIONS: Final[tuple[Exclusion, ...]] = (
    Exclusion("lone_financial", _lone_financial, ("陆家嘴", "伍名"), ("壹佰万元",), needs="cn"),
    Exclusion(
        "malformed",
        _malformed,
        ("十四五个", "统一三所", "百名干部"),
        ("三所", "培训百余人"),
        needs="cn",
    ),
    Exclusion(
        "partial",
        _partial,
        ("建成A3栋厂房", "改造K12公里路段", "数十个", "几十名"),
        ("共3个", "十余个"),
    ),
    Exclusion(
        "ordinal", _ordinal, ("全市第3位", "第二批", "第68项", "第一至三批", "第3-5名"), ("共3位",)
    ),
    Exclusion(
        "plus_formula",
        _plus_formula,
        ("7×24小时服务", "实行5+2天工作制", "组建1+3名专家团队", "构建3个+N服务体系"),
        (),
    ),
    Exclusion(
        "top_n",
        _top_n,
        ("位列全省前10位", "进入全国前三名", "排名前5%", "前5个月,全市"),
        ("提前3个月完成", "目前3名", "此前5个月"),
    ),
    Exclusion(
        "compilation_count",
        _compilation_count,
        ("局单位招商引资工作总结(共 5 篇)", "工作计划（5篇）"),
        ("发表论文5篇)", "共撰写调研报告5篇。"),
        needs="unit",
    ),
    Exclusion(
        "personal_age",
        _personal_age,
        ("党支部书记林某,45岁,大专学历。",),
        (
            "平均年龄45岁。",
            "人均预期寿命达到78.5岁。",
            "比全国平均高出1.6岁。",
            "比上年提高0.5岁。",
        ),
        needs="unit",
    ),
    Exclusion(
        "standing_rule",
        _standing_rule,
        ("每天锻炼一小时", "每年不少于10小时", "要求每1小时全面保洁1次"),
        ("每年降低一个百分点以上", "每月发放补贴资金XX万元"),
    ),
    Exclusion(
        "one_as_article",
        _one_as_article,
        ("一个重要", "一批项目", "一项重要举措"),
        ("一所公办幼儿园", "一个百分点"),
        needs="cn",
    ),
    Exclusion(
        "outline_count",
        _outline_count,
        ("干好四件大事：一是", "抓好三个方面工作：（一）", "做了以下五项工作：1.加强"),
        ("完成三项工作：修路", "签订八项合作协议"),
        needs="cn",
    ),
    Exclusion(
        "article_link",
        _article_link,
        ("上一篇：2027年临江县政府工作报告", "【下一篇】关于印发实施方案的通知"),
        ("报送市级以上一篇", "向上级报送一篇调研报告"),
        needs="cn",
    ),
    Exclusion(
        "chinese_name", _chinese_name, ("一本达线", "项目二期", "三元前驱体"), ("二十名",), "cn"
    ),
    Exclusion(
        "chinese_slogan",
        _chinese_slogan,
        (
            "中央八项规定",
            "十二届五次全会",
            "县十九届人大四次会议",
            "市十六届人代会二次会议",
            "三次产业",
            "三个“实实在在”",
            "成为一名",
            "不漏一户",
        ),
        ("两次会议", "八项任务"),
        needs="cn",
    ),
    Exclusion(
        "one_x_one",
        _one_x_one,
        ("一人一档", "一户一档", "三天一兑现", "五天一调度"),
        ("一人获奖", "用时三天,一次完成"),
        "cn",
    ),
    Exclusion(
        "time_limit",
        _time_limit,
        ("需求要在七个工作日内给予回复", "于3天内办结"),
        ("平均处理时限约2个工作日", "办理时间压缩至3天内"),
        "unit",
    ),
    Exclusion(
        "time_attribute",
        _time_attribute,
        ("开展为期4天的招商活动", "严格执行24小时值班值守", "热线工单xx小时办结率"),
        ("安全供餐170天", "缩短申请期6个月", "出现一天重污染天气"),
        "unit",
    ),
    Exclusion(
        "qualifying_duration",
        _qualifying_duration,
        ("拖欠超过6个月的欠款", "逾期3个月以上的不良贷款", "为失业180天以上的人员"),
        ("安全供餐170天", "工期缩短15天的同时", "审批时间压缩至60个工作日以内"),
        "unit",
    ),
    Exclusion(
        "bare_p_not_power",
        _bare_p_not_power,
        ("全年新建充电桩600P", "完成LED屏幕改造120P"),
        ("算力规模突破5000P", "新增智能算力xxP", "全县数据中心300P算力", "总算力达到50P"),
        "unit",
    ),
    Exclusion(
        "restates_list",
        _restates_list,
        ("语文、数学、科学三个科目平均分", "参与率和满意率两项指标"),
        ("语文、数学等五个科目", "安徽大学、合肥学院两所高校", "完善制度、流程三项机制"),
        "cn",
    ),
    Exclusion(
        "parts_count",
        _parts_count,
        ("两项合计", "以上三项共计"),
        ("完成两项，合计", "签订八项合作协议"),
        "cn",
    ),
    Exclusion(
        "slogan_count",
        _slogan_count,
        ("两个维护", "四个意识", "乡镇三个一建设", "力争实现四个领先"),
        ("三个科目", "建成三个一级站点", "组建三个融合型教联体"),
        "cn",
    ),
    Exclusion(
        "parallel_one",
        _parallel_one,
        ("发现一处，严查一处", "帮扶一户、脱贫一户"),
        ("发现一处隐患，整改3处", "新建一所学校，改建一所幼儿园", "控制在万分之一，三分之一的"),
        "cn",
    ),
    Exclusion(
        "radius",
        _radius,
        ("区政府周边1公里范围内的重点区域", "周边500米范围"),
        ("新建绿道1公里,扩大覆盖范围",),
        "unit",
    ),
    Exclusion(
        "numbered_name",
        _numbered_name,
        ("完成军休二所老旧小区改造", "军休三、四、五所相关配套", "推进二次供水改造"),
        ("新建两所学校", "改造二十所", "新建三所、四所", "分别为万分之一、三分之一"),
        "cn",
    ),
    Exclusion(
        "place_name",
        _place_name,
        ("实施四十米大沟污水管网改造", "八米河以西"),
        ("清理五百米河道", "疏浚三百米沟渠", "新建四十米大桥"),
        "cn",
    ),
    Exclusion(
        "places_counted",
        _places_counted,
        (
            "两个设区市一般公共预算收入增幅高于全省",
            "其中三个县规模以上工业增加值增速位居前列",
            "全省有四个设区市地区生产总值增长快于全省",
            "三个县（市、区）居民人均可支配收入增速均高于全国",
        ),
        (
            "新增两个省级开发区",
            "全市两个区入选全国试点",
            "三个乡镇污水处理厂建成投运",
            "三个区均被评为全国双拥模范城",
            "两个乡镇卫生院门诊人次增长较快",
        ),
    ),
    Exclusion(
        "no_table",
        _no_table,
        ("目录\t1\n工作总结\t3", "一、工作\t12"),
        ("指标\t完成\n面积（亩）\t45",),
        needs="cell",
    ),
)


def excluded_by(
    text: str, c: Candidate, exclusions: tuple[Exclusion, ...] = EXCLUSIONS
) -> str | None:
    """The name of the first of ``exclusions`` that vetoes ``c``, or None."""
    for ex in exclusions:
        if ex.test(text, c):
            return ex.name
    return None
