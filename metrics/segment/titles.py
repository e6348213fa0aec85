"""Reading a report's title: organisation, level, years, kind.

Contract: pure functions over strings. ``parse_title(title)`` returns what the title says;
``organisation_from_body`` and ``level_from_body`` guess from a document's opening when its
title names no organisation (a piece marked 【篇一】, a title such as
``2023年工作总结及2024年工作安排``); ``closing_date_years``, ``issue_year`` and
``plan_after_review`` give the years a title leaves out from its closing date, its
briefing's issue or its words for the next period. Departments have place names and masks
removed (``*高新区`` → 高新区, ``xx街道`` → 街道, ``市教育局`` → 教育局, ``区残联`` → 残联).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

import regex

from metrics import regex_cache, twins
from metrics.gates import Guard, may_open_in
from metrics.lexicon.departments import canonical_department, named_department
from metrics.records import DocKind
from metrics.segment.places import PARTY_AT as PARTY_AT_START
from metrics.segment.places import place_of

YEAR: Final = r"(?:(?:19|20)\d{2}|20[xX*]{2}|[xX*]{4})"
# A plan's or a budget's 执行情况/落实情况/完成情况 is how it went: a review of the year; so
# is a report or an account of a year's work however it is called (情况报告, 年度报告, 履职
# 报告, 工作汇报, 关于2025年安全生产工作的报告); so is an account of duty or integrity,
# a leader's or a leading group's, however its words are joined (述职报告, 述责述廉报告, 述廉
# 报告, 述职述廉报告: 县审计局党组书记、局长2023年度述责述廉报告, XX镇党委书记2024年述廉报告).
# A year's highlights (市交通运输局2022年工作亮点及2023年工作举措, 一、2022年工作亮点) are its
# review, and its tasks or measures (市统计局2023年重点工作任务, 县商务局2024年工作举措) its plan,
# where the words end a title or a heading (before the line's end, a joiner or a bracket): not
# a sentence's (完成2022年重点工作任务。, 2022年工作亮点纷呈, 2023年工作任务完成情况).
# (TITLE_KEYWORD, a gate's pattern read from its characters, holds them without the look
# ahead: a line it finds is a title only where more names its organisation or topic)
WORDS_END: Final = r"(?=[ \t]*(?:\n|$|[及和与暨(（]))"
HIGHLIGHTS, TASKS = r"工作亮点", r"工作任务|工作举措"
SUMMARY_WORDS_ALONE: Final = (
    r"工作总结|总结|小结|回顾|工作情况|完成情况|开展情况|执行情况|落实情况|(?:述职|述责|述廉)+(?:报告)?"
    r"|履职(?:情况)?报告|履职情况"
    r"|工作的?(?:报告|汇报)|情况报告|年度报告"
)
SUMMARY_WORDS = rf"(?:{SUMMARY_WORDS_ALONE}|{HIGHLIGHTS}{WORDS_END})"
# (a programme of action or of work is a plan: 三年行动方案（2024—2026年）, 实施方案)
PLAN_WORDS_ALONE: Final = (
    r"(?:工作)?计划(?!执行|落实|完成)|预算草案|要点|安排|思路|打算|谋划|规划|展望"
    r"|(?:行动|实施|工作)方案(?!落实|执行|完成|实施|情况)"
)
PLAN_WORDS = rf"(?:{PLAN_WORDS_ALONE}|(?:{TASKS}){WORDS_END})"
# What lies between a year and its report word: no second year (2023年工作总结和2024年
# 工作计划 gives each word its own year), but 和 inside a name is fine (国民经济和社会发展).
YEAR_GAP: Final = rf"(?:(?!{YEAR})[^,，。;；]){{0,14}}?"
TITLE_KEYWORD: Final = regex_cache.compile(
    rf"(?:{SUMMARY_WORDS_ALONE}|{HIGHLIGHTS})|(?:{PLAN_WORDS_ALONE}|{TASKS})|工作报告"
)
# (compiled once: a pattern given to ``regex.search`` as a string is looked up in the
# module's cache at every call)
SUMMARY_WORD: Final = regex_cache.compile(SUMMARY_WORDS)
PLAN_WORD: Final = regex_cache.compile(PLAN_WORDS)
# the rest of the year planned after a review of its first part (下半年工作计划, 第四季度工作
# 计划, 二季度工作安排): the plan is of the same year
HALF_YEAR_PLAN: Final = (
    regex_cache.compile(rf"(?:下半年|第?[二三四]季度)[^,，。]{{0,6}}{PLAN_WORDS}")
)
SUMMARY_AFTER_YEAR: Final = regex_cache.compile(
    rf"(?P<year>{YEAR})\s*(?:年度|年)?{YEAR_GAP}{SUMMARY_WORDS}"
)
PLAN_AFTER_YEAR: Final = (
    regex_cache.compile(rf"(?P<year>{YEAR})\s*(?:年度|年)?{YEAR_GAP}{PLAN_WORDS}")
)
# (a village is no government, but a compilation of its reports speaks for it as a town's
# speaks for the town: XX村两委 -> 村, level 村)
LEVELS: Final = ("省", "市", "区", "县", "镇", "乡", "街道", "村")
LEVELS_LONGEST: Final = tuple(sorted(LEVELS, key=len, reverse=True))  # 街道 before 道-less ones
# The places of the autonomous regions and prefectures are at the level the government
# reports' labels give them (govreport's _LEVELS): a league (盟) and an autonomous prefecture
# (自治州, 州) are cities, a banner (旗, 自治旗) is a county (XX盟生态环境局 -> 生态环境局/市,
# 东胜旗农牧局 and XX旗教育局 -> 农牧局/教育局, 县; XX州民政局 -> 民政局/市). Longest first.
# An autonomous region is a province (XX自治区民政厅, 广西壮族自治区水利厅, 内蒙古自治区教育厅 ->
# 省), though its name ends in 区: ``REGION_LEVEL`` is asked before the levels' characters; a
# masked autonomous county is a county (XX自治县民政局 -> 民政局, 县). A new area (新区) is a
# district, masked as named (XX新区教育局, 滨海新区教育局 -> 教育局, 区); its own management
# committee keeps its name (XX新区管委会 -> 新区管委会, 区), as a zone's does (开发区管委会).
PLACE_WORD_LEVELS: Final = (
    ("自治区", "省"),
    ("自治县", "县"),
    ("自治州", "市"),
    ("自治旗", "县"),
    ("新区", "区"),
    ("盟", "市"),
    ("旗", "县"),
    ("州", "市"),
)
REGION_LEVEL = PLACE_WORD_LEVELS[0]
AREA_BODIES: Final = {"新区": ("管委会", "管理委员会", "党工委", "党工委管委会")}
LEVEL_PREFIXES: Final = (REGION_LEVEL, *((lv, lv) for lv in LEVELS), *PLACE_WORD_LEVELS[1:])
ORG_SUFFIX: Final = (
    # people's associations, a customs house, schools (工商业联合会, 科学技术协会, 科协, 东湖
    # 海关, 第一中学), before the one-character ends they open with (科, 联: a name's prefix
    # is tried shortest first, so 科 of 科学 or 联 of 联合会 must not end it)
    r"(?:联合会|协会|科协|商会|海关|中学|小学|幼儿园|"
    r"局|分局|厅|委员会|委|办事处|办公室|办|中心|残联|总工会|工会|管委会|街道|镇|乡|"
    r"政府|度假区|高新区|开发区|园区|法院|检察院|医院|学校|公司|企业|科(?![学技协研])|站|所|队|院|联(?!合)"
    r"|部(?!门)|常委会|政协|人大|村民委员会|村委会|两委"
    # a library or a museum (图书馆, 博物馆, 文化馆), a party school (县委党校), the Red Cross
    # (县红十字会), a state farm (国有林场, 农场): bodies a county's compilation gathers too
    r"|馆|党校|红十字会|林场|农场"
    # a committee's research or inspection office (县委政策研究室, 县委县政府督查室); not any 室
    # (村卫生室建设 is a topic after a year)
    r"|研究室|督查室"
    # a cooperative's union, a rural credit union, a newspaper (县供销合作社联合社, XX县农村信用
    # 合作联社, 东湖日报社): not any 社 (社会, 社区 go on past it)
    r"|合作社|联合社|联社|供销社|报社)"
)
# A text reads each title line several times (as a title line, as a numbered report's,
# a glued title's, its document's title): ``parse_title`` is pure, so its answer is kept,
# for the titles of one text (``segment.documents.split_documents`` clears it for each).
TITLES_KEPT: Final = 4096
MAX_DEPARTMENT: Final = 40  # keeps a partition folder name far below file-system limits
ORG_AFTER_YEAR: Final = regex_cache.compile(
    rf"\s*{YEAR}\s*年度?(?P<org>[^\d,，。]{{1,20}}?{ORG_SUFFIX})(?:关于)?[^\d]{{0,12}}?"
    rf"(?:{SUMMARY_WORDS}|{PLAN_WORDS})"
)
TOPIC_TITLE: Final = regex_cache.compile(
    rf"^\s*{YEAR}\s*年度?(?P<topic>[^\d,，。]{{2,16}}?)(?:工作)?(?:{SUMMARY_WORDS}|{PLAN_WORDS})\s*$"
)
# A covering title that names no organisation (关于2023年度工作总结的报告, 关于2024年工作情况
# 的报告): 关于…的报告 is how a report is sent up, never a heading inside one.
COVER_TITLE: Final = regex_cache.compile(
    rf"^\s*关于{YEAR}\s*年度?[^\d,，。]{{0,16}}?(?:{SUMMARY_WORDS}|{PLAN_WORDS})"
    r"[^,，。]{0,16}的(?:报告|汇报)\s*$"
)
# Words that make "2024年重点工作安排" a heading inside a report, not a report's topic.
GENERIC_TOPIC: Final = regex_cache.compile(
    r"^(?:重点|主要|下步|下一步|今后|全年|年度|其他|各项|有关|工作)+$"
)
ORG_TAIL: Final = regex_cache.compile(ORG_SUFFIX + "$")
# (``parse_title`` asks its ``re`` twin, ``metrics.twins``: a search for a name's end at the
# text's end, which ``regex`` tries at every position: 0.15 -> 0.03 ms a corpus replayed)
ORG_TAIL_ASKED: Final = twins.twin(ORG_TAIL)
# The number of a piece of a compilation, on its title's line: 第一篇：…, 篇二、…, （篇三）…
PIECE_PREFIX: Final = regex_cache.compile(
    r"^\s*(?:第[一二三四五六七八九十\d]{1,3}篇|篇[一二三四五六七八九十\d]{1,3}"
    r"|[(（【]篇[一二三四五六七八九十\d]{1,3}[)）】])\s*[:：、.]?\s*"
)
PIECE_NUMBER: Final = Guard(PIECE_PREFIX)
# The marker of a compilation's piece: bracketed (【篇一】, (篇二), 【篇3】, 【第4篇】, 【范文5】)
# anywhere, or alone on its line (第一篇, 篇二：, 范文3), as the sites that gather reports
# number them; not a heading's number ((一), 1.), nor a 第一篇章 inside a sentence.
PIECE_NO: Final = r"[一二三四五六七八九十\d]{1,3}"
PIECE_MARK: Final = (
    rf"【(?:篇{PIECE_NO}|第{PIECE_NO}篇|范文{PIECE_NO})】|[(（](?:篇{PIECE_NO}|第{PIECE_NO}篇)[)）]"
    rf"|(?m:(?<=^[ \t]*)(?:篇{PIECE_NO}|第{PIECE_NO}篇|范文{PIECE_NO})(?=[ \t]*[:：]?[ \t]*$))"
)


def unnumbered(title: str) -> str:
    """``title`` without its piece number: ``PIECE_PREFIX.sub("", title, count=1)``, not
    tried where a test read from the pattern (``Guard``) says no number can be."""
    m = PIECE_NUMBER.search(title)
    return title[: m.start()] + title[m.end() :] if m else title


# A compilation may hand its reports in as attachments or materials, numbered on the title's
# line (附件一：县林业局2023年工作总结, 附件1 县林业局2023年工作总结, 材料二、XX镇2024年工作要点),
# and a report's symbol may mark its title as a heading's (★县林业局2023年工作总结, ◆XX镇2024年
# 工作要点): neither is a part of the organisation. (An attachment's number is one number, not
# a year's digits: 附件2023年… keeps them; a mask's ○ is no symbol: ○○乡人民政府. Which of them
# opens a report, not an appendix of the one before, is ``title_lines``'s.)
ATTACHMENT_NUMBER: Final = Guard(
    regex_cache.compile(
        r"^\s*(?:附件|材料)\s*[一二三四五六七八九十\d]{1,3}(?![\d年])\s*[:：、.．]?\s*(?=\S)"
    )
)
TITLE_SYMBOLS: Final = Guard(regex_cache.compile(r"^\s*[★☆◆◇■□●▲△▶►▌◎※]+\s*(?=\S)"))


def unattached(title: str) -> str:
    """``title`` without an attachment's number or a heading's symbol before it."""
    m = ATTACHMENT_NUMBER.match(title) or TITLE_SYMBOLS.match(title)
    return title[m.end() :] if m else title


# A compilation may number its reports as a report numbers its parts, in numerals or in
# digits (一、市商务局2024年上半年工作总结, 二、市应急管理局2024年上半年工作总结及下半年工作打算;
# 1.市民政局2024年工作总结, 2．市司法局2024年工作总结及2025年工作计划, 3、县林业局2023年工作要点):
# the number is no part of the report's organisation. Not a year's digits (2024年…: no mark
# after them) nor a decimal (1.5…). (Which numbered lines open a report is ``title_lines``'s.)
REPORT_NUMBER: Final = Guard(
    regex_cache.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})[、.．](?!\d)\s*(?=\S)")
)
NUMBER_POINTS: Final = frozenset("、.．")


def _report_number(title: str) -> regex.Match[str] | None:
    """``REPORT_NUMBER.match(title)``, not asked of a title that opens with digits and no
    point after them (2024年…: most titles that open with a digit open with a year)."""
    head = title.lstrip()[:3]
    if head[:1].isdigit() and NUMBER_POINTS.isdisjoint(head[1:]):
        return None
    return REPORT_NUMBER.match(title)


# A year named by its place in a plan or a campaign, before the organisation of a title that
# has no year of its own (“十四五”开局之年县交通运输局工作总结, 脱贫攻坚收官之年XX镇工作总结,
# “十五五”谋篇之年区商务局工作要点): a headline's words, no part of the organisation's name.
# Only at the title's start and ending in 之年: not a sentence (2024年是“十四五”关键之年).
YEAR_BY_WORDS: Final = Guard(
    regex_cache.compile(r"^\s*(?:[“\"][^”\"\n\d]{1,8}[”\"])?\p{Han}{0,8}?之年(?=\S)")
)


def without_year_words(title: str) -> str:
    """``title`` without a year named by words before its organisation (``YEAR_BY_WORDS``)."""
    m = YEAR_BY_WORDS.match(title) if "之年" in title else None
    return title[m.end() :] if m else title


# A level's character that begins a word, not a place: 市场监管局, 乡村振兴局, 市政园林局.
LEVEL_WORD: Final = (
    regex_cache.compile(r"市场|市政(?![府务协法])|市容|乡村|乡镇|[县市区]域|村[镇级庄]")
)
# What a town or sub-district calls its government (镇人民政府, 街道办事处).
TOWN_GOVERNMENT: Final = frozenset({"人民政府", "政府", "办事处"})
# A town's, a sub-district's or a village's party committee, alone or with its government
# (XX街道党工委、办事处, 东湖镇党委、政府, XX乡党委和人民政府, XX村两委, XX村村民委员会): the
# place speaks, as it does by its government alone; not a body of its own inside it (XX镇
# 农业服务中心, XX街道社区卫生服务中心 keep their names).
TOWN_BODIES: Final = regex_cache.compile(
    r"(?:党工委|党委|党总支|党支部)(?:[、和及与]?(?:办事处|人民政府|政府|村委会))?"
    r"|两委|村民委员会|村委会|委会"
)
TOWN_LEVELS: Final = frozenset({"镇", "乡", "街道", "村"})
# A level's committee (县委办公室, 市委编办) or its bodies directly under it (县直机关工委, 市直机关
# 工委: 县直, 市直 are words): the level, and the name kept whole. (XX县县直机关工委 read 直机关
# 工委: both 县 were taken for places.)
LEVEL_COMMITTEE: Final = regex_cache.compile(r"[省市区县州盟旗](?:委(?!员会)|直)")
PARTY_ONLY: Final = regex_cache.compile(r"^(?:中国共产党|中共)(?=.{3})")
# A national agency that runs its local offices itself names itself before their place,
# named or masked (国家税务总局东湖县税务局, 国家统计局东湖调查队, 国家税务总局XX县税务局): the
# office is the organisation. So does a state grid of its local companies or bureaus (国网XX县
# 供电公司, 国家电网东湖市供电公司, 南方电网东湖市供电局): the company at its place's level.
NATIONAL_AGENCY: Final = regex_cache.compile(
    r"^(?:国家税务总局|国家金融监督管理总局|国家统计局|中国人民银行|国网|国家电网|南方电网)"
    r"(?=[\p{Han}xX*×○某]{3})"
)
PARTY_AT, AGENCY_AT = Guard(PARTY_ONLY), Guard(NATIONAL_AGENCY)
# The people's political consultative conference names itself before its place, its level's
# committee after (政协XX县委员会, 中国人民政治协商会议东湖市委员会, 政协东湖区委员会办公室): it
# is the place's 政协 (县政协, 县政协办公室 as the short names say), at the place's level. Not
# a committee of the party or of a congress (县委员会 alone, 县人大常委会: no 政协 before).
CPPCC: Final = regex_cache.compile(
    r"^(?:中国人民政治协商会议|政协)"
    r"(?P<place>[\p{Han}xX*×○某]{1,12}?(?:自治州|自治县|自治旗|[省市县区州盟旗]))委员会"
    r"(?P<rest>\p{Han}*)$"
)
CPPCC_AT: Final = Guard(CPPCC)
MASK_PLACE: Final = regex_cache.compile(r"[xX*×○]+|某")  # ××镇, ○○街道: a place left out
# A masked township or county of a nationality keeps the nationality's name after the mask
# (XX彝族乡人民政府, ××回族乡党委, XX蒙古族乡, 某苗族自治县民政局, XX布依族苗族自治县): it is the
# place's name, and the level follows it (乡, 县). Only right after a mask: not a body
# whose name holds 民族 (XX县民族宗教事务局, xx民族中学), nor a level's character before
# 族 (县民族乡镇工作: no place's name).
MASKED_ETHNIC_PLACE: Final = regex_cache.compile(
    r"(?:[xX*×○]+|某)(?:(?![省市县区镇乡])\p{Han}){1,6}?族(?:自治(?=县))?(?=[乡镇县])"
)
# (an organisation whose name holds 工作 goes on past it: 县委社会工作部, XX乡乡村振兴工作站, XX县
# 妇女儿童工作委员会; the report's 工作 does not: 县林业局工作总结, 县林业局2024年工作部署…)
ORG_IN_TITLE: Final = regex_cache.compile(
    rf"^(?P<org>[^\d,，。]{{1,24}}?)(?=关于|{YEAR}|[0-9]|年度|工作(?!站|部(?!署)|委员会))"
)
# (no digit: a span of years in brackets, （2024—2026年）, names no organisation)
PAREN_ORG: Final = regex_cache.compile(r"[(（](?P<org>[^()（）\d]{1,12})[)）]\s*$")
ORG_END: Final = r"(?:局|委员会|管委会|残联|总工会)"
# what may not stand before a title's department: a number, a pause, a bracket
TITLE_PAUSE: Final = regex_cache.compile(r"[\d,，。;；:：(（《“]")
# An organisation named in the body: after a level (市商务局, 县教体局) or standing alone
# after punctuation (、教育体育局、).
BODY_ORG: Final = regex_cache.compile(
    rf"(?:(?P<lv>[市区县])|(?<=^|[\s,，、;；:：。(（“]))"
    rf"(?P<org>[\p{{Han}}]{{1,6}}?{ORG_END})"
)
NOT_ORG: Final = (
    regex_cache.compile(r"[我本该全大格布结当由以]局$|^(?:我|本|该|全|在|对|向|与|和|及|经)")
)
# A masked place speaking for itself (xx街道党工委, xx乡人民政府), or 街道/镇 as a sentence's
# subject. The place is the organisation, not its party committee: a report of xx街道党工委、
# 办事处 is the street's.
# (a place is masked by letters, stars, circles or 某: xx镇, ○○乡, ××街道, 某镇)
BODY_MASK: Final = r"[xX*×○某]{1,4}"
BODY_PLACE: Final = regex_cache.compile(
    BODY_MASK + r"(?P<org>街道|镇|乡)(?:党工委|党委|办事处|人民政府)"
    r"|(?:^|(?<=[\n,，。;；]))(?P<org2>街道|镇)(?=[已在始坚全积认深着围扎])"
)
# A masked place as the subject of the opening sentence (2023年上半年，xx镇在县委…领导下,
# XX乡坚持…): the report's own, where a county's office that names its masked towns later
# (xx镇在全区率先完成…) still speaks for itself.
OPENING_PLACE: Final = regex_cache.compile(
    BODY_MASK + r"(?P<org>街道|镇|乡)(?=[在坚始全积认深着围扎已紧聚])"
)
OPENING_SENTENCE: Final = 200  # characters at most read as the opening sentence
BODY_LEVEL: Final = (
    regex_cache.compile(r"(?:全|我|本)(?P<lv>县|市|区|镇)|(?P<lv2>县|市|区)(?:委|政府)")
)


@dataclass(frozen=True, slots=True)
class TitleFacts:
    department: str | None
    department_raw: str | None
    level: str | None
    place_masked: bool
    summary_year: int | None
    plan_year: int | None
    kind: DocKind | None


def _year(text: str | None) -> int | None:
    return int(text) if text and text.isdigit() else None


def title_years(title: str) -> tuple[int | None, int | None]:
    """(summary_year, plan_year) that a title or heading states."""
    s = SUMMARY_AFTER_YEAR.search(title)
    p = PLAN_AFTER_YEAR.search(title)
    summary = _year(s.group("year")) if s else None
    plan = _year(p.group("year")) if p else None
    if s and p and s.start() == p.start():  # one year for both words: 2023年工作总结及计划
        plan = None if p.end() > s.end() and summary else plan
    if p is not None and "年" in title:
        span = PLAN_SPAN_BEFORE_WORDS.search(title)
        if span is not None and span.start() < p.start() <= span.start("last"):
            first = int(span.group("first"))
            plan = first if first < int(span.group("last")) <= first + SPAN_MOST else plan
    if plan is None and summary and HALF_YEAR_PLAN_AT.search(title):
        plan = summary  # 上半年工作总结及下半年工作计划: the plan is for the same year
    tail = title.rstrip()[-8:]  # (a year in brackets at the end: its digits are there)
    if summary is None and plan is None and tail[-1:] in (")", "）"):
        span = PLAN_SPAN_AFTER_WORDS.search(title)
        if span:
            return None, int(span.group("first"))
        if _digits(tail) == 4:
            return _year_after_words(title)
    return summary, plan


# A title's year in brackets after its report's words (县科学技术局工作总结(2022), XX镇工作总结
# （2023年度）, 县林业局工作要点（2024年）): the year of that report, a review's or a plan's. Not
# a span of years (（2024—2026年）), nor a date (（2024年7月5日）), nor a year before the words.
YEAR_AFTER_WORDS = regex_cache.compile(
    rf"(?:{SUMMARY_WORDS_ALONE}|{PLAN_WORDS_ALONE})\s*[(（]\s*(?P<year>(?:19|20)\d{{2}})\s*(?:年度?)?\s*[)）]\s*$"
)


# A plan of several years whose span stands in brackets after its words (高标准农田建设三年行动
# 计划（2024—2026年）, 县养老服务体系建设实施方案(2025-2027年), 数字乡村发展规划（2024至2026年）):
# its plan year is the span's first, the year it opens with and the first it plans, as a
# government work report's is the year it plans first beside its five-year goals (docs/
# schema.md, documents). Counter: a review of several years in brackets (…三年行动实施情况总结
# （2021—2023年）) holds no plan word at its end, and is left as before; a span before the
# words (2021-2025年规划) is read by ``PLAN_AFTER_YEAR``.
PLAN_SPAN_AFTER_WORDS = regex_cache.compile(
    rf"(?:{PLAN_WORDS_ALONE})\s*[(（]\s*(?P<first>(?:19|20)\d{{2}})\s*年?\s*[-—–~至到]\s*"
    r"(?P<last>(?:19|20)\d{2})\s*年?度?\s*[)）]\s*$"
)


# The span may stand before the words too (西岭市商务局2024—2025年工作计划, 县应急管理局
# 2025至2027年工作要点, 2024-2026年行动方案): the same plan of several years, planned from
# its first year (``PLAN_AFTER_YEAR`` alone takes the year next to the words, its last).
# Counter: a school year (2024-2025学年工作要点) is one year of school named by the two
# years it runs across, no span: read as before, by the year it ends in, as its review's
# (2024-2025学年工作总结) is; a review of several years (2021—2025年工作总结) has no plan
# word; a span that runs backwards or over more than ten years is no plan's.
PLAN_SPAN_BEFORE_WORDS = regex_cache.compile(
    rf"(?P<first>(?:19|20)\d{{2}})\s*年?\s*[-—–~至到]\s*(?P<last>(?:19|20)\d{{2}})\s*年度?"
    rf"{YEAR_GAP}(?:{PLAN_WORDS})"
)
SPAN_MOST = 10


def plan_span(title: str | None) -> tuple[int, int] | None:
    """The first and last year of a plan of several years with its span after its words
    (``PLAN_SPAN_AFTER_WORDS``: 三年行动方案（2022—2024年）) or before them
    (``PLAN_SPAN_BEFORE_WORDS``: 2024—2025年工作计划), else None."""
    if not title:
        return None
    found = PLAN_SPAN_AFTER_WORDS.search(title.rstrip())
    if found is None and "年" in title:
        found = PLAN_SPAN_BEFORE_WORDS.search(title)
    if found is None:
        return None
    first, last = int(found.group("first")), int(found.group("last"))
    return (first, last) if first < last <= first + SPAN_MOST else None


def plan_of_several_years(title: str | None) -> bool:
    """Whether ``title`` is a plan of several years with its span after its words."""
    return plan_span(title) is not None


def _digits(text: str) -> int:
    """How many digits ``text`` holds."""
    return sum(c.isdigit() for c in text)


def _year_after_words(title: str) -> tuple[int | None, int | None]:
    """(summary_year, plan_year) of a title whose year follows its words in brackets."""
    m = YEAR_AFTER_WORDS.search(title)
    if m is None:
        return None, None
    year = int(m.group("year"))
    return (year, None) if SUMMARY_WORD.search(title) else (None, year)


# A review's title that plans the next period by words, not by its year (县统计局2023年工作总结
# 和下一步工作打算, 县审计局2023年工作总结及明年工作思路, 县档案馆今年工作总结和明年工作计划): the
# plan is of the year after the one reviewed, or, after a review of part of a year (2024年上
# 半年工作总结和下一步工作打算, 2023年前三季度工作总结及下步工作计划), of the same year's rest. Not
# a plan named with its own year (…和2025年工作计划: ``title_years``), nor a plan's words with
# no such word before them.
NEXT_PLAN = regex_cache.compile(
    rf"(?P<next>明年|来年|下一年度?|新一年|下一步|下步)[^,，。\d]{{0,6}}?{PLAN_WORDS}"
)
NEXT_PLAN_AT = Guard(NEXT_PLAN)
PART_OF_YEAR = regex_cache.compile(r"上半年|季度|\d{1,2}\s*[—－\-~至]\s*\d{1,2}\s*月")
NEXT_STEPS = ("下一步", "下步")


def plan_after_review(title: str, summary_year: int) -> int | None:
    """The year a review's title of ``summary_year`` plans by words (see ``NEXT_PLAN``)."""
    m = NEXT_PLAN_AT.search(title)
    if m is None:
        return None
    if m.group("next") in NEXT_STEPS and PART_OF_YEAR.search(title, 0, m.start()):
        return summary_year  # 上半年工作总结和下一步工作打算: the rest of the same year
    return summary_year + 1


def title_kind(title: str) -> DocKind | None:
    has_summary = bool(SUMMARY_WORD.search(title))
    has_plan = bool(PLAN_WORD.search(title))
    if "要点" in title and not has_summary:
        return DocKind.KEY_POINTS
    if has_summary and has_plan:
        return DocKind.SUMMARY_PLAN
    if has_plan:
        return DocKind.PLAN
    if has_summary:
        return DocKind.SUMMARY
    return None


# A field's label before the organisation's name, as a form or a compilation heads each
# report (报送单位：县统计局, 填报单位:XX镇人民政府, 单位：县林业局, 供稿部门：县商务局): the label
# is no part of the name. Only a label of a body and its colon at the name's start.
FIELD_LABEL = regex_cache.compile(r"(?:报送|填报|供稿|编报|报告)?(?:单位|部门)\s*[:：]\s*")


def clean_department(raw: str) -> tuple[str | None, str | None, bool]:
    """(department, level, place_masked) from an organisation as written."""
    # 中共青川县委组织部 is 县委组织部: the Party is said by 县委 (共青团 is another body)
    # (each asked only of a name whose first character opens it, or holding a mask)
    org = raw.strip().strip('“”"')
    if org.startswith("关于") and len(org) > 3:  # 关于XX街道2024年工作情况的报告: 街道's
        org = org[2:]
    label = FIELD_LABEL.match(org) if ":" in org or "：" in org else None
    if label and len(org) > label.end() + 1:  # 报送单位：县统计局 / 2023年工作总结
        org = org[label.end() :]
    for prefix in (PARTY_AT, AGENCY_AT):
        m = prefix.search(org)
        org = org[m.end() :] if m else org
    cppcc = CPPCC_AT.search(org)
    if cppcc:  # 政协XX县委员会 -> 政协, 县
        place = cppcc.group("place")
        return (
            "政协" + cppcc.group("rest"),
            place_level(place),
            MASK_PLACE.search(place) is not None,
        )
    masked = may_open_in(MASK_PLACE, org) and MASK_PLACE.search(org) is not None
    unit = GRASSROOTS_AT.fullmatch(org)
    if unit:  # XX社区居委会, 东园社区党委 -> 社区; XX苏木 -> 苏木 (乡)
        return unit.group("unit"), GRASSROOTS_LEVELS[unit.group("unit")], masked
    if "村" in org and org[-1] == "村" and VILLAGE_AT.fullmatch(org):
        return "村", "村", masked  # XX县XX乡XX村, 东湖县桃园镇桃园村: the village's own
    org = MASK_PLACE.sub("", MASKED_ETHNIC_PLACE.sub("", org)) if masked else org
    level = None
    stripped = True
    while stripped:  # XX市XX区应急管理局: the last level named is the organisation's
        stripped = False
        if level and not masked:
            break  # 县乡村振兴局: only masked places stand in a row
        for word, lv in LEVEL_PREFIXES:
            if not org.startswith(word) or len(org) <= len(word) + 1 or LEVEL_WORD.match(org):
                continue
            if LEVEL_COMMITTEE_AT.match(org) or org[len(word) :] in AREA_BODIES.get(word, ()):
                level = lv  # 县委办公室: the committee of that level; 新区管委会: the area's
                break
            level, org, stripped = lv, org[len(word) :], True
            break
    if level is None and VILLAGE_AT.fullmatch(org):
        org = "村"  # 东湖村: a village's name, no place of the chain places know
    if level is None and not masked:
        org, level = _named_place_removed(org)
    if org in TOWN_LEVELS or org.endswith(("街道", "街道办事处")):
        level = level or ("街道" if "街道" in org else org[-1])
    if level in TOWN_LEVELS and (org in TOWN_GOVERNMENT or TOWN_BODIES.fullmatch(org)):
        org = level  # 镇人民政府, 街道办事处: the town's own government, named as 镇 alone is
    if not org or org in ("局",):
        return None, level, masked
    return _party_of_body(org)[:MAX_DEPARTMENT], level, masked


# A town's level word after a place that ends in a word of PLACE_WORD_LEVELS: the place is
# the town's name (红旗街道, 红旗镇: 红旗 is no banner), not a word a department opens with
# (东胜旗乡村振兴局: LEVEL_WORD's 乡村).
TOWN_AFTER_WORD: Final = regex_cache.compile(r"(?:街道|镇|乡)(?!村|镇)")


def place_level(place: str) -> str | None:
    """The level of a place by the word it ends with (东湖区 -> 区, XX旗 -> 县, XX盟 -> 市,
    广西壮族自治区 -> 省)."""
    if place.endswith(REGION_LEVEL[0]):
        return REGION_LEVEL[1]
    level = next((lv for lv in LEVELS_LONGEST if place.endswith(lv)), None)
    return level or next((lv for word, lv in PLACE_WORD_LEVELS if place.endswith(word)), None)


def _named_place_removed(org: str) -> tuple[str, str | None]:
    """An organisation named with its place (东湖区教育局, 青川市南湖区应急管理局): the
    organisation without it, and the level of the last place (区). A town or sub-district
    speaks by its government or party committee as by its name (东城街道办事处, 东湖街道党工委、
    办事处, 东湖镇人民政府 → 街道, 街道, 镇; 东关街道 → 街道), a body inside it keeps its level
    word (东湖镇农业服务中心 → 镇农业服务中心), and any other name that is a place alone stays
    whole.
    """
    place = place_of(org)
    prefix = PARTY_AT_START.match(org)  # 共青团青川市委员会: the League's, of 青川市
    lead = prefix.group() if prefix else ""
    rest = org[len(lead) + len(place) :] if place else ""
    level = place_level(place) if place else None
    town = TOWN_AFTER_WORD.match(rest) if place and not place.endswith(LEVELS) else None
    if town:  # 红旗街道, 红旗镇人民政府: 红旗 is the town's name, no banner
        place, rest, level = place + town.group(), rest[town.end() :], town.group()
    if place and not rest and level in ("街道", "镇", "乡"):
        return level, level  # 东关街道 alone speaks for its office, as xx街道 does
    if not place or len(rest) < 2:
        return org, None
    if rest.startswith("委") and level:  # 青川县委组织部: the committee of that level
        return lead + level + rest, level
    if level in ("街道", "镇", "乡"):
        # the town's own government is named as the town is (东湖镇人民政府 → 镇)
        own = rest in TOWN_GOVERNMENT or TOWN_BODIES.fullmatch(rest)
        return (level if own else level + rest), level
    return rest, level


# A headline and the report's name as its subtitle after a dash (凝心聚力谋发展 实干担当开新局
# ——XX县商务局2023年工作总结, or the subtitle alone): the report's facts are the subtitle's. A
# dash between years (2021—2025年) or after a year's words is no subtitle's.
SUBTITLE_REPORT: Final = regex_cache.compile(r"(?:总结|计划|要点|安排|思路|打算|报告|汇报)\s*$")
SUBTITLE_AFTER: Final = regex_cache.compile(r"^[^\d—－\n]{0,30}?[—－]{1,2}\s*(?=\S)")


def _subtitle(title: str) -> str:
    """``title`` without a headline and its dash before the report's name (see above)."""
    if "—" not in title and "－" not in title:
        return title
    m = SUBTITLE_AFTER.match(title.strip())
    if m is None or TITLE_KEYWORD.search(m.group()):
        return title
    rest = title.strip()[m.end() :]
    # (a news story's subtitle, …代表团审议政府工作报告侧记, is no report's name)
    return rest if SUBTITLE_REPORT.search(rest) and "政府工作报告" not in rest else title


# A notice that issues a department's report names the report it prints (关于印发《XX区财政局
# 2024年工作要点》的通知, XX县水利局关于印发2024年工作要点的通知, 关于转发《县商务局2023年工作
# 总结》的通知): the report's facts are the one it names, after any organisation before 关于.
# Not a notice of a task (关于做好2024年防汛工作的通知: nothing issued), nor one that hands a
# government work report's tasks out (govreport's NOTICE_TITLE: its own document).
ISSUED_REPORT: Final = regex_cache.compile(
    r"关于(?:印发|转发|下发)《?(?P<inner>[^《》]{4,60}?)》?的通知\s*$"
)


def _issued(title: str) -> str:
    """``title`` as the report a notice issues (see ``ISSUED_REPORT``), else itself."""
    m = ISSUED_REPORT.search(title) if "通知" in title else None
    if m is None or "政府工作报告" in m.group("inner"):
        return title
    return title[: m.start()] + m.group("inner")


# One body under two signboards names the second in brackets after the first (XX县工商业联合会
# （总商会）, 县委网信办（县网信局）, 县文化和旅游局（县文物局）): the first is the organisation,
# the brackets go. Only a body's name in them, right after a body's name: not a note (县商务局
# （代拟稿）), nor a span of years (（2024—2026年）: digits).
SECOND_NAME: Final = regex_cache.compile(
    rf"(?<={ORG_SUFFIX})\s*[(（][^()（）\d]{{1,12}}?{ORG_SUFFIX}[)）]"
)


# An organisation set in lenticular brackets before its report's words, as sites that gather
# reports head them (【XX县商务局】2023年工作总结, 【县统计局】2024年工作要点): the organisation
# without its brackets. Not a piece's marker (【篇一】, 【范文3】: no organisation's end).
BRACKETED_ORG: Final = regex_cache.compile(rf"^\s*【(?P<org>[^【】\d]{{2,24}}?{ORG_SUFFIX})】")


# A title that opens with its year in brackets (（2024年度）区科学技术局上半年工作总结, (2023年)
# 县民政局工作总结): the year as one written before the organisation. Not a span of years
# (（2021—2025年）), nor a date (（2024年7月5日）): one year and its 年 or 年度 alone.
BRACKETED_YEAR: Final = Guard(regex_cache.compile(rf"^\s*[(（](?P<year>{YEAR}\s*年度?)[)）]\s*"))


# A report's name set whole in book-title marks, as a site or a compilation prints a piece's
# name (《县统计局2023年工作总结》, 《XX镇2024年工作要点》): the name without them. Not a name
# in marks inside a title (关于印发《…》的通知: ``_issued``'s), nor one of two names in marks.
ENCLOSED_NAME: Final = regex_cache.compile(r"^\s*《(?P<name>[^《》]{4,60})》\s*$")
# An organisation and a colon before its report's year (县统计局：2023年工作总结, XX镇：2024年工作
# 要点), as sites head a department's report: the colon is no part of the name. Only a name
# that ends an organisation's: not a field's label (报送单位：2023年…, 附件：2023年工作总结).
ORG_COLON: Final = regex_cache.compile(
    rf"^(?P<org>[^\d,，。:：]{{2,24}}?{ORG_SUFFIX})\s*[:：]\s*(?={YEAR})"
)
TITLE_MARKS: Final = Guard(ENCLOSED_NAME)
COLON_AFTER_ORG: Final = Guard(ORG_COLON)


def _name_as_written(title: str) -> str:
    """``title`` without book-title marks around it or a colon after its organisation."""
    enclosed = TITLE_MARKS.match(title)
    if enclosed:
        title = enclosed.group("name")
    colon = COLON_AFTER_ORG.match(title)
    return colon.group("org") + title[colon.end() :] if colon else title


# A body's own party organisation, named after the body (XX县发展和改革局机关党委, 市财政局机关党
# 总支, 县卫生健康局党委, 县审计局党组): its report is the body's, as a town's party committee's
# is the town's (``TOWN_BODIES``). Only after a name that ends an organisation's: not a
# level's committee (县委, 市直机关工委: a body of its own), nor a town's (XX镇党委 -> 镇).
BODY_PARTY: Final = regex_cache.compile(r"(?:机关)?(?:党委|党总支|党支部|党组)$")


def _party_of_body(org: str) -> str:
    """``org`` without its party organisation after a body's name (see ``BODY_PARTY``)."""
    m = BODY_PARTY.search(org) if "党" in org else None
    if m is None:
        return org
    body = org[: m.start()]
    own = len(body) >= 2 and body not in TOWN_LEVELS and ORG_TAIL_ASKED.search(body)
    return body if own else org


@lru_cache(maxsize=TITLES_KEPT)  # (see TITLES_KEPT: a title is read again and again)
def parse_title(title: str) -> TitleFacts:
    title = _name_as_written(_issued(_subtitle(unattached(unnumbered(title)))))
    bracketed_year = BRACKETED_YEAR.match(title)
    if bracketed_year:
        title = bracketed_year.group("year") + title[bracketed_year.end() :]
    number = _report_number(title)
    title = without_year_words(title[number.end() :] if number else title)
    bracketed = BRACKETED_ORG.match(title) if "【" in title else None
    if bracketed:
        title = bracketed.group("org") + title[bracketed.end() :]
    if "(" in title or "（" in title:
        title = SECOND_NAME.sub("", title, count=1)
    summary, plan = title_years(title)
    m = ORG_IN_TITLE_AT.search(title)
    raw = m.group("org") if m else None
    if raw is not None and not ORG_TAIL_ASKED.search(raw.strip('“”" ')):
        raw = _officer_removed(raw) or raw
    if raw is None or (not ORG_TAIL_ASKED.search(raw.strip('“”" ')) and not _village_or_unit(raw)):
        after = ORG_AFTER_YEAR_AT.match(title)  # 2023年区水务局工作总结
        raw = after.group("org") if after and not _town_word(title, after) else raw
    if (
        raw is not None
        and not ORG_TAIL_ASKED.search(raw.strip('“”" '))
        and not _village_or_unit(raw)
    ):
        raw = None  # 局单位招商引资: words before the year that name no organisation
    if raw is not None and MANY_BODIES_AT.match(raw.strip('“”" ')):
        raw = None  # 全县乡镇2023年工作总结汇编: the towns of a county, no one of them
    if raw is None or not raw.strip('“”" '):
        raw = _leading_department(title)
    if raw is None:
        pm = PAREN_ORG_AT.search(title)
        raw = pm.group("org") if pm else None
    department, level, masked = clean_department(raw) if raw else (None, None, False)
    if raw is None:
        level, masked = _place_level(title)
    # (the kind is read past the organisation's name: see ``_past_name``)
    return TitleFacts(
        department, raw, level, masked, summary, plan, title_kind(_past_name(title, raw))
    )


# A report's word inside its organisation's name says nothing of the report (XX县自然资源和规划
# 局2023年工作总结, 东湖市规划和自然资源局2023年工作总结, XX县计划生育协会2023年工作总结: reviews,
# no plans): the kind is read from the title without the name. Not a title that names no
# organisation, nor words after the name (县自然资源和规划局2024年国土空间规划: a plan).


def _past_name(title: str, raw: str | None) -> str:
    """``title`` without the organisation's name ``raw`` (once), where it holds it."""
    if not raw or raw not in title:
        return title
    k = title.find(raw)
    return title[:k] + title[k + len(raw) :]


# An officer or a leading group reporting on its work (东湖区第二小学校长2023年度述职报告, XX
# 镇党委书记2023年抓基层党建工作述职报告, 县统计局领导班子2023年度述职报告): the organisation is
# the name before the post. Not a post that is a body's name itself (主任 of 居委会主任 is
# asked only where what stands before it ends an organisation's name).
# Posts one officer holds together are joined (县审计局党组书记、局长, XX镇党委书记、镇长, 县
# 卫健局党委书记和局长): all of them go.
POSTS: Final = (
    r"(?:领导班子|班子成员|班子|党组书记|党委书记|书记|校长|园长|院长|局长|主任|站长|所长"
    r"|镇长|乡长)"
)
OFFICER_POST: Final = regex_cache.compile(rf"{POSTS}(?:[、和]{POSTS})*$")
# A village named or masked (XX村, 桃园村), not a word ending in 村 (新农村, 美丽乡村), maybe
# after its chain of places, each ending in its level (XX县XX乡XX村, 东湖县桃园镇桃园村, XX镇XX
# 村): the village speaks for itself. (A chain only of places: 乡村振兴示范村 has none.)
VILLAGE: Final = regex_cache.compile(
    r"(?:[\p{Han}xX*×○某]{1,8}?[省市县区镇乡])*(?:[xX*×○某]{1,4}|\p{Han}{2,3}?)(?<![农乡])村"
)
# A community of a town or sub-district, a pastoral township (苏木) or village (嘎查), named
# or masked, maybe after its chain of places, alone or by its committee (XX社区, 东园社区居委会,
# XX社区党委, XX街道XX社区, XX苏木, 巴彦嘎查两委): it speaks for itself as a village does (XX村
# -> 村/村): 社区 -> 社区/社区, 苏木 -> 苏木/乡, 嘎查 -> 嘎查/村. Not a body inside it (XX社区卫生
# 服务中心 keeps its name), nor a kind of community (城乡社区, 城市社区, 农村社区: a topic).
GRASSROOTS: Final = regex_cache.compile(
    r"[\p{Han}xX*×○某]{0,12}?(?:[xX*×○某]{1,4}|\p{Han}{2,4}?)(?<!城乡|城市|农村|乡村)"
    r"(?P<unit>社区|苏木|嘎查)"
    r"(?:居民委员会|居委会|人民政府|政府|党委|党总支|党支部|两委|村民委员会|村委会)?"
)
GRASSROOTS_LEVELS: Final = {"社区": "社区", "苏木": "乡", "嘎查": "村"}


def _village_or_unit(raw: str) -> bool:
    """Whether ``raw`` names a village or a grassroots unit (``VILLAGE``, ``GRASSROOTS``)."""
    return VILLAGE_AT.fullmatch(raw) is not None or GRASSROOTS_AT.fullmatch(raw) is not None


# A name of many bodies, no one of them: 全县乡镇, 全市各街道, 各乡镇, 乡镇, 镇街 (a compilation's
# header names them; its pieces speak for themselves).
MANY_BODIES: Final = regex_cache.compile(
    r"全[省市县区镇乡](?!委|政府|人大|政协)|各|(?:乡镇|镇街|街镇|街道乡镇|乡镇街道)$"
)


# A topic after the year whose words end in a town's level character (2023年城乡社区治理工作
# 总结, 2023年城镇老旧小区改造工作总结, 2024年美丽乡村建设工作要点): 城乡 and 城镇 are words, and
# 乡 or 镇 before 村, 镇 or 街 opens one (乡村, 乡镇, 镇街); no town's name is there. Not a town
# named after the year (2023年度XX镇工作总结, 2023年东湖乡工作总结).
TOWN_WORD_END: Final = ("城乡", "城镇")


def _town_word(title: str, after: regex.Match[str]) -> bool:
    """Whether the organisation ``ORG_AFTER_YEAR`` read in ``title`` ends in a word that a
    town's level character makes (see ``TOWN_WORD_END``), not in a town."""
    org = after.group("org")
    if org[-1:] not in ("乡", "镇"):
        return False
    following = title[after.end("org") : after.end("org") + 1]
    return org.endswith(TOWN_WORD_END) or following in ("村", "镇", "街")


def _officer_removed(raw: str) -> str | None:
    """``raw`` without an officer's post at its end, when what is left is an organisation."""
    m = OFFICER_POST.search(raw)
    rest = raw[: m.start()] if m else ""
    return rest if rest and ORG_TAIL.search(rest) else None


PLACE_THEN_YEAR: Final = regex_cache.compile(rf"\s*{YEAR}")


def _place_level(title: str) -> tuple[str | None, bool]:
    """The level, and whether it is masked, of a place that opens a title naming no
    organisation: a place's own report (XX县2023年乡村振兴工作总结, 东湖区2024年工作要点 -> 县,
    区), where no body is named and the year follows the place. Not a title that opens with
    no place (2023年工作总结), nor words that end in a level's character (美丽乡村2024年…)."""
    place = place_of(title)
    # (the place stands right before the year: 美丽乡村2024年工作要点 names no place 美丽乡)
    if not place or not PLACE_THEN_YEAR.match(title, title.find(place) + len(place)):
        return None, False
    return place_level(place), bool(MASK_PLACE.search(place))


# How far into a title a department named before its topic may stand (its place's name),
# and how long its name must be (政府 and 街道 are words of a topic too)
LEADING_PLACE: Final = 8
BARE_LEVELS: Final = frozenset("省市县区镇乡")  # (市档案馆…: a level alone, no place's name)
LEADING_NAME: Final = 3


def _leading_department(title: str) -> str | None:
    """A known department that opens a title before its topic, maybe after its place's
    name (南溪区卫生健康局基层医疗卫生服务能力提升三年行动方案（2024—2026年）: 南溪区卫生健康局),
    where no year comes before the kind of report to end the organisation's name. Not a
    short name a topic holds (数字政府, 法治政府建设, 街道社区治理: 政府 and 街道 are words of
    two characters), nor one after words that name no place (全面加强档案馆建设)."""
    span = named_department(title)
    if span is None or span[1] - span[0] < LEADING_NAME or span[0] > LEADING_PLACE:
        return None
    before = title[: span[0]]
    placed = before in BARE_LEVELS or place_of(title) == before
    if before and (TITLE_PAUSE.search(before) or not placed):
        return None
    return title[: span[1]]


def organisation_from_body(body: str) -> tuple[str | None, str | None]:
    """The organisation a document speaks for, from its opening: (department, raw)."""
    counts: Counter[str] = Counter()
    raws: dict[str, str] = {}
    for m in BODY_ORG.finditer(body):
        org = m.group("org")
        if NOT_ORG.search(org) or (m.start() > 0 and body[m.start() - 1] in "据被省至"):
            continue
        counts[org] += 1
        raws.setdefault(org, m.group())
    first_end = body.find("。", 0, OPENING_SENTENCE)
    opening = OPENING_PLACE.search(body, 0, OPENING_SENTENCE if first_end < 0 else first_end)
    for m in (*BODY_PLACE.finditer(body), *((opening,) if opening else ())):
        group = "org" if m.group("org") else "org2"
        counts[m.group(group)] += 2  # a place speaking for itself outweighs an office it mentions
        raws.setdefault(m.group(group), body[m.start() : m.end(group)])
    if not counts:
        return None, None
    org, _ = counts.most_common(1)[0]
    org = _full_name(org, counts)
    return org, raws[org]


def _full_name(org: str, named: Counter[str]) -> str:
    """The full name of ``org`` when the body names it so too, however less often: a body
    called by its short name in passing and by its full name once (区教体局 ×3, 《xx区教育
    体育局…》 ×1 → 教育体育局; 区市场监管局 and 区市场监督管理局; 县文旅局 and 县文化和旅游局).
    The full name is one of the lexicon's names of the same department that holds each of
    the short name's characters in order. Not a name of another department (人社局 beside
    民政局), nor a short name the lexicon does not know (团县委). (教育局 beside 教育体育局 takes
    the merged bureau's name: the lexicon makes them one department.)"""
    canonical = canonical_department(org)
    if canonical is None:
        return org
    longer = [
        name
        for name in named
        if len(name) > len(org)
        and canonical_department(name) == canonical
        and _holds_in_order(name, org)
    ]
    return max(longer, key=lambda n: (named[n], len(n)), default=org)


def _holds_in_order(name: str, short: str) -> bool:
    """Whether each character of ``short`` stands in ``name`` in the same order."""
    rest = iter(name)
    return all(ch in rest for ch in short)


def level_from_body(body: str, department: str | None = None) -> str | None:
    """The level a document speaks at, from its opening: the level its own organisation is
    named with (区教育局获评…), else the level most often named (全市, 我县, 区委)."""
    if department:
        own = Counter(regex.findall(rf"([省市区县]){regex.escape(department)}", body))
        if own:
            return own.most_common(1)[0][0]
    counts: Counter[str] = Counter()
    for m in BODY_LEVEL.finditer(body):
        counts[m.group("lv") or m.group("lv2")] += 1
    return counts.most_common(1)[0][0] if counts else None


# The year an opening sentence starts with: on the body's first line (2020 年,我局…), or, in a
# review, on its second below a title that names no year, where a pause or 以来 follows it
# (区民政局工作总结 / 2022年，区民政局…; not a date line, 2024年1月5日, nor a plan's 2026年，
# …将…, nor 2024年是…之年)
OPENING_YEAR: Final = regex_cache.compile(rf"\s*(?:{PIECE_MARK})?[:：]?\s*(?P<year>{YEAR})\s*年")
SECOND_LINE_YEAR: Final = regex_cache.compile(
    rf"\s*[^\n。，,；;！!？?]{{1,60}}\n\s*(?P<year>{YEAR})\s*年度?(?=\s*[，,、]|以来)"
)


def years_from_body(body: str, review: bool = False) -> tuple[int | None, int | None]:
    """Years from headings such as ``一、2023年工作总结`` / ``四、2024年工作计划``, else the
    year the opening sentence starts with as the summary year (``OPENING_YEAR``; with
    ``review``, the body of a review whose title names no year, ``SECOND_LINE_YEAR`` too)."""
    summary = plan = None
    # (the first year found is kept: the scan of the rest of the body, some 90 µs a body,
    # stops there)
    for m in SUMMARY_AFTER_YEAR.finditer(body):
        summary = _year(m.group("year"))
        if summary:
            break
    if summary is None:
        opening = OPENING_YEAR.match(body) or (SECOND_LINE_YEAR.match(body) if review else None)
        summary = _year(opening.group("year")) if opening else None
    for m in PLAN_AFTER_YEAR.finditer(body):
        y = _year(m.group("year"))
        if y and (summary is None or y > summary):
            plan = y
            break
    return summary, plan


# A plan titled without its year (县应急管理局工作要点 / 新的一年，…2024年全县安全生产工作目标
# 是…; 区民政局工作计划 / 2026年，区民政局将…; 区民政局工作思路 / 2024年是“十四五”规划的关键
# 之年…) is the plan of the latest year its opening names: a plan's opening may look back
# first (2023年，我局完成…。2024年，我局将…). Not a year of a span (（2021—2025年）, 2021-2025
# 年), nor a horizon (到2027年, 至2030年), nor one in a document's name (《2024年…方案》).
ANY_YEAR: Final = regex_cache.compile(YEAR)
PLAN_OPENING: Final = 300  # characters of a plan's opening read for its year
OPENING_YEARS: Final = regex_cache.compile(
    r"(?<![\d—–\-~～至到《])(?P<year>(?:19|20)\d{2})\s*年(?!\s*[—–\-~～至])"
)


def plan_year_of_opening(body: str) -> int | None:
    """The year of a plan whose title names none, from its opening (see ``PLAN_OPENING``):
    ``body`` starts at its title line, which is skipped."""
    line_end = body.find("\n")
    if line_end < 0 or ANY_YEAR.search(body, 0, line_end):
        return None  # (a programme of several years, （2024—2026年）, plans each of them)
    opening = body[line_end + 1 : line_end + 1 + PLAN_OPENING]
    years = [
        int(m.group("year"))
        for m in OPENING_YEARS.finditer(opening)
        if opening.count("《", 0, m.start()) <= opening.count("》", 0, m.start())
    ]
    return max(years, default=None)


# A report titled with no year whose body names none either may date itself in the closing
# lines under its signature (县档案馆工作总结 / … / XX县档案馆 / 二〇二四年十二月二十日; 县供销合作
# 社联合社工作计划 / … / 2024年1月10日): a review is of the year it closes, or of the year
# before when dated in its first two months (2025年1月6日 closes the review of 2024); a plan
# is of the year it is dated, or of the next when dated in its last two months (2024年12月
# 20日 plans 2025). Only a date alone on one of the body's last lines: not a date in a
# sentence, nor one at the report's head.
CLOSING_DATE = regex_cache.compile(
    r"(?m)^[ \t\u3000]*(?P<year>(?:19|20)\d{2})\s*年"
    r"\s*(?P<month>\d{1,2}|[一二三四五六七八九十]{1,3})\s*月"
    r"\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日[ \t\u3000]*$"
)
CLOSING_TAIL = 80  # characters at the body's end a closing date stands in
MONTHS = {m: i for i, m in enumerate("一二三四五六七八九十", 1)} | {"十一": 11, "十二": 12}


# So may the page a report was copied from, on the line below its title (县统计局工作总结 /
# 发布时间：2024-01-08  来源：县统计局; 县民政局工作要点 / 发布日期：2024年2月20日): its date reads
# as a closing date's. Only a publishing line's label and its date: not a date in the text.
PUBLISHED = regex_cache.compile(
    r"[ \t\u3000]*(?:发布|发表|更新|印发)?(?:时间|日期)\s*[:：]\s*"
    r"(?P<year>(?:19|20)\d{2})\s*[-年/.]\s*(?P<month>\d{1,2})"
)
PUBLISHED_AT = Guard(PUBLISHED)


def closing_date_years(
    body: str, kind: DocKind | None, title: str = ""
) -> tuple[int | None, int | None]:
    """(summary_year, plan_year) of a report of ``kind`` from its closing date (see
    ``CLOSING_DATE``), else from the publishing line right below its ``title`` (``body``
    starts with it; see ``PUBLISHED``), or (None, None)."""
    tail = body[-CLOSING_TAIL:].rstrip()
    # (the last line ends in 日 where a date closes the body)
    dates = list(CLOSING_DATE.finditer(tail)) if "日" in tail[-2:] else []
    if dates:
        year, month = int(dates[-1].group("year")), dates[-1].group("month")
    else:
        head = body[len(title) :].lstrip("\n")
        line_end = head.find("\n")
        line = head if line_end < 0 else head[:line_end]
        published = PUBLISHED_AT.match(line) if title else None
        if published is None:
            return None, None
        year, month = int(published.group("year")), published.group("month")
    month_no = int(month) if month.isdigit() else MONTHS.get(month, 0)
    if kind is DocKind.SUMMARY:
        return (year - 1 if month_no <= 2 else year), None
    if kind in (DocKind.PLAN, DocKind.KEY_POINTS):
        return None, (year + 1 if month_no >= 11 else year)
    return None, None


# An issue of a department's briefing, as a compilation of its news gathers them: its
# masthead, the briefing's name alone on its line (工作动态, 工作信息, 工作简报, 政务信息, XX县
# 林业局工作简报), maybe under its organisation's name alone, then the issue's number on the
# next (第6期（总第58期）, 2024年第9期, 第十五期). Each issue is a document of the work it
# reports, of the year its issue line or the date below it names (…办公室  2024年7月8日). Not
# a briefing named in a sentence (在《工作动态》第6期刊发…), nor its name with no issue below.
BRIEFING_WORDS = ("动态", "信息", "简报", "专报", "快报")
BRIEFING_NAME = regex_cache.compile(
    r"[\p{Han}xX*]{0,16}?(?:工作|政务|督查|党建)?(?:动态|信息|简报|专报|快报)"
)
ISSUE_LINE = regex_cache.compile(
    rf"[ \t\u3000]*(?:{YEAR}\s*年)?\s*第\s*[\d一二三四五六七八九十百]{{1,4}}\s*期"
)
ISSUE_YEAR = regex_cache.compile(r"(?P<year>(?:19|20)\d{2})\s*年(?=\s*第|\s*\d{1,2}\s*月)")
ISSUE_HEAD = 3  # lines below a masthead its issue's year may stand on


def briefing_masthead(line: str, following: str) -> bool:
    """Whether ``line`` (stripped) is a briefing's masthead, ``following`` the text after
    it (see ``BRIEFING_NAME``)."""
    if not line.endswith(BRIEFING_WORDS) or len(line) > 24:
        return False
    issue_end = following.find("\n", 1)
    if "期" not in following[: issue_end if issue_end > 0 else len(following)]:
        return False
    return bool(BRIEFING_NAME.fullmatch(line) and ISSUE_LINE.match(following.lstrip("\n")))


def issue_year(title: str, below: str) -> int | None:
    """The year of a briefing's issue whose masthead is ``title``, from the lines ``below``
    it (its issue line, the date after it), or None for any other title."""
    if not title.rstrip().endswith(BRIEFING_WORDS):
        return None
    head = "\n".join(below.lstrip("\n").split("\n", ISSUE_HEAD)[:ISSUE_HEAD])
    m = ISSUE_YEAR.search(head) if "年" in head else None
    return int(m.group("year")) if m else None


# A review whose body plans the next year under a heading of its own (○○镇党委关于2023年度
# 工作情况的报告 / 二、2024年工作打算; 县水务局2023年工作总结 / 三、2024年重点工作安排) plans that
# year too, as a title of both kinds says. Only a first-level heading of the year after the
# review's counts: not a plan named in a sentence (制定《2024年防汛工作计划》), nor a plan of
# the same year's rest (二、下半年工作打算), nor one of the year reviewed (2023年招生计划).
PLAN_HEADING: Final = regex_cache.compile(
    rf"(?:^|(?<=[\s。]))(?:[一二三四五六七八九十]{{1,3}}[、.．]|第[一二三四五六七八九十]{{1,3}}部分[、：:]?)"
    rf"\s*(?P<year>{YEAR})\s*年度?[^\n。，,；;]{{0,8}}?{PLAN_WORDS}"
)


def plan_heading_year(body: str, summary_year: int) -> int | None:
    """The year after ``summary_year`` when a first-level heading of ``body`` plans it."""
    for m in PLAN_HEADING.finditer(body):
        if _year(m.group("year")) == summary_year + 1:
            return summary_year + 1
    return None


def topic_title(line: str) -> bool:
    """A title with a topic and no organisation: 2024年全县教育工作要点."""
    m = TOPIC_TITLE.match(line)
    return (bool(m) and not GENERIC_TOPIC.match(m.group("topic"))) or bool(
        COVER_TITLE_AT.match(line)
    )


# A compilation's cover that names the level of the bodies it gathers: the departments of a
# level (县直部门, 市直单位, 省直机关, 区直各单位) or of a place (XX县部门工作总结汇编, 东湖区
# 2023年度机关单位工作总结选编). A piece whose title and opening name no place (人社局2024年工作
# 总结 / 2024年，我局…) is one of them and speaks at that level. Not a cover of many lower
# bodies (全县乡镇…, XX区各街道…, XX镇各村…: each piece names its town), nor a system's
# (教育系统文稿汇编, 卫生健康系统…: no level).
COVER_BODIES: Final = regex_cache.compile(
    rf"(?P<lv>[省市县区])直(?:属)?各?(?:部门|单位|机关)"
    rf"|^(?P<place>[^\d\s]{{2,12}}?)(?:{YEAR}\s*年度?)?各?(?:部门|单位|机关)"
)


def cover_level(header: str) -> str | None:
    """The level of the bodies a compilation's cover gathers (see ``COVER_BODIES``)."""
    m = COVER_BODIES.search(header)
    if m is None:
        return None
    if m.group("lv"):
        return m.group("lv")
    place = place_of(m.group("place"))
    if place is None or place != m.group("place"):
        return None  # (words before 部门 that are no place's name alone: 全县, 教育系统)
    return place_level(place)


# The gates before the title's patterns (issue 29, the fourteenth pass of the regex calls):
# each pattern asked through its ``Guard``, whose tests are read from the pattern (the
# literals every match holds, the characters a match can open or close with), so a title
# that can hold no match is not asked: 2024年工作计划 is not matched for an organisation that
# opens before its year (``ORG_IN_TITLE``), 县统计局2023年工作总结 not for a year that opens it
# (``ORG_AFTER_YEAR``), a name without 村 not for a village. What each matches is what the
# pattern matches (``tests/test_title_gates.py``).
ORG_IN_TITLE_AT = Guard(ORG_IN_TITLE)
ORG_AFTER_YEAR_AT = Guard(ORG_AFTER_YEAR)
PAREN_ORG_AT = Guard(PAREN_ORG)
MANY_BODIES_AT = Guard(MANY_BODIES)
HALF_YEAR_PLAN_AT = Guard(HALF_YEAR_PLAN)
GRASSROOTS_AT = Guard(GRASSROOTS)
VILLAGE_AT = Guard(VILLAGE)
LEVEL_COMMITTEE_AT = Guard(LEVEL_COMMITTEE)
COVER_TITLE_AT = Guard(COVER_TITLE)
