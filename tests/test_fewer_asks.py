"""Answers read with fewer regex calls are the answers of the calls they replace (issue 29,
round 25).

- ``lexicon.indicators.indicator_of`` asks its measure's indicators in one overlapped scan
  of their patterns joined in order (the least group found is the first indicator whose
  own search finds), where it searched each pattern in turn;
- ``passages.target_passages`` scans a section for a cue only where the section holds one
  of the cue's words (``Cue.words``), where it scanned for every cue once any cue's word
  stood in it;
- ``pairs.figure_places.several_places`` asks ``SEVERAL_PLACES`` only of words whose first
  character opens a match;
- the scan's retry after a veto passes over a run of digits or masks read by its
  characters (``scan._past_run``, where ``NUMBER_RUN`` was asked);
- a Han character at a position is read from the character (``normalize.han_at``);
- plain words are asked where one opens (``exclusions.SESSION_OPENS``), a literal's
  full match only of a text that holds it (``roles.SIZE_ONLY``), a short rate only of a
  text no longer than its longest match (``words.SHORT_RATE_LONGEST``);
- the trailing filler is searched only where the window ends with what one of its
  alternatives can close with, its written ends read from its text (``gates.Ends``).

Each is held to the calls as they were on every line and sentence at hand (the corpus,
the reports, the samples, the test files), on every figure of the corpus where a figure
asks, and on made-up text.
"""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from metrics.context.metric_trim import TRAILING_ENDS
from metrics.context.words import SHORT_RATE, SHORT_RATE_LONGEST, TRAILING_FILLER
from metrics.gates import _written_end
from metrics.io import read_text
from metrics.lexicon import indicators
from metrics.lexicon.indicators import INDICATORS, indicator_of
from metrics.normalize import HAN_CHAR, han_at
from metrics.opening import split_alternatives
from metrics.pairs import figure_places as fp
from metrics.passages import CUES
from metrics.pipeline import process_text
from metrics.records import Measure
from metrics.rules import scan
from metrics.rules.exclusions import SESSION_AFTER, SESSION_OPENS
from metrics.rules.role_cues import SIZE_ONLY_PLAN
from metrics.rules.roles import SIZE_ONLY
from tests.test_read_once import on_every_line

MEASURES = tuple(dict.fromkeys(i.measure for i in INDICATORS))
_SEARCHED = tuple((i, regex.compile(i.pattern)) for i in INDICATORS)


def old_indicator_of(metric: str | None, measure: Measure | str) -> indicators.Indicator | None:
    """``indicator_of`` as it was: each indicator of the measure searched in turn."""
    if not metric:
        return None
    return next((i for i, p in _SEARCHED if i.measure == measure and p.search(metric)), None)


def same_indicator(metric: str) -> None:
    for measure in (*MEASURES, *(str(m) for m in MEASURES), Measure.COMPLETION, "none"):
        assert indicator_of(metric, measure) == old_indicator_of(metric, measure), (
            metric,
            measure,
        )


def test_an_indicator_is_the_first_whose_search_finds_on_every_line() -> None:
    def check(text: str) -> None:
        same_indicator(text)
        for cut in (text[:8], text[-8:], text[2:12]):  # (short names, as metrics are)
            same_indicator(cut)

    on_every_line(check)


def test_an_indicator_on_the_examples_and_counters() -> None:
    for i in INDICATORS:
        for phrase in (*i.examples, *i.counter):
            same_indicator(phrase)
            same_indicator(f"全县{phrase}")
            same_indicator(f"{phrase}增长")
    same_indicator("")
    assert indicator_of(None, Measure.GROWTH) is None
    # one metric several indicators find: the first in the lexicon's order, wherever each
    # matches (the energy intensity before the output it names, at a later position)
    ind = indicator_of("全县地区生产总值和单位GDP能耗", Measure.GROWTH)
    assert ind is not None and ind.key == "单位地区生产总值能耗降低"
    ind = indicator_of("规上工业增加值和地区生产总值", Measure.GROWTH)
    assert ind is not None and ind.key == "地区生产总值增长"


# the characters of the indicators' own patterns, and a few that open or close none
INDICATOR_CHARS = "".join(sorted({c for i in INDICATORS for c in i.pattern if c.isalnum()}))


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=INDICATOR_CHARS + "的和、 \n", max_size=14))
def test_an_indicator_on_made_up_names(metric: str) -> None:
    same_indicator(metric)


@settings(max_examples=1500, deadline=None)
@given(
    st.lists(
        st.sampled_from([p for i in INDICATORS for p in i.examples] + ["全县", "和", "的"]),
        max_size=4,
    )
)
def test_an_indicator_on_names_joined(parts: list[str]) -> None:
    same_indicator("".join(parts))


def test_the_corpus_figures_keep_their_indicators(corpus_files) -> None:
    asked = 0
    for path in corpus_files:
        for m in process_text(read_text(path).text, path.name).mentions:
            for name in (m.metric, m.metric_phrase):
                if m.measure:
                    assert indicator_of(name, m.measure) == old_indicator_of(name, m.measure)
                    asked += 1
    assert asked > 1_000


# A cue's words: one of them stands in every match of its pattern.


def test_each_cue_names_the_words_its_matches_hold() -> None:
    # every alternative of a cue's pattern writes one of its words (an alternative added
    # without one would be gated away where it alone matches); that the words stand in
    # each match: the examples, every line at hand and made-up text below
    for cue in CUES:
        assert cue.words, cue.name
        for alternative in split_alternatives(cue.pattern):
            assert any(w in alternative for w in cue.words), (cue.name, alternative)
        for example in cue.examples:
            assert any(w in example for w in cue.words), (cue.name, example)


def test_a_cue_with_none_of_its_words_finds_nothing_on_every_line() -> None:
    scans = [(c, regex.compile(c.pattern, regex.X)) for c in CUES]

    def check(text: str) -> None:
        for start, end in ((0, len(text)), (1, len(text) - 1), (len(text) // 2, len(text))):
            for cue, pattern in scans:
                if all(text.find(w, start, end) < 0 for w in cue.words):
                    assert pattern.search(text, start, end) is None, (cue.name, text)

    on_every_line(check)


CUE_CHARS = "".join(sorted({c for cue in CUES for c in "".join(cue.examples) if not c.isspace()}))


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=CUE_CHARS + "\n ", max_size=40))
def test_a_cue_with_none_of_its_words_finds_nothing_in_made_up_text(text: str) -> None:
    for cue in CUES:
        if not any(w in text for w in cue.words):
            assert regex.compile(cue.pattern, regex.X).search(text) is None, (cue.name, text)


# Several places: asked only where a count, 各 or 全 opens the words.


def test_several_places_opens_where_the_pattern_can_match() -> None:
    def check(text: str) -> None:
        for pos in range(len(text)):
            if not fp.SEVERAL_OPENS.opens(text, pos):
                assert fp.SEVERAL_PLACES.match(text[pos:]) is None, text[pos:]

    on_every_line(check)


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet="全各两二三四五十12个省市县区镇乡街道（(、)）设的域级新增", max_size=12))
def test_several_places_on_made_up_words(words: str) -> None:
    if not fp.SEVERAL_OPENS.opens(words, 0):
        assert fp.SEVERAL_PLACES.match(words) is None, words


# A vetoed candidate's retry passes over its run of digits or masks read by its characters.


def same_run_end(text: str) -> None:
    for at in range(len(text)):
        for end in (len(text), min(len(text), at + 3)):
            if at < end:
                run = scan.NUMBER_RUN.match(text, at, end)
                assert scan._past_run(text, at, end) == (run.end() if run else at + 1), (
                    text,
                    at,
                    end,
                )


def test_a_retry_passes_over_the_run_the_pattern_matches_on_every_line() -> None:
    on_every_line(same_run_end)


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet="0123456789xX*.,，万亿个年一二%Ｘ１２", max_size=16))
def test_a_retry_passes_over_the_run_on_made_up_text(text: str) -> None:
    same_run_end(text)


# A Han character at a position read from the character (``normalize.han_at``).


def test_a_han_character_at_a_position_is_the_match_of_the_pattern_on_every_line() -> None:
    def check(text: str) -> None:
        for i in range(len(text) + 2):
            assert han_at(text, i) == (HAN_CHAR.match(text, i) is not None), (text, i)

    on_every_line(check)


@settings(max_examples=1000, deadline=None)
@given(st.text(max_size=6))
def test_a_han_character_at_a_position_on_made_up_text(text: str) -> None:
    for i in range(len(text) + 2):
        assert han_at(text, i) == (HAN_CHAR.match(text, i) is not None), (text, i)


# Plain words asked where one of them opens; a literal's full match asked
# only of a text that holds it; a short rate only of a text of its length.


def same_plain_words(text: str) -> None:
    assert span(SIZE_ONLY.fullmatch(text)) == span(SIZE_ONLY_PLAN.fullmatch(text)), text
    for pos in range(len(text) + 1):
        if not SESSION_OPENS.opens(text, pos):
            assert SESSION_AFTER.match(text, pos) is None, (text, pos)
    for k in range(len(text)):
        rest = text[k:]
        if rest.endswith("率") and len(rest) > SHORT_RATE_LONGEST:
            assert SHORT_RATE.fullmatch(rest) is None, rest


def span(m: object) -> tuple[int, int] | None:
    return m.span() if m is not None else None  # type: ignore[attr-defined]


def test_plain_words_on_every_line() -> None:
    on_every_line(same_plain_words)


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet="累计总投资会议全大届人代率合格培训达标 0", max_size=10))
def test_plain_words_on_made_up_text(text: str) -> None:
    same_plain_words(text)


def test_a_short_rate_is_asked_at_its_longest() -> None:
    assert SHORT_RATE.fullmatch("合格率") and SHORT_RATE.fullmatch("格率")
    assert SHORT_RATE.fullmatch("验合格率") is None
    assert SIZE_ONLY.fullmatch("总投资") and SIZE_ONLY.fullmatch("计划总投资") is None


# The trailing filler's alternatives that end in written characters close a match only
# where the window ends with them (``gates.Ends``: read from the text, no call).


def test_an_alternatives_written_end_is_read_from_its_text() -> None:
    assert [_written_end(a) for a in ("达到", "[高多长]达", "(?<![行作])为", "任务总?数")] == [
        2,
        1,
        1,
        1,
    ]
    for a in ("目标值?", r"\d", r"\p{Han}", "[降升]", "(?:a|b)", "a{2}", r"a\d", "年(?!底)"):
        assert _written_end(a) == 0, a
    assert _written_end(r"\dx") == 1 and _written_end("x") == 1


def same_trailing_ends(text: str) -> None:
    for end in range(len(text) + 1):
        for start in (0, max(0, end - 4), max(0, end - 1)):
            if not TRAILING_ENDS.may_end(text, start, end):
                assert TRAILING_FILLER.search(text, start, end) is None, (text, start, end)


def test_the_trailing_filler_is_searched_wherever_it_may_end_on_every_line() -> None:
    on_every_line(lambda text: same_trailing_ends(text[:80]))


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet="达到高多为是约共计累总数任务目标值年度增长率人户学校额金\n ", max_size=10))
def test_the_trailing_filler_on_made_up_ends(text: str) -> None:
    same_trailing_ends(text)
