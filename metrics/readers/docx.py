"""Word files (.docx): paragraphs in order, headings on lines of their own, tables as tables.

Contract: ``read(path)`` returns the document's body text, one paragraph a line (empty
paragraphs dropped; a paragraph's own line breaks kept), each heading-styled paragraph on
a line of its own, and each table as tab-separated lines, its first row (the column names)
above the others, which ``metrics.segment.grid`` reads cell by cell with the row's and the
column's names. A cell merged across columns is written once. A file that is not a .docx
or is damaged raises ``InputError`` saying to save it again as .docx.
"""

from __future__ import annotations

import zipfile
from io import BytesIO
from pathlib import Path

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table, _Row
from docx.text.paragraph import Paragraph
from lxml.etree import XMLSyntaxError

from metrics.errors import InputError
from metrics.io import SourceText
from metrics.readers import read_bytes

CELL_BREAK = str.maketrans({"\t": " ", "\n": " ", "\r": " "})


def read(path: Path) -> SourceText:
    """The document's text (see the module contract)."""
    data = read_bytes(path)  # as bytes: a local file or one on remote storage alike
    try:
        document = docx.Document(BytesIO(data))
        lines = [line for block in document.iter_inner_content() for line in _lines(block)]
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, XMLSyntaxError) as exc:
        raise InputError(
            path,
            f"cannot be opened as a Word .docx file (damaged or another format: {exc}); "
            "open it in Word or WPS and save it again as .docx",
        ) from exc
    if not lines:
        raise InputError(path, "the Word file holds no text")
    return SourceText(path, path.name, "\n".join(lines) + "\n", "docx", input_format="docx")


def _lines(block: Paragraph | Table) -> list[str]:
    if isinstance(block, Table):
        return [row for row in (_row(r) for r in block.rows) if row.strip("\t ")]
    # a heading is a paragraph of its own style: its own line, as any paragraph's
    return [line for line in block.text.split("\n") if line.strip()]


def _row(row: _Row) -> str:
    cells, seen = [], []  # seen holds the cells' elements alive, so identity is theirs
    for cell in row.cells:
        if any(cell._tc is tc for tc in seen):  # a merged cell repeats for each column
            continue
        seen.append(cell._tc)
        cells.append(cell.text.translate(CELL_BREAK).strip())
    return "\t".join(cells)
