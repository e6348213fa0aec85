"""Qualifier words, as data: which word says which qualifier, and where it stands.

``PRE`` words stand right before the number and become part of the mention (``近万名``,
``超x万个``); ``MID`` words stand between number and unit (``xx余篇``, ``6.4 万余人次``);
``POST`` words follow the unit (``XX人左右``, ``87%以上``). ``CLAUSE`` cues stand earlier
in the clause and qualify the figure without being part of it (``不低于九年总课时 9%``).
A ``PRE`` entry may carry the characters that, standing before it, make it part of
another word: 约 in 签约 or 节约 is no qualifier, nor is 近 in 最近 or 附近.
"""

from __future__ import annotations

from dataclasses import replace
from enum import StrEnum

import regex

from metrics import regex_cache
from metrics.lexicon.words import (
    BEAT_WORDS,
    COMPARISON,
    MARK_VERBS,
    Place,
    Word,
    WordClass,
    alternation,
)
from metrics.records import Qualifier
from metrics.rules.trie import word_trie


class QualifierRule(StrEnum):
    """Which words gave a figure its qualifier (the ``qualifier_rule`` column)."""

    RANGE = "range"  # two numbers joined: 5-8万元
    WORD_BEFORE = "word_before"  # PRE: 超过5万人, 约3亿元
    WORD_BETWEEN = "word_between"  # MID: 30余家, 6.4万余人次
    WORD_AFTER = "word_after"  # POST: 87%以上, 5000人左右
    DIFFERENCE = "difference"  # 低于全省平均水平5张: a difference, exact
    CLAUSE_CUE = "clause_cue"  # CLAUSE: 不低于九年总课时 9%
    COMPARED_TARGET = "compared_target"  # 增长8.1%，低于年初确定的9%目标: the target as set
    NO_WORD = "no_word"  # exact


QUALIFIER_RULE_WHY: dict[QualifierRule, str] = {
    QualifierRule.RANGE: "two numbers joined (5-8万元) are a range",
    QualifierRule.WORD_BEFORE: "a word right before the number (超过, 约, 不足) qualifies it",
    QualifierRule.WORD_BETWEEN: "余 or 多 between number and unit (30余家) makes it at least",
    QualifierRule.WORD_AFTER: "a word after the unit (以上, 以内, 左右) qualifies it",
    QualifierRule.DIFFERENCE: "after a level or target compared with (低于全省平均水平, "
    "超过目标) the figure is an exact difference",
    QualifierRule.CLAUSE_CUE: "a cue earlier in the figure's clause (不低于, 控制在) qualifies it",
    QualifierRule.COMPARED_TARGET: "低于 between a result and the target it recalls (增长8.1%，"
    "低于年初确定的9%目标) compares the two: the target is as set, bounded by no cue",
    QualifierRule.NO_WORD: "no qualifying word: exact",
}


def _placed(place: Place) -> tuple[Word, ...]:
    return tuple(w for w in COMPARISON if place in w.places)


# The comparison words of the lexicon by where they stand; a word's class is its qualifier.
PRE = _placed(Place.BEFORE)
MID = _placed(Place.BETWEEN)
POST = _placed(Place.AFTER)
# Cues earlier in the clause; the nearest one within CLAUSE_REACH characters counts. A
# verb by which a total crossed a mark (迈上300亿元台阶, 跨过6000亿元大关) says the figure
# right after it is at least the mark.
CLAUSE = _placed(Place.CLAUSE) + tuple(
    replace(w, word_class=WordClass.AT_LEAST, adjacent=True) for w in MARK_VERBS
)
CLAUSE_REACH = 16
# 低于全省平均水平5张, 高于国家标准3微克: the words after the cue name a level compared with,
# and the figure is the difference from it (a change, in context), not a bound; so do an
# average rate and a line set as a bound (高于全县平均增速, 低于警戒线: role_cues.BENCHMARK)
# a bound set from above: 省控目标, 市控指标, 控制目标
CONTROL_LINE = r"[省市县区国]控(?:制)?(?:目标|指标)|控制(?:目标|指标)"
COMPARED_LEVEL = (
    r"[高低]于[^,，;；。:：\d]{0,10}?"
    r"(?:平均水平|平均值|平均(?:增速|增幅|涨幅|降幅)?|水平|标准|均值|警戒线|预警线|控制线|红线"
    rf"|{CONTROL_LINE})"
)
# Words by which a result beat its target; after them and the target (超额完成任务0.5万亩,
# 超过目标5个) the figure is again a difference.
BEAT = alternation(BEAT_WORDS)
# whose target it is, or for when it was set: 全年, 年初, 年初确定的, 当年 (完成年初预算的,
# 超过年初目标), 省定, 市下达的 (超过省定目标2个百分点), and a task the state hands down
# (超过国家下达任务0.6万亩, 超额完成中央下达的目标任务1.2万吨)
WHOSE_TARGET = (
    r"全年|年度|年初(?:确定|制定)?的?|当年|[省市县区]定|(?:国家|中央|[省市县区]|上级)下达的?"
)
BEAT_TASK = rf"(?:{BEAT})(?:完成)?了?(?:{WHOSE_TARGET})?(?:目标任务|任务目标|任务[数量]?|目标)"
AFTER_DIFFERENCE_CUE = regex_cache.compile(f"(?:{COMPARED_LEVEL}|{BEAT_TASK})\\s*$")

QUALIFIER_OF: dict[str, Qualifier] = {
    w.surface: Qualifier(w.word_class) for w in (*PRE, *MID, *POST)
}


def _alt(words: tuple[Word, ...]) -> str:
    # a word's guard looks back over the word itself, so that it can stand at its end
    guards = {
        w.surface: f"(?<![{regex.escape(w.not_after)}]{regex.escape(w.surface)})"
        if w.not_after
        else ""
        for w in words
    }
    return word_trie(guards)


PRE_PATTERN = _alt(PRE)
MID_PATTERN = _alt(MID)
POST_PATTERN = _alt(POST)
CLAUSE_PATTERN = regex_cache.compile(_alt(CLAUSE))
CLAUSE_OF: dict[str, Qualifier] = {w.surface: Qualifier(w.word_class) for w in CLAUSE}
CLAUSE_ADJACENT = frozenset(w.surface for w in CLAUSE if w.adjacent)
