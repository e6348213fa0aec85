"""The subjects of 分别: ``事故起数、死亡人数分别下降20%和25%``.

Contract: ``respective_subjects`` lists the spans a 分别 deals to the figures after it;
``changes_only`` tells a clause that names no subject, only the change its figures are.
"""

from __future__ import annotations

from typing import Final

from metrics import regex_cache
from metrics.context.clauses import REACH
from metrics.context.metric_trim import trim_ends
from metrics.context.word_bounds import words
from metrics.context.words import NOUN_TAIL, OPEN_OR_CLOSE, VERB_WORD
from metrics.lexicon.changes import CHANGE_VERB
from metrics.rules.breaks import last_break
from metrics.rules.exclusions import CLAUSE_BREAK

# A metric named by one span, or by two joined (城镇 + 居民收入).
Subjects = tuple[tuple[tuple[int, int], ...], ...]
# Characters that end a noun, not a modifier: 党员、入党积极分子 are two subjects, while
# 城镇和农村居民收入 share one noun.
NOUN_END: Final = frozenset("员人者户数率额量金费款生师工")
# The last character of a group of people a figure is given per head of (城镇居民, 农牧民,
# 职工, 农民工): groups of other things (市场主体, 个体工商户) share no noun this way.
GROUP_END: Final = frozenset("民工")
# A clause of a change and its base alone, before figures joined (…，同比下降20%和25%; …，比
# 上年增长2.1%、4.6%): it names no subject, so the subjects the sentence's 分别 dealt before
# it are dealt again in order (事故起数、死亡人数分别为12起、9人，同比下降20%和25%).
CHANGES_ONLY: Final = regex_cache.compile(
    rf"\s*(?:同比|环比|[比较](?:上年|去年)(?:同期)?|与上年相比)?{CHANGE_VERB}了?\s*"
)
# What separates the subjects of 分别 (A、B分别…, A和B分别…).
LIST_JOIN: Final = regex_cache.compile(r"、|以及|和|与|及")


def respective_subjects(sentence: str, start: int, prev_end: int = 0) -> Subjects | None:
    """The subjects listed before 分别 in the clause of the figure at ``start`` when the
    figure is the first after 分别 (``事故起数、死亡人数分别下降20%和25%`` → 事故起数,
    死亡人数); else ``()``. Each is a span, or two when it shares the head noun of the last
    (``城镇和农村居民收入`` → 城镇 + 居民收入, 农村居民收入) or the measure of the first
    (``报销比例职工、居民`` → 报销比例职工, 报销比例 + 居民). None when the clause names
    no subject before its 分别 (…，分别增长5%和7%): the caller looks further back. The n-th
    of the figures joined after 分别 counts the n-th subject: the caller pairs them when
    the counts agree."""
    lo = last_break(CLAUSE_BREAK, sentence, max(prev_end, 0, start - REACH), start)
    word = sentence.rfind("分别", lo, start)
    if word < 0:
        return ()
    parts = []
    pos = lo
    for join in LIST_JOIN.finditer(sentence, lo, word):
        parts.append(_subject(sentence, pos, join.start()))
        pos = join.end()
    parts.append(_subject(sentence, pos, word))
    while pos < word and sentence[pos] in OPEN_OR_CLOSE:
        pos += 1
    if len(parts) == 1 and parts[0][1] <= parts[0][0]:
        return None
    if len(parts) < 2:
        return ()
    *heads, (_, last_e) = parts
    width = heads[0][1] - heads[0][0]
    # the heads modify the noun the last names (城镇, 2021), or end as its first word does
    modifiers = all(sentence[e - 1] not in NOUN_END for _, e in heads) and (
        width <= 3 or all(sentence[s:e].isdigit() for s, e in heads)
    )
    last_word_end = sentence[pos + width - 2 : pos + width]
    ending_alike = width >= 4 and all(sentence[e - 2 : e] == last_word_end for _, e in heads)
    if (
        all(e - s == width for s, e in heads)
        and (modifiers or ending_alike)
        and last_e - pos > width + 1
    ):
        # 城镇和农村居民人均可支配收入, 男、女职工, 2021、2022年度补贴, 机构养育孤儿和社会散居
        # 孤儿养育标准: the last names the noun for all, after a word as wide as the others
        # (short, or ending alike; read before it is trimmed)
        tail = (_modifier_end(sentence, pos, pos + width, last_e), last_e)
        return (*((h, tail) for h in heads), ((pos, last_e),))
    shared = _shared_tail(sentence, heads, (pos, last_e))
    if shared is not None:
        # 城镇居民和农牧民人均可支配收入: groups named as wide as they are, each ending as
        # the last's does before the noun they share
        return (*((h, shared) for h in heads), ((pos, last_e),))
    (first_s, first_e), *rest = parts
    width = rest[0][1] - rest[0][0]
    if 2 <= width <= 3 and all(e - s == width for s, e in rest) and first_e - first_s >= width + 4:
        # 报销比例职工、居民: the first names the measure for all
        head = (first_s, first_e - width)
        return (((first_s, first_e),), *((head, r) for r in rest))
    if any(e - s < 2 for s, e in parts):
        return ()
    return tuple((p,) for p in parts)


def _subject(sentence: str, s: int, e: int) -> tuple[int, int]:
    """One subject of 分别, trimmed; a verb of work done that the trim took from a rate or a
    noun it makes of the verb stays its name (deed_rate: 响应率、解决率分别达到100%和93.6%,
    解决率 not 率; 受理率、办结率), as in a figure's own words (``metric_span``)."""
    ts, te = trim_ends(sentence, s, e)
    if te - ts == 1 and sentence[ts] in NOUN_TAIL:
        back = next(
            (
                k
                for k in range(ts - 1, max(s, ts - 4) - 1, -1)
                if VERB_WORD.fullmatch(sentence, k, ts)
            ),
            ts,
        )
        return back, te
    return ts, te


def _modifier_end(sentence: str, pos: int, at: int, end: int) -> int:
    """Where the noun the last subject ``sentence[pos:end]`` names for all begins, read as
    wide as the other subjects (``at``): there, or where a word cut there ends if it is not
    the subject's first (shared_head_width: 蔬菜、小浆果设施产量 -> 小|浆果 ends at 3, the
    noun is 设施产量, not 果设施产量; 蔬菜、小杂粮种植面积). A first word the others replace
    the start of stays cut where they end (城镇和农村居民收入: 农村居民 one word, 居民收入;
    男、女职工)."""
    k, cut = 0, at - pos
    for word, _ in words(sentence[pos:end]):
        k += len(word)
        if k >= cut:  # the word that reaches the cut: past it, unless it is the first
            wider = k > cut and k > len(word) and k < end - pos
            return pos + k if wider else at
    return at


def _shared_tail(
    sentence: str, heads: list[tuple[int, int]], last: tuple[int, int]
) -> tuple[int, int] | None:
    """The noun the last subject names for all (人均可支配收入 of 农牧民人均可支配收入) when
    every head ends in the character its group of people ends in (``GROUP_END``: 城镇居民,
    城镇常住居民 and 农牧民 end in 民), whatever their widths, and the noun is 4 characters
    or more; None otherwise (市场主体和个体工商户: no group of people)."""
    ends = {sentence[e - 1] for _, e in heads}
    if len(ends) != 1 or not ends <= GROUP_END or any(e - s < 2 for s, e in heads):
        return None
    k = sentence.find(ends.pop(), last[0] + 1, last[1] - 4)
    return None if k < 0 else (k + 1, last[1])


def changes_only(sentence: str, start: int, prev_end: int) -> bool:
    """Whether the clause of the figure at ``start`` holds, before it, only a change and
    its base (同比下降, 比上年增长): no subject of its own (``CHANGES_ONLY``)."""
    lo = last_break(CLAUSE_BREAK, sentence, max(prev_end, 0, start - REACH), start)
    while lo < start and sentence[lo] in "，,；;":
        lo += 1
    return CHANGES_ONLY.fullmatch(sentence, lo, start) is not None
