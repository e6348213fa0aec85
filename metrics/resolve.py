"""From a rule's match to numbers: value, bounds, unit, base unit, qualifier.

Contract: ``resolve(candidate, sentence, at)`` is a pure function. A figure with any masked
digit gets ``value = None`` and ``base_value = None``; the only numbers it may carry are
the bounds its mask's width allows (``xxxx`` → 1000..9999, ``x.xx`` → 0.00..9.99; ``*``
has no width and gives no bounds, but a share in % is 0..100: ``share_bounds``).
Arithmetic is done in ``Decimal``; floats are made only at the end. A figure that
cannot be given one value (a range, a three-part ratio) gets ``value = None`` with a
``reason``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache
from typing import Final, TypeVar

import regex

from metrics import regex_cache
from metrics.lexicon.canonical_numerals import canonical_value
from metrics.lexicon.numerals import (
    DIGIT_VALUE,
    FOLD,
    MYRIAD_ORDER,
    PLACE_VALUE,
    PLAIN_PLACES,
    POINTS,
    place_value,
)
from metrics.lexicon.units import MULTIPLIER_BY_SURFACE, UNIT_BY_SURFACE, counts_noun_after
from metrics.opening import opening_chars, opening_han
from metrics.records import Qualifier
from metrics.rules.breaks import last_break
from metrics.rules.exclusions import CLAUSE_BREAK, Candidate
from metrics.rules.figures import FigureRuleName
from metrics.rules.numbers import BARE_HUNDREDS, is_wellformed_chinese
from metrics.rules.qualifiers import (
    AFTER_DIFFERENCE_CUE,
    CLAUSE_ADJACENT,
    CLAUSE_OF,
    CLAUSE_PATTERN,
    CLAUSE_REACH,
    QUALIFIER_OF,
    QualifierRule,
)

MASK_CHARS: Final = frozenset("xX*")
MASK_DIGIT: Final = regex_cache.compile(r"[xX]")
# a masked digit written as the lowest and as the highest digit (a str.translate: no call)
MASK_LOW: Final = str.maketrans(dict.fromkeys(opening_chars(MASK_DIGIT), "0"))
MASK_HIGH: Final = str.maketrans(dict.fromkeys(opening_chars(MASK_DIGIT), "9"))
# Words that make a bare 万 or 亿 an amount of money (the unit 元 is implied, not written).
MONEY_CUE: Final = regex_cache.compile(
    r"投资|资金|收入|税|金额|资产|营收|产值|总值|GDP|总额|经费|费用|款|元|预算|成交|销售|贸易|"
    r"出口|进口|利润|营业|消费|融资|贷款|存款|补助|补贴|奖励|签约|引资|拨付|支出|筹集|募集|捐"
)
MONEY_REACH: Final = 24  # characters before the figure where a money word is looked for


@dataclass(frozen=True, slots=True)
class Resolved:
    value: float | None
    value_min: float | None
    value_max: float | None
    masked: bool
    mask: str | None
    unit: str
    unit_family: str
    base_unit: str | None
    base_value: float | None
    qualifier: str
    reason: str | None = None
    qualifier_rule: QualifierRule = QualifierRule.NO_WORD  # the rule that gave ``qualifier``

    # Written out for the compiled build, as ``records.Mention``'s is (a field set in C, not a
    # call of ``object.__setattr__`` a field); ``tests/test_records.py`` holds it to the fields.
    def __init__(
        self,
        value: float | None,
        value_min: float | None,
        value_max: float | None,
        masked: bool,
        mask: str | None,
        unit: str,
        unit_family: str,
        base_unit: str | None,
        base_value: float | None,
        qualifier: str,
        reason: str | None = None,
        qualifier_rule: QualifierRule = QualifierRule.NO_WORD,
    ) -> None:
        object.__setattr__(self, "value", value)
        object.__setattr__(self, "value_min", value_min)
        object.__setattr__(self, "value_max", value_max)
        object.__setattr__(self, "masked", masked)
        object.__setattr__(self, "mask", mask)
        object.__setattr__(self, "unit", unit)
        object.__setattr__(self, "unit_family", unit_family)
        object.__setattr__(self, "base_unit", base_unit)
        object.__setattr__(self, "base_value", base_value)
        object.__setattr__(self, "qualifier", qualifier)
        object.__setattr__(self, "reason", reason)
        object.__setattr__(self, "qualifier_rule", qualifier_rule)


@cache  # a few dozen units as written; pure
def unit_factor(unit: str) -> Decimal | None:
    """How many base units one ``unit`` as written is (万元 → 10000, 亿元 → 1e8, % → 1)."""
    for mult in ("", *MULTIPLIER_BY_SURFACE):
        if mult and not unit.startswith(mult):
            continue
        rest = unit[len(mult) :]
        factor = MULTIPLIER_BY_SURFACE[mult].factor if mult else Decimal(1)
        if rest in UNIT_BY_SURFACE:
            return factor * UNIT_BY_SURFACE[rest].factor
        if not rest and mult:
            return factor
    return None


def is_masked(number: str) -> bool:
    return not MASK_CHARS.isdisjoint(number)  # (a set test: no loop of Python per digit)


def arabic_value(number: str) -> Decimal:
    return Decimal(number.replace(",", "").replace("负", "-"))


def mask_bounds(mask: str) -> tuple[Decimal, Decimal] | None:
    """Bounds a mask's width allows, or None when it has no width (``*``)."""
    if "*" in mask:
        return None
    digits = mask.replace(",", "")  # x,xxx is four digits
    # each masked digit is 0 to 9, but a leading one is no 0 (no number is written 05, and
    # none 0个: 无 is said): xx → 10..99, 1xx → 100..199, x个 → 1..9; only a lone one
    # before a point may be: x.x% → 0.0..9.9 (0.5% is written so)
    whole, point, _ = digits.partition(".")
    leading = digits[0] in MASK_CHARS and not (point and len(whole) == 1)
    low = "1" + digits[1:] if leading else digits
    return Decimal(low.translate(MASK_LOW)), Decimal(digits.translate(MASK_HIGH))


def share_bounds(resolved: Resolved, share: bool) -> Resolved:
    """``resolved`` with the bounds a share allows when its mask gives none: a part of a
    whole in % is 0..100 (占比*%, 比重达到*%). Only a share: a growth (增长*%), a rate
    named as such or a completion (完成目标的*%) may pass 100 and stays unbounded."""
    if not (share and resolved.masked and resolved.unit == "%"):
        return resolved
    if resolved.value_min is not None or resolved.value_max is not None:
        return resolved
    return replace(resolved, value_min=0.0, value_max=100.0)


@lru_cache(maxsize=4096)  # numerals repeat (两, 三十); cn2an is slow; pure
def chinese_value(numeral: str, decimals: str = "") -> Decimal | None:
    """Value of a well-formed Chinese numeral (``二十``, ``十二万五千``), else None.

    The canonical forms (三, 一百零八, 三千五百) are read by ``canonical_value``, which
    gives cn2an's value or refuses; cn2an converts the rest (一千五, 五百五). The rules
    only hand it spans they validated."""
    if numeral in BARE_HUNDREDS:  # 百余人: a bare hundred or thousand is one of it
        numeral = "一" + numeral
    zero = bool(decimals) and numeral in ("零", "〇")  # 零点五亿元: a whole part of nothing
    if not zero and not is_wellformed_chinese(numeral):
        return None
    folded = numeral.translate(FOLD)
    fast = 0 if zero else canonical_value(folded)  # (cn2an's import costs ~0.11 s)
    whole = Decimal(fast) if fast is not None else cn2an_value(folded)
    if whole is None:
        return None
    if decimals:  # 点五 -> .5, 点叁叁 -> .33
        fraction = decimal_part(decimals.lstrip(POINTS))
        if fraction is None:
            return None
        whole += fraction
    return whole


def cn2an_value(folded: str) -> Decimal | None:
    """cn2an's value of a folded numeral, None where it refuses it: the authority for
    every form ``canonical_value`` does not read."""
    import cn2an  # on first use: its import costs ~0.11 s

    try:
        return Decimal(int(cn2an.cn2an(folded, "normal")))
    except (ValueError, KeyError, TypeError, InvalidOperation):
        return None


def decimal_part(digits: str) -> Decimal | None:
    """The value of the digits after 点, one by one in any form the rules accept (五 → .5,
    叁叁 → .33, 〇五 → .05, ０５ → .05); None when one is no digit."""
    folded = digits.translate(FOLD)
    if not folded:
        return None
    if folded.isdecimal():  # Arabic digits, full width too (Decimal reads both)
        return Decimal("0." + str(int("1" + folded))[1:])
    if not all(c in DIGIT_VALUE for c in folded):
        return None
    return Decimal("0." + "".join(str(int(DIGIT_VALUE[c])) for c in folded))


# --- bare numerals of any form (the recogniser under the rules) --------------------------

SMALL_PLACE: Final = {c: int(PLACE_VALUE[c]) for c in PLAIN_PLACES}  # 十百千: places in a group
ARABIC_RUN: Final = regex_cache.compile(r"\d+(?:\.\d+)?|\.\d+")


def parse_numeral(text: str) -> Decimal | None:
    """Value of any numeral the recogniser finds: 一万三 → 13000, 百三 → 130,
    七十八万五佰零六 → 780506, 5万4千6百 → 54600, 4.78万亿, 二十几万 → 200000 (the
    approximate part dropped), 十五点七. None when it does not read as one number."""
    s = regex.sub(r"\s+", "", text).translate(FOLD).replace(",", "")
    negative = s.startswith(("负", "-"))
    s = s.lstrip("负-")
    s = regex.sub(r"零?几|[余多]", "", s)
    if not s:
        return None
    whole, _, frac = s.partition("点")
    value = _integer(whole) if whole else Decimal(0)
    if value is None:
        return None
    if frac:
        fraction = decimal_part(frac)
        if fraction is None:
            return None
        value += fraction
    return -value if negative else value


def _integer(s: str) -> Decimal | None:
    if s == "半百":
        return Decimal(50)
    if s == "半":
        return Decimal("0.5")
    for unit, factor in MYRIAD_ORDER:
        k = s.rfind(unit)
        if k >= 0:
            left, right = s[:k], s[k + 1 :]
            high = _integer(left) if left else Decimal(1)
            if high is None:
                return None
            if not right:
                return high * factor
            if len(right) == 1 and right in DIGIT_VALUE and right != "零":
                return high * factor + DIGIT_VALUE[right] * factor / 10  # 一万三
            low = _integer(right.lstrip("零") or "零")
            return None if low is None else high * factor + low
    return _section(s)


def _section(s: str) -> Decimal | None:
    """A numeral below 万: digits, 十百千, Arabic runs and 零."""
    if ARABIC_RUN.fullmatch(s):
        return Decimal(s)
    if all(c in DIGIT_VALUE for c in s) and len(s) > 1:  # 一二三 read digit by digit
        return Decimal("".join(str(int(DIGIT_VALUE[c])) for c in s))
    total = Decimal(0)
    digit: Decimal | None = None
    last_unit = 0
    zero = False
    pos = 0
    while pos < len(s):
        ch = s[pos]
        arabic = ARABIC_RUN.match(s, pos)
        if arabic:
            digit, pos = Decimal(arabic.group()), arabic.end()
            continue
        if ch == "零":
            zero, digit = True, None
        elif ch in DIGIT_VALUE:
            if digit is not None:
                return None  # 三四百: two digits in a row
            digit = DIGIT_VALUE[ch]
        elif ch in SMALL_PLACE:
            unit = SMALL_PLACE[ch]
            if last_unit and unit >= last_unit:
                return None
            total += (digit if digit is not None else Decimal(1)) * unit
            digit, last_unit, zero = None, unit, False
        else:
            return None
        pos += 1
    if digit is not None:
        if last_unit >= 100 and not zero:
            total += digit * last_unit / 10  # 四百五 -> 450, 百三 -> 130
        else:
            total += digit
    return total


# A clause cue followed at once by a number qualifies that number (in its own mention).
TAKEN_CUE: Final = regex_cache.compile(r"\s*[\dxX*]")
# A review sets a result against the target it recalls (全县生产总值增长8.1%，低于年初确定的9%
# 目标; 一般公共预算收入18.2亿元，低于年初预期的19亿元目标): 低于 compares the result with the
# target, and the target is as it was set, bounded by no cue. The clause opens with the
# comparison right after the result's figure, and a target's name follows the figure.
# Counter: 确保城镇调查失业率低于5.5%的目标 (a plan's bound: no result before it), 引进注册资本
# 低于500万元的企业12家 (no target after it).
AFTER_RESULT: Final = regex_cache.compile(r"[\d%][^\d，,；;。]{0,3}[，,；;]\s*$")
COMPARED_OPENS: Final = regex_cache.compile(r"\s*(?:低于|高于)")
TARGET_AFTER: Final = regex_cache.compile(
    r"[^，,；;。\d]{0,2}?的?(?:年初|年度|全年)?(?:预期|控制|计划)?(?:目标|任务)"
)


def _compares_target(c: Candidate, text: str, at: int, clause_start: int) -> bool:
    """Whether the figure at ``at`` is a recalled target that a result before its clause is
    compared with (see ``AFTER_RESULT``)."""
    return (
        COMPARED_OPENS.match(text, clause_start) is not None
        and AFTER_RESULT.search(text, max(0, clause_start - 8), clause_start) is not None
        and TARGET_AFTER.match(text, at + c.end - c.start) is not None
    )


def _reaches(clause: str, cue: regex.Match[str]) -> bool:
    """Whether a clause cue reaches the figure at the clause's end: an adjacent cue only
    when nothing but 了 stands between (突破了300亿元, not 突破…等11个难点问题)."""
    return cue.group() not in CLAUSE_ADJACENT or clause[cue.end() :].strip() in ("", "了")


_PART_RULE: Final = (
    ("post", QualifierRule.WORD_AFTER),
    ("mid", QualifierRule.WORD_BETWEEN),
    ("mid1", QualifierRule.WORD_BETWEEN),
    ("pre", QualifierRule.WORD_BEFORE),
)


# The Han characters each clause cue's matches open with (read from the patterns): a
# clause with none of them is not searched (most are not).
DIFFERENCE_OPENERS: Final = opening_han(AFTER_DIFFERENCE_CUE)
CLAUSE_OPENERS: Final = opening_han(CLAUSE_PATTERN)


def qualifier_and_rule(c: Candidate, text: str, at: int) -> tuple[Qualifier, QualifierRule]:
    """The qualifier of the figure ``c`` standing at ``at`` in ``text`` (its sentence, whose
    clause breaks are found once for all its figures), and the rule that gave it."""
    groups = c.groups  # (read from the dict: a figure asks for some fifteen groups)
    if groups.get("sep"):
        return Qualifier.RANGE, QualifierRule.RANGE
    for group, rule in _PART_RULE:
        part = groups.get(group, "")
        if part:
            approx = part in "近约上"
            return QUALIFIER_OF.get(part, Qualifier.APPROX if approx else Qualifier.AT_LEAST), rule
    if at <= 0:
        return Qualifier.EXACT, QualifierRule.NO_WORD
    # only the figure's own clause: 不低于7.5%，单位GDP能耗下降3% leaves 3% exact
    clause_start = last_break(CLAUSE_BREAK, text, max(0, at - CLAUSE_REACH), at)
    clause = text[clause_start:at]
    if not DIFFERENCE_OPENERS.isdisjoint(clause) and AFTER_DIFFERENCE_CUE.search(clause):
        # 低于全省平均水平5张, 超过目标5个: a difference
        return Qualifier.EXACT, QualifierRule.DIFFERENCE
    cues = [] if CLAUSE_OPENERS.isdisjoint(clause) else list(CLAUSE_PATTERN.finditer(clause))
    # …but not a cue that an earlier figure took: 其中超过50万元的村3个 leaves 3个 exact
    if cues and not TAKEN_CUE.match(clause, cues[-1].end()) and _reaches(clause, cues[-1]):
        if _compares_target(c, text, at, clause_start):
            return Qualifier.EXACT, QualifierRule.COMPARED_TARGET
        return CLAUSE_OF[cues[-1].group()], QualifierRule.CLAUSE_CUE
    return Qualifier.EXACT, QualifierRule.NO_WORD


T = TypeVar("T", float, Decimal)


def _bounds(value: T, qualifier: Qualifier) -> tuple[T | None, T | None]:
    """(min, max) a value with ``qualifier`` allows: 87%以上 has no max, 约5 neither."""
    vmin = value if qualifier in (Qualifier.EXACT, Qualifier.AT_LEAST) else None
    vmax = value if qualifier in (Qualifier.EXACT, Qualifier.AT_MOST) else None
    return vmin, vmax


def _float(d: Decimal | None) -> float | None:
    return None if d is None else float(d)


# 千分之三 is 3 ‰, 万分之二 2 ‱ (百分之 is %).
PER_BASE: Final = {"千": "‰", "万": "‱"}


def _counts_after(c: Candidate, text: str, at: int, written: str) -> bool:
    """Whether the bare myriad ``c`` at ``at`` counts the noun after it and its own clause
    names no money: it counts no money, whatever sum an earlier clause named (完成投资3亿
    元，…，巩固提升3万农村人口饮水水平); with money named in its clause it is that sum
    (完成投资3000万建设标准化厂房)."""
    if not counts_noun_after(text, at + c.end - c.start, written):
        return False
    lo = last_break(CLAUSE_BREAK, text, max(0, at - MONEY_REACH), at)
    return MONEY_CUE.search(text, lo, at) is None


def resolve(c: Candidate, text: str = "", at: int | None = None) -> Resolved:
    """Resolve one candidate standing at ``at`` in ``text`` (its sentence: the words before
    it give cues); ``at`` is the end of ``text`` when not given (the words before it)."""
    at = len(text) if at is None else at
    qualifier, rule = qualifier_and_rule(c, text, at)  # once a figure: its clause is scanned
    if c.rule == FigureRuleName.DOUBLING:
        return replace(_doubling(c, qualifier), qualifier_rule=rule)
    if c.rule in (FigureRuleName.RATIO_SLASH, FigureRuleName.RATIO_COLON, FigureRuleName.RATIO_TWO):
        return replace(_ratio(c, qualifier), qualifier_rule=rule)
    groups = c.groups
    unit_word = groups.get("unit", "")
    mult_word = groups.get("mult", "")
    unit = UNIT_BY_SURFACE.get(unit_word)
    factor = unit_factor(mult_word + unit_word) or Decimal(1)
    per = groups.get("per", "")
    written = mult_word + unit_word + per
    if c.rule == FigureRuleName.PERCENT_CHINESE and groups.get("per_base", "") in PER_BASE:
        written, family, base = PER_BASE[groups["per_base"]], "percent", "%"
        factor = unit_factor(written) or factor
    elif c.rule == FigureRuleName.PERCENT_CHINESE:
        written, family, base = "%", "percent", "%"
    elif c.rule == FigureRuleName.FRACTION_CHINESE:
        written, family, base = "ratio", "ratio", "ratio"
    elif c.rule == FigureRuleName.PER_POPULATION:
        family, base = "rate", per  # 12.5/10万: cases per 100,000 people
    elif unit is not None and per:
        family, base = "rate", unit.base + per  # 0.5万元/人: 5000 元/人
    elif unit is not None:
        family, base = unit.family, unit.base
    elif c.rule == FigureRuleName.INDEX_VALUE:  # a coefficient or index counts no money,
        family, base = "number", ""  # though 消费 or 收入 name it (居民消费价格指数100.2)
    elif MONEY_CUE.search(text, max(0, at - MONEY_REACH), at) and not _counts_after(
        c, text, at, written
    ):
        family, base = "currency_implied", "元"
    else:
        family, base = "number", ""
    base_unit = base or None

    numbers = _numbers(c)
    if numbers is None:
        return _without_value(
            (None, None, False, None),
            written,
            family,
            base_unit,
            qualifier,
            rule,
            "numeral not well formed",
        )
    low, high, masked, mask = numbers
    if low is not None and high is not None and low > high:  # 降低3至1个百分点: 1..3
        low, high = high, low
    if masked:
        return _without_value(
            (low, high, True, mask), written, family, base_unit, qualifier, rule, None
        )
    if qualifier == Qualifier.RANGE:
        return _without_value(
            (low, high, False, None), written, family, base_unit, qualifier, rule, "range"
        )
    value = low
    assert value is not None, "an unmasked figure has a value (_numbers)"
    vmin, vmax = _bounds(value, qualifier)
    return Resolved(
        _float(value),
        _float(vmin),
        _float(vmax),
        False,
        None,
        written,
        family,
        base or None,
        _float(value * factor),
        qualifier,
        qualifier_rule=rule,
    )


def _without_value(
    numbers: tuple[Decimal | None, Decimal | None, bool, str | None],
    written: str,
    family: str,
    base_unit: str | None,
    qualifier: Qualifier,
    rule: QualifierRule,
    reason: str | None,
) -> Resolved:
    """The figure that has no single value (a mask, a range, a numeral not well formed):
    its bounds ``numbers`` (low, high, masked, mask), its unit and its qualifier. A function
    of the module, not one nested in ``resolve``: compiled, a nested function and the
    variables it reads hold each other, a cycle only the garbage collector frees (two
    objects a figure)."""
    low, high, masked, mask = numbers
    return Resolved(
        None,
        _float(low),
        _float(high),
        masked,
        mask,
        written,
        family,
        base_unit,
        None,
        qualifier,
        reason=reason,
        qualifier_rule=rule,
    )


def _numbers(c: Candidate) -> tuple[Decimal | None, Decimal | None, bool, str | None] | None:
    """(low, high, masked, mask) in the unit as written; None if a numeral is malformed."""
    groups = c.groups  # (its values are strings, never None: ``Candidate.get``)
    if groups.get("mixed"):
        v = parse_numeral(groups["mixed"])
        return None if v is None else (v, v, False, None)
    if groups.get("wan"):
        v = place_value(groups["wan"])
        return v, v, False, None
    if groups.get("cn"):
        v = chinese_value(groups["cn"], groups.get("cndec", ""))
        if v is None:
            return None
        if c.rule == FigureRuleName.PERCENT_CHINESE and c.get("cn2"):
            high = chinese_value(c.get("cn2"), c.get("cndec2"))  # 百分之五到百分之六
            return None if high is None else (v, high, False, None)
        if c.rule == FigureRuleName.PERCENT_CHINESE:
            return v, v, False, None
        if c.rule == FigureRuleName.RANGE_CHINESE:
            high = chinese_value(c.get("cn2"))
            return None if high is None else (v, high, False, None)
        if c.rule == FigureRuleName.FRACTION_CHINESE:
            d = chinese_value(c.get("cn2"))
            if not d:
                return None
            v = (v / d).quantize(Decimal("0.000001"))
        return v, v, False, None
    num, num2 = groups.get("num", ""), groups.get("num2", "")
    small = place_value(groups["small"]) if groups.get("small") else Decimal(1)
    ends = [n for n in (num, num2) if n]
    if any(is_masked(n) for n in ends):
        mask = "-".join(ends)
        bounds = [mask_bounds(n) if is_masked(n) else (arabic_value(n),) * 2 for n in ends]
        if any(b is None for b in bounds):
            return None, None, True, mask
        return bounds[0][0] * small, bounds[-1][1] * small, True, mask  # type: ignore[index]
    low = arabic_value(num) * small
    high = arabic_value(num2) * small if num2 else low
    return low, high, False, None


def _doubling(c: Candidate, qualifier: Qualifier) -> Resolved:
    """翻两番: doubled twice, four times the base; the multiple is 2 ** doublings, in 倍."""
    doublings = c.get("doublings")
    times = Decimal(2) ** int(DIGIT_VALUE[doublings.translate(FOLD)] if doublings else 1)
    low, high = _bounds(times, qualifier)
    return Resolved(
        float(times),
        _float(low),
        _float(high),
        False,
        None,
        "倍",
        "times",
        "倍",
        float(times),
        qualifier,
    )


def _unresolved_ratio(masked: bool, mask: str | None, reason: str | None) -> Resolved:
    return Resolved(
        None,
        None,
        None,
        masked,
        mask,
        "ratio",
        "ratio",
        "ratio",
        None,
        Qualifier.EXACT,
        reason=reason,
    )


def _ratio(c: Candidate, qualifier: Qualifier) -> Resolved:
    num, num2 = c.get("num"), c.get("num2")
    if c.rule == FigureRuleName.RATIO_COLON:
        return _unresolved_ratio(False, None, "ratio of three or more parts")
    if is_masked(num) or is_masked(num2):
        return _unresolved_ratio(True, f"{num}/{num2}", None)
    den = arabic_value(num2)
    if den == 0:
        return _unresolved_ratio(False, None, "zero denominator")
    v = float(arabic_value(num) / den)
    low, high = _bounds(v, qualifier)
    return Resolved(v, low, high, False, None, "ratio", "ratio", "ratio", v, qualifier)
