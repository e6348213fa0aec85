"""The targets table: what each government aims at for a year, beside what it achieved.

Contract: ``file_targets(documents, mentions)`` gives, for the government work reports
(政府工作报告) among one file's documents, one ``Target`` per report × year × indicator
stated as a target (``STATED_AS_TARGET``: in a target passage, a table's target column or
a section of the five years ahead; the first figure of that indicator in reading order; not a
target of a higher government the report quotes, 今年全省…增长6%左右: ``stated.SCOPE``), with the
previous year's result the same report states for it (``prior_*``), and the results each
report states for the year before it (``Outcome``), to be set against the targets of that
year. ``link_outcomes(targets, outcomes)`` then gives each target of year Y of a
government the outcome for Y stated by its report of year Y+1 and a ``status``.

A report is a document of kind ``government_report``; its government is the document's
place (``东湖县2026年政府工作报告`` → 东湖县; a masked place names none) and level, and
its year the document's plan year (the year its title or delivery names). A target's
year is that year unless its sentence names a later one before it (``到2030年``) or its
section speaks of the five years ahead (the plan's last year). A
figure's indicator is the lexicon's key (``metrics.lexicon.indicators``) for its metric
(or, when that names none, its ``metric_phrase``) and measure, else its ``metric_key``
with a growth named as one (``农业总产值增长``, ``in_lexicon`` false): results and
outcomes are kept under the same keys.

Status compares intervals (``metrics.status``, shared with plan_vs_outcome); missing
when no outcome is stated.

The package, one module to one contract: the records (``records``), a figure's indicator
(``indicators``), whether and for which year a figure is stated as a target
(``stated``), a result in a target's unit (``intervals``), a file's reports read for
their targets and outcomes (``reports``), and targets beside their outcomes
(``outcomes``).
"""

from metrics.targets.indicators import indicator_key, joint_parts, mention_indicator
from metrics.targets.outcomes import keep_first, link_outcomes
from metrics.targets.records import Figure, Outcome, OutcomeKeys, Target, figure_of
from metrics.targets.reports import file_targets, government_of
from metrics.targets.stated import STATED_AS_TARGET, stated_as

__all__ = [
    "STATED_AS_TARGET",
    "Figure",
    "Outcome",
    "OutcomeKeys",
    "Target",
    "figure_of",
    "file_targets",
    "government_of",
    "indicator_key",
    "joint_parts",
    "keep_first",
    "link_outcomes",
    "mention_indicator",
    "stated_as",
]
