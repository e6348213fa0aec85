"""``metrics.twins``: an ``re`` twin answers what its ``regex`` pattern answers.

Each twin the pipeline asks (``twins.TWINS``, filled as modules compile them; a run of the
pipeline on a short report first, for the twins built on first use) is held to its
pattern on every line and sentence of the texts at hand (../shared/corpus and govreports
where present, data/sample, tests/data): the same matches at every position (with the
window closed at the next mark, as the per-clause callers ask), the same searches and
scans; then on made-up strings of the characters the patterns are written with.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from metrics import twins
from metrics.pipeline import process_text

from .conftest import ROOT

SHARED = ROOT.parent / "shared"
# (every position of these; the test data's 300,000 characters by scans and searches)
FOLDERS = [SHARED / "corpus", SHARED / "govreports", ROOT / "data" / "sample"]
TEST_DATA = [ROOT / "tests" / "data"]
MARKS = "，,；;。！？!?、：:\n"


def _lines(folders: list[Path]) -> list[str]:
    seen: dict[str, None] = {}
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*.txt")):
            try:
                text = path.read_text("utf-8")
            except (UnicodeDecodeError, OSError):
                continue
            for line in text.splitlines():
                seen[line] = None
                for sentence in regex.split(r"(?<=[。！？!?])", line):
                    seen[sentence] = None
    return [s for s in seen if s]


@pytest.fixture(scope="module")
def pairs() -> list[tuple[object, object]]:
    process_text(
        "某县2025年政府工作报告\n全年累计完成投资五亿元，新建学校3所，已完成改造120户。\n", "t.txt"
    )
    found = {(p.pattern, p.flags): (p, t) for p, t in twins.TWINS}
    assert found, "no twin is asked"
    return list(found.values())


def _answer(m: object) -> object:
    return None if m is None else (m.regs, m.lastgroup)  # type: ignore[attr-defined]


def _same_on(pattern: object, twin: object, s: str, every: bool = True) -> None:
    assert [_answer(m) for m in twin.finditer(s)] == [  # type: ignore[attr-defined]
        _answer(m)
        for m in pattern.finditer(s)  # type: ignore[attr-defined]
    ], s
    stops = [i for i, c in enumerate(s) if c in MARKS] + [len(s)]
    k, start = 0, 0
    for pos in range(len(s) if every else 0):  # a match at each position, in its window
        while stops[k] < pos:
            k += 1
        end = stops[k] if stops[k] > pos else len(s)
        got, want = twin.match(s, pos, end), pattern.match(s, pos, end)  # type: ignore[attr-defined]
        assert _answer(got) == _answer(want), (s, pos, end)
        if pos == start:  # a search from each clause's start, in its window and to the end
            for stop in (end, len(s)):
                got, want = twin.search(s, pos, stop), pattern.search(s, pos, stop)  # type: ignore[attr-defined]
                assert _answer(got) == _answer(want), (s, pos, stop)
            start = end + 1


def test_every_line_at_hand(pairs: list[tuple[object, object]]) -> None:
    lines = _lines(FOLDERS)
    assert len(lines) > 100
    for pattern, twin in pairs:
        for line in lines:
            _same_on(pattern, twin, line)


def test_every_line_of_the_test_data(pairs: list[tuple[object, object]]) -> None:
    lines = _lines(TEST_DATA)
    assert len(lines) > 100
    for pattern, twin in pairs:
        for line in lines:
            _same_on(pattern, twin, line, every=False)
            for start in range(1, len(line), 7):  # and a match from every seventh
                got, want = twin.match(line, start), pattern.match(line, start)  # type: ignore[attr-defined]
                assert _answer(got) == _answer(want), (line, start)


ALPHABET = st.sampled_from(
    list("0123456789.%xX*，,；;。、：:（）()“”《》 \t\n一二三四五六七八九十百千万亿元年月个")
    + list("为达到完成实现全部已被累计共计开展新建改造投资其中主要目标力争确保是等的")
    + ["\u3000", "\x1c", "\u0660", "\U00020000", "a", "Z", "\u00a0"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(ALPHABET, max_size=40).map("".join))
def test_made_up_strings(pairs: list[tuple[object, object]], s: str) -> None:
    for pattern, twin in pairs:
        _same_on(pattern, twin, s)


@pytest.mark.parametrize(
    ("name", "escape"), [("HAN", r"\p{Han}"), ("SPACE", r"\s"), ("DIGIT", r"\d")]
)
def test_written_classes_are_regex_own(name: str, escape: str) -> None:
    # every code point: the class written out for re holds what regex reads the escape as
    ours = regex.compile(f"[{getattr(twins, name)}]")
    its = regex.compile(escape)
    differ = [
        hex(c)
        for c in range(sys.maxunicode + 1)
        if (ours.match(chr(c)) is None) != (its.match(chr(c)) is None)
    ]
    assert differ == []


@pytest.mark.parametrize("escape", [r"\P{Han}", r"\S", r"\D"])
def test_a_negated_escape_inside_a_class_is_every_other_code_point(escape: str) -> None:
    # (written as the ranges the escape's own class leaves out: [^\P{Han}的] is Han but 的)
    twin = twins.re_twin(f"[{escape}的]")
    its = regex.compile(f"[{escape}的]")
    differ = [
        hex(c)
        for c in range(sys.maxunicode + 1)
        if (twin.match(chr(c)) is None) != (its.match(chr(c)) is None)
    ]
    assert differ == []


@pytest.mark.parametrize(
    ("text", "why"),
    [
        (r"\w+", "\\w"),
        (r"\b\d", "\\b"),
        (r"(?<=万元|亿)元", "look-behind"),
        (r"(?P<u>元)|(?P<u>万)", "redefinition"),
        (r"\p{L}", "\\p"),
        (r"(?r)\d+", "(?r"),
        (r"[[:digit:]]", "[[:"),
        (r"(?:元){e<=1}", "fuzzy"),
    ],
)
def test_what_re_reads_otherwise_has_no_twin(text: str, why: str) -> None:
    with pytest.raises(twins.NoTwin, match=regex.escape(why)):
        twins.re_twin(text)


def test_a_twin_reads_han_space_and_digits_as_regex_does() -> None:
    twin = twins.re_twin(r"\p{Han}+\s\d+(?<n>元)?")
    assert twin.groupindex == {"n": 1}
    assert twin.match("投资\u30002\u0660元").span() == (0, 6)
    assert twin.match("投资\x1c2元") is None  # (re's own \s takes the separator)
    assert twins.re_twin(r"a # [\s\n", regex.X).match("a") is not None  # a comment as written
