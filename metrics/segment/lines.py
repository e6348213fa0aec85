"""Lines of a normalised text with their offsets, and the markers that start headings."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from metrics import regex_cache
from metrics.gates import Guard, Holds
from metrics.normalize import (
    CLOSINGS,
    MARKER_DIGITS,
    MARKER_NUMERALS,
    NUMERAL_SET,
    OPENINGS,
    POINTS,
    is_digit,
    is_page_chrome,
    run_end,
)

# Heading markers by level: 一、 / 第一部分 (1), （一） (2), 1. 1、（1） (3).
MARKER_L1: Final = regex_cache.compile(
    r"(?:[一二三四五六七八九十]{1,3}[、.]|第[一二三四五六七八九十]{1,3}(?:部分|章))"
)
MARKER_L2: Final = regex_cache.compile(r"[(（][一二三四五六七八九十]{1,3}[)）]")
MARKER_L3: Final = regex_cache.compile(r"(?:\d{1,2}[、.](?!\d)|[(（]\d{1,2}[)）]|\d{1,2}[)）])")
MARKERS: Final = (MARKER_L1, MARKER_L2, MARKER_L3)
# The three tried as one, in their order (a match at one position takes the first
# alternative that matches): read from the characters by ``read_marker``.
MARKER_ANY: Final = regex_cache.compile(
    "|".join(f"(?P<l{k}>{m.pattern})" for k, m in enumerate(MARKERS, 1))
)
# Text that comes from the web page around a document, not from the document: adverts
# and download-site furniture (a whole sentence of it holds no statistic of the report).
# Pay-wall marks are gone already: normalisation deletes them.
ADVERT: Final = regex_cache.compile(
    r"VIP专免|^\s*\d{1,6}(?:\.\d{1,3})?\s?[KM]B\s*$|^\s*\d{1,5}\s?页\s*$|侵权投诉|"
    r"^\s*查看更多\s*$|^\s*相关文章\s*$|您可能关注的文档|申明敬告|^\s*文档介绍\s*$|"
    r"一键极速下载|有意加入请联系|欢迎加入|哒哒素材|哒哒代笔|svip|^\s*【哒哒|"
    # the page's masthead, the site's name alone on its line (澜江新闻网, 沅州市人民政府门户
    # 网站, 青河县人民政府网): no title of the article below it
    r"^\s*\p{Han}{2,16}?(?:新闻网|门户网站|政府网|人民政府网站)\s*$|"
    # …or the government's press office that publishes the page (江城市人民政府新闻办公室,
    # 青河县政府新闻办): the page's publisher, above its headline
    r"^\s*\p{Han}{2,12}?(?:政府新闻办公室|政府新闻办)\s*$|"
    # …or a paper's name with the day of its issue (南溪日报　2024-01-17, 青河晚报 2025年1月
    # 9日 第3版): the page of a paper, not the article's headline below it
    r"^\s*\p{Han}{2,10}?(?:日报|晚报|早报|时报|商报|都市报)\s*(?:(?:19|20)\d{2}[-/.年]"
    r"\d{1,2}[-/.月]\d{1,2}日?)\s*(?:第\s*\d{1,3}\s*版)?\s*$"
)
HAS_ADVERT: Final = Holds(ADVERT)  # (its words looked for with ``in``, a line's head asked first)


def iter_lines(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """Yield ``(line_start, line_end)`` of each line in ``text[start:end]``, newline excluded."""
    end = len(text) if end is None else end
    pos = start
    while pos <= end:
        nl = text.find("\n", pos, end)
        if nl < 0:
            if pos < end:
                yield pos, end
            return
        yield pos, nl
        pos = nl + 1


# The words a marker of level 1 may close with after its numerals (第…部分, 第…章).
PART_WORDS: Final = ("部分", "章")
NO_MARKER: Final = (0, -1)
# What a heading's marker opens with besides a digit.
HEADING_OPENS: Final = NUMERAL_SET | OPENINGS | {"第"}


def read_marker(text: str, pos: int) -> tuple[int, int]:
    """The level of the marker ``MARKER_ANY`` matches at ``pos`` (its group's number) and
    where it ends; ``NO_MARKER`` where none. Read from the characters, alternative by
    alternative in the pattern's order: each is a counted run (of numerals or digits) and
    a mark the run cannot hold, which match only with the whole run (no shorter run is
    followed by the mark); the character at ``pos`` leaves one or two to read."""
    c = text[pos : pos + 1]
    if c not in HEADING_OPENS and not is_digit(c):
        return NO_MARKER
    n = len(text)
    if c in NUMERAL_SET:  # [一…十]{1,3}[、.]
        j = run_end(text, pos, MARKER_NUMERALS, True, False)
        if j - pos <= MARKER_NUMERALS and j < n and text[j] in POINTS:
            return 1, j + 1
    elif c == "第":  # 第[一…十]{1,3}(?:部分|章)
        j = run_end(text, pos + 1, MARKER_NUMERALS, True, False)
        if 0 < j - pos - 1 <= MARKER_NUMERALS:
            word = next((w for w in PART_WORDS if text.startswith(w, j)), "")
            if word:
                return 1, j + len(word)
    elif c in OPENINGS:  # [(（][一…十]{1,3}[)）], then [(（]\d{1,2}[)）]
        j = run_end(text, pos + 1, MARKER_NUMERALS, True, False)
        if 0 < j - pos - 1 <= MARKER_NUMERALS and j < n and text[j] in CLOSINGS:
            return 2, j + 1
        j = run_end(text, pos + 1, MARKER_DIGITS, False, True)
        if 0 < j - pos - 1 <= MARKER_DIGITS and j < n and text[j] in CLOSINGS:
            return 3, j + 1
    else:  # \d{1,2}[、.](?!\d), then \d{1,2}[)）]
        j = run_end(text, pos, MARKER_DIGITS, False, True)
        if j - pos <= MARKER_DIGITS and j < n:
            if text[j] in POINTS and not is_digit(text[j + 1 : j + 2]):
                return 3, j + 1
            if text[j] in CLOSINGS:
                return 3, j + 1
    return NO_MARKER


def heading_level(text: str, pos: int) -> int:
    """1, 2 or 3 if a heading marker starts at ``pos``, else 0."""
    return read_marker(text, pos)[0]


# Where a heading's words stop: the end of a sentence or of its line.
HEADING_STOPS: Final = "。;；!?！？\n"
# How far the words after a marker are read for their stop (past any window a heading
# is given: ``sections.HEADING_REACH``).
STOP_READ: Final = 64


def heading_and_stop(text: str, pos: int) -> tuple[int, int | None]:
    """``heading_level(text, pos)``, and where the first of ``HEADING_STOPS`` after
    ``pos`` stands if it is within ``STOP_READ`` characters of the marker's end, else
    None; (0, None) where no marker starts at ``pos`` (no marker holds a stop: the first
    after ``pos`` is the first after the marker)."""
    level, end = read_marker(text, pos)
    if not level:
        return 0, None
    stop = reach = min(len(text), end + STOP_READ)
    for c in HEADING_STOPS:  # (each stop looked for before the nearest found so far)
        k = text.find(c, end, stop)
        if k >= 0:
            stop = k
    return level, stop if stop < reach else None


# The page's tail after a report: the line where a web page lists related links or names
# its editor (相关报道：, 相关链接>>, 【相关阅读】, 责任编辑：何敏, 》》点击图片进入专题《《). The
# lines after it are the page's too (link titles, buttons, the title shown again) unless a
# paragraph of prose follows: then it was a report's own line (相关报道 as a heading of a
# compilation).
PAGE_TAIL: Final = regex_cache.compile(
    r"\s*(?:[【\[]?相关(?:报道|文档|附件|链接|新闻|阅读|稿件|文章)[】\]]?\s*(?:[:：]|>>|》》)?"
    r"|(?:责任)?编辑\s*[:：]\s*\p{Han}{0,4}|》》.{0,12}《《)\s*"
)
TAIL: Final = Guard(PAGE_TAIL)  # (a line no tail can open or close is not tried)
PROSE_LINE: Final = 200  # a line this long is a paragraph of a report, not a link or a button


def page_tail(text: str, start: int, end: int) -> int | None:
    """Where the page's tail begins in ``text[start:end]`` (see ``PAGE_TAIL``): its first
    tail line after which no line of prose stands; None when there is none."""
    for s, e in iter_lines(text, start, end):
        # (an empty line is no tail: PAGE_TAIL matches no empty string)
        tail = start < s < e and TAIL.fullmatch(text, s, e) is not None
        if tail and all(b - a < PROSE_LINE for a, b in iter_lines(text, e, end)):
            return s
    return None


DEBRIS_LINE_MAX: Final = 300  # an advert is a short line; a long one holding its words is content


def is_debris(line: str) -> bool:
    """An advert or a line of the page around the report."""
    return (len(line) <= DEBRIS_LINE_MAX and HAS_ADVERT(line)) or is_page_chrome(line)
