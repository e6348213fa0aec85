"""One file through every stage: documents, sections, sentences, mentions.

Contract: ``process_text(text, source_file)`` takes a decoded file and returns its
documents, sections and mentions, every span in original offsets, deterministically (the
same text and name give the same rows and ids). ``process_file(path)`` reads first and
turns a bad file into an ``InputError``; it never raises for content.

A file larger than ``LARGE_FILE`` bytes is never held whole: ``tasks(path)`` decodes it
block by block and cuts it into pieces of about ``PIECE_CHARS`` characters, at a report's
title line where one stands near the cut, else at a line end, else after a sentence.
``run_task`` processes a piece (in any process) after its ``Lead`` (the head of the
document open at its cut and the text right before it) and before what the head of its
last document still needs, taking figures from the piece only, and ``Assembler`` puts
the pieces' results back in file order: a document or section a cut runs through is one
row, continued by the next piece, offsets shifted to the file's, documents
numbered on, the table of contents checked against every piece.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from metrics.context.mentions import section_mentions
from metrics.context.period_kinds import period_kind
from metrics.context.state import SectionScope
from metrics.errors import InputError
from metrics.gc_pacing import fewer_collections
from metrics.io import SourceText, TextStream, display_name
from metrics.normalize import Normalized, normalize
from metrics.pairs import find_pairs, frame_named
from metrics.pairs.comparable import aim_year, writing_year
from metrics.pairs.figure_places import with_figure_places
from metrics.readers import PLAIN_FORMAT, is_plain, read_source
from metrics.records import (
    Document,
    Failure,
    FailureStage,
    Mention,
    Pair,
    Role,
    Section,
    SectionKind,
    doc_id,
    mention_id,
)
from metrics.segment.documents import split_documents
from metrics.segment.govreport_sections import defines_terms, in_definition
from metrics.segment.pieces import Lead, pieces, with_leads
from metrics.segment.sections import (
    find_bare_headings,
    find_headings,
    find_honours,
    find_period_paragraphs,
    find_pledges,
    find_sections,
)
from metrics.segment.titles import plan_of_several_years, plan_span
from metrics.segment.toc import PendingEntries, TocEntry


@dataclass(slots=True)
class FileResult:
    source_file: str
    documents: list[Document] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    pairs: list[Pair] = field(default_factory=list)
    characters: int = 0
    damage: str | None = None  # bytes that could not be decoded, and where
    toc: list[TocEntry] = field(default_factory=list)  # the table of contents, if any
    missing: list[TocEntry] = field(default_factory=list)  # its entries with no body
    # how many entries the contents list, where ``toc`` does not keep them (a large file's
    # last piece: the warning needs the number alone, and the pieces of a file of many
    # compilations list more entries than a piece's result should carry)
    listed: int | None = None
    extracted: str | None = None  # the text read from a file that is not plain text
    # documents that mentions here belong to but that another piece's result lists (a
    # document a cut runs through is listed once, with the piece it ends in)
    carried: list[Document] = field(default_factory=list)

    @property
    def warnings(self) -> list[str]:
        if not self.missing:
            return []
        listed = len(self.toc) if self.listed is None else self.listed
        return [_missing_warning(self.source_file, listed, self.missing)]


def process_file(path: Path, name: str | None = None) -> FileResult:
    source = read_source(path)
    result = process_text(source.text, name or source.name)
    if source.damage:
        result.damage = f"{path}: {source.damage}"
    if source.input_format != PLAIN_FORMAT:
        _extracted(result, source)
    return result


def _extracted(result: FileResult, source: SourceText) -> None:
    """Mark a result read from another format: its documents' format, its mentions'
    pages (a PDF's), and the extracted text that every span points into."""
    result.extracted = source.text
    result.documents = [replace(d, input_format=source.input_format) for d in result.documents]
    if source.pages:
        result.mentions = [
            replace(m, page=bisect_right(source.pages, m.char_start)) for m in result.mentions
        ]


def process_text(
    text: str, source_file: str, continued: bool = False, window: tuple[int, int] | None = None
) -> FileResult:
    """``window``: the figures of these characters only (a piece between its lead and
    what follows it, which give its documents and sections their facts). The cycle
    collector runs less often meanwhile (``gc_pacing``: what it finds is kept)."""
    with fewer_collections():
        return _process_text(text, source_file, continued, window)


def _process_text(
    text: str, source_file: str, continued: bool, window: tuple[int, int] | None
) -> FileResult:
    norm = normalize(text)
    split = split_documents(norm, source_file, continued)
    begin, stop = window or (0, len(text))
    result = FileResult(source_file, characters=stop - begin)
    begin, stop = _normalised(norm, begin), _normalised(norm, stop)
    result.documents = split.documents
    result.toc, result.missing = split.toc, split.missing
    for doc, (d_start, d_end) in zip(split.documents, split.doc_spans, strict=True):
        headings = find_headings(norm.text, d_start, d_end, norm.spaced, norm.offsets.gaps)
        bare = find_bare_headings(norm.text, d_start, d_end, doc)  # a report's, unnumbered
        headings = sorted(headings + bare, key=lambda h: h.start) if bare else headings
        pledges = find_pledges(norm.text, d_start, d_end, doc, norm.spaced)
        honours = find_honours(norm.text, d_start, d_end, headings)
        turns = find_period_paragraphs(norm.text, d_start, d_end, doc, headings)
        sections = find_sections(
            norm.text,
            d_start,
            d_end,
            doc,
            sorted(headings + pledges + honours + turns, key=lambda h: h.start),
        )
        breaks = [h.start for h in headings]
        breaks += [h.end for h in headings if h.inline]  # its paragraph follows
        doc_mentions: list[Mention] = []
        for index, sec in enumerate(sections):
            o_start, o_end = norm.span(sec.start, sec.end)
            first, last = sec.period or (None, None)
            result.sections.append(
                Section(doc.doc_id, index, str(sec.kind), sec.heading, o_start, o_end, first, last)
            )
            if sec.end <= begin or sec.start >= stop:
                continue
            year = _section_year(doc, sec.kind, sec.heading)
            before = len(doc_mentions)
            start, end = max(sec.start, begin), min(sec.end, stop)
            scope = SectionScope(norm, doc, sec.kind, year, start, end, breaks)
            found = section_mentions(scope)
            if defines_terms(sec.heading):  # an entry's term and definition count nothing,
                # and a goal it quotes is the programme's it explains, not the report's own
                found = (
                    replace(m, target_passage=False)
                    for m in found
                    if not _defining(text, m.char_start)
                )
            doc_mentions.extend(found)
            if sec.period:  # a figure under a five-year plan speaks of it, unless it says
                label = f"{first}-{last}"
                doc_mentions[before:] = [
                    m if m.period else _under_plan(m, label) for m in doc_mentions[before:]
                ]
        span = _span_of(doc)
        if span is not None:
            doc_mentions = [_in_span(m, span) for m in doc_mentions]
        written = writing_year(doc)
        # (each figure's own place, which the tables across reports read on disk)
        doc_mentions = with_figure_places(
            (_with_aim(m, written) for m in doc_mentions), doc.level, doc.place
        )
        pairs = find_pairs(doc_mentions, written)
        result.mentions.extend(frame_named(doc_mentions, pairs))  # 占年度目标5亿元: its actual's
        result.pairs.extend(pairs)
    return result


def _span_of(doc: Document) -> tuple[int, int] | None:
    """The first and last year of a plan of several years (``titles.plan_span``:
    三年行动方案（2022—2024年）) that plans for a year, else None."""
    return None if doc.plan_year is None else plan_span(doc.title)


def _in_span(m: Mention, span: tuple[int, int]) -> Mention:
    """``m`` of a plan of several years: a target whose clause names no year of its own
    (到2024年底，全市累计改造…360个; ``_section_year`` gives such a section none) aims at the
    span (``plan_period``, first-last) and is judged in the review of its last year, its
    ``year`` (docs/schema.md, *A plan of several years*). A target its clause gives a year
    (2023年，新建…) is that year's, and any other figure stays as it is."""
    if m.role != Role.TARGET or m.year is not None or m.section != SectionKind.PLAN:
        return m
    return replace(m, year=span[1], plan_period=f"{span[0]}-{span[1]}")


def _defining(text: str, pos: int) -> bool:
    """Whether the figure at ``text[pos]``, under an explanation of terms, is in an
    entry's term or a clause defining it (``govreport_sections.in_definition``)."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return in_definition(text[start : end if end >= 0 else len(text)], pos - start)


def _with_aim(m: Mention, written: int | None) -> Mention:
    """``m`` with the later year it aims at (``pairs.comparable.aim_year``), if any: the
    plan links and trends, which read no sentence on disk, read it from this column."""
    if m.role != Role.TARGET:
        return m
    year = aim_year(m, written)
    return m if year is None else replace(m, aim_year=year)


def _under_plan(m: Mention, label: str) -> Mention:
    """``m`` under a section on a five-year plan whose years are ``label`` (2026-2030),
    with the period and the kind of period (``context.period_kinds``) that gives it."""
    upto = m.at_in_sentence
    return replace(m, period=label, period_kind=str(period_kind(label, m.sentence, upto)))


def _normalised(norm: Normalized, pos: int) -> int:
    """The first normalised offset whose character stands at or after ``pos``."""
    lo, hi = 0, len(norm.text)
    while lo < hi:
        mid = (lo + hi) // 2
        if norm.offsets.start(mid) < pos:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _missing_warning(source_file: str, listed: int, missing: list[TocEntry]) -> str:
    names = "; ".join(e.title for e in missing[:3])
    more = f" and {len(missing) - 3} more" if len(missing) > 3 else ""
    return (
        f"{source_file}: the table of contents lists {listed} reports but {len(missing)} "
        f"{'has' if len(missing) == 1 else 'have'} no body in the file (truncated download?): "
        f"{names}{more}"
    )


def _section_year(doc: Document, kind: SectionKind, heading: str) -> int | None:
    """The year a section's figures speak of: the plan year in a plan (the year after the
    summary's when the title names none, the same year for 下半年), else the summary's."""
    if kind is not SectionKind.PLAN:
        return doc.summary_year
    if doc.plan_year is not None and plan_of_several_years(doc.title):
        # 三年行动方案（2024—2026年）: the document plans from its first year, but its figures
        # speak of no one year: each of the year its clause opens with (2025年，新建…)
        return None
    if doc.plan_year is not None or doc.summary_year is None:
        return doc.plan_year
    return doc.summary_year + (0 if heading.startswith("下半年") else 1)


# Files larger than LARGE_FILE bytes are read and processed in pieces of about
# PIECE_CHARS characters (each after its lead: up to HEAD_CHARS + TAIL_CHARS more, which
# give no figures): what one task holds (its text, its figures as records) stays bounded
# however large the file. No piece holds more than 2 * PIECE_CHARS characters, and no
# whole file more than LARGE_FILE (a file has no more characters than bytes). Measured on
# one line of 990,000 characters of dense clauses (benchmarks/shapes.py --shapes mid, one
# process): pieces of 250,000 characters peaked at 538 MB, 100,000 at 273 MB, 50,000 at
# 182 MB, 25,000 at 146 MB, for 16.4-17.7 CPU seconds down to 50,000 and 18.9 at 25,000
# (the lead then outweighs the piece). LARGE_FILE stays where it was: a file under it is
# read whole, as every corpus file is (the largest is 190 KB), and 500 KB of those
# clauses (182,925 characters) peak at 181 MB.
PIECE_CHARS = 50_000
LARGE_FILE = 500_000


@dataclass(frozen=True, slots=True)
class Task:
    """One unit of work: a whole file (``text`` None: read from ``path``), or one piece
    of a large file with the characters before it; or the error that reading met."""

    path: Path
    piece: int = 0
    offset: int = 0
    text: str | None = None
    last: bool = True
    damage: str | None = None
    error: InputError | None = None
    size: int = 0  # bytes to read, or a piece's characters: what the work grows with
    name: str = ""  # the file's name in the tables; its own name when empty
    lead: Lead | None = None  # a later piece's text before it (the document it continues)
    after: str = ""  # the text after a piece that the head of its last document needs

    @property
    def source_file(self) -> str:
        return self.name or display_name(self.path.name)


def tasks(
    path: Path, large: int | None = None, piece_chars: int | None = None, name: str = ""
) -> Iterator[Task]:
    """The tasks of one file: itself, or its pieces in order (see the module contract)."""
    large = LARGE_FILE if large is None else large
    piece_chars = PIECE_CHARS if piece_chars is None else piece_chars
    try:
        size = path.stat().st_size
        if size <= large or not is_plain(path):  # another format: its reader reads it whole
            yield Task(path, size=size, name=name)
            return
        stream = TextStream(path)
        told = None  # bad bytes are reported with the first piece after they are met
        cut = with_leads(pieces(stream, piece_chars))
        for piece, (offset, text, last, lead, after) in enumerate(cut):
            damage = stream.damage if stream.damage != told else None
            told = stream.damage
            size = len(text)
            yield Task(path, piece, offset, text, last, damage, None, size, name, lead, after)
    except InputError as exc:
        yield Task(path, error=exc, name=name)
    except OSError as exc:
        problem = f"cannot be read ({exc.strerror or exc})"
        yield Task(path, error=InputError(path, problem), name=name)


def read_failure(task: Task, error: InputError) -> Failure:
    """A file that could not be read as a failure record: the read stage, and the problem
    without the path (the record names the file apart); the CLI and the API write it alike."""
    return Failure(task.source_file, str(FailureStage.READ), "InputError", error.problem)


def run_task(task: Task) -> FileResult | InputError | Failure:
    """The result of one task, in the piece's own offsets. A read error is returned, not
    raised, and so is any other exception, as a ``Failure`` naming the file, so that one
    file's fault never costs the other files their tables (in any process or engine)."""
    if task.error is not None:
        return task.error
    try:
        if task.text is None:
            return process_file(task.path, task.source_file)
        result = _run_piece(task, task.text)
    except InputError as exc:
        return exc
    except Exception as exc:  # any fault is this file's alone: reported, never hidden
        return failure(task, exc)
    if task.damage:
        result.damage = f"{task.path}: {task.damage}"
    return result


def _run_piece(task: Task, text: str) -> FileResult:
    """A piece after its lead and before what follows it; figures from the piece only."""
    lead = task.lead.text if task.lead else ""
    continued = task.piece > 0 and task.lead is None
    return process_text(
        lead + text + task.after, task.source_file, continued, (len(lead), len(lead) + len(text))
    )


def failure(task: Task, exc: BaseException, stage: str = FailureStage.EXTRACT) -> Failure:
    """The record of ``exc`` met in ``task``: its type and its one-line summary (for a
    piece of a large file, where the piece begins)."""
    lines = str(exc).strip().splitlines()
    message = lines[0] if lines else type(exc).__name__
    if task.piece or not task.last:
        message = f"{message} (in the piece from character {task.offset:,})"
    return Failure(task.source_file, str(stage), type(exc).__name__, message)


class Assembler:
    """Takes the tasks' results in order and gives them in the file's terms: a piece's
    offsets shifted by the characters before it, its documents numbered after the
    previous pieces', and the table of contents of the first piece matched against the
    documents of every piece (the warning for entries without a body comes with the
    file's last piece).

    A cut runs through a document and a section: the last document and section of a piece
    are held until the next piece says where they end. A piece that continues them (it
    has a ``Lead``) gives their ends; its own first document and the sections that start
    in its lead are theirs, not new ones. A held document is listed with the piece it
    ends in, and in the ``carried`` documents of the pieces before (their figures name it)."""

    def __init__(self) -> None:
        self.documents = 0
        self.listed = 0  # entries of the file's contents so far
        self.missing = PendingEntries()  # looked up by key: a piece costs what it holds
        self.held: Document | None = None
        self.held_section: Section | None = None
        self.held_pairs = 0  # pairs of the held document so far (their ids number on)

    def take(self, task: Task, result: FileResult) -> FileResult:
        if task.text is None:
            return result
        if task.piece == 0:
            self.documents, self.listed, self.missing = 0, 0, PendingEntries()
            self.held, self.held_section, self.held_pairs = None, None, 0
        lead = len(task.lead.text) if task.lead else 0
        continues = bool(lead and result.documents and self.held)
        toc, missing = result.toc, result.missing
        result = relocate(result, task.offset - lead, self.documents - continues)
        result.toc, result.missing = toc, missing
        _drop_after(result, task.offset + len(task.text))
        # entries of earlier pieces' contents may have their bodies here
        result.documents[continues:] = self.missing.match(result.documents[continues:])
        self.listed += len(result.toc)
        self.missing.add(result.missing)
        if continues:
            self._continue(result, task.offset)
        else:
            result.documents[:0] = [self.held] if self.held else []
            result.sections[:0] = [self.held_section] if self.held_section else []
        self.documents += len(result.documents) - (self.held is not None)
        before, self.held, self.held_section = self.held, None, None
        if not task.last and result.documents:
            self.held = result.documents.pop()
            self.held_section = result.sections.pop() if result.sections else None
            result.carried.append(self.held)
            if not (continues and before and before.doc_id == self.held.doc_id):
                self.held_pairs = 0  # a document first held now
            self.held_pairs += sum(p.doc_id == self.held.doc_id for p in result.pairs)
        result.toc, result.missing = [], self.missing.entries() if task.last else []
        result.listed = self.listed if task.last else None
        return result

    def release(self, task: Task) -> FileResult | None:
        """For a task that gave no result (its piece raised, or reading broke off): when it
        was the file's last, the document and section held for a next piece that will not
        come, as a result of their own (earlier pieces' figures name them), else None."""
        if not task.last or self.held is None:
            return None
        sections = [self.held_section] if self.held_section else []
        result = FileResult(task.source_file, documents=[self.held], sections=sections)
        self.held, self.held_section = None, None
        return result

    def _continue(self, result: FileResult, cut: int) -> None:
        """Put the held document and section in place of the piece's first document and
        of its sections that start before ``cut`` (in the lead: the held ones again), and
        number its pairs after the held document's."""
        assert self.held is not None
        first = result.documents[0]
        # an end before the cut is the lead's (the held one's), not a new one
        result.documents[0] = replace(self.held, char_end=max(first.char_end, self.held.char_end))
        ours = f"{first.doc_id}#p"
        result.pairs = [
            replace(p, pair_id=f"{ours}{int(p.pair_id[len(ours) :]) + self.held_pairs}")
            if p.pair_id.startswith(ours)
            else p
            for p in result.pairs
        ]
        sections = [s for s in result.sections if s.doc_id == first.doc_id]
        before = [s for s in sections if s.char_start < cut]
        held = self.held_section
        if held is None or not before:
            return
        index = held.section_index - before[-1].section_index
        renumbered = [replace(held, char_end=max(before[-1].char_end, held.char_end))] + [
            replace(s, section_index=s.section_index + index)
            for s in sections
            if s.char_start >= cut
        ]
        result.sections[: len(sections)] = renumbered


def _drop_after(result: FileResult, end: int) -> None:
    """Leave out of ``result`` the documents and sections that start at ``end`` or after
    (what follows a piece: the next piece's); contents entries matched to such documents
    are missing again until that piece matches them."""
    later = {d.toc_title for d in result.documents if d.char_start >= end and d.toc_title}
    result.documents = [d for d in result.documents if d.char_start < end]
    result.sections = [s for s in result.sections if s.char_start < end]
    if later:
        result.missing = [e for e in result.toc if e in result.missing or e.title in later]


def relocate(result: FileResult, chars: int, docs: int) -> FileResult:
    """``result`` with every offset moved on by ``chars`` and its documents numbered from
    ``docs`` (their ids, and the ids that name them, follow)."""
    if not chars and not docs:
        return result
    ids = {d.doc_id: doc_id(result.source_file, d.doc_index + docs) for d in result.documents}
    mention_ids: dict[str, str] = {}

    def mid(old: str | None) -> str | None:
        return None if old is None else mention_ids.get(old, old)

    out = FileResult(result.source_file, characters=result.characters, damage=result.damage)
    out.documents = [
        replace(
            d,
            doc_id=ids[d.doc_id],
            doc_index=d.doc_index + docs,
            char_start=d.char_start + chars,
            char_end=d.char_end + chars,
        )
        for d in result.documents
    ]
    out.sections = [
        replace(
            s, doc_id=ids[s.doc_id], char_start=s.char_start + chars, char_end=s.char_end + chars
        )
        for s in result.sections
    ]
    for m in result.mentions:
        start = m.char_start + chars
        new = replace(
            m,
            mention_id=mention_id(ids[m.doc_id], start),
            doc_id=ids[m.doc_id],
            char_start=start,
            char_end=m.char_end + chars,
            sentence_start=m.sentence_start + chars,
        )
        mention_ids[m.mention_id] = new.mention_id
        out.mentions.append(new)
    out.pairs = [
        replace(
            p,
            pair_id=ids[p.doc_id] + p.pair_id[len(p.doc_id) :],
            doc_id=ids[p.doc_id],
            actual_mention_id=mid(p.actual_mention_id),
            target_mention_id=mid(p.target_mention_id),
            completion_mention_id=mid(p.completion_mention_id),
        )
        for p in result.pairs
    ]
    return out
