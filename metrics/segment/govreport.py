"""Government work reports (政府工作报告): who delivers them, when, and how they are laid out.

Contract: pure functions over strings. A government work report is delivered in year Y to
the people's congress of a province, city, county, district or town: it reviews Y−1 and
plans Y, and its title carries Y (``2026年XX省政府工作报告``) or the date of its delivery
does (``——2026年1月28日在XX省第十四届人民代表大会第四次会议上``).

- ``report_title(line)`` tells a report's title and gives the place it names, if any (a
  new area's or zone's committee report counts, and a prefecture's 行政公署 report:
  ``committee(title)`` names the committee or the agency);
- ``delivery(opening)`` reads the delivery line: the date and the congress's place (or,
  when it has none, a congress named without its day and a line holding the date alone,
  in digits or Chinese numerals);
- ``government_level(place)`` gives the level (as the gold labels it: 省 for provinces
  and autonomous regions, 市 for every city, municipalities too) and the administrative
  rank (省级 for the four municipalities as well; 县级 for a 市 its place chain puts under
  a 市, 州 or 盟 — a 市 named alone is taken as 地级);
- ``not_a_title(line)`` names lines of a web copy that hold a report's title words but
  open no report: the speaker's line and a photo caption;
- ``five_year_periods(heading)`` gives the years of the five-year plans a heading names
  (``“十四五”`` → 2021–2025), and ``heading_kind`` the section kind of a report's
  heading (``bare_heading`` tells a heading that lost its number): the review is a
  summary, the year's work, the targets and the five-year goals are a plan.

Every cue is a ``Cue`` with a name, examples of different wording, counter-examples and
why; the tests run them.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from metrics.opening import Guard
from metrics.records import SectionKind


@dataclass(frozen=True, slots=True)
class Cue:
    name: str
    pattern: regex.Pattern[str]
    examples: tuple[str, ...]  # each is matched (searched) by the pattern
    counter: tuple[str, ...]  # none is
    why: str


_YEAR = r"(?P<year>(?:19|20)\d{2})\s*年"
# One place: a name of one to nine Han characters (or a mask), then its level word.
_PLACE = (
    r"(?:[xX*＊×某]+|\p{Han}{1,9}?)"
    r"(?:特别行政区|自治区|自治州|自治县|省|市|州|盟|县|区|旗|街道|镇|乡)"
)

TITLE = Cue(
    name="report_title",
    pattern=regex.compile(
        rf"^\s*(?:(?P<place0>{_PLACE}(?:{_PLACE})?)(?:(?:人民)?政府)?)?\s*(?:{_YEAR}(?:度)?)?"
        rf"\s*(?P<place>{_PLACE}(?:{_PLACE})?)?\s*(?:人民)?政府工作报告"
        r"\s*(?:[(（]?(?:摘要|全文|节选)[)）]?)?"
        # the delivery line may follow on the title's own line
        r"(?:\s*[—－-]{1,2}.{0,40}?人民代表大会.{0,16})?\s*$"
    ),
    examples=(
        "2026年浙江省政府工作报告",
        "2026年政府工作报告",
        "东湖县人民政府工作报告",
        "2025年青川市人民政府工作报告（摘要）",
        "南岭市2026年政府工作报告全文",
        "滨河区人民政府2025年政府工作报告",  # the government named before the year
        "青川市政府2026年政府工作报告（摘要）",
        "政府工作报告——2026年1月21日在南岭市第十八届人民代表大会第五次会议上",
    ),
    counter=(
        "关于2025年政府工作报告中目标任务完成情况的说明",
        "殷勇同志作政府工作报告。本报记者 戴冰摄",
        "XX省省长XXX作政府工作报告",
        "2026年政府工作报告解读",
    ),
    why="the title of the report itself is the year, the government's place and the words "
    "(人民)政府工作报告 and nothing else; a line that says more is about the report",
)

# A new area's or development zone's work report: its administrative committee stands for
# the government of the area and reviews and plans the year as a government does.
_ZONE = r"\p{Han}{1,12}?(?:新区|开发区|高新区|园区|示范区|试验区|合作区|自贸区)"
COMMITTEE_TITLE = Cue(
    name="committee_report_title",
    pattern=regex.compile(
        rf"^\s*(?:(?P<year0>(?:19|20)\d{{2}})\s*年度?)?\s*(?P<place>{_ZONE})"
        r"(?P<committee>(?:党工委)?(?:管委会|管理委员会))\s*"
        r"(?:(?P<year>(?:19|20)\d{2})\s*年度?)?\s*(?:政府)?工作报告"
        r"\s*(?:[(（]?(?:摘要|全文|节选)[)）]?)?\s*$"
    ),
    examples=(
        "2025年青岚经济技术开发区管委会工作报告",
        "南岭高新技术产业开发区管理委员会2026年工作报告",
        "东湖新区管委会工作报告（摘要）",
    ),
    counter=(
        "滨河高新区2024年工作总结",
        "关于青岚经济技术开发区管委会工作报告的决议",
        "东湖新区管委会2024年工作总结和2025年工作计划",
        "东湖新区管委会主任 王某某",
    ),
    why="a new area or a development zone has no people's congress: its administrative "
    "committee reports the year past and the year's targets and work to a meeting of the "
    "area, in a report of the government's shape under the committee's name",
)

# A prefecture (地区) has no people's congress of its own: its administrative office (行政公署,
# 行署), an agency of the province, governs it and reports the year as a government does.
AGENCY_TITLE = Cue(
    name="agency_report_title",
    pattern=regex.compile(
        r"^\s*(?:(?P<year0>(?:19|20)\d{2})\s*年度?)?\s*(?P<place>\p{Han}{1,9}?地区)"
        r"(?P<committee>行政公署|行署)\s*(?:(?P<year>(?:19|20)\d{2})\s*年度?)?\s*(?:政府)?工作报告"
        r"\s*(?:[(（]?(?:摘要|全文|节选)[)）]?)?\s*$"
    ),
    examples=(
        "青木川地区行政公署工作报告",
        "2025年岗坚地区行署工作报告",
        "那曲河地区行政公署2024年政府工作报告（摘要）",
    ),
    counter=(
        "青木川地区行政公署2024年工作总结",
        "关于岗坚地区行署工作报告的决议",
        "地区行政公署专员 扎西",
    ),
    why="a 地区 is governed by the province's agency, whose office reports the year past and "
    "the year's targets to the prefecture's meeting in a government report's shape",
)

DELIVERY = Cue(
    name="delivery_line",
    pattern=regex.compile(
        r"(?P<year>(?:19|20)\d{2})\s*年\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日"
        rf"\s*在\s*(?P<place>{_PLACE})?\s*[省市县区旗镇乡]?\s*(?:第[一二三四五六七八九十]{{1,4}}届)?"
        r"人民代表大会"
    ),
    examples=(
        "——2026年1月28日在云南省第十四届人民代表大会第四次会议上",
        "2025年2月9日在东湖县第十八届人民代表大会第五次会议上",
        "（2026年1月6日在青川市第九届人民代表大会第三次会议上）",
        "——2024年1月10日在县人民代表大会上",
    ),
    counter=(
        "2025年1月我们在全省召开了现场推进会",
        "第十四届人民代表大会常务委员会第十次会议审议通过",
    ),
    why="a report is delivered at a session of a people's congress on a stated day; that "
    "date gives the plan year when the title has none, and the congress names the place",
)

MEETING = Cue(
    name="meeting_delivery_line",
    pattern=regex.compile(
        r"(?P<year>(?:19|20)\d{2})\s*年\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日"
        r"\s*在[^\n，。]{0,30}?(?:工作会议|工作大会|干部大会|全体(?:[(（]扩大[)）])?会议)上"
    ),
    examples=(
        "——2025年2月10日在开发区2025年工作会议上",
        "——2023年2月8日在青木川地区人大工委第二次全体（扩大）会议上",
        "（2024年1月26日在滨河新区党工委管委会全体会议上）",
        "2026年2月3日在高新区经济工作大会上",
    ),
    counter=(
        "2025年2月我们召开了全区工作会议",
        "——2026年1月28日在云南省第十四届人民代表大会第四次会议上",
    ),
    why="a zone's committee has no people's congress: it reports at the area's meeting, "
    "whose date names the year when the title does not",
)

# A delivery line that gives no date (the date printed on a line of its own under the
# speaker, or nowhere): the congress still names the place.
UNDATED_DELIVERY = Cue(
    name="undated_delivery_line",
    pattern=regex.compile(
        rf"^\s*[—－-]{{0,2}}\s*[(（]?\s*在\s*(?P<place>{_PLACE})?\s*[省市县区旗镇乡]?\s*"
        r"(?:第[一二三四五六七八九十]{1,4}届)?人民代表大会第[一二三四五六七八九十]{1,3}次会议上"
        r"\s*[)）]?\s*$",
        regex.M,
    ),
    examples=(
        "——在青峰县第十八届人民代表大会第三次会议上",
        "（在东湖区第五届人民代表大会第二次会议上）",
        "在桃源乡第十届人民代表大会第三次会议上",
    ),
    counter=(
        "在县人民代表大会常务委员会的监督下，我们依法履职",
        "——2026年1月8日在鹿鸣县第十九届人民代表大会第一次会议上",
    ),
    why="a copy may print the congress without the day, or the day on its own line: the "
    "congress's place names the government all the same",
)
_CN_DIGIT = "〇○零一二三四五六七八九"
_CN_SMALL = r"[一二三四五六七八九十]{1,3}"
# The day of delivery on a line of its own, in digits or in Chinese numerals (二〇二四年).
DATE_LINE = Cue(
    name="date_line",
    pattern=regex.compile(
        rf"^\s*[(（]?\s*(?P<year>(?:19|20)\d{{2}}|[一二][{_CN_DIGIT}]{{3}})\s*年\s*"
        rf"(?P<month>\d{{1,2}}|{_CN_SMALL})\s*月\s*(?P<day>\d{{1,2}}|{_CN_SMALL})\s*日"
        r"\s*[)）]?\s*$",
        regex.M,
    ),
    examples=("二〇二四年一月十一日", "（2025年1月8日）", "二○二三年二月二十日"),
    counter=("2024年1月11日，县委召开全会。", "二〇二四年工作要点", "2024年1月11日在县委全会上"),
    why="a report printed with its date under the speaker's name (often in Chinese numerals) "
    "gives its year there when its title and delivery line name none",
)
# Five years ahead named without a plan's number: 今后五年, 未来五年 (from the plan year on).
NEXT_FIVE_YEARS = Cue(
    name="next_five_years",
    pattern=regex.compile(r"今后五年|未来五年"),
    examples=("二、今后五年奋斗目标", "（二）未来五年的主要目标任务"),
    counter=("一、过去五年工作回顾", "五年来的主要工作"),
    why="the report that opens a government's term sets goals for the five years from its "
    "own year on, without naming the five-year plan",
)

SPEAKER = Cue(
    name="speaker_or_caption",
    pattern=regex.compile(
        r"(?:省长|市长|县长|区长|旗长|州长|镇长|乡长|主席|同志)\s*\S{0,6}\s*(?:向大会)?作"
        r"(?:政府)?工作报告|(?:记者|摄影)\s*\S{1,8}\s*摄\s*$"
    ),
    examples=(
        "XX省省长XXX作政府工作报告",
        "市长 王某某 向大会作政府工作报告",
        "殷勇同志作政府工作报告。本报记者 戴冰摄",
        "政府工作报告 XX日报记者 XX 摄",
    ),
    counter=(
        "2026年东湖县人民政府工作报告",
        "省长在政府工作报告中提出的目标任务全部完成",
    ),
    why="a web copy names the speaker (省长 XXX 作政府工作报告) and captions the photo of the "
    "session (记者 XX 摄); both hold the report's title words and open no report",
)

# 十四五 = 2021–2025: from the sixth plan on (1981–1985) the n-th plan starts in 1951 + 5n.
FIVE_YEAR = Cue(
    name="five_year_plan",
    pattern=regex.compile(
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
    pattern=regex.compile(r"回顾|成就|成绩|过去[一五]年|主要工作"),
    examples=("一、2025年工作回顾", "一、2025年主要工作和“十四五”发展成就", "过去五年的主要成绩"),
    counter=("三、2026年重点工作", "二、“十五五”时期主要目标任务"),
    why="the first part of every report looks back on the year (and the five years) past",
)
# The plan of a report: the year's work, the goals, the tasks, the five-year goals.
PLAN = Cue(
    name="plan_heading",
    pattern=regex.compile(
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
BARE_HEADING = Cue(
    name="bare_heading",
    pattern=regex.compile(
        r"^\s*(?![^\n]*(?:我们|做好|抓好|落实|完成|部署|推进|人民代表大会|工作报告))"
        r"[^，。；：:,;！？!?\n]{0,24}?"
        r"(?:回顾|成就|成绩|主要工作|重点工作|工作安排|主要任务|重点任务|目标任务|主要目标"
        r"|预期目标|总体要求)\s*$"
    ),
    examples=(
        "2025年工作回顾",
        "“十五五”时期主要目标任务",
        "今年政府工作的总体要求和主要预期目标",
        "过去五年的主要成绩",
    ),
    counter=(
        "2026年青川市政府工作报告",
        "围绕上述目标，重点抓好以下工作：",
        "我们要全力以赴抓好2026年重点工作",
        "认真落实2026年重点工作",
        "2025年工作回顾。全县地区生产总值增长5.8%",
    ),
    why="a web copy or a plain-text copy may lose a heading's number; the line then stands "
    "alone, short and unpunctuated, and still names the review or the plan it opens",
)
# What a copy prints after the report's body: its annexes and the explanation of its terms.
ANNEX = Cue(
    name="annex_heading",
    pattern=regex.compile(
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
# A paragraph that opens with a five-year plan's name opens what is said of that plan:
# inside a review, the plan to come starts there; the plan past is reviewed there.
PARAGRAPH = Cue(
    name="five_year_paragraph",
    pattern=regex.compile(r"\s*[“\"]?[一二三四五六七八九十]{1,3}五[”\"]?(?:时期|期间)(?:是|，|,)"),
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
    pattern=regex.compile(r"\s*(?:过去的?五年|这五年|五年来|近五年)"),
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
    pattern=regex.compile(
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
# Who speaks, when neither the title nor the delivery line names the place: the head of
# the government on the page (河南省人民政府省长 王凯, 省长 王予波), or the government the
# speaker reports for (我代表省人民政府, 我代表青川市人民政府).
GOVERNMENT_NAMED = Cue(
    name="government_named",
    pattern=regex.compile(
        rf"^\s*(?P<place>{_PLACE})?(?:人民政府)?代?(?P<post>省长|市长|县长|区长|旗长|州长|盟长|镇长|乡长|"
        r"自治区主席)[\s\u3000]*\p{Han}{2,4}\s*$"
        rf"|我代表(?P<place2>{_PLACE})?(?P<bare>省|自治区|市|州|盟|县|区|旗|镇|乡|街道)?人民政府",
        regex.M,
    ),
    examples=(
        "河南省人民政府省长 王凯",
        "省长　王予波",
        "青峰县人民政府代县长 刘振国",  # an acting head (代县长, 代市长) speaks for it too
        "现在，我代表青川市人民政府，向大会报告工作",
        "现在，我代表自治区人民政府向大会报告工作",
    ),
    counter=(
        "省长王予波作政府工作报告",
        "我们代表全省人民的根本利益",
        "县长办公会议研究部署了12项重点工作",
    ),
    why="a page that names the report by its kind alone (2026年政府工作报告) still names its "
    "government: on the speaker's line, or in the sentence that opens the report",
)
CUES = (
    TITLE,
    COMMITTEE_TITLE,
    AGENCY_TITLE,
    UNDATED_DELIVERY,
    DATE_LINE,
    NEXT_FIVE_YEARS,
    BARE_HEADING,
    DELIVERY,
    MEETING,
    SPEAKER,
    FIVE_YEAR,
    REVIEW,
    PLAN,
    PARAGRAPH,
    FIVE_YEARS_PAST,
    YEAR_PAST,
    GOVERNMENT_NAMED,
)
_BARE_LEVELS = frozenset({"自治区", "自治州", "自治县"})
# The level word a head of government's post stands for.
_POST_LEVEL = {"自治区主席": "自治区"}

# Level as the labels give it (the place's own level word), and the administrative rank.
_LEVELS = (
    ("特别行政区", "省", "省级"),
    ("自治区", "省", "省级"),
    ("省", "省", "省级"),
    ("自治州", "市", "地级"),
    ("州", "市", "地级"),
    ("盟", "市", "地级"),
    ("市", "市", "地级"),
    ("自治县", "县", "县级"),
    ("县", "县", "县级"),
    ("旗", "县", "县级"),
    ("地区", "市", "地级"),  # a prefecture governed by the province's agency (行政公署)
    ("区", "区", "县级"),
    ("街道", "街道", "乡级"),
    ("镇", "镇", "乡级"),
    ("乡", "乡", "乡级"),
)
# The four cities directly under the centre rank with the provinces.
MUNICIPALITIES = frozenset({"北京市", "天津市", "上海市", "重庆市"})
GOVERNMENT = "政府"  # the department of a government work report: the government itself


@dataclass(frozen=True, slots=True)
class Delivery:
    date: str | None  # YYYY-MM-DD; None when the copy prints no day
    year: int | None
    place: str | None


# (not tried on a line without the words every title holds: 工作报告)
_TITLE, _COMMITTEE_TITLE = Guard(TITLE.pattern), Guard(COMMITTEE_TITLE.pattern)
_AGENCY_TITLE = Guard(AGENCY_TITLE.pattern)


def report_title(line: str) -> tuple[bool, int | None, str | None]:
    """(is a report's title, the year it names, the place it names)."""
    m = _TITLE.match(line)
    if m is None:
        m = _COMMITTEE_TITLE.match(line) or _AGENCY_TITLE.match(line)
        if m is None:
            return False, None, None
        year = m.group("year") or m.group("year0")
        return True, int(year) if year else None, m.group("place")
    year = int(m.group("year")) if m.group("year") else None
    return True, year, m.group("place") or m.group("place0")


def committee(title: str) -> str | None:
    """The committee that delivers a zone's work report (管委会, 党工委管委会), or the
    agency a prefecture's (行政公署), as written; None for a government's own report."""
    m = COMMITTEE_TITLE.pattern.match(title) or AGENCY_TITLE.pattern.match(title)
    return m.group("committee") if m else None


def bare_heading(line: str) -> bool:
    """A report's heading that has lost its number (see ``BARE_HEADING``), or the heading
    of an annex after its body (``ANNEX``)."""
    return BARE_HEADING.pattern.match(line) is not None or ANNEX.pattern.match(line) is not None


def title_part(line: str) -> str:
    """A report's title without the delivery line that follows it on the same line."""
    if "人民代表大会" not in line or not report_title(line)[0]:
        return line
    return regex.sub(r"\s*[—－-]{1,2}.*$", "", line)


def delivery(opening: str, meeting: bool = False) -> Delivery | None:
    """The delivery line in a report's opening, if it has one; ``meeting``: a zone
    committee's, to the area's meeting (``MEETING``), not to a people's congress."""
    m = (MEETING if meeting else DELIVERY).pattern.search(opening)
    if m is not None:
        date = f"{m.group('year')}-{int(m.group('month')):02d}-{int(m.group('day')):02d}"
        return Delivery(date, int(m.group("year")), None if meeting else m.group("place"))
    if meeting:
        return None
    # the congress without the day, and the day on a line of its own (either may be missing)
    congress = UNDATED_DELIVERY.pattern.search(opening[:DATE_REACH])
    day = DATE_LINE.pattern.search(opening[:DATE_REACH])
    if congress is None and day is None:
        return None
    place = congress.group("place") if congress else None
    if day is None:
        return Delivery(None, None, place)
    year, month, mday = (_date_number(day.group(k)) for k in ("year", "month", "day"))
    return Delivery(f"{year}-{month:02d}-{mday:02d}", year, place)


_CN_YEAR_DIGITS = "〇一二三四五六七八九"
DATE_REACH = 300  # how far into a report's opening its date line may stand


def _date_number(word: str) -> int:
    """A date's number in digits or Chinese numerals: 二〇二四 → 2024, 十一 → 11, 二十 → 20."""
    if word.isascii():
        return int(word)
    if "十" not in word:  # a year digit by digit (二〇二四), or a month or day under ten
        return int("".join(str(_CN_YEAR_DIGITS.index(c)) for c in regex.sub("[○零]", "〇", word)))
    tens, _, ones = word.partition("十")
    digits = "一二三四五六七八九"
    return (digits.index(tens) + 1 if tens else 1) * 10 + (digits.index(ones) + 1 if ones else 0)


# A place chain whose last place (a 市) stands under a 市, 州 or 盟: a county-level city.
# (a name holds no 省 or 市, so 贵州省遵义市 is no 州 over a 市)
_NAME = r"[^\P{Han}省市]{1,9}?"
_UNDER_CITY = regex.compile(
    rf"(?:{_NAME}(?:省|自治区))?{_NAME}(?:市|州|盟){_NAME}市"
)


def government_level(place: str | None) -> tuple[str | None, str | None]:
    """(level, rank) of a government by its place's last level word."""
    if not place:
        return None, None
    if place in MUNICIPALITIES:
        return "市", "省级"
    for suffix, level, rank in _LEVELS:
        if place.endswith(suffix):
            if rank == "地级" and _UNDER_CITY.fullmatch(place):
                rank = "县级"  # 苏州市常熟市: a city under a city is county-level
            return level, rank
    return None, None


def government_named(opening: str) -> tuple[str | None, str | None]:
    """(place, level word) of the government the opening's speaker line or 我代表…人民政府
    names (see ``GOVERNMENT_NAMED``); the place may be missing and the level word stand alone."""
    for m in GOVERNMENT_NAMED.pattern.finditer(opening):
        place = m.group("place") or m.group("place2")
        post = m.group("post")
        word = m.group("bare") or (_POST_LEVEL.get(post, post[:1]) if post else None)
        if place in _BARE_LEVELS:  # 我代表自治区人民政府: a level word, no place
            place, word = None, place
        if place or word:
            return place, word
    return None, None


def not_a_title(line: str) -> bool:
    """A speaker's line or a photo caption: it names the report and opens none."""
    return bool(SPEAKER.pattern.search(line))


def five_year_periods(heading: str) -> list[tuple[int, int]]:
    """(first, last) year of each five-year plan the heading names, in order."""
    out = []
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
    if ANNEX.pattern.match(heading):
        return SectionKind.OTHER  # an annex after the body: neither review nor plan
    periods = five_year_periods(heading)
    past = plan_year is not None and any(last < plan_year for _, last in periods)
    if REVIEW.pattern.search(heading) or past or _names_year(heading, plan_year, -1):
        return SectionKind.SUMMARY
    future = plan_year is not None and any(last >= plan_year for _, last in periods)
    if PLAN.pattern.search(heading) or future or _names_year(heading, plan_year, 0):
        return SectionKind.PLAN
    return None


def _names_year(heading: str, plan_year: int | None, offset: int) -> bool:
    return plan_year is not None and f"{plan_year + offset}年" in heading.replace(" ", "")


def heading_period(
    heading: str, kind: SectionKind, plan_year: int | None
) -> tuple[int, int] | None:
    """The five-year plan a section's figures speak of: of those its heading names, the
    one past for a summary and the one to come for a plan; None when the heading names a
    single year as well (“十四五”时期和2025年工作回顾 speaks of both)."""
    if plan_year is None or regex.search(r"(?:19|20)\d{2}\s*年", heading):
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
    m = PARAGRAPH.pattern.match(paragraph)
    if m is not None:
        periods = five_year_periods(m.group())
        if periods:
            ahead = periods[0][1] >= plan_year
            return (SectionKind.PLAN if ahead else SectionKind.SUMMARY), periods[0]
    if FIVE_YEARS_PAST.pattern.match(paragraph):
        return SectionKind.SUMMARY, (plan_year - 5, plan_year - 1)
    if YEAR_PAST.pattern.match(paragraph):
        return SectionKind.SUMMARY, None
    return None
