"""Property test over the whole pipeline (issue 25): random mixes of numeral characters,
digits, units, masks, punctuation and line ends never make it raise, and every row it
gives keeps the promises of docs/schema.md."""

from __future__ import annotations

import math

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from metrics.pipeline import process_text
from metrics.records import Mention

NUMERALS = list("零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟廿卅点负半几余多")
DIGITS = list("0123456789０１２３.,")
UNITS = ["万元", "亿元", "元", "%", "％", "个百分点", "人", "所", "平方米", "公里", "吨", "倍"]
UNITS += ["成", "折", "分之", "户", "项", "个", "年", "月", "日", "万", "亿"]
MASKS = ["x", "X", "xx", "*", "**", "xx.xx", "XX"]
PUNCT = [*"，。；：、（）()—-～~/ \t", "\n", "\n\n", "至", "到", "和", "同比增长"]
WORDS = ["完成投资", "新建学校", "县统计局2024年工作总结", "下降", "较上年", "目标"]
WORDS += ["完成全年任务的"]
TOKENS = st.sampled_from(NUMERALS + DIGITS + UNITS + MASKS + PUNCT + WORDS)
TEXTS = st.lists(TOKENS, max_size=80).map("".join)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
@example("降低3至1个百分点，x至2万元")  # a range written high to low: bounds still ordered
@example("拾万零五十六点叁叁个百分点")  # raised KeyError
def test_the_pipeline_never_raises_and_every_row_keeps_its_promises(text: str) -> None:
    result = process_text(text, "random.txt")
    check_rows(text, result.mentions)
    for d in result.documents:
        assert 0 <= d.char_start <= d.char_end <= len(text)


def check_rows(text: str, mentions: list[Mention]) -> None:
    """The promises of docs/schema.md every figure's row keeps, whatever the text."""
    for m in mentions:
        assert text[m.char_start : m.char_end] == m.text
        assert text[m.sentence_start : m.sentence_start + len(m.sentence)] == m.sentence
        assert m.sentence_start <= m.char_start <= m.char_end <= m.sentence_start + len(m.sentence)
        if m.masked:
            assert m.value is None and m.base_value is None
        values = [v for v in (m.value_min, m.value, m.value_max) if v is not None]
        assert all(math.isfinite(v) for v in values)
        assert values == sorted(values)  # value_min <= value <= value_max, where known
