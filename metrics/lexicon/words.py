"""Word classes, as data: one entry a word, its class and an example of our own writing.

The cue patterns of the rules are built from these lists (``rules.role_cues``,
``rules.qualifiers``, ``context.words``, ``context.periods``), so a word is defined once and
``tests/test_lexicon.py`` runs every example through the whole pipeline:

- ``COMPLETION``: verbs that report a result reached (完成, 实现, 达到);
- ``TARGET``: words that make the figure after them a goal (力争, 目标, 确保);
- ``APPROX``, ``AT_LEAST``, ``AT_MOST``: comparison words that qualify a figure, with the
  places they stand (``Place``);
- ``BEAT``: words by which a result beat a target or a level (超出, 超额);
- ``PERIOD``: words that open or are a period of the year (截至, 上半年, 今年以来);
- ``DEED``: verbs of work done, which name no thing (``metrics.lexicon.verbs``);
- ``MARK``: verbs by which a total crossed a round mark (迈上, 跨过), with the mark after
  the figure (台阶, 大关).

A word may carry the characters that, right before it, make it part of another word
(``not_after``: 约 in 签约) and what, right after it, makes another word of it
(``not_before``, a pattern: 预期寿命 is no goal).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

import regex


class WordClass(StrEnum):
    COMPLETION = "completion"
    TARGET = "target"
    APPROX = "approx"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"
    BEAT = "beat"
    PERIOD = "period"
    DEED = "deed"
    MARK = "mark"


class Place(StrEnum):
    """Where a comparison word stands: right before the number and part of the mention
    (近万名), between number and unit (30余家), after the unit (87%以上), or earlier in the
    clause without being part of the mention (不低于九年总课时 9%)."""

    BEFORE = "before"
    BETWEEN = "between"
    AFTER = "after"
    CLAUSE = "clause"


@dataclass(frozen=True, slots=True)
class Word:
    surface: str
    word_class: WordClass
    example: str
    not_after: str = ""  # characters that, right before the word, make it another word
    not_before: str = ""  # a pattern that, right after the word, makes another word
    places: frozenset[Place] = frozenset()  # comparison words: where they stand
    adjacent: bool = False  # a clause word that counts only right before the number
    before_change: bool = False  # a target word that makes a change after it a goal
    alone: bool = True  # a target word that makes a figure a goal by itself

    @property
    def pattern(self) -> str:
        """The word as a pattern, its guards around it (``(?<!下)达(?![成标])``)."""
        before = f"(?<!{self.not_after})" if len(self.not_after) == 1 else ""
        if len(self.not_after) > 1:
            before = f"(?<![{self.not_after}])"
        after = f"(?!{self.not_before})" if self.not_before else ""
        return f"{before}{regex.escape(self.surface)}{after}"


# What a body pledges before its deed in a plan (县文旅局力争全年接待游客, 街道确保全年新增,
# 县财政局要确保): scope words between who acts and the deed (``context.words.BEFORE_DEED``,
# ``context.word_bounds``' pledge after a body).
PLEDGES = ("计划", "力争", "拟", "将", "确保", "预计", "要")

# effort_before_deed: how hard or how together the people of a report worked, said between
# who worked and the deed (全乡干部群众同心同德完成退耕还林, 全系统上下一心组织税费收入,
# 全体医护人员共同努力完成门诊诊疗): no thing counted (``context.metric_trim.effort_opened``
# cuts them only before a verb of work done; before a noun they open a name: 攻坚克难先进
# 集体, 共同富裕示范村). Idioms of four characters first, then the short adverbs.
EFFORT_WORDS: tuple[str, ...] = ("齐心协力", "同心协力", "齐心合力", "戮力同心")
EFFORT_WORDS += ("勠力同心", "同心同德")
EFFORT_WORDS += ("上下一心", "团结一心", "凝心聚力", "众志成城", "齐心努力", "共同努力")
EFFORT_WORDS += ("攻坚克难", "克难攻坚", "真抓实干", "埋头苦干", "苦干实干", "迎难而上")
EFFORT_WORDS += ("奋力拼搏", "团结奋进", "砥砺奋进", "开拓进取", "锐意进取", "负重奋进")
EFFORT_WORDS += ("克难奋进", "奋发有为", "担当作为", "务实重干", "拼搏奋进", "协力攻坚")
EFFORT_WORDS += ("团结协作", "密切配合", "通力合作", "合力攻坚", "担当实干", "实干担当")
EFFORT_WORDS += ("共同", "努力", "奋力", "全力", "合力", "携手", "齐心", "倾力", "尽力")


def alternation(words: tuple[Word, ...]) -> str:
    """The words as a flat alternation in their order, each with its guards."""
    return "|".join(w.pattern for w in words)


def _plain(word_class: WordClass, *pairs: tuple[str, str]) -> tuple[Word, ...]:
    """Words of one class with no guards, from (surface, example) pairs."""
    return tuple(Word(surface, word_class, example) for surface, example in pairs)


def _cmp(
    surface: str,
    word_class: WordClass,
    example: str,
    *places: Place,
    not_after: str = "",
    adjacent: bool = False,
) -> Word:
    return Word(
        surface,
        word_class,
        example,
        not_after=not_after,
        places=frozenset(places),
        adjacent=adjacent,
    )


B, M, F, C = Place.BEFORE, Place.BETWEEN, Place.AFTER, Place.CLAUSE
A, L, U = WordClass.APPROX, WordClass.AT_LEAST, WordClass.AT_MOST

COMPARISON: tuple[Word, ...] = (
    _cmp("大约", A, "全年接待游客大约30万人次。", B),
    _cmp("将近", A, "辖区将近5000户居民用上管道燃气。", B),
    _cmp("接近", A, "全年引进人才接近800人。", B),
    _cmp("约", A, "全年参加义诊群众约1.2万名。", B, not_after="签制节公预合条契邀相集简隐大"),
    _cmp("近", A, "全年培训农民近万名。", B, not_after="最附临靠将接逼就亲"),
    _cmp("超过", L, "全年接待游客超过50万人次。", B, C),
    _cmp("不少于", L, "各校体育课时不少于总课时的11%。", B, C),
    _cmp("不低于", L, "全县耕地保有量不低于28万亩。", B, C),
    _cmp("超", L, "全年发放贷款超3亿元。", B, not_after="赶高"),
    _cmp("逾", L, "全年外贸进出口额逾20亿元。", B),
    _cmp("至少", L, "每个村至少配备2名网格员。", B, C),
    _cmp("高于", L, "公办幼儿园在园幼儿占比高于55%。", B, not_after="不"),
    _cmp("不超过", U, "全年火灾起数不超过30起。", B, C),
    _cmp("不高于", U, "城镇登记失业率不高于4%。", B, C),
    _cmp("不足", U, "全年入库资金不足800万元。", B),
    _cmp("不到", U, "小微企业贷款不良率不到2%。", B),
    _cmp("少于", U, "平均办结时间少于3个工作日。", B, not_after="不"),
    _cmp("低于", U, "人口自然增长率低于5‰。", B, C, not_after="不"),
    _cmp("余", L, "全年开展宣传活动30余场。", M),
    _cmp("多", L, "全年走访企业200多家。", M),
    _cmp("左右", A, "全年新增城镇就业3000人左右。", F),
    _cmp("上下", A, "全年粮食总产量稳定在5万吨上下。", F),
    _cmp("以上", L, "空气质量优良天数比例达到87%以上。", F),
    _cmp("之上", L, "全县森林覆盖率保持在60%之上。", F),
    _cmp("以下", U, "小微企业贷款不良率控制在2%以下。", F),
    _cmp("以内", U, "城镇调查失业率控制在5.5%以内。", F),
    _cmp("之内", U, "居民消费价格涨幅控制在3%之内。", F),
    _cmp("控制在", U, "生产安全事故死亡人数控制在12人。", C),
    # a mark passed (地区生产总值突破300亿元), not the noun (技术突破12项, 取得重大突破,
    # 实现新突破: breakthroughs counted)
    _cmp(
        "突破", L, "全县进出口总额首次突破50亿元。", C, not_after="术键大新要现得性", adjacent=True
    ),
)

# Words by which a result beat its target (超额完成任务0.5万亩) or a level (超过目标5个):
# the figure after them is by how much.
BEAT_WORDS = _plain(
    WordClass.BEAT,
    ("超出", "全年新增城镇就业超出任务数320人。"),
    ("超过", "全年改造农村公路超过目标任务12公里。"),
    ("超额", "全县造林面积超额完成年度任务0.5万亩。"),
    ("高于", "全年招商引资到位资金高于年度任务1.2亿元。"),
    ("多于", "全年新增市场主体多于年度目标86户。"),
)


def _goal(
    surface: str,
    example: str,
    *,
    not_before: str = "",
    before_change: bool = True,
    alone: bool = True,
) -> Word:
    return Word(
        surface,
        WordClass.TARGET,
        example,
        not_before=not_before,
        before_change=before_change,
        alone=alone,
    )


# levy_in_name: a tax or a fee is named by what it is levied on, verbs among its words
# (土地使用税, 城市维护建设税, 污水处理费, 垃圾处理费): a name that ends in one is a noun, no
# deed of its own (context.metric_span's lists of nouns, context.word_bounds' objects).
LEVY_END = ("税", "费")
# What, right after 规划, makes it part of a standing name (免疫规划疫苗接种率, 城市规划区面积,
# 规划局, 规划馆): the programme or place exists, no goal is set. So do research topics and
# projects funded under a standing plan of research (社科规划课题, 教育科学规划课题立项,
# 规划基金项目: 立项省级社科规划课题12项 counts topics taken on, not a goal); a plan's
# own projects stay goals where no 课题 or research word names them (规划项目, 规划建设).
# A goal word in a name pledges nothing either (the pledge's stops: ``rules.role_cues``): a
# plan made or revised (国土空间规划编制, 城市总体规划修编, “十四五”规划纲要) or a rate of plans
# (村庄规划覆盖率, 规划审批完成率: a run of words, no verb of being or of a level first, ending
# in 率); a goal as a system run (乡村振兴目标责任书, 目标管理考核) or the rate of goals met
# (年度目标任务完成率) — but 目标 before a rate's name states the goal (目标城镇调查失业率控制在
# 5.5%以内: GOAL_IN_NAME has no open tail).
PLAN_IN_NAME = (
    "疫苗|区|局|馆|院|展|课题|研究课题|科研项目|基金项目"
    r"|编制|修编|修订|纲要|(?:(?![是为达提增保稳控])\p{Han}){0,6}?率"
)
GOAL_IN_NAME = "责任|管理|考核|(?:任务)?完成率"
# Target words: a figure after one is a goal even in a summary. ``alone`` words make it so
# by themselves; 计划 needs a verb of planned work after it or to end the phrase (计划新建,
# 招生计划3000人) and 争取 is a result when money is won (争取上级资金3000万元), yet both
# make a change after them a goal (计划增长8%, 争取提高2个百分点).
TARGET_WORDS: tuple[Word, ...] = (
    _goal("力争", "力争全年新增城镇就业3500人。"),
    _goal("目标", "全年目标新建改建农村公路80公里。", not_before=GOAL_IN_NAME),
    _goal("确保", "确保粮食播种面积52万亩。"),
    _goal("务必", "务必完成人工造林1.2万亩。"),
    _goal("务求", "务求全年新增城镇就业3000人。"),
    _goal("预期", "全县预期实现地区生产总值240亿元。", not_before="寿命"),
    # (not inside a standing name: 免疫规划疫苗, 城市规划区, 规划局, 规划馆, 规划设计院)
    _goal(
        "规划",
        "园区规划建设标准厂房12万平方米。",
        before_change=False,
        not_before=PLAN_IN_NAME,
    ),
    _goal("概算", "项目概算总投资5.6亿元。", before_change=False),
    _goal("力求", "力求全年引进亿元以上项目10个。", before_change=False),
    _goal("计划", "今年计划增长8%。", alone=False),
    _goal("争取", "全年争取增长7%。", alone=False),
)

# The verbs among the target words, which pledge wherever they stand before the figure (a
# pledge by its shape: ``rules.role_cues``); 目标, 规划, 预期 and 概算 are nouns of a goal.
PLEDGE_VERBS = ("力争", "确保", "力求", "务必", "务求")

# Verbs that report a result reached: after one, a rate names what is rated only when the
# verb does (培训合格率, not 实现达标率).
COMPLETION_VERBS = _plain(
    WordClass.COMPLETION,
    ("完成", "全年完成植树造林1.8万亩。"),
    ("实现", "全年实现地区生产总值186亿元。"),
    ("达到", "全区义务教育巩固率达到99.2%。"),
    ("达", "全县森林覆盖率达63.5%。"),
    ("获得", "全年获得上级奖补资金3200万元。"),
    ("保持", "城镇登记失业率保持3.2%。"),
    ("提高", "全县农村自来水普及率提高到96%。"),
    ("提升", "全区生活垃圾分类覆盖率提升至92%。"),
    ("到位", "全年招商引资到位资金28亿元。"),
)

# Period words: 截至 opens a period that ends at a date (截至10月底); the others are one.
PERIOD_OPENERS: tuple[Word, ...] = (
    Word("截至", WordClass.PERIOD, "截至10月底，全县新增市场主体2100户。"),
    Word("截止", WordClass.PERIOD, "截止9月，全区发放消费券1600万元。"),
)
PERIOD_WORDS: tuple[Word, ...] = (
    Word("上半年", WordClass.PERIOD, "上半年，全区实现税收收入8.6亿元。", not_after="比较"),
    Word("下半年", WordClass.PERIOD, "下半年，全县完成造林绿化6000亩。", not_after="比较"),
    Word("年初以来", WordClass.PERIOD, "年初以来，全镇新增就业岗位420个。"),
    Word("年初至今", WordClass.PERIOD, "年初至今，街道办理民生实事36件。"),
    Word("今年以来", WordClass.PERIOD, "今年以来，全市新开工项目128个。"),
)

# Verbs by which a total crossed a round mark (经济总量迈上4万亿元台阶, 增加值跨过3万亿元
# 大关): what crossed it stands before the verb, and the figure is at least the mark.
MARK_VERBS = _plain(
    WordClass.MARK,
    ("迈上", "全县地区生产总值迈上300亿元台阶。"),
    ("跨上", "全区服务业增加值跨上500亿元台阶。"),
    ("跨越", "全市一般公共预算收入跨越100亿元大关，达到103亿元。"),
    ("跨过", "全省外贸进出口总额跨过6000亿元大关。"),
    ("跃上", "全县规上工业总产值跃上200亿元新台阶。"),
    ("站上", "全市金融机构存款余额站上3000亿元台阶。"),
    ("登上", "全区社会消费品零售总额登上150亿元台阶。"),
    ("连跨", "全县财政总收入连跨20亿元、30亿元两个台阶。"),
)
# The mark itself, after the figure (or a count of marks: 两个台阶, 三个万亿元大关): no
# noun the figure counts.
MARK_NOUNS: tuple[Word, ...] = (
    Word("台阶", WordClass.MARK, "全市地区生产总值连续迈上800亿元、900亿元两个台阶。"),
    Word("大关", WordClass.MARK, "全县税收收入突破20亿元大关，达到21.6亿元。"),
)
