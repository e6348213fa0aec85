"""Splitting a compilation into documents, reading its table of contents.

Contract: ``split_documents(norm, source_file)`` returns the documents of one file in
order, with original offsets, and the table of contents it found. A document starts at a
title line (``区统计局2023年工作总结与2024年工作计划``) or at a piece marker (``【篇一】``,
``(篇一)``); text before the first one (headers, web-page debris) and the table of
contents belong to no document. Tables of contents are read: each entry is matched to a
document by its title, and entries with no body are reported.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

import regex

from metrics.lexicon.departments import canonical_department, department_in
from metrics.normalize import Normalized, only_page_chrome
from metrics.opening import Guard
from metrics.records import DocKind, Document, doc_id
from metrics.segment import delivery, govreport
from metrics.segment.lines import heading_level, is_debris, iter_lines, page_tail
from metrics.segment.places import is_masked_place, place_of
from metrics.segment.titles import (
    ORG_TAIL,
    TITLE_KEYWORD,
    YEAR,
    TitleFacts,
    clean_department,
    level_from_body,
    organisation_from_body,
    parse_title,
    topic_title,
    unnumbered,
    years_from_body,
)

TOC_HEAD = regex.compile(r"^\s*目\s*录\s*$")
TOC_ENTRY = regex.compile(
    r"^\s*(?:\d{1,3}[.、]?)?(?P<title>\S.{2,80}?)[\t .…·]+(?P<page>\d{1,4})\s*$"
)
PIECE = regex.compile(r"【篇[一二三四五六七八九十]{1,3}】|[(（]篇[一二三四五六七八九十]{1,3}[)）]")
COMPILATION = regex.compile(r"汇编|(?<!\d)\d{1,3}\s?篇|[一二三四五六七八九十]{1,3}篇|目录")
TITLE_YEAR = regex.compile(YEAR)
PIECE_HEADER = regex.compile(
    r"(?P<head>[^()（）]{2,40}?)(?:[(（]共\s?\d{1,3}\s?篇[)）]|(?<!\d)\d{1,3}\s?篇)\s*$"
)
SPACE = regex.compile(r"\s+")
JOINED = regex.compile(r"及|和|与|暨|、")
PUNCT_INSIDE = regex.compile(r"[。，,；;！!？?]")
# (lines that hold no 目 or end in no page number are not tried)
CONTENTS_HEAD, CONTENTS_ENTRY = Guard(TOC_HEAD), Guard(TOC_ENTRY)
YEARLESS_TITLE = regex.compile(
    r"(?P<org>[\p{Han}xX*]{2,20}?)(?:上半年|下半年|年度)?工作(?:总结|计划|要点|报告|安排|思路)"
)


@dataclass(frozen=True, slots=True)
class TocEntry:
    title: str
    page: int | None  # None in a list of titles without page numbers
    start: int  # normalised offsets of the entry line
    end: int


@dataclass(frozen=True, slots=True)
class SplitResult:
    documents: list[Document]
    toc: list[TocEntry]
    missing: list[TocEntry]  # entries of the table of contents with no body in the file
    doc_spans: list[tuple[int, int]]  # normalised spans of the documents


def find_toc(text: str) -> tuple[list[TocEntry], list[tuple[int, int]]]:
    """Entries of every table of contents in ``text`` and the spans they cover."""
    entries: list[TocEntry] = []
    regions: list[tuple[int, int]] = []
    block: list[TocEntry] = []
    head: tuple[int, int] | None = None

    def close() -> None:
        nonlocal block, head
        if len(block) >= 3 or (head and block):
            entries.extend(block)
            regions.append((head[0] if head else block[0].start, block[-1].end))
        block, head = [], None

    for s, e in iter_lines(text):
        line = text[s:e]
        if CONTENTS_HEAD.match(line):
            close()
            head = (s, e)
            continue
        m = CONTENTS_ENTRY.match(line)
        if (m and TITLE_KEYWORD.search(m.group("title"))) or (m and head and block):
            block.append(TocEntry(m.group("title").strip(), int(m.group("page")), s, e))
        elif head and is_title_line(line) and line.strip() not in {b.title for b in block}:
            # titles listed under 目录 without page numbers; the first one listed again
            # is the first report's own title
            block.append(TocEntry(line.strip(), None, s, e))
        elif line.strip() and not (head and not block and is_debris(line)):
            close()
    close()
    return entries, regions


def is_title_line(line: str) -> bool:
    """A line that opens a report: short, holds a year and a report word, no sentence."""
    stripped = unnumbered(line.strip())
    if govreport.report_title(stripped)[0]:
        return True  # 2026年政府工作报告: a report named by its kind alone
    if not 5 <= len(stripped) <= 60 or PUNCT_INSIDE.search(stripped):
        return False
    if govreport.not_a_title(stripped):
        return False
    if heading_level(stripped, 0) or COMPILATION.search(stripped) or is_debris(stripped):
        return False
    if not TITLE_KEYWORD.search(stripped):
        return False
    if not TITLE_YEAR.search(stripped):
        # a report may be titled without its year (市气象局工作总结): then the line must
        # be an organisation's name and a report word, and nothing else
        m = YEARLESS_TITLE.fullmatch(stripped)
        return bool(m and ORG_TAIL.search(m.group("org")))
    facts = parse_title(stripped)
    # a bare "2024年工作计划" is a heading inside a report, not a report of its own; one
    # with a topic ("2024年全县教育工作要点") is a title
    return bool(facts.department_raw) or bool(JOINED.search(stripped)) or topic_title(stripped)


# An organisation's name alone on its line (县市场监督管理局, 南岭市青川区统计局), as a PDF
# prints it above a title that does not name it.
ORG_LINE = regex.compile(r"[\p{Han}xX*]{3,24}")
ORG_NAME_END = Guard(ORG_TAIL)  # (a line whose last character ends no name is not tried)
# The words that name a report (总结) or its plan (计划, 要点, …) in a title's last words.
PLAN_WORD = r"(?:计划|要点|安排|思路|打算)"
REPORT_WORD = rf"(?:总结|{PLAN_WORD})"
# Under such a name, a title of the year and the report's words alone is the report's title
# (区发展和改革局 / 2024年工作总结), not the heading it would be inside a report.
BARE_TITLE = regex.compile(
    rf"{YEAR}\s*年度?(?:上半年|下半年)?(?:工作)?{REPORT_WORD}"
    rf"(?:[和及与暨]{YEAR}?\s*年?度?(?:下半年)?(?:工作)?{PLAN_WORD})?$"
)
# A title line that stops at a 和 or a year has lost its end to a PDF's line break, and the
# next line that is only report words, maybe with their year, ends it (…工作总结和2025年 /
# 工作计划, …工作总结及 / 2024年工作思路).
DANGLING_END = regex.compile(rf"(?:[和及与暨]|{YEAR}\s*年度?)$")
TITLE_TAIL = regex.compile(rf"(?:{YEAR}\s*年度?)?(?:(?:上|下)半年)?(?:工作)?{REPORT_WORD}")
Start = tuple[int, str, bool]  # (normalised start, title, is piece marker)


def _org_alone(line: str) -> bool:
    """Whether ``line`` (stripped) is an organisation's name alone."""
    named = ORG_NAME_END.search(line) and ORG_LINE.fullmatch(line)
    return bool(named) and not TITLE_KEYWORD.search(line)


def _key(title: str) -> str:
    return regex.sub(r"[\s\d.、()（）“”\"]+", "", title)


def _title_lines(text: str, in_toc: Callable[[int], bool]) -> tuple[list[Start], str]:
    """The title lines of ``text`` as (start, title, False), and the compilation's header
    line. A title may take two lines, the text between them kept in the title (its line
    break and any spaces that indent or end them): an organisation's name alone above a
    title that names none (南岭市青川区统计局 / 2024年工作总结), or a title the PDF wrapped
    after a dangling 和 or year (…工作总结和2025年 / 工作计划)."""
    starts: list[Start] = []
    header = ""
    before: tuple[int, str] | None = None  # the line before, when it is an organisation alone
    for s, e in iter_lines(text):
        line = text[s:e]
        if in_toc(s):
            continue
        stripped = line.strip()
        if not starts and not header and COMPILATION.search(line) and len(stripped) < 80:
            header = stripped
        at = s + len(line) - len(line.lstrip())
        # the text from the organisation's name to this line, when this line is right below
        above = text[before[0] : at] if before else ""
        below = bool(above) and _line_break(above[len(before[1]) :])
        if is_title_line(line):
            title = govreport.title_part(stripped)
            if below and parse_title(title).department_raw is None:
                starts.append((before[0], above + title, False))
            else:
                starts.append((at, title, False))
        elif below and BARE_TITLE.match(stripped):
            starts.append((before[0], above + stripped, False))
        elif starts and _wrapped(text, starts[-1], at, stripped):
            begin, title, _ = starts[-1]
            starts[-1] = (begin, text[begin:at] + stripped, False)
        before = (at, stripped) if _org_alone(stripped) else None
    return starts, header


def _line_break(gap: str) -> bool:
    """Whether ``gap`` is one line break, maybe with spaces around it."""
    return gap.count("\n") == 1 and not gap.strip()


def _wrapped(text: str, last: Start, at: int, line: str) -> bool:
    """Whether ``line``, at ``at``, ends the title ``last`` the PDF wrapped on the line
    before (…总结和2025年 / 工作计划)."""
    start, title, _ = last
    adjacent = _line_break(text[start + len(title) : at])
    return adjacent and bool(DANGLING_END.search(title) and TITLE_TAIL.fullmatch(line))


def _one_line(title: str) -> str:
    """A title printed on two lines as one (its line break and the spaces around it out)."""
    return regex.sub(r"\s*\n\s*", "", title)


def split_documents(norm: Normalized, source_file: str, continued: bool = False) -> SplitResult:
    """The reports of one text. ``continued``: the text is a later piece of a large file,
    so whatever stands before its first title line ends the previous piece's report and
    is kept as a document of its own, however short."""
    text = norm.text
    toc, toc_regions = find_toc(text)

    def in_toc(pos: int) -> bool:
        return any(a <= pos < b for a, b in toc_regions)

    starts, header = _title_lines(text, in_toc)
    for m in PIECE.finditer(text):
        if not in_toc(m.start()):
            starts.append((m.start(), m.group(), True))
    starts.sort()
    starts, cuts = _within_government_reports(text, starts)
    first = _untitled_start(
        text,
        starts[0][0] if starts else len(text),
        in_toc,
        header,
        # with no title at all, the text is a report
        minimum=UNTITLED_MIN if starts and not continued else 1,
    )
    if first is not None:
        # a report without a title line (or before the first titled one) is a document too
        line_end = text.find("\n", first)
        line_end = len(text) if line_end < 0 else line_end
        starts.insert(0, (first, text[first:line_end].strip()[:40], False))
    # a title line right before its piece marker is one document, not two; so is a marker
    # on a line of its own before its title line (【篇一】\n县商务局…工作总结): the document
    # starts at the marker and is named by the title line
    merged: list[tuple[int, str, bool]] = []
    title_at: dict[int, int] = {}
    for st in starts:
        last = merged[-1] if merged else None
        if last and not last[2] and last[0] not in title_at and st[2] and st[0] - last[0] < 80:
            continue
        if merged and merged[-1][2] and not st[2] and _only_space_between(text, merged[-1], st):
            marker = merged.pop()[0]
            merged.append((marker, st[1], False))
            title_at[marker] = st[0]
            continue
        merged.append(st)

    header_facts = parse_title(header) if header else None
    headers = _piece_headers(text, merged, header_facts)
    documents: list[Document] = []
    spans: list[tuple[int, int]] = []
    for index, (start, title, piece) in enumerate(merged):
        end = merged[index + 1][0] if index + 1 < len(merged) else len(text)
        end = min([end, *(c for c in cuts if c > start)])
        end = _trim_debris(text, start, end)
        body = text[start:end]
        facts = parse_title(_one_line(title)) if not piece else None
        opening = body[:4000]
        department = facts.department if facts else None
        raw = facts.department_raw if facts else None
        level = facts.level if facts else None
        masked = facts.place_masked if facts else False
        piece_header = headers.get(start)
        if department is None:
            department, raw = organisation_from_body(opening)
            if department is None and piece_header:
                department, raw = piece_header.department, piece_header.department_raw
            if department:
                department, lv, m2 = clean_department(raw or department)
                level = level or lv
                masked = masked or m2
        if level is None:
            level = level_from_body(opening, department)
        summary_year = facts.summary_year if facts else None
        plan_year = facts.plan_year if facts else None
        body_summary, body_plan = years_from_body(body[:20000])
        # the body's headings give the years a title leaves out: all of them when the title
        # names none (政府工作报告), else only for a report of both kinds
        yearless = facts is not None and facts.summary_year is None and facts.plan_year is None
        open_kind = facts is None or facts.kind in (None, DocKind.SUMMARY_PLAN) or yearless
        if summary_year is None and open_kind:
            summary_year = body_summary
        if plan_year is None and open_kind:
            plan_year = body_plan
        if summary_year is None and plan_year is None and piece_header:
            # a piece that states no year (今年以来…) has its compilation's: 工作总结3篇
            summary_year, plan_year = piece_header.summary_year, piece_header.plan_year
        kind = (facts.kind if facts else None) or _kind_from_years(summary_year, plan_year)
        if yearless and summary_year and plan_year:  # 政府工作报告 with a review and a plan
            kind = DocKind.SUMMARY_PLAN
        o_start, o_end = norm.span(start, end)
        title_start = title_at.get(start, start)  # a title line after its piece marker
        document = Document(
            doc_id=doc_id(source_file, index),
            source_file=source_file,
            doc_index=index,
            char_start=o_start,
            char_end=o_end,
            # a title printed on two lines is one title (its span keeps the line break)
            title=_one_line(norm.original_slice(title_start, title_start + len(title))),
            department=department,
            department_raw=raw,
            level=level,
            place_masked=masked,
            summary_year=summary_year,
            plan_year=plan_year,
            kind=str(kind),
            place=place_of(raw or "") or place_of(title),
            department_canonical=_canonical(department, raw),
        )
        if not piece and govreport.report_title(title)[0]:
            document = _as_government_report(document, title, opening)
        else:
            document = _delivered(document, opening)
        documents.append(document)
        spans.append((start, end))
    documents, missing = match_toc(documents, toc)
    return SplitResult(documents, toc, missing, spans)


# How far below its title a report's delivery line stands (title, a dash line, a speaker).
DELIVERY_REACH = 200


def _delivered(doc: Document, opening: str) -> Document:
    """A report read to a people's congress that is not the government's own (the plan's or
    the budget's 执行情况与草案的报告 of 发改/财政): its delivery line under the title gives
    the date and, when the title names none, the place whose congress heard it."""
    delivered = delivery.delivery(opening[:DELIVERY_REACH])
    if delivered is None:
        return doc
    place = doc.place or delivered.place
    return replace(doc, delivered=delivered.date, place=place, place_masked=is_masked_place(place))


def _as_government_report(doc: Document, title: str, opening: str) -> Document:
    """A 政府工作报告: the government itself speaks, for the year its title or delivery
    names (the plan year), reviewing the year before."""
    _, year, place = govreport.report_title(title)
    name = govreport.committee(title)
    delivered = delivery.delivery(opening[:DELIVERY_REACH] if name else opening, bool(name))
    place = place or (delivered.place if delivered else None)
    named, word = delivery.government_named(opening) if not place else (None, None)
    place = place or named
    # the year its title or delivery names, else the plan year its headings name
    plan_year = year or (delivered.year if delivered else None) or doc.plan_year
    level, rank = govreport.government_level(place or word)
    raw = regex.search(r"[^\d年]*政府", title.replace("工作报告", ""))
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


def _within_government_reports(
    text: str, starts: list[tuple[int, str, bool]]
) -> tuple[list[tuple[int, str, bool]], list[int]]:
    """Inside a government work report only another report's title opens a document: a
    heading of its review that reads like a title (“十四五”时期发展成就和2025年工作回顾)
    does not. The report's title repeated at the end of a web copy, over a repeat of the
    report's opening, is no document either: the report ends there (a cut)."""
    kept: list[tuple[int, str, bool]] = []
    cuts: list[int] = []
    current: tuple[int, str, bool] | None = None
    for st in starts:
        is_report = not st[2] and govreport.report_title(st[1])[0]
        if is_report and current is not None and _shown_twice(text, current, st):
            continue  # the page's heading over the article's: one title
        if current is None or (is_report and not _repeats(text, current, st)):
            kept.append(st)
            current = st if is_report else None
        elif is_report:
            cuts.append(st[0])
        elif st[2]:
            kept.append(st)  # a piece marker always opens a piece
            current = None
    return kept, cuts


REPORT_MIN = 1000  # characters after a title that a government work report has at least


def _squeezed(text: str) -> str:
    """``text`` without its white space: a title or an opening as compared."""
    return SPACE.sub("", text)


def _shown_twice(text: str, first: tuple[int, str, bool], again: tuple[int, str, bool]) -> bool:
    """Whether ``again`` is ``first``'s title once more with nothing but the page's lines
    between them (a page that heads the article with its title, then the article does)."""
    same = _squeezed(first[1]) == _squeezed(again[1])
    between = text[first[0] + len(first[1]) : again[0]]
    return same and (not between.strip() or only_page_chrome(between))


def _repeats(text: str, first: tuple[int, str, bool], again: tuple[int, str, bool]) -> bool:
    """Whether ``again`` is ``first``'s title once more over text the report opened with."""
    if _squeezed(first[1]) != _squeezed(again[1]):
        return False
    body = again[0] + len(again[1])
    after = _squeezed(text[body : body + 200])
    opening = _squeezed(text[first[0] : min(again[0], first[0] + 5000)])
    # …or over a few lines the page shows below it (an abstract of the opening): what
    # follows the title is too short to be a report of its own
    rest = _squeezed(text[body : body + 2 * REPORT_MIN])
    return not after or after[:40] in opening or len(rest) < REPORT_MIN


def _canonical(department: str | None, raw: str | None) -> str | None:
    """The lexicon's name for the department (教体局 → 教育局), else the cleaned name."""
    if department is None:
        return None
    return canonical_department(department) or department_in(raw or department) or department


def _only_space_between(
    text: str, marker: tuple[int, str, bool], title: tuple[int, str, bool]
) -> bool:
    """Whether nothing but white space stands between a piece marker and a title line."""
    return not text[marker[0] + len(marker[1]) : title[0]].strip()


def _piece_headers(
    text: str, starts: list[tuple[int, str, bool]], first: TitleFacts | None
) -> dict[int, TitleFacts | None]:
    """For each piece marker, the compilation title it belongs to: the nearest
    ``…工作总结5篇`` / ``…(共5篇)`` just before a marker, else the previous one's."""
    out: dict[int, TitleFacts | None] = {}
    current = first
    for start, _title, piece in starts:
        if not piece:
            continue
        before = text[max(0, start - 80) : start]
        before = regex.split(r"[。;；!?！？\n]", before)[-1].rstrip()
        # the header ends in 篇 or 篇): testing that first spares a search at every position
        m = PIECE_HEADER.search(before) if before.endswith(("篇", "篇)", "篇）")) else None
        if m:
            current = parse_title(m.group("head"))
        out[start] = current
    return out


UNTITLED_MIN = 200  # characters of content before the first title that make a document


def _untitled_start(
    text: str, limit: int, in_toc, header: str, minimum: int = UNTITLED_MIN
) -> int | None:
    """Where untitled content before ``limit`` starts, when there is enough of it."""
    first = None
    content = 0
    for s, e in iter_lines(text, 0, limit):
        line = text[s:e].strip()
        if not line or in_toc(s) or is_debris(line) or line == header:
            continue
        if COMPILATION.search(line) and len(line) < 80:
            continue
        if first is None:
            first = s + (len(text[s:e]) - len(text[s:e].lstrip()))
        content += len(line)
    return first if first is not None and content >= minimum else None


def _kind_from_years(summary: int | None, plan: int | None) -> DocKind:
    if summary and plan:
        return DocKind.SUMMARY_PLAN
    if plan:
        return DocKind.PLAN
    return DocKind.SUMMARY


def _trim_debris(text: str, start: int, end: int) -> int:
    """End a document after its last line of content, before trailing web-page debris
    (查看更多, adverts) and the page's tail (相关报道：and the links after it); debris
    inside a document stays in it."""
    end = page_tail(text, start, end) or end
    last = start
    for s, e in iter_lines(text, start, end):
        line = text[s:e]
        if line.strip() and not (s > start and is_debris(line)):
            last = e
    return max(last, start + 1)


def match_toc(
    documents: list[Document], toc: list[TocEntry]
) -> tuple[list[Document], list[TocEntry]]:
    if not toc:
        return documents, []
    keys = [_key(d.title) for d in documents]
    used: set[int] = set()
    out = list(documents)
    missing: list[TocEntry] = []
    for entry in toc:
        ek = _key(entry.title)
        if COMPILATION.search(entry.title) or ek in ("目录",):
            continue
        hit = next(
            (
                i
                for i, k in enumerate(keys)
                if i not in used and k and (k == ek or (len(k) >= 6 and (k in ek or ek in k)))
            ),
            None,
        )
        if hit is None:
            missing.append(entry)
        else:
            used.add(hit)
            out[hit] = replace(out[hit], toc_title=entry.title)
    return out, missing
