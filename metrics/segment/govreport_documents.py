"""A government work report as a document: who speaks, for which year, and where it ends.

Contract: ``as_government_report(doc, title, opening)`` gives a document titled as a
government work report its government (department, place, level, rank), its plan year and
its day of delivery; ``with_delivery(doc, opening)`` gives another report read to a
people's congress its date and place; ``within_government_reports(text, starts)`` keeps,
inside a government work report, only another report's title as a document's start, and
cuts the report where a web page repeats its title; inside a notice that hands a report's
tasks out, the title of the 方案 it names and prints opens no document; on a web page, a
title in the list of links below the article (相关链接：) opens none, and the article ends
at that list; a title in such a list above the article opens none either.
"""

from __future__ import annotations

from dataclasses import replace

from metrics import regex_cache
from metrics.normalize import only_page_chrome
from metrics.records import DocKind, Document
from metrics.segment import delivery, govreport
from metrics.segment.lines import PAGE_TAIL, PROSE_LINE, page_tail
from metrics.segment.places import is_masked_place

SPACE = regex_cache.compile(r"\s+")
SENTENCE_END = regex_cache.compile(r"[。！？!?]")
# The government a report's title names (compiled once, not at each call).
GOVERNMENT_NAME = regex_cache.compile(r"[^\d年]*政府")

# How far below its title a report's delivery line stands (title, a dash line, a speaker).
DELIVERY_REACH = 200


def with_delivery(doc: Document, opening: str) -> Document:
    """A report read to a people's congress that is not the government's own (the plan's or
    the budget's 执行情况与草案的报告 of 发改/财政): its delivery line under the title gives
    the date and, when the title names none, the place whose congress heard it."""
    delivered = delivery.delivery(opening[:DELIVERY_REACH])
    if delivered is None:
        return doc
    place = doc.place or delivered.place
    return replace(doc, delivered=delivered.date, place=place, place_masked=is_masked_place(place))


def as_government_report(doc: Document, title: str, opening: str) -> Document:
    """A 政府工作报告: the government itself speaks, for the year its title or delivery
    names (the plan year), reviewing the year before."""
    _, year, place = govreport.report_title(title)
    name = govreport.committee(title)
    delivered = delivery.delivery(opening[:DELIVERY_REACH] if name else opening, bool(name))
    place = place or (delivered.place if delivered else None)
    named, word = delivery.government_named(opening) if not place else (None, None)
    place = place or named
    # the year its title or delivery names, else the plan year its headings name, else the
    # year after the one its review's heading names
    plan_year = year or (delivered.year if delivered else None) or doc.plan_year
    if plan_year is None and (reviewed := govreport.reviewed_year(opening)) is not None:
        plan_year = reviewed + 1
    level, rank = govreport.government_level(place or word, opening)
    raw = GOVERNMENT_NAME.search(title.replace("工作报告", ""))
    department, raw_name = govreport.GOVERNMENT, raw.group().strip() if raw else None
    if name:  # a zone's committee speaks for its area: the committee is the department
        department, raw_name = name, f"{place or ''}{name}"
    return replace(
        doc,
        department=department,
        department_raw=raw_name,
        department_canonical=department,
        level=level,
        rank=rank,
        place=place,
        place_masked=is_masked_place(place),
        plan_year=plan_year,
        summary_year=plan_year - 1 if plan_year else None,
        kind=str(DocKind.GOVERNMENT_REPORT),
        delivered=delivered.date if delivered else None,
    )


def within_government_reports(
    text: str, starts: list[tuple[int, str, bool]]
) -> tuple[list[tuple[int, str, bool]], list[int]]:
    """Inside a government work report only another report's title opens a document: a
    heading of its review that reads like a title (“十四五”时期发展成就和2025年工作回顾)
    does not. The report's title repeated at the end of a web copy, over a repeat of the
    report's opening, is no document either: the report ends there (a cut)."""
    kept: list[tuple[int, str, bool]] = []
    cuts: list[int] = []
    current: tuple[int, str, bool] | None = None
    notice: tuple[int, str, bool] | None = None
    for k, st in enumerate(starts):
        if notice is not None and not st[2] and _printed(text, notice, st):
            continue  # the 方案 a notice prints under its 附件 line: part of the notice
        if _listed_above(text, st, starts[k + 1] if k + 1 < len(starts) else None):
            continue  # a link in the list the page sets above its article
        links = None if st[2] or not kept else _in_links(text, kept[-1][0], st[0])
        if links is not None:
            # a title in the list of links of the page's tail (相关链接：, 相关阅读) is a
            # link to another page, such as the government's reports of earlier years: it
            # opens no document, and the report ends where the tail begins
            cuts.append(links)
            continue
        notice = st if not st[2] and govreport.notice_title(st[1]) else None
        is_report = not st[2] and govreport.report_title(st[1])[0]
        if is_report and current is not None and _shown_twice(text, current, st):
            continue  # the page's heading over the article's: one title
        if current is None or (is_report and not _repeats(text, current, st)):
            kept.append(st)
            current = st if is_report else None
        elif is_report:
            cuts.append(st[0])
        elif _delivered_below(text, st):
            kept.append(st)  # another report read to the congress: a document of its own
            current = None
        elif st[2]:
            kept.append(st)  # a piece marker always opens a piece
            current = None
    return kept, cuts


LINKS_REACH = 500  # a report's title has a sentence below it within this many characters


def _delivered_below(text: str, st: tuple[int, str, bool]) -> bool:
    """Whether the title at ``st`` stands right above a delivery line of its own
    (``delivery.DELIVERY``, ``delivery.UNDATED_DELIVERY``): another report read to the
    same congress, printed on one page after the government's (关于宁川市2023年国民经济和社会
    发展计划执行情况与2024年…计划草案的报告 / ——2024年1月22日在宁川市第十五届人民代表大会
    第四次会议上; 关于2025年预算执行情况和2026年预算草案的报告 / （在县第十九届人民代表大会第二
    次会议上）). A heading of the government's report that reads like a title (“十四五”时期
    发展成就和2025年工作回顾) has its prose below it, never a delivery line."""
    if st[2]:
        return False
    below = text[st[0] + len(st[1]) :].lstrip("\n \t")
    line = below[: below.find("\n")] if "\n" in below else below
    return bool(
        delivery.DELIVERY.pattern.match(line.lstrip("—－-（( \t"))
        or delivery.UNDATED_DELIVERY.pattern.match(line)
    )


def _in_links(text: str, since: int, at: int) -> int | None:
    """Where the page's tail begins (``lines.page_tail``: 相关链接：, 相关阅读) when the title
    at ``at`` is one of the links listed in it, else None: neither the list above the title
    nor what follows it holds a sentence, as the report a title opens would
    (a tail line at the end of one page of a compilation, 责任编辑：…, over the next
    page's report, leaves that report's title a document's)."""
    tail = page_tail(text, since, at)
    if tail is None or "。" in text[tail : at + LINKS_REACH]:
        return None
    return tail


def _listed_above(
    text: str, st: tuple[int, str, bool], after: tuple[int, str, bool] | None
) -> bool:
    """Whether the report title at ``st`` is a link in a list the page sets above its
    article (相关链接： / 凤鸣市2018年政府工作报告 / 凤鸣市2017年政府工作报告 / 凤鸣市2019年
    政府工作报告 / ——2019年1月22日在…): a tail line (``lines.PAGE_TAIL``: 相关链接：,
    【相关阅读】) heads the list above it with no sentence between, and the next title
    follows it with no sentence between either. A report's own title has its sentences
    below it; one under a page's breadcrumbs alone (首页 > 政府工作报告) is no link."""
    if st[2] or after is None or after[2] or not govreport.report_title(st[1])[0]:
        return False
    between = text[st[0] + len(st[1]) : after[0]]
    if len(between) > LINKS_REACH or SENTENCE_END.search(between):
        return False
    above = text[max(0, st[0] - LINKS_REACH) : st[0]].split("\n")
    for line in reversed(above[:-1]):  # the lines above, nearest first
        if PAGE_TAIL.fullmatch(line):
            return True
        if SENTENCE_END.search(line) or len(line) >= PROSE_LINE:
            return False
    return False


def _printed(text: str, notice: tuple[int, str, bool], st: tuple[int, str, bool]) -> bool:
    """Whether ``st``'s title is one the notice names above it (印发《…方案》, 附件：…方案):
    what the notice prints, not a document of its own."""
    named = _squeezed(st[1]).strip("《》")
    return len(named) >= 6 and named in _squeezed(text[notice[0] + len(notice[1]) : st[0]])


REPORT_MIN = 1000  # characters after a title that a government work report has at least


def _squeezed(text: str) -> str:
    """``text`` without its white space: a title or an opening as compared."""
    return SPACE.sub("", text)


def _shown_twice(text: str, first: tuple[int, str, bool], again: tuple[int, str, bool]) -> bool:
    """Whether ``again`` is ``first``'s title once more with nothing but the page's lines
    between them (a page that heads the article with its title, then the article does)."""
    same = _squeezed(first[1]) == _squeezed(again[1])
    between = text[first[0] + len(first[1]) : again[0]]
    return same and (not between.strip() or only_page_chrome(between) or _no_prose(between))


# Lines between a title and its repeat that say nothing of their own: a page's buttons or
# links copied one a line (微信 / 微博 / 打印), short and with no pause of a sentence in them.
NO_PROSE_LINE = 12
NO_PROSE_LINES = 6
SENTENCE_MARKS = frozenset("。，,；;：:！!？?")


def _no_prose(between: str) -> bool:
    """Whether ``between`` is a few short lines with no sentence in them (``NO_PROSE_LINE``
    characters at most each, ``NO_PROSE_LINES`` of them at most)."""
    lines = [line.strip() for line in between.splitlines() if line.strip()]
    return len(lines) <= NO_PROSE_LINES and all(
        len(line) <= NO_PROSE_LINE and SENTENCE_MARKS.isdisjoint(line) for line in lines
    )


# Another session's report under the same title (a page or a file that pastes a district's
# reports of two years one after the other, each titled 江湾区人民政府工作报告 with no year,
# no contents list between): the title again, over a delivery line of its own (（2023年1月10
# 日在江湾区第十届人民代表大会第二次会议上） under the first's …第一次会议上; ——2019年1月8日在
# 县第十七届人民代表大会第三次会议上 under the first's 2018), opens a report, however short
# the copy. Counter: the title a page repeats at its end over the report's opening
# (各位代表：现在，我代表…) or over the first's own delivery line is the same report's, and a
# few lines under it with no delivery line are an abstract.
def _repeats(text: str, first: tuple[int, str, bool], again: tuple[int, str, bool]) -> bool:
    """Whether ``again`` is ``first``'s title once more over text the report opened with
    (not another session's report: see the note above)."""
    if _squeezed(first[1]) != _squeezed(again[1]):
        return False
    body = again[0] + len(again[1])
    after = _squeezed(text[body : body + 200])
    opening = _squeezed(text[first[0] : min(again[0], first[0] + 5000)])
    if not after or after[:40] in opening:
        return True
    # …or over a few lines the page shows below it (an abstract of the opening): what
    # follows the title is too short to be a report of its own, unless a delivery line
    # stands under it that the report's opening has not (another session's report,
    # above)
    rest = _squeezed(text[body : body + 2 * REPORT_MIN])
    return len(rest) < REPORT_MIN and not _delivered_below(text, again)
