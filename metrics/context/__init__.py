"""What a figure means: its period, role and metric, from the words around it.

Contract: pure functions over the normalised sentence. ``find_periods`` lists a sentence's
periods (``截至10月底``, ``1-*月``, ``前三季度``) and ``find_period`` gives a figure its own;
``metric_span`` the shortest phrase, as written, that names what is counted, and the
fallbacks in ``elsewhere`` what a figure counts when its own words name nothing. Roles
are decided by the named rules of ``metrics.rules.roles``. Cue words are tables, not code.

Modules, by concern: ``periods`` (period expressions), ``clauses`` (where a sub-clause
begins, brackets), ``words`` (word classes of metric phrases), ``metric_trim`` (trimming
a phrase), ``nouns`` (the noun after a figure), ``metric_span`` (the phrase before or
after a figure), ``elsewhere`` (what names a figure when its own words do not),
``subjects`` (the subjects of 分别), ``keys`` (the grouping key of a metric).
"""

from metrics.context.clauses import in_brackets
from metrics.context.elsewhere import (
    adds_nothing,
    label_before_colon,
    phrase_after,
    refers_back,
    run_in_heading,
    subject_elsewhere,
    verb_before,
)
from metrics.context.keys import metric_key
from metrics.context.metric_span import metric_span
from metrics.context.periods import PERIOD, find_period, find_periods
from metrics.context.subjects import Subjects, respective_subjects
from metrics.context.words import DEED_AFTER, VERB_WORD

__all__ = [
    "DEED_AFTER",
    "PERIOD",
    "VERB_WORD",
    "Subjects",
    "adds_nothing",
    "find_period",
    "find_periods",
    "in_brackets",
    "label_before_colon",
    "metric_key",
    "metric_span",
    "phrase_after",
    "refers_back",
    "respective_subjects",
    "run_in_heading",
    "subject_elsewhere",
    "verb_before",
]
