"""Bare numbers: every number in a text with its value, whatever it counts.

Contract: ``recognize_numbers(text)`` gives each number the patterns of
``metrics.rules.numerals`` find in ``text`` (Arabic, Chinese, financial, mixed, fractions,
percentages, discounts), vetoed words left out, with its span in ``text`` and its value.
It is not the statistics path (``metrics.extract`` finds figures with units, masks and
meaning); it serves callers that want numbers, and the peer suites of plain numbers and
percentages that measure the numeral reading both paths share (``resolve.parse_numeral``).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import regex

from metrics import regex_cache
from metrics.lexicon.numerals import ALL_DIGITS, HALF, PLACES, SIGNS, TENS, place_value
from metrics.normalize import normalize
from metrics.resolve import parse_numeral
from metrics.rules.numerals import CURRENCY_AFTER, NOT_A_NUMBER, NUMERAL


@dataclass(frozen=True, slots=True)
class Recognized:
    """A bare number found by ``recognize_numbers``: its original span and value.

    ``percent`` tells a percentage (value in percent: 百分之五 → 5, 9成 → 90); ``inner``
    is the span and value of the number inside a percentage (百分之五 → 五, 5)."""

    start: int
    end: int
    text: str
    value: Decimal
    percent: bool
    inner: tuple[int, int, Decimal] | None = None


def recognize_numbers(text: str) -> list[Recognized]:
    """Every number in ``text`` with its value (see ``rules.numerals``); for test suites
    of plain numbers and percentages, and for callers that want numbers, not statistics."""
    norm = normalize(text)
    t = norm.text
    vetoes = [m.span() for m in NOT_A_NUMBER.finditer(t)]
    out: list[Recognized] = []
    for m in NUMERAL.finditer(t):
        if any(a < m.end() and m.start() < b for a, b in vetoes):
            continue
        if CURRENCY_AFTER.match(t, m.end()):
            continue
        got = _numeral(m)
        if got is None:
            continue
        value, percent, inner_group = got
        s, e = norm.span(*m.span())
        inner = None
        if inner_group and m.group(inner_group):
            i_s, i_e = norm.span(*m.span(inner_group))
            iv = parse_numeral(m.group(inner_group))
            inner = (i_s, i_e, iv) if iv is not None else None
        out.append(Recognized(s, e, text[s:e], value, percent, inner))
    return out


# A character that makes a number (万, 亿 alone are units of one).
NUMERAL_CHAR = regex_cache.compile(rf"[\d{ALL_DIGITS}{PLACES}{TENS}{HALF}]")


def _suffix(whole: str) -> Decimal:
    tail = whole.rstrip()[-1:].lower()
    return {"k": Decimal(1000), "m": Decimal(10**6)}.get(tail, Decimal(1))


def _numeral(m: regex.Match[str]) -> tuple[Decimal, bool, str | None] | None:
    g = m.group
    whole = g()
    neg = -1 if whole.startswith((*SIGNS, "-")) else 1
    if g("pct"):
        base = place_value(whole.lstrip(SIGNS + "-").split("分之")[0])
        v = parse_numeral(g("pnum"))
        return None if v is None else (neg * v * _suffix(whole) * 100 / base, True, "pnum")
    if g("frac"):
        den, num = parse_numeral(g("den")), parse_numeral(g("num"))
        if not den or num is None:
            return None
        sign = -1 if g("num") and whole.split("分之")[1].startswith(tuple(SIGNS)) else 1
        value = abs(num) / den
        if g("whole"):
            w = parse_numeral(g("whole"))
            if w is None:
                return None
            value += abs(w)
        both_negative = whole.startswith(tuple(SIGNS)) and sign < 0
        return (value if both_negative else neg * sign * value), False, None
    if g("slash"):
        den = Decimal(g("sden"))
        if den == 0:
            return None
        value = Decimal(g("snum")) / den + (Decimal(g("swhole")) if g("swhole") else 0)
        return neg * value, False, None
    if g("points"):
        v = parse_numeral(g("ppnum"))
        factor = _suffix(g("ppsuffix")) if g("ppsuffix") else Decimal(1)
        return None if v is None else (neg * v * factor, True, "ppnum")
    if g("percent"):
        return neg * Decimal(g("pcnum").replace(",", "")), True, "pcnum"
    if g("discount"):
        word = g("dnum")
        if word in ("对", "對") or (word == "半" and g("dkind") == "折"):
            return (Decimal(50), True, None) if g("dkind") == "折" else None
        v = parse_numeral(word)
        if v is None:
            return None
        if g("dkind") == "折" and v >= 10 and "." not in word and "点" not in word:
            if v >= 100 or (v == 10 and len(word) == 1):
                return None  # 十折 is no discount
            v = v / 10  # 75折 -> 7.5
        if v > 10 or (g("dkind") == "折" and v >= 10):
            return None
        tail = g("dhalf") or ""
        extra = Decimal("0.5") if tail == "半" else (parse_numeral(tail) or Decimal(0)) / 10
        return (v + extra) * 10, True, None
    if g("exp"):
        base = Decimal(g("base").replace(",", ""))
        exp_text = whole[len(g("base")) + (1 if whole.startswith(("-", "负")) else 0) :]
        if exp_text.startswith("^"):
            power = int(exp_text[1:].replace("+", "").replace("--", ""))
            sign = -1 if exp_text[1:].count("-") % 2 else 1
            power = abs(power) * sign
            return neg * (base**power), False, None
        return neg * base * Decimal(10) ** int(exp_text[1:]), False, None
    if g("dozen"):
        v = parse_numeral(g("dznum"))
        return None if v is None else (v * 12, False, None)
    if g("plain"):
        if not NUMERAL_CHAR.search(g("plnum")):
            return None  # 万, 万万: a unit alone is no number
        v = parse_numeral(g("plnum"))
        return None if v is None else (neg * v * _suffix(whole), False, None)
    return None
