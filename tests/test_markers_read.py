"""List markers and a line's ends read from their characters are the matches of their
patterns (issue 29, the eleventh pass of the regex calls).

A heading's marker (``segment.lines.MARKER_ANY``: 一、, 第二部分, （三）, (4), 5. or 6)),
normalise's marker ahead of a line or after a space (``normalize.MARKER_AHEAD``: 一、,
（3）, 12、, 【篇) and the page number a space may stand before (``normalize.AHEAD``) are
read by ``lines.read_marker``, ``normalize.marker_end`` and ``normalize.marker_or_page``
from the characters, without a call. Each is held against its pattern at every position
of every text at hand (raw and normalised: ../shared/corpus, ../shared/govreports,
data/sample, tests/data) and of made-up text, with digits of other scripts (``\\d``
matches any decimal digit). So are a numbered heading that runs on into its paragraph
(``normalize.runs_on``, ``RUNS_ON``), a Han character (``normalize.is_han``) and a figure
alone on its line, asked after the line before it (``normalize.is_figure_run``).
"""

from __future__ import annotations

import sys

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from metrics.normalize import (
    AHEAD,
    FIGURE_RUN,
    HAN_CHAR,
    LINE_CLOSERS,
    MARKER_AHEAD,
    PAUSE_AHEAD,
    RUNS_ON,
    UNIT_RUN,
    is_digit,
    is_figure_run,
    is_han,
    is_page_chrome,
    marker_end,
    marker_or_page,
    runs_on,
)
from metrics.opening import HAN_BLOCK
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


def same_line_ends(line: str) -> None:
    """``runs_on`` answers as ``RUNS_ON``, on the line and on the line before a line end."""
    for text in (line, line + "\n", line + "\n\n"):
        assert runs_on(text) == (RUNS_ON.search(text) is not None), text


def figure_run_asked_in_turn(before: str, run: str, after: str) -> bool:
    """``is_figure_run`` as it was asked before: the run's patterns first."""
    body = before.rstrip(" \t\r")
    alone = FIGURE_RUN.match(run) or (PAUSE_AHEAD.match(after) and UNIT_RUN.match(run))
    if not alone or not body or not HAN_CHAR.match(body[-1]):
        return False
    if body[-1] in LINE_CLOSERS or MARKER_AHEAD.match(body.lstrip()) or is_page_chrome(body):
        return False
    head = after.lstrip(" \t")
    goes_on = regex.match(r"^[ \t]*[\p{Han}%，,、；;。]", after)
    return bool(goes_on) and not MARKER_AHEAD.match(head) and not head.startswith("第")


def test_line_ends_and_figure_runs_on_every_text_at_hand() -> None:
    need_shared()
    runs = 0
    for text in texts():
        lines = text.split("\n")
        for k, line in enumerate(lines):
            same_line_ends(line)
            same_line_ends(line.rstrip(" \t\r"))
            if k + 2 < len(lines):
                asked = is_figure_run(line, lines[k + 1], lines[k + 2])
                assert asked == figure_run_asked_in_turn(*lines[k : k + 3]), lines[k : k + 3]
                runs += asked
    assert runs > 10, runs


LINE_END_PIECES = ("（一）", "做大工业经济", "。", "！", "?", "全年", "3", "亿元", "", "\n", " ")


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(LINE_END_PIECES), max_size=6))
def test_line_ends_on_made_up_lines(pieces: list[str]) -> None:
    same_line_ends("".join(pieces))


FIGURE_PIECES = ("完成", "XX", "x", "3", "2026", "5.5", "%", " ", "\t", "亿元", "，", "。")
FIGURE_PIECES += ("一、", "第", "以上", "\r", "")


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.lists(st.sampled_from(FIGURE_PIECES), max_size=4), min_size=3, max_size=3))
def test_figure_runs_on_made_up_lines(lines: list[list[str]]) -> None:
    before, run, after = ("".join(line) for line in lines)
    assert is_figure_run(before, run, after) == figure_run_asked_in_turn(before, run, after)


def test_a_han_character_is_what_the_pattern_calls_one() -> None:
    block = map(chr, range(ord(HAN_BLOCK[0]), ord(HAN_BLOCK[1]) + 1))
    others = "〇々〆\u3400\U00020000\uf900a1。，、：%（）\u3000 \t\n"
    for c in (*block, *others):
        assert is_han(c) == (HAN_CHAR.match(c) is not None), hex(ord(c))
