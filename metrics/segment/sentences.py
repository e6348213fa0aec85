"""Sentences with offsets.

Contract: ``split_sentences(text, start, end, breaks)`` yields ``(s, e)`` normalised spans
of the sentences of ``text[start:end]``: a sentence ends after 。！？；; or at a newline
(wrapped lines were joined by normalisation) or before a forced break (a heading inside a
long PDF line). Spans are trimmed of white space and never empty.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import regex

SENTENCE_END = regex.compile(r"[。！？!?；;]+|\n")


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
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        yield s, e
