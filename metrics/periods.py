"""Periods across sentences, and a period's months as a label.

Contract: ``PeriodCarry`` follows a section's sentences in order and says which period a
sentence's figures take when the sentence states none before them: a period stated in a
sentence that ends in ``；`` carries to the clauses after it up to the sentence's ``。``
(``截至10月，A完成X；B完成Y。`` → both to October), and a lead-in that ends in ``：`` carries
it to the list items under it (``1-9月：\\n1.…；\\n2.…。``). ``period_label(period, year)``
gives the months a period covers, ``2025-01..2025-10``, or None when it names no months
(``今年以来``, ``目前``) or hides them (``1-*月``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

import regex

from metrics import regex_cache
from metrics.lexicon.numerals import DIGIT_VALUE
from metrics.resolve import parse_numeral

# A list item's opening: 1. 2、 （3） 四、
LIST_ITEM: Final = regex_cache.compile(
    r"\s*(?:\d{1,2}[.、．](?!\d)|[（(]\d{1,2}[)）]|[一二三四五六七八九十]{1,2}、)"
)
CLAUSE_END: Final = frozenset("；;")
LEAD_IN_END: Final = frozenset("：:")


@dataclass(slots=True)
class PeriodCarry:
    """The period open across the sentences of one section (see the module's contract)."""

    period: str | None = None
    items: bool = False  # opened by a lead-in ending in ：; carried over list items

    def may_open(self, sentence: str) -> bool:
        """Whether ``sentence`` may open or pass on a period (its end says so)."""
        end = sentence.rstrip()[-1:]
        return end in CLAUSE_END or end in LEAD_IN_END

    def carried(self, sentence: str) -> str | None:
        """The period ``sentence`` takes from the sentences before it, if any."""
        if self.period and (not self.items or LIST_ITEM.match(sentence)):
            return self.period
        return None

    def after(self, sentence: str, last: str | None) -> None:
        """Move past ``sentence``, whose last period (its own, else carried) is ``last``."""
        end = sentence.rstrip()[-1:]
        if end in CLAUSE_END or end in LEAD_IN_END:
            self.items = self.items or end in LEAD_IN_END
            self.period = last
        elif not (self.items and self.period and LIST_ITEM.match(sentence)):
            self.period, self.items = None, False


_MONTH: Final = r"(1[0-2]|[1-9]|[一二三四五六七八九十]|十[一二])"
_YEAR: Final = r"(?:((?:19|20)\d{2})年)?"
# (pattern, first month, last month): groups name the months where they vary
_SPANS: Final[tuple[tuple[regex.Pattern[str], str, str], ...]] = (
    (regex_cache.compile(rf"(?:截至|截止)(?:到|至)?{_YEAR}{_MONTH}月"), "1", "m1"),
    (regex_cache.compile(rf"(?:截至|截止)(?:到|至)?{_YEAR}(?:年底|年末)"), "1", "12"),
    (regex_cache.compile(rf"{_YEAR}{_MONTH}\s*[-—~至到]\s*{_MONTH}\s*月"), "m1", "m2"),
    (regex_cache.compile(rf"{_YEAR}前{_MONTH}个?月"), "1", "m1"),
    (regex_cache.compile(rf"{_YEAR}{_MONTH}月(?:底|末)"), "1", "m1"),
    (regex_cache.compile(rf"{_YEAR}{_MONTH}月份?"), "m1", "m1"),
)
_QUARTER: Final = regex_cache.compile(r"(前|第)?([一二三四])季度")
_HALVES: Final = {"上半年": (1, 6), "下半年": (7, 12)}


def _month(text: str) -> int:
    """A month's number, in digits or a numeral (十二 → 12)."""
    # _MONTH admits 一 to 十二 only, which always read
    return int(text) if text.isdigit() else int(parse_numeral(text) or 0)


def _months(period: str) -> tuple[int | None, int, int] | None:
    """(year stated or None, first month, last month) of ``period``."""
    for pattern, first, last in _SPANS:
        m = pattern.search(period)
        if m:
            # (year, first month, last month), None where the pattern has no such group; a
            # month the span's first or last names is a group it always fills
            groups: tuple[str | None, ...] = (*m.groups(), None, None)
            year = groups[0]
            named = {"m1": groups[1] or "", "m2": groups[2] or ""}
            lo = int(first) if first.isdigit() else _month(named[first])
            hi = int(last) if last.isdigit() else _month(named[last])
            return (int(year) if year else None), lo, hi
    q = _QUARTER.search(period)
    if q:
        n = int(DIGIT_VALUE[q.group(2)])
        return None, (1 if q.group(1) == "前" else 3 * n - 2), 3 * n
    half = next((span for word, span in _HALVES.items() if word in period), None)
    return (None, *half) if half else None


def period_label(period: str | None, year: int | None) -> str | None:
    """``YYYY-MM..YYYY-MM`` for the months ``period`` covers in ``year`` (a year the period
    states wins), or None."""
    if not period:
        return None
    found = _months(period)
    if found is None:
        return None
    stated, lo, hi = found
    year = stated or year
    if year is None or not 1 <= lo <= hi <= 12:
        return None
    return f"{year}-{lo:02d}..{year}-{hi:02d}"
