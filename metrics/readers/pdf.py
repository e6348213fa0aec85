"""PDFs with a text layer: the text of each page, without its running headers and footers.

Contract: ``read(path)`` returns the text of every page in order and ``pages``, the offset
where each page's text starts (a mention's ``page`` is found from its ``char_start``).
Lines in a page's top or bottom margin are dropped when they are page numbers
(``PAGE_NUMBER``) or recur in that margin on at least half the pages, digits aside (a
running header or footer). The lines of a paragraph the PDF wrapped are joined again: a
line that reaches the right edge of the page's text is continued by the next unless that
one is indented (a new paragraph), also across a page break. A PDF that holds no text (a
scan), is encrypted or is damaged raises ``InputError`` saying what to do.

A glyph whose font gives no character for it (an embedded font without a ToUnicode map;
pdfminer writes ``(cid:123)``) becomes one U+FFFD, never its number, which read as a
figure; ``damage`` says how many and the page of the first. A PDF most of whose glyphs
are such has no usable text and raises ``InputError`` (run OCR), as a scan does.

pdfminer.six rather than pypdf or pdfplumber: it maps the CID fonts of Chinese PDFs
(Adobe-GB1, as STSong-Light) to text with the character maps it ships, gives each line's
position (which the margins and the wraps need), is pure Python, and pdfplumber is a layer
over it that adds image libraries nothing here uses.
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

import regex
from pdfminer.high_level import extract_pages
from pdfminer.layout import LAParams, LTPage, LTTextContainer, LTTextLineHorizontal
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfexceptions import PDFException
from pdfminer.psexceptions import PSException

from metrics import regex_cache
from metrics.errors import InputError
from metrics.io import SourceText
from metrics.readers import read_bytes

# The share of a page's height at its top and at its bottom where running heads stand.
MARGIN = 0.1
# A page number as printed: 3, - 3 -, —3—, 第3页, 第3页 共12页, 3/12, Page 3.
PAGE_NUMBER = regex_cache.compile(
    r"^\W*(?:\d{1,4}|第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4}"
    r"|page\s*\d{1,4})\W*$",
    regex.IGNORECASE,
)
DIGITS = regex_cache.compile(r"\d+")
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


def read(path: Path) -> SourceText:
    """The PDF's text by page (see the module contract)."""
    data = read_bytes(path)  # bytes: a local or a remote file alike
    pages = _pages(path, data)
    if not any(lines for lines, _ in pages):
        raise InputError(
            path,
            "the PDF has no text layer (a scanned image?): run OCR on it first, or get "
            "the report as a web page or Word file",
        )
    body = _drop_running(pages)
    text, starts = _join(body)
    damage = _unmapped(path, text, starts, protected=b"/Encrypt" in data)
    return SourceText(
        path, path.name, text, "pdf", damage, input_format="pdf", pages=tuple(starts)
    )


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


def _pages(path: Path, data: bytes) -> list[tuple[list[Line], float]]:
    """Each page's lines top to bottom, and the page's height."""
    try:
        pages = extract_pages(BytesIO(data), laparams=LAParams())
        return [(_lines(page), page.height) for page in pages]
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


def _lines(page: LTPage) -> list[Line]:
    found = [
        Line(text, line.x0, line.x1, line.y1, line.height)
        for box in page
        if isinstance(box, LTTextContainer)
        for line in box
        if isinstance(line, LTTextLineHorizontal)
        and (text := UNMAPPED.sub("\ufffd", line.get_text()).strip())
    ]
    return sorted(found, key=lambda line: (-round(line.top), line.x0))


def _margin_key(line: Line) -> str:
    return DIGITS.sub("#", line.text)


def _drop_running(pages: list[tuple[list[Line], float]]) -> list[list[Line]]:
    """The pages' lines less page numbers and running heads in the margins."""

    def in_margin(line: Line, height: float) -> bool:
        return line.top > height * (1 - MARGIN) or line.top - line.height < height * MARGIN

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
            if not in_margin(line, height)
            or not (PAGE_NUMBER.match(line.text) or _margin_key(line) in recurring)
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
        left = min((line.x0 for line in lines), default=0.0)
        right = max((line.x1 for line in lines), default=0.0)
        starts.append(size)  # a page without text starts where the next text would
        for number, line in enumerate(lines):
            indented = line.x0 > left + line.height / 2
            gap = ""
            if parts and not (open_end and not indented):
                gap = "\n"
            elif parts and _latin(parts[-1][-1:]) and _latin(line.text[:1]):
                gap = " "  # a Latin word wrapped: its space (never inside 8.1 or 300)
            parts.append(gap)
            size += len(gap)
            if number == 0:
                starts[-1] = size
            parts.append(line.text)
            size += len(line.text)
            open_end = line.x1 >= right - 1.5 * line.height
    return "".join(parts) + "\n", starts


def _latin(char: str) -> bool:
    return char.isascii() and char.isalpha()
