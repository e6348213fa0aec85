"""Words of a short span, from a word segmenter: where a cut of a metric's name may fall.

Contract: ``words(text)`` are the words of ``text`` with their part-of-speech flags, as
jieba's dictionary segments it (the ``rjieba`` binding, dictionary words only: no word is
guessed); ``bounds(text)`` the offsets between them (0 and ``len(text)`` among them),
``places(text)`` the offsets where a place name begins. All are pure functions of
``text``, cached, and load the dictionary on their first call only (a run
that names no metric never pays for it).

Why: the lists of ``context.words`` cut a name at a word they know (获, 共, 达, 新建), and a
listed word is also the first character of words they do not know (获嘉县, 获救, 公共,
达州市): a cut there splits a word (嘉县地区生产总值, 救遇险群众). A segmenter knows far
more words than any list we keep, so a cut is taken only where it falls between words.
A place name the dictionary splits before its level (新建|区, 获鹿|镇) is joined again: a
place word followed by the one character of its level is one name.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

# The level of a place, written after its name (新建区, 获鹿镇, 开化县).
PLACE_LEVEL = frozenset("省市县区镇乡村州旗盟")

_tag: Callable[[str, bool], list[tuple[str, str]]] | None = None


def _tagger() -> Callable[[str, bool], list[tuple[str, str]]]:
    global _tag
    if _tag is None:
        import rjieba  # (its dictionary loads here: on the first name, not at start-up)

        _tag = rjieba.tag
    return _tag


@lru_cache(maxsize=8192)
def words(text: str) -> tuple[tuple[str, str], ...]:
    """The words of ``text`` and their flags, a place name joined to its level."""
    out: list[tuple[str, str]] = []
    for word, flag in _tagger()(text, False):
        if out and out[-1][1] == "ns" and len(word) == 1 and word in PLACE_LEVEL:
            out[-1] = (out[-1][0] + word, "ns")
        else:
            out.append((word, flag))
    return tuple(out)


@lru_cache(maxsize=8192)
def bounds(text: str) -> frozenset[int]:
    """The offsets in ``text`` between its words (0 and ``len(text)`` included)."""
    at, cuts = 0, {0}
    for word, _ in words(text):
        at += len(word)
        cuts.add(at)
    return frozenset(cuts)


@lru_cache(maxsize=8192)
def places(text: str) -> frozenset[int]:
    """The offsets in ``text`` where a place name (flag ``ns``: 获嘉县, 新建区) begins."""
    at, starts = 0, set()
    for word, flag in words(text):
        if flag == "ns":
            starts.add(at)
        at += len(word)
    return frozenset(starts)


# An open class of verbs of work done, read from the dictionary instead of a list: a verb
# (flag ``v``) after the body that did the work, maybe after a scope word, before its
# object (纪委监委全年处置问题线索 -> 问题线索, 县电影公司全年放映公益电影 -> 公益电影,
# 区检察院全年提起公益诉讼 -> 公益诉讼). A verb with no body before it stays: the dictionary
# flags as verbs many words that sort a noun (出院患者, 信访积案, 创业担保贷款).
# What the object may be made of: nouns, names, nouns of verbs, attributes.
OBJECT_FLAGS = frozenset(
    {"n", "nt", "ns", "nz", "j", "nr", "vn", "b", "a", "an", "l", "i", "m", "q"}
)
# The verb stays: 发展党员 and 认定 (newly recognised firms) are indicators of their own
# (``lexicon.verbs``); a measure's name keeps the verb that says what it measures
# (城镇登记失业率, 经常参加体育锻炼人数比例, 社会消费品零售总额).
KEPT_VERBS = frozenset({"发展", "认定", "新增"})
# the last character of a body that does work (中心, 公司, 检察院, 看守所, 政协)
# (not 部 or 会 alone: 老干部, 社会 are people and society; 城市 is no place of its own; a
# word of two characters is a body only with 委, 纪委 and 监委: 公办, 住院, 带队 are none)
BODY_CHARS = tuple("委院处站局办所队馆社协联团")
BODY_WORDS = ("中心", "公司", "集团", "银行", "总会", "协会", "常委会")
# the last characters of bodies, places and organisations: a span with none of them is
# not segmented (most are not)
BODY_LAST = frozenset("委院处站局办所队馆社协联团心司行会") | PLACE_LEVEL
MEASURE_END = ("率", "比例", "比重", "指数", "人数", "人次", "量", "额", "总值", "值", "数")


def head_deed(sentence: str, s: int, e: int) -> int:
    """Where the name ``sentence[s:e]`` begins past who did the work and a verb of work done
    (see ``OBJECT_FLAGS``), or ``s``: a body (``_is_body``), maybe scope words (全年, 今年,
    flags ``m``, ``t``, ``d``), then a verb (flag ``v``; a noun of a verb, ``vn``, only after
    a scope word: 中心全年检测食品样品, while 中心建设资金 is the centre's fund), then its
    object, nouns of at least two characters that name no measure."""
    span = sentence[s:e]
    if len(span) < 4 or BODY_LAST.isdisjoint(span):
        return s
    ws = words(span)
    at, actor, scoped = 0, False, False
    for i, (word, flag) in enumerate(ws):
        deed = flag == "v" or (flag == "vn" and scoped)
        if actor and deed and len(word) >= 2 and word not in KEPT_VERBS:
            rest = ws[i + 1 :]
            size = len(span) - at - len(word)
            if (
                size >= 2
                and rest
                and all(f in OBJECT_FLAGS for _, f in rest)
                and rest[-1][1] not in ("m", "q")
                and not span.endswith(MEASURE_END)
            ):
                return s + at + len(word)
            return s
        if flag in ("v", "p", "x", "eng") or (
            actor and not scoped and flag not in SCOPE_FLAGS and not _is_body(word, flag)
        ):
            return s
        if actor and flag in SCOPE_FLAGS:
            scoped = True
        elif scoped:
            return s  # a noun after the scope word: no deed at the head
        actor = actor or _is_body(word, flag)
        at += len(word)
    return s


SCOPE_FLAGS = frozenset({"m", "t", "d"})


def _is_body(word: str, flag: str) -> bool:
    """Whether ``word`` names a body that does work: an organisation (flag ``nt``), a place
    of three characters or more (建德市; 城市 is none), or a noun that ends as a body does
    (检察院, 看守所, 疾控中心, 燃气公司; of two characters only with 委: 纪委, 监委, while
    公办, 住院, 带队 are none)."""
    if flag == "nt" or (flag == "ns" and len(word) >= 3):
        return True
    return flag in ("n", "nz") and (
        word.endswith(BODY_WORDS)
        or (len(word) >= 3 and word.endswith(BODY_CHARS))
        or (len(word) == 2 and word[1] == "委")
    )
