"""A file's result packed as Arrow tables, where it was made, for the writer of a run.

Contract: ``pack(result)`` turns one file's ``FileResult`` into a ``Packed``: its
documents, sections, mentions and pairs as Arrow tables of ``schemas``' schemas, the
row numbers of its mentions in each ``department=…/year=…`` partition (in reading order),
its targets and outcomes (``targets.file_targets``), the government unit of each document
(for the statistics) and the counts of the run's summary. Parts announced by 其中 and
restatements are marked here (``restated.mark_part_of``), where the mentions are made.
``run_packed(task)`` is ``pipeline.run_task`` followed by ``pack`` for a whole file, run
in the worker: a pool or Dask worker then sends back columns, which cost the parent a
buffer copy, instead of thousands of dataclasses to unpickle, convert and split row by
row in the one process that writes every table (measured on 10 MB with ``--jobs 2``: the
parent's CPU fell by a quarter). A piece of a large file is returned as it is: its
offsets and document numbers depend on the pieces before it, put together by the
parent's ``pipeline.Assembler``, which then packs it. Packing changes no value: the
writer turns a ``Packed`` into the same rows the ``FileResult`` gave.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields

import pyarrow as pa

from metrics import columns as arrow
from metrics.errors import InputError
from metrics.pipeline import FileResult, Task, run_task
from metrics.records import Failure
from metrics.restated import mark_part_of
from metrics.schemas import (
    DOCUMENT_SCHEMA,
    MENTION_SCHEMA,
    PAIR_SCHEMA,
    SECTION_SCHEMA,
    UNKNOWN_DEPARTMENT,
    UNKNOWN_YEAR,
    records_table,
)
from metrics.targets import Outcome, Target, file_targets

Partition = tuple[str, int]  # (department, year) of a mentions partition


@dataclass(frozen=True, slots=True)
class Packed:
    """One file's tables and the few figures the run's summary counts."""

    source_file: str
    documents: pa.Table
    sections: pa.Table
    mentions: pa.Table
    pairs: pa.Table
    # the rows of ``mentions`` in each partition, partitions sorted, rows in reading order
    partitions: list[tuple[Partition, list[int]]]
    targets: tuple[list[Target], list[Outcome]]
    characters: int = 0
    damage: str | None = None
    warnings: list[str] = field(default_factory=list)
    extracted: str | None = None
    masked: int = 0  # masked figures
    # (level, place, department, year) of each document, as the summary shows them
    documents_by: list[tuple[str, str, str, str]] = field(default_factory=list)
    # doc_id → the government unit (level, place, department) the statistics group by
    units: dict[str, tuple] = field(default_factory=dict)

    def __reduce__(self) -> tuple:
        """Pickled (to the writer) with its four tables as Arrow record-batch messages
        without their schemas, which both sides know (``TABLES``): pickling a table sends
        its schema and a Python object per column, which cost the worker and the writer
        about 1.4 ms a file, the messages 0.3 (measured on the 10 MB corpus's files)."""
        values = [
            _message(getattr(self, name)) if name in TABLES else getattr(self, name)
            for name in FIELDS
        ]
        return (_unpacked, tuple(values))


# The tables of a ``Packed`` and their schemas, the same in every worker and the writer.
TABLES = {
    "documents": DOCUMENT_SCHEMA,
    "sections": SECTION_SCHEMA,
    "mentions": MENTION_SCHEMA,
    "pairs": PAIR_SCHEMA,
}
FIELDS = [f.name for f in fields(Packed)]


def _message(table: pa.Table) -> pa.Buffer | None:
    """``table``'s rows as one record-batch message (no schema); None for no row."""
    batches = table.combine_chunks().to_batches()
    return batches[0].serialize() if batches else None


def _unpacked(*values: object) -> Packed:
    """The ``Packed`` of ``Packed.__reduce__``'s values, its tables read back."""
    given = dict(zip(FIELDS, values, strict=True))
    for name, schema in TABLES.items():
        message = given[name]
        given[name] = (
            arrow.empty(schema)  # not schema.empty_table(): it loads pandas
            if message is None
            else pa.Table.from_batches([pa.ipc.read_record_batch(message, schema)])
        )
    return Packed(**given)


def pack(result: FileResult) -> Packed:
    """``result`` as columns (see the module contract)."""
    from metrics.stats import document_units  # loaded with the first file, not at import

    mentions = mark_part_of(result.mentions)  # parts and restatements, summed once
    rows: dict[Partition, list[int]] = {}
    for i, m in enumerate(mentions):
        key = (m.department or UNKNOWN_DEPARTMENT, m.year or UNKNOWN_YEAR)
        rows.setdefault(key, []).append(i)
    documents_by = []
    for d in result.documents:
        year = d.summary_year or d.plan_year
        unit = (d.level or "", d.place or "", d.department or "(unknown)")
        documents_by.append((*unit, str(year) if year else "?"))
    return Packed(
        source_file=result.source_file,
        documents=records_table(result.documents, DOCUMENT_SCHEMA),
        sections=records_table(result.sections, SECTION_SCHEMA),
        mentions=records_table(mentions, MENTION_SCHEMA),
        pairs=records_table(result.pairs, PAIR_SCHEMA),
        partitions=sorted(rows.items()),
        targets=file_targets(result.documents + result.carried, mentions),
        characters=result.characters,
        damage=result.damage,
        warnings=result.warnings,
        extracted=result.extracted,
        masked=sum(m.masked for m in mentions),
        documents_by=documents_by,
        units=document_units(result.documents + result.carried),
    )


def run_packed(task: Task) -> Packed | FileResult | InputError | Failure:
    """``run_task`` of ``task``, packed when it is a whole file (a piece is packed once
    the parent has put it in its file's terms)."""
    outcome = run_task(task)
    if isinstance(outcome, FileResult) and task.text is None:
        return pack(outcome)
    return outcome
