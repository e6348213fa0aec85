"""The rules are tried at a number only where a character a rule reads after a number
follows it (``rules.FIRST``, ``figures.NUMBER_GOES_ON`` and ``NUMERAL_GOES_ON``): the
scan finds exactly what it found when every digit, mask and Chinese numeral was tried.

The reference is the master alternation behind the plain test of the first character
(a digit not after a digit, a mask not after a Latin letter, a Chinese numeral), compared
match by match, every group's span: on the corpus, on each rule's examples and counter-
examples, and on made-up text of numbers followed by every character the sets hold and
by characters they do not (a year, a place, a word a numeral stands in).
"""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from metrics.lexicon.numerals import DIGITS, PLACES
from metrics.normalize import normalize
from metrics.rules import FIRST, compiled
from metrics.rules.figures import MYRIAD_PRE, NUMBER_GOES_ON, NUMERAL_GOES_ON, RULES
from metrics.rules.qualifiers import PRE_PATTERN

# the first characters as they were tested before the guard
PLAIN_FIRST = (
    rf"(?:(?<!\d)\d|(?<![A-Za-z])[xX]|[-*负{DIGITS}{PLACES}万亿翻]|{PRE_PATTERN}"
    rf"|[{MYRIAD_PRE}][亿万千百])"
)


def reference() -> regex.Pattern[str]:
    ordered = sorted(RULES, key=lambda r: r.priority)
    body = "|".join(f"(?P<{r.name}>{r.pattern})" for r in ordered)
    return regex.compile(f"(?={PLAIN_FIRST})(?:{body})", regex.X)


REFERENCE = reference()


def same_scan(text: str) -> int:
    """Every match from every position a veto may retry at (one character on), the same
    in both; the number of matches."""
    ours, matches, pos = compiled().master, 0, 0
    while True:
        m, r = ours.search(text, pos), REFERENCE.search(text, pos)
        assert (m and m.regs) == (r and r.regs), (text[max(0, pos - 10) : pos + 30], pos)
        if m is None:
            return matches
        matches += 1
        pos = m.start() + 1


def test_the_guard_is_in_the_master_alternation() -> None:
    assert compiled().master.pattern.startswith(f"(?={FIRST})")
    assert FIRST != PLAIN_FIRST


def test_a_year_a_place_and_a_numeral_in_a_word_are_passed_over() -> None:
    """What the guard is for: these positions are not tried (the scan finds nothing)."""
    first = regex.compile(FIRST, regex.X)
    for text in ("2023年", "xx市", "统一", "十四五规划", "**县"):
        assert first.match(text) is None, text
    for text in ("2023个", "xx万元", "三所", "十四五个", "**人", "1:2:3", "24.9，"):
        assert first.match(text) is not None, text


def test_every_rule_example_and_counter_example_is_found_alike() -> None:
    for rule in RULES:
        for text in rule.examples + rule.counter:
            same_scan(text.replace("[", "").replace("]", ""))
            same_scan(f"全年为{text}，")


def test_numbers_that_go_on_with_the_rules_own_words_are_found_alike() -> None:
    """A Chinese decimal (点), a range (至, 到), a fraction (分之), a count's 个 and a
    table's cell: what no unit opens with."""
    for text in (
        "全年客流量增长三点五个百分点",
        "新增就业十二点五万人",
        "每校配备二至三名教师，三到五个",
        "约占三分之一",
        "收入比为2.1:1，师生比1:13",
        "面积（亩）\t45\t2023年",
        "xx个乡镇，**家企业，1xx户",
    ):
        assert same_scan(text) > 0, text


def test_the_corpus_is_scanned_alike(corpus_files) -> None:
    matches = sum(
        same_scan(normalize(path.read_text(encoding="utf-8")).text) for path in corpus_files
    )
    assert matches > 1000


def _unescaped(chars: str) -> str:
    return regex.sub(r"\\x([0-9a-f]{2})", lambda m: chr(int(m[1], 16)), chars).replace("\\", "")


# numbers, then what goes on after them (the sets, and the rules' own words, written
# here again: a set that lost one is caught) and what does not; copulas and a tab for the
# rules that look behind
PIECES = st.sampled_from(
    ["3", "12", "1,234", "2.5", "xx", "X", "*", "1xx", "三", "十二", "两", "百", "千", "一万"]
)
AFTER = st.text(
    _unescaped(NUMBER_GOES_ON)
    + _unescaped(NUMERAL_GOES_ON)
    + "点至到分之亿万五/:-~%，。\t\n "
    + "年市是规统县号届",
    min_size=0,
    max_size=3,
)
LEAD = st.sampled_from(["", "为", "达到", "\t", "约", "比为", "第", "近"])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(LEAD, PIECES, AFTER), min_size=1, max_size=4))
def test_made_up_numbers_are_found_alike(parts) -> None:
    same_scan("".join(lead + number + after for lead, number, after in parts))
