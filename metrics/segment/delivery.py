"""Government work reports: when a report is delivered, and who delivers it.

Contract: pure functions over a report's opening (its first lines under the title).

- ``delivery(opening)`` reads the delivery line
  (``——2026年1月28日在XX省第十四届人民代表大会第四次会议上``): the date and the
  congress's place (or, when it has none, a congress named without its day and a line
  holding the date alone, in digits or Chinese numerals); a zone committee's report is
  delivered to the area's meeting instead (``meeting``);
- ``government_named(opening)`` gives the government the speaker's line or the opening
  sentence names (河南省人民政府省长 王凯, 我代表青川市人民政府), when neither the title
  nor the delivery line names the place.

Every cue is a ``Cue`` (``govreport``) with a name, examples of different wording,
counter-examples and why; the tests run ``CUES``.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from metrics import regex_cache
from metrics.segment.govreport import PLACE, Cue

_CN_DIGIT = "〇○零一二三四五六七八九"
_CN_SMALL = r"[一二三四五六七八九十]{1,3}"
# The day of delivery; a PDF copy may set the year's digits apart (20 24 年: the
# pairs of digits as typeset), which the year is read across; a copy may write the whole
# date in Chinese numerals (二〇二五年一月十四日), as its date line under the speaker does.
_DAY = (
    rf"(?P<year>(?:19|20)[ \t]?\d{{2}}|[一二][{_CN_DIGIT}]{{3}})\s*年\s*"
    rf"(?P<month>\d{{1,2}}|{_CN_SMALL})\s*月\s*(?P<day>\d{{1,2}}|{_CN_SMALL})\s*日"
)
DELIVERY = Cue(
    name="delivery_line",
    pattern=regex_cache.compile(
        rf"{_DAY}\s*[,，]?\s*在\s*(?P<place>{PLACE})?\s*[省市县区旗镇乡]?\s*"
        r"(?:第[一二三四五六七八九十]{1,4}届)?人民代表大会"
    ),
    examples=(
        "——2026年1月28日在云南省第十四届人民代表大会第四次会议上",
        # (a comma may set the day apart from where it was delivered)
        "（2024年1月20日，在北川市第十七届人民代表大会第四次会议上）",
        "2023年1月12日, 在县第十八届人民代表大会第二次会议上",
        "2025年2月9日在东湖县第十八届人民代表大会第五次会议上",
        "（2026年1月6日在青川市第九届人民代表大会第三次会议上）",
        "——2024年1月10日在县人民代表大会上",
        "——20 25 年 1 月 8 日在云岭县第十九届人民代表大会第四次会议上",  # a PDF copy
        # the date in Chinese numerals
        "——二〇二五年一月十四日在东川县第十九届人民代表大会第五次会议上",
        "（二○二三年二月二十日在青山市第十六届人民代表大会第二次会议上）",
    ),
    counter=(
        "2025年1月我们在全省召开了现场推进会",
        "第十四届人民代表大会常务委员会第十次会议审议通过",
        "二〇二四年一月，我们在县人民代表大会常务委员会的监督下",
    ),
    why="a report is delivered at a session of a people's congress on a stated day; that "
    "date gives the plan year when the title has none, and the congress names the place",
)

MEETING = Cue(
    name="meeting_delivery_line",
    pattern=regex_cache.compile(
        rf"{_DAY}\s*在[^\n，。]{{0,30}}?(?:工作会议|工作大会|干部大会|全体(?:[(（]扩大[)）])?会议)上"
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
    pattern=regex_cache.compile(
        rf"^\s*[—－-]{{0,2}}\s*[(（]?\s*在\s*(?P<place>{PLACE})?\s*[省市县区旗镇乡]?\s*"
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
# The day of delivery on a line of its own, in digits or in Chinese numerals (二〇二四年).
DATE_LINE = Cue(
    name="date_line",
    pattern=regex_cache.compile(
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
# Who speaks, when neither the title nor the delivery line names the place: the head of
# the government on the page (河南省人民政府省长 王凯, 省长 王予波), or the government the
# speaker reports for (我代表省人民政府, 我代表青川市人民政府).
GOVERNMENT_NAMED = Cue(
    name="government_named",
    pattern=regex_cache.compile(
        rf"^\s*(?P<place>{PLACE})?(?:人民政府)?代?(?P<post>省长|市长|县长|区长|旗长|州长|盟长|镇长|乡长|"
        r"自治区主席)[\s\u3000]*\p{Han}{2,4}\s*$"
        rf"|我代表(?P<place2>{PLACE})?(?P<bare>省|自治区|市|州|盟|县|区|旗|镇|乡|街道)?人民政府",
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
CUES = (UNDATED_DELIVERY, DATE_LINE, DELIVERY, MEETING, GOVERNMENT_NAMED)
_BARE_LEVELS = frozenset({"自治区", "自治州", "自治县"})
# The level word a head of government's post stands for.
_POST_LEVEL = {"自治区主席": "自治区"}


@dataclass(frozen=True, slots=True)
class Delivery:
    date: str | None  # YYYY-MM-DD; None when the copy prints no day
    year: int | None
    place: str | None


def delivery(opening: str, meeting: bool = False) -> Delivery | None:
    """The delivery line in a report's opening, if it has one; ``meeting``: a zone
    committee's or a prefecture agency's, to the area's meeting (``MEETING``), else (an
    agency's) to the area's people's congress."""
    m = (MEETING if meeting else DELIVERY).pattern.search(opening)
    if m is None and meeting:
        # a prefecture's agency (行政公署 of a 盟 or 地区) may report to the congress of
        # its area: 锡林高勒盟行政公署工作报告 / ——2018年1月22日在…盟第四届人民代表大会…
        m = DELIVERY.pattern.search(opening)
        meeting = m is None
    if m is not None:
        year, month, mday = (
            _date_number(m.group(k).replace(" ", "").replace("\t", ""))
            for k in ("year", "month", "day")
        )
        date = f"{year}-{month:02d}-{mday:02d}"
        return Delivery(date, year, None if meeting else m.group("place"))
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
        zeros = word.replace("○", "〇").replace("零", "〇")  # (the two other zeros as 〇)
        return int("".join(str(_CN_YEAR_DIGITS.index(c)) for c in zeros))
    tens, _, ones = word.partition("十")
    digits = "一二三四五六七八九"
    return (digits.index(tens) + 1 if tens else 1) * 10 + (digits.index(ones) + 1 if ones else 0)


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
