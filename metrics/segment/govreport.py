"""Government work reports (政府工作报告): the report's title and the government it names.

Contract: pure functions over strings. A government work report is delivered in year Y to
the people's congress of a province, city, county, district or town: it reviews Y−1 and
plans Y, and its title carries Y (``2026年XX省政府工作报告``).

- ``report_title(line)`` tells a report's title and gives the place it names, if any (a
  new area's or zone's committee report counts, and a prefecture's 行政公署 report:
  ``committee(title)`` names the committee or the agency); ``title_part`` cuts the
  delivery line and the page's buttons a title may carry on its own line;
- ``government_level(place)`` gives the level (as the gold labels it: 省 for provinces
  and autonomous regions, 市 for every city, municipalities too) and the administrative
  rank (省级 for the four municipalities as well; 县级 for a 市 its place chain puts under
  a 市, 州 or 盟, or whose review thanks a 州's, 地区's or 盟's party committee for its
  leadership, ``SUPERIOR_LEADERSHIP`` — else a 市 named alone is taken as 地级);
- ``not_a_title(line)`` names lines of a web copy that hold a report's title words but
  open no report: the speaker's line and a photo caption.

When and by whom a report is delivered is ``delivery.py``'s; how its headings and
paragraphs divide the review from the plan is ``govreport_sections.py``'s.

Every cue is a ``Cue`` with a name, examples of different wording, counter-examples and
why; the tests run them (``CUES`` here, in ``delivery`` and in ``govreport_sections``).
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from metrics import regex_cache
from metrics.gates import Guard


@dataclass(frozen=True, slots=True)
class Cue:
    name: str
    pattern: regex.Pattern[str]
    examples: tuple[str, ...]  # each is matched (searched) by the pattern
    counter: tuple[str, ...]  # none is
    why: str


_YEAR = r"(?P<year>(?:19|20)\d{2})\s*年"
# One place: a name of one to nine Han characters (or a mask), then its level word.
PLACE = (
    r"(?:[xX*＊×某]+|\p{Han}{1,9}?)"
    r"(?:特别行政区|自治区|自治州|自治县|省|市|州|盟|县|区|旗|街道|镇|乡)"
)

# A web page may set its buttons on the title's own line (…政府工作报告 【打印本页】【关闭窗口】,
# …工作报告 [打印] [关闭], …工作报告【纠错】【打印】【关闭】, [我要纠错]): they are the page's, not
# the title's, which ends before them.
PAGE_BUTTONS = (
    r"(?:\s*[【\[](?:打印本页|打印|关闭窗口|关闭|收藏|分享|(?:我要)?纠错"
    r"|字[号体][^】\]\n]{0,10})[】\]])+"
)
_BUTTONS_AFTER = regex_cache.compile(PAGE_BUTTONS + r"\s*$")

TITLE = Cue(
    name="report_title",
    pattern=regex_cache.compile(
        rf"^\s*(?:(?P<place0>{PLACE}(?:{PLACE})?)(?:(?:人民)?政府)?)?\s*(?:{_YEAR}(?:度)?)?"
        rf"\s*(?P<place>{PLACE}(?:{PLACE})?)?\s*(?:人民)?政府工作报告"
        r"\s*(?:[(（]?(?:摘要|全文|节选)[)）]?)?"
        # the delivery line may follow on the title's own line, or the page's buttons
        r"(?:\s*[—－-]{1,2}.{0,40}?人民代表大会.{0,16})?"
        rf"(?:{PAGE_BUTTONS})?\s*$"
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
        "湘河土家族苗族自治州人民政府工作报告 【打印本页】【关闭窗口】",
        "2026年东湖县政府工作报告[打印] [关闭]",
        "新华区人民政府工作报告【纠错】【打印】【关闭】",
    ),
    counter=(
        "关于2025年政府工作报告中目标任务完成情况的说明",
        "2026年政府工作报告解读 【打印本页】",
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
    pattern=regex_cache.compile(
        rf"^\s*(?:(?P<year0>(?:19|20)\d{{2}})\s*年度?)?\s*(?P<place>{_ZONE})"
        r"(?P<committee>(?:党工委)?(?:管委会|管理委员会))\s*"
        r"(?:(?P<year>(?:19|20)\d{2})\s*年度?)?\s*(?:政府)?工作报告"
        rf"\s*(?:[(（]?(?:摘要|全文|节选)[)）]?)?(?:{PAGE_BUTTONS})?\s*$"
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
# 行署), an agency of the province, governs it and reports the year as a government does;
# so does a 盟's in Inner Mongolia when it reports as an agency of the autonomous region,
# and a 街道's office (街道办事处), the district's agency, to the 街道's meeting of residents'
# deputies (居民代表大会, 人大工委).
AGENCY_TITLE = Cue(
    name="agency_report_title",
    pattern=regex_cache.compile(
        r"^\s*(?:(?P<year0>(?:19|20)\d{2})\s*年度?)?\s*"
        r"(?:(?P<place>\p{Han}{1,9}?(?:地区|盟))(?P<committee>行政公署|行署)"
        r"|(?P<place>\p{Han}{1,9}?街道)(?P<committee>办事处)?)"
        r"\s*(?:(?P<year>(?:19|20)\d{2})\s*年度?)?\s*(?:政府)?工作报告"
        rf"\s*(?:[(（]?(?:摘要|全文|节选)[)）]?)?(?:{PAGE_BUTTONS})?\s*$"
    ),
    examples=(
        "青木川地区行政公署工作报告",
        "2025年岗坚地区行署工作报告",
        "那曲河地区行政公署2024年政府工作报告（摘要）",
        "乌力吉盟行政公署工作报告",
        "2019年查干塔拉盟行署工作报告",
        "河西街道办事处工作报告",
        "2025年东门街道办事处工作报告",
        "东门街道工作报告",  # (the office unnamed: the 街道 speaks)
    ),
    counter=(
        "青木川地区行政公署2024年工作总结",
        "河西街道办事处2024年工作总结和2025年工作计划",
        "街道办事处主任　周晓燕",
        "东门街道党工委工作报告",
        "关于岗坚地区行署工作报告的决议",
        "地区行政公署专员 扎西",
        "乌力吉盟行政公署2019年工作要点",
    ),
    why="a 地区 (and a 盟 before it became a city) is governed by the province's or the "
    "autonomous region's agency, a 街道 by the district's, whose office reports the year past "
    "and the year's targets to the area's meeting in a government report's shape",
)


SPEAKER = Cue(
    name="speaker_or_caption",
    pattern=regex_cache.compile(
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

# A notice of the government's office that hands the report's tasks out (关于印发《…政府工作
# 报告重点任务分工方案》的通知): it is a document of its own, and the 方案 it prints below its
# 附件 line, whose title it names, is part of it (``within_government_reports``).
NOTICE_TITLE = Cue(
    name="report_notice_title",
    pattern=regex_cache.compile(
        r"^\s*(?:\p{Han}{2,20}?(?:办公室|办公厅))?\s*关于[^。；;]{0,40}?政府工作报告[^。；;]{0,30}?的通知\s*$"
    ),
    examples=(
        "关于印发《2029年区政府工作报告重点任务分工方案》的通知",
        "关于做好2030年县政府工作报告目标任务分解落实的通知",
        "关于分解落实2026年市政府工作报告主要目标任务的通知",
    ),
    counter=(
        "2026年东湖县人民政府工作报告",
        "关于2025年政府工作报告中目标任务完成情况的说明",
        "各单位要按照通知要求，抓好政府工作报告确定的任务落实。",
    ),
    why="the office hands the report's goals and tasks to departments in a notice; the "
    "notice quotes the goals and prints the division of tasks, and is no report",
)

# A headline about a report reads like its title with words before the place (六个数字读懂
# 青河市政府工作报告, 一图看懂南岭县政府工作报告, 聚焦东湖区政府工作报告): the place of a
# report's title holds no such words of reading or reporting.
ABOUT_REPORT = Cue(
    name="about_report",
    pattern=regex_cache.compile(r"读懂|看懂|解读|图解|速览|数读|聚焦|热议|带你|关键词|一图"),
    examples=(
        "六个数字读懂青河市政府工作报告",
        "一图看懂南岭县政府工作报告",
        "聚焦东湖区政府工作报告",
    ),
    counter=("东湖县人民政府工作报告", "2026年浙江省政府工作报告", "看守所政府工作报告"),
    why="a news page or a 解读 article heads itself with the report's name after words of "
    "its own; what it opens is about the report, not the report",
)
# The heading of a report's review that names the year reviewed (一、2026年工作回顾): the
# year the report plans is the next, when neither its title nor a delivery line names it (a
# prefecture's agency reporting to a meeting of its own, a copy without its delivery line).
REVIEW_HEADING = Cue(
    name="review_heading_year",
    pattern=regex_cache.compile(
        r"^\s*[一二三四五六七八九十]{1,3}[、.．]\s*(?:[^\n\d]{0,12}和)?"
        r"(?P<year>(?:19|20)\d{2})\s*年度?(?:主要)?工作回顾\s*$",
        regex.M,
    ),
    examples=(
        "一、2026年工作回顾",
        "一、2024年主要工作回顾",
        "一、“十四五”时期和2025年工作回顾",
    ),
    counter=(
        "一、过去五年工作回顾",
        "一、2024年上半年工作回顾",
        "回顾2024年工作，我们深切体会到",
        "二、2025年工作安排",
    ),
    why="an annual report reviews the year before the one it plans, and heads its review "
    "with that year; a half-year's review or five years' names no year before the plan's",
)
# A city's report that thanks the party committee of a 州, 地区 or 盟 for its leadership: the
# city stands under that prefecture, a county-level city, though its title names it alone.
SUPERIOR_LEADERSHIP = Cue(
    name="superior_leadership",
    pattern=regex_cache.compile(
        r"在[^。；\n]{0,12}?(?<![各当本])(?:州|地|盟)党?委[^。；\n]{0,24}?领导下"
    ),
    examples=(
        "在州委、州政府和市委的坚强领导下，全市地区生产总值完成218.6亿元",
        "在地委、行署的正确领导下，我们团结带领全市各族人民",
        "在盟委、盟行政公署和市委的坚强领导下",
        "在自治州党委、州人民政府的正确领导下",
    ),
    counter=(
        "在省委、省政府和市委的坚强领导下",
        "在自治区党委、政府的坚强领导下",
        "在贵州省委、省政府的坚强领导下",
        "在杭州市委、市政府的坚强领导下",
        "州委、州政府对我市的支持",
        "在各地党委和政府的领导下",
    ),
    why="a county-level city answers to its prefecture's party committee and agency and says "
    "so in its review; a prefecture-level city answers to the province's or the region's",
)
# …or a named city's party committee other than its own (在苏州市委、市政府和澄川市委的坚强
# 领导下 in 澄川市's report; 在中共宁州市委、宁州市人民政府的正确领导下 in 溧河市's): a city
# thanked as above the report's own is the prefecture-level city over a county-level one.
SUPERIOR_CITY = Cue(
    name="superior_city_leadership",
    pattern=regex_cache.compile(
        r"在[^。；\n]{0,12}?(?<=[在、和及与共])(?P<city>[^\P{Han}省市委府和、及与在共]{2,5})市委"
        r"[^。；\n]{0,24}?领导下"
    ),
    examples=(
        "在苏州市委、市政府和澄川市委的坚强领导下，我们锚定目标",
        "在中共宁州市委、宁州市人民政府的正确领导下",
        "在省委、省政府和南陵市委的坚强领导下",
    ),
    counter=(
        "在市委、市政府的坚强领导下",
        "在省委、省政府和市委的坚强领导下",
        "苏州市委对我市的关心支持",
    ),
    why="a county-level city answers to the prefecture-level city above it and names that "
    "city's party committee in its review; a city that names only its own (杭州市's 在杭州市委…"
    "领导下) is not under another",
)
CUES = (
    TITLE,
    COMMITTEE_TITLE,
    AGENCY_TITLE,
    SPEAKER,
    NOTICE_TITLE,
    ABOUT_REPORT,
    REVIEW_HEADING,
    SUPERIOR_LEADERSHIP,
    SUPERIOR_CITY,
)


def reviewed_year(opening: str) -> int | None:
    """The year a report's review heading names (``REVIEW_HEADING``), or None."""
    m = REVIEW_HEADING.pattern.search(opening)
    return int(m.group("year")) if m else None


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
    place = m.group("place") or m.group("place0")
    if place and ABOUT_REPORT.pattern.search(place):
        return False, None, None  # 六个数字读懂青河市: a headline about the report
    return True, year, place


def committee(title: str) -> str | None:
    """The committee that delivers a zone's work report (管委会, 党工委管委会), or the
    agency a prefecture's (行政公署), as written; None for a government's own report."""
    m = COMMITTEE_TITLE.pattern.match(title) or AGENCY_TITLE.pattern.match(title)
    return m.group("committee") if m else None


# the delivery line after a title (compiled once, not at each call)
DELIVERY_TAIL = regex_cache.compile(r"\s*[—－-]{1,2}.*人民代表大会.*$")


def title_part(line: str) -> str:
    """A report's title without the delivery line or the page's buttons (``PAGE_BUTTONS``)
    that follow it on the same line."""
    if ("人民代表大会" not in line and "】" not in line and "]" not in line) or not report_title(
        line
    )[0]:
        return line
    line = _BUTTONS_AFTER.sub("", line)
    return DELIVERY_TAIL.sub("", line)


# A place chain whose last place (a 市) stands under a 市, 州 or 盟: a county-level city.
# (a name holds no 省 or 市, so 贵州省遵义市 is no 州 over a 市)
_NAME = r"[^\P{Han}省市]{1,9}?"
_UNDER_CITY = regex_cache.compile(rf"(?:{_NAME}(?:省|自治区))?{_NAME}(?:市|州|盟){_NAME}市")


def _under_prefecture(opening: str) -> bool:
    """Whether ``opening`` thanks a prefecture's party committee (``SUPERIOR_LEADERSHIP``)."""
    return "领导下" in opening and SUPERIOR_LEADERSHIP.pattern.search(opening) is not None


def _under_another_city(place: str, opening: str) -> bool:
    """Whether ``opening`` thanks another named city's party committee than ``place``'s
    (``SUPERIOR_CITY``)."""
    if "领导下" not in opening:
        return False
    m = SUPERIOR_CITY.pattern.search(opening)
    return m is not None and not place.endswith(m.group("city") + "市")


def government_level(place: str | None, opening: str = "") -> tuple[str | None, str | None]:
    """(level, rank) of a government by its place's last level word; a 市 whose report's
    ``opening`` thanks a prefecture's party committee (``SUPERIOR_LEADERSHIP``) or another
    named city's (``SUPERIOR_CITY``) is county-level."""
    if not place:
        return None, None
    if place in MUNICIPALITIES:
        return "市", "省级"
    for suffix, level, rank in _LEVELS:
        if place.endswith(suffix):
            if rank == "地级" and _UNDER_CITY.fullmatch(place):
                rank = "县级"  # 苏州市常熟市: a city under a city is county-level
            elif (
                rank == "地级"
                and suffix == "市"
                and (_under_prefecture(opening) or _under_another_city(place, opening))
            ):
                rank = "县级"  # 在州委、州政府和市委的坚强领导下; 在苏州市委…和澄川市委…
            return level, rank
    return None, None


def notice_title(line: str) -> bool:
    """Whether ``line`` is the title of a notice that hands a report's tasks out."""
    return "通知" in line and NOTICE_TITLE.pattern.match(line) is not None


# (every match holds 工作报告 or 摄: a line with neither is not searched)
SPEAKER_IN = Guard(SPEAKER.pattern)


def not_a_title(line: str) -> bool:
    """A speaker's line or a photo caption: it names the report and opens none."""
    return bool(SPEAKER_IN.search(line))
