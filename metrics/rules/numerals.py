"""Bare numerals: every number in a text, whatever it counts (the recogniser under the rules).

Contract: ``NUMERAL`` finds candidate spans of numbers written in Arabic digits (with
thousands separators, decimals, exponents, k/M suffixes), in Chinese numerals (ordinary,
financial 壹贰叁 and traditional 萬億兩 forms, 廿 and 卅, colloquial 一万三 and 百三, approximate
十余万 and 二十几万, decimals with 点), in mixes (5万4千6百, 4.78万亿), fractions (五分之一,
3又一千分之23, 1 3/5) and percentages (百分之五, 12个百分点, 9成, 75折). ``NOT_A_NUMBER``
lists words whose numeral characters are not numbers (一切, 四川, 陆地, 队伍, 拾取…).
Values are computed by ``bare_numbers.recognize_numbers``.
"""

from __future__ import annotations

import regex

from metrics import regex_cache
from metrics.lexicon.numerals import (
    ALL_DIGITS,
    APPROX,
    HALF,
    MYRIADS,
    PLACES,
    POINT_DIGITS,
    POINTS,
    SIGNS,
    TENS,
)

CN_ALL = ALL_DIGITS + PLACES + TENS + MYRIADS
ARABIC_NUM = r"(?:\d{1,3}(?:,\d{3}){1,8}(?!\d)|\d{1,24})(?:\.\d{1,12})?|\.\d{1,12}"
SIGN = rf"[{SIGNS}-]?"
# One integer-or-decimal numeral, Chinese, Arabic or mixed (5万4千6百, 七十八万五佰零六).
MIXED = rf"""
    (?:{ARABIC_NUM}|[{CN_ALL}{HALF}])
    (?:(?:{ARABIC_NUM}|[{CN_ALL}]|[{APPROX}](?=[{CN_ALL}]))){{0,24}}
    (?:[{POINTS}](?:[{POINT_DIGITS}]{{1,12}}|\d{{1,12}}))?
"""
EXPONENT = r"(?:\^[-+]*\d+|[eE][-+]?\d+)"
SUFFIX = r"(?:\s?[kKmM](?![A-Za-z]))"
NUMERAL = regex_cache.compile(
    rf"""
    (?P<pct>{SIGN}(?:[百佰千仟]|[万萬]|百万|千万|万万|百万万)分之{SIGN}(?P<pnum>{MIXED}){SUFFIX}?)
    | (?P<frac>{SIGN}(?:(?P<whole>{MIXED})又)?(?P<den>{MIXED})分之{SIGN}(?P<num>{MIXED}))
    | (?P<slash>{SIGN}(?:(?P<swhole>\d+)\s)?(?P<snum>\d+)/(?P<sden>\d+))
    | (?P<points>{SIGN}(?P<ppnum>{MIXED})(?P<ppsuffix>{SUFFIX})?[个個]百分[点點])
    | (?P<percent>{SIGN}(?P<pcnum>{ARABIC_NUM})%)
    | (?P<discount>(?P<dnum>{MIXED}|半|(?<=打)[对對])(?P<dkind>[成折])
                   (?P<dhalf>半|(?<=成)[{ALL_DIGITS}])?)
    | (?P<exp>{SIGN}(?P<base>{ARABIC_NUM}){EXPONENT})
    | (?P<dozen>(?P<dznum>{MIXED})打)
    | (?P<plain>{SIGN}(?P<plnum>{MIXED}){SUFFIX}?)
    """,
    regex.X,
)
# Words whose numeral characters are not numbers.
NOT_A_NUMBER = regex_cache.compile(
    r"[一壹]切|一看|四川|陆地|登陆|海陆|队伍|入伍|退伍|伍仁|收拾|拾取|夕拾|放肆|肆意|肆无|十足|九九(?=是)"
    r"|大陆"
)
# Numbers that belong to a currency the number model leaves to the currency model.
CURRENCY_AFTER = regex_cache.compile(r"美元|美刀")
