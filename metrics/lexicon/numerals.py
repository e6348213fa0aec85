"""Chinese numeral characters: one entry a character, the one definition every stage reads.

Contract: ``NUMERALS`` lists each character that writes part of a number, with its kind
(a digit, a place 十百千, a tens word 廿卅, a myriad 万亿, the point, the sign, a word of
approximation, half), its register (ordinary, financial 壹贰叁, traditional 萬兩,
colloquial 俩), its value, its ordinary form and an example phrase whose value a test
checks through the recogniser (``resolve.parse_numeral``). The character sets, the folding
table and the value maps used by normalisation, the rules and resolution are derived
here from that table; nothing else spells a numeral class out.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from math import prod

from metrics.errors import RuleError


class NumeralKind(StrEnum):
    DIGIT = "digit"  # 零 to 九, 两: a value below ten
    PLACE = "place"  # 十百千: multiplies the digit before it inside a group
    TENS = "tens"  # 廿 卅: a digit and 十 in one character
    MYRIAD = "myriad"  # 万 亿: closes a group of four places
    POINT = "point"  # 点: the decimal point
    SIGN = "sign"  # 负: minus
    APPROX = "approx"  # 余 多 几: "and some", dropped from the value
    HALF = "half"  # 半


class Register(StrEnum):
    ORDINARY = "ordinary"
    FINANCIAL = "financial"  # cheques, contracts: 壹佰 is harder to alter than 一百;
    # 貳 參 陸 are the same forms in traditional script
    TRADITIONAL = "traditional"
    COLLOQUIAL = "colloquial"  # 俩 "the two of": a pronoun's tail (他们俩)


@dataclass(frozen=True, slots=True)
class Numeral:
    char: str
    kind: NumeralKind
    value: Decimal
    plain: str  # the ordinary form it reads as (壹 → 一, 廿 → 二十)
    register: Register
    example: str  # a numeral written with it
    example_value: Decimal  # what the example is worth
    one_by_one: bool = True  # may be read digit by digit (after 点, in a year); 两 never is
    in_figures: bool = True  # the figure rules read it (not 俩, a pronoun's tail; not 兆)


OR, F, T, C = Register.ORDINARY, Register.FINANCIAL, Register.TRADITIONAL, Register.COLLOQUIAL


def _n(
    char: str,
    kind: NumeralKind,
    value: int | str,
    register: Register,
    example: str,
    example_value: int | str,
    plain: str = "",
    one_by_one: bool = True,
    in_figures: bool = True,
) -> Numeral:
    return Numeral(
        char,
        kind,
        Decimal(value),
        plain or char,
        register,
        example,
        Decimal(example_value),
        one_by_one,
        in_figures,
    )


D, P, M = NumeralKind.DIGIT, NumeralKind.PLACE, NumeralKind.MYRIAD
NUMERALS: tuple[Numeral, ...] = (
    _n("零", D, 0, OR, "一百零五", 105),
    _n("〇", D, 0, OR, "三千〇八", 3008, plain="零"),
    _n("一", D, 1, OR, "一十一", 11),
    _n("二", D, 2, OR, "二十二", 22),
    _n("两", D, 2, OR, "两千", 2000, one_by_one=False),
    _n("兩", D, 2, T, "兩萬", 20000, plain="两", one_by_one=False),
    _n("俩", D, 2, C, "俩", 2, plain="两", one_by_one=False, in_figures=False),
    _n("倆", D, 2, C, "倆", 2, plain="两", one_by_one=False, in_figures=False),
    _n("三", D, 3, OR, "三点三", "3.3"),
    _n("四", D, 4, OR, "四十四", 44),
    _n("五", D, 5, OR, "五百五", 550),
    _n("六", D, 6, OR, "六万六千", 66000),
    _n("七", D, 7, OR, "七点零七", "7.07"),
    _n("八", D, 8, OR, "八千零八", 8008),
    _n("九", D, 9, OR, "九十九", 99),
    _n("壹", D, 1, F, "壹拾壹", 11, plain="一"),
    _n("贰", D, 2, F, "贰佰", 200, plain="二"),
    _n("貳", D, 2, F, "貳拾", 20, plain="二"),
    _n("叁", D, 3, F, "叁仟", 3000, plain="三"),
    _n("參", D, 3, F, "參拾參", 33, plain="三"),
    _n("肆", D, 4, F, "肆拾肆", 44, plain="四"),
    _n("伍", D, 5, F, "伍佰伍拾", 550, plain="五"),
    _n("陆", D, 6, F, "陆万", 60000, plain="六"),
    _n("陸", D, 6, F, "陸佰", 600, plain="六"),
    _n("柒", D, 7, F, "柒拾", 70, plain="七"),
    _n("捌", D, 8, F, "捌仟捌佰", 8800, plain="八"),
    _n("玖", D, 9, F, "玖拾玖", 99, plain="九"),
    _n("十", P, 10, OR, "十五", 15),
    _n("百", P, 100, OR, "三百二十", 320),
    _n("千", P, 1000, OR, "四千零一", 4001),
    _n("拾", P, 10, F, "贰拾", 20, plain="十"),
    _n("佰", P, 100, F, "壹佰", 100, plain="百"),
    _n("仟", P, 1000, F, "伍仟", 5000, plain="千"),
    _n("廿", NumeralKind.TENS, 20, OR, "廿五", 25, plain="二十"),
    _n("卅", NumeralKind.TENS, 30, OR, "卅六", 36, plain="三十"),
    _n("万", M, 10**4, OR, "十二万五千", 125000),
    _n("亿", M, 10**8, OR, "三亿二千万", 320000000),
    _n("萬", M, 10**4, T, "伍萬", 50000, plain="万"),
    _n("億", M, 10**8, T, "兩億", 200000000, plain="亿"),
    # 兆 is a million in 兆瓦 and 兆字节 and a trillion in old texts: figures never take it
    _n("兆", M, 10**12, OR, "一兆", 10**12, in_figures=False),
    _n("点", NumeralKind.POINT, 0, OR, "十五点七", "15.7"),
    _n("點", NumeralKind.POINT, 0, T, "二點五", "2.5", plain="点"),
    _n("负", NumeralKind.SIGN, -1, OR, "负三", -3),
    _n("負", NumeralKind.SIGN, -1, T, "負八", -8, plain="负"),
    _n("余", NumeralKind.APPROX, 0, OR, "三十余万", 300000),
    _n("多", NumeralKind.APPROX, 0, OR, "二十多万", 200000),
    _n("几", NumeralKind.APPROX, 0, OR, "二十几万", 200000),
    _n("幾", NumeralKind.APPROX, 0, T, "二十幾萬", 200000, plain="几"),
    _n("半", NumeralKind.HALF, "0.5", OR, "半百", 50),
)


def _validate(numerals: tuple[Numeral, ...]) -> None:
    seen: set[str] = set()
    for n in numerals:
        if len(n.char) != 1 or n.char in seen:
            raise RuleError(n.char, "a numeral is one character, listed once")
        if n.char not in n.example:
            raise RuleError(n.char, f"its example {n.example!r} does not use it")
        seen.add(n.char)


_validate(NUMERALS)


def chars(*kinds: NumeralKind, figures_only: bool = False) -> str:
    """The characters of these kinds, in table order (only those figures use, if asked)."""
    return "".join(
        n.char for n in NUMERALS if n.kind in kinds and (n.in_figures or not figures_only)
    )


# Every digit (the bare recogniser reads 俩 too), and the digits a figure is written with.
ALL_DIGITS = chars(NumeralKind.DIGIT)
DIGITS = chars(NumeralKind.DIGIT, figures_only=True)
# The digits that may follow 点, read one by one (two is 二 there: 两百点两 is two numbers).
POINT_DIGITS = "".join(n.char for n in NUMERALS if n.kind is NumeralKind.DIGIT and n.one_by_one)
# A year written digit by digit (二〇二三年): ordinary digits read one by one.
YEAR_DIGITS = "".join(
    n.char
    for n in NUMERALS
    if n.kind is NumeralKind.DIGIT and n.one_by_one and n.register is Register.ORDINARY
)
PLACES = chars(NumeralKind.PLACE)  # 十百千拾佰仟
TENS = chars(NumeralKind.TENS)  # 廿卅
MYRIADS = chars(NumeralKind.MYRIAD)  # 万亿萬億兆
FIGURE_MYRIADS = chars(NumeralKind.MYRIAD, figures_only=True)  # 万亿萬億
POINTS = chars(NumeralKind.POINT)
SIGNS = chars(NumeralKind.SIGN)
APPROX = chars(NumeralKind.APPROX)
HALF = chars(NumeralKind.HALF)
# Financial forms, traditional script too (a lone 伍 or 拾 is a word: 队伍, 收拾).
FINANCIAL = "".join(n.char for n in NUMERALS if n.register is Register.FINANCIAL)
# Every other form read as the ordinary one (壹佰 = 一百, 兩 = 两, 廿 = 二十).
FOLD = str.maketrans({n.char: n.plain for n in NUMERALS if n.plain != n.char})


def _plain(*kinds: NumeralKind) -> str:
    """The ordinary forms of these kinds that figures are written with, once each."""
    return "".join(dict.fromkeys(n.plain for n in NUMERALS if n.kind in kinds and n.in_figures))


# Values of the ordinary forms, read after ``FOLD``.
DIGIT_VALUE: dict[str, Decimal] = {
    n.plain: n.value for n in NUMERALS if n.kind is NumeralKind.DIGIT
}
NONZERO_DIGITS = "".join(c for c in _plain(NumeralKind.DIGIT) if DIGIT_VALUE[c])  # 一二两…九
PLACE_VALUE: dict[str, Decimal] = {
    n.plain: n.value for n in NUMERALS if n.kind in (NumeralKind.PLACE, NumeralKind.MYRIAD)
}
PLAIN_PLACES = _plain(NumeralKind.PLACE)  # 十百千
PLAIN_MYRIADS = _plain(NumeralKind.MYRIAD)  # 万亿
# The myriads from the largest, as a numeral is split at them (三亿二千万 at 亿, then 万).
MYRIAD_ORDER: tuple[tuple[str, Decimal], ...] = tuple(
    sorted(
        {(n.plain, n.value) for n in NUMERALS if n.kind is NumeralKind.MYRIAD},
        key=lambda pv: pv[1],
        reverse=True,
    )
)


def place_value(word: str) -> Decimal:
    """The factor a word of places stands for (千 → 1000, 百万 → 10**6, 万亿 → 10**12)."""
    plain = word.translate(FOLD)
    if not plain or any(c not in PLACE_VALUE for c in plain):
        raise RuleError(word, "not a word of places")
    return prod((PLACE_VALUE[c] for c in plain), start=Decimal(1))
