"""Answers the tenth pass of the regex calls reads without a call, or from a sentence's
one scan, are the calls they replace (issue 29).

``context.periods.clause_year``, the year the last clause before a figure opens with, is
read from the whole sentence's matches of ``CLAUSE_YEAR`` (found once a sentence) where
no attempt of the window's reads past its end; a heading's line is searched for a page
number set apart by spaces (``sections.TOC_PAGE``) only where its last character may
close one; a clause is scanned for the years it names (``pairs.comparable``) only where
it holds a word each of their matches holds; a heading's marker and the stop of its words
are found together (``lines.heading_and_stop``, the marker read since the eleventh pass
from its characters: ``tests/test_markers_read.py``). Each is held against the call it
replaces on every line or sentence (at every position, for the clause's year and a
heading's marker) of the corpus, the government reports, the sample files
and the test files, and on made-up text.
"""

from __future__ import annotations

from collections.abc import Callable

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from metrics.context.periods import CLAUSE_YEAR, clause_year
from metrics.gates import FirstOf
from metrics.pairs.comparable import (
    DEADLINE,
    DEADLINE_HOLDS,
    NAMED_YEAR,
    NAMED_YEAR_HOLDS,
    RELATIVE_YEAR,
    RELATIVE_YEAR_HOLDS,
)
from metrics.passages import ANY_CUE_WORDS, MEASURE_CUES, _own_clause
from metrics.rules.exclusions import (
    KINDS_AFTER,
    KINDS_AT,
    NUMBERED_AT,
    NUMBERED_BEFORE,
    SLOGAN_AFTER,
    SLOGAN_AT,
)
from metrics.segment.lines import heading_and_stop, heading_level
from metrics.segment.sections import HEADING_END, HEADING_REACH, PAGE_CLOSES, TOC_PAGE
from tests.test_text_answers import lines_and_sentences, need_shared, sentences, texts


def clause_year_called(sentence: str, upto: int) -> int | None:
    """``clause_year`` as it was: the window's matches found by a call."""
    last = None
    for m in CLAUSE_YEAR.finditer(sentence, 0, upto):
        last = m
    return int(last.group(1)) if last is not None and last.group(1) else None


def same_clause_years(sentence: str) -> int:
    """``clause_year`` answers as the call at every ``upto`` of ``sentence`` (in turn, as a
    sentence's figures ask, then again from the end: the sentence's matches are kept)."""
    ends = range(len(sentence) + 2)
    for upto in (*ends, *reversed(ends)):
        assert clause_year(sentence, upto) == clause_year_called(sentence, upto), (
            sentence,
            upto,
        )
    return len(ends)


def test_the_year_a_clause_opens_with_on_every_sentence_at_hand() -> None:
    need_shared()
    asked = with_year = 0
    for sentence in sentences():
        if "年" in sentence:
            with_year += 1
            asked += same_clause_years(sentence)
    assert with_year > 1_000 and asked > 50_000, (with_year, asked)


# a clause's marks, its openers, years cut anywhere, and what may stand after a year
YEAR_CHARS = "，,；;。： 一是其中另外2019 0年度底末以之前来至今-—~到今全当本完成"
YEAR_PIECES = ("2024年", "2019 年", "年度", "年底", "前", "以前", "以来", "至今", "-", "今年")
YEAR_PIECES += ("，", "；", "：", " ", "一是", "其中", "完成", "新建", "3", "亿元")


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet=YEAR_CHARS, max_size=30))
def test_the_year_a_clause_opens_with_on_made_up_text(sentence: str) -> None:
    same_clause_years(sentence)


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(YEAR_PIECES), max_size=12))
def test_the_year_a_clause_opens_with_on_made_up_clauses(pieces: list[str]) -> None:
    same_clause_years("".join(pieces))


def same_page_number(line: str) -> None:
    """A line whose last character ``PAGE_CLOSES`` turns away holds no ``TOC_PAGE``."""
    if line and line[-1] != "\n" and not PAGE_CLOSES(line[-1]):
        assert TOC_PAGE.search(line) is None, line


def on_every_line(check: Callable[[str], None]) -> None:
    """``check`` on every line and sentence at hand (the shared folders asked for)."""
    need_shared()
    asked = 0
    for text in lines_and_sentences():
        check(text)
        asked += 1
    assert asked > 10_000


def test_a_page_number_set_apart_only_where_the_last_character_closes_one() -> None:
    on_every_line(same_page_number)


@settings(max_examples=800, deadline=None)
@given(st.text(alphabet="一、2026年工作回顾（）)” \u3000\t１２3０\n…", max_size=16))
def test_a_page_number_set_apart_on_made_up_text(line: str) -> None:
    same_page_number(line)


def same_years_named(text: str) -> None:
    """A clause with none of the words looked for holds no year named."""
    named = ((NAMED_YEAR, NAMED_YEAR_HOLDS), (RELATIVE_YEAR, RELATIVE_YEAR_HOLDS))
    for pattern, holds in (*named, (DEADLINE, (DEADLINE_HOLDS,))):
        if not any(n in text for n in holds):
            assert pattern.search(text) is None, (pattern.pattern, text)


def test_years_named_only_where_a_word_they_hold_stands() -> None:
    on_every_line(same_years_named)


@settings(max_examples=800, deadline=None)
@given(st.text(alphabet="上一去今本明当全年比较同与2019 0-至以来", max_size=16))
def test_years_named_on_made_up_text(text: str) -> None:
    same_years_named(text)


MARKER_OPENS = "一二三四五六七八九十第(（0123456789"


def same_heading(text: str, pos: int) -> bool:
    """``heading_and_stop`` gives ``heading_level`` and, for each window a heading is
    read in, what ``HEADING_END`` searched there finds; whether a marker stands."""
    level, stop = heading_and_stop(text, pos)
    assert level == heading_level(text, pos), (text, pos)
    if level:
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        for end in {len(text), pos + 3, pos + 30, pos + 61, line_end, line_end + 1}:
            reach = min(end, pos + HEADING_REACH)
            found = HEADING_END.search(text, pos, reach)
            read = stop if stop is not None and stop < reach else None
            assert (found.start() if found else None) == read, (
                text[pos : pos + 80],
                end,
            )
    return bool(level)


def test_a_heading_and_its_stop_in_one_call_on_every_text_at_hand() -> None:
    need_shared()
    headings = 0
    for text in texts():
        for pos, c in enumerate(text):
            if c in MARKER_OPENS:
                headings += same_heading(text, pos)
    assert headings > 1_000, headings


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet="一二十第部分章、.（）()12 3年工作。；!？\n", max_size=80))
def test_a_heading_and_its_stop_on_made_up_text(text: str) -> None:
    for pos in range(len(text) + 1):
        same_heading(text, pos)


ANY_CUE = regex.compile("|".join(ANY_CUE_WORDS))  # (the search ``target_passages`` made)


def test_a_section_with_no_cue_word_found_without_a_call() -> None:
    # the words looked for with str.find, in a window as the search was: one cut by the
    # window's end is not in it
    need_shared()
    for text in lines_and_sentences():
        for start, end in ((0, len(text)), (1, len(text) - 1), (len(text) // 2, len(text))):
            found = any(text.find(w, start, end) >= 0 for w in ANY_CUE_WORDS)
            assert found == (ANY_CUE.search(text, start, end) is not None), text


def same_after_a_count(text: str) -> None:
    """The words after a Chinese count asked only where one can open; the numeral listed
    before a figure only where the window's last character closes it."""
    for pos in range(len(text) + 1):
        for gate, pattern in ((KINDS_AT, KINDS_AFTER), (SLOGAN_AT, SLOGAN_AFTER)):
            if not gate.opens(text, pos):
                assert pattern.match(text, pos) is None, (text, pos)
        lo = max(0, pos - 2)
        assert span(NUMBERED_AT.search(text, lo, pos)) == span(
            NUMBERED_BEFORE.search(text, lo, pos)
        ), (text, pos)


def span(m: object) -> tuple[int, int] | None:
    return m.span() if m is not None else None  # type: ignore[attr-defined]


def test_the_words_around_a_count_asked_where_they_can_stand() -> None:
    on_every_line(same_after_a_count)


@settings(max_examples=800, deadline=None)
@given(st.text(alphabet="一二三四五、个项指标科目代表一级维护融合型不零\n，", max_size=16))
def test_the_words_around_a_count_on_made_up_text(text: str) -> None:
    same_after_a_count(text)


MEASURES = tuple(regex.compile(c.pattern) for c in MEASURE_CUES)
FIRST_MEASURE = FirstOf(MEASURES)


def test_the_first_measure_cue_of_every_clause_at_hand() -> None:
    # FirstOf passes a cue by where the clause holds none of the characters its words
    # open with: the first cue found is the loop of searches' at every figure's place
    need_shared()
    asked = 0
    for sentence in sentences():
        for pos in range(1, len(sentence) + 1):
            clause = _own_clause(sentence, pos)
            first = next((k for k, p in enumerate(MEASURES) if p.search(clause)), None)
            assert FIRST_MEASURE.index(clause) == first, clause
            asked += 1
    assert asked > 100_000, asked
