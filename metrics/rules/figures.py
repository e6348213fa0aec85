"""The rules that find figures, in the order they are tried.

Each rule is a verbose pattern over the normalised text, built from the pieces in
``numbers`` and ``qualifiers``. Groups used by ``resolve``: ``pre``, ``num``/``num2``
(Arabic or masked), ``cn``/``cn2`` (Chinese numerals), ``cndec`` (Chinese decimals),
``per_base`` (百 or 千 before 分之), ``mixed`` (a number in Arabic digits and 万/千:
1万2千), ``mult``/``mult1`` (万, 亿), ``small`` (千 or 百 after
Arabic digits), ``mid``/``mid1`` (余, 多), ``unit``/``unit1``, ``post``, ``sep`` (a range
dash), ``wan`` (a bare 万/千).

A number alone is no statistic (a year, a list number, a hotline): every rule asks for a
unit, a multiplier, or a form that carries its own (a percentage, 分之, a ratio, a value
after a copula, a cell of a table whose row names its unit), so bare numbers never become
candidates at all.
"""

from __future__ import annotations

from enum import StrEnum

import regex

from metrics.lexicon.numerals import DIGITS, NONZERO_DIGITS, PLACES
from metrics.lexicon.units import MULTIPLIERS, UNITS
from metrics.lexicon.words import MARK_VERBS
from metrics.rules.numbers import (
    ARABIC,
    CHINESE,
    CN_DECIMAL,
    MASKED,
    MULT,
    NUMBER,
    UNIT,
    UNIT_REACH,
)
from metrics.rules.qualifiers import MID as MID_WORDS
from metrics.rules.qualifiers import MID_PATTERN, POST_PATTERN, PRE_PATTERN
from metrics.rules.qualifiers import POST as POST_WORDS
from metrics.rules.rule import Rule


class FigureRuleName(StrEnum):
    """The names of ``RULES``, in their order: a figure's ``rule``, dispatched on by name."""

    RANGE = "range"
    RANGE_CHINESE = "range_chinese"
    PER_POPULATION = "per_population"
    RATIO_SLASH = "ratio_slash"
    RATIO_COLON = "ratio_colon"
    RATIO_TWO = "ratio_two"
    PERCENT_CHINESE = "percent_chinese"
    FRACTION_CHINESE = "fraction_chinese"
    DOUBLING = "doubling"
    NUMBER_UNIT = "number_unit"
    LISTED_BEFORE_UNIT = "listed_before_unit"
    MIXED_MYRIAD = "mixed_myriad"
    CHINESE_UNIT = "chinese_unit"
    BARE_VALUE = "bare_value"
    INDEX_VALUE = "index_value"
    TABLE_CELL = "table_cell"
    BARE_MYRIAD = "bare_myriad"


PRE = rf"(?P<pre>{PRE_PATTERN})?"
POST = rf"(?P<post>{POST_PATTERN})?"
DASHES = "-~—–至到"
RANGE_DASH = rf"(?P<sep>[{DASHES}])"
# A range's dash stands within a multiplier and a unit of its low end: looking for it
# first spares trying every unit at every number that is no range.
DASH_NEAR = rf"(?=[^\n]{{0,{UNIT_REACH}}}?[{DASHES}])"
# The words before 亿, 万, 千, 百 that make them a figure of their own (近万名, 上千人, 近亿元).
MYRIAD_PRE = "近上逾超约"
# ... unless it is the last character of a word before it: 签约亿元以上项目 counts projects
# signed (签约) of over 1亿元 each, not "about 1亿元"; 预约万余人次 booked 万余人次. The words
# that end in 约 are a closed set. So are the verbs by which a total crossed a mark that end
# in 上 and are no other word (迈上, 跃上, 跨上 …百亿元台阶: the mark is 百亿元, not "about"
# it); other …上 words are left (线上万人观看, 火车站上万名旅客, 登上千米观景台: about 万, 千).
MARKS_ON = "迈跃跨"
WORD_END_BEFORE = {"约": "签节制预履违合特公条相邀解续毁集简隐", "上": MARKS_ON}
# A bare word of places right after such a verb, or 突破, is the mark itself when a mark
# noun or the clause's end follows (跃上百亿元台阶, 跨过千亿元大关, 工业总产值突破千亿元。): a
# figure, at least the mark (qualifiers.CLAUSE); not a size crossed (跨越百米峡谷).
AFTER_MARK_VERB = "|".join([w.surface for w in MARK_VERBS] + ["突破"])
MARK_NOUN_AFTER = r"(?=\p{Han}{1,3}?(?:新?(?:台阶|大关|关口)|[,，;；。、]|$))"
# A bare word of places that sorts a class (超百亿元项目, 超千万元企业, 超千亿元的企业有3家)
# is the class's threshold, no figure of the work (as 签约亿元以上项目).
CLASS_AFTER = r"(?!的?(?:项目|企业|产业|集群)|级)"
# A word of places after such a word: one (近万名, 近亿元) or a compound that stands for one
# number (近百万户, 逾千万人次, 超千亿元, 超万亿元: 10**6, 10**7, 10**11, 10**12). A compound
# not led by such a word is a name or a scale (千万工程, 百亿级产业集群), never a figure.
PLACE_WORD = "[千百]?(?:万亿|[亿万])|[千百]"
MYRIAD_QUALIFIER = "|".join(
    [f"(?<![{before}]){pre}" for pre, before in WORD_END_BEFORE.items()]
    + [f"[{''.join(c for c in MYRIAD_PRE if c not in WORD_END_BEFORE)}]"]
)
# A short ratio part inside a lookbehind (bounded, as lookbehinds must be cheap).
R = r"\d{1,3}(?:\.\d{1,3})?"
# A unit per something: 0.5万元/人, 3000元/亩, 28.5微克/立方米, 800元/人/月 is a unit of
# its own; so is a plant's capacity a day or an hour (日处理污水10万吨/日, 800辆/小时).
PER = r"(?P<per>(?:/(?:每)?(?:人|户|亩|吨|平方米|㎡|年|月|天|日|小时|次|个|辆|台|件|公里)){1,2})?"


def _chars(chars: set[str]) -> str:
    """``chars`` as the inside of a class (in order; a space written so that a verbose
    pattern keeps it)."""
    return "".join(f"\\x{ord(c):02x}" if c.isspace() else regex.escape(c) for c in sorted(chars))


# What a rule reads right after a number's characters, in the patterns below: one of
# these characters must follow them for any rule to match at a number (``rules.FIRST``
# asks it first). After the digits or masks of a number (NUMBER_CHARS, where it may end
# anywhere): a multiplier, a unit, 余 or 多, a word after the unit (bare_value), 3千 and
# 个 (number_unit), a range's dash, a ratio's / or :, the pause after a copula's value
# (bare_value), the space, tab, bar or line end after a table's cell; after a Chinese numeral
# (its characters and inner 万, 亿): a multiplier, a unit, 余 or 多, 点 (a decimal), 至 or
# 到 (range_chinese), 分之 (percent_chinese, fraction_chinese), 亿 (mixed_myriad).
NUMBER_CHARS = r"[\d,.xX*]"
_AFTER_ANY = (
    {u.surface[0] for u in UNITS}
    | {m.surface[0] for m in MULTIPLIERS}
    | {w.surface[0] for w in MID_WORDS}
)
NUMBER_GOES_ON = _chars(
    _AFTER_ANY
    | {w.surface[0] for w in POST_WORDS}
    | set(DASHES + "/:千百个" + ",，;；。(（)）" + " \t\n|｜")
    | set("、和及与")  # a number listed before the one that carries the unit (listed_before_unit)
)
NUMERAL_GOES_ON = _chars(_AFTER_ANY | set("点至到分亿"))
# A range's dash stands within UNIT_REACH characters of its low end's number (DASH_NEAR),
# and a number is a sign and a run of NUMBER_CHARS (none of them a dash): so the dash
# stands within UNIT_REACH of the end of the run after the qualifier. Asked before the
# rule reads its qualifier and number (the number gives back a digit at a time, each
# time looking for the dash again; range is the first rule tried at every position the
# scan's FIRST lets through, and finds a figure at few of them), the run read once and
# not given back (++): a position with no dash near passes to the next rule at once.
RANGE_GATE = rf"(?=(?:{PRE_PATTERN})?[-负]?{NUMBER_CHARS}++{DASH_NEAR})"
# So too a number listed before the one that carries the unit: its mark of a list
# (、和及与, none of them NUMBER_CHARS) stands right after its run (measured alone at the
# scan's 3,011 positions of the corpus: 10.8 → 3.1 ms; in the master it is tried where
# number_unit found nothing).
LISTED_GATE = rf"(?=[-负]?{NUMBER_CHARS}++[、和及与])"


RULES: tuple[Rule, ...] = (
    Rule(
        name="range",
        pattern=rf"""
            {RANGE_GATE}
            {PRE}
            (?P<num>{NUMBER}) {DASH_NEAR}
            (?P<mult1>{MULT})? (?P<unit1>{UNIT})?                   # low end, unit optional
            {RANGE_DASH}
            (?P<num2>{NUMBER}) (?P<mult>{MULT})? (?P<unit>{UNIT})     # high end with its unit
            {POST}
        """,
        examples=("3-5个", "6%-6.5%", "*-*万元", "10~20人", "1.2万-1.5万元", "6至12个月"),
        counter=("1-10月", "2018-2022年度", "*-*月", "0551-1234567"),
        priority=10,
    ),
    Rule(
        name="range_chinese",
        pattern=rf"""
            {PRE}
            (?P<cn>[{DIGITS}{PLACES}]{{1,4}}) (?P<sep>[至到]) (?P<cn2>{CHINESE})  # 二至三
            (?P<mid>{MID_PATTERN})? (?P<mult>{MULT})? (?P<unit>{UNIT})
            {POST}
        """,
        examples=("二至三名", "三到五个", "一至两所", "十到十五人"),
        counter=("一至三季度", "第一至三批", "三至五年"),
        priority=12,
    ),
    Rule(
        name="per_population",
        pattern=rf"""
            {PRE}
            (?<![\d/.])
            (?=[\d.xX*]{{1,8}}/[1十万千])  # a cheap look first: most numbers have no slash
            (?P<num>{NUMBER}) (?P<per>/(?:10万|十万|万|100万|1000|千)人?)  # 孕产妇死亡率12.5/10万
            {POST}
        """,
        examples=("12.5/10万", "10/10万以下", "xx.x/10万", "3.2/千人"),
        counter=("2023/10/01",),
        priority=15,
    ),
    Rule(
        name="ratio_slash",
        pattern=rf"""
            (?<![\d/.])
            (?P<num>{NUMBER}) / (?P<num2>{NUMBER})
            (?![\d/])
            {POST}
        """,
        examples=("*/*", "1/3", "x/xx", "1/3以上"),
        counter=("2023/10/01",),
        priority=20,
    ),
    Rule(
        name="ratio_colon",
        pattern=rf"""
            (?<![\d.:])
            (?P<num>{ARABIC}) : (?P<num2>{ARABIC}) (?: : {ARABIC})+   # three parts or more
            (?![\d.:])
        """,
        examples=("7.2:40.4:52.4", "1:2:3"),
        counter=("8:30",),
        priority=30,
    ),
    Rule(
        name="ratio_two",
        pattern=rf"""
            (?<=比(?:例|值)?(?:为|是|由|从|缩小至|缩小为|缩小到|降至|降为|下降至|达到|达)
               |\p{{Han}}比\s?  # 师生比1:13.5
               |比(?:例|值)?[由从]{R}:{R}(?:缩小|扩大|下降|降低|提高)?[至到为])  # 比由2.3:1缩小至
            (?P<num>{ARABIC}|{MASKED}) : (?P<num2>{ARABIC}|{MASKED})  # needs its name: 比为
            (?![\d.:])
        """,
        examples=(
            "城乡收入比为[1.96:1],",
            "男女比例为[1:1.2]。",
            "收入比缩小至[2.1:1]。",
            "师生比为[x:xx]。",
            "师生比[1:13.5],",
        ),
        counter=("上午8:30", "比分为3:1", "上午8:30至10:30"),
        priority=35,
    ),
    Rule(
        name="percent_chinese",
        pattern=rf"""
            {PRE}
            (?P<per_base>[百千万])分之 (?P<cn>{CHINESE}) (?P<cndec>{CN_DECIMAL})?  # ‰, ‱
            # a range in words, both ends written out (百分之五到百分之六): one figure
            (?:(?P<sep>[至到]) (?P=per_base)分之 (?P<cn2>{CHINESE}) (?P<cndec2>{CN_DECIMAL})?)?
            {POST}
        """,
        examples=(
            "百分之九十",
            "百分之十二点五",
            "近百分之八十",
            "千分之三以内",
            "万分之二",
            "增长[百分之五到百分之六]",
            "[百分之五点五至百分之六]之间",
        ),
        priority=40,
    ),
    Rule(
        name="fraction_chinese",
        pattern=rf"(?P<cn2>{CHINESE}) 分之 (?P<cn>{CHINESE}) {POST}",
        examples=("三分之一", "五分之二", "三分之一以上"),
        priority=50,
    ),
    # 翻一番, 翻了两番, 实现翻番: a quantity doubled once (×2) or twice (×4); the numeral
    # counts doublings (翻番 alone is one), and resolution gives the multiple in 倍. Not
    # 翻身, 翻新, 翻阅 (other verbs of 翻), nor 一番 without 翻 (经过一番努力: a bout of it).
    Rule(
        name="doubling",
        pattern=rf"""
            翻 了?                                # the verb of doubling (and its 了)
            (?P<doublings>[{NONZERO_DIGITS}])?    # how many times (翻番: once)
            番
            {POST}
        """,
        examples=(
            "翻一番",
            "翻了两番",
            "比2020年[翻两番以上]",
            "实现[翻番]",
            "经济总量[翻一番左右]",
        ),
        counter=("翻新校舍", "农民翻身", "经过一番努力", "呈现一番新气象", "翻阅档案"),
        priority=45,
    ),
    Rule(
        name="number_unit",
        pattern=rf"""
            {PRE}
            (?P<num>{NUMBER})
            (?P<small>[千百](?![米克瓦]))?       # 3千: folded into the value
            # 2个多亿: the 个 of speech counts nothing (but 10个亿元以上项目 counts projects,
            # 3个万亿级产业 counts industries)
            (?:个(?={MID_PATTERN}?(?:万亿|万(?!亿)|亿)(?!元?(?:以上|以下|级|规模|项目|企业|大))))?
            (?P<mid1>{MID_PATTERN})?             # 3000余万
            (?:                                  # a multiplier or a unit, or both:
                (?P<mult>{MULT})                 # 万, 亿: kept in the unit as written
                (?P<mid>{MID_PATTERN})?          # 6.4万余人次
                (?P<unit>{UNIT})?
              | (?P<unit>{UNIT})                 # a number alone is no statistic
            )
            {PER}
            {POST}
        """,
        examples=(
            "93.5%",
            "xx.xx%",
            "x,xxx个",
            "**m2",
            "xxkm",
            "1xx%",
            "1500名",
            "近5万名",
            "6.4万余人次",
            "xx余篇",
            "XX人左右",
            "87%以上",
            "5%以内",
            "1,234元",
            "超x万个",
            "3.1个百分点",
            "1.5亿",
            "-4.7%",
            "3千人",
            "3000余万",
            "800元/人/月",
            "2个多亿",
            "3个亿元",
            "3个万亿元",
            "培育形成[3个]万亿级优势产业",
        ),
        counter=(
            "2022年",
            "x月xx日",
            "20xx年",
            "10月底",
            "PM2.5",
            "12345热线",
            "X210",
            "第3位",
            "1.",
            "1.推进",
            "(1)工作",
            "333工程",
            "AAA公众号",
        ),
        priority=60,
    ),
    Rule(
        name="listed_before_unit",
        # Figures listed after 分别 share the unit the last one carries (分别提高20.9、36.2、
        # 54个百分点; 分别为12.3、45.6和78.9亿元): each number before it is a figure of that
        # unit. The unit is read ahead, past the match: the figure's text is its number.
        pattern=rf"""
            {LISTED_GATE}
            (?P<num>{NUMBER})
            (?=[、和及与]
                (?:{NUMBER}[、和及与]){{0,8}}
                {NUMBER} (?P<mult>{MULT})? (?P<unit>{UNIT}))
            (?<=分别[^,，;；。:：\d]{{0,6}}
                (?!1[、和及与]2(?!\d))              # not 1、2、3: ordinals (1、2、3轮, 1、2期)
                (?:{NUMBER}[、和及与]){{0,8}}{NUMBER})
        """,
        examples=(
            "覆盖率分别提高[20.9]、36.2、54个百分点",
            "产值分别为[12.3]、45.6和78.9亿元",
            "粮食、油料产量分别达到[52.3]、8.6万吨",
            "收入分别为[XX]、XX万元",
        ),
        counter=(
            "分别于2019、2020年建成",
            "分别在3、4月开展",
            "提高20.9、36.2个百分点",
            "分别开展1、2、3轮专项督查",
            "分别建成1、2期工程",
        ),
        priority=61,
    ),
    Rule(
        name="mixed_myriad",
        pattern=rf"""
            {PRE}
            (?P<mixed>
                \d{{1,4}} [万亿] [\d一二两三四五六七八九] [千百] (?:(?<=亿..)万)?  # 3亿5千万
              # 三亿二千万
              | [{DIGITS}{PLACES}]{{1,4}} 亿 [{DIGITS}{PLACES}]{{0,6}} [千百十] 万
            )
            (?P<mid>{MID_PATTERN})?
            (?P<unit>{UNIT})
            {POST}
        """,
        examples=("1万2千元", "3亿5千万元", "约2万3千人", "1万5千余户", "一亿二千三百万元"),
        priority=58,
    ),
    Rule(
        name="chinese_unit",
        pattern=rf"""
            {PRE}
            (?P<cn>{CHINESE}) (?P<cndec>{CN_DECIMAL})?
            (?P<mid1>{MID_PATTERN})?
            (?P<mult>{MULT})?
            (?P<mid>{MID_PATTERN})?
            (?P<unit>{UNIT})
            # tenths and a digit of hundredths, as said (九成五: 95%, 八成三): the digit after
            # 成 is its decimal (not a numeral that opens a count: 九成五个村 is rare, and a
            # unit or 余 after it tells so)
            (?:(?<=[{DIGITS}]成) (?P<cndec>[{NONZERO_DIGITS}]) (?![{DIGITS}{PLACES}]|{UNIT}|余|多))?
            {POST}
            # a count of kinds that names a thing a figure after it counts (发放两项补贴
            # 1460万元, 拨付三类人员生活补助资金215万元): part of the name, no figure;
            # with no figure after the noun it counts (完成两项改革任务) it is one
            (?!(?<=[项类])\p{{Han}}{{2,10}}(?:\d|[xX*]{{2}}))
        """,
        examples=(
            "三所",
            "两项",
            "二十多名",
            "一万人",
            "一个百分点以上",
            "十二万五千人",
            "三十余家",
            "九成五",
            "八成三以上",
        ),
        counter=("十四五", "二十大", "一是", "第二批", "一次性", "三年行动"),
        priority=70,
    ),
    Rule(
        name="bare_value",
        pattern=rf"""
            (?<=(?:为|是|达到|达|降至|升至|控制在))  # a value stated after a copula
            (?P<num>{ARABIC})
            (?!,\d)                                 # never the head of 1,234人
            {POST}
            (?=[,，;；。(（)）]|$)                    # and nothing after it but a pause
        """,
        examples=("平均浓度为[24.9](", "下达的目标是[28.5],", "死亡率控制在[0.02以下]。"),
        counter=("为1.推进", "是12345热线", "人数为1,234项目"),
        priority=55,
    ),
    Rule(
        name="index_value",
        pattern=rf"""
            (?<=(?:系数|指数                        # a coefficient or an index has no unit:
                |(?<=\p{{Han}}{{2}})(?<![同环占对相])比)   # nor a ratio named by 比 (城乡收入比)
                (?:为|是|达到|达|提高到|提升到|提高至|提升至|降至|升至|保持在|稳定在
                |缩小[至到为]|扩大[至到为])?)
            (?P<num>{ARABIC})                       # its value stands right after its name
            (?!,\d)                                 # (or a copula), never 1,234
            {POST}
            (?=[,，;；。(（)）]|$)                    # and nothing after it but a pause
        """,
        examples=(
            "农田灌溉水有效利用系数[0.583]。",
            "工业生产者出厂价格指数[98.5]，",
            "有效利用系数提高到[0.58]。",
            "制造业采购经理指数[50.2]；",
            "城乡居民收入比缩小至[1.88]。",
            "全市城乡收入比为[2.05]，",
        ),
        counter=(
            "调节系数1.2.3条。",
            "景气指数2023年",
            "有效利用系数0.5版。",
            "增速同比1.5，",
            "与上年相比2.1，",
        ),
        priority=54,  # before bare_value: 指数为100.4 is an index's, whatever words precede
    ),
    Rule(
        name="table_cell",
        pattern=rf"""
            (?<=\t|[|｜][ ]?|[ ]{{2}})               # a cell of a table of indicators (a
            (?P<cell>(?P<num>{NUMBER}))             # PDF's copy sets cells apart by a
            {POST}                                  # bar, a pasted one by spaces:
            (?=[ ]{{0,3}}(?:\t|[|｜]|\n|\Z)|[ ]{{2}})  # segment.grid), a figure alone in it:
        """,  # its unit is written after the row's name (and a target's word after it: 386左右)
        examples=(
            "指标\t完成\n面积（亩）\t[45]",
            "指标\t目标\t完成\n收入（亿元）\t[xx]\t",
            "指标\t2029年目标\n地区生产总值（亿元）\t[386左右]",
            "指标\t目标\n粮食产量（万吨）\t[42以上]",
            "主要指标｜2026年完成\n城镇新增就业（人）｜[8650]",
            "指标 | 目标\n粮食产量（万吨） | [42以上]",
            "序号  指标名称  单位  2025年目标\n1  一般公共预算收入  亿元  [12.6]",
            "指标  单位  2029年预期目标\n城镇新增就业  人  [2800以上]",
        ),
        counter=("指标\t完成\n面积\t2023年", "指标 | 完成\n面积 | 2023年"),
        priority=90,
    ),
    Rule(
        name="bare_myriad",
        pattern=rf"""
            (?:
                (?P<pre>{MYRIAD_QUALIFIER}) (?P<wan>{PLACE_WORD}) (?P<mid>{MID_PATTERN})?  # 近万名
              | (?<![{DIGITS}{PLACES}\d数几成好])       # 千余家, 惠及万余人 (not 数万余人)
                (?P<wan>[亿万千百]) (?P<mid>{MID_PATTERN})
              | (?<={AFTER_MARK_VERB}) (?P<wan>{PLACE_WORD}) {MARK_NOUN_AFTER}  # 跃上百亿元台阶
            )
            (?P<unit>{UNIT}) {CLASS_AFTER}
        """,
        examples=(
            "近万名",
            "上千人",
            "逾万人次",
            "千余家",
            "百余人",
            "近亿元",
            "超亿元",
            "预约[万余人次]",
            "旅游总收入[近百亿元]",
            "接待游客[逾千万人次]",
            "贷款余额[超万亿元]",
            "惠及[近百万户]",
            "生产总值跃上[百亿元]台阶",
            "税收收入跨过[千亿元]大关",
            "经济总量迈上[万亿元]台阶",
            "地区生产总值突破[千亿元]大关",
            "工业总产值突破[千亿元]。",
        ),
        counter=(
            "万名党员",
            "数万余人",
            "签约亿元以上项目",
            "力争签约亿元项目",
            "履约亿元以上合同",
            "千万工程",
            "百亿级产业集群",
            "百万亩",
            "新签约超百亿元项目",
            "培育营业收入超千万元企业",
            "建成跨越百米峡谷的玻璃栈道",
        ),
        priority=65,
    ),
)
