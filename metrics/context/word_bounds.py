"""Words of a short span, from a word segmenter: where a cut of a metric's name may fall.

Contract: ``words(text)`` are the words of ``text`` with their part-of-speech flags, as
jieba's dictionary segments it (the ``rjieba`` binding, dictionary words only: no word is
guessed); ``bounds(text)`` the offsets between them (0 and ``len(text)`` among them),
``places(text)`` the offsets where a place name begins. All are pure functions of
``text``, cached, and load the dictionary on their first call only (a run
that names no metric never pays for it).

Why: the lists of ``context.words`` cut a name at a word they know (获, 共, 达, 新建), and a
listed word is also the first character of words they do not know (获嘉县, 获救, 公共,
达州市): a cut there splits a word (嘉县地区生产总值, 救遇险群众). A segmenter knows far
more words than any list we keep, so a cut is taken only where it falls between words.
A place name the dictionary splits before its level (新建|区, 获鹿|镇) is joined again: a
place word followed by the one character of its level is one name.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

# The level of a place, written after its name (新建区, 获鹿镇, 开化县).
PLACE_LEVEL = frozenset("省市县区镇乡村州旗盟")

_tag: Callable[[str, bool], list[tuple[str, str]]] | None = None


def _tagger() -> Callable[[str, bool], list[tuple[str, str]]]:
    global _tag
    if _tag is None:
        import rjieba  # (its dictionary loads here: on the first name, not at start-up)

        _tag = rjieba.tag
    return _tag


@lru_cache(maxsize=8192)
def words(text: str) -> tuple[tuple[str, str], ...]:
    """The words of ``text`` and their flags, a place name joined to its level."""
    out: list[tuple[str, str]] = []
    for word, flag in _tagger()(text, False):
        if out and out[-1][1] == "ns" and len(word) == 1 and word in PLACE_LEVEL:
            out[-1] = (out[-1][0] + word, "ns")
        else:
            out.append((word, flag))
    return tuple(out)


@lru_cache(maxsize=8192)
def bounds(text: str) -> frozenset[int]:
    """The offsets in ``text`` between its words (0 and ``len(text)`` included)."""
    at, cuts = 0, {0}
    for word, _ in words(text):
        at += len(word)
        cuts.add(at)
    return frozenset(cuts)



@lru_cache(maxsize=8192)
def places(text: str) -> frozenset[int]:
    """The offsets in ``text`` where a place name (flag ``ns``: 获嘉县, 新建区) begins."""
    at, starts = 0, set()
    for word, flag in words(text):
        if flag == "ns":
            starts.add(at)
        at += len(word)
    return frozenset(starts)
