"""The state a section's figures are read with: the section, one sentence read once,
and what the figures and sentences before leave to the next.

Contract: ``SentenceView`` is built once per sentence and never changes; ``FigureCarry``
and ``SentenceCarry`` are the only state that moves from one figure to the next.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from metrics.context.subjects import Subjects
from metrics.normalize import Normalized
from metrics.records import Document, Measure, Role, SectionKind
from metrics.resolve import Resolved
from metrics.rules import Candidate
from metrics.rules.roles import RoleRuleName

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class SectionScope:
    """One section of a document: the normalised file, the section's span in it, the
    starts of its headings' paragraphs (``breaks``) and what its figures belong to."""

    norm: Normalized
    doc: Document
    kind: SectionKind
    year: int | None
    start: int
    end: int
    breaks: list[int]


@dataclass(frozen=True, slots=True)
class SentenceView:
    """One sentence, read once: its span in the normalised text, its figures (the
    section's candidates ``cands[first:stop]``; the next one after each is where its noun
    may end), its periods and the period carried into it."""

    start: int
    text: str
    original: str
    o_start: int
    cands: tuple[Candidate, ...]
    first: int
    stop: int
    periods: tuple[tuple[int, str], ...]
    carried_period: str | None
    carried_in: tuple[str | None, str]  # (metric, unit) of the sentence before, run on
    respectively: bool  # holds 分别 (looked for once: it may hold thousands of figures)
    # holds a tab or a bar (segment.grid.may_hold_cells): its figures may be a table's cells
    tabbed: bool

    # Written out for the compiled build, as ``records.Mention``'s is (a field set in C, not a
    # call of ``object.__setattr__`` a field); ``tests/test_records.py`` holds it to the fields.
    def __init__(
        self,
        start: int,
        text: str,
        original: str,
        o_start: int,
        cands: tuple[Candidate, ...],
        first: int,
        stop: int,
        periods: tuple[tuple[int, str], ...],
        carried_period: str | None,
        carried_in: tuple[str | None, str],
        respectively: bool,
        tabbed: bool,
    ) -> None:
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "original", original)
        object.__setattr__(self, "o_start", o_start)
        object.__setattr__(self, "cands", cands)
        object.__setattr__(self, "first", first)
        object.__setattr__(self, "stop", stop)
        object.__setattr__(self, "periods", periods)
        object.__setattr__(self, "carried_period", carried_period)
        object.__setattr__(self, "carried_in", carried_in)
        object.__setattr__(self, "respectively", respectively)
        object.__setattr__(self, "tabbed", tabbed)

    def next_start(self, k: int) -> int:
        """Where the candidate after ``cands[k]`` begins, in sentence offsets."""
        nxt = k + 1
        return self.cands[nxt].start - self.start if nxt < len(self.cands) else len(self.text)


@dataclass(slots=True)
class FigureCarry:
    """What the figures so far in a sentence leave to the next one: where the last ended,
    where the noun it counts ends when that noun is its own, its metric and unit, the
    metric of the last figure outside brackets, its role; the subjects of 分别 still to
    be dealt, the last list of them, what each figure counts, as spans (None: carried
    from another figure), where the last figure dealt a subject ended, and the metric of
    the last figure outside brackets in each unit (its base unit, else the unit as
    written)."""

    prev_end: int = 0
    named_end: int = 0
    metric: str | None = None
    phrase: str | None = None  # the phrase the last figure's metric was cut from
    unit: str = ""
    outer_metric: str | None = None
    role: tuple[Role, int | None] = (Role.ACTUAL, None)
    respective: list[tuple[Span, ...]] = field(default_factory=list)
    subjects: Subjects = ()
    counted: list[tuple[Span, ...] | None] = field(default_factory=list)
    dealt_end: int = -1
    by_unit: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class SentenceCarry:
    """The last metric and unit of the sentence before, while sentences run on in one
    paragraph: a sentence that names nothing before its first figure speaks of it
    (…目标任务xxxx万元。已完成xxxx万元). A sentence on something else, in another unit,
    does not (…仅有2人。已完成3600万元)."""

    end: int = -1
    metric: str | None = None
    unit: str = ""

    def carried_in(self, text: str, start: int) -> tuple[str | None, str]:
        run_on = self.end >= 0 and "\n" not in text[self.end : start]
        return (self.metric, self.unit) if run_on else (None, "")


@dataclass(frozen=True, slots=True)
class Meaning:
    """What the rules decide for one figure before its metric is named."""

    resolved: Resolved
    role: Role
    direction: int | None
    role_rule: RoleRuleName
    measure: Measure
    passage: bool
    joined: bool

    # Written out for the compiled build, as ``records.Mention``'s is (a field set in C, not a
    # call of ``object.__setattr__`` a field); ``tests/test_records.py`` holds it to the fields.
    def __init__(
        self,
        resolved: Resolved,
        role: Role,
        direction: int | None,
        role_rule: RoleRuleName,
        measure: Measure,
        passage: bool,
        joined: bool,
    ) -> None:
        object.__setattr__(self, "resolved", resolved)
        object.__setattr__(self, "role", role)
        object.__setattr__(self, "direction", direction)
        object.__setattr__(self, "role_rule", role_rule)
        object.__setattr__(self, "measure", measure)
        object.__setattr__(self, "passage", passage)
        object.__setattr__(self, "joined", joined)
