"""Normalisation that keeps exact offsets.

Contract: ``normalize(original)`` returns a ``Normalized`` whose ``text`` is what every
later stage reads, and whose ``offsets`` maps any half-open span of it back to the
original. Two kinds of edit are made, and no other:

* one-for-one replacements (full-width forms folded to half-width, the ideographic space
  to a space — or to a tab where it parts the cells of a table, ``IDEOGRAPHIC_CELL`` —,
  a newline to a tab between the cells of a table pasted one cell a line
  (``LINE_TABLE_HEAD``),
  ``D`` standing for 党 read as 党, a year in Chinese numerals such as
  ``二〇二三年`` read as ``2023年``), which leave offsets unchanged;
* deletions of artefacts: the pay-wall marks a document site put into its text
  (``上##paidbegin##门``), carriage returns, and, from PDFs, spaces that a PDF wrap put inside words
  and numbers (``20 20 年``, ``13 7 万元``, ``人 民币``, ``就业 1 0 2 5 人``) and newlines
  that wrap a sentence (``同比增长1\\n5.9%``).

Nothing is ever inserted, so a span ``[s, e)`` of the normalised text maps to
``[offsets.start(s), offsets.end(e))`` of the original and covers exactly the characters
it came from, including any deleted space or newline inside it.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from typing import Final

import regex

from metrics import regex_cache, twins
from metrics.gates import Guard
from metrics.lexicon.numerals import DIGIT_VALUE, FOLD, YEAR_DIGITS
from metrics.lexicon.units import known_unit
from metrics.opening import HAN_BLOCK, Opens, opening_chars

# Full-width ASCII (U+FF01..U+FF5E) to ASCII, plus the spaces and signs that PDFs use.
_FOLD: Final = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FOLD.update({0x3000: 0x20, 0x00A0: 0x20, 0x2002: 0x20, 0x2003: 0x20, 0xFE6A: 0x25})
# Traditional forms with one unambiguous simplified reading, so that 萬元 and 個百分點 read
# like 万元 and 个百分点.
_FOLD.update({ord(t): ord(s) for t, s in zip("萬億兩個點", "万亿两个点", strict=True)})
FOLD_TABLE: Final[dict[int, int]] = _FOLD

HAN: Final = r"\p{Han}"
# Redaction marks besides x and * (××万元, □□个, ○○亿元, △△人): two or more in a row are a
# masked number, read as X one character for one (a lone × multiplies: 2×10万千瓦). A circle
# is also a zero written among Chinese digits (二○○八年, 一○○万元): never a mask beside one.
MASK_SIGNS: Final = "×□○◯△"
MASK_SIGN_RUN: Final = regex_cache.compile(
    r"[×□]+(?:\.[×□]+)+|[×□]{2,}"  # ××.×% too
    r"|(?<![〇零一二三四五六七八九十○◯\d])[○◯△]{2,}(?:\.[○◯△]+)?(?![〇零一二三四五六七八九十百千])"
)
MASK_AS_X: Final = str.maketrans(dict.fromkeys(MASK_SIGNS, "X"))
# `D` written for 党: a lone capital D touching a Han character, not part of a Latin word or
# a code (3D, LED, D级危房, D座, R&D经费).
PARTY_D: Final = regex_cache.compile(
    rf"(?<![A-Za-z0-9&])D(?![A-Za-z0-9])(?:(?<={HAN}D)|(?={HAN}))(?![级类型座栋幢楼区档])"
)
# A year written in Chinese numerals, digit by digit (二〇二三年, 一九九八年): read as digits,
# one character for one, so that titles and periods see a year.
CN_YEAR: Final = regex_cache.compile(
    rf"(?<![{YEAR_DIGITS}十])(?:一九|二[〇零])[{YEAR_DIGITS}]{{2}}(?=\s?年)"
)
CN_YEAR_DIGITS: Final = str.maketrans(
    {c: str(DIGIT_VALUE[c.translate(FOLD)]) for c in YEAR_DIGITS}  # 〇 and 零 are 0
)
# A list marker that may begin a heading; spaces before it are kept, so that headings
# inside one long PDF line can still be found.
MARKER_AHEAD: Final = regex_cache.compile(
    r"(?:[一二三四五六七八九十]{1,3}[、.]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.](?!\d)|【篇)"
)
# a line opening with a list marker and no pause up to this long is a heading
HEADING_MAX: Final = 40
PAGE_NUMBER_AHEAD: Final = regex_cache.compile(r"\d{1,4}[ \t]*(?:\r?\n|$)")
# After a space, the two asked in turn as one (a page number opens with a digit, as a
# marker may: the marker's alternatives first, so that a match names the first that holds)
AHEAD: Final = regex_cache.compile(
    f"(?P<marker>{MARKER_AHEAD.pattern})|(?P<page>{PAGE_NUMBER_AHEAD.pattern})"
)
# The characters of a marker's counted runs: Chinese numerals and digits (``\d`` is any
# decimal digit, asked of the pattern once a character and remembered: str.isdecimal
# reads another Unicode version than ``regex``).
NUMERALS: Final = "一二三四五六七八九十"
IS_DIGIT: Final = Opens(regex_cache.compile(r"\d"))
# The marks that close a counted run of a marker, and the brackets that open one (sets:
# the empty string read past a text's end is in no set, as it is in every string).
POINTS, CLOSINGS, OPENINGS = frozenset("、."), frozenset(")）"), frozenset("(（")
# A number that a PDF split with single spaces on a line whose words are not spaced
# (就业 1 0 2 5 人, 参保人数达 5.8 6 万人, 二、20 25年, 覆盖率达到 9 2 . 5 %: its point set
# apart too): digit groups set off from the words or
# a pause (full-width pauses are folded by then), ending at a unit, one of them at most two
# digits long; a unit in Latin letters too (装机容量6 000kW, 出口带宽6 000Mbps, 算力6 000P,
# which read as 000kW before), and a rate per so many (发病率18 6.3/10万).
# Columns of a table (256.3 272.1) have long groups and no unit
# after them, so they stay apart.
# Possessive, and starting only where a run starts, so that a long run of spaced digits
# is read once (it was cubic).
SPLIT_NUMBER: Final = regex_cache.compile(
    r"(?<=^|[\p{Han}、,;:(“]|(?<![\d.]) )\d[\d.]*+(?: (?:\d[\d.]*+|\.(?= \d)))++"
    r"(?= ?[\p{Han}%‰A-Za-z/])",
    regex.M,
)
SHORT_GROUP: Final = regex_cache.compile(r"(?:^| )\d{1,2}(?= |$)")
SPACE_RUN: Final = regex_cache.compile(r"[ \t]+")
# x and X are left out: between them a space is a wrap inside a mask (`x x 小学`).
LATIN: Final = regex_cache.compile(r"[A-WYZa-wyz]")
IS_LATIN: Final = Opens(LATIN)  # (one character: whether it opens a match is whether it matches)
SPACED_HAN: Final = regex_cache.compile(rf"{HAN} {HAN}")
HAN_CHAR: Final = regex_cache.compile(HAN)
IS_HAN: Final = Opens(HAN_CHAR)  # (one character: asked once and remembered)


def is_han(c: str) -> bool:
    """``HAN_CHAR.match(c)`` for one character: every character of the CJK block is Han
    (a test reads each), any other asked once and remembered."""
    return HAN_BLOCK[0] <= c <= HAN_BLOCK[1] or IS_HAN(c)


def han_at(text: str, i: int) -> bool:
    """``HAN_CHAR.match(text, i) is not None`` for ``i >= 0``: the character there read by
    ``is_han`` (no call for a character of the CJK block, nor for one met before)."""
    return i < len(text) and is_han(text[i])


# (Han characters counted by runs: a list of each is slow)
HAN_RUN: Final = regex_cache.compile(f"{HAN}+")
# Marks a document-sharing site sets where its free preview ends, even inside a word.
PAYWALL: Final = regex_cache.compile(r"##paid(?:begin|end)##")
DIGIT: Final = "0123456789"
# A line that ends in one of these closes its sentence; a newline after it is kept.
LINE_CLOSERS: Final = frozenset("。！？!?;；:：")
INNER_PUNCT: Final = regex_cache.compile(r"[,，、;；。:：]")
# (one character of a class: a text holds a match where it holds one of its characters)
INNER_CHARS: Final = opening_chars(INNER_PUNCT)
# A numbered heading that ends in a full stop and goes on with its paragraph on the same line
# (（一）做大工业经济。全年新增规上企业): its line is the paragraph's, and a PDF wraps it.
RUNS_ON: Final = regex_cache.compile(r"[。！？!?][^。！？!?]*\p{Han}$")
SENTENCE_ENDS: Final = "。！？!?"


def runs_on(line: str) -> bool:
    """``RUNS_ON.search(line)`` read from the characters: the line's last character (before
    a last line end, where ``$`` matches too) is a Han character and a sentence's end
    stands before it (the last one before it is followed by no other)."""
    last = len(line) - (2 if line.endswith("\n") else 1)
    if last < 1 or not is_han(line[last]):
        return False
    return any(line.find(c, 0, last) >= 0 for c in SENTENCE_ENDS)


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Maps normalised offsets to original ones.

    ``gaps[k]`` is a normalised position before which ``shifts[k]`` original characters in
    all have been deleted (cumulative). Positions before the first gap are unchanged.
    """

    gaps: tuple[int, ...] = ()
    shifts: tuple[int, ...] = ()

    def start(self, i: int) -> int:
        """Original offset of the character at normalised offset ``i``."""
        k = bisect_right(self.gaps, i) - 1
        return i + (self.shifts[k] if k >= 0 else 0)

    def end(self, i: int) -> int:
        """Original offset just after the character at normalised offset ``i - 1``."""
        if i <= 0:
            return self.start(i)
        return self.start(i - 1) + 1

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self.start(start), self.end(end)


@dataclass(frozen=True, slots=True)
class Normalized:
    """The normalised text of one file with its way back to the original."""

    original: str
    text: str
    offsets: OffsetMap
    spaced: bool

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self.offsets.span(start, end)

    def original_slice(self, start: int, end: int) -> str:
        s, e = self.offsets.span(start, end)
        return self.original[s:e]


def normalize(original: str) -> Normalized:
    """Fold, repair PDF artefacts and record how to map back (see the module contract)."""
    folded = original.translate(FOLD_TABLE)
    if "\u3000" in original:
        folded = _ideographic_cells(original, folded)
    folded = _line_cells(folded)
    folded = PARTY_D.sub("党", folded)
    if any(sign in folded for sign in MASK_SIGNS):
        folded = MASK_SIGN_RUN.sub(lambda m: m.group().translate(MASK_AS_X), folded)
    folded = CN_YEAR.sub(lambda m: m.group().translate(CN_YEAR_DIGITS), folded)
    spaced_lines = _spaced_lines(folded)
    spaced = bool(spaced_lines)
    deleted = sorted(_deletions(folded, spaced_lines))
    if not deleted:
        return Normalized(original, folded, OffsetMap(), spaced)
    keep: list[str] = []
    gaps: list[int] = []
    shifts: list[int] = []
    prev = 0
    total = 0
    run_start = deleted[0]
    run_len = 0
    for idx in [*deleted, len(folded) + 1]:
        if idx == run_start + run_len:
            run_len += 1
            continue
        # close the run [run_start, run_start + run_len)
        keep.append(folded[prev:run_start])
        total += run_len
        gaps.append(run_start - (total - run_len))
        shifts.append(total)
        prev = run_start + run_len
        run_start, run_len = idx, 1
    keep.append(folded[prev:])
    return Normalized(original, "".join(keep), OffsetMap(tuple(gaps), tuple(shifts)), spaced)


def is_space_wrapped(text: str) -> bool:
    """True for text whose PDF line wraps became spaces inside sentences (``人 民币``)."""
    pairs = len(SPACED_HAN.findall(text))
    return pairs >= 2 and pairs * 100 >= sum(map(len, HAN_RUN.findall(text)))


def _spaced_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the lines whose wraps became spaces (judged line by line)."""
    out: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        if " " in line and is_space_wrapped(line):
            out.append((start, start + len(line)))
        start += len(line) + 1
    return out


def _deletions(text: str, spaced_lines: list[tuple[int, int]]) -> list[int]:
    out = [i for i, ch in enumerate(text) if ch == "\r"] if "\r" in text else []
    if "##paid" in text:
        out.extend(i for m in PAYWALL.finditer(text) for i in range(*m.span()))
    out.extend(_space_deletions(text, spaced_lines))
    out.extend(_wrap_deletions(text))
    return out


# A table pasted as text with its cells set apart by runs of spaces, not tabs (a web page's
# table, a Word table saved as text):
#     序号  指标名称  单位  2025年目标  2024年完成
#     1  地区生产总值增速  %  6.5  5.8
#     指标  2028年预计完成  2029年预期目标
#     城镇新增就业（人）  2860  2800以上
# the runs between its cells stay (segment.grid reads a run of two or more spaces as a cell's
# edge), where elsewhere a space between Han characters and digits is a PDF's and goes. A row:
# three cells or more, no pause in any (a sentence has them), a cell of two Han characters or
# more (a name), and a cell after the first that is a bare figure (6.5, 2800以上); a row of
# names: the same, but the figure stands in the row under it, as wide. (Counter: 市长  王某某
# 2024年1月 holds no bare figure and no row under it does; 2024  年  1  月 names nothing; a
# table of contents' line, 一、2024年工作回顾  3, has two cells and a pause.)
TABLE_GAP: Final = regex_cache.compile(r" {2,}")
BARE_FIGURE: Final = regex_cache.compile(r"[-+]?\d[\d.,]*(?:%|‰)?(?:左右|以上|以内|以下)?")
TWO_HAN: Final = regex_cache.compile(r"\p{Han}{2}")


def _spaced_cells(line: str) -> list[str] | None:
    """The cells of ``line`` if it may be a row of a table set apart by spaces, else None."""
    cells = TABLE_GAP.split(line.strip(" "))
    if len(cells) < 3 or not INNER_CHARS.isdisjoint(line):
        return None
    return cells if any(TWO_HAN.search(cell) for cell in cells) else None


def _has_figure_cell(cells: list[str]) -> bool:
    return any(BARE_FIGURE.fullmatch(cell) for cell in cells[1:])


def table_gaps(text: str) -> set[int]:
    """Offsets of the spaces between the cells of a table set apart by spaces (see
    ``TABLE_GAP``): they are kept."""
    if "  " not in text:
        return set()
    out: set[int] = set()
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    cells = [_spaced_cells(line) if "  " in line else None for line in lines]
    for k, row in enumerate(cells):
        if row is None:
            continue
        below = cells[k + 1] if k + 1 < len(cells) else None
        if _has_figure_cell(row) or (
            below is not None and len(below) == len(row) and _has_figure_cell(below)
        ):
            for m in TABLE_GAP.finditer(lines[k].strip(" ")):
                lead = len(lines[k]) - len(lines[k].lstrip(" "))
                out.update(range(starts[k] + lead + m.start(), starts[k] + lead + m.end()))
    return out


# A web page's table pasted as text may part its cells by one ideographic space each (指标名称
# 　单位　2026年目标　属性 / 地区生产总值增长　%　5.5左右　预期性; 项目　2025年完成　2026年目标 /
# 城镇新增就业（人）　4120　4000以上): folded to a space, a single one was dropped as a PDF's
# and the row ran into one cell. Each run of ideographic spaces between the cells of such a
# table starts with a tab instead (one character for one), so that segment.grid reads it
# as a table pasted with tabs. A table: consecutive lines of as many cells, three or more,
# none with a pause (，、；。：: a sentence has them), one holding a cell of two Han characters
# and one a bare figure in a cell after its first. Counter: a byline (发布时间：2026-01-21　来源：
# …) has a colon; a speaker's line (县长　方立群) two cells and no figure; a line of links or
# a breadcrumb (首页　>　政务公开) no figure; indentation (　　2025年，…) is no cell's edge.
# Nor is a figure set apart from its unit by ideographic spaces (``SPACED_UNIT``): where
# each figure of the lines is followed by a cell of nothing but a unit the lexicon knows
# (全年完成固定资产投资　56.8　亿元; 新增城镇就业　3200　人 / 新增市场主体　4100　户; 一季度
# 　开门红　项目签约　46　个) it is prose, unless a row with no figure heads the lines (指标
# 　数值　单位 / 地区生产总值　1286　亿元: a table with a column of units).
IDEOGRAPHIC_CELL: Final = regex_cache.compile("\u3000+")


def _spaced_unit_row(cells: list[str]) -> bool:
    """Whether each bare figure among ``cells`` (past the first) is followed by a cell of
    nothing but a unit (``SPACED_UNIT``, see ``IDEOGRAPHIC_CELL``)."""
    figures = [k for k in range(1, len(cells)) if BARE_FIGURE.fullmatch(cells[k])]
    return bool(figures) and all(k + 1 < len(cells) and known_unit(cells[k + 1]) for k in figures)


def _ideographic_cells(original: str, folded: str) -> str:
    """``folded`` with the first ideographic space of each run that parts a table's cells
    in ``original`` made a tab (see ``IDEOGRAPHIC_CELL``)."""
    edges: list[int] = []
    block: list[tuple[int, str, int]] = []  # (line start, line, width) of a run of rows

    def close() -> None:
        rows = [_table_row_cells(line) for _, line, _ in block]
        spaced_units = all(_spaced_unit_row(r) for r in rows if _has_figure_cell(r))
        headed = any(not _has_figure_cell(r) for r in rows)
        if (
            any(TWO_HAN.search(c) for r in rows for c in r)
            and any(_has_figure_cell(r) for r in rows)
            and (headed or not spaced_units)
        ):
            for start, line, _ in block:
                lead = len(line) - len(line.lstrip("\u3000 "))
                body = line.rstrip("\u3000 ")
                edges.extend(start + m.start() for m in IDEOGRAPHIC_CELL.finditer(body, lead))
        block.clear()

    start = 0
    for line in original.split("\n"):
        cells = _table_row_cells(line) if "\u3000" in line else []
        width = len(cells) if len(cells) >= 3 and INNER_CHARS.isdisjoint(line) else 0
        if block and (not width or width != block[-1][2]):
            close()
        if width:
            block.append((start, line, width))
        start += len(line) + 1
    if block:
        close()
    return _tabs_at(folded, edges)


def _tabs_at(folded: str, edges: list[int]) -> str:
    """``folded`` with the character at each of ``edges`` (a newline or a space between two
    cells of a table) made a tab, one character for one: offsets are kept."""
    if not edges:
        return folded
    chars = list(folded)
    for at in edges:
        chars[at] = "\t"
    return "".join(chars)


def _table_row_cells(line: str) -> list[str]:
    """The cells of ``line`` parted by ideographic spaces (indentation and ends dropped)."""
    return IDEOGRAPHIC_CELL.split(line.strip("\u3000 "))


# A web page's table pasted one cell a line (a copy that breaks the line at each cell of the
# grid): its head (指标 / 单位 / 2016年完成 / 2017年目标) and each row (地区生产总值增长 / % /
# 9.1 / 8.5左右) a run of as many lines. The newlines inside the head and inside each row are
# made tabs, one character for one, so that segment.grid reads a table pasted with tabs. A
# head: a line that names the indicators' column alone (指标, 指标名称, 主要指标, 项目) and
# one to seven lines under it that name columns (2017年目标, 2025年预计完成, 单位, 属性), one
# of them a year's: by its number, or against the report's year as a statistics table heads
# it (上年 / 本年, 上年实绩 / 本年目标, 上年同期, 本年预计数: ``context.cells.column_year``
# counts them from the section's year); beside them a column of the change between the two
# (增减（%）, 增速（%）, 比上年增长（%）) or of a forecast (预计数) dates nothing. A row: a
# name (two Han characters, no pause, no figure cell) and as many cells as the head, each a
# figure (9.1, 290以上, 6左右, xx.x), a unit the lexicon knows (%,
# 亿元) or an attribute (预期性). Counter: a figure on a line of its own inside a sentence
# (完成\nxx\n亿元) and a list of figures under their names (地区生产总值\n1286亿元\n规上工业)
# have no head above them; a title block (政府工作报告\n2026年1月\n县长　王某) names no
# indicators' column; a heading 主要指标 over prose has no column's name under it.
LINE_TABLE_HEAD: Final = regex_cache.compile(r"(?m)^[ \t]*(?:主要)?(?:指标|项目)(?:名称)?[ \t]*$")
LINE_COLUMN: Final = regex_cache.compile(
    r"[ \t]*(?:(?P<year>(?:19|20)\d{2}年|(?:上一?|本|去|今|当|下一?|明)年)"
    r"[^\d，。；：:,;、\t ]{0,8}"
    r"|(?:计量)?单位|(?:指标)?属性|备注"
    r"|(?:比上年|同比)?(?:增减|增长|增速|增幅)(?:[(（][%％][)）]|[%％])?|预计数)[ \t]*"
)
LINE_CELL: Final = regex_cache.compile(
    r"[ \t]*(?:[-+]?[\dxX*][\d.,xX*]*(?:%|‰)?(?:左右|以上|以内|以下)?"
    r"|预期性|约束性|[—－-]{1,2})[ \t]*"
)
LINE_HEAD_MOST: Final = 8  # columns of a head, the indicators' with them
# How a head's first line ends, asked before its pattern (a plain search of the text: most
# reports hold none; a corpus run's 14 texts 1.43 ms by the pattern, 0.3 ms by these)
LINE_HEAD_ENDS: Final = ("标\n", "目\n", "称\n", "标 \n", "目 \n", "称 \n")


def _line_row(cells: list[str]) -> bool:
    """Whether ``cells`` (lines) are a row of a table pasted one cell a line."""
    name = cells[0].strip(" \t")
    if not TWO_HAN.search(name) or not INNER_CHARS.isdisjoint(name) or LINE_CELL.fullmatch(name):
        return False
    return all(LINE_CELL.fullmatch(c) or known_unit(c.strip(" \t")) for c in cells[1:])


def _line_cells(folded: str) -> str:
    """``folded`` with the newlines inside the head and rows of a table pasted one cell a
    line made tabs (see ``LINE_TABLE_HEAD``)."""
    if not any(end in folded for end in LINE_HEAD_ENDS) or not LINE_TABLE_HEAD.search(folded):
        return folded
    lines = folded.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    edges: list[int] = []
    k = 0
    while k < len(lines):
        if LINE_TABLE_HEAD.fullmatch(lines[k]) is None:
            k += 1
            continue
        width, dated = 1, False
        while k + width < len(lines) and width < LINE_HEAD_MOST:
            m = LINE_COLUMN.fullmatch(lines[k + width])
            if m is None:
                break
            dated = dated or m.group("year") is not None
            width += 1
        end = k + width
        while (
            dated
            and width >= 2
            and end + width <= len(lines)
            and _line_row(lines[end : end + width])
        ):
            end += width
        if end > k + width:
            for row in range(k, end, width):
                edges.extend(starts[row + c + 1] - 1 for c in range(width - 1))
        k = max(end, k + 1)
    return _tabs_at(folded, edges)


def _space_deletions(text: str, spaced_lines: list[tuple[int, int]]) -> list[int]:
    out: list[int] = []
    n = len(text)
    starts = [a for a, _ in spaced_lines]
    split = _split_numbers(text)
    gaps = table_gaps(text)
    for m in SPACE_RUN.finditer(text):
        s, e = m.span()
        if s == 0 or e >= n:
            continue
        if s in gaps:
            continue  # the edge between two cells of a table set apart by spaces
        left, right = text[s - 1], text[e]
        if left == "\n" or right in "\n\r" or "\t" in m.group():
            continue  # indentation, line ends and tab-separated columns stay
        if IS_LATIN(left) and IS_LATIN(right):
            continue  # a space between two Latin words is a real space
        if left in ",，" and right in DIGIT:
            continue  # 1, 234, 567: numbers listed after commas stay apart
        if (
            left in DIGIT
            and right in DIGIT
            and s not in split
            and not _inside(spaced_lines, starts, s)
        ):
            continue  # two separate numbers, unless a PDF split one (see SPLIT_NUMBER)
        ahead = marker_or_page(text, e)  # (``AHEAD.match(text, e)``'s group)
        if ahead == "marker":
            continue  # keep headings inside long PDF lines findable
        if ahead is not None and _contents_line(text, s):
            continue  # a table-of-contents page number stays apart from its title
        out.extend(range(s, e))
    return out


# A marker's and a page number's counted runs: a marker's digits, a page number's, and
# the numerals a marker counts (``[一二三四五六七八九十]{1,3}``).
MARKER_DIGITS, PAGE_DIGITS, MARKER_NUMERALS = 2, 4, 3
ASCII_DIGITS, NUMERAL_SET = frozenset("0123456789"), frozenset(NUMERALS)
# What a match of ``MARKER_AHEAD`` opens with besides a digit.
AHEAD_OPENS: Final = NUMERAL_SET | OPENINGS | {"【"}


def is_digit(c: str) -> bool:
    """Whether the character ``c`` is a digit ``\\d`` matches (none of the CJK block is
    one; any other character outside ASCII is asked once)."""
    if c.isascii():
        return "0" <= c <= "9"  # (the empty string: False)
    return not HAN_BLOCK[0] <= c <= HAN_BLOCK[1] and IS_DIGIT(c)


def run_end(text: str, i: int, most: int, numerals: bool, digits: bool) -> int:
    """Where the run of numerals (``numerals``) and digits (``digits``) from ``i`` ends,
    read no further than one past ``most`` characters (a run longer than ``most`` ends
    past it: no counted repeat of a marker takes it)."""
    n = min(len(text), i + most + 1)
    j = i
    while j < n:
        c = text[j]
        if not ((numerals and c in NUMERAL_SET) or (digits and (c in ASCII_DIGITS or is_digit(c)))):
            break
        j += 1
    return j


def marker_end(text: str, pos: int = 0) -> int:
    """Where the match of ``MARKER_AHEAD`` at ``pos`` ends, or -1 where none: read from
    the characters, alternative by alternative in the pattern's order. A counted run
    followed by a mark its run cannot hold matches only whole (no shorter run is followed
    by the mark), so each alternative is one run and the mark after it."""
    c = text[pos : pos + 1]
    if c not in AHEAD_OPENS and not is_digit(c):
        return -1
    n = len(text)
    if c in NUMERAL_SET:  # [一…十]{1,3}[、.]
        j = run_end(text, pos, MARKER_NUMERALS, True, False)
        return j + 1 if j - pos <= MARKER_NUMERALS and j < n and text[j] in POINTS else -1
    if c in OPENINGS:  # [(（][一…十\d]{1,3}[)）]
        j = run_end(text, pos + 1, MARKER_NUMERALS, True, True)
        inside = 0 < j - pos - 1 <= MARKER_NUMERALS
        return j + 1 if inside and j < n and text[j] in CLOSINGS else -1
    if c == "【":  # 【篇
        return pos + 2 if text.startswith("篇", pos + 1) else -1
    # \d{1,2}[、.](?!\d)
    j = run_end(text, pos, MARKER_DIGITS, False, True)
    if j - pos <= MARKER_DIGITS and j < n and text[j] in POINTS:
        return j + 1 if not (j + 1 < n and is_digit(text[j + 1])) else -1
    return -1


def marker_or_page(text: str, e: int) -> str | None:
    """The group of ``AHEAD`` that matches at ``e`` ("marker" or "page"), or None: a
    marker (``marker_end``) first; else a page number, at most four digits with spaces or
    tabs after them running to the line's end or the text's (``\\d{1,4}[ \\t]*(?:\\r?\\n|$)``:
    a shorter run of digits is followed by a digit, which neither may take)."""
    c = text[e : e + 1]
    if c not in AHEAD_OPENS and not is_digit(c):
        return None  # (most: a Han character after a space, read once)
    if marker_end(text, e) >= 0:
        return "marker"
    j = run_end(text, e, PAGE_DIGITS, False, True)
    if not 0 < j - e <= PAGE_DIGITS:
        return None
    n = len(text)
    while j < n and text[j] in " \t":
        j += 1
    # ($ also matches before a newline that ends the text: a newline is taken first)
    return "page" if j == n or text[j] == "\n" or text.startswith("\r\n", j) else None


def _split_numbers(text: str) -> set[int]:
    """Offsets of the spaces inside numbers split by a PDF (see ``SPLIT_NUMBER``)."""
    out: set[int] = set()
    for m in SPLIT_NUMBER.finditer(text):
        run = m.group()
        if run.count(".") <= 1 and SHORT_GROUP.search(run):
            out.update(m.start() + k for k, ch in enumerate(run) if ch == " ")
    return out


def _contents_line(text: str, pos: int) -> bool:
    """Whether the line up to ``pos`` may be a contents entry: long enough to be a title,
    and no sentence (a pause in it makes it one: 同比增长 1\n2.3% wraps inside a number)."""
    line_start = text.rfind("\n", 0, pos) + 1
    return pos - line_start > 7 and INNER_CHARS.isdisjoint(text[line_start:pos])


def _inside(spans: list[tuple[int, int]], starts: list[int], pos: int) -> bool:
    k = bisect_right(starts, pos) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


def _wrap_deletions(text: str) -> list[int]:
    """Newlines that wrap a sentence (not paragraph ends, headings or titles)."""
    out: list[int] = []
    start = 0
    lines = text.split("\n")
    closes_run = False  # whether the line before opened a figure run this line closes
    for k in range(len(lines) - 1):
        line = lines[k]
        pos = start + len(line)  # the newline's offset
        start = pos + 1
        nxt = lines[k + 1]
        opens_run = k + 2 < len(lines) and is_figure_run(line, nxt, lines[k + 2])
        if opens_run or closes_run or is_wrap(line, nxt, lines[k - 1] if k else ""):
            out.append(pos)
        closes_run = opens_run
    return out


# A figure alone on its line: a copy that puts each run of text on its own line parts a
# figure set in another font (a masked one) from the sentence around it (完成\nXX\n亿元).
# A four-digit year is left out: alone on its line it belongs to a title block.
FIGURE_RUN: Final = regex_cache.compile(
    r"^[ \t]*(?:[xX*]{1,4}(?:\.[xX*]{1,4})?|\d+\.\d+|(?!(?:19|20)\d{2}[ \t]*$)\d+)%?[ \t]*$"
)
# What goes on from a figure inside a sentence: its unit or the rest of the sentence.
GOES_ON: Final = regex_cache.compile(r"^[ \t]*[\p{Han}%，,、；;。]")
# The same copy may set the figure with its unit and bound as one run (达到\n1286亿元\n，增长,
# 控制在\n5.5%以内\n，): such a run is joined only when a pause opens the next line, so a
# list of figures under their names (一个表格：地区生产总值\n1286亿元\n规上工业\n…) stays apart.
UNIT_RUN: Final = regex_cache.compile(
    r"^[ \t]*(?:[xX*]{1,4}(?:\.[xX*]{1,4})?|\d+(?:\.\d+)?)(?:%|\p{Han}{1,4}?)"
    r"(?:左右|以上|以内|以下|多|余)?[ \t]*$"
)
PAUSE_AHEAD: Final = regex_cache.compile(r"^[ \t]*[，,、；;。]")
# (a line that no figure can open or close is no run; a run with its unit is asked only
# before a line a pause can open: the unit's run may close with any Han character)
FIGURE_ALONE, UNIT_ALONE, PAUSE_NEXT = Guard(FIGURE_RUN), Guard(UNIT_RUN), Guard(PAUSE_AHEAD)


def is_figure_run(before: str, run: str, after: str) -> bool:
    """Whether ``run`` is a figure on a line of its own inside the sentence that ``before``
    leaves open (ending in a word, no pause, not a heading) and ``after`` goes on with
    (a unit, a word or a pause; not a list marker): both newlines around it wrap."""
    body = before.rstrip(" \t\r")
    # (the line before read first: most end in a mark, and a Han character's answer is
    # remembered; the run's patterns are asked only after a word)
    if not body or not is_han(body[-1]):
        return False
    alone = FIGURE_ALONE.match(run) or (PAUSE_NEXT.match(after) and UNIT_ALONE.match(run))
    if not alone or marker_end(body.lstrip()) >= 0 or is_page_chrome(body):
        return False
    head = after.lstrip(" \t")
    return bool(GOES_ON.match(after)) and marker_end(head) < 0 and not head.startswith("第")


# Lines of the web page a report was copied from: its buttons (下载 打印 全屏 收藏, 【字号：
# 加大 还原 减小】, 分享到), its byline (来源：XX日报, 发布时间：2026-01-22, a bare timestamp),
# its breadcrumbs (您的位置：首页 > 要闻), its footer links (相关报道：, 打印本页, 关闭窗口) and
# a disclosure page's fields (标题：, 索引号：, 发布机构：).
# A line is chrome only as a whole: a report's own sentence that holds such a word
# (资金来源：中央预算内投资3亿元, 分享发展成果) is text.
PAGE_CHROME: Final = regex_cache.compile(
    r"^\s*(?:(?:下载|打印|全屏|收藏|分享到微信|分享到|分享|打印本页|关闭窗口|关闭|返回顶部|"
    r"[【\[]?字[号体]|加大|还原|减小|默认|大|中|小|[【】\[\]|｜|×>＞]|"
    r"相关报道|相关文档|相关链接|相关新闻|责任编辑|编辑|来源)[:：]?\s*)+$"
    r"|^\s*(?:(?:信息|稿件|文章|新闻)?来源|稿源|作者|责任编辑|编辑)[:：]\s*[^\d，。；,;]{1,20}\s*$"
    r"|^\s*(?:发布)?(?:时间|日期)?[:：]?\s*(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?"
    r"(?:\s+\d{1,2}[:：时]\d{2}分?(?:[:：]\d{2}秒?)?)?\s*$"
    r"|^\s*(?:您(?:当前|现在)?的|当前|所在)(?:所在)?位置[:：]?.{0,40}$|^\s*首页\s*(?:[>＞»].{0,30})?$"
    r"|^\s*》》.{1,12}《《\s*$|^\s*(?:浏览次数|阅读量|访问量)[:：]\s*\d*\s*$"
    # …and the fields a government site's disclosure page prints above the document (标　　题：
    # 南湖区2026年政府工作报告, 索 引 号：…/2026-00012, 发布机构：…　发布日期：…): the page's
    # record of it, whose title the document repeats below as its own line
    r"|^\s*(?:标\s*题|索\s*引\s*号|发\s*布\s*机\s*构|发文机关|主题分类|发文字号|文\s*号|成文日期"
    r"|发布日期|生效日期|有\s*效\s*性)[:：].{0,50}$"
    # …and its byline on one line: 来源：县政府办公室　发布时间：2028-01-22 09:30　浏览次数：1268,
    # 来源：某某发布　2027-01-26
    r"|^\s*(?:(?:信息|稿件|文章|新闻)?来源|稿源)[:：]\s*[^\d，。；,;]{1,20}?\s+(?:(?:发布)?(?:时间|日期)[:：]\s*)?"
    r"(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}[:：]\d{2})?"
    r"(?:\s+(?:浏览次数|阅读量|访问量)[:：]\s*\d*)?\s*$"
    # …or opening with its time: 2024-01-16 09:12　来源：澜江日报　作者：记者 韩冰, 发布时间：
    # 2027-01-26 来源：县融媒体中心 (not a sentence that opens with a date: it has a pause)
    r"|^\s*(?:(?:发布)?(?:时间|日期)[:：]\s*)?(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?"
    r"(?:\s+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?\s+(?:(?:信息|稿件|文章|新闻)?来源|稿源)[:：]"
    r"\s*[^\d，。；,;]{1,20}?(?:\s+(?:作者|记者|编辑|责任编辑)[:：]\s*[^\d，。；,;]{1,20}?)?\s*$"
)


# (each alternative spans the whole line: one its first or last character cannot open or
# close is not searched)
# (asked of its ``re`` twin: a corpus run's 223 searches 0.37 -> 0.13 ms replayed)
CHROME: Final = Guard(PAGE_CHROME, twins.twin(PAGE_CHROME))


def is_page_chrome(line: str) -> bool:
    """A line of the web page around a report, not of the report (see ``PAGE_CHROME``)."""
    return len(line) <= 60 and bool(CHROME.search(line))


def only_page_chrome(text: str) -> bool:
    """Whether every non-empty line of ``text`` is page chrome."""
    lines = [line for line in text.split("\n") if line.strip()]
    return bool(lines) and all(is_page_chrome(line) for line in lines)


# A title's delivery line (——2024年1月22日在宁川市第十五届人民代表大会第四次会议上, ——在县
# 十八届人大三次会议上, —— 2 0 2 1 年 1 月 2 6 日在…会议上): a title stands on its own line
# above it however long it runs (关于宁川市2023年国民经济和社会发展计划执行情况与2024年国民经济
# 和社会发展计划草案的报告, 47 characters), so the newline before it is no wrap. (Not a dash
# that opens a wrapped clause: ——这是我们的底气 names no congress or meeting.)
DELIVERY_AHEAD: Final = Guard(
    regex_cache.compile(r"[—－]{1,2}[^\n。，,；;]{0,30}?在[^\n。，,；;]{0,40}?(?:会议|大会)")
)
# A list of indicators one a line, each its name, a colon and its figure (地区生产总值增长：6%左右
# / 城镇调查失业率:5.5%以内 / 城镇新增就业：增加1.2万人以上): the line of a row ends its row
# when the next line opens with a name and its colon too. (A goal a PDF wrapped after its
# figure, 主要预期目标是：增长6%\n左右，…, goes on with no name and colon: a wrap; so does a ratio
# split after its colon, 比例为7.2：40\n.4：52.4: a name is words, not a figure.) A row
# may give its change after its figure, a clause or two of a few words and a figure
# (地区生产总值：356亿元，同比增长6.5% / 一般公共预算收入：28亿元，比上年下降3.2个百分点,
# 粮食产量：41万吨，占全市的18%): without them the row was taken for a wrap, and the next
# row's name joined to it lost its own (a line that ends in a comma runs on: no row).
NAME_FIGURE_LINE: Final = regex_cache.compile(
    r"\p{Han}[^\s，,、；;。:：]{0,22}[\p{Han}）)][:：]\s*\p{Han}{0,4}[\dxX*][\d.xX*]*\s*(?:%|‰)?\p{Han}{0,6}"
    r"(?:[，,]\s*\p{Han}{1,8}[\dxX*][\d.xX*]*\s*(?:%|‰)?\p{Han}{0,4}){0,2}"
)
NAME_COLON_AHEAD: Final = regex_cache.compile(r"\p{Han}[^\s，,、；;。:：]{0,22}[\p{Han}）)][:：]")


# A line set wholly in one pair of brackets stands on its own: a heading in 【】 (【一、2023年
# 工作回顾】, 【二、2024年主要目标、重点任务】), a delivery line in brackets ((2024年1月20日,在
# 北川市第十七届人民代表大会第四次会议上)) or a note ((注:部分数据为快报数,以统计部门公布为准)).
# Their pauses made them look like a wrapped sentence, so the heading ran into the line before
# or after it and opened no section. (Counter: (一)坚持…,推动…: its first bracket closes before
# the line's end; a wrapped line that merely opens with 【 (【五个坚持】的要求,…) runs on.)
ENCLOSING: Final = {"(": ")", "【": "】", "[": "]"}


def enclosed(line: str, openers: str = "(【[") -> bool:
    """Whether ``line`` is one pair of brackets (one of ``openers``) around its whole text."""
    if len(line) < 3 or line[0] not in openers or line[-1] != ENCLOSING[line[0]]:
        return False
    opener, closer, depth = line[0], line[-1], 0
    for k, ch in enumerate(line):
        depth += (ch == opener) - (ch == closer)
        if depth == 0:
            return k == len(line) - 1
    return False


def past_symbols(line: str) -> str:
    """``line`` past the symbols that open it: a copy from a 微信公众号 or a web page may mark a
    heading by a symbol before its number (📌一、2025年工作回顾, ◆二、主要预期目标, ▌三、…), and
    the number still makes it a heading, not a wrapped line (its 、 is no pause of a
    sentence). Counter: 🔥各位代表，让我们…: no number after the symbol, a sentence."""
    k = 0
    while (
        k < len(line) and k < 4 and not line[k].isascii() and unicodedata.category(line[k]) == "So"
    ):
        k += 1
    return line[k:] if k else line


# A table's row pasted with tabs (a Word table read as text, a web page's) stands on its own
# line even where its name holds a pause: a part's row, 其中：税收收入\t56000\t57800, or 指标：
# 城镇新增就业\t3200. Its pause made it look like a wrapped sentence, and the rows under it ran
# into it, their figures lost to the table. A row: a tab, and a bare figure in its last cell.
# Nor does a line run into a table's head or row under it (单位：万元 / 项目\t预算数\t执行数):
# a line that holds a tab is a table's. (Counter: a wrapped line of a PDF holds no tab; a
# paragraph indented by a tab opens with it, as before; 序号\t指标：…\t目标 ends in a name.)
# One tab is too little to tell a row (``TAB_ROW_EVIDENCE``): a PDF may leave a stray tab
# in prose before the figure its wrap parts from its unit (粮食总产量达到\t35.6 / 万吨，增长…;
# 高于全市\t1.5 / 个百分点; 新建改建农村公路\t126 / 公里): a row is a line with two tabs or
# more past its indentation, or with one under a line that holds a tab (a table's other row).
TAB_ROW: Final = "\t"


def is_wrap(line: str, nxt: str, before: str = "") -> bool:
    """Whether the newline between ``line`` and ``nxt`` is a PDF wrap inside a sentence
    (``before``: the line above ``line``, to tell a table's row by its neighbour)."""
    body = line.rstrip(" \t\r")
    head = nxt.lstrip(" \t")
    if not body or not head or nxt[:1] in " \t\u3000" or body[-1] in LINE_CLOSERS:
        return False
    if enclosed(body.lstrip()) or (head[0] == "【" and enclosed(head.rstrip(" \t\r"), "【")):
        return False  # a heading, delivery line or note in brackets (see ``ENCLOSING``)
    if is_page_chrome(body) or is_page_chrome(head):
        return False  # 【字号：大 中 小】 打印本页: the page's buttons stand on their own line
    if TAB_ROW in head or (
        TAB_ROW in body
        and (body.lstrip(" \t").count(TAB_ROW) >= 2 or TAB_ROW in before)
        and BARE_FIGURE.fullmatch(body.rsplit(TAB_ROW, 1)[1].strip(" "))
    ):
        return False  # a table's row, or the line above its head (``TAB_ROW``)
    if marker_end(past_symbols(head)) >= 0 or head.startswith(("第", "##")):
        return False
    if head[0] in "—－" and DELIVERY_AHEAD.match(head):
        return False  # a title above its delivery line
    # (asked only of a line with a colon where a row's name would end: most have none)
    opening = head[:25]
    named = (":" in opening or "：" in opening) and NAME_COLON_AHEAD.match(head)
    if named and NAME_FIGURE_LINE.fullmatch(body.lstrip()):
        return False  # a row of 指标：目标 above the next
    if body[-1] in DIGIT and head[0] in DIGIT + ".":
        # a number split by the wrap, unless it stands apart like a page number (计划 67);
        # a line of a sentence has no page number (同比增长 1\n2.3%)
        apart = body.rstrip(DIGIT + ".")[-1:] in " \t"
        return not apart or not INNER_CHARS.isdisjoint(body)
    lead = past_symbols(body.lstrip())  # (a symbol may mark a heading before its number)
    marker = marker_end(lead)
    if marker >= 0 and len(body) <= 25 and not runs_on(body):
        return False  # a heading
    after_marker = lead[marker:] if marker >= 0 else ""
    if marker >= 0 and len(body) <= HEADING_MAX and INNER_CHARS.isdisjoint(after_marker):
        return False  # a long heading, with no pause after its marker (二、“十四五”时期…和…)
    return not INNER_CHARS.isdisjoint(body) or len(body) >= 40
