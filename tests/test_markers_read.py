"""List markers read from their characters are the matches of their patterns (issue 29,
the eleventh pass of the regex calls).

A heading's marker (``segment.lines.MARKER_ANY``: 一、, 第二部分, （三）, (4), 5. or 6)),
normalise's marker ahead of a line or after a space (``normalize.MARKER_AHEAD``: 一、,
（3）, 12、, 【篇) and the page number a space may stand before (``normalize.AHEAD``) are
read by ``lines.read_marker``, ``normalize.marker_end`` and ``normalize.marker_or_page``
from the characters, without a call. Each is held against its pattern at every position
of every text at hand (raw and normalised: ../shared/corpus, ../shared/govreports,
data/sample, tests/data) and of made-up text, with digits of other scripts (``\\d``
matches any decimal digit).
"""

from __future__ import annotations

import sys

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from metrics.normalize import AHEAD, MARKER_AHEAD, is_digit, marker_end, marker_or_page
from metrics.segment.lines import MARKER_ANY, NO_MARKER, heading_and_stop, read_marker
from tests.test_text_answers import need_shared, texts

DIGIT = regex.compile(r"\d")


def called(text: str, pos: int) -> tuple[tuple[int, int], int, str | None]:
    """The three answers as the patterns give them."""
    heading = MARKER_ANY.match(text, pos)
    ahead = MARKER_AHEAD.match(text, pos)
    either = AHEAD.match(text, pos)
    return (
        (int(heading.lastgroup[1:]), heading.end()) if heading else NO_MARKER,
        ahead.end() if ahead else -1,
        either.lastgroup if either else None,
    )


def read(text: str, pos: int) -> tuple[tuple[int, int], int, str | None]:
    return read_marker(text, pos), marker_end(text, pos), marker_or_page(text, pos)


def same_everywhere(text: str) -> int:
    """The readers answer as the patterns at every position of ``text``; the markers."""
    found = 0
    for pos in range(len(text) + 1):
        answers = called(text, pos)
        assert read(text, pos) == answers, (text[max(0, pos - 3) : pos + 12], pos, answers)
        found += answers[0] != NO_MARKER
    return found


def test_markers_read_as_matched_at_every_position_of_every_text_at_hand() -> None:
    need_shared()
    found = sum(same_everywhere(text) for text in texts())
    assert found > 3_000, found


# numerals, digits of four scripts (ASCII, full-width, Arabic-Indic, a digit ``regex``
# knows that this Python's str.isdecimal does not), the marks around a marker, the words
# of 第…部分 and 【篇, spaces and line ends
MADE_UP = "一二三十第部分章篇年、.。（）()【】0129１٣\U00010d30 \t\r\n"


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=MADE_UP, max_size=14))
def test_markers_read_as_matched_on_made_up_text(text: str) -> None:
    same_everywhere(text)


MARKER_PIECES = ("一", "十二", "第", "部分", "章", "、", ".", "（", ")", "12", "3", "４", "【篇")
MARKER_PIECES += ("年", " ", "\n", "\r\n", "2026", "。")


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(MARKER_PIECES), max_size=8))
def test_markers_read_as_matched_on_made_up_lines(pieces: list[str]) -> None:
    same_everywhere("".join(pieces))


def test_markers_and_their_levels() -> None:
    for line, level, end in (
        ("一、过去一年工作回顾", 1, 2),
        ("十二.深化改革", 1, 3),
        ("第三部分 明年安排", 1, 4),
        ("第十章", 1, 3),
        ("（二）民生保障", 2, 3),
        ("(12)农业", 3, 4),
        ("3)交通", 3, 2),
        ("12、教育", 3, 3),
        ("十一二三、", 0, -1),  # four numerals: no shorter run is followed by 、
        ("123、", 0, -1),
        ("12.5万人", 0, -1),  # a decimal's point
        ("第一季度", 0, -1),
        ("", 0, -1),
    ):
        assert read_marker(line, 0) == (level, end), line
        assert called(line, 0)[0] == (level, end), line
    assert marker_end("（1二）", 0) == 4 and read_marker("（1二）", 0) == NO_MARKER
    assert marker_or_page("12 \n", 0) == "page" and marker_or_page("12 年", 0) is None
    assert marker_or_page("3\r\n", 0) == "page" and marker_or_page("3\r", 0) is None


def test_a_heading_stops_at_its_first_stop_within_reach() -> None:
    assert heading_and_stop("一、稳增长。全年新增", 0) == (1, 5)
    assert heading_and_stop("（一）做大工业\n全年", 0) == (2, 7)
    assert heading_and_stop("二、" + "经" * 64 + "。", 0) == (1, None)  # past the reach
    assert heading_and_stop("二、" + "经" * 63 + "。", 0) == (1, 65)
    assert heading_and_stop("三、主要任务", 0) == (1, None)  # the text's end
    assert heading_and_stop("全年", 0) == (0, None)


def test_a_digit_is_what_the_pattern_calls_one() -> None:
    # every character either reads as a digit, and a sample of the others
    asked = {chr(i) for i in range(sys.maxunicode + 1) if chr(i).isdecimal()}
    asked |= {m.group() for m in DIGIT.finditer("".join(map(chr, range(0x10000, 0x20000))))}
    asked |= set(map(chr, range(0x3000, 0x3100))) | set(map(chr, range(0x100))) | {""}
    for c in asked:
        assert is_digit(c) == (DIGIT.fullmatch(c) is not None), hex(ord(c)) if c else c
