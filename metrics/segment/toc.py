"""A compilation's table of contents: its entries, and which document each one names.

Contract: ``find_toc(text)`` gives the entries of every table of contents in a text (under
目录, with page numbers or as a list of titles) and the spans they cover, which open no
document; ``match_toc(documents, toc)`` sets each document's ``toc_title`` from the entry
that names it and returns the entries with no body in the file.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from metrics import regex_cache
from metrics.gates import Guard
from metrics.records import Document
from metrics.segment.lines import is_debris, iter_lines, read_marker
from metrics.segment.title_lines import COMPILATION, is_title_line
from metrics.segment.titles import TITLE_KEYWORD

TOC_HEAD = regex_cache.compile(r"^\s*目\s*录\s*$")
TOC_ENTRY = regex_cache.compile(
    r"^\s*(?:\d{1,3}[.、]?)?(?P<title>\S.{2,80}?)[\t .…·]+(?P<page>\d{1,4})\s*$"
)
# (lines that hold no 目 or end in no page number are not tried)
CONTENTS_HEAD, CONTENTS_ENTRY = Guard(TOC_HEAD), Guard(TOC_ENTRY)


@dataclass(frozen=True, slots=True)
class TocEntry:
    title: str
    page: int | None  # None in a list of titles without page numbers
    start: int  # normalised offsets of the entry line
    end: int


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
        if s == e:
            continue  # (an empty line opens, adds and closes nothing: see below)
        line = text[s:e]
        if CONTENTS_HEAD.match(line):
            close()
            head = (s, e)
            continue
        m = CONTENTS_ENTRY.match(line)
        if (m and TITLE_KEYWORD.search(m.group("title"))) or (m and head and block):
            block.extend(_entries(m.group("title").strip(), int(m.group("page")), s, e))
        elif (
            head
            and all(b.page is None for b in block)
            and is_title_line(line)
            and line.strip() not in {b.title for b in block}
        ):
            # titles listed under 目录 without page numbers; the first one listed again
            # is the first report's own title. A contents page that numbers its pages ends
            # at the first line with no number, however its entries were written: its
            # entries may be two joined on one line (below), that title then repeats none.
            block.append(TocEntry(line.strip(), None, s, e))
        elif line.strip() and not (head and not block and is_debris(line)):
            close()
    close()
    return entries, regions


# Two entries on one line, each with its leader and page (市交通运输局2023年工作总结......1市城市
# 管理局2023年工作计划······4, 县林业局工作总结……5 县商务局工作要点……9): a PDF's lines joined.
# The leader is three points or more (two …) and the page number is followed by the next
# title, not a title's own number (2023年, 第1季度: no leader before them).
JOINED_ENTRY = regex_cache.compile(
    r"[\t .…·]*(?:[.·]{3,}|…{2,})[\t ]*(?P<page>\d{1,4})[\t ]*(?=\D)"
)


def _entries(title: str, page: int, start: int, end: int) -> list[TocEntry]:
    """The entries of a contents line: one, or each of the entries joined on it."""
    out: list[TocEntry] = []
    at = 0
    for m in JOINED_ENTRY.finditer(title):
        out.append(TocEntry(title[at : m.start()].strip(), int(m.group("page")), start, end))
        at = m.end()
    out.append(TocEntry(title[at:].strip(), page, start, end))
    return out


# What a contents entry and its heading may differ by: spaces, numbers, points, brackets
# and quotes (compiled once, not at each call).
KEY_NOISE = regex_cache.compile(r"[\s\d.、()（）“”\"]+")


def _key(title: str) -> str:
    """A title to match by: no heading marker (一、, （二）: a compilation's contents may
    number its reports so), no digits, spaces, points or quotes."""
    level, end = read_marker(title, 0)
    return KEY_NOISE.sub("", title[end:] if level else title)


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
        if COMPILATION.search(entry.title) or ek in ("目录",) or _own_heading(entry.title):
            continue  # (a report's own contents name no report of the file)
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


def _own_heading(title: str) -> bool:
    """An entry of a report's own contents, not a report of the compilation: a heading
    marker and words that title no report (一、2023年工作总结, 二、存在的问题, （三）下步打算),
    where one that names a report (一、县林业局2024年工作总结) is a report's entry."""
    level, end = read_marker(title, 0)
    return bool(level) and not is_title_line(title[end:])
