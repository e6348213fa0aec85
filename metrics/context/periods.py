"""Period expressions in a sentence: ``截至10月底``, ``1-*月``, ``前三季度``.

Contract: ``find_periods`` lists every period of a sentence with its end, once per
sentence; ``find_period`` gives a figure the last that ends before it.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

import regex

from metrics import regex_cache
from metrics.lexicon.words import PERIOD_OPENERS, PERIOD_WORDS, alternation
from metrics.rules.exclusions import NOT_TOP_BEFORE

NUM = r"(?:\d{1,2}|[xX*]{1,2}|[一二三四五六七八九十]{1,3})"
# a year may be masked (20xx年, **年: 截至**年1月底)
PERIOD = regex_cache.compile(
    rf"""
    (?:{alternation(PERIOD_OPENERS)})(?:到|至)?(?:(?:(?:19|20)\d{{2}}|20[xX*]{{2}}|[xX*]{{2,4}})年|今年)?
        (?:{NUM}月(?:底|末|份|{NUM}日)?|目前|年底|年末|当前|现在)
    | {NUM}\s*[-—~至到]\s*{NUM}\s*月(?:份)?
    | 前[一二三]季度 | 第?[一二三四]季度 | {alternation(PERIOD_WORDS)}
    | (?<![{NOT_TOP_BEFORE}])前{NUM}个?月
    | (?:(?:19|20)\d{{2}}|20[xX*]{{2}})年(?:以来|至今)
    | {NUM}月(?:底|末|份)
    """,
    regex.X,
)
# PERIOD's text without the verbose layout's spaces, for a pattern that embeds it without
# the X flag (metric_span.PHRASE_LEAD, read a word at a time): no period word holds a space.
PERIOD_PLAIN = "".join(PERIOD.pattern.split())
# "On average each year" over a plan's years (年均新建农村公路120公里, 平均每年完成造林4000亩):
# a scope of the deed after it in a name (context.words), and the average kind of a figure's
# period in the tables' keys (context.period_kinds) — one list, so the two cannot drift.
YEARLY_AVERAGE = ("平均每年", "每年平均", "年平均", "年均")


# The Han characters a period can open with: the first characters of its words and the
# numerals, read from the pattern itself (a character with which a match can begin
# matches it partially). A phrase that opens with any other Han character (the CJK block
# holds no digit nor mask) has no period at its start, and the pattern is not tried.
PERIOD_OPENING_HAN = frozenset(
    c for c in PERIOD.pattern if "\u4e00" <= c <= "\u9fff" and PERIOD.match(c, partial=True)
)


def period_at(text: str, pos: int, endpos: int) -> regex.Match[str] | None:
    """``PERIOD.match(text, pos, endpos)``, without the call where no period can open."""
    c = text[pos : pos + 1]
    if "\u4e00" <= c <= "\u9fff" and c not in PERIOD_OPENING_HAN:
        return None
    return PERIOD.match(text, pos, endpos)


def find_periods(sentence: str) -> list[tuple[int, str]]:
    """Every period expression in ``sentence`` with its end offset, in order."""
    return [(m.end(), m.group()) for m in PERIOD.finditer(sentence)]


def find_period(periods: Sequence[tuple[int, str]], upto: int) -> str | None:
    """The last of ``periods`` (from ``find_periods``) that ends by ``upto``."""
    k = bisect_right(periods, (upto, "\uffff")) - 1
    return periods[k][1] if k >= 0 else None
