"""PDFs with a text layer: the text of each page, without its running headers and footers.

Contract: ``read(path)`` returns the text of every page in order and ``pages``, the offset
where each page's text starts (a mention's ``page`` is found from its ``char_start``).
Lines in a page's top or bottom margin are dropped when they are page numbers
(``PAGE_NUMBER``) or recur in that margin on at least half the pages, digits aside (a
running header or footer). The lines of a paragraph the PDF wrapped are joined again: a
line that reaches the right edge of the page's text is continued by the next unless that
one is indented (a new paragraph), also across a page break. The pieces pdfminer makes of
one printed line are joined again: a letter-spaced line's glyphs without the spaces it put
between them, a table's cells a tab apart (a row of its own, as the table reader reads a
Word file's); a column of vertical writing, a glyph a line, is one paragraph by the same
join, and columns of it side by side are read right to left (``_vertical``), also among
horizontal lines (``_with_vertical``: a title above, a note below). A page set in two
columns of prose (``_gutter``) is read column by column: within each stretch of the page
that no line crosses the gutter of, the left column's lines, then the right's, each
column's wrapped lines joined at its own right edge; a line across both (a title, a
heading, a table) stays where it stands. A PDF that holds no text (a scan), is encrypted
or is damaged raises ``InputError`` saying what to do.

A glyph whose font gives no character for it (an embedded font without a ToUnicode map;
pdfminer writes ``(cid:123)``) becomes one U+FFFD, never its number, which read as a
figure; ``damage`` says how many and the page of the first. A PDF most of whose glyphs
are such has no usable text and raises ``InputError`` (run OCR), as a scan does. A page
of no text among pages of text that an image covers (``_scanned``) is named in ``damage``.

pdfminer.six rather than pypdf or pdfplumber: it maps the CID fonts of Chinese PDFs
(Adobe-GB1, as STSong-Light) to text with the character maps it ships, gives each line's
position (which the margins and the wraps need), is pure Python, and pdfplumber is a layer
over it that adds image libraries nothing here uses.
"""

from __future__ import annotations

import bisect
import itertools
from collections import Counter
from dataclasses import dataclass, replace
from io import BytesIO
from pathlib import Path

import regex
from pdfminer.high_level import extract_pages
from pdfminer.layout import (
    LAParams,
    LTChar,
    LTFigure,
    LTImage,
    LTPage,
    LTTextContainer,
    LTTextLineHorizontal,
)
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfexceptions import PDFException
from pdfminer.psexceptions import PSException

from metrics import regex_cache
from metrics.errors import InputError
from metrics.io import SourceText
from metrics.readers import issuing_record, read_bytes, refuse_misnamed

# The share of a page's height at its top and at its bottom where running heads stand.
MARGIN = 0.1
# A page number as printed: 3, - 3 -, —3—, 第3页, 第3页 共12页, 3/12, Page 3.
PAGE_NUMBER = regex_cache.compile(
    r"^\W*(?:\d{1,4}|第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4}"
    r"|page\s*\d{1,4})\W*$",
    regex.IGNORECASE,
)
DIGITS = regex_cache.compile(r"\d+")
# pdfminer's lines on one baseline: tops apart by less than this share of a line's height
BASELINE = 0.3
# A gap between two pieces of one baseline wider than this many line heights parts table
# cells; a narrower one is a letter-spaced line's. A line whose pieces are all single
# glyphs is letter-spaced however wide (政   府   工   作, a cover's title).
CELL_GAP = 1.5
# Spaces pdfminer puts where the glyphs of Chinese text stand apart (a justified or a
# letter-spaced line: 完 成 186.4 亿 元， 同 比): none is written between two Chinese
# characters, nor between one and a digit, %, or Chinese punctuation. Spaces between
# Latin words and figures stay (GDP 增长 keeps none either side of no Chinese: "Page 3").
HAN = r"\p{Han}\u3000-\u303f\uff01-\uff5e"
HAN_CHAR = regex_cache.compile(rf"[{HAN}]")
LETTER_SPACE = regex_cache.compile(
    rf"(?<=[{HAN}])[ \u3000]+(?=[{HAN}\d%])|(?<=[{HAN}\d%])[ \u3000]+(?=[{HAN}])"
)
# A run of single glyphs, each a space apart, pdfminer made of a letter-spaced stretch of a
# line (a figure's digits set apart: 5 2 8 0 人, 4 1 . 6): its spaces dropped. Single
# characters only: table cells (180 186.4) and Latin words keep their spaces; and a run of
# digits alone is a row of one-digit cells (重点项目 3 5 2), not one number: a letter-spaced
# figure stands among spaced characters or holds its point or unit.
SPACED_RUN = regex_cache.compile(rf"(?<![^\s{HAN}])(?:[{HAN}\d.%] ){{2,}}[{HAN}\d.%](?![^\s{HAN}])")
# Two columns of prose side by side (a bulletin's or a yearbook's page): pieces of at least
# PROSE characters, of which at least COLUMN_ROWS stand on one baseline with one across a
# gutter in the middle half of the text's width, and two thirds of each side's end at one
# edge (a column's wrapped lines fill it). Read by rows, the columns interleaved a line of each,
# a tab apart, and a figure wrapped in a column (186. / 4亿元) was cut in two. A table's
# cells are no columns: its right cells are short (figures), its left ones end anywhere.
PROSE = 8
COLUMN_ROWS = 3
# Vertical writing in columns side by side (a cover, a traditional page): a page of single
# glyphs, at least VERTICAL_COLUMNS columns of COLUMN_ROWS, closer one under another than
# side by side. Read by rows, a glyph of each column stood side by side (新全增县…) and
# a figure's digits mixed with the next column's. Read right to left, as it is written.
# A letter-spaced line's glyphs are one a column (no column of three); lines of spaced
# glyphs on a grid stand a line's spacing apart, more than VERTICAL_PITCH glyphs' height
# (the glyphs of a column touch, or nearly), and closer side by side: rows.
VERTICAL_COLUMNS = 2
VERTICAL_PITCH = 1.5
# A page of vertical writing with horizontal lines too (``_with_vertical``: a title across
# its top, a note under it) was read by rows, a glyph of each column side by side, for not
# every line was one glyph. There a column is at least MIXED_ROWS glyphs under one another,
# MIXED_HAN of them characters or their marks: a table's column of one-digit cells (序号 1 2 3) or a
# letter-spaced title's glyphs are no column of writing. The columns are a block of their
# own (``Line.column`` VERTICAL): no horizontal line above or below is joined to them.
MIXED_ROWS = 6
# and its columns stand close, at most MIXED_ACROSS glyphs' height apart (a table's columns
# of one-glyph cells, 是 / 否 under 完成情况, stand far apart)
MIXED_ACROSS = 3
MIXED_HAN = 0.3
VERTICAL = 3
# A numbered heading set flush with the column under a paragraph whose last line happened
# to fill it (…访问量达到35.6万次。 / 四、2025年工作安排) was joined to that paragraph as its
# wrapped line, and its section lost. A line that begins with a heading's number (一、,
# （二）, 第三章, 第1节) after a sentence's end is no wrapped line. Counter-examples, joined
# as before: a wrapped line after a comma (…其中 / 一、二季度), and one whose number is a
# figure's (…完成 / 3项).
HEADING_AFTER = regex_cache.compile(
    r"^[。！？；：]\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]"
    r"|第[一二三四五六七八九十\d]{1,3}[章节部分篇])"
)
# A title set larger than the body and wider than its block (centred, it stands out of it
# on both sides: a notice's 松河县人民政府办公室关于…的通报 on one line) set the page's edges:
# every flush line then read as indented and no wrapped line reached the right edge, so
# no paragraph was joined and a figure wrapped at the line's end was cut (6.8 / 2亿元).
# The edges are those of the lines whose type size (``Line.size``) is within this share
# of the body's (the size most of the page's characters have): a heading or a title set
# larger, a table or a note set smaller, do not move them; and a line set in another size
# than the line before is no wrapped line of its paragraph (the title is not joined to
# 各乡镇人民政府：under it).
BODY_SIZE = 0.1
# what pdfminer writes for a glyph its font maps to no character
UNMAPPED = regex_cache.compile(r"\(cid:\d+\)")
# past this share of the text's characters unmapped, a PDF has no text to read
UNMAPPED_SHARE = 0.5


@dataclass(frozen=True, slots=True)
class Line:
    """One line of a page as pdfminer lays it out (points from the page's bottom left)."""

    text: str
    x0: float
    x1: float
    top: float
    height: float
    # of a page in two columns: 1 left, 2 right; 0 across the page; VERTICAL: a block of
    # vertical writing among horizontal lines
    column: int = 0
    # the size most of its glyphs are set in (0: not known, its height stands for it): a
    # footnote's mark set small and raised makes the line taller, not its type larger
    size: float = 0.0

    @property
    def type_size(self) -> float:
        return self.size or self.height


def read(path: Path) -> SourceText:
    """The PDF's text by page (see the module contract)."""
    return from_bytes(read_bytes(path), path)  # bytes: a local or a remote file alike


def from_bytes(data: bytes, path: Path) -> SourceText:
    """The text of the PDF whose bytes are ``data``."""
    refuse_misnamed(data, path, "a PDF", (b"%PDF",))
    scans: list[int] = []  # the pages that are a scan: an image and no text
    pages = _pages(path, data, scans)
    if not any(lines for lines, _ in pages):
        raise InputError(
            path,
            "the PDF has no text layer (a scanned image?): run OCR on it first, or get "
            "the report as a web page or Word file",
        )
    body = _drop_running(pages)
    text, starts = _join(body)
    damage = _unmapped(path, text, starts, protected=b"/Encrypt" in data)
    if scans:  # among pages of text (a table or a signed page scanned): said, never dropped
        said = (
            f"page(s) {', '.join(map(str, scans))} of the PDF hold a scanned image and no text: "
            "their figures are not read (run OCR on them)"
        )
        damage = f"{damage}; {said}" if damage else said
    return SourceText(path, path.name, text, "pdf", damage, input_format="pdf", pages=tuple(starts))


def _unmapped(path: Path, text: str, starts: list[int], protected: bool) -> str | None:
    """What ``damage`` says of the glyphs that map to no character (see the module
    contract); raises ``InputError`` when they are most of the text. A PDF protected by
    an owner password (no password to open it, copying restricted) can give only such
    glyphs: that is said, with its remedy."""
    count = text.count("\ufffd")
    if not count:
        return None
    characters = len(text) - text.count("\n")
    if count > UNMAPPED_SHARE * characters:
        why = (
            "it is protected (copying restricted): save or print a copy without the "
            "protection, or run OCR on it"
            if protected
            else "its fonts were embedded without their character map: run OCR on it, or "
            "get the report as a web page or Word file"
        )
        raise InputError(
            path, f"the PDF's fonts map {count} of its {characters} characters to no text; {why}"
        )
    first = text.index("\ufffd")
    page = bisect.bisect_right(starts, first)
    return (
        f"{count} character(s) of the PDF's fonts map to no text, replaced by U+FFFD; the "
        f"first at character {first} (page {page})"
    )


def _pages(path: Path, data: bytes, scans: list[int]) -> list[tuple[list[Line], float]]:
    """Each page's lines top to bottom, and the page's height; the number of each page
    that is a scan (``_scanned``) is added to ``scans``."""
    try:
        read = []
        for number, page in enumerate(extract_pages(BytesIO(data), laparams=LAParams()), 1):
            lines = _lines(page)
            if not lines and _scanned(page):
                scans.append(number)
            read.append((lines, page.height))
        return read
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise InputError(
            path,
            "the PDF is encrypted: open it with its password and save a copy without one",
        ) from exc
    except (PDFException, PSException, ValueError, KeyError, TypeError) as exc:
        raise InputError(
            path,
            f"cannot be read as a PDF (damaged: {type(exc).__name__}: {exc}); download it "
            "again or save it again as PDF",
        ) from exc


# A page whose images cover at least this share of it, and that holds no text, is a scan
# (a page of a table, or the signed last page, scanned among pages of text); a logo or a
# photo beside no text (a cover's emblem) covers less.
SCAN_SHARE = 0.5


def _scanned(page: LTPage) -> bool:
    """Whether ``page`` (of no text) holds images covering ``SCAN_SHARE`` of it."""
    area = sum(box.width * box.height for box in page if isinstance(box, (LTFigure, LTImage)))
    return area >= SCAN_SHARE * page.width * page.height


def _lines(page: LTPage) -> list[Line]:
    """The page's printed lines top to bottom: pdfminer's lines, those it split on one
    baseline joined again (see ``_one_line``)."""
    found = [
        Line(_unspaced(text), line.x0, line.x1, line.y1, line.height, size=_type_size(line))
        for box in page
        if isinstance(box, LTTextContainer)
        for line in box
        if isinstance(line, LTTextLineHorizontal)
        and (text := UNMAPPED.sub("\ufffd", line.get_text()).strip())
    ]
    found.sort(key=lambda line: (-round(line.top), line.x0))
    vertical = _vertical(found) or _with_vertical(found)
    if vertical:
        return vertical
    # the running heads and page numbers in the margins are read by rows, never split at a
    # gutter: a header's title and its 内部资料 on one baseline are one line on every page,
    # which ``_drop_running`` then finds recurring (split on a page in two columns and
    # joined on the last page in one, they were two texts, each on one page only)
    head = [line for line in found if _in_margin(line, page.height) and line.top > page.height / 2]
    foot = [line for line in found if _in_margin(line, page.height) and line.top <= page.height / 2]
    found = [line for line in found if not _in_margin(line, page.height)]
    gutter = _gutter(found)
    if gutter is None:
        return _rows(head) + _rows(found) + _rows(foot)
    lines: list[Line] = []
    sides: tuple[list[Line], list[Line]] = ([], [])
    for line in found:  # a line across the gutter ends a stretch of two columns
        if line.x1 <= gutter or line.x0 >= gutter - 1:
            sides[line.x0 >= gutter - 1].append(replace(line, column=1 + (line.x0 >= gutter - 1)))
            continue
        lines += _rows(sides[0]) + _rows(sides[1]) + [line]
        sides = ([], [])
    return _rows(head) + lines + _rows(sides[0]) + _rows(sides[1]) + _rows(foot)


def _vertical(glyphs: list[Line]) -> list[Line]:
    """A page of vertical writing in columns side by side (``VERTICAL_COLUMNS``), as lines:
    each column one, right to left, placed so that ``_join`` reads them as it reads wrapped
    lines (a column that reaches the bottom goes on in the next; one that starts lower is
    indented, a new paragraph); [] for any other page."""
    if len(glyphs) < VERTICAL_COLUMNS * COLUMN_ROWS or any(len(g.text) != 1 for g in glyphs):
        return []
    columns: list[list[Line]] = []
    for glyph in sorted(glyphs, key=lambda g: (-g.x0, -g.top)):
        if columns and abs(columns[-1][0].x0 - glyph.x0) < glyph.height / 2:
            columns[-1].append(glyph)
        else:
            columns.append([glyph])
    if sum(len(column) >= COLUMN_ROWS for column in columns) < VERTICAL_COLUMNS:
        return []
    across = min(a[0].x0 - b[0].x0 for a, b in itertools.pairwise(columns))
    down = min(a.top - b.top for c in columns for a, b in itertools.pairwise(c))
    if down > VERTICAL_PITCH * columns[0][0].height or down >= across:
        return []  # lines of spaced glyphs, one under another a line's spacing apart
    top = max(g.top for g in glyphs)
    return [
        Line(
            "".join(g.text for g in column),
            top - column[0].top,  # a column that starts lower is indented
            top - (column[-1].top - column[-1].height),  # reaching the bottom: goes on
            column[0].top,
            column[0].height,
        )
        for column in columns
    ]


def _with_vertical(found: list[Line]) -> list[Line]:
    """A page of vertical writing that holds horizontal lines too (a title across its top,
    a note or a page number under it): its columns of single glyphs (``MIXED_ROWS``, and
    a short last column beside them) read as ``_vertical`` reads a page of them, their own
    paragraphs (``VERTICAL``), between the horizontal lines above their top and those
    below it; [] for any other page."""
    columns: list[list[Line]] = []
    for glyph in sorted((g for g in found if len(g.text) == 1), key=lambda g: (-g.x0, -g.top)):
        if columns and abs(columns[-1][0].x0 - glyph.x0) < glyph.height / 2:
            columns[-1].append(glyph)
        else:
            columns.append([glyph])
    long = [c for c in columns if len(c) >= MIXED_ROWS and _han_share(c) >= MIXED_HAN]
    if len(long) < VERTICAL_COLUMNS:
        return []
    # the block the long columns make, and the columns within it (a last column's rest)
    top, bottom = max(c[0].top for c in long), min(c[-1].top for c in long)
    step = min(a[0].x0 - b[0].x0 for a, b in itertools.pairwise(long))
    if step > MIXED_ACROSS * long[0][0].height:  # a table's columns of one-glyph cells
        return []
    west, east = long[-1][0].x0 - 1.5 * step, long[0][0].x0 + 1.5 * step
    block = [
        c
        for c in columns
        if west <= c[0].x0 <= east
        and c[0].top <= top + c[0].height / 2
        and c[-1].top >= bottom - c[-1].height / 2
    ]
    vertical = _vertical([g for c in block for g in c])
    if not vertical or sum(map(len, block)) == len(found):
        return []
    taken = {id(g) for c in block for g in c}
    rest = [line for line in found if id(line) not in taken]
    above = _rows([line for line in rest if line.top > top + line.height / 2])
    below = _rows([line for line in rest if line.top <= top + line.height / 2])
    return [*above, *(replace(line, column=VERTICAL) for line in vertical), *below]


def _han_share(glyphs: list[Line]) -> float:
    return sum(bool(HAN_CHAR.match(g.text)) for g in glyphs) / len(glyphs)


def _gutter(lines: list[Line]) -> float | None:
    """Where a page in two columns of prose parts them (see ``PROSE``); None for a page
    in one column, a table's page among them."""
    prose = [line for line in lines if len(line.text) >= PROSE]
    if len(prose) < 2 * COLUMN_ROWS:
        return None
    low, high = min(line.x0 for line in lines), max(line.x1 for line in lines)
    middle = {
        round(line.x0) for line in prose if abs(line.x0 - (low + high) / 2) < (high - low) / 4
    }
    for x in sorted(middle):
        left = [line for line in prose if line.x1 <= x]
        right = [line for line in prose if line.x0 >= x - 1]
        beside = sum(any(_one_baseline(a, b) for b in right) for a in left)
        if beside < COLUMN_ROWS:
            continue
        if _filled(left) and _filled(right):
            return float(x)
    return None


def _filled(column: list[Line]) -> bool:
    """Whether two thirds of a column's lines end at its right edge, as wrapped prose does
    (only a paragraph's last line ends short); a table's cells end anywhere. In a column
    of short paragraphs under headings (a heading, a last line: a third of its lines or
    more end short), where each paragraph's first line is indented, the lines judged are
    those the next line goes on from at the column's left edge: a paragraph's wrapped
    lines, not its last one (the next paragraph's first line is indented) nor a heading.
    A table's cells, each at its column's left edge, are judged all, as before."""
    edge = max(line.x1 for line in column)

    def at_edge(lines: list[Line]) -> bool:
        return 3 * sum(line.x1 >= edge - line.height for line in lines) >= 2 * len(lines)

    if at_edge(column):
        return True
    left = min(line.x0 for line in column)
    wrapped = [a for a, b in itertools.pairwise(column) if b.x0 <= left + b.height / 2]
    return len(wrapped) >= COLUMN_ROWS and at_edge(wrapped)


def _one_baseline(a: Line, b: Line) -> bool:
    return abs(a.top - b.top) < BASELINE * max(a.height, b.height)


def _rows(found: list[Line]) -> list[Line]:
    """Lines top to bottom, the pieces of one baseline joined (``_one_line``)."""
    rows: list[list[Line]] = []
    for line in found:
        row = rows[-1] if rows else None
        if row and _one_baseline(row[0], line):
            row.append(line)
        else:
            rows.append([line])
    return [_one_line(sorted(row, key=lambda line: line.x0)) for row in rows]


def _one_line(row: list[Line]) -> Line:
    """The pieces pdfminer gave of one printed line, left to right, as one: the glyphs of
    a letter-spaced line (政 府 工 作 报 告, a figure's digits set apart: 1 8 6 . 4) are
    joined, a Latin word keeps its space, and a gap wider than ``CELL_GAP`` characters
    (a table's columns: 地区生产总值（亿元） 180 186.4) is a tab, as the table reader
    reads a Word file's or a web page's rows."""
    if len(row) == 1:
        return row[0]
    parts = [row[0].text]
    spaced = all(len(line.text) == 1 for line in row)
    for before, line in itertools.pairwise(row):
        if not spaced and line.x0 - before.x1 > CELL_GAP * max(before.height, line.height):
            parts.append("\t")
        elif _latin(parts[-1][-1:]) and _latin(line.text[:1]):
            parts.append(" ")
        parts.append(line.text)
    top = max(line.top for line in row)
    height = max(line.height for line in row)
    size = max(row, key=lambda line: len(line.text)).size
    return Line(_unspaced("".join(parts)), row[0].x0, row[-1].x1, top, height, row[0].column, size)


def _type_size(line: LTTextLineHorizontal) -> float:
    """The size most of ``line``'s glyphs are set in (``Line.size``)."""
    sizes = Counter(round(glyph.size, 1) for glyph in line if isinstance(glyph, LTChar))
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _unspaced(text: str) -> str:
    """The line without the spaces pdfminer put between a letter-spaced line's glyphs
    (``SPACED_RUN``, ``LETTER_SPACE``)."""
    text = SPACED_RUN.sub(_joined, text)
    return LETTER_SPACE.sub("", text)


def _joined(run: regex.Match[str]) -> str:
    """A letter-spaced run without its spaces, unless it is digits only (see ``SPACED_RUN``):
    a first glyph that ends a word before it (重点项目 3 5 2: 目) is none of the run's."""
    glyphs = run.group()
    own = glyphs[2:] if run.start() > 0 and not run.string[run.start() - 1].isspace() else glyphs
    return glyphs if own.replace(" ", "").isdigit() else glyphs.replace(" ", "")


def _margin_key(line: Line) -> str:
    return DIGITS.sub("#", line.text)


def _in_margin(line: Line, height: float) -> bool:
    """Whether ``line`` stands in the top or bottom margin of a page ``height`` high."""
    return line.top > height * (1 - MARGIN) or line.top - line.height < height * MARGIN


def _drop_running(pages: list[tuple[list[Line], float]]) -> list[list[Line]]:
    """The pages' lines less page numbers and running heads in the margins, and the lines
    of an issuing record (``readers.issuing_record``) wherever they stand."""
    in_margin = _in_margin
    counts = Counter(
        key
        for lines, height in pages
        for key in {_margin_key(line) for line in lines if in_margin(line, height)}
    )
    recurring = {key for key, n in counts.items() if n >= 2 and 2 * n >= len(pages)}
    return [
        [
            line
            for line in lines
            if not issuing_record(line.text)
            and (
                not in_margin(line, height)
                or not (PAGE_NUMBER.match(line.text) or _margin_key(line) in recurring)
            )
        ]
        for lines, height in pages
    ]


def _join(pages: list[list[Line]]) -> tuple[str, list[int]]:
    """The text of the pages and where each starts, wrapped paragraphs joined."""
    parts: list[str] = []
    starts: list[int] = []
    size = 0
    open_end = False  # the last line reached the right edge: its paragraph goes on
    for lines in pages:
        left, right = _edges(lines)
        starts.append(size)  # a page without text starts where the next text would
        for number, line in enumerate(lines):
            indented = line.x0 > left[line.column] + line.height / 2
            # into or out of a block of vertical writing among horizontal lines: no wrap
            crossed = number > 0 and (line.column == VERTICAL) != (
                lines[number - 1].column == VERTICAL
            )
            gap = ""
            heading = HEADING_AFTER.search(parts[-1][-1:] + line.text[:12]) if parts else None
            # a paragraph's wrapped lines are of one size: a title set larger is none
            resized = number > 0 and _resized(lines[number - 1], line)
            joined = open_end and not indented and not crossed and not heading and not resized
            if parts and not (joined and "\t" not in line.text):
                gap = "\n"
            elif parts and _latin(parts[-1][-1:]) and _latin(line.text[:1]):
                gap = " "  # a Latin word wrapped: its space (never inside 8.1 or 300)
            parts.append(gap)
            size += len(gap)
            if number == 0:
                starts[-1] = size
            parts.append(line.text)
            size += len(line.text)
            # a table's row (cells a tab apart) is no wrapped paragraph's line
            open_end = line.x1 >= right[line.column] - 1.5 * line.height and "\t" not in line.text
    return "".join(parts) + "\n", starts


def _edges(lines: list[Line]) -> tuple[dict[int, float], dict[int, float]]:
    """The left and right edges of the page's text (key 0), and of each column of a page
    in two (``_gutter``), set by the lines in the page's body size (``BODY_SIZE``), else by
    every line."""
    sizes: Counter[float] = Counter()
    for line in lines:
        sizes[round(line.type_size, 1)] += len(line.text)
    body = Line("", 0.0, 0.0, 0.0, 0.0, size=sizes.most_common(1)[0][0] if sizes else 0.0)
    of_body = [line for line in lines if not _resized(body, line)]
    left: dict[int, float] = {}
    right: dict[int, float] = {}
    for group in (lines, of_body):  # the body's lines, where there are, have the last word
        left[0] = min((line.x0 for line in group), default=left.get(0, 0.0))
        right[0] = max((line.x1 for line in group), default=right.get(0, 0.0))
        columns = {line.column for line in group if line.column}
        for column in columns:
            left[column] = min(line.x0 for line in group if line.column == column)
            right[column] = max(line.x1 for line in group if line.column == column)
    return left, right


def _resized(a: Line, b: Line) -> bool:
    """Whether ``b`` is set in another size than ``a`` (``BODY_SIZE``)."""
    return abs(a.type_size - b.type_size) > BODY_SIZE * max(a.type_size, b.type_size)


def _latin(char: str) -> bool:
    return char.isascii() and char.isalpha()
