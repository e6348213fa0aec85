"""Rules as data, compiled once (on first use) into one alternation.

Contract: ``find_candidates(text, start, end)`` yields every figure the rules find in
``text[start:end]`` (normalised text), left to right, without overlaps, after the context
vetoes of ``exclusions`` and the quote check. A candidate carries the name of the rule
that found it and the named groups that ``resolve`` turns into values.

The scan itself is ``metrics.rules.scan`` (a module the compiled build can compile, which a
package's ``__init__`` is not); the package names what it and the rules' data offer.
"""

from __future__ import annotations

from metrics.rules.exclusions import EXCLUSIONS, Candidate, Exclusion
from metrics.rules.figures import RULES
from metrics.rules.rule import Rule
from metrics.rules.scan import (
    FIRST,
    NUMBER_RUN,
    VETOES,
    check_rules,
    compiled,
    find_candidates,
    quoted_spans,
    rule_groups,
)

__all__ = [
    "EXCLUSIONS",
    "FIRST",
    "NUMBER_RUN",
    "RULES",
    "VETOES",
    "Candidate",
    "Exclusion",
    "Rule",
    "check_rules",
    "compiled",
    "find_candidates",
    "quoted_spans",
    "rule_groups",
]
