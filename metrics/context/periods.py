"""Period expressions in a sentence: ``截至10月底``, ``1-*月``, ``前三季度``.

Contract: ``find_periods`` lists every period of a sentence with its end, once per
sentence; ``find_period`` gives a figure the last that ends before it. ``period_at`` and
``period_search`` are ``PERIOD.match`` and ``PERIOD.search`` over a window of a text: in
a sentence ``find_periods`` read last (this object) they are answered from its matches
(the span and text of the match the call would give), elsewhere by the call.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import Final

import regex

from metrics import regex_cache, twins
from metrics.lexicon.words import PERIOD_OPENERS, PERIOD_WORDS, alternation
from metrics.rules.exclusions import NOT_TOP_BEFORE

NUM: Final = r"(?:\d{1,2}|[xX*]{1,2}|[一二三四五六七八九十]{1,3})"
# a year may be masked (20xx年, **年: 截至**年1月底)
PERIOD: Final = regex_cache.compile(
    rf"""
    (?:{alternation(PERIOD_OPENERS)})(?:到|至)?(?:(?:(?:19|20)\d{{2}}|20[xX*]{{2}}|[xX*]{{2,4}})年|今年)?
        (?:{NUM}月(?:底|末|份|{NUM}日)?|目前|年底|年末|当前|现在)
    | {NUM}\s*[-—~至到]\s*{NUM}\s*月(?:份)?
    | 前[一二三]季度 | 第?[一二三四]季度 | {alternation(PERIOD_WORDS)}
    | (?<![{NOT_TOP_BEFORE}])前{NUM}个?月
    | (?:(?:19|20)\d{{2}}|20[xX*]{{2}})年(?:以来|至今)
    | {NUM}月(?:底|末|份)
    """,
    regex.X,
)
# PERIOD's text without the verbose layout's spaces, for a pattern that embeds it without
# the X flag (metric_span.PHRASE_LEAD, read a word at a time): no period word holds a space.
PERIOD_PLAIN: Final = "".join(PERIOD.pattern.split())
# "On average each year" over a plan's years (年均新建农村公路120公里, 平均每年完成造林4000亩):
# a scope of the deed after it in a name (context.words), and the average kind of a figure's
# period in the tables' keys (context.period_kinds) — one list, so the two cannot drift.
YEARLY_AVERAGE: Final = ("平均每年", "每年平均", "年平均", "年均")


# The Han characters a period can open with: the first characters of its words and the
# numerals, read from the pattern itself (a character with which a match can begin
# matches it partially). A phrase that opens with any other Han character (the CJK block
# holds no digit nor mask) has no period at its start, and the pattern is not tried.
PERIOD_OPENING_HAN: Final = frozenset(
    c for c in PERIOD.pattern if "\u4e00" <= c <= "\u9fff" and PERIOD.match(c, partial=True)
)


# The sentences ``find_periods`` read last, by identity, with their matches and where each
# starts: a sentence's figures then ask about windows of it (a phrase's start, the words
# after a count), a few sentences on at most.
SENTENCES_KEPT: Final = 4
_FOUND: Final[dict[int, tuple[str, tuple[regex.Match[str], ...], tuple[int, ...]]]] = {}
# (the answer where a window cannot be read from its sentence's matches)
UNREAD: Final[tuple[bool, regex.Match[str] | None]] = (False, None)
NONE_FOUND: Final[tuple[bool, regex.Match[str] | None]] = (True, None)


def _from_found(text: str, pos: int, endpos: int, at: bool) -> tuple[bool, regex.Match[str] | None]:
    """(True, ``PERIOD``'s match (``at``) or search in ``text[pos:endpos]``) read from
    the matches ``find_periods`` found in ``text``, else ``UNREAD``. Exact because ``PERIOD`` reads
    nothing past its match (no look-ahead, anchor nor word bound; its look-behinds read
    the same text either way): a match the call finds in the window is one of the whole
    text, and the whole text's leftmost match from ``pos`` is the window's when it ends
    by ``endpos``. The scan tried every position from ``pos`` on unless a match of it runs
    across ``pos``: then, or where the match runs past ``endpos``, the call is made."""
    kept = _FOUND.get(id(text))
    if kept is None or kept[0] is not text or pos < 0:
        return UNREAD
    _, found, starts = kept
    k = bisect_left(starts, pos)
    if k and found[k - 1].end() > pos:
        return UNREAD  # a match runs across pos: the positions inside it were not tried
    if k == len(found) or (at and starts[k] != pos):
        return NONE_FOUND
    m = found[k]
    return (True, m) if m.end() <= endpos else UNREAD


def period_at(text: str, pos: int, endpos: int) -> regex.Match[str] | None:
    """``PERIOD.match(text, pos, endpos)``, without the call where no period can open or
    where the sentence's matches answer (``_from_found``)."""
    c = text[pos : pos + 1]
    if "\u4e00" <= c <= "\u9fff" and c not in PERIOD_OPENING_HAN:
        return None
    read, m = _from_found(text, pos, endpos, at=True)
    return m if read else PERIOD.match(text, pos, endpos)


def period_search(text: str, pos: int, endpos: int) -> regex.Match[str] | None:
    """``PERIOD.search(text, pos, endpos)``, answered from the sentence's matches where
    they can (``_from_found``)."""
    read, m = _from_found(text, pos, endpos, at=False)
    return m if read else PERIOD.search(text, pos, endpos)


# Words one of which every period holds: its openers and period words as listed, and the
# words its other alternatives close with (…月, …季度, …年以来, …年至今); a word that holds
# another is left out. Most sentences hold none (2024年, 全年 are no period) and are not
# scanned: the scan, not its call, is the cost (some 5 µs a sentence).
_CLOSING: Final = ("月", "季度", "以来", "至今")
_NEEDS: Final = {w.surface for w in (*PERIOD_OPENERS, *PERIOD_WORDS)} | set(_CLOSING)
PERIOD_NEEDS: Final = tuple(sorted(n for n in _NEEDS if not any(m != n and m in n for m in _NEEDS)))


def may_hold_period(sentence: str) -> bool:
    """False only where ``sentence`` holds no period: none of ``PERIOD_NEEDS``."""
    return any(need in sentence for need in PERIOD_NEEDS)


def find_periods(sentence: str) -> list[tuple[int, str]]:
    """Every period expression in ``sentence`` with its end offset, in order (its matches
    kept for ``period_at`` and ``period_search``)."""
    found = tuple(PERIOD.finditer(sentence)) if may_hold_period(sentence) else ()
    _FOUND.pop(id(sentence), None)
    _FOUND[id(sentence)] = (sentence, found, tuple(m.start() for m in found))
    if len(_FOUND) > SENTENCES_KEPT:
        del _FOUND[next(iter(_FOUND))]
    return [(m.end(), m.group()) for m in found]


def find_period(periods: Sequence[tuple[int, str]], upto: int) -> str | None:
    """The last of ``periods`` (from ``find_periods``) that ends by ``upto``."""
    k = bisect_right(periods, (upto, "\uffff")) - 1
    return periods[k][1] if k >= 0 else None


# A clause that opens with the whole year (全年, 今年, 本年, 年内) ends the part of the year a
# clause before it named, in its sentence or carried into it: the figures after it are the
# year's (一季度力争增长6.5%，规上工业增加值增长8%；全年增长8.5%左右: 8.5%左右 is the year's
# target; 上半年新开工项目30个，全年实施重点项目120个; 一季度增长6.4%；全年新增就业5.3万人).
# Counter: 全年 inside a clause names no period of its figure (上半年完成全年目标的60%: the half
# year's), and a period after the opener is its own (今年一季度增长5%, 今年以来新增420户).
# Nor does a clause that follows one holding nothing but the period (``_bare_period_clause``):
# the period opens the passage and the 全年 clause speaks within it (上半年，全年目标任务完成
# 过半，完成固定资产投资56亿元; 1-9月，全年重点项目完成投资86亿元; 前三季度，本年新增城镇就业
# 2800人: the figures are the part year's). A period with words of its own in its clause is
# still ended (上半年增长6%，全年增长8%). So is a figure the 全年 clause itself names as the
# year's goal (``YEAR_GOAL``: 下半年，全年新增就业目标3000人; 一季度，年内计划完成投资60亿元:
# the year's), unlike a figure of a clause after it (上半年，全年目标任务完成过半，完成投资56亿元).
WHOLE_YEAR_WORDS: Final = ("全年", "今年", "本年", "年内")
WHOLE_YEAR_CLAUSE: Final = regex_cache.compile(
    rf"(?:^|[，,；;。：:])\s*(?:{'|'.join(WHOLE_YEAR_WORDS)})"
)


# The marks that part clauses, and the space that may pad a bare period's clause.
_CLAUSE_EDGE: Final = "，,；;。：:"
_PAD: Final = " \t\u3000"


YEAR_GOAL: Final = regex_cache.compile(r"目标|任务|计划")


def _names_year_goal(sentence: str, since: int, upto: int) -> bool:
    """Whether the clause of ``sentence`` from ``since`` holds ``upto`` and names a goal
    before it (``YEAR_GOAL``, see ``WHOLE_YEAR_CLAUSE``)."""
    part = sentence[since:upto]
    return not any(c in _CLAUSE_EDGE for c in part) and YEAR_GOAL.search(part) is not None


def _bare_period_clause(sentence: str, start: int, end: int, mark: int) -> bool:
    """Whether the period at ``[start, end)`` of ``sentence`` is all its clause holds, the
    clause closed by the mark at ``mark`` (see ``WHOLE_YEAR_CLAUSE``)."""
    if sentence[end:mark].strip(_PAD):
        return False
    before = sentence[:start].rstrip(_PAD)
    return not before or before[-1] in _CLAUSE_EDGE


def whole_year_after(sentence: str, since: int, upto: int, opened: int | None = None) -> bool:
    """Whether a clause of ``sentence`` that opens with the whole year (``WHOLE_YEAR_CLAUSE``)
    ends in ``[since, upto)``: then no part of the year named before ``since`` is the
    period of a figure at ``upto``. ``opened``, where that period starts in ``sentence``
    (None: it was carried in), lets a clause of nothing but the period stand: the whole
    year's clause right after it does not end it (``_bare_period_clause``)."""
    if since >= upto or not any(w in sentence[since:upto] for w in WHOLE_YEAR_WORDS):
        return False
    # a clause's mark may stand just before ``since``: start the search a character back
    found = WHOLE_YEAR_CLAUSE.finditer(sentence, max(since - 1, 0), upto)
    return any(
        m.end() > since
        and not (
            opened is not None
            and m.start() >= since
            and sentence[m.start()] in _CLAUSE_EDGE
            and _bare_period_clause(sentence, opened, since, m.start())
            and not _names_year_goal(sentence, m.end(), upto)
        )
        for m in found
    )


def figure_period(
    periods: Sequence[tuple[int, str]], carried: str | None, sentence: str, upto: int
) -> str | None:
    """The period of a figure at ``upto`` of ``sentence``: the last of ``periods`` that ends
    by ``upto``, else the period ``carried`` into the sentence, unless a clause that opens
    with the whole year stands between (``WHOLE_YEAR_CLAUSE``)."""
    k = bisect_right(periods, (upto, "\uffff")) - 1
    period, since = (periods[k][1], periods[k][0]) if k >= 0 else (carried, 0)
    opened = since - len(period) if k >= 0 and period else None
    if period and whole_year_after(sentence, since, upto, opened):
        return None
    return period


# The year a clause opens with names the year of its deed, and speaks for the clauses after
# it in its sentence until another opens with a year (2014年全县完成地区生产总值126.3亿元，
# 增长8.6%; 2013年完成造林3.2万亩，2014年完成4.1万亩; 2015年，全县实现财政总收入…): inside
# a review of a later year it is the figure's year (``mentions._year``). Not a stretch
# (2024年以来), a deadline or an age (2024年底前, 2000年以前建成的), a span (2021-2025年,
# 2021年至2025年), a base (较2024年, 比2024年增长, 与2024年相比: none opens a clause), nor a
# year inside the clause's words (完成2024年度目标). A clause that opens with the section's
# own year (今年, 全年, 当年, 本年) speaks of it again (group 2).
CLAUSE_YEAR: Final = regex_cache.compile(
    r"(?:^|[，,；;。：:])\s*(?:[一二三四五六七八九十]是|其中|另外|同时|此外)?\s*"
    r"(?:((?:19|20)\d{2})\s*年(?:度|底|末)?(?![以之]?前|以来|至今|[-—~至到\d])|(今年|全年|当年|本年))"
)
# (``_clause_years``' scan of a sentence asks its ``re`` twin, ``metrics.twins``: 254 scans
# a corpus 0.26 -> 0.17 ms replayed)
CLAUSE_YEAR_ASKED: Final = twins.twin(CLAUSE_YEAR)


# Where a ``CLAUSE_YEAR`` attempt opens: at a clause's mark (or the sentence's start). An
# attempt reads nothing past the next mark (none of its parts matches one; its look-ahead
# fails on one), and at most 3 characters past the end of its match (the look-ahead after
# 年度 tried, then after 年): so the matches of a window of the sentence that ends at
# ``upto`` are the whole sentence's in the clauses closed before ``upto``, and the last
# clause's is its own when the whole sentence's match there ends 3 characters before it.
CLAUSE_MARKS: Final = "，,；;。：:"
CLAUSE_YEAR_READS_PAST: Final = 3
# The sentence ``clause_year`` read last, by identity, with its matches and where each
# starts: its figures ask about the words before each of them.
_CLAUSE_YEARS: Final[list[tuple[str, tuple[regex.Match[str], ...], tuple[int, ...]]]] = []


def _clause_years(sentence: str) -> tuple[tuple[regex.Match[str], ...], tuple[int, ...]]:
    """``CLAUSE_YEAR``'s matches in the whole of ``sentence`` and their starts, found once
    for the sentence read last (this object)."""
    if _CLAUSE_YEARS and _CLAUSE_YEARS[0][0] is sentence:
        return _CLAUSE_YEARS[0][1], _CLAUSE_YEARS[0][2]
    found = tuple(CLAUSE_YEAR_ASKED.finditer(sentence))
    starts = tuple(m.start() for m in found)
    _CLAUSE_YEARS[:] = [(sentence, found, starts)]
    return found, starts


def clause_year(sentence: str, upto: int) -> int | None:
    """The year the last clause of ``sentence`` before ``upto`` that opens with a year
    names (``CLAUSE_YEAR`` searched in ``sentence[:upto]``), or None: none does, or the
    last opens with the section's own. Read from the whole sentence's matches (found once
    a sentence) but where the last clause's attempt may read past ``upto``: then that
    attempt alone is made, in the window (see ``CLAUSE_MARKS``)."""
    if "年" not in sentence[:upto]:
        return None
    upto = min(upto, len(sentence))
    opens = max(max(sentence.rfind(c, 0, upto) for c in CLAUSE_MARKS), 0)
    found, starts = _clause_years(sentence)
    k = bisect_left(starts, opens)  # found[:k]: in the clauses closed before ``opens``
    here = found[k] if k < len(found) and starts[k] == opens else None
    last = None
    if here is not None and here.end() + CLAUSE_YEAR_READS_PAST <= upto:
        last = here
    elif "年" in sentence[opens:upto]:  # (every match holds 年)
        last = CLAUSE_YEAR.match(sentence, opens, upto)
    if last is None and k:
        last = found[k - 1]
    return int(last.group(1)) if last is not None and last.group(1) else None
