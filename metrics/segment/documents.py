"""Splitting a compilation into documents, reading its table of contents.

Contract: ``split_documents(norm, source_file)`` returns the documents of one file in
order, with original offsets, and the table of contents it found. A document starts at a
title line (``区统计局2023年工作总结与2024年工作计划``) or at a piece marker (``【篇一】``,
``(篇一)``); text before the first one (headers, web-page debris) and the table of
contents belong to no document. Tables of contents are read: each entry is matched to a
document by its title, and entries with no body are reported.

What opens a document is ``title_lines``'s; the table of contents is ``toc``'s; what a
government work report's document holds (its government, year, delivery) and where it ends
is ``govreport_documents``'s. This module puts them together into the documents of a file.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from metrics import regex_cache
from metrics.lexicon.departments import canonical_department, department_in
from metrics.normalize import Normalized
from metrics.records import DocKind, Document, doc_id
from metrics.segment.govreport import report_title
from metrics.segment.govreport_documents import (
    as_government_report,
    with_delivery,
    within_government_reports,
)
from metrics.segment.lines import is_debris, iter_lines, page_tail
from metrics.segment.places import place_of
from metrics.segment.title_lines import (
    COMPILATION,
    PIECE,
    find_title_lines,
    is_title_line,
    one_line,
    place_report,
    read_order,
)
from metrics.segment.titles import (
    TitleFacts,
    clean_department,
    closing_date_years,
    cover_level,
    issue_year,
    level_from_body,
    organisation_from_body,
    parse_title,
    plan_after_review,
    plan_heading_year,
    plan_year_of_opening,
    years_from_body,
)
from metrics.segment.toc import TocEntry, find_toc, match_toc

PIECE_HEADER = regex_cache.compile(
    r"(?P<head>[^()（）]{2,40}?)(?:[(（]共\s?\d{1,3}\s?篇[)）]|(?<!\d)\d{1,3}\s?篇)\s*$"
)


@dataclass(frozen=True, slots=True)
class SplitResult:
    documents: list[Document]
    toc: list[TocEntry]
    missing: list[TocEntry]  # entries of the table of contents with no body in the file
    doc_spans: list[tuple[int, int]]  # normalised spans of the documents


def split_documents(norm: Normalized, source_file: str, continued: bool = False) -> SplitResult:
    """The reports of one text. ``continued``: the text is a later piece of a large file,
    so whatever stands before its first title line ends the previous piece's report and
    is kept as a document of its own, however short."""
    text = norm.text
    parse_title.cache_clear()  # (the titles of one text kept, as read: see TITLES_KEPT)
    is_title_line.cache_clear()  # (and the last lines read as title lines or not)
    toc, toc_regions = find_toc(text)

    def in_toc(pos: int) -> bool:
        return any(a <= pos < b for a, b in toc_regions)

    starts, header = find_title_lines(text, in_toc)
    for m in PIECE.finditer(text):
        if not in_toc(m.start()):
            starts.append((m.start(), m.group(), True))
    starts.sort()
    starts, cuts = within_government_reports(text, starts)
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
        starts.insert(0, (first, untitled_name(text[first:line_end].strip()), False))
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
    cover = cover_level(header) if header else None
    headers = _piece_headers(text, merged, header_facts)
    documents: list[Document] = []
    spans: list[tuple[int, int]] = []
    for index, (start, title, piece) in enumerate(merged):
        end = merged[index + 1][0] if index + 1 < len(merged) else len(text)
        end = min([end, *(c for c in cuts if c > start)])
        closing = text[start:end]  # (with a date alone on its last line, trimmed below)
        end = _trim_debris(text, start, end)
        body = text[start:end]
        facts = parse_title(one_line(read_order(title))) if not piece else None
        opening = body[:4000]
        department = facts.department if facts else None
        raw = facts.department_raw if facts else None
        level = facts.level if facts else None
        masked = facts.place_masked if facts else False
        piece_header = headers.get(start)
        # (a place's own report, XX县2023年乡村振兴工作总结: the place speaks, not an office
        # its opening names)
        own_place = facts is not None and facts.level is not None and place_report(one_line(title))
        if department is None and not own_place:
            department, raw = organisation_from_body(opening)
            if department is None and piece_header:
                department, raw = piece_header.department, piece_header.department_raw
            if department:
                department, lv, m2 = clean_department(raw or department)
                level = level or lv
                masked = masked or m2
        if level is None:
            level = level_from_body(opening, department)
        if level is None and not masked and place_of(raw or title) is None:
            level = cover  # 人社局2024年工作总结 in XX县2024年县直部门工作总结汇编: the county's
        summary_year = facts.summary_year if facts else None
        plan_year = facts.plan_year if facts else None
        review = facts is not None and facts.kind is DocKind.SUMMARY
        # (a title on several lines is read from its last: the opening's year stands on the
        # line below it, 东山镇 / 工作总结 / 2023年，…, as below a title on one line)
        last_line = title.rfind("\n") + 1 if not piece else 0
        # (a review with its plan reads its opening's year as a review does: 县档案馆今年工作
        # 总结和明年工作计划 / 2023年，…)
        reviews = review or (facts is not None and facts.kind is DocKind.SUMMARY_PLAN)
        body_summary, body_plan = years_from_body(body[last_line:20000], reviews)
        # the body's headings give the years a title leaves out: all of them when the title
        # names none (政府工作报告), else only for a report of both kinds
        yearless = facts is not None and facts.summary_year is None and facts.plan_year is None
        open_kind = facts is None or facts.kind in (None, DocKind.SUMMARY_PLAN) or yearless
        if summary_year is None and open_kind:
            summary_year = body_summary
        if plan_year is None and open_kind:
            plan_year = body_plan
        plan_only = facts is not None and facts.kind in (DocKind.PLAN, DocKind.KEY_POINTS)
        if plan_year is None and yearless and plan_only:
            plan_year = plan_year_of_opening(body)  # 县应急管理局工作要点 / 新的一年，…2024年…
        if summary_year is None and plan_year is None and facts and facts.kind is None:
            # XX县发展和改革局 / 工作动态 / 第6期 / …2024年7月8日: the issue's year
            summary_year = issue_year(title, body[len(title) :])
        if summary_year is None and plan_year is None and yearless and facts:
            # 县档案馆工作总结 / … / 二〇二四年十二月二十日: the date it closes with
            summary_year, plan_year = closing_date_years(closing, facts.kind, title)
        if summary_year is None and plan_year is None and piece_header:
            # a piece that states no year (今年以来…) has its compilation's: 工作总结3篇
            summary_year, plan_year = piece_header.summary_year, piece_header.plan_year
        elif summary_year is None and plan_year is None and yearless and header_facts:
            summary_year, plan_year = covers_years(header_facts, facts)
        if plan_year is None and summary_year and facts and facts.kind is DocKind.SUMMARY_PLAN:
            # 县统计局2023年工作总结和下一步工作打算: the year after the one reviewed
            plan_year = plan_after_review(one_line(title), summary_year)
        reviewed = summary_year if review and plan_year is None else None
        if reviewed and not report_title(title)[0]:
            # 二、2024年工作打算 in a review of 2023: it plans 2024 too
            plan_year = plan_heading_year(body[:20000], reviewed)
            if plan_year:
                facts = replace(facts, kind=DocKind.SUMMARY_PLAN) if facts else facts
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
            title=one_line(norm.original_slice(title_start, title_start + len(title))),
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
        if not piece and report_title(title)[0]:
            document = as_government_report(document, title, opening)
        else:
            document = with_delivery(document, opening)
        documents.append(document)
        spans.append((start, end))
    documents, missing = match_toc(documents, toc)
    return SplitResult(documents, toc, missing, spans)


def covers_years(cover: TitleFacts, facts: TitleFacts | None) -> tuple[int | None, int | None]:
    """The years a report titled and opened without one takes from its compilation's cover,
    each for the kind of report that names it: a review the cover's review year (2023年县直
    部门工作总结汇编 / 县林业局工作总结 / 今年以来，… -> 2023), a plan or key points the cover's
    plan year (2023年工作总结及2024年工作要点汇编 / 县统计局工作要点 / 新的一年，… -> 2024), a
    title of both kinds both. Not a plan under a cover of reviews alone (its plan year is the
    next one, or another: no guess), nor a report under a cover naming no year."""
    kind = facts.kind if facts else None
    summary = cover.summary_year if kind in (None, DocKind.SUMMARY, DocKind.SUMMARY_PLAN) else None
    plans = (None, DocKind.PLAN, DocKind.KEY_POINTS, DocKind.SUMMARY_PLAN)
    return summary, cover.plan_year if kind in plans else None


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
        before = CLAUSE_STOP.split(before)[-1].rstrip()
        # the header ends in 篇 or 篇): testing that first spares a search at every position
        m = PIECE_HEADER.search(before) if before.endswith(("篇", "篇)", "篇）")) else None
        if m:
            current = parse_title(m.group("head"))
        out[start] = current
    return out


UNTITLED_MIN = 200  # characters of content before the first title that make a document
# An untitled document is named by its first line: up to a delivery line joined to it
# (…的审查结果报告——2025年1月14日在…会议上, a PDF's wrapped lines joined), whole when it reads
# as a title, a heading of up to UNTITLED_TITLE_MAX characters with no pause inside (东湖市人民
# 代表大会财政经济委员会关于东湖市2024年国民经济和社会发展计划执行情况与2025年计划草案的审查
# 结果报告, 60 characters; 代表委员热议政府工作报告：6%左右的增长目标“跳一跳够得着”, a
# headline's colon is no pause), else by its first UNTITLED_NAME characters: a first line that
# is a sentence (1月16日下午，北塘区代表团分组审议政府工作报告。) is no name of its own.
UNTITLED_TITLE_MAX = 80
UNTITLED_NAME = 40
SENTENCE_PAUSE = regex_cache.compile(r"[。，,；;！!？?]")
# Where the clause before a piece's header begins (compiled once, not at each call).
CLAUSE_STOP = regex_cache.compile(r"[。;；!?！？\n]")
# (a dash after a digit is a span of years: 规划（2021-2025年）)
DELIVERY_JOINED = regex_cache.compile(r"(?<!\d)\s*[—－-]{1,2}\s*(?=(?:19|20)\d{2}\s*年)")


def untitled_name(line: str) -> str:
    """The name of a document whose first line is no title line (see above)."""
    head = DELIVERY_JOINED.split(line, maxsplit=1)[0]
    if head and len(head) <= UNTITLED_TITLE_MAX and SENTENCE_PAUSE.search(head) is None:
        return head
    return line[:UNTITLED_NAME]


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
