"""Where a figure's sub-clause begins, and brackets around it.

Contract: pure functions over the normalised sentence; every look back is bounded by
``REACH`` so that a sentence of thousands of figures stays linear.
"""

from __future__ import annotations

from typing import Final

from metrics import regex_cache
from metrics.normalize import han_at
from metrics.rules.breaks import last_break

SUBCLAUSE_SPLIT: Final = regex_cache.compile(r"[,，;；:：。!?！？、()（）]")

# How far back context is read: cues further away than this do not reach a figure, and
# the bound keeps a sentence of thousands of figures linear.
REACH: Final = 300
# How far back the clause of the figure before is read for a verb repeated after it.
VERB_REACH: Final = 40


def subclause_start(sentence: str, start: int, prev_end: int) -> int:
    """Where the sub-clause holding ``start`` begins: after the last , 、 ; or figure. A
    remark in brackets right before the figure is looked through (脱贫户（监测户）11027人次
    counts 脱贫户), and so is a short one inside a word (执业（助理）医师3.2人) and an aside
    after a noun before the figure's words (市场主体（企业、个体工商户）达到5.6万户)."""
    floor = max(prev_end, 0, start - REACH)
    upto = start
    while True:
        lo = last_break(SUBCLAUSE_SPLIT, sentence, floor, upto)
        if lo <= floor or sentence[lo - 1] not in ")）":
            return lo
        opening = last_opening(sentence, floor, lo)
        if opening < 0 or not (
            lo == upto
            or _inside_word(sentence, opening, lo)
            or (upto == start and _aside_after_noun(sentence, opening, lo))
        ):
            return lo
        upto = opening


def _aside_after_noun(sentence: str, opening: int, closing_end: int) -> bool:
    """Whether the brackets at ``[opening, closing_end)`` set an aside after a noun (a list of
    what it holds, what it includes): a Han character before them and one after, with the
    figure's words still to come (各类市场主体（企业、个体工商户）达到5.6万户; 重点企业（含规上
    企业、高新技术企业）用工2.3万人). A list marker's brackets open a sub-clause instead: no Han
    character before them (（二）完成投资5亿元); brackets holding a digit hold a date or a
    remark (规划（2021—2025年）项目45个), not what the noun holds."""
    return (
        opening > 0
        and han_at(sentence, opening - 1)
        and han_at(sentence, closing_end)
        and not any(c.isdigit() for c in sentence[opening:closing_end])
    )


def _inside_word(sentence: str, opening: int, closing_end: int) -> bool:
    """Whether the brackets at ``[opening, closing_end)`` stand inside a word: a short
    remark with Han characters on both sides (执业（助理）医师)."""
    return (
        closing_end - opening <= 8
        and opening > 0
        and han_at(sentence, opening - 1)
        and han_at(sentence, closing_end)
    )


def in_brackets(sentence: str, pos: int) -> bool:
    """Whether ``pos`` stands inside brackets opened in the ``REACH`` characters before
    it (bounded, so that a sentence of thousands of figures stays linear)."""
    lo = max(0, pos - REACH)
    return last_opening(sentence, lo, pos) > max(
        sentence.rfind(")", lo, pos), sentence.rfind("）", lo, pos)
    )


def last_opening(sentence: str, lo: int, hi: int) -> int:
    """Where the last opening bracket in ``sentence[lo:hi]`` stands, or -1."""
    return max(sentence.rfind("(", lo, hi), sentence.rfind("（", lo, hi))


def past_of(sentence: str, end: int) -> int:
    """Where the noun a size measures begins: past spaces and a 的 (2000 平方米的广场)."""
    while end < len(sentence) and sentence[end] in " \t":
        end += 1
    return end + 1 if sentence.startswith("的", end) else end
