"""Metric names exact: what print sets inside a name that is no part of it (round 24,
heldout_meaning_lex18).

Each class: examples of our own writing, in the corpus's style and of other wording than
the held-out files, and counter-examples where the rule could misfire.
"""

from __future__ import annotations

import pytest

import metrics
from metrics.context.mentions import unwrapped

HEADING = "一、2025年工作完成情况\n"


def _metrics(sentence: str) -> list[str]:
    rows = metrics.extract_text(HEADING + sentence + "\n", name="x.txt").mentions
    return list(rows.metric)


# print_space_in_name (context.mentions.HAN_SPACE): a space between two Han characters of a
# name is the page's, and so is one between two digits; spaces between a digit or a Latin
# letter and a Han character stay.
@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("地区生产 总值", "地区生产总值"),
        ("5亿元 以上项目", "5亿元以上项目"),
        ("50 00万元以上企业", "5000万元以上企业"),
        ("城镇居民人均可支配\u3000收入", "城镇居民人均可支配收入"),
        ("社会\n消费品零售总额", "社会消费品零售总额"),
        ("PM2.5 浓度", "PM2.5 浓度"),
        ("5G 基站", "5G 基站"),
    ],
)
def test_a_space_print_set_between_han_characters_leaves_the_name(phrase: str, name: str) -> None:
    assert unwrapped(phrase) == name


@pytest.mark.parametrize(
    ("sentence", "last"),
    [
        ("全年实现地区生产 总值268亿元。", "地区生产总值"),
        ("全区实施项目62个，其中 5亿元 以上项目 7个。", "5亿元以上项目"),
    ],
)
def test_a_spaced_name_is_named_as_if_unspaced(sentence: str, last: str) -> None:
    assert _metrics(sentence)[-1] == last  # (the sentence's last figure)
