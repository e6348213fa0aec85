"""One file through every stage: documents, sections, sentences, mentions.

Contract: ``process_text(text, source_file)`` takes a decoded file and returns its
documents, sections and mentions, every span in original offsets, deterministically (the
same text and name give the same rows and ids). ``process_file(path)`` reads first and
turns a bad file into an ``InputError``; it never raises for content.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from metrics.context import (
    CLAUSE_SPLIT,
    find_metric,
    find_period,
    find_periods,
    find_role,
    metric_key,
    verb_before,
)
from metrics.io import read_text
from metrics.normalize import Normalized, normalize
from metrics.pairs import find_pairs
from metrics.records import Document, Mention, Pair, Role, Section, SectionKind
from metrics.resolve import resolve
from metrics.rules import find_candidates
from metrics.segment.documents import TocEntry, split_documents
from metrics.segment.lines import ADVERT
from metrics.segment.sections import find_headings, find_pledges, find_sections
from metrics.segment.sentences import split_sentences

# Figures that relate to another figure: their metric is the one that figure counts.
RELATIVE_ROLES = frozenset({Role.COMPLETION, Role.GROWTH, Role.SHARE})
# Units after which a noun usually names what is counted (5个工作组, 3 所新校).
COUNT_FAMILIES = frozenset({"count", "person"})


@dataclass(slots=True)
class FileResult:
    source_file: str
    documents: list[Document] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    pairs: list[Pair] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    characters: int = 0
    damage: str | None = None  # bytes that could not be decoded, and where


def process_file(path: Path) -> FileResult:
    source = read_text(path)
    result = process_text(source.text, source.name)
    if source.damage:
        result.damage = f"{path}: {source.damage}"
    return result


def process_text(text: str, source_file: str) -> FileResult:
    norm = normalize(text)
    split = split_documents(norm, source_file)
    result = FileResult(source_file, characters=len(text))
    result.documents = split.documents
    if split.missing:
        result.warnings.append(_missing_warning(source_file, split.toc, split.missing))
    for doc, (d_start, d_end) in zip(split.documents, split.doc_spans, strict=True):
        headings = find_headings(norm.text, d_start, d_end, norm.spaced)
        pledges = find_pledges(norm.text, d_start, d_end, doc, norm.spaced)
        sections = find_sections(
            norm.text, d_start, d_end, doc, sorted(headings + pledges, key=lambda h: h.start)
        )
        breaks = [h.start for h in headings]
        doc_mentions: list[Mention] = []
        for index, sec in enumerate(sections):
            o_start, o_end = norm.span(sec.start, sec.end)
            result.sections.append(
                Section(doc.doc_id, index, str(sec.kind), sec.heading, o_start, o_end)
            )
            _mentions(norm, doc, sec.kind, sec.start, sec.end, breaks, doc_mentions)
        result.mentions.extend(doc_mentions)
        result.pairs.extend(find_pairs(doc_mentions))
    return result


def _missing_warning(source_file: str, toc: list[TocEntry], missing: list[TocEntry]) -> str:
    listed = len(toc)
    names = "; ".join(e.title for e in missing[:3])
    more = f" and {len(missing) - 3} more" if len(missing) > 3 else ""
    return (
        f"{source_file}: the table of contents lists {listed} reports but {len(missing)} "
        f"have no body in the file (truncated download?): {names}{more}"
    )


def _mentions(
    norm: Normalized,
    doc: Document,
    kind: SectionKind,
    start: int,
    end: int,
    breaks: list[int],
    out: list[Mention],
) -> None:
    text = norm.text
    year = doc.plan_year if kind is SectionKind.PLAN else doc.summary_year
    if kind is SectionKind.PLAN and year is None and doc.summary_year:
        year = doc.summary_year + 1
    # one scan of the whole section, then the figures are dealt out to their sentences
    cands = list(find_candidates(text, start, end))
    k = 0
    for s_start, s_end in split_sentences(text, start, end, breaks):
        while k < len(cands) and cands[k].start < s_start:
            k += 1  # between sentences (white space) or across a boundary: not a figure
        if k == len(cands) or cands[k].start >= s_end:
            continue
        sentence = text[s_start:s_end]
        if ADVERT.search(sentence):
            continue
        o_s_start, o_s_end = norm.span(s_start, s_end)
        original_sentence = norm.original[o_s_start:o_s_end]
        prev_end = 0
        prev_metric: str | None = None
        periods = find_periods(sentence)
        while k < len(cands) and cands[k].start < s_end:
            cand = cands[k]
            k += 1
            if cand.end > s_end:
                continue
            rel_start, rel_end = cand.start - s_start, cand.end - s_start
            resolved = resolve(cand, sentence[max(0, rel_start - 24) : rel_start])
            role, direction = find_role(
                sentence, rel_start, resolved.unit, kind, doc.kind, end=rel_end
            )
            relative = role in RELATIVE_ROLES
            span = find_metric(
                sentence,
                rel_start,
                rel_end,
                prev_end,
                noun_after=resolved.unit_family in COUNT_FAMILIES and not relative,
            )
            # the previous figure's metric carries over within a sub-clause (交流研讨x次xx人)
            # or to a figure relative to it (…4 亿,完成目标任务的 200%), not further
            carried = (
                prev_metric
                if relative or not CLAUSE_SPLIT.search(sentence, prev_end, rel_start)
                else None
            )
            if span is None and carried is None:
                span = verb_before(sentence, rel_start, prev_end)
            metric = norm.original_slice(s_start + span[0], s_start + span[1]) if span else None
            metric = metric or carried
            o_start, o_end = norm.span(cand.start, cand.end)
            out.append(
                Mention(
                    mention_id=f"{doc.doc_id}@{o_start}",
                    doc_id=doc.doc_id,
                    source_file=doc.source_file,
                    char_start=o_start,
                    char_end=o_end,
                    text=norm.original[o_start:o_end],
                    sentence=original_sentence,
                    sentence_start=o_s_start,
                    section=str(kind),
                    year=year,
                    period=find_period(periods, rel_start),
                    value=resolved.value,
                    value_min=resolved.value_min,
                    value_max=resolved.value_max,
                    masked=resolved.masked,
                    mask=resolved.mask,
                    unit=resolved.unit,
                    unit_family=resolved.unit_family,
                    base_unit=resolved.base_unit,
                    base_value=resolved.base_value,
                    qualifier=resolved.qualifier,
                    role=str(role),
                    direction=direction,
                    metric=metric,
                    metric_key=metric_key(metric),
                    rule=cand.rule,
                    department=doc.department,
                    note=resolved.reason,
                )
            )
            prev_end = rel_end
            prev_metric = metric
