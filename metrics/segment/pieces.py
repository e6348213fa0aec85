"""Cutting a large text into pieces that can be processed one by one.

Contract: ``pieces(blocks, size)`` joins the blocks of a decoded file and gives its pieces
in order as (offset, text, last), each about ``size`` characters and never more than
``2 * size``, cut where ``cut_point`` says: at a report's title line where one stands
near the cut, else at a line end, else after a sentence, else after a clause.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import regex

from metrics.segment.documents import PIECE, is_title_line

# Where a piece may end when no title line stands near the cut: a line end, else a
# sentence end (a file pasted from a PDF may be one long line).
LINE_END = regex.compile(r"\n")
SENTENCE_END = regex.compile(r"[。！？；!?;]")
# Else after a clause mark, so that a line with no sentence end is not cut in a figure.
CLAUSE_END = regex.compile(r"[，,、\s]")


def pieces(blocks: Iterable[str], size: int) -> Iterator[tuple[int, str, bool]]:
    """(offset, text, last) of each piece of the text the blocks make up."""
    buffer, offset = "", 0
    for block in blocks:
        buffer += block
        while len(buffer) >= 2 * size:
            cut = cut_point(buffer, size)
            yield offset, buffer[:cut], False
            buffer, offset = buffer[cut:], offset + cut
    yield offset, buffer, True


def cut_point(text: str, size: int) -> int:
    """Where to end a piece of ``text`` that should be about ``size`` characters long: at
    the first report title line or 【篇】 marker within ``size // 2`` after ``size``;
    else at the first line end there; else after the first sentence; else after the
    first clause; else at ``size``."""
    end = size + size // 2
    marker = PIECE.search(text, size, end)
    end = marker.start() if marker else end
    for m in LINE_END.finditer(text, size, end):
        line_end = text.find("\n", m.end(), m.end() + 300)
        line = text[m.end() : line_end if line_end >= 0 else m.end() + 300]
        if line.strip() and is_title_line(line):
            return m.end()
    if marker:
        return marker.start()
    for pattern in (LINE_END, SENTENCE_END, CLAUSE_END):
        found = pattern.search(text, size, end)
        if found:
            return found.end()
    return size
