"""The canonical numeral reader gives cn2an's value or refuses (issue 29: cn2an's import is
0.11 s, and cn2an stays the authority for every form the reader refuses)."""

from __future__ import annotations

import random

import cn2an
from hypothesis import given, settings
from hypothesis import strategies as st

from metrics.lexicon.canonical_numerals import canonical, canonical_value
from metrics.lexicon.numerals import FOLD
from metrics.resolve import chinese_value, cn2an_value
from metrics.rules.numbers import BARE_HUNDREDS, is_wellformed_chinese


def variants(n: int) -> set[str]:
    """``n`` as cn2an's ``an2cn`` writes it, ordinary and financial, with 两 for 二 where
    reports write it and 〇 for 零."""
    low, up = cn2an.an2cn(n, "low"), cn2an.an2cn(n, "up")
    two = "".join(
        "两" if c == "二" and _two_before(low[i + 1 : i + 2], first=not i) else c
        for i, c in enumerate(low)
    )
    return {low, up, two, low.replace("零", "〇"), up.replace("零", "〇")}


def _two_before(after: str, first: bool) -> bool:
    """两 is written for two before 百 and 千 (三千两百), and first before 万 or 亿 (两万)."""
    return after in ("百", "千") or (first and after in ("万", "亿"))


def test_every_number_below_100000_as_cn2an_writes_it_reads_as_cn2an_reads_it() -> None:
    authority: dict[str, object] = {}  # cn2an once per distinct folded string
    for n in range(100_000):
        for written in variants(n):
            folded = written.translate(FOLD)
            if folded not in authority:
                authority[folded] = cn2an_value(folded)
            assert authority[folded] == n, written
            assert canonical_value(folded) == n, written  # read, not refused
            if n:  # 零 alone is no figure: the rules never hand it over
                assert chinese_value(written) == n, written


def test_a_sample_above_100000_reads_as_cn2an_reads_it() -> None:
    draw = random.Random(29)
    numbers = [draw.randrange(10**5, 10**12) for _ in range(5_000)]
    numbers += [10**k for k in range(5, 12)] + [10**8 + 5, 10**8 + 10**4, 2 * 10**11]
    read = 0
    for n in numbers:
        for written in variants(n):
            folded = written.translate(FOLD)
            authority = cn2an_value(folded)  # None for an2cn's 一亿四千 (1.4亿 or 100004000?)
            assert authority in (n, None), written
            assert canonical_value(folded) == authority, written
            read += authority is not None
    assert read > len(numbers)  # most are read, not refused


def test_the_canonical_form_is_what_an2cn_writes() -> None:
    """``canonical`` writes a leading 十 as 一十 (the reader adds the 一 before comparing)."""
    for n in (0, 7, 10, 15, 108, 1010, 3500, 10500, 100005, 10050000, 100000005, 10**11):
        low = cn2an.an2cn(n, "low")
        assert canonical(n) == ("一" + low if low.startswith("十") else low)


def test_forms_outside_the_grammar_are_refused_and_left_to_cn2an() -> None:
    # abbreviated (一千五 is 1500 to cn2an), 两 before 十 or after a place, 万亿 and up,
    # a 零 that is not needed, a missing 零, two digits in a row
    for folded in (
        "一千五",
        "五百五",
        "一万三",
        "两十",
        "二十两",
        "三万亿",
        "一百十",
        "零五",
        "五零",
        "一千五十",
        "一百零零五",
        "三四",
        "十十",
        "万",
        "亿万",
        "",
    ):
        assert canonical_value(folded) is None, folded
    assert chinese_value("一千五") == 1500 == cn2an_value("一千五")  # cn2an reads it


NUMERAL_CHARS = "零〇一二两兩三四五六七八九壹贰叁肆伍陆柒捌玖拾佰仟十百千万亿萬億廿"


def mutated(draw_n: int, edits: list[tuple[int, int, str]]) -> str:
    """A canonical numeral with characters replaced, inserted or deleted."""
    chars = list(cn2an.an2cn(draw_n, "low"))
    for kind, at, ch in edits:
        at %= len(chars) + 1
        if kind == 0 and at < len(chars):
            chars[at] = ch
        elif kind == 1:
            chars.insert(at, ch)
        elif chars and at < len(chars):
            del chars[at]
    return "".join(chars)


EDITS = st.lists(
    st.tuples(st.integers(0, 2), st.integers(0, 30), st.sampled_from(NUMERAL_CHARS)),
    max_size=3,
)
STRINGS = st.one_of(
    st.text(alphabet=NUMERAL_CHARS, min_size=1, max_size=12),
    st.builds(mutated, st.integers(0, 10**12 - 1), EDITS),
)


@settings(max_examples=3000, deadline=None)
@given(STRINGS)
def test_random_numeral_strings_are_refused_or_read_as_cn2an_reads_them(text: str) -> None:
    folded = text.translate(FOLD)
    fast = canonical_value(folded)
    if fast is not None:
        assert cn2an_value(folded) == fast
    # and chinese_value is what it was when cn2an read every well-formed numeral
    whole = "一" + text if text in BARE_HUNDREDS else text  # 百余人: one hundred
    old = cn2an_value(whole.translate(FOLD)) if is_wellformed_chinese(whole) else None
    assert chinese_value(text) == old
