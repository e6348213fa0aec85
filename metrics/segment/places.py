"""Places: which government a department report speaks for, read from its title.

Contract: `place_of(title)` is pure. It returns the chain of place names that opens a
title (XX区教育局 → XX区, 浙江省杭州市西湖区卫生健康局 → 浙江省杭州市西湖区,
XX街道办事处 → XX街道) or None when the title names no place (市教育局, 全区工作总结).
A masked place (XX街道, *区) is kept as written; `same_place` never lets two masked
places match, because two reports with hidden names may be any two places.
"""

from __future__ import annotations

from typing import Final

from metrics import regex_cache
from metrics.gates import Guard
from metrics.opening import HAN_BLOCK

# Level words a place name ends with, longest first so 自治州 wins over 州.
_LEVELS = (
    "特别行政区",
    "自治区",
    "自治州",
    "自治县",
    "新区",  # (a new area is a district: XX新区, 滨海新区)
    "街道",
    "省",
    "市",
    "区",
    "县",
    "旗",
    "盟",
    "镇",
    "乡",
)
_MASK_CHARS = "XxＸｘ×*＊某"
_MASK = rf"[{_MASK_CHARS}]"
# One place: a name (Han or mask characters: of Han, at most ``_NAME_LONGEST``), then its
# level word.
_NAME_LONGEST = 7
_ONE = rf"(?:{_MASK}+|\p{{Han}}{{1,{_NAME_LONGEST}}}?)(?:{'|'.join(_LEVELS)})"
# (each place captured: the chain's pieces are read from its match, not found again)
_CHAIN = regex_cache.compile(rf"^(?:(?P<piece>{_ONE}))+")
_CHAIN_AT = Guard(_CHAIN)  # (asked only of a title whose first character opens a name)
_LEVEL_OPENS = frozenset(level[0] for level in _LEVELS)  # (one stands past a match's first)
_ONE_RE = regex_cache.compile(_ONE)
# Words that end in a level character yet name no place: a title opening with them
# (全区, 本市) speaks of "this" place, and 城市/社区 open department names (城市管理局).
_NOT_PLACES = frozenset(
    {
        "全区",
        "全市",
        "全县",
        "全省",
        "全镇",
        "全乡",
        "本区",
        "本市",
        "本县",
        "本镇",
        "城市",
        "社区",
        "园区",
        "景区",
        "城区",
        "辖区",
        "地区",
        "市区",
        "郊区",
        "山区",
        "城乡",
        "村镇",
    }
)
_MASKED = regex_cache.compile(rf"^{_MASK}+")
# A conjunction inside a name joins two things, not the syllables of a place
# (住房和城乡建设局 is no place called 住房和城乡; 和平区 keeps its opening 和): one past a
# piece's first character. (A piece is a name and its level word, no line break: a test
# of its characters, where the pattern ``^.+[和与及]`` was asked of each.)
_JOINS: Final = frozenset("和与及")


# Party and League bodies name their place after a prefix (中共青川县委组织部, 共青团青川市
# 委员会) or wrap a bare level (团县委: the county's League committee, no place named); 团风县
# is a place, so 团 alone is a prefix only before a level and 委.
PARTY_PREFIX = regex_cache.compile(r"^(?:中国共产党|中共|共青团)|^团(?=[省市县区]委)")
# A title that opens with 关于 (a report to the congress: 关于石门县2025年预算执行情况与2026年
# 预算草案的报告, 关于宁川市2023年国民经济和社会发展计划执行情况…的报告) names its place after
# it (关岭布依族苗族自治县 keeps its 关: only 关于 before a name, or a masked one, is dropped).
ABOUT_PREFIX = regex_cache.compile(r"^关于(?=[\p{Han}XxＸｘ×*＊某])")
PARTY_AT = Guard(PARTY_PREFIX)  # (a title whose first character opens no prefix: not asked)


def _pieces(chain: str) -> list[str]:
    return [m.group() for m in _ONE_RE.finditer(chain)]


def place_pieces(chain: str) -> list[str]:
    """The places of a chain ``place_of`` gave, outermost first (南岭市青石县 → 南岭市, 青石县)."""
    return _pieces(chain)


def place_of(title: str) -> str | None:
    """The place chain opening `title`, or None when it opens with no place name."""
    pieces = place_chain(title)
    return "".join(pieces) if pieces else None


def place_chain(title: str) -> list[str]:
    """The places of the chain ``place_of(title)`` gives (``place_pieces`` of it), or []
    where it gives None: read from the chain's match.

    Why they are the pieces ``_pieces`` finds again in the chain: a repeat of ``_ONE``
    with nothing after it takes, at each step, the first match of ``_ONE`` there and stops
    where none is found; so the match's captures follow one another from the title's
    start, each the first match of ``_ONE`` at its place. In a string that holds them (the
    chain, or the pieces kept of it) the same match is the first at each place (a match
    cut short fails in the shorter string as in the longer: ``_ONE`` reads nothing past
    its match), and none is found past the last."""
    text = title.strip()
    prefix = PARTY_AT.search(text)  # (``PARTY_PREFIX.sub`` once: the prefix opens the text)
    text = text[prefix.end() :] if prefix else text
    if text.startswith("关于"):  # (most titles do not: no call for them)
        text = ABOUT_PREFIX.sub("", text, count=1)
    if _bare_level(text):
        return []
    # (a match opens with a name's first character and holds a level word after it: a
    # title whose first character opens no name, or with no level word's first character
    # past it, 2024年工作计划, 教育局, is not asked; one that opens with a character of the
    # Han block is asked past the guard, whose one test, of the first character, every
    # Han character passes: it would ask the pattern of each character it had not seen)
    # (past a first character that is no mask, the first level word opens within the
    # longest name: a title with none there, 发动员工自行拆除违规雨棚, is not asked)
    reach = len(text) if text[:1] in _MASK_CHARS else _NAME_LONGEST + 1
    if _LEVEL_OPENS.isdisjoint(text[1:reach]):
        return []
    han = HAN_BLOCK[0] <= text[0] <= HAN_BLOCK[1]
    match = _CHAIN.match(text) if han else _CHAIN_AT.match(text)
    if match is None:
        return []
    kept: list[str] = []
    for piece in match.captures("piece"):
        if piece in _NOT_PLACES or not _JOINS.isdisjoint(piece[1:]) or _town_and_country(piece):
            break
        kept.append(piece)
    return kept


# 城乡 (town and country) after two characters or more is the word, not a township's name
# and its 乡: a verb or a scope took it in (输转城乡富余劳动力4万人次, 培训城乡劳动力3000人次,
# 统筹城乡发展, 全县城乡居民). (Counter: a township named with one character before it, 古城乡,
# 新城乡, 东城乡, is a place; so is 城关乡, which holds no 城乡.)
TOWN_AND_COUNTRY: Final = "城乡"


def _town_and_country(piece: str) -> bool:
    """Whether ``piece`` ends in the word 城乡 rather than a township (``TOWN_AND_COUNTRY``)."""
    return piece.endswith(TOWN_AND_COUNTRY) and len(piece) >= len(TOWN_AND_COUNTRY) + 2


def _bare_level(text: str) -> bool:
    """A title opening with a level word alone (区城市管理局, 县乡村振兴局) names no place.

    A place whose name starts with a level character (镇江市, 市中区) still reads as a
    place once that character is dropped (江市, 中区); a bare level does not.
    """
    return text[:1] in _LEVELS and place_of(text[1:]) is None


def is_masked_place(place: str | None) -> bool:
    """True when any piece of the place hides its name behind mask characters."""
    return place is not None and any(_MASKED.match(p) for p in _pieces(place))


def same_place(a: str | None, b: str | None) -> bool:
    """Two places are one government only when both are known, unmasked and equal."""
    if a is None or b is None or is_masked_place(a) or is_masked_place(b):
        return False
    return a == b
