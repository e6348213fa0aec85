"""Sections of a document from its headings.

Contract: ``find_sections(text, start, end, doc, spaced)`` returns the sections of the
document ``text[start:end]`` (normalised offsets) in order, covering it without gaps: the
preamble before the first heading is ``other``; each top-level heading (``一、``, or
``（一）`` where a document has no ``一、``) that names its kind starts a section of that
kind (总结/回顾/完成情况 → summary, 计划/安排/思路/打算/要点 → plan, 存在问题/不足/短板 →
problems, 荣誉/表彰 → other); a top-level heading that names none continues the current
kind, or opens the document's main kind after the preamble. Lower headings switch kind
only on an unmistakable cue (存在问题, 工作计划, 下一步). Paragraphs without a heading may
open a section too: a closing pledge (``find_pledges``: plan) and a paragraph of honours
right before a heading (``find_honours``: other).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Final

from metrics import regex_cache, twins
from metrics.gates import Guard, Holds
from metrics.normalize import is_digit
from metrics.opening import Opens, held_literals, opening_chars
from metrics.records import DocKind, Document, SectionKind
from metrics.segment.govreport_sections import (
    ANNEX_AT,
    annex_title_kind,
    bare_heading,
    heading_kind,
    heading_period,
    paragraph_state,
    plan_paragraph_state,
    turns_in_plan,
)
from metrics.segment.lines import HEADING_STOPS, heading_and_stop, heading_level, iter_lines

OTHER_CUE: Final = regex_cache.compile(r"荣誉|表彰|获奖情况|称号")
PROBLEM_CUE: Final = (
    regex_cache.compile(r"存在.{0,4}问题|问题.{0,3}不足|不足|短板|困难|差距|挑战|薄弱")
)
# (a heading with none of the characters its words open with is not searched)
PROBLEM_CHARS: Final = opening_chars(PROBLEM_CUE)
PLAN_CUE: Final = regex_cache.compile(
    r"(?:工作|年|年度|下步|下一步)(?:计划|安排|思路|打算|要点|谋划|重点)|下一步|下步|明年|今后|"
    r"下半年工作|展望|(?<!制定|编制|实施|落实)(?:计划|打算|思路|安排)$"
)
SUMMARY_CUE: Final = regex_cache.compile(
    r"总结|回顾|完成情况|执行情况|落实情况|工作情况|开展情况|推进情况|主要工作|成效|成绩|亮点|进展|基本情况|成果|"
    r"取得|做法|举措"
)
LOW_PROBLEM_CUE: Final = regex_cache.compile(r"存在.{0,4}问题|问题.{0,3}不足|不足之处|困难和问题")
LOW_PLAN_CUE: Final = regex_cache.compile(r"工作计划|工作安排|工作思路|工作打算|下一步|下步|明年")
# (its words, all plain, looked for with ``in``: no call)
LOW_PLANNED: Final = Holds(LOW_PLAN_CUE)
# Where a heading's words end: the first sentence end or line end within this reach of its
# marker's start (read with the marker: ``lines.heading_and_stop``).
HEADING_END: Final = regex_cache.compile(f"[{HEADING_STOPS}]")
HEADING_REACH: Final = 60
HEADING_GAP: Final = regex_cache.compile(r"\p{Han}[\p{Han}\dxX*]")
# A line of a table of contents (一、2025年工作回顾……………1, （二）主要目标任务....3): a
# heading's words, leader dots and a page number. It names a section; it opens none.
TOC_LEADER: Final = regex_cache.compile(r"(?:…{2,}|\.{4,}|·{4,}|-{4,})\s*\d{1,4}\s*$")
TOC_LINE: Final = Guard(TOC_LEADER)  # (a line whose last character closes no match is not asked)
# What a heading's kind is read from: its words up to a comma, at most this many.
CUE_WINDOW: Final = 20
CUE_STOPS: Final = ",，:："
YEAR_IN: Final = regex_cache.compile(r"(?:19|20)\d{2}")
# (a heading without one of their words is not searched: most are not honours or problems;
# the other cues are searched as they are: on a heading's 20 characters a search takes
# less than the ``in`` tests of their words, ``gates.Holds``, would)
OTHER, LOW_PROBLEM = Guard(OTHER_CUE), Guard(LOW_PROBLEM_CUE)


@dataclass(frozen=True, slots=True)
class Heading:
    start: int
    end: int
    level: int
    text: str
    kind: SectionKind | None = None  # set for a pledge paragraph, which is a plan
    inline: bool = False  # ends at a space inside a long line: its paragraph follows
    period: tuple[int, int] | None = None  # the five years a period paragraph opens


# A closing pledge or goal that opens the plan without a heading: 2021 年,我们将继续…,
# 2024年主要预期目标：…
PLEDGE: Final = regex_cache.compile(
    r"(?:(?P<year>(?:19|20)\d{2}|明)\s?年|(?P<half>下半年))[,，]?[^。;；\n]{0,16}?"
    r"(?:将|(?<![主重需只必摘纲提])要(?![点求])|计划|力争|目标|预期)"  # not 主要, 要点
)
# (``find_pledges`` asks its ``re`` twin, ``metrics.twins``: 62 matches a corpus run 0.22 ->
# 0.07 ms replayed)
PLEDGE_ASKED: Final = twins.twin(PLEDGE)
# What a pledge opens with (PLEDGE's first alternatives): tested before the pattern at
# each line and sentence start, most of which open with none of them.
PLEDGE_OPENERS: Final = ("19", "20", "明", "下半年")
# Where a pledge's name ends: the first pause after its cue.
PLEDGE_STOP: Final = regex_cache.compile(r"[,，:：。;；!?！？\n]")
COLON: Final = regex_cache.compile(r"[:：]")
SENTENCE_STOP: Final = regex_cache.compile(r"。\s*")


def find_pledges(text: str, start: int, end: int, doc: Document, spaced: bool) -> list[Heading]:
    """Paragraphs that start with the plan year and a 将/要/力争/目标: the plan begins there.
    In a report on the first half of a year, 下半年 opens the plan for the second."""
    plan_year = doc.plan_year or (doc.summary_year + 1 if doc.summary_year else None)
    if plan_year is None:
        return []
    out = []
    after_stops = [m.end() for m in SENTENCE_STOP.finditer(text, start, end)]
    candidates = set(_line_starts(text, start, end, spaced)) | set(after_stops)
    for pos in sorted(candidates):
        if not text.startswith(PLEDGE_OPENERS, pos, end):
            continue
        m = PLEDGE_ASKED.match(text, pos, min(end, pos + 40))
        if m and (
            m.group("year") == "明"
            or (m.group("half") and "上半年" in doc.title)  # 上半年工作总结: 下半年，将…
            or (m.group("year") and int(m.group("year")) == plan_year)
        ):
            # named by its words up to the first pause after its cue (2024年主要预期目标),
            # or up to a colon before it (明年工作安排：计划…)
            stop = COLON.search(text, pos, m.end()) or PLEDGE_STOP.search(
                text, m.end(), min(end, pos + 40)
            )
            name = text[pos : stop.start() if stop else m.end()].strip()
            out.append(Heading(pos, m.end(), 1, name, SectionKind.PLAN))
    return out


# A paragraph of honours with no heading of its own, closing a section (2022年被xx省体育局
# 评为…先进集体；被xx市委、市政府评为“文明单位”。): every clause opens with the honour.
HONOUR_CLAUSE: Final = regex_cache.compile(
    r"\s*(?:(?:19|20)\d{2}年度?|20[xX*]{2}年度?|今年|去年|近年来)?[,，]?"
    r"[^,，。；;\n]{0,12}?(?:先后|相继|多次)?(?:被[^。；;\n]{1,40}?(?:评为|授予|命名为|表彰为)|荣获|获评)"
)
CLAUSE_END: Final = regex_cache.compile(r"[。；;]")
# (every honour holds one of these words: a line without them is not split nor matched)
HONOUR_WORDS: Final = held_literals(HONOUR_CLAUSE)


def find_honours(text: str, start: int, end: int, headings: Sequence[Heading]) -> list[Heading]:
    """Paragraphs of honours right before a heading or the document's end: each opens
    an ``other`` section (the gold guide's honours list), which the heading after closes."""
    starts = {h.start for h in headings}
    out = []
    lines = [(_lead(text, s, e), e) for s, e in iter_lines(text, start, end) if text[s:e].strip()]
    for k, (s, e) in enumerate(lines):
        closes = k + 1 == len(lines) or lines[k + 1][0] in starts
        if not closes or s in starts or all(text.find(w, s, e) < 0 for w in HONOUR_WORDS):
            continue
        clauses = [c for c in CLAUSE_END.split(text[s:e]) if c.strip()]
        if clauses and all(HONOUR_CLAUSE.match(c) for c in clauses):
            out.append(Heading(s, s, 1, "", SectionKind.OTHER))
    return out


def _lead(text: str, s: int, e: int) -> int:
    """Where the words of the line ``text[s:e]`` begin, past its indentation."""
    while s < e and text[s] in " \t":
        s += 1
    return s


def _line_starts(text: str, start: int, end: int, spaced: bool) -> list[int]:
    positions = [_lead(text, s, e) for s, e in iter_lines(text, start, end)]
    if spaced:
        positions.extend(after_spaces(text, start, end - 1))
    return sorted(set(positions))


def after_spaces(text: str, start: int, end: int) -> list[int]:
    """The position after each space of ``text[start:end]`` (found by ``str.find``: a
    loop over every character cost 2 % of the corpus's time)."""
    out: list[int] = []
    i = text.find(" ", start, end)
    while i >= 0:
        out.append(i + 1)
        i = text.find(" ", i + 1, end)
    return out


# A line of a table of contents whose page number is set apart by spaces alone (一、2026年工作
# 回顾              1; 第一部分  过去一年工作回顾      2): a run of spaces before the number
# that ends the line, or, where normalising deleted the spaces between a Han character and a
# digit (…回顾1), the number right where they were (``gaps``).
PAGE_AT_END: Final = r"(?P<page>\d{1,4})[ \t]*$"
TOC_PAGE: Final = (
    regex_cache.compile(r"(?:(?P<kept>[ \u3000]{2,})|(?<=[\p{Han}）)”]))" + PAGE_AT_END)
)
# What a line's last character must be for ``TOC_PAGE`` to match (a digit, a space or a
# tab), read backwards from its end (the look-behind before it is no part of the end):
# a heading's line ending in a Han character is not searched (Han is answered unasked).
PAGE_CLOSES: Final = Opens(regex_cache.compile(PAGE_AT_END), last=True)
# Every character of a match, from its start to the line's end, is one of these or a digit
# (``normalize.is_digit``, what \\d matches): the line is searched from where its last run
# of them starts (``page_from``), not from its start (a paragraph's line ending in a digit
# was searched whole, some 65 µs).
PAGE_RUN: Final = frozenset(" \u3000\t")


def _spaced_page_number(text: str, pos: int, line_end: int, gaps: Sequence[int]) -> bool:
    """Whether the line at ``pos`` ends in a page number set apart by spaces."""
    last = text[line_end - 1] if pos < line_end else ""
    if not last or (last != "\n" and not PAGE_CLOSES(last)):
        return False  # (``$`` matches before a last line end too: that is asked)
    m = TOC_PAGE.search(text, page_from(text, pos, line_end), line_end)
    if m is None:
        return False
    if m.group("kept"):
        return True
    k = bisect_right(gaps, m.start("page")) - 1
    return k >= 0 and gaps[k] == m.start("page")


def page_from(text: str, pos: int, line_end: int) -> int:
    """Where ``TOC_PAGE``'s matches in ``text[pos:line_end]`` may start: the start of the
    line's last run of ``PAGE_RUN`` characters and digits (before a last line end, where
    ``$`` matches too). A search from there finds what a search from ``pos`` finds (the
    look-behind still reads the character before)."""
    q = line_end - 1 if pos < line_end and text[line_end - 1] == "\n" else line_end
    while q > pos and (text[q - 1] in PAGE_RUN or is_digit(text[q - 1])):
        q -= 1
    return q


def find_headings(
    text: str, start: int, end: int, spaced: bool, gaps: Sequence[int] = ()
) -> list[Heading]:
    """Headings at line starts, and (in space-wrapped text) after a space. In such text a
    heading of level 1 or 2 ends at the first space between Han characters, kept or
    deleted by normalisation (``gaps``: the normalised positions where characters were
    deleted), so its words do not run on into the paragraph it opens."""
    out: list[Heading] = []
    for pos in _line_starts(text, start, end, spaced):
        level, stop = heading_and_stop(text, pos)  # (the stop: ``HEADING_END``'s search)
        if not level:
            continue
        line_end = text.find("\n", pos, end)
        line_end = end if line_end < 0 else line_end
        if TOC_LINE.search(text, pos, line_end) or _spaced_page_number(text, pos, line_end, gaps):
            continue
        reach = min(end, pos + HEADING_REACH)
        h_end = stop if stop is not None and stop < reach else min(end, pos + 40)
        inline = False
        if spaced:
            sp = text.find(" ", pos, h_end)
            h_end = sp if sp > 0 else h_end
        if spaced and level <= 2:
            # the first space deleted after a Han character past the list marker (one
            # between 2022 and 年 is inside the heading's words); a numbered item (1、…)
            # opens a paragraph rather than titling one, so it is left whole
            k = bisect_right(gaps, pos + 2)
            while k < len(gaps) and gaps[k] < h_end:
                if HEADING_GAP.fullmatch(text, gaps[k] - 1, gaps[k] + 1):
                    h_end, inline = gaps[k], True
                    break
                k += 1
        out.append(Heading(pos, h_end, level, text[pos:h_end].strip(), inline=inline))
    return out


def find_bare_headings(text: str, start: int, end: int, doc: Document) -> list[Heading]:
    """In a government work report, the lines that are top-level headings without a
    number (``govreport_sections.bare_heading``: 2025年工作回顾, “十五五”时期主要目标)."""
    if doc.kind != DocKind.GOVERNMENT_REPORT:
        return []
    out = []
    annex = False  # the line before was a bare 附件: this one may be the annex's title
    for s, e in iter_lines(text, start, end):
        s = _lead(text, s, e)
        kind = annex_title_kind(text[s:e], doc.plan_year) if annex else None
        annex = ANNEX_AT.match(text[s:e]) is not None
        if kind is not None:
            out.append(Heading(s, e, 1, text[s:e].strip(), kind))
        elif s > start and not heading_level(text, s) and bare_heading(text[s:e]):
            out.append(Heading(s, e, 1, text[s:e].strip()))
    return out


def classify(heading: str, doc: Document, top: bool) -> SectionKind | None:
    if top and doc.kind == DocKind.GOVERNMENT_REPORT:
        kind = heading_kind(heading, doc.plan_year)
        if kind is not None:
            return kind
    heading = heading[:CUE_WINDOW]
    for stop in CUE_STOPS:  # (its words up to the first stop; a partition a stop takes
        # less than a split of the window by the class of them)
        heading = heading.partition(stop)[0]
    if top:
        if OTHER.search(heading):
            return SectionKind.OTHER
        if not PROBLEM_CHARS.isdisjoint(heading) and PROBLEM_CUE.search(heading):
            return SectionKind.PROBLEMS
        if _names_year(heading, doc.plan_year):
            return SectionKind.PLAN
        if _names_year(heading, doc.summary_year):
            return SectionKind.SUMMARY
        if SUMMARY_CUE.search(heading):
            return SectionKind.SUMMARY
        if PLAN_CUE.search(heading):
            return SectionKind.PLAN
        return None
    if LOW_PROBLEM.search(heading):
        return SectionKind.PROBLEMS
    if LOW_PLANNED(heading) or _names_year(heading, doc.plan_year):
        return SectionKind.PLAN
    return None


def _names_year(heading: str, year: int | None) -> bool:
    """Whether ``year`` is one of the years ``YEAR_IN`` finds in ``heading``; not looked
    for where its digits are not written (a year found is written as its digits)."""
    if not year or str(year) not in heading:
        return False
    return year in map(int, YEAR_IN.findall(heading))


def main_kind(doc: Document) -> SectionKind:
    if doc.kind in (DocKind.PLAN, DocKind.KEY_POINTS):
        return SectionKind.PLAN
    return SectionKind.SUMMARY


@dataclass(frozen=True, slots=True)
class SectionSpan:
    kind: SectionKind
    heading: str
    start: int
    end: int
    period: tuple[int, int] | None = None  # the five-year plan it speaks of (govreport_sections)


def find_sections(
    text: str, start: int, end: int, doc: Document, headings: list[Heading]
) -> list[SectionSpan]:
    """Sections of ``text[start:end]`` from its ``headings`` (see the module contract)."""
    # the level of the report's own headings: a paragraph that opens a section by its words
    # (a pledge, a turn to the year past) is no heading of the report's numbering
    top_level = min((h.level for h in headings if h.kind is None), default=0)
    if top_level == 3 and any(h.level == 1 for h in headings):
        top_level = 1
    spans: list[SectionSpan] = []
    kind, heading, sec_start, period = SectionKind.OTHER, "", start, None
    for h in headings:
        top = h.level == top_level or h.kind is not None
        new = h.kind or classify(h.text, doc, top)
        if new is None and top and kind is SectionKind.OTHER and not spans:
            new = main_kind(doc)  # the first content heading after the preamble
        if new is None or (new is kind and not top):
            continue
        if h.start > sec_start:
            spans.append(SectionSpan(kind, heading, sec_start, h.start, period))
        kind, heading, sec_start, period = new, h.text, h.start, h.period
    spans.append(SectionSpan(kind, heading, sec_start, end, period))
    if spans[0].kind is SectionKind.OTHER and not any(h.kind is None for h in headings):
        # no headings (at most a closing pledge): the report up to it is its main kind
        spans[0] = SectionSpan(main_kind(doc), "", spans[0].start, spans[0].end)
    if doc.kind == DocKind.GOVERNMENT_REPORT:
        spans = [
            replace(sp, period=heading_period(sp.heading, sp.kind, doc.plan_year))
            if sp.period is None
            else sp
            for sp in spans
        ]
    return spans


def find_period_paragraphs(
    text: str, start: int, end: int, doc: Document, headings: Sequence[Heading]
) -> list[Heading]:
    """In a government work report, paragraphs that turn what is said to another period:
    the five years past (这五年…), the year past (刚刚过去的2025年…), the five years to come
    (“十五五”时期是…). Each opens a section with that kind and period where it differs
    from what the heading above (or the paragraph before) gave."""
    if doc.kind != DocKind.GOVERNMENT_REPORT:
        return []
    tops = iter(sorted((h for h in headings if h.level == 1), key=lambda h: h.start))
    top = next(tops, None)
    state: tuple[SectionKind | None, tuple[int, int] | None] = (None, None)
    turns = False  # the plan heading above sets the five years' goals beside the year's
    out = []
    for s, e in iter_lines(text, start, end):
        s = _lead(text, s, e)
        while top is not None and top.start <= s:
            kind = heading_kind(top.text, doc.plan_year)
            state = (
                kind,
                heading_period(top.text, kind, doc.plan_year) if kind else None,
            )
            turns = kind is SectionKind.PLAN and turns_in_plan(top.text, doc.plan_year)
            top = next(tops, None)
        head = text[s : min(e, s + 24)]
        if state[0] is SectionKind.PLAN:
            found = plan_paragraph_state(head, doc.plan_year) if turns else None
        else:
            found = paragraph_state(head, doc.plan_year)
        if found is None or found == state:
            continue
        state = found
        stop = PLEDGE_STOP.search(text, s, min(e, s + 40))
        name = text[s : stop.start() if stop else min(e, s + 20)].strip()
        out.append(Heading(s, s, 1, name, found[0], period=found[1]))
    return out
