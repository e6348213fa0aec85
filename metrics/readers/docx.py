"""Word files (.docx): paragraphs in order, headings on lines of their own, tables as tables.

Contract: ``read(path)`` returns the document's body text as Word shows it with its
changes accepted, one paragraph a line (empty paragraphs dropped; a paragraph's own line
breaks kept), each heading-styled paragraph on a line of its own, and each table as
tab-separated lines, its first row (the column names) above the others, which
``metrics.segment.grid`` reads cell by cell with the row's and the column's names. A cell
merged across columns is written once. A file that is not a .docx or is damaged raises
``InputError`` saying to save it again as .docx.

The text is read from the XML rather than from python-docx's ``Paragraph.text``, which
keeps only a paragraph's direct runs and hyperlinks: it would lose the text a tracked
change inserted (``w:ins``), a content control holds (``w:sdt``, which templates put whole
paragraphs and tables in) and a field shows (``w:fldSimple``), each a figure gone in
silence. What a tracked change deleted or moved away (``w:del``, ``w:moveFrom``) is not
read. Headers, footers, footnotes, comments and text boxes are not part of the body and
are not read.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from docx.table import Table, _Row
from lxml.etree import XMLSyntaxError, _Element

from metrics.errors import InputError
from metrics.io import SourceText
from metrics.readers import RESAVE, read_bytes

# how an old Word (.doc) or WPS file begins: an OLE compound file
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
CELL_BREAK = str.maketrans({"\t": " ", "\n": " ", "\r": " "})
PARAGRAPH, TABLE, ROW, CELL = qn("w:p"), qn("w:tbl"), qn("w:tr"), qn("w:tc")
# blocks that only wrap others: a content control, custom XML, their content
WRAPPERS = frozenset({qn("w:sdt"), qn("w:sdtContent"), qn("w:customXml")})
# what a run's elements show (python-docx's own mapping)
SHOWN = {qn("w:t"): None, qn("w:tab"): "\t", qn("w:ptab"): "\t", qn("w:cr"): "\n",
         qn("w:noBreakHyphen"): "-"}  # fmt: skip
BREAK, BREAK_TYPE, LINE_BREAK = qn("w:br"), qn("w:type"), "textWrapping"
# inside a paragraph, never its text: what a tracked change took out, a drawing's second
# copy for older Word (mc:Fallback), text boxes and drawings (floating, not the body's
# flow), properties, the marks of a footnote's or comment's place
NOT_SHOWN = frozenset(
    {
        qn("w:del"), qn("w:moveFrom"), qn("w:pPr"), qn("w:rPr"), qn("w:drawing"),
        qn("w:pict"), qn("w:object"), qn("w:txbxContent"),
        "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback",
    }
)  # fmt: skip


def read(path: Path) -> SourceText:
    """The document's text (see the module contract)."""
    return from_bytes(read_bytes(path), path)  # bytes: a local or a remote file alike


def from_bytes(data: bytes, path: Path) -> SourceText:
    """The text of the Word file whose bytes are ``data``."""
    if data.startswith(OLE):
        raise InputError(path, f"an old Word .doc file under the suffix {path.suffix}: {RESAVE}")
    try:
        document = docx.Document(BytesIO(data))
        lines = list(_blocks(document.element.body, document))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, XMLSyntaxError) as exc:
        raise InputError(
            path,
            f"cannot be opened as a Word .docx file (damaged or another format: {exc}); "
            "open it in Word or WPS and save it again as .docx",
        ) from exc
    if not lines:
        raise InputError(path, "the Word file holds no text")
    return SourceText(path, path.name, "\n".join(lines) + "\n", "docx", input_format="docx")


def _blocks(parent: _Element, document: object) -> Iterator[str]:
    """The lines of a body's (or a content control's) paragraphs and tables, in order."""
    for child in parent:
        if child.tag == PARAGRAPH:
            # a heading is a paragraph of its own style: its own line, as any paragraph's
            yield from (line for line in _text(child).split("\n") if line.strip())
        elif child.tag == TABLE:
            rows = (_row(r) for r in Table(child, document).rows)  # type: ignore[arg-type]
            yield from (row for row in rows if row.strip("\t "))
        elif child.tag in WRAPPERS:
            yield from _blocks(child, document)


def _text(element: _Element) -> str:
    """What a paragraph (or a cell) shows, its changes accepted (see the module contract)."""
    parts: list[str] = []

    def walk(node: _Element) -> None:
        for child in node:
            tag = child.tag
            if tag in NOT_SHOWN or not isinstance(tag, str):
                continue
            if tag in SHOWN:
                parts.append(SHOWN[tag] or child.text or "")
            elif tag == BREAK:  # a line break; a page or column break shows nothing
                parts.append("\n" if child.get(BREAK_TYPE, LINE_BREAK) == LINE_BREAK else "")
            elif tag == PARAGRAPH and parts:  # a cell's next paragraph
                parts.append("\n")
                walk(child)
            else:
                walk(child)

    walk(element)
    return "".join(parts)


def _row(row: _Row) -> str:
    cells, seen = [], []  # seen holds the cells' elements alive, so identity is theirs
    for cell in row.cells:
        if any(cell._tc is tc for tc in seen):  # a merged cell repeats for each column
            continue
        seen.append(cell._tc)
        cells.append(_text(cell._tc).translate(CELL_BREAK).strip())
    return "\t".join(cells)
