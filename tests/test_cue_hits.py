"""A cue found once per text (a sentence, or the whole text it stands in): a window where
``may_match`` says no holds no match of the cue, whatever the text; and the relaxed
patterns keep what they consume."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from metrics.rules import role_cues
from metrics.rules.cue_hits import may_match, relaxed, relaxed_source
from metrics.rules.role_cues import FORECAST_CUE, PROJECT_PLAN_CUE, TARGET_CUE
from metrics.rules.roles import decide_role, role_input

CUES = {
    name: value
    for name, value in vars(role_cues).items()
    if isinstance(value, regex.Pattern) and relaxed(value) is not None
}
# the characters the cues are written with, and the breaks and figures between them
ALPHABET = "".join(sorted({c for p in CUES.values() for c in p.pattern if c >= "\u4e00"}))
TEXT = st.text(alphabet=ALPHABET + "，。、；5x%", max_size=40)


def test_the_role_cues_are_relaxed() -> None:
    # a cue that could not be relaxed would be searched in every window, as before
    assert {"PROJECT_PLAN_CUE", "TARGET_CUE", "FORECAST_CUE"} <= set(CUES)


@settings(max_examples=300)
@given(st.sampled_from(sorted(CUES)), TEXT, st.integers(0, 40), st.integers(0, 40))
def test_a_window_said_empty_holds_no_match(name: str, text: str, lo: int, hi: int) -> None:
    lo, hi = sorted((min(lo, len(text)), min(hi, len(text))))
    if CUES[name].search(text[lo:hi]):
        assert may_match(CUES[name], text, lo, hi)


@settings(max_examples=300)
@given(st.sampled_from(sorted(CUES)), TEXT, TEXT, TEXT, st.integers(0, 40), st.integers(0, 40))
def test_a_window_of_a_sentence_inside_its_text(
    name: str, before: str, sentence: str, after: str, lo: int, hi: int
) -> None:
    # the roles scan the whole text a sentence stands in, once: its neighbours' cues are
    # more hits of the scan, never fewer
    lo, hi = sorted((min(lo, len(sentence)), min(hi, len(sentence))))
    text, at = before + "。" + sentence + after, len(before) + 1
    if CUES[name].search(sentence[lo:hi]):
        assert may_match(CUES[name], text, at + lo, at + hi)


def test_a_role_read_in_the_whole_text_is_the_one_read_in_its_sentence() -> None:
    text = (
        "全年预计完成地区生产总值560亿元。力争引进项目30个，新建学校3所。"
        "项目概算总投资3.2亿元，已完成投资1.1亿元，同比增长12%。"
    )
    sentences = [s + "。" for s in text.split("。") if s]
    offset = 0
    for sentence in sentences:
        for m in regex.finditer(r"\d+(?:\.\d+)?", sentence):
            alone = role_input(sentence, m.start(), "", "summary", "", m.end())
            inside = role_input(sentence, m.start(), "", "summary", "", m.end(), text, offset)
            assert decide_role(inside) == decide_role(alone), (sentence, m.group())
        offset += len(sentence)
    assert text[offset - len(sentences[-1]) :] == sentences[-1]


def test_windows_of_one_sentence() -> None:
    sentence = "项目概算总投资3.2亿元，新建厂房4.5万平方米，已完成投资1.1亿元。"
    at = sentence.index("3.2")
    assert may_match(PROJECT_PLAN_CUE, sentence, 0, at)
    assert PROJECT_PLAN_CUE.search(sentence[0:at])
    # after the plan's clause, a window that leaves out 概算 and 总投资 holds none
    after = sentence.index("新建")
    assert not may_match(PROJECT_PLAN_CUE, sentence, after, sentence.index("1.1"))
    other = "全年预计实现地区生产总值560亿元，力争引进项目30个。"
    assert may_match(FORECAST_CUE, other, 0, other.index("560"))
    assert not may_match(FORECAST_CUE, other, other.index("力争"), other.index("30"))
    assert may_match(TARGET_CUE, other, other.index("力争"), other.index("30"))


def test_a_cue_before_a_window_is_not_in_it() -> None:
    # the relaxed cue drops the look-behind, so 自建成后可 is a hit of the scan; the
    # window after it holds no cue at all
    sentence = "自建成后，可累计处理污水820万吨，新增管网12公里。"
    assert not may_match(PROJECT_PLAN_CUE, sentence, sentence.index("新增"), len(sentence))


@pytest.mark.parametrize(
    ("source", "loose"),
    [
        (r"(?<![自以]\p{Han}{0,8})建成后[可将]", r"建成后[可将]"),
        (r"计划$|(?<!制定)方案(?!书)", r"计划|方案"),
        (r"[^$^,]\b占\B", r"[^$^,]占"),
        (r"(?P<dir>增长|(?<=比)多)了?$", r"(?P<dir>增长|多)了?"),
    ],
)
def test_assertions_are_taken_out(source: str, loose: str) -> None:
    assert relaxed_source(source) == loose


@pytest.mark.parametrize(
    "source", [r"(?>ab)c", r"a++b", r"(a)\1", r"a(?=b)?", r"(a)?(?(1)b|c)", r"a{2}+"]
)
def test_what_cannot_be_relaxed_is_never_filtered(source: str) -> None:
    assert relaxed_source(source) is None
    assert may_match(regex.compile(source), "xyz", 0, 3)
