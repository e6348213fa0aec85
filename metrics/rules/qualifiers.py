"""Qualifier words, as data: which word says which qualifier, and where it stands.

``PRE`` words stand right before the number and become part of the mention (``近万名``,
``超x万个``); ``MID`` words stand between number and unit (``xx余篇``, ``6.4 万余人次``);
``POST`` words follow the unit (``XX人左右``, ``87%以上``). ``CLAUSE`` cues stand earlier
in the clause and qualify the figure without being part of it (``不低于九年总课时 9%``).
A ``PRE`` entry may carry the characters that, standing before it, make it part of
another word: 约 in 签约 or 节约 is no qualifier, nor is 近 in 最近 or 附近.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

import regex

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
    NO_WORD = "no_word"  # exact


QUALIFIER_RULE_WHY: dict[QualifierRule, str] = {
    QualifierRule.RANGE: "two numbers joined (5-8万元) are a range",
    QualifierRule.WORD_BEFORE: "a word right before the number (超过, 约, 不足) qualifies it",
    QualifierRule.WORD_BETWEEN: "余 or 多 between number and unit (30余家) makes it at least",
    QualifierRule.WORD_AFTER: "a word after the unit (以上, 以内, 左右) qualifies it",
    QualifierRule.DIFFERENCE: "after a level or target compared with (低于全省平均水平, "
    "超过目标) the figure is an exact difference",
    QualifierRule.CLAUSE_CUE: "a cue earlier in the figure's clause (不低于, 控制在) qualifies it",
    QualifierRule.NO_WORD: "no qualifying word: exact",
}


@dataclass(frozen=True, slots=True)
class QualifierWord:
    surface: str
    qualifier: Qualifier
    not_after: str = ""  # characters that, right before the word, make it another word


A, L, M = Qualifier.APPROX, Qualifier.AT_LEAST, Qualifier.AT_MOST

PRE: tuple[QualifierWord, ...] = (
    QualifierWord("大约", A),
    QualifierWord("将近", A),
    QualifierWord("接近", A),
    QualifierWord("约", A, not_after="签制节公预合条契邀相集简隐大"),
    QualifierWord("近", A, not_after="最附临靠将接逼就亲"),
    QualifierWord("超过", L),
    QualifierWord("不少于", L),
    QualifierWord("不低于", L),
    QualifierWord("超", L, not_after="赶高"),
    QualifierWord("逾", L),
    QualifierWord("至少", L),
    QualifierWord("高于", L, not_after="不"),
    QualifierWord("不超过", M),
    QualifierWord("不高于", M),
    QualifierWord("不足", M),
    QualifierWord("不到", M),
    QualifierWord("少于", M, not_after="不"),
    QualifierWord("低于", M, not_after="不"),
)
MID: tuple[QualifierWord, ...] = (QualifierWord("余", L), QualifierWord("多", L))
POST: tuple[QualifierWord, ...] = (
    QualifierWord("左右", A),
    QualifierWord("上下", A),
    QualifierWord("以上", L),
    QualifierWord("之上", L),
    QualifierWord("以下", M),
    QualifierWord("以内", M),
    QualifierWord("之内", M),
)
# Cues earlier in the clause; the nearest one within CLAUSE_REACH characters counts.
CLAUSE: tuple[QualifierWord, ...] = (
    QualifierWord("不少于", L),
    QualifierWord("不低于", L),
    QualifierWord("至少", L),
    QualifierWord("超过", L),
    QualifierWord("不超过", M),
    QualifierWord("不高于", M),
    QualifierWord("低于", M),
    QualifierWord("控制在", M),
)
CLAUSE_REACH = 16
# 低于全省平均水平5张, 高于国家标准3微克: the words after the cue name a level compared with,
# and the figure is the difference from it (a change, in context), not a bound.
COMPARED_LEVEL = r"[高低]于[^,，;；。:：\d]{0,10}?(?:平均水平|平均值|平均|水平|标准|均值)"
# Words by which a result beat its target; after them and the target (超额完成任务0.5万亩,
# 超过目标5个) the figure is again a difference.
BEAT = r"超出|超过|超额|高于|多于"
BEAT_TASK = rf"(?:{BEAT})(?:完成)?了?(?:全年|年度)?(?:目标任务|任务目标|任务[数量]?|目标)"
AFTER_DIFFERENCE_CUE = regex.compile(f"(?:{COMPARED_LEVEL}|{BEAT_TASK})\\s*$")

QUALIFIER_OF: dict[str, Qualifier] = {w.surface: w.qualifier for w in (*PRE, *MID, *POST)}


def _alt(words: tuple[QualifierWord, ...]) -> str:
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
CLAUSE_PATTERN = regex.compile(_alt(CLAUSE))
CLAUSE_OF: dict[str, Qualifier] = {w.surface: w.qualifier for w in CLAUSE}
