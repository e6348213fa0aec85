"""Answers read from a sentence's one scan, or from a test with no call, are the calls
they replace.

``context.periods.period_at`` and ``period_search`` answer ``PERIOD.match`` and
``PERIOD.search`` over a window of a sentence from the matches ``find_periods`` found in
it; normalisation asks a list marker and a contents page number after a space in one
call; a line's punctuation is looked for as a set of characters; a paragraph of honours
is read only where it holds one of the words every honour holds; a target named after a
figure, and a name after a Chinese count, only where such a word can open; the eleventh
session's rules (an advert's masthead, a contents line's leader, a department's body, a
year that opens a plan's review, a national agency's or a masked place's name) only where
the text holds what each of their matches holds. Each is held
against the call(s) it replaces at every position of every line or sentence of the
corpus, the government reports, the sample files and the test files, and on made-up text.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from metrics.context.nouns import (
    NOT_A_NOUN_AFTER,
    VERBISH_AFTER,
    VERBISH_CHARS,
    _no_noun_at,
)
from metrics.context.periods import (
    PERIOD,
    PERIOD_NEEDS,
    find_periods,
    may_hold_period,
    period_at,
    period_search,
)
from metrics.context.word_bounds import BODY_TAIL, BODY_TAIL_HOLDS
from metrics.gates import Guard, may_open_in
from metrics.lexicon.words import PERIOD_OPENERS, PERIOD_WORDS
from metrics.normalize import (
    AHEAD,
    DIGIT,
    FIGURE_ALONE,
    FIGURE_RUN,
    INNER_CHARS,
    INNER_PUNCT,
    MARKER_AHEAD,
    PAGE_NUMBER_AHEAD,
    PAUSE_AHEAD,
    PAUSE_NEXT,
    UNIT_ALONE,
    UNIT_RUN,
    normalize,
)
from metrics.pipeline import process_text
from metrics.rules.exclusions import NAME_OPENS
from metrics.rules.roles import (
    LAST_YEAR_AT,
    LAST_YEAR_OPENS,
    TARGET_NAMED_OPENS,
    YEAR_AT,
    YEAR_OPENS,
)
from metrics.segment.lines import ADVERT, HAS_ADVERT, PAGE_TAIL
from metrics.segment.sections import (
    CLAUSE_END,
    CUE_WINDOW,
    HONOUR_CLAUSE,
    HONOUR_WORDS,
    LOW_PLAN_CUE,
    LOW_PLANNED,
    TOC_LEADER,
    TOC_LINE,
)
from metrics.segment.sentences import split_sentences
from metrics.segment.title_lines import PUNCT_CHARS, PUNCT_INSIDE
from metrics.segment.titles import (
    AGENCY_AT,
    MASK_PLACE,
    NATIONAL_AGENCY,
    PARTY_AT,
    PARTY_ONLY,
)

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FOLDERS = (
    SHARED / "corpus",
    SHARED / "govreports",
    ROOT / "data" / "sample",
    ROOT / "tests" / "data",
)


def texts() -> Iterator[str]:
    """Every text file at hand, as read and normalised."""
    for folder in FOLDERS:
        for path in sorted(folder.rglob("*.txt")):
            raw = path.read_bytes()
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                text = raw.decode("gb18030")
            yield text
            yield normalize(text).text


def sentences() -> Iterator[str]:
    """Every sentence of every text file at hand and of the labelled files, normalised
    (the shared folders where they are: the test that reads them asks for them)."""
    for folder in FOLDERS:
        for path in sorted(folder.rglob("*.txt")):
            raw = path.read_bytes()
            try:
                text = normalize(raw.decode("utf-8")).text
            except UnicodeDecodeError:
                text = normalize(raw.decode("gb18030")).text
            for s, e in split_sentences(text, 0, len(text)):
                yield text[s:e]
        for path in sorted(folder.rglob("*.jsonl")):  # the labelled files' sentences
            for line in path.read_text(encoding="utf-8").splitlines():
                sentence = json.loads(line).get("sentence") if line.strip() else None
                if isinstance(sentence, str):
                    yield normalize(sentence).text


def span(m: object) -> tuple[int, int] | None:
    return m.span() if m is not None else None  # type: ignore[attr-defined]


def windows(sentence: str) -> Iterator[tuple[int, int]]:
    """Windows of ``sentence`` the figures ask about (a phrase's start, the words after a
    count): every start, to the end, 24 characters on, and to each period's end and the
    character before it (a period cut by the window's end)."""
    n = len(sentence)
    ends = {e - k for m in PERIOD.finditer(sentence) for e in (m.end(),) for k in (0, 1)}
    for pos in range(n + 1):
        yield pos, n
        yield pos, min(n, pos + 24)
        for e in ends:
            if e >= pos:
                yield pos, e


def same_answers(sentence: str) -> int:
    """Compare the answers with the calls on every window of ``sentence``; the number of
    windows."""
    find_periods(sentence)
    asked = 0
    for pos, endpos in windows(sentence):
        assert span(period_search(sentence, pos, endpos)) == span(
            PERIOD.search(sentence, pos, endpos)
        ), (sentence, pos, endpos)
        want = PERIOD.match(sentence, pos, endpos)
        assert span(period_at(sentence, pos, endpos)) == span(want), (sentence, pos, endpos)
        asked += 1
    return asked


def test_period_windows_on_every_sentence_at_hand() -> None:
    need_shared()
    asked = with_period = 0
    for sentence in sentences():
        if PERIOD.search(sentence) is None:
            # (no period: every window answers None; a few asked all the same)
            find_periods(sentence)
            assert period_search(sentence, 0, len(sentence)) is None
            continue
        with_period += 1
        asked += same_answers(sentence)
    assert with_period > 100 and asked > 10_000, (with_period, asked)


PERIOD_CHARS = "截至止到今年底末月份日前第一二三四五六七八九十季度上下半以来全"
PERIOD_CHARS += "0123456789xX*-~ 新建学校，"


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=PERIOD_CHARS, max_size=30))
def test_period_windows_on_made_up_text(text: str) -> None:
    same_answers(text)


def test_every_period_holds_one_of_the_words_looked_for() -> None:
    need_shared()
    for sentence in sentences():
        for m in PERIOD.finditer(sentence):
            assert may_hold_period(m.group()), m.group()
    for word in (*PERIOD_OPENERS, *PERIOD_WORDS):  # (each period word's own example)
        assert may_hold_period(word.surface) and may_hold_period(word.example)
    assert not may_hold_period("2024年全年新增就业1.2万人") and "月" in PERIOD_NEEDS


@settings(max_examples=800, deadline=None)
@given(st.text(alphabet=PERIOD_CHARS, max_size=30))
def test_every_period_holds_one_of_the_words_on_made_up_text(text: str) -> None:
    for m in PERIOD.finditer(text):
        assert may_hold_period(m.group()), m.group()


def test_period_windows_where_the_scan_cannot_answer() -> None:
    # a window opening inside a period the scan found (前三季度 read from 三 on: 三季度
    # is one too), a window cut inside a period (截至10月底 cut before 底), and a text
    # read by no scan: the call answers
    sentence = "全县前三季度完成投资，截至10月底新增就业"
    find_periods(sentence)
    assert period_search(sentence, 3, len(sentence)).group() == "三季度"
    assert period_at(sentence, 3, len(sentence)).group() == "三季度"
    assert period_search(sentence, 11, 16).group() == "截至10月"
    assert period_search(sentence, 0, len(sentence)).group() == "前三季度"
    other = "今年以来新增就业"
    assert period_search(other, 0, len(other)).group() == "今年以来"
    assert same_answers(sentence) > 0


def need_shared() -> None:
    if not (SHARED / "corpus").exists():
        pytest.skip("../shared is not here")


def same_ahead(text: str, e: int) -> None:
    """The one call names the marker where the marker matches, else the page number where
    (after a digit) it matches."""
    one, marker = AHEAD.match(text, e), MARKER_AHEAD.match(text, e)
    page = PAGE_NUMBER_AHEAD.match(text, e) if text[e : e + 1] in DIGIT else None
    assert (one is not None and one.lastgroup == "marker") == (marker is not None)
    assert (one is not None and one.lastgroup == "page") == (marker is None and page is not None)


def test_the_marker_and_page_number_after_a_space_in_one_call() -> None:
    need_shared()
    asked = 0
    for text in texts():
        for m in regex.finditer(r"[ \t]+", text):
            same_ahead(text, m.end())
            asked += 1
    assert asked > 1000


@settings(max_examples=800)
@given(st.text(alphabet="一二三十第（）()、.0123456789 \t\n\r年篇【新建", max_size=12))
def test_the_marker_and_page_number_on_made_up_text(text: str) -> None:
    for e in range(len(text) + 1):
        same_ahead(text, e)


def test_punctuation_as_a_set_on_every_line() -> None:
    need_shared()
    for text in texts():
        for line in text.split("\n"):
            for pattern, chars in ((PUNCT_INSIDE, PUNCT_CHARS), (INNER_PUNCT, INNER_CHARS)):
                assert (pattern.search(line) is None) == chars.isdisjoint(line)
                half = len(line) // 2
                assert (pattern.search(line, half) is None) == chars.isdisjoint(line[half:])


def test_an_honour_holds_one_of_its_words() -> None:
    need_shared()
    honours = 0
    for text in texts():
        for line in text.split("\n"):
            clauses = [c for c in CLAUSE_END.split(line) if c.strip()]
            if clauses and all(HONOUR_CLAUSE.match(c) for c in clauses):
                honours += 1
                assert any(w in line for w in HONOUR_WORDS), line
    assert honours > 0


@settings(max_examples=500)
@given(st.text(alphabet="被评为授予荣获获评命名表彰先进集体2024年度，。；、 ", max_size=30))
def test_an_honour_holds_one_of_its_words_on_made_up_text(line: str) -> None:
    if not any(w in line for w in HONOUR_WORDS):
        assert HONOUR_CLAUSE.match(line) is None


def test_words_after_a_figure_only_where_they_can_open() -> None:
    need_shared()
    for sentence in sentences():
        for pos in range(len(sentence) + 1):
            for gate in (NAME_OPENS, TARGET_NAMED_OPENS):
                if not gate.opens(sentence, pos):
                    assert gate.pattern.match(sentence, pos) is None, (sentence, pos)


def lines_and_sentences() -> Iterator[str]:
    """Every line of every text at hand, then every sentence."""
    for text in texts():
        yield from text.split("\n")
    yield from sentences()


def same_gated(text: str) -> None:
    """Each gate put before a call of the eleventh session's rules answers as the call."""
    assert HAS_ADVERT(text) == (ADVERT.search(text) is not None), text
    assert span(TOC_LINE.search(text)) == span(TOC_LEADER.search(text)), text
    for gated, pattern in ((LAST_YEAR_AT, LAST_YEAR_OPENS), (YEAR_AT, YEAR_OPENS)):
        assert span(gated.match(text)) == span(pattern.match(text)), text
    for prefix, pattern in ((PARTY_AT, PARTY_ONLY), (AGENCY_AT, NATIONAL_AGENCY)):
        m = prefix.search(text)
        assert (text[m.end() :] if m else text) == pattern.sub("", text, count=1), text
    masked = may_open_in(MASK_PLACE, text) and MASK_PLACE.search(text) is not None
    assert masked == bool(MASK_PLACE.search(text)), text
    # (a window of words after a body: its spans start anywhere)
    for pos in range(0, len(text), 3):
        window = text[pos : pos + 16]
        if BODY_TAIL_HOLDS.isdisjoint(window):
            assert BODY_TAIL.search(window) is None, window


def test_the_new_rules_gates_on_every_line_and_sentence() -> None:
    need_shared()
    asked = 0
    for text in lines_and_sentences():
        same_gated(text)
        asked += 1
    assert asked > 10_000
    assert PAGE_TAIL.fullmatch("") is None  # (an empty line is not asked)


GATED_CHARS = "去上过年一2019 0x×某部科办公室干学技门中共国家统计局东湖县新闻网站相关文章…·.-3\n"


@settings(max_examples=800, deadline=None)
@given(st.text(alphabet=GATED_CHARS, max_size=24))
def test_the_new_rules_gates_on_made_up_text(text: str) -> None:
    same_gated(text)
    for sub in ("去年" + text, "2024年" + text, "中共" + text, "国家统计局" + text):
        same_gated(sub)


def same_noun_gates(sentence: str, pos: int) -> None:
    """The parts of ``NOT_A_NOUN_AFTER`` answer as the whole at ``pos``; a window after
    ``pos`` with none of ``VERBISH_CHARS`` holds no match of ``VERBISH_AFTER``."""
    whole = NOT_A_NOUN_AFTER.match(sentence, pos) is not None
    assert _no_noun_at(sentence, pos) == whole, (sentence, pos)
    n = len(sentence)
    for end in {n, min(n, pos + 4), min(n, pos + 12), min(n, pos + 23)}:
        if VERBISH_CHARS.isdisjoint(sentence[pos:end]):
            assert VERBISH_AFTER.search(sentence, pos, end) is None, (sentence, pos, end)


def test_the_noun_after_a_figure_gated_on_every_sentence() -> None:
    need_shared()
    asked = 0
    for sentence in sentences():
        for pos in range(len(sentence)):
            same_noun_gates(sentence, pos)
            asked += 1
    assert asked > 100_000


NOUN_CHARS = "个名台阶大关两突破迈上万亿元的等以为用户在职和累计新建了有还仍果业村学校0x*，"


@settings(max_examples=800, deadline=None)
@given(st.text(alphabet=NOUN_CHARS, max_size=24))
def test_the_noun_after_a_figure_gated_on_made_up_text(text: str) -> None:
    for pos in range(len(text)):
        same_noun_gates(text, pos)


def test_a_guard_with_literals_answers_an_empty_window_without_a_call() -> None:
    # every match of a pattern whose guard reads literals holds one of them: none is
    # empty, so an empty window (an empty line) is answered None; asked of every guard
    # the package builds, at every position of a sample of sentences
    process_text("某县2025年政府工作报告\n全年完成投资五亿元。\n", "x.txt")  # (every stage's)
    guards = [g for g in gc.get_objects() if isinstance(g, Guard) and g._needs]
    assert len(guards) > 10
    samples = ["", "目录\n\n1、2025年工作回顾……3", "全县新增就业1.2万人，完成投资5亿元。"]
    for g in guards:
        for text in samples:
            for pos in range(len(text) + 1):
                for call in (g.pattern.match, g.pattern.search, g.pattern.fullmatch):
                    assert call(text, pos, pos) is None, (g.pattern.pattern, text, pos)
                assert g.match(text, pos, pos) is None and g.search(text, pos, pos) is None


def test_the_cues_of_a_heading_only_where_they_can_open() -> None:
    need_shared()
    for text in lines_and_sentences():
        for heading in (text[:CUE_WINDOW], text):
            # (its words looked for by ``in``: gates.Holds)
            assert LOW_PLANNED(heading) == (LOW_PLAN_CUE.search(heading) is not None), heading


def test_a_figure_run_with_its_unit_asked_only_before_a_pause() -> None:
    # is_figure_run's run alone on its line, asked through the guards in its new order
    need_shared()
    pairs = 0
    for text in texts():
        lines = text.split("\n")
        for run, after in pairwise(lines):
            old = FIGURE_RUN.match(run) or (UNIT_RUN.match(run) and PAUSE_AHEAD.match(after))
            new = FIGURE_ALONE.match(run) or (PAUSE_NEXT.match(after) and UNIT_ALONE.match(run))
            assert bool(old) == bool(new), (run, after)
            pairs += 1
    assert pairs > 5_000
