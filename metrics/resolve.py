"""From a rule's match to numbers: value, bounds, unit, base unit, qualifier.

Contract: ``resolve(candidate, context)`` is a pure function. A figure with any masked
digit gets ``value = None`` and ``base_value = None``; the only numbers it may carry are
the bounds its mask's width allows (``xxxx`` → 1000..9999, ``x.xx`` → 1.00..9.99; ``*``
has no width and gives no bounds). Arithmetic is done in ``Decimal``; floats are made
only at the end. A figure that cannot be given one value (a range, a three-part ratio)
gets ``value = None`` with a ``reason``.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

import cn2an
import regex

from metrics.records import Qualifier
from metrics.rules.exclusions import Candidate
from metrics.rules.numbers import is_wellformed_chinese
from metrics.rules.qualifiers import CLAUSE_OF, CLAUSE_PATTERN, CLAUSE_REACH, QUALIFIER_OF
from metrics.rules.units import MULTIPLIER_BY_SURFACE, UNIT_BY_SURFACE

MASK_CHARS = frozenset("xX*")
CN_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"两": 2, "〇": 0}
# Words that make a bare 万 or 亿 an amount of money (the unit 元 is implied, not written).
MONEY_CUE = regex.compile(
    r"投资|资金|收入|税|金额|资产|营收|产值|总值|GDP|总额|经费|费用|款|元|预算|成交|销售|贸易|"
    r"出口|进口|利润|营业|消费|融资|贷款|存款|补助|补贴|奖励|签约|引资|拨付|支出|筹集|募集|捐"
)


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


def is_masked(number: str) -> bool:
    return any(ch in MASK_CHARS for ch in number)


def arabic_value(number: str) -> Decimal:
    return Decimal(number.replace(",", ""))


def mask_bounds(mask: str) -> tuple[Decimal, Decimal] | None:
    """Bounds a mask's width allows, or None when it has no width (``*``)."""
    if "*" in mask:
        return None
    whole, _, frac = mask.partition(".")
    width = len(whole)
    low = Decimal(10) ** (width - 1) if width > 1 else Decimal(1)
    high = Decimal(10) ** width - (Decimal(10) ** -len(frac) if frac else Decimal(1))
    return low, high


def chinese_value(numeral: str, decimals: str = "") -> Decimal | None:
    """Value of a well-formed Chinese numeral (``二十``, ``十二万五千``), else None."""
    if not is_wellformed_chinese(numeral):
        return None
    try:
        whole = Decimal(int(cn2an.cn2an(numeral, "normal")))
    except (ValueError, KeyError, TypeError, InvalidOperation):
        return None
    if decimals:  # 点五 -> .5
        digits = "".join(str(CN_DIGITS[c]) for c in decimals.lstrip("点"))
        whole += Decimal("0." + digits)
    return whole


def _qualifier(c: Candidate, context: str) -> Qualifier:
    if c.get("sep"):
        return Qualifier.RANGE
    for part in (c.get("post"), c.get("mid"), c.get("mid1"), c.get("pre")):
        if part:
            return QUALIFIER_OF.get(
                part, Qualifier.APPROX if part in "近约上" else Qualifier.AT_LEAST
            )
    if context:
        cues = list(CLAUSE_PATTERN.finditer(context[-CLAUSE_REACH:]))
        if cues:
            return CLAUSE_OF[cues[-1].group()]
    return Qualifier.EXACT


def _float(d: Decimal | None) -> float | None:
    return None if d is None else float(d)


def resolve(c: Candidate, context: str = "") -> Resolved:
    """Resolve one candidate; ``context`` is the clause text before it (for cues)."""
    qualifier = _qualifier(c, context)
    if c.rule in ("ratio_slash", "ratio_colon"):
        return _ratio(c, qualifier)
    unit_word = c.get("unit")
    mult_word = c.get("mult")
    unit = UNIT_BY_SURFACE.get(unit_word)
    mult = MULTIPLIER_BY_SURFACE.get(mult_word)
    factor = (mult.factor if mult else Decimal(1)) * (unit.factor if unit else Decimal(1))
    written = mult_word + unit_word
    if c.rule in ("percent_chinese",):
        written, family, base = "%", "percent", "%"
    elif c.rule == "fraction_chinese":
        written, family, base = "ratio", "ratio", "ratio"
    elif unit is not None:
        family, base = unit.family, unit.base
    elif MONEY_CUE.search(context[-24:]):
        family, base = "currency_implied", "元"
    else:
        family, base = "number", ""
    numbers = _numbers(c)
    if numbers is None:
        return Resolved(
            None,
            None,
            None,
            False,
            None,
            written,
            family,
            base or None,
            None,
            qualifier,
            reason="numeral not well formed",
        )
    low, high, masked, mask = numbers
    if masked:
        return Resolved(
            None,
            _float(low),
            _float(high),
            True,
            mask,
            written,
            family,
            base or None,
            None,
            qualifier,
        )
    if qualifier == Qualifier.RANGE:
        return Resolved(
            None,
            _float(low),
            _float(high),
            False,
            None,
            written,
            family,
            base or None,
            None,
            qualifier,
            reason="range",
        )
    value = low
    vmin = value if qualifier in (Qualifier.EXACT, Qualifier.AT_LEAST) else None
    vmax = value if qualifier in (Qualifier.EXACT, Qualifier.AT_MOST) else None
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
    )


def _numbers(c: Candidate) -> tuple[Decimal | None, Decimal | None, bool, str | None] | None:
    """(low, high, masked, mask) in the unit as written; None if a numeral is malformed."""
    if c.get("wan"):
        v = Decimal(10_000 if c.get("wan") == "万" else 1000)
        return v, v, False, None
    if c.get("cn"):
        v = chinese_value(c.get("cn"), c.get("cndec"))
        if v is None:
            return None
        if c.rule == "percent_chinese":
            return v, v, False, None
        if c.rule == "fraction_chinese":
            d = chinese_value(c.get("cn2"))
            if not d:
                return None
            v = (v / d).quantize(Decimal("0.000001"))
        return v, v, False, None
    num, num2 = c.get("num"), c.get("num2")
    small = {"千": Decimal(1000), "百": Decimal(100)}.get(c.get("small"), Decimal(1))
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


def _ratio(c: Candidate, qualifier: Qualifier) -> Resolved:
    num, num2 = c.get("num"), c.get("num2")
    if c.rule == "ratio_colon":
        return Resolved(
            None,
            None,
            None,
            False,
            None,
            "ratio",
            "ratio",
            "ratio",
            None,
            Qualifier.EXACT,
            reason="ratio of three or more parts",
        )
    if is_masked(num) or is_masked(num2):
        return Resolved(
            None,
            None,
            None,
            True,
            f"{num}/{num2}",
            "ratio",
            "ratio",
            "ratio",
            None,
            Qualifier.EXACT,
        )
    den = arabic_value(num2)
    if den == 0:
        return Resolved(
            None,
            None,
            None,
            False,
            None,
            "ratio",
            "ratio",
            "ratio",
            None,
            Qualifier.EXACT,
            reason="zero denominator",
        )
    value = arabic_value(num) / den
    v = float(value)
    return Resolved(v, v, v, False, None, "ratio", "ratio", "ratio", v, qualifier)
