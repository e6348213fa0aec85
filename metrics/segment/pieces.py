"""Cutting a large text into pieces that can be processed one by one.

Contract: ``pieces(blocks, size)`` joins the blocks of a decoded file and gives its pieces
in order as (offset, text, last), each about ``size`` characters and never more than
``2 * size``, cut where ``cut_point`` says: at a report's title line where one stands
near the cut, else at a line end, else after a sentence, else after a clause.
``with_leads`` gives each later piece its ``Lead``: the text before it that a piece needs
to continue the document open at its cut.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from metrics import regex_cache
from metrics.segment.lines import iter_lines
from metrics.segment.title_lines import PIECE, is_title_line

# Where a piece may end when no title line stands near the cut: a line end, else a
# sentence end (a file pasted from a PDF may be one long line).
LINE_END = regex_cache.compile(r"\n")
SENTENCE_END = regex_cache.compile(r"[。！？；!?;]")
# Else after a clause mark, so that a line with no sentence end is not cut in a figure.
CLAUSE_END = regex_cache.compile(r"[，,、\s]")


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


# What a later piece is given of the text before it (see ``Lead``). A document's facts are
# read from its title line and its first 20,000 characters (``documents.split_documents``:
# the opening's organisation, the body's years); the head keeps that much and a margin for
# what normalising removes (spaces, page furniture).
HEAD_CHARS = 25_000
# The characters right before the cut: the open sentence's start and the nearest headings,
# which set the section the piece's first lines stand in.
TAIL_CHARS = 4_000
MARKER_AFTER_TITLE = 80  # as in split_documents: a marker this close is the title's


@dataclass(frozen=True, slots=True)
class Lead:
    """The text a later piece is processed after, so that it continues the document open
    at its cut: that document's head (from its title line, or from the file's start when
    no title came before) and, when the head does not reach the cut, the tail right before
    it, after a line end. Figures are taken from the piece only; the lead gives the
    document its facts, the first sentence its start and the first lines their section.
    ``start`` is the head's offset in the file; the tail ends where the piece begins."""

    head: str
    start: int
    tail: str
    joined: bool  # the head reaches the cut: no tail, no line end between

    @property
    def text(self) -> str:
        return self.head if self.joined else self.head + "\n" + self.tail


def with_leads(
    cut: Iterable[tuple[int, str, bool]],
) -> Iterator[tuple[int, str, bool, Lead | None, str]]:
    """Each piece of ``cut`` with its lead and what follows it. The lead is None for the
    first piece and for one that starts with a title line or piece marker (it opens a
    document itself). The document open at a cut starts at the last title line or piece
    marker before it, found by the test the cut itself uses (``is_title_line``), else at
    the file's start. What follows: the text after the piece that the head of the
    document open at its end still needs (none once the head is whole)."""
    waiting: list[tuple[int, str, bool, Lead | None, int]] = []  # pieces short of a head
    head, start, previous = "", 0, ""
    for offset, text, last in cut:
        lead = None
        if offset and not _opens_document(text):
            gap = offset - start - len(head)  # characters between the head and the cut
            joined = not gap
            tail = "" if joined else previous[-min(gap, TAIL_CHARS) :]
            if "\n" in tail[:-1]:  # from a line's start when the tail holds one
                tail = tail[tail.index("\n") + 1 :]
            lead = Lead(head, start, tail, joined)
        opened = _last_opening(text)
        if opened is not None:
            start, head = offset + opened, text[opened : opened + HEAD_CHARS]
        elif start + len(head) == offset:  # the head reaches into this piece
            head += text[: HEAD_CHARS - len(head)]
        previous = text
        waiting.append((offset, text, last, lead, start + HEAD_CHARS))
        while waiting and (last or waiting[0][4] <= offset + len(text)):
            w_offset, w_text, w_last, w_lead, needs = waiting.pop(0)
            after = _following(waiting, w_offset + len(w_text), needs)
            yield w_offset, w_text, w_last, w_lead, after


def _following(waiting: list[tuple[int, str, bool, Lead | None, int]], begin: int, end: int) -> str:
    """The file's characters from ``begin`` to ``end`` (at most), from the pieces still
    waiting (the newest last)."""
    return "".join(t[max(0, begin - o) : max(0, end - o)] for o, t, *_ in waiting)


def _opens_document(text: str) -> bool:
    """Whether ``text`` begins with a report's title line or a piece marker."""
    stripped = text.lstrip()
    if PIECE.match(stripped):
        return True
    line_end = text.find("\n")
    return is_title_line(text if line_end < 0 else text[:line_end])


def _last_opening(text: str) -> int | None:
    """Where the last title line (its first character) or piece marker of ``text`` is."""
    found = None
    for s, e in iter_lines(text):
        line = text[s:e]
        if is_title_line(line):
            found = s + len(line) - len(line.lstrip())
    # a marker right after a title line is that report's (split_documents merges them)
    for m in PIECE.finditer(text, 0 if found is None else found + MARKER_AFTER_TITLE):
        found = m.start()
    return found
