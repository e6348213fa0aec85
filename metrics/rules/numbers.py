"""Named pieces of the number grammar, shared by the rules.

Each piece is a fragment of a verbose regular expression (compiled with ``regex.X``).
Masks (``x``, ``X``, ``*``) are digit positions that were redacted; a piece never lets a
mask touch a Latin letter, so ``AAA``, ``svip`` and road codes such as ``X210`` are not
figures.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from metrics import regex_cache
from metrics.lexicon.numerals import (
    DIGITS,
    FIGURE_MYRIADS,
    FOLD,
    NONZERO_DIGITS,
    PLACES,
    PLAIN_MYRIADS,
)
from metrics.lexicon.units import MULTIPLIERS, UNITS, Unit
from metrics.rules.trie import word_trie

# Arabic digits, with thousands separators or a decimal part; full width is folded before.
ARABIC = r"""
    (?<!\d)                                      # never from inside a longer number
    (?:\d{1,3}(?:,\d{3}){1,8}(?!\d)|\d{1,24})   # integer part, 1,234 or 1234 (bounded:
    (?:\.\d{1,12})?                              # no figure is longer; no backtracking)
"""
# A minus sign that is not a range dash: nothing number-like may stand before it. 负 is a
# sign only where it opens no word of its own: 减负, 肩负, 担负, 背负, 辜负, 抱负, 胜负, 身负,
# 重负, 税负 and 正负 (±) end in it (为企业减负12.6亿元 spared 12.6亿元; 肩负3项任务 bears 3).
WORDS_ENDING_IN_FU = "减肩担背辜抱胜身重正税"
MINUS = rf"(?:(?<![\dxX*A-Za-z.)）%])-(?=\d)|(?<![{WORDS_ENDING_IN_FU}])负(?=\d))"  # 增长负0.8%


def alternation(words: tuple[str, ...] | list[str]) -> str:
    """A non-capturing alternation, longest first, regex-escaped. Words of one length are
    in their own order, so that the text is the same in every process (a set's order
    changes with the hash seed, and ``metrics.regex_cache`` keeps a pattern by its text;
    which of them is first changes no match: two words of one length never both match)."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(regex.escape(w) for w in ordered) + ")"


# Units written in Latin letters (m2, km): the one Latin word a mask may touch.
LATIN_UNIT = alternation(
    [u.surface for u in UNITS if u.surface.isascii() and u.surface[0].isalpha()]
)
# A masked number: runs of mask characters, with a decimal part that may mix in digits.
MASKED = rf"""
    (?<![A-Za-z])                        # not the tail of a Latin word (AAA, svip)
    (?:[xX*]{{1,3}}(?:,[xX*]{{3}}){{1,8}}(?![\dxX*])|[xX*]{{1,16}}   # x,xxx or xx, xxxx, *
      |(?<![\d.])\d{{1,3}}[xX*]{{1,8}}      # 1xx, 13**: leading digits kept, the rest masked
      |(?<![\d.])\d{{1,3}}(?=(?:,\d{{3}})*,\d{{0,2}}[xX*])  # 1,xxx and 12,3xx: so too with
       (?:,[\dxX*]{{3}}){{1,8}}(?![\dxX*])     # separators (xxx alone bounded it 100..999)
      |(?<![\d.])(?=\d{{1,24}}\.\d{{0,7}}[xX*])  # 2.X万元, 12.x5%: the whole part kept, a
       (?<!(?:^|[\n。；;：:)）!！?？])[ \t　]{{0,4}})\d{{1,24}})  # decimal masked; not where a list
                                           # may number its item (a line's start, after a
                                           # sentence or a bracket): 2.XX市, 。2.XX人社局
    (?:\.[xX*\d]{{1,8}})?                  # xx.xx, x.x
    (?!(?!{LATIN_UNIT}(?![A-Za-z\d]))[A-Za-z\d])  # not a code such as X210 (xxm2 is)
"""
# A hundred or a thousand written alone, as before 余 or 多 (百余人, 千余户): one of it.
BARE_HUNDREDS = frozenset("百千")
# A Chinese numeral: digits and small units, optionally with inner 万/亿 (十二万五千).
CHINESE = rf"""
    (?:[{DIGITS}{PLACES}]{{1,8}}[{FIGURE_MYRIADS}]){{0,3}}   # leading groups: 十二万
    [{DIGITS}{PLACES}]{{1,8}}                      # the last group (bounded)
"""
CN_DECIMAL = rf"(?:点[{DIGITS}]{{1,8}})"
# Any number a rule may start from.
NUMBER = rf"(?:{MINUS}?{ARABIC}|{MASKED})"


def unit_pattern(units: list[Unit] | tuple[Unit, ...]) -> str:
    """The unit surfaces as a tree of shared prefixes (``个百分点`` before ``个``), each
    followed by its vetoes."""
    return word_trie({u.surface: veto_after(u.veto) for u in units})


def veto_after(vetoes: tuple[str, ...]) -> str:
    """One look-ahead for all of a unit's vetoes: ``(?![素旦宵]|多月)`` is ``(?!素)(?!旦)
    (?!宵)(?!多月)`` (no text can follow that one of them matches), but the units' tree
    stands in 8 rules, and its 436 look-aheads were a quarter of compiling it (8.5 ms
    against 6.0 once its tree was written short)."""
    chars = [v for v in vetoes if len(v) == 1 and regex.escape(v) == v]
    rest = [v for v in vetoes if v not in chars]
    if len(chars) > 1:
        rest.insert(0, f"[{''.join(chars)}]")
    elif chars:
        rest.insert(0, chars[0])
    return f"(?!{'|'.join(rest)})" if rest else ""


MULT = alternation([m.surface for m in MULTIPLIERS])
UNIT = unit_pattern(UNITS)
# How far after a number its multiplier and unit may reach (a range's dash comes next).
UNIT_REACH = max(len(m.surface) for m in MULTIPLIERS) + max(len(u.surface) for u in UNITS)

# A well-formed Chinese numeral group below 万: 三千零五, 二十, 十二, 两百; not 一三, 十四五.
_D = f"[{NONZERO_DIGITS}]"
CN_GROUP = regex_cache.compile(rf"(?:{_D}千)?(?:零?{_D}百)?(?:零?{_D}?十)?(?:零?{_D})?")
CN_GROUP_SPLIT = regex_cache.compile(f"[{PLAIN_MYRIADS}]")
# Numerals whose answer is kept: a report writes the same few (三, 两, 十二) again and
# again, and the vetoes and the resolver ask about each of its candidates.
NUMERALS_KEPT = 4096


@lru_cache(maxsize=NUMERALS_KEPT)
def is_wellformed_chinese(numeral: str) -> bool:
    """Whether ``numeral`` reads as one number (``十二万五千``), not digits in a row."""
    groups = CN_GROUP_SPLIT.split(numeral.translate(FOLD))
    return bool(numeral) and all(CN_GROUP.fullmatch(g) for g in groups if g) and any(groups)
