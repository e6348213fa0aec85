"""The value of a Chinese numeral written in its canonical form, read without cn2an.

Contract: ``canonical_value(folded)`` takes a numeral already folded to its ordinary
characters (``FOLD``: 壹佰 → 一百, 〇 → 零, 兩 → 两) and gives its value when the numeral
is exactly how a number below 10**12 is canonically written (三, 十二, 二十五, 一百零八,
三千五百, 两千, 十万零五, 一亿零五百万), else None. None means "not in this grammar",
never "not a number": the caller then asks cn2an, which stays the authority for every
other form (一千五 → 1500, 五百五 → 550, 一万三 → 13000, 三万亿).

Why: importing cn2an costs about 0.11 s of CPU (its package builds three converters and
their patterns), paid on a report's first Chinese numeral by 7 of the 10 sample files,
and the numerals of reports are mostly these small canonical forms. The grammar is exact
by construction: a numeral is read positionally, then accepted only when writing that
value back canonically gives the same characters. ``tests/test_canonical_numerals.py``
holds that cn2an gives the same value for every number below 100,000 as cn2an's own
``an2cn`` writes it (ordinary and financial forms, 两 and 〇 variants) and for a sample
above, and that on random strings of numeral characters this reader either refuses or
agrees with cn2an.

The canonical forms read: digits with their places 十百千, groups of four closed by 万
and 亿, one 零 for each run of zero digits between two written digits of a group, and
one before a group that follows another and has no thousands or follows an empty 万
group (一万零五百, 一亿零五, 一亿零四千); a leading 十 with no digit (十五, 十万) or with
一 (一十五, the financial 壹拾伍); 两 for two before 百 or 千, first before 万 or 亿, or
alone (两千, 三千两百, 两万, 两).
"""

from __future__ import annotations

DIGIT = "零一二三四五六七八九"
SMALL_PLACE = {"十": 10, "百": 100, "千": 1000}
PLACE_NAME = ("", "十", "百", "千")  # a digit's place inside its group of four
LIMIT = 10**12  # 万亿 and above are left to cn2an


def canonical_value(folded: str) -> int | None:
    """The value of ``folded`` if it is a canonical numeral below 10**12, else None."""
    plain = _plain(folded)
    if plain is None:
        return None
    value = _read(plain)
    if value is None or value >= LIMIT or canonical(value) != plain:
        return None
    return value


def canonical(value: int) -> str:
    """How ``value`` (0 <= value < 10**12) is written: 一十万零五, 一千零五万, 一亿零五.
    Groups of four digits closed by 亿 and 万; a group after another is led by 零 when
    it has no thousands or an empty group lies between (一亿零四千: cn2an refuses
    ``an2cn``'s 一亿四千); inside a group, one 零 for each run of zeros between digits.
    A leading 十 is written 一十 here (``_plain`` reads 十五 as 一十五)."""
    if value == 0:
        return "零"
    out: list[str] = []
    skipped = False  # an empty 万 group after the 亿 one
    for power, myriad in ((8, "亿"), (4, "万"), (0, "")):
        group = value // 10**power % 10**4
        if group:
            if out and (group < 1000 or skipped):
                out.append("零")
            out += (_group(group), myriad)
        skipped = bool(out) and not group
    return "".join(out)


def _group(group: int) -> str:
    """A group of four places below 10,000: 三千五百, 一百零八, 一千零一十."""
    out: list[str] = []
    zero = False
    for place in range(3, -1, -1):
        digit = group // 10**place % 10
        if digit:
            if zero:
                out.append("零")
            out += (DIGIT[digit], PLACE_NAME[place])
            zero = False
        elif out:
            zero = True
    return "".join(out)


def _plain(folded: str) -> str | None:
    """``folded`` with its canonical variants undone: 两 → 二 before 百 or 千, or first
    before 万 or 亿, or alone (两千, 三千两百, 两万, 两); a leading 十 → 一十. None for an
    empty string or 两 anywhere else (十两, 两十, 二十两万: cn2an refuses some of those)."""
    if not folded:
        return None
    if folded == "两":
        return "二"
    if "两" in folded:
        chars = list(folded)
        for i, ch in enumerate(chars):
            if ch == "两":
                after = folded[i + 1 : i + 2]
                if not (after in ("百", "千") or (i == 0 and after in ("万", "亿"))):
                    return None
                chars[i] = "二"
        folded = "".join(chars)
    return "一" + folded if folded[0] == "十" else folded


def _read(plain: str) -> int | None:
    """The positional value of digits, places and myriads (零 adds nothing). Loose on
    purpose: ``canonical_value`` keeps the value only if writing it back gives ``plain``."""
    high = mid = group = 0  # the 亿 part, the 万 part, the open group
    digit: int | None = None
    for ch in plain:
        if ch == "零":
            continue
        if ch in DIGIT:
            if digit is not None:
                return None
            digit = DIGIT.index(ch)
        elif ch in SMALL_PLACE:
            if digit is None:
                return None
            group, digit = group + digit * SMALL_PLACE[ch], None
        elif ch == "万":
            if mid:
                return None
            mid, group, digit = (group + (digit or 0)) * 10**4, 0, None
        elif ch == "亿":
            if high:
                return None
            high, mid, group, digit = (mid + group + (digit or 0)) * 10**8, 0, 0, None
        else:
            return None
    return high + mid + group + (digit or 0)
