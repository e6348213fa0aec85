"""One file through every stage: documents, sections, sentences, mentions.

Contract: ``process_text(text, source_file)`` takes a decoded file and returns its
documents, sections and mentions, every span in original offsets, deterministically (the
same text and name give the same rows and ids). ``process_file(path)`` reads first and
turns a bad file into an ``InputError``; it never raises for content.

A file larger than ``LARGE_FILE`` bytes is never held whole: ``tasks(path)`` decodes it
block by block and cuts it into pieces of about ``PIECE_CHARS`` characters, at a report's
title line where one stands near the cut, else at a line end, else after a sentence.
``run_task`` processes a piece (in any process) as if it were a file, and ``Assembler``
puts the pieces' results back in file order: offsets shifted to the file's, documents
numbered on, the table of contents checked against every piece.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import regex

from metrics.context import (
    DEED_AFTER,
    VERB_WORD,
    Subjects,
    adds_nothing,
    find_period,
    find_periods,
    in_brackets,
    label_before_colon,
    metric_key,
    metric_span,
    phrase_after,
    refers_back,
    respective_subjects,
    run_in_heading,
    subject_elsewhere,
    verb_before,
)
from metrics.errors import InputError
from metrics.io import SourceText, TextStream, display_name
from metrics.normalize import HAN_CHAR, Normalized, normalize, only_page_chrome
from metrics.pairs import find_pairs
from metrics.passages import as_target, in_passage, measure_of, target_passages
from metrics.periods import PeriodCarry, period_label
from metrics.readers import PLAIN_FORMAT, is_plain, read_source
from metrics.records import (
    Document,
    Failure,
    FailureStage,
    Measure,
    Mention,
    Pair,
    Role,
    Section,
    SectionKind,
    doc_id,
    mention_id,
)
from metrics.resolve import qualifier_rule, resolve, share_bounds
from metrics.rules import Candidate, find_candidates
from metrics.rules.exclusions import CLAUSE_BREAK, family_of
from metrics.rules.metrics import MetricRuleName
from metrics.rules.role_cues import column_role
from metrics.rules.roles import RoleRuleName, decide_role, role_input
from metrics.rules.units import MULTIPLIER_BY_SURFACE
from metrics.segment.documents import PIECE, TocEntry, is_title_line, match_toc, split_documents
from metrics.segment.grid import grid_cell
from metrics.segment.lines import ADVERT
from metrics.segment.sections import (
    find_headings,
    find_honours,
    find_period_paragraphs,
    find_pledges,
    find_sections,
)
from metrics.segment.sentences import split_sentences

# Figures that relate to another figure: their metric is the one that figure counts.
RELATIVE_ROLES = frozenset({Role.COMPLETION, Role.GROWTH, Role.SHARE})
# A part of what the previous figure counts: …525户，其中新增246户.
OF_WHICH = regex.compile(r"[,，;；]\s*其中")
CLOSE_BRACKET = regex.compile(r"[)）]")
# What joins two figures that share one cue: 分别增长5.1%和7.2%.
JOINED = regex.compile(r"\s*(?:和|与|及|、|以及)\s*")
JOINED_FIGURE = regex.compile(rf"{JOINED.pattern}[\dxX*]")
# The most figures before a 分别 that its joined figures are dealt to.
MAX_RESPECTIVE = 6
# Units after which a noun usually names what is counted (5个工作组, 3 所新校).
COUNT_FAMILIES = frozenset({"count", "person"})
# What may stand between a count and the size of each or all of the things it counts.
SIZE_GAP = regex.compile(r"\s*(?:总计|共计|合计|总|共)?\s*")
MEASURE_FAMILIES = frozenset({"area", "length", "mass", "volume", "energy", "bandwidth"})


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
    extracted: str | None = None  # the text read from a file that is not plain text

    @property
    def warnings(self) -> list[str]:
        if not self.missing:
            return []
        return [_missing_warning(self.source_file, self.toc, self.missing)]


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


def process_text(text: str, source_file: str, continued: bool = False) -> FileResult:
    norm = normalize(text)
    split = split_documents(norm, source_file, continued)
    result = FileResult(source_file, characters=len(text))
    result.documents = split.documents
    result.toc, result.missing = split.toc, split.missing
    for doc, (d_start, d_end) in zip(split.documents, split.doc_spans, strict=True):
        headings = find_headings(norm.text, d_start, d_end, norm.spaced, norm.offsets.gaps)
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
            year = _section_year(doc, sec.kind, sec.heading)
            before = len(doc_mentions)
            _mentions(norm, doc, sec.kind, year, sec.start, sec.end, breaks, doc_mentions)
            if sec.period:  # a figure under a five-year plan speaks of it, unless it says
                label = f"{first}-{last}"
                doc_mentions[before:] = [
                    m if m.period else replace(m, period=label) for m in doc_mentions[before:]
                ]
        result.mentions.extend(doc_mentions)
        result.pairs.extend(find_pairs(doc_mentions))
    return result


def _missing_warning(source_file: str, toc: list[TocEntry], missing: list[TocEntry]) -> str:
    listed = len(toc)
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
    if doc.plan_year is not None or doc.summary_year is None:
        return doc.plan_year
    return doc.summary_year + (0 if heading.startswith("下半年") else 1)


def _mentions(
    norm: Normalized,
    doc: Document,
    kind: SectionKind,
    year: int | None,
    start: int,
    end: int,
    breaks: list[int],
    out: list[Mention],
) -> None:
    text = norm.text
    # one scan of the whole section, then the figures are dealt out to their sentences
    cands = list(find_candidates(text, start, end))
    passages = target_passages(text, start, end)  # stated targets, whatever the section
    k = 0
    # the last metric of the sentence before, while sentences run on in one paragraph:
    # a sentence that names nothing before its first figure speaks of it (…目标任务xxxx万元。
    # 已完成xxxx万元，完成全年任务的xxx%。)
    # (a sentence on something else, in another unit, does not: …仅有2人。已完成3600万元)
    last_end, last_metric, last_unit = -1, None, ""
    carry = PeriodCarry()  # 截至10月，A完成X；B完成Y: the period runs on across ；
    for s_start, s_end in split_sentences(text, start, end, breaks):
        run_on = last_end >= 0 and "\n" not in text[last_end:s_start]
        carried_in = (last_metric, last_unit) if run_on else (None, "")
        last_end, last_metric = s_end, None
        while k < len(cands) and cands[k].start < s_start:
            k += 1  # between sentences (white space) or across a boundary: not a figure
        sentence = text[s_start:s_end]
        figures = k < len(cands) and cands[k].start < s_end
        periods = find_periods(sentence) if figures or carry.may_open(sentence) else []
        carried_period = carry.carried(sentence)
        carry.after(sentence, periods[-1][1] if periods else carried_period)
        if not figures:
            continue
        if ADVERT.search(sentence) or only_page_chrome(sentence):
            continue  # the page around the report: its byline's clock is no figure
        o_s_start, o_s_end = norm.span(s_start, s_end)
        original_sentence = norm.original[o_s_start:o_s_end]
        prev_end = 0
        named_end = 0  # where the noun counted by the figure before ends, if after it
        prev_metric: str | None = None
        prev_unit = ""
        outer_metric: str | None = None  # the metric of the last figure outside brackets
        prev_role: tuple[Role, int | None] = (Role.ACTUAL, None)
        # subjects of 分别 still to be dealt to the figures joined after it, the last list
        # of them (a later 分别 with none of its own takes it again), and what each figure
        # of the sentence so far counts, as spans (None: carried from another figure)
        respective: list[tuple[tuple[int, int], ...]] = []
        subjects: Subjects = ()
        counted: list[tuple[tuple[int, int], ...] | None] = []
        respectively = "分别" in sentence  # once: a sentence may hold thousands of figures
        while k < len(cands) and cands[k].start < s_end:
            cand = cands[k]
            k += 1
            if cand.end > s_end:
                continue
            rel_start, rel_end = cand.start - s_start, cand.end - s_start
            cell = grid_cell(text, cand.start) if "\t" in sentence else None
            if cell and cell.unit and cand.rule == "table_cell":
                cand = _in_unit(cand, cell.unit)
            context = sentence[max(0, rel_start - 24) : rel_start]
            resolved = resolve(cand, context)
            if cell:  # a table's column says what its figures are
                role = column_role(cell.column)
                direction = 1 if role is Role.GROWTH else None
                role_rule = RoleRuleName.TABLE_COLUMN
            else:
                role, direction, role_rule = decide_role(
                    role_input(sentence, rel_start, resolved.unit, kind, doc.kind, rel_end)
                )
            joined = bool(prev_end) and JOINED.fullmatch(sentence, prev_end, rel_start) is not None
            if role is Role.ACTUAL and joined:
                # 分别增长5.1%和7.2%: the cue speaks for both
                (role, direction), role_rule = prev_role, RoleRuleName.JOINED
            measure = measure_of(sentence, rel_start, role, resolved.unit)
            resolved = share_bounds(resolved, measure == Measure.SHARE)
            passage = in_passage(passages, cand.start)
            if passage:
                was = role
                role, direction = as_target(role, direction, measure, sentence, rel_start)
                role_rule = RoleRuleName.TARGET_PASSAGE if role is not was else role_rule
            if not joined:
                found = (
                    _respective(sentence, cands, k - 1, s_start, s_end, prev_end, subjects, counted)
                    if respectively
                    else ()
                )
                subjects = found or subjects
                respective = list(found)
            relative = role in RELATIVE_ROLES
            # a noun after the figure ends where the next figure begins (企业近万名员工)
            next_start = cands[k].start - s_start if k < len(cands) else len(sentence)
            noun_from = None
            if k < len(cands) and SIZE_GAP.fullmatch(sentence, rel_end, next_start):
                # a size right after a count stands between it and the noun it counts
                # (1家36.5蒸吨燃煤锅炉, 3座500立方米蓄水池, 2座总计20兆瓦光伏电站)
                size = family_of(cands[k])
                if size in MEASURE_FAMILIES:
                    noun_from = cands[k].end - s_start
                    next_start = (
                        cands[k + 1].start - s_start if k + 1 < len(cands) else len(sentence)
                    )
            # the words of this figure begin after the figure before, or after the noun it
            # counts where that noun is its own (…个社区累计排查xxxxx户)
            left_from = min(max(prev_end, named_end), rel_start)
            found = metric_span(
                sentence,
                rel_start,
                rel_end,
                left_from,
                noun_after=resolved.unit_family in COUNT_FAMILIES and not relative,
                next_start=next_start,
                measure=not relative
                and (
                    resolved.unit_family in MEASURE_FAMILIES
                    # a share of a thing named right after it (提供50%医保缴费补助)
                    or (
                        resolved.unit_family == "percent"
                        and HAN_CHAR.match(sentence, rel_end) is not None
                    )
                ),
                people=resolved.unit_family == "person",
                money=resolved.unit_family == "currency" and not relative,
                relative=relative,
                noun_from=noun_from,
            )
            span, metric_rule = found or (None, MetricRuleName.NONE)
            carried_rule = MetricRuleName.CARRIED_IN_CLAUSE
            # the previous figure's metric carries over within a sub-clause (交流研讨x次xx人)
            # unless a deed stands after the noun it counts (…个社区累计排查xxxxx户), to a
            # figure relative to it (…4 亿,完成目标任务的 200%), to a part of it (监测对象
            # 525户，其中2022年以来新增246户) or to its total or base (…86家，总数达到412家),
            # not further
            if relative and outer_metric and CLOSE_BRACKET.search(sentence, prev_end, rel_start):
                # 16人（理科10人，文科6人），较去年增加2人: the breakdown in brackets is done
                prev_metric = outer_metric
            carried = (
                prev_metric
                if relative
                or not (
                    CLAUSE_BREAK.search(sentence, prev_end, rel_start)
                    or (named_end and VERB_WORD.search(sentence, left_from, rel_start))
                    # a list item of its own, a deed counted in another unit (龙头企业27个、
                    # 带动XX户), not a deed run on from the figure (问答活动xx场参与xxxx余人)
                    or (
                        resolved.unit != prev_unit
                        and sentence.startswith("、", prev_end)
                        and DEED_AFTER.match(sentence, prev_end + 1, rel_start)
                    )
                )
                or OF_WHICH.search(sentence, prev_end, rel_start)
                else None
            )
            if prev_metric and refers_back(sentence, rel_start):
                span, carried = None, prev_metric  # 是上年的1.6倍: nothing new
                carried_rule = MetricRuleName.REFERS_BACK
            elif (
                prev_metric
                and span is None
                and carried is None
                and adds_nothing(sentence, rel_start, prev_end, prev_metric, rel_end)
            ):
                span, carried = None, prev_metric  # 已完成4800人: nothing new
                carried_rule = MetricRuleName.ADDS_NOTHING
            if span is None and carried is None:
                span, metric_rule = _named_elsewhere(
                    sentence, rel_start, rel_end, left_from, prev_end, next_start
                )
            if respective:  # 事故起数、死亡人数分别下降20%和25%: each figure its own subject
                subject = respective.pop(0)
                metric = "".join(
                    [norm.original_slice(s_start + a, s_start + b) for a, b in subject]
                )
                metric_rule = MetricRuleName.RESPECTIVE
                counted.append(subject)
            else:
                metric = norm.original_slice(s_start + span[0], s_start + span[1]) if span else ""
                counted.append((span,) if span else None)
            if len(counted) == 1 and not (metric or carried) and resolved.unit == carried_in[1]:
                carried = carried_in[0]
                carried_rule = MetricRuleName.PREVIOUS_SENTENCE
            if not (metric or carried):
                head = run_in_heading(text, cand.start)
                metric = norm.original_slice(*head) if head else ""
                metric_rule = MetricRuleName.RUN_IN_HEADING
            if not metric:
                metric_rule = carried_rule if carried else MetricRuleName.NONE
            metric = metric or carried
            if cell:
                metric = norm.original_slice(*cell.name)  # the row names the indicator
                metric_rule = MetricRuleName.TABLE_ROW
            o_start, o_end = norm.span(cand.start, cand.end)
            out.append(
                Mention(
                    mention_id=mention_id(doc.doc_id, o_start),
                    doc_id=doc.doc_id,
                    source_file=doc.source_file,
                    char_start=o_start,
                    char_end=o_end,
                    text=norm.original[o_start:o_end],
                    sentence=original_sentence,
                    sentence_start=o_s_start,
                    section=str(kind),
                    year=year,
                    period=(period := find_period(periods, rel_start) or carried_period),
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
                    measure=str(measure),
                    target_passage=passage,
                    role_rule=str(role_rule),
                    metric_rule=str(metric_rule),
                    qualifier_rule=str(qualifier_rule(cand, context)),
                    period_label=period_label(period, year),
                )
            )
            prev_end = rel_end
            # a noun after the figure that a verb ends (1,286户脱贫户发放…) or that the next
            # figure is joined to (10 个球场和 2000 平方米的广场) is its own
            named = (
                span
                and span[0] == rel_end
                and (
                    DEED_AFTER.match(sentence, span[1])
                    or JOINED_FIGURE.match(sentence, span[1]) is not None
                )
            )
            named_end = span[1] if named else 0
            prev_metric, prev_unit = metric, resolved.unit
            last_metric, last_unit = metric, resolved.unit
            if not in_brackets(sentence, rel_start):
                outer_metric = metric
            prev_role = (role, direction)


def _named_elsewhere(
    sentence: str, start: int, end: int, left_from: int, prev_end: int, next_start: int
) -> tuple[tuple[int, int] | None, MetricRuleName]:
    """What a figure whose own words name nothing counts, and the rule that found it:
    完成5000万元招商额度, 面积翻一番，达到5000亩; else a label before a colon; else the bare
    verb; else what is said after a figure that opens its clause (5人获先进个人)."""
    span = subject_elsewhere(sentence, start, end, left_from, next_start)
    if span:
        return span, MetricRuleName.SUBJECT_ELSEWHERE
    span = label_before_colon(sentence, start)
    if span:
        return span, MetricRuleName.LABEL_BEFORE_COLON
    span = verb_before(sentence, start, left_from)
    if span:
        return span, MetricRuleName.VERB_BEFORE
    span = phrase_after(sentence, start, end, prev_end, next_start)
    return span, MetricRuleName.PHRASE_AFTER if span else MetricRuleName.NONE


def _respective(
    sentence: str,
    cands: list[Candidate],
    first: int,
    s_start: int,
    s_end: int,
    prev_end: int,
    previous: Subjects,
    counted: list[tuple[tuple[int, int], ...] | None],
) -> Subjects:
    """The subjects of 分别 for the figures joined from ``cands[first]`` on, when there
    are as many figures as subjects; else ``()``. A 分别 that names no subject of its own
    takes ``previous``, the sentence's last subjects of 分别 (…分别达到4.2万元、2.1万元，
    分别增长5%和7%), else what as many figures before it count (接待游客456.8万人次，
    实现旅游收入38.2亿元，分别增长21.5%、26.3%)."""
    start = cands[first].start - s_start
    subjects = respective_subjects(sentence, start, prev_end)
    from_figures = not previous and subjects is None
    if subjects is None:
        subjects = previous or tuple(counted[-MAX_RESPECTIVE:])
    if not subjects:
        return ()
    count, end = 1, cands[first].end - s_start
    for k in range(first + 1, min(len(cands), first + len(subjects) + 1)):
        nxt = cands[k]  # one more than the subjects is enough to tell the counts apart
        if nxt.end > s_end or not JOINED.fullmatch(sentence, end, nxt.start - s_start):
            break
        count, end = count + 1, nxt.end - s_start
    if from_figures:  # as many figures before, each counting a thing of its own
        last = subjects[-count:]
        ok = count >= 2 and len(last) == count and None not in last and len(set(last)) == count
        return last if ok else ()
    return subjects if count == len(subjects) else ()


# Files larger than this many bytes are read and processed in pieces of about
# PIECE_CHARS characters: what one piece holds (its text, its figures as records) stays
# in the tens of megabytes however large the file. Twice a piece: no task, a whole file
# or a piece, holds more than 2 * PIECE_CHARS characters (a piece is cut from a buffer
# before it reaches that, and a file under it has fewer characters than bytes).
PIECE_CHARS = 250_000
LARGE_FILE = 2 * PIECE_CHARS
# Where a piece may end when no title line stands near the cut: a line end, else a
# sentence end (a file pasted from a PDF may be one long line).
LINE_END = regex.compile(r"\n")
SENTENCE_END = regex.compile(r"[。！？；!?;]")
# Else after a clause mark, so that a line with no sentence end is not cut in a figure.
CLAUSE_END = regex.compile(r"[，,、\s]")


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
        for piece, (offset, text, last) in enumerate(_pieces(stream, piece_chars)):
            damage = stream.damage if stream.damage != told else None
            told = stream.damage
            yield Task(path, piece, offset, text, last, damage, size=len(text), name=name)
    except InputError as exc:
        yield Task(path, error=exc, name=name)
    except OSError as exc:
        problem = f"cannot be read ({exc.strerror or exc})"
        yield Task(path, error=InputError(path, problem), name=name)


def _pieces(blocks: Iterable[str], size: int) -> Iterator[tuple[int, str, bool]]:
    """(offset, text, last) of each piece of the text the blocks make up."""
    buffer, offset = "", 0
    for block in blocks:
        buffer += block
        while len(buffer) >= 2 * size:
            cut = cut_point(buffer, size)
            yield offset, buffer[:cut], False
            buffer, offset = buffer[cut:], offset + cut
    yield offset, buffer, True


def cut_point(text: str, size: int) -> int:
    """Where to end a piece of ``text`` that should be about ``size`` characters long: at
    the first report title line or 【篇】 marker within ``size // 2`` after ``size``;
    else at the first line end there; else after the first sentence; else after the
    first clause; else at ``size``."""
    end = size + size // 2
    marker = PIECE.search(text, size, end)
    end = marker.start() if marker else end
    for m in LINE_END.finditer(text, size, end):
        line_end = text.find("\n", m.end(), m.end() + 300)
        line = text[m.end() : line_end if line_end >= 0 else m.end() + 300]
        if line.strip() and is_title_line(line):
            return m.end()
    if marker:
        return marker.start()
    for pattern in (LINE_END, SENTENCE_END, CLAUSE_END):
        found = pattern.search(text, size, end)
        if found:
            return found.end()
    return size


def run_task(task: Task) -> FileResult | InputError | Failure:
    """The result of one task, in the piece's own offsets. A read error is returned, not
    raised, and so is any other exception, as a ``Failure`` naming the file, so that one
    file's fault never costs the other files their tables (in any process or engine)."""
    if task.error is not None:
        return task.error
    try:
        if task.text is None:
            return process_file(task.path, task.source_file)
        result = process_text(task.text, task.source_file, continued=task.piece > 0)
    except InputError as exc:
        return exc
    except Exception as exc:  # any fault is this file's alone: reported, never hidden
        return failure(task, exc)
    if task.damage:
        result.damage = f"{task.path}: {task.damage}"
    return result


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
    file's last piece)."""

    def __init__(self) -> None:
        self.documents = 0
        self.toc: list[TocEntry] = []
        self.missing: list[TocEntry] = []

    def take(self, task: Task, result: FileResult) -> FileResult:
        if task.text is None:
            return result
        if task.piece == 0:
            self.documents, self.toc, self.missing = 0, result.toc, result.missing
        else:  # entries of earlier pieces' contents may have their bodies here
            docs, still = match_toc(result.documents, self.missing)
            result.documents = docs
            self.toc, self.missing = self.toc + result.toc, still + result.missing
        result = relocate(result, task.offset, self.documents)
        self.documents += len(result.documents)
        result.toc, result.missing = (self.toc, self.missing) if task.last else ([], [])
        return result


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


def _in_unit(cand: Candidate, unit: str) -> Candidate:
    """A table cell's figure in the unit written after its row's or column's name, split
    as the rules split a unit as written (万亩 → 万 and 亩)."""
    mult = next((m for m in MULTIPLIER_BY_SURFACE if unit.startswith(m)), "")
    groups = {**cand.groups, "mult": mult, "unit": unit[len(mult) :]}
    return Candidate(cand.rule, cand.start, cand.end, groups)
