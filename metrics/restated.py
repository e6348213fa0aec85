"""Figures that restate another or are parts of one: the double-count guard of the sums.

Contract: ``mark_part_of(mentions)`` gives the mentions of one document set (a file's
result) back in their order, each with ``part_of`` set to the ``mention_id`` of the figure
it restates or is a part of, else None. The statistics leave such figures out of their
sums (``metrics.stats``), so a total and its parts, or a figure and its restatement, are
counted once. Three classes of language, each with a name (``PartRule``):

- ``parts_after_total``: parts announced as such after a total, by 其中 (among them):
  ``办理完结71件，其中报告书5件、报告表66件``; ``全年旅游收入8亿元，其中：乡村旅游3亿元``;
  ``发现隐患40处（其中37处已整改）``. The total is the nearest figure before 其中 in the
  same sentence with the part's base unit and role; the parts are the figures of that
  base unit and role from 其中 to the end of its clause chain (the next ；, 。 or closing
  bracket). Not a part: a figure of another base unit (``完成投资5亿元，其中新建学校3所``:
  schools are no part of money), a known part larger than its known total, or 其中 as the
  object of a verb (``排查隐患40处，将整改融入其中，整改完成35处``: "into it", no parts
  follow).
- ``parts_before_total``: the new ones of a year, then the total they are now part of, by a
  clause that names only the total (总数, 总量, 累计, 合计, 总计, 共计):
  ``新建5G基站320个，总数达到1460个``; ``新增市场主体2860户，总量达到3.2万户``. The
  parts are the figures before it in the sentence, after any earlier total, with the total's
  metric key, role and base unit. Not a part: a change (``比上年增加2400个，总数为3.1万个``:
  another role), a figure of another metric (``新建学校3所，新增学位1200个，总数达到5.6万个``),
  a known part larger than its known total.
- ``restated_in_table``: a figure in a table (its metric named by the table's row, or its
  own cell) that states again what the prose of the same document states: the same
  metric key, role, value, unit, year and period. The table's figure restates the prose's.
  Never for a masked figure (two hidden values are not known to be equal), nor for two
  figures of different periods or metrics that happen to share a value.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from enum import StrEnum

from metrics import regex_cache
from metrics.records import Mention


class PartRule(StrEnum):
    PARTS_AFTER_TOTAL = "parts_after_total"
    PARTS_BEFORE_TOTAL = "parts_before_total"
    RESTATED_IN_TABLE = "restated_in_table"


# 其中 opening a clause, followed by its parts. Not 其中 as the object of a verb (融入其中,
# 参与其中: "into it"), which ends a clause instead; nor 其中之一 (one of them).
AMONG = regex_cache.compile(r"(?<=^|[，,。；;（(:：\s])其中(?!之一)[:：,，]?")
# where the parts announced by 其中 end: a clause chain's end or a closing bracket
SCOPE_END = regex_cache.compile(r"[；;。)）]")
CLAUSE_END = regex_cache.compile(r"[，,；;。]")
# A clause naming only the total the figures before it are in: …，总数达到1460个
TOTAL_AFTER = regex_cache.compile(
    r"[，,；;、]\s*(?:总数|总量|累计|合计|总计|共计)(?:达到|达|为|增至|增加到|突破)?\s*$"
)
TABLE_RULES = ("table_cell",)
TABLE_METRIC_RULES = ("table_row",)


def mark_part_of(mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions with ``part_of`` set (see the module contract)."""
    links = _parts_after_total(mentions)
    for part, total in _parts_before_total(mentions).items():
        links.setdefault(part, total)
    for restating, restated in _restated_in_table(mentions).items():
        links.setdefault(restating, restated)
    return [
        replace(m, part_of=links[m.mention_id]) if m.mention_id in links else m for m in mentions
    ]


def _by_sentence(mentions: Sequence[Mention]) -> dict[tuple[str, int], list[Mention]]:
    out: dict[tuple[str, int], list[Mention]] = {}
    for m in mentions:
        out.setdefault((m.doc_id, m.sentence_start), []).append(m)
    return {k: sorted(v, key=lambda m: m.char_start) for k, v in out.items()}


def _parts_after_total(mentions: Sequence[Mention]) -> dict[str, str]:
    """part mention_id → total mention_id, by 其中 (``PartRule.PARTS_AFTER_TOTAL``)."""
    links: dict[str, str] = {}
    for figures in _by_sentence(mentions).values():
        sentence, start = figures[0].sentence, figures[0].sentence_start
        for among in AMONG.finditer(sentence):
            at = start + among.start()
            end = SCOPE_END.search(sentence, among.end())
            stop = start + (end.start() if end else len(sentence))
            parts = [m for m in figures if start + among.end() <= m.char_start < stop]
            if not parts or _leaves_clause(sentence, among.end(), parts[0].char_start - start):
                continue
            before = [m for m in figures if m.char_end <= at]
            for part in parts:
                total = _total_of(part, before)
                if total is not None:
                    links[part.mention_id] = total.mention_id
    return links


def _parts_before_total(mentions: Sequence[Mention]) -> dict[str, str]:
    """part mention_id → total mention_id, by 总数/累计 after the parts
    (``PartRule.PARTS_BEFORE_TOTAL``)."""
    links: dict[str, str] = {}
    for figures in _by_sentence(mentions).values():
        sentence, start = figures[0].sentence, figures[0].sentence_start
        opened = 0  # the parts of a total stand after the total before it
        for i, total in enumerate(figures):
            if not i or not total.metric_key:
                continue
            clause = sentence[figures[i - 1].char_end - start : total.char_start - start]
            if not TOTAL_AFTER.search(clause):
                continue
            for part in figures[opened:i]:
                if _adds_to(part, total):
                    links[part.mention_id] = total.mention_id
            opened = i + 1
    return links


def _adds_to(part: Mention, total: Mention) -> bool:
    """Whether ``part`` may be a part of ``total``: one metric, role and base unit, and
    never larger when both are known."""
    if (part.metric_key, part.role, part.base_unit) != (
        total.metric_key,
        total.role,
        total.base_unit,
    ):
        return False
    known = total.base_value is not None and part.base_value is not None
    return not (known and part.base_value > total.base_value)


def _leaves_clause(sentence: str, begin: int, first: int) -> bool:
    """Whether the clause that 其中 opens ends before its first figure."""
    return CLAUSE_END.search(sentence, begin, first) is not None


def _total_of(part: Mention, before: list[Mention]) -> Mention | None:
    """The nearest figure before 其中 of the part's base unit and role, unless the part's
    known value exceeds it (a part is never larger than its whole)."""
    for total in reversed(before):
        if total.base_unit != part.base_unit or total.role != part.role:
            continue
        known = total.base_value is not None and part.base_value is not None
        return None if known and part.base_value > total.base_value else total
    return None


def _in_table(m: Mention) -> bool:
    return m.rule in TABLE_RULES or m.metric_rule in TABLE_METRIC_RULES


def _restated_in_table(mentions: Sequence[Mention]) -> dict[str, str]:
    """table mention_id → prose mention_id it restates (``PartRule.RESTATED_IN_TABLE``)."""
    prose: dict[tuple, str] = {}
    for m in mentions:
        key = _restatement_key(m)
        if key is not None and not _in_table(m):
            prose.setdefault(key, m.mention_id)
    links = {}
    for m in mentions:
        key = _restatement_key(m)
        if key is not None and _in_table(m) and key in prose:
            links[m.mention_id] = prose[key]
    return links


def _restatement_key(m: Mention) -> tuple | None:
    """What two figures must share to be one statement; None for a figure that cannot be
    known to equal another (masked, or with no value or metric)."""
    if m.masked or m.value is None or not m.metric_key:
        return None
    return (m.doc_id, m.metric_key, m.role, m.value, m.unit, m.year, m.period)
