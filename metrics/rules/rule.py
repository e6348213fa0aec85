"""The Rule record: a named pattern with the examples that prove it.

A rule's pattern is a verbose regular expression built from named pieces; its examples
must each be matched whole by the rule, and its counter-examples must give no mention.
The test suite runs both for every rule, and a rule without examples fails it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Rule:
    name: str  # unique and readable; written to the `rule` column
    pattern: str  # verbose regex; groups: pre, num, num2, mult, mid, unit, post, ...
    # each must be matched whole by this rule; where a rule needs context, the example
    # brackets the match: "平均浓度为[24.9]("
    examples: tuple[str, ...]
    counter: tuple[str, ...] = ()  # must give no mention at all
    priority: int = 0  # lower tries first; an explicit order, no learned ranker
