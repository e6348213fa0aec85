"""Sentences with offsets.

Contract: ``split_sentences(text, start, end, breaks)`` yields ``(s, e)`` normalised spans
of the sentences of ``text[start:end]``: a sentence ends after 。！？；; or at a newline
(wrapped lines were joined by normalisation) or before a forced break (a heading inside a
long PDF line). Spans are trimmed of white space and never empty. A run of more than
``MAX_SENTENCE`` characters with no sentence end (a PDF pasted without line ends, a list
run together with commas) is cut after its last clause mark within that reach, so that
no sentence, and no row that quotes its sentence, grows with the file.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Final

import regex

from metrics import regex_cache

SENTENCE_END: Final = regex_cache.compile(r"[。！？!?；;]+|\n")
# The longest sentence: the longest in the corpus and the reports is 417 characters; a
# longer run is no sentence a reader wrote but text whose sentence ends were lost. Each
# figure's row quotes its sentence, so the rows of a run grow with its length squared.
MAX_SENTENCE: Final = 600
# Where an over-long run is cut: after a clause mark or white space (searched backwards).
CLAUSE_MARK: Final = regex_cache.compile(r"[，,、：:]|\s", regex.REVERSE)


def split_sentences(
    text: str, start: int, end: int, breaks: Iterable[int] = ()
) -> Iterator[tuple[int, int]]:
    cuts = sorted({b for b in breaks if start < b < end})
    pos = start
    for m in SENTENCE_END.finditer(text, start, end):
        stop = m.end() if m.group() != "\n" else m.start()
        while cuts and cuts[0] <= m.start():
            yield from _trim(text, pos, cuts[0])
            pos = cuts.pop(0)
        yield from _trim(text, pos, stop)
        pos = m.end()
    for cut in cuts:
        if cut > pos:
            yield from _trim(text, pos, cut)
            pos = cut
    yield from _trim(text, pos, end)


def _trim(text: str, s: int, e: int) -> Iterator[tuple[int, int]]:
    while s < e:
        while s < e and text[s].isspace():
            s += 1
        cut = _bounded_end(text, s, e)
        stop = cut
        while stop > s and text[stop - 1].isspace():
            stop -= 1
        if stop > s:
            yield s, stop
        s = cut


def _bounded_end(text: str, s: int, e: int) -> int:
    """``e``, or for a run longer than ``MAX_SENTENCE`` where its first part ends: after
    the last clause mark in its second half, else at ``MAX_SENTENCE`` characters."""
    if e - s <= MAX_SENTENCE:
        return e
    reach = s + MAX_SENTENCE
    last = CLAUSE_MARK.search(text, s + MAX_SENTENCE // 2, reach)
    return last.end() if last is not None else reach
