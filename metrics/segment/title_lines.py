"""The lines that open a document: a report's title and a piece marker.

Contract: ``is_title_line(line)`` tells a line that opens a report (short, a year and a
report word, no sentence; a government work report's title by its own cues), and
``find_title_lines(text, in_toc)`` gives the title lines of a text outside its tables of
contents as (start, title, False), with the compilation's header line (``COMPILATION``:
…汇编, …选编, …5篇), which opens none. A title may take several lines: an organisation's
name alone above it (maybe under a place's name alone: XX州 / 民族宗教事务委员会 / 2021年工作
总结), a title a PDF wrapped after a dangling 和 or year, or one a copy broke before its
joiner (…工作总结 / 和2022年工作计划); ``one_line`` joins them. A briefing's masthead (XX县
农业农村局 / 工作信息, above its issue's number) opens its issue. ``PIECE`` is the marker
of a compilation's piece (``【篇一】``, ``(篇一)``, ``第一篇`` alone on its line:
``titles.PIECE_MARK``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Final

from metrics import regex_cache
from metrics.gates import Guard, may_open_in
from metrics.normalize import POINTS
from metrics.opening import Opens, opening_chars
from metrics.segment import govreport
from metrics.segment.lines import heading_level, is_debris, iter_lines, read_marker
from metrics.segment.places import place_of
from metrics.segment.titles import (
    ATTACHMENT_NUMBER,
    ORG_TAIL,
    PIECE_MARK,
    PIECE_NO,
    TITLE_KEYWORD,
    YEAR,
    briefing_masthead,
    parse_title,
    topic_title,
    unattached,
    unnumbered,
    without_year_words,
)

PIECE: Final = regex_cache.compile(PIECE_MARK)
# (a selection is a compilation too: XX区2024年部门工作总结和2025年工作计划选编)
COMPILATION: Final = Guard(
    regex_cache.compile(r"汇编|选编|(?<!\d)\d{1,3}\s?篇|[一二三四五六七八九十]{1,3}篇|目录")
)  # (a line holding none of 汇编, 选编, 篇 and 目录 is not searched)
# The characters a title's keyword opens with: a line with none of them holds none.
KEYWORD_OPENS: Final = opening_chars(TITLE_KEYWORD)
TITLE_YEAR: Final = regex_cache.compile(YEAR)
JOINED: Final = regex_cache.compile(r"及|和|与|暨|、")
PUNCT_INSIDE: Final = regex_cache.compile(r"[。，,；;！!？?]")
# (one character of a class: a line holds a match where it holds one of its characters)
PUNCT_CHARS: Final = opening_chars(PUNCT_INSIDE)
# (a title with no year may name its years by words, and join its plan to its review:
# 县档案馆今年工作总结和明年工作计划, XX镇本年度工作总结及下一步工作打算)
YEARLESS_TITLE: Final = regex_cache.compile(
    r"(?P<org>[\p{Han}xX*]{2,20}?)(?:今年|本年度|上半年|下半年|年度)?工作(?:总结|计划|要点|报告|安排|思路)"
    r"(?:[和及与暨](?:明年|来年|下一步|下步|下半年)?工作(?:计划|要点|安排|思路|打算))?"
)


# A line that ends in a colon leads on to what follows it, as a report sent up with its
# addressee opens (县委、县政府： / 现将我局2023年工作情况报告如下：, 现就我镇2023年工作总结汇报
# 如下:, 根据县委安排，…): no title ends so. (A colon inside a title stays: 附件1：县统计局2023年
# 工作总结, 县统计局：2023年工作总结.)
LEADS_ON: Final = frozenset(":：")


# A text asks whether a line is a title line several times (find_title_lines, _headline,
# _numbered_report's rest, _glued's and _name_split's titles, the table of contents):
# ``is_title_line`` is pure, so the last answers are kept (cleared for each text by
# ``segment.documents.split_documents``; a few hundred lines: the asks of one line come
# close together, and a paragraph is no small thing to keep).
TITLE_LINES_KEPT = 256


@lru_cache(maxsize=TITLE_LINES_KEPT)
def is_title_line(line: str) -> bool:
    """A line that opens a report: short, holds a year and a report word, no sentence."""
    stripped = unattached(unnumbered(line.strip()))
    if govreport.report_title(stripped)[0] or govreport.notice_title(stripped):
        return True  # 2026年政府工作报告: a report named by its kind alone (or its notice)
    if not 5 <= len(stripped) <= 60 or not PUNCT_CHARS.isdisjoint(stripped):
        return False
    if stripped[-1] in LEADS_ON:
        return False  # 现将我局2023年工作情况报告如下：: a sentence that opens what follows
    if govreport.not_a_title(stripped):
        return False
    level, number_end = read_marker(stripped, 0)
    if level:
        numbered = _report_number(stripped, level, number_end)
        return numbered and _numbered_report(stripped[number_end:].strip())
    if COMPILATION.search(stripped) or is_debris(stripped):
        return False
    if "关于" in stripped and "报告" in stripped and _study_report(stripped):
        return True
    if KEYWORD_OPENS.isdisjoint(stripped) or not TITLE_KEYWORD.search(stripped):
        return False
    if not TITLE_YEAR.search(stripped):
        # a report may be titled without its year (市气象局工作总结): then the line must
        # be an organisation's name and a report word, and nothing else
        m = YEARLESS_TITLE.fullmatch(without_year_words(stripped))
        return bool(m and ORG_TAIL.search(m.group("org")))
    facts = parse_title(stripped)
    # a bare "2024年工作计划" is a heading inside a report, not a report of its own; one
    # with a topic ("2024年全县教育工作要点") is a title, after its place's name too
    if facts.department_raw or JOINED.search(stripped) or topic_title(stripped):
        return True
    return facts.level is not None and place_report(stripped)


# A place's own report on a topic, its name right before the year (XX县2023年乡村振兴工作总结,
# 东湖区2024年乡村振兴工作要点, XX县2023年度法治政府建设情况报告): a title, as the topic after
# the year alone is (2023年全县乡村振兴工作总结); it names a place, no organisation. Not a
# place's heading with no topic (东湖市2024年重点工作安排, XX县2023年工作总结: ``topic_title``'s
# generic words), nor words that end in a level's character (美丽乡村2024年工作要点).


def place_report(title: str) -> bool:
    """Whether ``title`` (one line, stripped) is a place's own report on a topic."""
    place = place_of(title)
    if place is None or not title.startswith(place):
        return False
    return topic_title(title[len(place) :])


# A compilation that numbers its reports as first-level headings (一、市商务局2024年上半年工作
# 总结 / 二、市应急管理局2024年上半年工作总结及下半年工作打算 / 三、县林业局2023年工作要点): a
# numbered line that is a report's title naming its organisation and its year opens a report.
# Not a report's own part (一、2023年工作总结, 二、2024年工作计划: no organisation; 二、XX镇2024
# 年工作计划 under XX镇2023年工作总结: the same organisation's, see ``find_title_lines``), nor
# a report's first part right below its title (2023年工作总结和2024年工作打算 / 一、市大数据局
# 2023年工作完成情况: the part names the report's organisation), nor a heading of the second
# level ((一)市商务局…: a part of a part).


def _report_number(line: str, level: int, number_end: int) -> bool:
    """Whether the heading's number that ends at ``number_end`` in ``line`` may number a
    compilation's reports: a first-level one (一、), or digits and their point (1. 2、), as a
    compilation of many reports numbers them too (1.市民政局2024年工作总结 / 2.市司法局2024年
    工作总结及2025年工作计划); not a number in brackets ((1), 1): a part of a part)."""
    if level == 1:
        return True
    # (a title holds its year's 年 and a report's keyword: a numbered line of a report with
    # neither is not read)
    point = level == 3 and line[number_end - 1 : number_end] in POINTS
    return point and "年" in line and not KEYWORD_OPENS.isdisjoint(line)


def _numbered_report(rest: str) -> bool:
    """Whether ``rest``, the words after a first-level number, are a report's title that
    names its organisation and its year."""
    if not may_open_in(TITLE_YEAR, rest) or not TITLE_YEAR.search(rest):
        return False  # (no year's digit or mask: 一、主要工作完成情况 is not searched)
    if not is_title_line(rest):
        return False
    return parse_title(rest).department is not None


def _part_of_last(text: str, at: int, title: str, last: Start | None) -> bool:
    """Whether a numbered ``title`` at ``at`` is a part of the report ``last`` opened: right
    below its title, or naming its organisation. So is an attachment that names it (县退役军人
    事务局2023年工作总结 / … / 附件1：县退役军人事务局2023年重点工作完成情况: its appendix)."""
    if last is None:
        return False
    level, number_end = read_marker(title, 0)
    numbered = level and _report_number(title, level, number_end)
    if not numbered and ATTACHMENT_NUMBER.match(title) is None:
        return False
    if _line_break(text[last[0] + len(last[1]) : at]):
        return True
    facts, before = parse_title(title), parse_title(one_line(last[1]))
    return (facts.department, facts.level) == (before.department, before.level)


# A study an organisation reports (县农业农村局关于全县家庭农场发展情况的调研报告, XX镇关于农村
# 人居环境整治工作的自查报告, 区统计局关于规上工业企业用工情况的调查报告, 县财政局关于2023年
# 预算绩效管理的专题报告): a compilation's piece of its own, titled with or without a year. An
# organisation opens it: not a study named in a sentence (…，形成关于推进公路养护管理体制的调研
# 报告，…: a pause), nor one named without its author (关于家庭农场发展的调研报告: a heading or
# an attachment's name inside a report).
STUDY_REPORT: Final = regex_cache.compile(
    r"(?P<org>[\p{Han}xX*]{2,20}?)关于[^\n。，,；;]{2,40}?的(?:调研|调查|专题|自查)报告"
)


def _study_report(line: str) -> bool:
    """Whether ``line`` (stripped) is the title of a study an organisation reports."""
    m = STUDY_REPORT.fullmatch(line)
    return bool(m and ORG_TAIL.search(m.group("org")))


# An organisation's name alone on its line (县市场监督管理局, 南岭市青川区统计局), as a PDF
# prints it above a title that does not name it.
ORG_LINE: Final = regex_cache.compile(r"[\p{Han}xX*]{3,24}")
# Marks and digits a heading holds that no character of ORG_LINE's class is (asked of the
# pattern: three of a character it does not take are no match): a line with one is no name.
NAME_BREAKS: Final = frozenset(
    c for c in '0123456789、，,。.．（）()：:；;“”"《》 \u3000-—' if not ORG_LINE.fullmatch(c * 3)
)
ORG_NAME_END: Final = Guard(ORG_TAIL)  # (a line whose last character ends no name is not tried)
# The words that name a report (总结) or its plan (计划, 要点, …) in a title's last words.
PLAN_WORD: Final = r"(?:计划|要点|安排|思路|打算)"
REPORT_WORD: Final = rf"(?:总结|{PLAN_WORD})"
# Under such a name, a title of the year and the report's words alone is the report's title
# (区发展和改革局 / 2024年工作总结), not the heading it would be inside a report.
BARE_TITLE: Final = regex_cache.compile(
    rf"{YEAR}\s*年度?(?:上半年|下半年)?(?:工作)?{REPORT_WORD}"
    rf"(?:[和及与暨]{YEAR}?\s*年?度?(?:下半年)?(?:工作)?{PLAN_WORD})?$"
)
BARE_OPENS: Final = Opens(BARE_TITLE)  # (a year opens it: asked of a line's first character)
# Under such a name, a title of the report's words alone, with no year, where its opening
# follows (东山镇 / 工作总结 / 2023年，东山镇…; XX县林业局 / 工作要点 / 2024年，…; 南岭街道 / 年度
# 工作总结 / 今年以来，…), as a township compilation heads each town's report: the name and the
# words are the title, its year the opening's. Not such words with no name above them (a
# report's own heading), nor with no opening below.
BARE_KIND: Final = regex_cache.compile(r"(?:年度|上半年|下半年|全年)?工作(?:总结|计划|要点)")
BARE_KIND_AT: Final = Guard(BARE_KIND)
ISSUE_READ: Final = 40  # characters after a masthead its issue line is read in
# A title line that stops at a 和, a year or the 工作 of its last report word has lost its
# end to a PDF's line break, and the next line that is only report words, maybe with their
# year, ends it (…工作总结和2025年 / 工作计划, …工作总结及 / 2024年工作思路, …工作总结及2024年
# 工作 / 计划).
DANGLING_END: Final = regex_cache.compile(rf"(?:[和及与暨]|{YEAR}\s*年度?|{YEAR}\s*年度?工作)$")
TITLE_TAIL: Final = regex_cache.compile(
    rf"(?:{YEAR}\s*年度?)?(?:(?:上|下)半年)?(?:工作)?{REPORT_WORD}"
)
CONTINUED_TAIL: Final = regex_cache.compile(rf"[和及与暨]\s*{TITLE_TAIL.pattern}")
Start = tuple[int, str, bool]  # (normalised start, title, is piece marker)
# A title that follows the last sentence of the report before, as a PDF glues them (…确保
# 完成全年目标任务。县退役军人事务局2023年工作总结 / 2023年，县退役军人…; …全年新增就业1200
# 人。东湖区民政局2024年工作总结及2025年工作计划 / 今年以来，…), the line below maybe joined
# to it as a wrapped sentence's: a title line that names its organisation and ends in its
# report word, after a sentence's end, where a report opens next (its year and a pause,
# 今年以来, or on the next line a first heading). Not a sentence that ends in a report's
# name and goes on (…。县统计局2024年工作总结已按时报送市局。). A numbered piece's title the
# copy joined to its opening at the line's start is one too (第一篇：县统计局2023年工作总结 /
# 今年以来，…: the colon made the title line read as a sentence's). So is a title at a line's
# start that holds a 、 between two bodies or two posts, or a colon after its organisation,
# joined to its opening as a wrapped sentence's line because of it (XX街道党工委、办事处2024年
# 工作总结 / 2024年，…; 县审计局党组书记、局长2023年度述责述廉报告 / 2023年，本人…; 县统计局：2023
# 年工作总结 / 2023年，…); not after a sentence's end (…。县委、县政府2023年…: a 、 there lists
# a sentence's words, a colon opens its list).
# (what stands after such a title, where it does not end the line)
GLUED_AHEAD: Final = rf"\s*(?:{YEAR}\s*年度?(?:上半年)?(?:以来)?[,，]|今年以来|今年上半年)"
GLUED_TITLE: Final = regex_cache.compile(
    rf"(?:^|(?<=[。！？；;]))(?P<title>(?:(?:第{PIECE_NO}篇|篇{PIECE_NO})[:：、.]?\s*)?"
    rf"[^。！？；;,，\n]{{5,60}}?)"
    rf"(?=$|{GLUED_AHEAD})"
)
INNER_PAUSES: Final = frozenset("、:：")
REPORT_END: Final = regex_cache.compile(rf"(?:{TITLE_KEYWORD.pattern})$")
# The gate before GLUED_TITLE's scan (a lazy title tried at each length from each sentence
# start, some 40 µs a paragraph): a title it gives ends in a report's keyword
# (``REPORT_END``), its own end at the line's or before GLUED_AHEAD, so the line holds a
# keyword there (``GLUED_END``); and before it, read from the characters, the line ends in
# a character a keyword closes with, or holds 今年 or a year's 年, 度 or 以来 before a
# comma (GLUED_AHEAD's).
GLUED_END: Final = regex_cache.compile(rf"(?:{TITLE_KEYWORD.pattern})(?=\s*$|{GLUED_AHEAD})")
KEYWORD_CLOSES: Final = Opens(REPORT_END, last=True)
AHEAD_PAUSES: Final = ("年,", "年，", "度,", "度，", "来,", "来，")
OPENS_REPORT: Final = regex_cache.compile(
    rf"\s*(?:{YEAR}\s*年|今年以来|今年上半年|近年来|一、|[(（]一[)）]|[【(（]篇)"
)
# A review titled by its kind alone (工作总结, 年度工作总结, 上半年工作总结) is a heading inside
# a report but where the report before has planned already: a report reviews, then plans, so
# a review after a plan (…2023年工作计划 / 2023年，区民政局将… / 工作总结 / 今年以来，我局…;
# …二、下步打算：继续… / 年度工作总结 / 2024年，我局…) opens the next one, where an opening
# (its year, 今年以来, 一、) follows. Not a review heading before any plan (工作总结 / 一、…
# as a report's first section), nor one with no opening below.
BARE_REVIEW: Final = regex_cache.compile(r"(?:年度|上半年|下半年|全年)?工作总结")
BARE_REVIEW_AT: Final = Guard(BARE_REVIEW)  # (a line without 工作总结 at its end is not asked)
PLAN_PART: Final = regex_cache.compile(
    r"\s*(?:[一二三四五六七八九十]{1,3}[、.．]\s*)?[^\n。，,；;]{0,12}?(?:计划|打算|安排|思路)"
    r"(?:\s*$|[:：])"
)
PLAN_PART_WORDS: Final = ("计划", "打算", "安排", "思路")  # (one of them in every match: a gate)
# (…right before the line's end, or before a colon: a stripped line without a colon whose
# last word is none of them holds no match)
PLAN_PART_COLONS: Final = (":", "：")
REPORT_WORDS: Final = ("总结", "计划", "要点", "安排", "思路", "打算", "报告", "情况")


# An organisation's full name alone on the line below a title of the year and the report's
# words alone, its opening right after (2023年工作总结 / 中共XX县委机构编制委员会办公室 / 2023
# 年，县委编办…; 2024年工作要点 / XX县数据资源管理局 / 2024年，力争…): a byline, the report's
# title on two lines, as a name above it makes one (``find_title_lines``). Not such a heading
# inside a report with no name below it, nor a name with no opening after it (a signature
# above its date: 县统计局 / 2024年1月5日), nor a title already joined to a name above it.


DATE_LINE: Final = (
    regex_cache.compile(rf"\s*{YEAR}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日\s*(?:\n|$)")
)


def _org_below(
    text: str, bare: tuple[int, str] | None, at: int, line: str, end: int, starts: list[Start]
) -> Start | None:
    """The title ``bare`` above ``line`` (at ``at``) with the name ``line`` below it."""
    if bare is None or not _org_alone(line):
        return None
    if not _line_break(text[bare[0] + len(bare[1]) : at]) or not OPENS_REPORT.match(text, end + 1):
        return None
    if DATE_LINE.match(text, end + 1):
        return None  # (a signature's date: 2024年1月5日 opens no report)
    last = starts[-1] if starts else None
    if last and last[0] < bare[0] < last[0] + len(last[1]):
        return None  # (the title is joined to a name above it already)
    return bare[0], text[bare[0] : at] + line, False


def read_order(title: str) -> str:
    """A title with its organisation's name on the line below (see ``_org_below``) as it
    reads: the name, then the year and the report's words; any other title as it is."""
    if "\n" not in title:
        return title
    head, _, last = title.rpartition("\n")
    head, last = head.strip(), last.strip()
    return last + head if BARE_TITLE.match(head) and _org_alone(last) else title


# A place's name alone on its line above an organisation's name alone, as a copy that puts
# every run of a title on its own line prints it (XX州 / 民族宗教事务委员会 / 2021年工作总结, 东湖
# 县 / 市场监督管理局 / 2023年工作总结): the place is the title's first words, and its level the
# organisation's. Only a name and a level word (省, 市, 县, 区, 州, 盟, 旗 and their autonomous
# forms), the line below an organisation alone: not a heading, nor a place that a sentence
# names. (Asked only of a short line whose last character is a level's.)
PLACE_LINE = regex_cache.compile(
    r"(?:[xX*×○某]{1,4}|\p{Han}{1,6}?)(?:特别行政区|自治区|自治州|自治县|自治旗|[省市县区州盟旗])"
)
PLACE_LINE_ENDS = frozenset("省市县区州盟旗")
NOT_PLACE_LINES = frozenset({"全省", "全市", "全县", "全区", "本市", "本县", "本区"})


def _place_alone(line: str) -> bool:
    """Whether ``line`` (stripped) is a place's name alone (see ``PLACE_LINE``)."""
    if not 2 <= len(line) <= 12 or line[-1] not in PLACE_LINE_ENDS or line in NOT_PLACE_LINES:
        return False
    return PLACE_LINE.fullmatch(line) is not None


def _name_line(
    text: str, place: tuple[int, str] | None, at: int, line: str
) -> tuple[int, str] | None:
    """``line`` at ``at`` when it is an organisation's name alone, from the place's name
    alone on the line above it where there is one (XX州 / 民族宗教事务委员会), else None."""
    if not _org_alone(line):
        return None
    if place is None or not _line_break(text[place[0] + len(place[1]) : at]):
        return at, line
    return place[0], text[place[0] : at] + line


def _org_alone(line: str) -> bool:
    """Whether ``line`` (stripped) is an organisation's name alone."""
    named = ORG_NAME_END.search(line) and ORG_LINE.fullmatch(line)
    return bool(named) and (KEYWORD_OPENS.isdisjoint(line) or not TITLE_KEYWORD.search(line))


def find_title_lines(text: str, in_toc: Callable[[int], bool]) -> tuple[list[Start], str]:
    """The title lines of ``text`` as (start, title, False), and the compilation's header
    line. A title may take two lines, the text between them kept in the title (its line
    break and any spaces that indent or end them): an organisation's name alone above a
    title that names none (南岭市青川区统计局 / 2024年工作总结), or a title the PDF wrapped
    after a dangling 和 or year (…工作总结和2025年 / 工作计划)."""
    starts: list[Start] = []
    header = ""
    before: tuple[int, str] | None = None  # the line before, when it is an organisation alone
    cut: tuple[int, str] | None = None  # the line before, when it may be a name cut short
    planned = False  # whether the report so far has planned (see ``BARE_REVIEW``)
    headline: tuple[int, str] | None = None  # the line before, when it may head a subtitle
    bare: tuple[int, str] | None = None  # the line before, when a name below may end it
    place: tuple[int, str] | None = None  # the line before, when it is a place's name alone
    for s, e in iter_lines(text):
        line = text[s:e]
        if in_toc(s):
            continue
        stripped = line.strip()
        if not starts and not header and COMPILATION.search(line) and len(stripped) < 80:
            header = stripped
        at = s + len(line) - len(line.lstrip())
        # the text from the organisation's name to this line, when this line is right below
        name_at, name = before if before else (at, "")
        above = text[name_at:at] if before else ""
        below = bool(above) and _line_break(above[len(name) :])
        found = len(starts)
        split = _name_split(text, cut, at, stripped)
        last = starts[-1] if starts else None
        if split:
            starts.append(split)
        elif starts and _continued(text, starts[-1], at, stripped):
            begin, title, _ = starts[-1]
            starts[-1] = (begin, text[begin:at] + stripped, False)  # …工作总结 / 和2022年工作计划
        elif is_title_line(line) and not _part_of_last(text, at, stripped, last):
            title = govreport.title_part(stripped)
            if below and parse_title(title).department_raw is None:
                starts.append((name_at, above + title, False))
            elif (head := _headline_above(text, headline, at, title)) is not None:
                starts.append(head)
            else:
                starts.append((at, title, False))
        elif below and BARE_TITLE.match(stripped):
            starts.append((name_at, above + stripped, False))
        elif below and BARE_KIND_AT.fullmatch(stripped) and OPENS_REPORT.match(text, e + 1):
            starts.append((name_at, above + stripped, False))  # 东山镇 / 工作总结 / 2023年，…
        elif briefing_masthead(stripped, text[e : e + ISSUE_READ]):
            # XX县农业农村局 / 工作信息 / 第15期: the issue opens at its organisation's name
            starts.append((name_at, above + stripped, False) if below else (at, stripped, False))
        elif starts and _wrapped(text, starts[-1], at, stripped):
            begin, title, _ = starts[-1]
            starts[-1] = (begin, text[begin:at] + stripped, False)
        elif (byline := _org_below(text, bare, at, stripped, e, starts)) is not None:
            if starts and starts[-1][0] == byline[0]:
                starts[-1] = byline  # (a title of both kinds is one already: its name below)
            else:
                starts.append(byline)
        elif (glued := _glued(text, at, stripped, e)) is not None:
            if not _part_of_last(text, glued[0], glued[1], last):
                starts.append(glued)
        elif planned and BARE_REVIEW_AT.fullmatch(stripped) and OPENS_REPORT.match(text, e + 1):
            starts.append((at, stripped, False))  # 工作总结 after the plan of the report before
        if len(starts) > found:
            planned = False  # a report opens: it has planned nothing yet
        elif _may_plan(stripped) and PLAN_PART.match(stripped):
            planned = True
        before = _name_line(text, place, at, stripped)
        place = (at, stripped) if _place_alone(stripped) else None
        cut = (at, stripped) if _name_start(stripped) else None
        headline = (at, stripped) if _headline(stripped) else None
        bare = (at, stripped) if _bare_title(stripped) else None
    return starts, header


def _bare_title(line: str) -> bool:
    """``BARE_TITLE.match(line)``, asked only of a line whose first character can open a
    match (a year's digit or mask): most lines of a report cannot."""
    return bool(line) and BARE_OPENS(line[0]) and BARE_TITLE_AT.match(line) is not None


def _may_plan(line: str) -> bool:
    """False only where ``PLAN_PART.match(line)`` (``line`` stripped) is None: a match ends
    in one of PLAN_PART_WORDS at the line's end (``\\s*$`` after it: the line's last
    character is no space) or before a colon."""
    if not any(w in line for w in PLAN_PART_WORDS):
        return False
    return line.endswith(PLAN_PART_WORDS) or any(c in line for c in PLAN_PART_COLONS)


# A report titled by a headline, its name a subtitle after a dash on the line below (凝心聚力
# 谋发展 实干担当开新局 / ——XX县商务局2023年工作总结; 踔厉奋发 勇毅前行 / —东湖区民政局2024年
# 工作总结): the document opens at the headline. Not a line of a sentence above (…全年工作。 /
# ——县商务局…: it has its pause), nor a heading (一、…), a compilation's header or a title.
HEADLINE_MAX: Final = 30
SUBTITLE: Final = regex_cache.compile(r"[—－-]{1,2}")


def _headline(line: str) -> bool:
    """Whether ``line`` (stripped) may be a headline above a subtitle (see above)."""
    if not 4 <= len(line) <= HEADLINE_MAX or not PUNCT_CHARS.isdisjoint(line):
        return False
    if heading_level(line, 0) or COMPILATION.search(line) or is_debris(line):
        return False
    # (a line with none of the characters a keyword opens with holds none: not searched)
    keyword = not KEYWORD_OPENS.isdisjoint(line) and TITLE_KEYWORD.search(line) is not None
    return not keyword and not is_title_line(line)


def _headline_above(
    text: str, headline: tuple[int, str] | None, at: int, title: str
) -> Start | None:
    """The headline right above a subtitle ``title`` at ``at``, as the report's start."""
    if headline is None or not SUBTITLE.match(title):
        return None
    if not _line_break(text[headline[0] + len(headline[1]) : at]):
        return None
    return headline[0], text[headline[0] : at] + title, False


def _name_start(line: str) -> bool:
    """Whether ``line`` (stripped) may be the start of an organisation's name the PDF cut."""
    if not 3 <= len(line) <= 24:  # (ORG_LINE's length: most lines are longer)
        return False
    if not NAME_BREAKS.isdisjoint(line):
        return False  # (a heading's marks and numbers: 一、…, （三）…, 2024年…)
    return bool(ORG_LINE.fullmatch(line)) and not TITLE_KEYWORD.search(line)


def _name_split(text: str, cut: tuple[int, str] | None, at: int, line: str) -> Start | None:
    """A title whose organisation's name the PDF cut in two (东湖区住房和城乡建设 / 局2023年
    工作总结, 青川县发展和改革委员 / 会2024年工作要点): the line above holds the name's start
    and this one, a title that names no organisation of its own, its end. Not a heading
    above a title that names its own (存在问题 / 县统计局2024年工作总结)."""
    if cut is None or not _line_break(text[cut[0] + len(cut[1]) : at]):
        return None
    joined = cut[1] + line
    # (the three tests are pure: the one a paragraph below a short line fails soonest,
    # by its length before a title's pattern is asked, first)
    if not is_title_line(joined) or parse_title(line).department is not None:
        return None
    raw = parse_title(joined).department_raw
    if not raw or len(raw) <= len(cut[1]):
        return None
    return cut[0], text[cut[0] : at] + line, False


def _glued(text: str, at: int, line: str, end: int) -> Start | None:
    """The title a PDF glued after the last sentence of the report before (``GLUED_TITLE``)."""
    if not any(w in line for w in REPORT_WORDS):
        return None
    if not _may_glue(line):
        return None
    for m in GLUED_TITLE.finditer(line):
        title = m.group("title").strip()
        if m.start("title") > 0 and not INNER_PAUSES.isdisjoint(title):
            continue  # (a 、 or a colon only in a title at the line's start: see GLUED_TITLE)
        if not REPORT_END.search(title) or not is_title_line(title):
            continue
        if parse_title(title).department is None:
            continue
        if m.end() == len(line) and not OPENS_REPORT.match(text, end + 1):
            continue
        lead = len(m.group("title")) - len(m.group("title").lstrip())
        return at + m.start("title") + lead, title, False
    return None


def _may_glue(line: str) -> bool:
    """False only where no title of ``GLUED_TITLE`` in ``line`` (stripped, not empty) ends
    in a report's keyword (``GLUED_END``, asked after the characters' tests)."""
    ahead = "今年" in line or any(p in line for p in AHEAD_PAUSES)
    if not ahead and not KEYWORD_CLOSES(line[-1]):
        return False
    return GLUED_END.search(line) is not None


def _line_break(gap: str) -> bool:
    """Whether ``gap`` is one line break, maybe with spaces around it."""
    return gap.count("\n") == 1 and not gap.strip()


def _wrapped(text: str, last: Start, at: int, line: str) -> bool:
    """Whether ``line``, at ``at``, ends the title ``last`` the PDF wrapped on the line
    before (…总结和2025年 / 工作计划)."""
    start, title, _ = last
    adjacent = _line_break(text[start + len(title) : at])
    return adjacent and bool(DANGLING_END_AT.search(title) and TITLE_TAIL.fullmatch(line))


def _continued(text: str, last: Start, at: int, line: str) -> bool:
    """Whether ``line``, at ``at``, goes on with the title ``last`` on the line before
    (see ``CONTINUED_TAIL``)."""
    if line[:1] not in JOINERS:
        return False
    start, title, _ = last
    if not _line_break(text[start + len(title) : at]) or not REPORT_END.search(title):
        return False
    return CONTINUED_TAIL.fullmatch(line) is not None


# A title that a copy broke before its joiner, each run on its own line, goes on on the line
# below with the joiner and the second report's words (…2021年工作总结 / 和2022年工作计划, …上
# 半年工作总结 / 及下半年工作打算, …2023年工作总结 / 暨2024年工作思路): one title, of both kinds.
# Not a line that goes on with other words (…工作总结 / 及时完成…: no report's words alone).
JOINERS = frozenset("和及与暨")


# A title's line break with the spaces around it (compiled once; a title on one line,
# with no line break, is not searched).
LINE_BREAK: Final = regex_cache.compile(r"\s*\n\s*")


def one_line(title: str) -> str:
    """A title printed on two lines as one (its line break and the spaces around it out)."""
    return LINE_BREAK.sub("", title) if "\n" in title else title


# The gates before the title lines' patterns (issue 29, the fourteenth pass of the regex
# calls), read from each pattern by its ``Guard``: a line that is a bare title ends in a
# report's word (``BARE_TITLE``'s ``$``: 2024年，全县… is not matched), one with a dangling
# end closes with 和, 年, 度 or 作 (``DANGLING_END``).
BARE_TITLE_AT = Guard(BARE_TITLE)
DANGLING_END_AT = Guard(DANGLING_END)
