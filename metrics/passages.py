"""Target passages and the measure of a figure: two axes of what a figure means.

Contract: ``target_passages(text, start, end)`` gives the spans of ``text[start:end]``
that state targets by their wording (``主要预期目标是：…``, ``全年目标为…``, a sentence that
opens with ``力争``/``确保``, a clause of ``力争``/``预期``), whatever section they sit in. A
span starts at its cue and runs to the end of the cue's sentence (across ``，`` and ``；``
clauses, and across lines that end in ``：``, ``；`` or ``，``; goals named in words first
run on to the end of the next sentence) or, for a clause cue, of its clause (in a plan, of
its sentence: ``PLAN_REACH``); a word that says
the result is in (``实际增长``) ends it early. ``measure_of`` gives a
figure's measure (level, growth, share, rate, completion), which a plan does not change:
``增长6%左右`` in a target passage has role target and measure growth. ``as_target`` turns a
figure's role into target inside a passage (a completion or forecast stays what it is).

Every cue is a ``Cue``: a name, its pattern, at least two examples of different wording
(each holds a passage found by this cue), counter-examples (none may hold a passage) and
why; the tests run them.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Final

import regex

from metrics import regex_cache
from metrics.gates import FirstOf
from metrics.lexicon.changes import CHANGE_VERB, CHANGE_WORD, DOWN_WORD
from metrics.lexicon.units import counts_noun_after
from metrics.normalize import NAME_COLON_AHEAD, NAME_FIGURE_LINE
from metrics.records import Measure, Role


@dataclass(frozen=True, slots=True)
class Cue:
    name: str
    pattern: str  # verbose regex; the passage starts where it matches
    reach: str  # "sentence": to the end of the sentence; "clause": to the next ，；。
    examples: tuple[str, ...]
    counter: tuple[str, ...]
    why: str
    # goals may be named in words first: a sentence of them without a figure runs on into
    # the sentence after it
    words_first: bool = False
    # words one of which every match holds (a section holding none is not scanned for
    # this cue: ``target_passages``); tests/test_fewer_asks.py holds them to the pattern
    words: tuple[str, ...] = ()


# Words that name targets as a group; they open a passage only when they are said to
# *be* something (是, 为, a colon, or the end of a heading line): a target met
# (完成主要预期目标) or named in passing (…的预期目标。) is no passage.
# (not 主要指标: a review lists its results after 主要指标为 as well)
# A plan sets its binding targets (约束性指标: energy, emissions, farmland) beside the
# expected ones (预期性指标), in a sentence of their own: they are targets as well.
_GOALS: Final = (
    r"(?:主要预期目标|主要预期指标|预期性指标|约束性(?:指标|目标)|主要目标|预期目标|预期指标"
    r"|发展目标|奋斗目标|目标任务|工作目标|目标)"
)
# (a government proposes its targets to the congress: 建议为, 拟定为)
_IS: Final = r"(?:建议|拟|初步)?(?:是|为|确定为|定为|设定为|安排为|如下)"
# …but 以目标为导向, 目标是否: the goals are no list here
_NOT_A_LIST: Final = r"(?!导向|引领|牵引|指引|抓手|方向|主线|依据|准绳|否)"
# 力争, 确保 and 力求 at a sentence's opening, after at most a time or a scope
_OPENING: Final = r"(?:今年|明年|全年|年内|(?:到)?20\d{2}年(?:底|末)?|全[省市县区旗镇乡]|[，,\s])*"
# A year named in a pledge (力争到2028年…): a word of its time, never the figure aimed at.
_YEAR: Final = r"(?:19|20)\d{2}\s*年"

# Targets a higher body assigned the report, listed as such (新区管委会下达我区的主要目标是：…;
# 省政府给我市下达的主要指标是：…; 市里下达给我县的目标任务为：…): a list of targets, though 指标
# alone opens none (a review's 主要指标为 lists results); targets/stated reads them as the floor
# set from above, which gives way to the report's own. The report names itself as the one they
# were set for (我市, 本县): a department's 下达的目标值为90.1% after its result recalls a target.
ASSIGNED_LIST: Final = (
    r"(?:下达(?:给)?[我本](?:区|县|市|旗|镇|乡|街道)|给[我本](?:区|县|市|旗|镇|乡|街道)下达)"
    r"的[^，,；;。]{0,10}?(?:目标|指标|任务)[^，,；;。]{0,6}?(?:[为是][:：]?|[:：])"
)

CUES: Final[tuple[Cue, ...]] = (
    Cue(
        name="assigned_goals",
        pattern=ASSIGNED_LIST,
        reach="sentence",
        examples=(
            "省政府给我市下达的主要指标是：地区生产总值增长7%，一般公共预算收入增长6%。",
            "市政府下达我县的主要指标为：固定资产投资增长10%，城镇新增就业3000人。",
        ),
        counter=(
            "全面完成市下达的主要指标，地区生产总值增长6.2%。",
            "全年主要指标为：地区生产总值增长5.2%，城镇新增就业4300人。",
            "空气优良率96%（下达的目标值为90.1%），PM2.5平均浓度24.9微克/立方米。",
        ),
        why="a list of the targets a higher body set the report states targets, the floor "
        "its own goals are set against",
        words=("下达",),
    ),
    Cue(
        name="goals_are",
        pattern=rf"{_GOALS}(?:任务)?\s*(?:{_IS}{_NOT_A_LIST}\s*[:：]?|[:：])",
        reach="sentence",
        examples=(
            "今年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右，城镇调查失业率5.5%以内。",
            "全年目标为：规上工业增加值增长7%，固定资产投资增长5%以上。",
            "综合考虑各方面因素，今年发展的主要目标确定为地区生产总值增长6%—6.5%。",
            "全市经济社会发展主要预期指标建议为：全市生产总值增长5.5%-6%，粮食产量150万吨左右。",
            # binding targets in a sentence of their own, after the expected ones
            "约束性指标是：单位生产总值能耗下降4%，化学需氧量排放量削减2%。",
            "主要约束性目标为：单位地区生产总值能耗降低3%，森林覆盖率保持在62%以上。",
        ),
        counter=(
            "过去一年，我们圆满完成了年初确定的主要预期目标。",
            "全面完成省下达的约束性指标，单位生产总值能耗下降4.2%。",
            "明确了经济增速保持高于全国平均水平的预期目标。",
            "全年目标任务全面完成，地区生产总值增长5.5%。",
            "以目标为导向，地区生产总值增长5.5%。",
            "全年主要指标为：地区生产总值增长5.2%，城镇新增就业4300人。",
        ),
        why="a report lists the year's targets after words that name them as a group and say "
        "what they are; every figure of that list, to the sentence's end, is a target",
        words_first=True,
        words=("目标", "指标"),
    ),
    Cue(
        name="goals_heading",
        # (a web copy may set the heading in 【】 instead of a number, 【2026年主要预期目标】, or
        # after a symbol that marks it, ◆2026年主要预期目标, ▌今年主要目标, 🎯主要预期目标; the
        # brackets may hold the heading's number too, 【二、2026年主要预期目标】)
        pattern=r"(?<=(?:^|\n)[\s（(一二三四五六七八九十、）)\d.\p{So}]*(?:【[一二三四五六七八九十\d]{0,3}[、.]?)?)"
        r"(?:(?:今年|20\d{2}年|[“\"]?[一二三四五六七八九十]{1,3}五[”\"]?(?:时期|期间)?|今后五年|未来五年)"
        r"(?:的)?)?(?:经济社会发展)?(?:的)?"
        r"(?:主要预期目标|主要目标|预期目标|发展目标|奋斗目标|目标任务)(?:任务)?】?(?=[ \t]*\n)",
        reach="sentence",
        examples=(
            "（二）主要预期目标\n地区生产总值增长6%左右，城镇新增就业5000人以上。",
            "2026年经济社会发展主要预期目标\n一般公共预算收入增长3%，粮食产量稳定在30万吨以上。",
            # the five-year goals under a heading of their own (到2030年 gives their year)
            "“十五五”时期主要目标\n到2030年，全市地区生产总值突破900亿元，城镇化率达到70%。",
            "今后五年经济社会发展的主要目标\n到2030年，全县城乡居民收入年均增长6%以上。",
            "（二）未来五年的主要目标任务\n到2030年，全县粮食产量稳定在40万吨以上。",
            # the year's goals under other words for them (发展目标, 目标任务)
            "三、2027年发展目标\n全旗地区生产总值增长5.5%，牧民人均可支配收入增长7%。",
            "（一）今年的目标任务\n规上工业增加值增长8%以上，一般公共预算收入增长4%。",
            # a heading set in 【】, of the year's goals or of the five years'
            "【2026年主要预期目标】\n全市GDP增长5%—5.5%，CPI涨幅3%左右。",
            "【“十五五”主要目标】\n全县粮食产量稳定在40万吨以上，城镇化率达到65%。",
            "【二、2026年主要预期目标】\n全县地区生产总值增长6%以上，一般公共预算收入增长5%。",
            "【三、今年经济社会发展的主要目标】\n全市城镇新增就业3万人，居民收入增长6%。",
            # a heading after a symbol that marks it
            "◆2026年主要预期目标\n全县地区生产总值增长6%以上，一般公共预算收入增长5%。",
            "▌今年的主要目标\n全区规上工业增加值增长7%，城镇新增就业4000人。",
        ),
        counter=(
            "（二）主要预期目标完成情况\n地区生产总值增长5.2%。",
            "【一、主要预期目标完成情况】\n全县地区生产总值增长5.2%。",
            "经过努力，主要预期目标\n基本完成，地区生产总值增长5.2%。",
            "“十四五”时期主要目标完成情况\n全县地区生产总值年均增长6.1%。",
            "（三）发展目标全面完成\n全州地区生产总值增长5.8%。",
            "二、2026年目标任务完成情况\n全县一般公共预算收入增长4.3%。",
            "【“十四五”主要目标完成情况】\n全县地区生产总值年均增长6.1%。",
            "◆2025年主要目标完成情况\n全县地区生产总值增长5.8%。",
        ),
        why="a heading that names the year's targets opens the paragraph of them",
        words=("目标",),
    ),
    Cue(
        name="pledge_opening",
        pattern=rf"(?<=(?:^|[。！？!?；;\n])[\s]*{_OPENING})(?:力争|确保|力求)(?!了)",
        reach="sentence",
        examples=(
            "力争全县地区生产总值增长6.5%，规上工业增加值增长8%，一般公共预算收入增长5%。",
            "今年，确保粮食播种面积稳定在50万亩以上，粮食产量达到22万吨。",
            "确保在开学前，全县完成校舍维修改造项目26个。",
        ),
        counter=(
            "全县上下攻坚克难，确保了全年目标任务圆满完成，地区生产总值增长5.2%。",
            "去年地区生产总值增长5.5%，规上工业增加值增长7.1%。",
            "确保了全县粮食安全，粮食产量达到31.8万吨。",
            # a pledge of means or purpose in a review: its clause has an object of its own
            "确保困难群众应保尽保，全县全年发放城乡低保金2860万元。",
            "确保各项任务落地见效，县住建局全年改造老旧小区36个，惠及居民4100户。",
        ),
        why="a sentence that opens by pledging says what all its figures are to reach (in a "
        "review, only when its own clause holds a figure or a time alone: 确保…应保尽保，… is a "
        "pledge of purpose, the clauses after it report what was done for it)",
        words=("力争", "确保", "力求"),
    ),
    Cue(
        name="pledge_clause",
        pattern=r"(?<!超|好于|符合|稳定|稳|社会|市场|低于|高于)(?:力争|力求|预期)"
        rf"(?=\s*(?:全年|年内|今年)?\s*(?:增长|增速|达到|实现|突破|完成|提高|降低|下降|保持|稳定|控制|"
        rf"在(?!{_YEAR})|(?!{_YEAR})\d))",
        reach="clause",
        examples=(
            "全年地区生产总值增长5.5%，力争达到6%，城镇新增就业4000人。",
            "外贸进出口总额预期增长3%左右，实际使用外资稳中有进。",
        ),
        counter=(
            "面对多重超预期因素冲击，地区生产总值增长5.2%。",
            "经济运行好于预期，规上工业增加值增长6.8%。",
        ),
        why="a pledge or an expectation inside a sentence speaks for the figures of its own "
        "clause only: the rest of the sentence may report results",
        words=("力争", "力求", "预期"),
    ),
    Cue(
        name="pledge_named_metric",
        # (a year on the way is a word of it, not its figure: 力争到2028年…达到45万吨)
        pattern=rf"(?:(?:力争|力求)(?=(?:[^，,；;。！？!?\n\d]|{_YEAR}){{2,16}}?(?!{_YEAR})\d)"
        # 预期 as an expectation set, before a verb of a level (预期研发经费投入强度达到4.5%),
        # not a result beside what was expected (超出预期, 好于预期), a name (人均预期寿命,
        # 预期目标, 预期性指标) nor a word of a list (提振预期等领域提出18条举措)
        r"|(?<!超|出|好于|符合|低于|高于|不及|社会|市场|稳定|稳)预期(?!寿命|目标|指标|性)"
        r"(?=[^，,；;。！？!?\n\d]{2,14}?(?:达到|突破|超过|增加到|提高到|提升到|稳定在|保持在)\s*\d)"
        # 确保 reports a result as well (确保3000余名师生安全返校), and 力促 a push made (力促
        # 项目落地，签约项目30个): only before a verb of a level
        r"|(?:确保|力促)(?!了)(?=[^，,；;。！？!?\n\d]{2,14}?"
        r"(?:达到|突破|超过|增长|增加到|提高到|提升到|稳定在|保持在|控制在)\s*\d))",
        reach="clause",
        examples=(
            "全年新建高标准农田3万亩，力争全市粮食总产量达到45万吨。",
            "做强特色产业，力争到2028年全县粮食总产量达到45万吨。",
            "深化文旅融合，力求接待游客人次突破800万，旅游综合收入增长12%。",
            "持续扩大有效投资，确保重点项目完成投资超过120亿元。",
            "支持企业加大研发投入，力争新认定专精特新企业30家以上。",
            "新增国家级高新技术企业70家，预期研发经费投入强度达到4.5%。",
            "抓好消费提振，力促社会消费品零售总额突破80亿元。",
            "加快文旅融合，预期全年接待游客突破600万人次。",
        ),
        counter=(
            "全县干部群众力争上游，粮食产量达到31.8万吨。",
            "攻坚克难，确保了全年粮食产量达到28万吨。",
            "加快园区建设，力争重点项目早日建成投产。",
            "加快园区建设，力争2027年底前全面建成投产。",
            "推进老旧小区改造，力求在2028年前基本完成。",
            "全县上下齐心协力，确保3000余名师生安全返校。",
            "力促项目落地，签约项目30个，总投资56亿元。",
            "全市人均预期寿命达到79.2岁。",
            "经济运行超出预期，规上工业增加值增长6.8%。",
            "主要预期目标全面完成，地区生产总值增长5.5%。",
            "针对消费、提振预期等重点领域提出18条具体举措。",
        ),
        why="a pledge may name what it pledges before its verb or its figure (力争…产量达到…, "
        "力争新增…100家): the figure of its clause is aimed at, as after 力争达到",
        words=("力争", "力求", "预期", "确保", "力促"),
    ),
    Cue(
        name="pledge_by_effort",
        # the shape of a pledge, not one more word: a word of effort before a verb of a
        # result (努力实现, 奋力完成, 全力冲刺), or 将 of the future, maybe after such a word,
        # before one (将全力冲刺, 将新增, 将突破); not an effort already made (经过努力完成,
        # 共同努力实现, 不懈努力达到: the result is in), one done (努力实现了), nor 将 as the
        # mark of an object (将12个村纳入)
        # A word of effort alone is no pledge in a review (全县上下奋力实现地区生产总值210亿
        # 元, 齐心努力完成税收收入12.6亿元: the result is in): only after a time still ahead
        # in its clause (年底前, 下半年, 四季度, 明年). 将 that marks an object (将争取到的…资金,
        # 将新建的8所学校纳入) is followed by 的 or 到.
        pattern=r"(?:年底前|年内|下半年|四季度|今后|明年|下一步)[^，,；;。！？!?\n]{0,8}?"
        r"(?:努力|奋力|全力)(?:冲刺|争取|实现|完成|达到|突破)(?!了)"
        r"|(?<![即必])将(?:全力|努力|奋力|着力|继续)?"
        r"(?:冲刺|争取|实现|完成|达到|突破|新增|新建|建成)(?![了的到])",
        reach="clause",
        examples=(
            "下半年将全力冲刺新增规上工业企业20家，努力实现全年固定资产投资增长10%。",
            "四季度奋力完成全年造林2万亩。",
            "下半年全力冲刺外贸进出口总额突破15亿美元。",
            "年底前将新增城镇就业3000人，地区生产总值将突破200亿元。",
        ),
        counter=(
            "经过努力完成造林1.8万亩，地区生产总值增长5.2%。",
            "在全县上下共同努力实现地区生产总值186亿元。",
            "全县努力实现了粮食产量31.8万吨，增长2.1%。",
            "将12个村纳入示范创建，新建文化广场8个。",
            "全力推进项目建设，完成固定资产投资56亿元。",
            "全县干部群众奋力实现地区生产总值210亿元，增长6.1%。",
            "全体干部职工齐心努力完成税收收入12.6亿元。",
            "将争取到的1.5亿元专项债券资金全部投入重点项目。",
            "将新建的8所学校纳入集团化办学。",
        ),
        why="a verb of a result after a word of effort, or after 将 of the future, is "
        "aimed at: what is said in a review's last words for the rest of the year is a goal",
        words=("努力", "奋力", "全力", "将"),
    ),
)

# In a plan, a pledge inside a sentence speaks for the clauses after it as well: they are
# its coordinated goals (力争规模以上工业企业达到260家，新增专精特新企业15家以上; 力争完成投资
# 450亿元，其中产业投资250亿元), and a plan reports no result there (a clause of one still ends
# it: DONE). Outside a plan the rest of the sentence may report results, so a pledge's
# passage ends with its clause (``Cue.reach``).
PLAN_REACH: Final = "sentence"
_ENDS: Final = {
    "sentence": regex_cache.compile(r"[。！？!?]|\n(?<![：:；;，,]\s*\n)"),
    "clause": regex_cache.compile(r"[，,；;。！？!?\n]"),
}
# Words that open a clause of the result: the passage stops there (目标为增长6%，实际增长
# 5.5%; not 在实际工作中努力争取更好结果, a pledge, nor 居民收入实际增长6%, a real growth),
# maybe after the date it was counted to (全年目标任务为新增就业3000人，截至11月底已完成3260
# 人; 年度任务为改造危房420户，截至目前已经完成398户; 目标为培训2000人次，目前已完成1860人次).
DONE: Final = regex_cache.compile(
    r"(?<=[，,；;]\s*)(?:(?:截至|截止)(?:目前|[^，,；;。]{1,8}?(?:底|末|止))|目前|当前)?"
    r"(?:实际(?:完成|增长|实现|达到|下降|为)|结果(?:是|为)|已经?完成)"
)
_COMPILED: Final = tuple((c, regex_cache.compile(c.pattern, regex.X)) for c in CUES)
FIGURE: Final = regex_cache.compile(r"[\d０-９]")
# Any cue's first characters: a section that holds none of them is skipped at once
# (looked for with ``str.find``: one search of the section for each, no call).
ANY_CUE_WORDS: Final = (
    "目标",
    "力争",
    "确保",
    "力求",
    "预期",
    "约束性",
    "下达",
    "力促",
    "努力",
    "奋力",
    "全力",
    "将",
)


def target_passages(
    text: str,
    start: int = 0,
    end: int | None = None,
    cues: tuple[Cue, ...] = CUES,
    planned: bool = False,
) -> list[tuple[int, int]]:
    """The spans of ``text[start:end]`` that state targets (see the module contract),
    sorted and not overlapping; ``cues`` chooses the cues looked for (all by default).
    ``planned``: the text is a plan (``PLAN_REACH``)."""
    end = len(text) if end is None else end
    if all(text.find(w, start, end) < 0 for w in ANY_CUE_WORDS):
        return []
    spans: list[tuple[int, int]] = []
    for cue, pattern in _COMPILED:
        words = cue.words
        if cue not in cues or (words and all(text.find(w, start, end) < 0 for w in words)):
            continue  # (a section holding none of the cue's words holds no match of it)
        reach = PLAN_REACH if planned and cue.reach == "clause" else cue.reach
        for m in pattern.finditer(text, start, end):
            if cue is PLEDGE_OPENING and not planned and _pledge_of_purpose(text, m.end(), end):
                continue
            stop = _ENDS[reach].search(text, m.end(), end)
            # a heading's line ends at once: its passage is the paragraph below it
            if stop and stop.group() == "\n" and not text[m.end() : stop.start()].strip():
                stop = _ENDS[cue.reach].search(text, stop.end(), end)
            while stop and stop.group() == "\n" and _row_runs_on(text, stop.start(), end):
                stop = _ENDS[reach].search(text, stop.end(), end)
            stop_at = stop.start() if stop else end
            if reach == "sentence" and stop and "\n" in text[m.end() : stop_at]:
                stop_at = _goal_lines_end(text, stop_at, end)
            if cue.words_first and stop and not FIGURE.search(text, m.end(), stop_at):
                # 主要目标是：…更加殷实。到2030年，地区生产总值突破400亿元…: goals named
                # in words first are given in figures by the sentence after
                after = _ENDS[reach].search(text, stop.end(), end)
                stop_at = after.start() if after else end
            stop_at = _aside_end(text, m.start(), stop_at)
            done = DONE.search(text, m.end(), stop_at)
            spans.append((m.start(), done.start() if done else stop_at))
    return _merge(spans)


# A pledge that opens a review's sentence with an object of its own and no figure is one of
# means or purpose (确保困难职工应帮尽帮，县总工会全年发放帮扶资金680万元; 确保年度考核任务全面
# 完成，全年核减事业编制126名): the clauses after it report what was done for it, and it states
# no goal of theirs (the pledge's stops: ``rules.role_cues``). Its own clause holds a figure
# (确保粮食播种面积稳定在50万亩以上，…) or a time alone (力争到年底，…, 力争全年，…, 确保在汛期
# 到来前，…: a deadline) where it speaks for the sentence; in a plan it does, whatever its
# clause holds.
PLEDGE_OPENING: Final = next(c for c in CUES if c.name == "pledge_opening")
TIME_ALONE: Final = regex_cache.compile(
    r"\s*(?:在|到|于)?(?:全年|今年|明年)?(?:年内|年?底|年末|[上下]半年|[一二三四1-4]季度末?"
    r"|\d{1,2}月[底末]?|20\d{2}年[底末]?|[^，,；;。\d]{0,8}?前)?前?\s*"
)


def _pledge_of_purpose(text: str, at: int, end: int) -> bool:
    """Whether the clause of the pledge ending at ``at`` holds no figure and more than a time."""
    own = _ENDS["clause"].search(text, at, end)
    own_end = own.start() if own else end
    return not FIGURE.search(text, at, own_end) and not TIME_ALONE.fullmatch(text, at, own_end)


# An aside in brackets (（年度目标为增长7%左右）, (全年目标为5%)) that a cue opens inside: the
# passage is the aside's, and ends with it; the sentence around it reports results.
OPEN_BRACKETS, CLOSE_BRACKETS = "（(", "）)"


def _aside_end(text: str, at: int, stop: int) -> int:
    """``stop``, or the closing bracket before it of an aside that is open at ``at`` (a
    review's result with the target it was set, 增长6.1%（年度目标为增长7%左右）；规模以上工业增加值
    增长8.4%: the target's passage is the aside; 8.4% is a result). A cue outside brackets
    (主要预期目标为：地区生产总值增长6%（按可比价计算），…) runs on as before."""
    line_start = text.rfind("\n", 0, at) + 1
    opened = max(text.rfind(c, line_start, at) for c in OPEN_BRACKETS)
    if opened < 0 or max(text.rfind(c, opened, at) for c in CLOSE_BRACKETS) >= 0:
        return stop
    closes = [k for k in (text.find(c, at, stop) for c in CLOSE_BRACKETS) if k >= 0]
    return min(closes) if closes else stop


# A list of goals one a line, each line a goal's sentence of its own (a copy pasted with every
# sentence on its own line, under 主要预期目标是： or a heading of goals: 地区生产总值增长6.5%左右。
# / 规模以上工业增加值增长8%。 / 城镇新增就业2800人。): the passage runs on over the lines after
# its first, each short and holding a figure, to the first that is none (实现这些目标，必须…, a
# heading, a paragraph of prose). A line that looks back (过去一年…, 去年…) or reports a result
# (实际增长5.9%, 完成了12亿元: a review's results after the targets it recalls) is no goal's.
# (Counter: a goal list in one paragraph ends at its 。; a long paragraph under the list's last
# line is prose, however many figures it holds; a table's rows are the grid's.)
GOAL_LINE: Final = regex_cache.compile(
    # (not a table's row, its cells set apart by tabs, bars or runs of spaces, nor a result:
    # 全年地区生产总值实际增长5.9%。, 完成了12亿元。, 已完成投资85亿元。)
    r"(?![^\n]*(?:\t|[ \u3000]{2}|[|｜]|实际|已经?完成|(?:完成|实现|达到)了))"
    # (nor a heading: 三、2025年重点工作, （二）…, 【…】)
    r"[ ]*(?![一二三四五六七八九十]{1,3}[、.．]|[（(【]|第[一二三四五六七八九十])"
    r"(?!过去|去年|上年|(?:19|20)\d{2}\s*年[，,])(?:——|\d{1,2}[.、．)）])?"
    r"[^\n。；;！!？?]{1,30}?[\d０-９][^\n。；;！!？?]{0,12}[。；;]?[ \t]*"
)


def _goal_lines_end(text: str, stop_at: int, end: int) -> int:
    """``stop_at``, or the end of the last goal line (``GOAL_LINE``) after it when the
    passage's own sentence is the first goal line of a list."""
    line_start = text.rfind("\n", 0, stop_at) + 1
    line_end = text.find("\n", stop_at, end)
    if line_end < 0 or not GOAL_LINE.fullmatch(text, line_start, line_end):
        return stop_at  # (the passage's sentence is no goal's line of its own)
    found = stop_at
    while line_end >= 0:
        nxt = text.find("\n", line_end + 1, end)
        stop = end if nxt < 0 else nxt
        if not GOAL_LINE.fullmatch(text, line_end + 1, stop):
            break
        found = stop
        line_end = nxt
    return found


def _row_runs_on(text: str, newline: int, end: int) -> bool:
    """Whether the line that ends at ``newline`` is a row of a list of goals one a line, each
    its name, a colon and its figure (``normalize.NAME_FIGURE_LINE``: 地区生产总值增长：6%左右
    / 城镇调查失业率：5.5%以内), and the next line opens another row (a name and its colon):
    the passage goes on over the rows as over lines that end in ；. (The last row ends it:
    the paragraph below is the plan's prose, not a row.)"""
    line_start = text.rfind("\n", 0, newline) + 1
    return bool(
        NAME_COLON_AHEAD.match(text, newline + 1, end)
        and NAME_FIGURE_LINE.fullmatch(text, line_start, newline)
    )


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def in_passage(spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` lies inside one of ``spans`` (from ``target_passages``)."""
    k = bisect_right(spans, (pos, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


@dataclass(frozen=True, slots=True)
class MeasureCue:
    name: str
    measure: Measure
    pattern: str  # searched in the words right before the figure (its own clause)
    examples: tuple[str, ...]  # the words before a figure: "地区生产总值增长"
    counter: tuple[str, ...]
    why: str


# How many characters before a figure its measure word may stand (保持在, 控制在 between).
MEASURE_REACH: Final = 12
MEASURE_CUES: Final[tuple[MeasureCue, ...]] = (
    MeasureCue(
        name="change_word",
        measure=Measure.GROWTH,
        pattern=rf"{CHANGE_WORD}(?:率)?(?:了|幅度)?(?:保持在|控制在|稳定在|达到|达|为|在)?\s*$",
        examples=(
            "地区生产总值增长",
            "居民消费价格涨幅",
            "单位地区生产总值能耗降低",
            "增速保持在",
            "单位GDP能耗降幅为",
        ),
        counter=("城镇调查失业率控制在", "粮食产量稳定在", "增长点"),
        why="a change over a year is a growth whether it is reported or aimed at",
    ),
    MeasureCue(
        name="respective_change",
        measure=Measure.GROWTH,
        pattern=rf"分别{CHANGE_VERB}了?\s*\d+(?:\.\d+)?\s*%?"
        r"(?:左右|以上|以内)?\s*[和与及]\s*$",
        examples=(
            "城镇和农村居民收入分别增长5.5%和",
            "工业投资和民间投资分别增长6%左右和",
            "工业生产者出厂价格和购进价格分别回落1.2%和",
        ),
        counter=("地区生产总值和一般公共预算收入分别达到320亿元和", "城镇新增就业4500人和"),
        why="a change named once for two figures (分别增长7%和9%) is the second figure's too",
    ),
    MeasureCue(
        name="part_of_whole",
        measure=Measure.SHARE,
        pattern=r"(?:占比|比重|占[^，,；;。]{0,8}?的?)(?:保持在|提高到|提高至|达到|达|为|在)?\s*$",
        examples=("产业投资占比保持在", "数字经济核心产业增加值占地区生产总值比重达到"),
        counter=("城镇调查失业率", "森林覆盖率达到"),
        why="a part of a whole is a share, as a result or as an aim",
    ),
    MeasureCue(
        name="named_rate",
        measure=Measure.RATE,
        pattern=r"(?:率|指数|系数|强度)"
        r"(?:保持在|控制在|稳定在|提高到|提高至|提升到|提升至|达到|达|为|在)?\s*$",
        examples=("城镇调查失业率控制在", "全社会研发投入强度达到", "森林覆盖率", "综合指数提升到"),
        counter=("地区生产总值增长", "粮食产量稳定在"),
        why="a level named as a rate (失业率, 覆盖率, 研发投入强度) is a rate, not an amount",
    ),
)
PROPORTIONS: Final = frozenset({Measure.SHARE, Measure.RATE})
PROPORTION_UNITS: Final = frozenset({"%", "‰", "ratio", ""})
# The cues in their order, for a figure in a proportion's unit or in another (then without
# the proportions): the first that a search of the figure's own clause finds gives its
# measure (``FirstOf`` skips a cue where a test read from it says it cannot match).
_CUES_BY_UNIT: Final = {
    proportion: tuple(c for c in MEASURE_CUES if proportion or c.measure not in PROPORTIONS)
    for proportion in (True, False)
}
_FIRST_CUE: Final = {
    proportion: FirstOf(tuple(regex_cache.compile(c.pattern) for c in cues))
    for proportion, cues in _CUES_BY_UNIT.items()
}
_BY_ROLE: Final = {
    Role.GROWTH: Measure.GROWTH,
    Role.SHARE: Measure.SHARE,
    Role.COMPLETION: Measure.COMPLETION,
    Role.RATE: Measure.RATE,
    Role.COMPARISON: Measure.COMPARISON,
}


def measure_of(
    sentence: str, start: int, role: Role, unit: str = "%", end: int | None = None
) -> Measure:
    """The measure of the figure at ``sentence[start:end]`` in ``unit`` whose role is
    ``role``: the role's own measure where it has one, else the first measure cue right
    before it, else level. A rate or a share is a proportion: a figure in another unit
    is a level whatever it is called (全员劳动生产率30万元/人); a bare myriad counting the
    noun after it is a level, a count of those (提升3万农村人口饮水水平)."""
    if role in _BY_ROLE:
        return _BY_ROLE[role]
    if counts_noun_after(sentence, end, unit):
        return Measure.LEVEL
    proportion = unit in PROPORTION_UNITS
    k = _FIRST_CUE[proportion].index(_own_clause(sentence, start))
    return Measure.LEVEL if k is None else _CUES_BY_UNIT[proportion][k].measure


# The words that may stand alone between a row's label and its colon and its goal: the
# goal named, nothing measured (see ``_own_clause``).
ROW_GOAL: Final = regex_cache.compile(r"\s*(?:(?:年度|全年)?(?:目标|预期)(?:值|为)?)?\s*")


def _own_clause(sentence: str, start: int) -> str:
    """The words of the figure's own clause right before it; for a figure right after a
    colon, the name before the colon (a row of goals, 地区生产总值增长：6%左右, or of results,
    居民消费价格涨幅：2.1%: the name says what is measured; 主要目标是：… says nothing)."""
    near = sentence[max(0, start - MEASURE_REACH) : start]
    cut = max(near.rfind(c) for c in "，,；;：:、")
    # a goal word alone between the colon and the figure (增速：目标5%, 增幅：年度目标8%)
    # leaves the row named by its label as a row of goals with none is
    if cut >= 0 and near[cut] in "：:" and ROW_GOAL.fullmatch(near, cut + 1):
        named = near[:cut]
        return named[max(named.rfind(c) for c in "，,；;、") + 1 :]
    return near[cut + 1 :]


def as_target(
    role: Role, direction: int | None, measure: Measure, sentence: str, start: int
) -> tuple[Role, int | None]:
    """The role and direction of a figure inside a target passage: a target, whose
    direction says which way a growth target goes (``降低3%`` → −1); a completion rate
    or a forecast keeps its role."""
    if role in (Role.COMPLETION, Role.FORECAST):
        return role, direction
    if measure is not Measure.GROWTH:
        return Role.TARGET, None
    if direction is None:
        direction = -1 if DOWN_WORD.search(_own_clause(sentence, start)) else 1
    return Role.TARGET, direction
