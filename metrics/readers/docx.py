"""Word files (.docx): paragraphs in order, headings on lines of their own, tables as tables.

Contract: ``read(path)`` returns the document's body text as Word shows it with its
changes accepted, one paragraph a line (empty paragraphs dropped; a paragraph's own line
breaks kept), each heading-styled paragraph on a line of its own, and each table as
tab-separated lines, its first row (the column names) above the others, which
``metrics.segment.grid`` reads cell by cell with the row's and the column's names. A cell
merged across columns is written once. A table that lays the page out (``_lays_out``: one
cell, or a cell holding a table) is read as the body is, cell after cell. A file that is
not a .docx or is damaged raises ``InputError`` saying to save it again as .docx.

The text is read from the XML rather than from python-docx's ``Paragraph.text``, which
keeps only a paragraph's direct runs and hyperlinks: it would lose the text a tracked
change inserted (``w:ins``), a content control holds (``w:sdt``, which templates put whole
paragraphs and tables in) and a field shows (``w:fldSimple``), each a figure gone in
silence. What a tracked change deleted or moved away (``w:del``, ``w:moveFrom``) is not
read.

Footnotes, endnotes and text boxes hold a report's text too (a footnote giving a figure's
source or its last year's value, a box of key figures beside a paragraph): each is read as
lines of its own right after the paragraph (or the table) that cites or anchors it, as a
reader meets it, so that its figures fall in that paragraph's section and no sentence of
the body is cut. Each note is read once, at its first reference; a note no paragraph cites
is not read.

Headers and footers repeat on every page (a running title, a page number, 内部资料), and
are not read, as the PDF reader drops its running heads, but for one kind: the unit that
issues the report set as a letterhead in a section's first-page header (东湖县统计局 above
a body whose title is 2023年工作总结: ``LETTERHEAD``; a compilation gives each report a
section) is read above that section's body when its first lines do not already say it, so
that the report keeps its department and place, as a plain-text copy with that line above
its title does. Comments are not read: a reviewer's
remark (此处应为128项) is about the report, not the report, and its figure is no finding.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable, Iterator
from io import BytesIO
from pathlib import Path
from typing import Any

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.table import Table, _Row
from lxml.etree import XMLSyntaxError, _Element

from metrics.errors import InputError
from metrics.io import SourceText
from metrics.readers import RESAVE, issuing_record, read_bytes, refuse_misnamed

# how an old Word (.doc) or WPS file begins: an OLE compound file
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# A .docx protected by a password to open it is no zip either: Word and WPS put the
# encrypted package in an OLE compound file, under a stream of this name (its directory
# holds names in UTF-16). Told apart from an old .doc, whose advice (save it as .docx)
# would not help: its password must be removed.
ENCRYPTED = "EncryptedPackage".encode("utf-16-le")
PROTECTED = (
    "a Word file protected by a password to open it, which cannot be read: open it in Word "
    "or WPS with its password, remove the password (Word: File > Info > Protect Document "
    "> Encrypt with Password) and save it again"
)
CELL_BREAK = str.maketrans({"\t": " ", "\n": " ", "\r": " "})
PARAGRAPH, TABLE, ROW, CELL = qn("w:p"), qn("w:tbl"), qn("w:tr"), qn("w:tc")
SECTION, PARAGRAPH_PROPERTIES = qn("w:sectPr"), qn("w:pPr")
# blocks that only wrap others: a content control, custom XML, their content
WRAPPERS = frozenset({qn("w:sdt"), qn("w:sdtContent"), qn("w:customXml")})
# what a run's elements show (python-docx's own mapping)
SHOWN = {qn("w:t"): None, qn("w:tab"): "\t", qn("w:ptab"): "\t", qn("w:cr"): "\n",
         qn("w:noBreakHyphen"): "-"}  # fmt: skip
BREAK, BREAK_TYPE, LINE_BREAK = qn("w:br"), qn("w:type"), "textWrapping"
# inside a paragraph, never its text: what a tracked change took out, a drawing's second
# copy for older Word (mc:Fallback: the same text box again), embedded objects, properties
NOT_SHOWN = frozenset(
    {
        qn("w:del"), qn("w:moveFrom"), qn("w:pPr"), qn("w:rPr"), qn("w:object"),
        "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback",
    }
)  # fmt: skip
# read after the paragraph that holds them (module contract): a text box's content, and a
# footnote's or endnote's reference, with the part its note is in
TEXT_BOX = qn("w:txbxContent")
NOTE_REFERENCES = {qn("w:footnoteReference"): "footnotes", qn("w:endnoteReference"): "endnotes"}
NOTE_ID, NOTE_KIND = qn("w:id"), qn("w:type")  # a note with a type is a separator line
NOTE_PARTS = {
    "footnotes": "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes",
    "endnotes": "http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes",
}


# The issuing unit as a page header holds it: a name ending in what a government unit's
# name ends with, without digits (a running title carries its year or page: 2023年工作总结
# （第1页）) and without a space (内部资料 注意保存). Counter-examples: 内部资料, 第1页,
# 某区统计局2023年工作总结, 青川市统计年鉴编辑部 (not a unit's ending: not read).
LETTERHEAD = re.compile(
    r"[^\d\s]{2,30}(?:局|厅|委|委员会|管委会|办|办公室|政府|院|中心|街道办事处)"
)
# the body's first lines, among which a letterhead already said is found
HEAD_LINES = 3


def read(path: Path) -> SourceText:
    """The document's text (see the module contract)."""
    return from_bytes(read_bytes(path), path)  # bytes: a local or a remote file alike


def from_bytes(data: bytes, path: Path) -> SourceText:
    """The text of the Word file whose bytes are ``data``."""
    if data.startswith(OLE):
        if ENCRYPTED in data:
            raise InputError(path, PROTECTED)
        raise InputError(path, f"an old Word .doc file under the suffix {path.suffix}: {RESAVE}")
    refuse_misnamed(data, path, "a Word .docx file", (b"PK",))
    try:
        document = _document(data, path)
        notes = _Notes(document)
        lines = []
        sections, groups = list(document.sections), _by_section(document)
        if len(sections) != len(groups):  # a section mark elsewhere: one section, nothing lost
            sections, groups = sections[:1], [[c for g in groups for c in g]]
        for section, blocks in zip(sections, groups, strict=True):
            read = list(_blocks(blocks, notes))
            lines += _letterhead(section, notes, read[:HEAD_LINES]) + read
        lines = [line for line in lines if not issuing_record(line)]
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, XMLSyntaxError) as exc:
        raise InputError(
            path,
            f"cannot be opened as a Word .docx file (damaged or another format: {exc}); "
            "open it in Word or WPS and save it again as .docx",
        ) from exc
    if not lines:
        raise InputError(path, "the Word file holds no text")
    return SourceText(path, path.name, "\n".join(lines) + "\n", "docx", input_format="docx")


def _document(data: bytes, path: Path) -> Any:
    """python-docx's document of ``data``; ``InputError`` for a Word package whose main
    part is no document (a template, .dotx, or a document with macros, .docm, renamed
    .docx: python-docx's ValueError, which failed as a bug)."""
    try:
        return docx.Document(BytesIO(data))
    except ValueError as exc:
        raise InputError(
            path, f"a Word file of another kind, a template or one with macros ({exc}): {RESAVE}"
        ) from exc


def _by_section(document: Any) -> list[list[_Element]]:
    """The body's blocks by the section of the document they are in (a compilation gives
    each report its own, with its own header): a paragraph whose properties hold a
    ``w:sectPr`` ends its section; the body's own ``w:sectPr`` is the last one's."""
    groups: list[list[_Element]] = [[]]
    for child in document.element.body:
        if child.tag == SECTION:
            continue
        groups[-1].append(child)
        properties = child.find(PARAGRAPH_PROPERTIES) if child.tag == PARAGRAPH else None
        if properties is not None and properties.find(SECTION) is not None:
            groups.append([])
    return groups


def _letterhead(section: Any, notes: _Notes, head: list[str]) -> list[str]:
    """The issuing unit in the header of a section's first page (``LETTERHEAD``), as a
    line to read above the section's body, unless one of its first lines ``head`` holds
    it; else none. (A section whose header is the one before's says nothing again.)"""
    header = section.first_page_header if section.different_first_page_header_footer else None
    if header is None or header.is_linked_to_previous:
        header = section.header
    if header.is_linked_to_previous:  # no header of its own
        return []
    for line in _blocks(header._element, notes):
        name = line.strip()
        if LETTERHEAD.fullmatch(name) and not any(name in said for said in head):
            return [name]
    return []


class _Notes:
    """The document, and its footnotes and endnotes by part and id, each given once."""

    def __init__(self, document: Any) -> None:
        self.document = document
        self.notes: dict[tuple[str, str], _Element] = {}
        for part, reltype in NOTE_PARTS.items():
            for rel in document.part.rels.values():
                if rel.reltype == reltype and not rel.is_external:
                    root = parse_xml(rel.target_part.blob)
                    for note in root:
                        if note.get(NOTE_KIND) is None:  # not a separator line
                            self.notes[(part, note.get(NOTE_ID, ""))] = note

    def take(self, part: str, ident: str) -> _Element | None:
        """The note ``ident`` of ``part``, the first time it is asked for; else None."""
        return self.notes.pop((part, ident), None)


def _blocks(parent: Iterable[_Element], notes: _Notes) -> Iterator[str]:
    """The lines of a body's (or a content control's, a note's, a text box's) paragraphs
    and tables, in order, each followed by the notes and text boxes it holds."""
    for child in parent:
        held: list[_Element] = []  # the notes and text boxes of this block, in order
        if child.tag == PARAGRAPH:
            # a heading is a paragraph of its own style: its own line, as any paragraph's
            yield from (line for line in _text(child, held, notes).split("\n") if line.strip())
        elif child.tag == TABLE and _lays_out(child):
            for cell in child.iter(CELL):  # each once: a nested table's are read in it
                if _parent_table(cell) is child:
                    yield from _blocks(cell, notes)
        elif child.tag == TABLE:
            table = Table(child, notes.document)
            rows = (_row(r, held, notes) for r in table.rows)
            yield from (row for row in rows if row.strip("\t "))
        elif child.tag in WRAPPERS:
            yield from _blocks(child, notes)
        for inner in held:
            yield from _blocks(inner, notes)


def _lays_out(table: _Element) -> bool:
    """Whether a table lays the page out rather than holding values: one of one cell (a
    box around a report or its 附件), or one of a single row a cell of which holds a table
    (附件 | its indicator table). Its cells' paragraphs are read as the body's, a line each;
    read as rows, the whole report in it was one line, its title and headings run into its
    sentences. A table of several rows is one of values even where a cell holds a small
    table of its own (固定资产投资 | 85亿元 | 其中工业投资…): its rows stay rows."""
    cells = [cell for cell in table.iter(CELL) if _parent_table(cell) is table]
    if len(cells) == 1:
        return True
    rows = sum(1 for row in table.iter(ROW) if _parent_table(row) is table)
    return rows == 1 and any(next(cell.iter(TABLE), None) is not None for cell in cells)


def _parent_table(element: _Element) -> _Element | None:
    """The table nearest above ``element`` (itself excluded)."""
    parent = element.getparent()
    while parent is not None and parent.tag != TABLE:
        parent = parent.getparent()
    return parent


def _text(element: _Element, held: list[_Element], notes: _Notes) -> str:
    """What a paragraph (or a cell) shows, its changes accepted (see the module contract);
    the notes it cites and the text boxes it anchors are added to ``held``."""
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
            elif tag == TEXT_BOX:
                held.append(child)
            elif tag in NOTE_REFERENCES:
                note = notes.take(NOTE_REFERENCES[tag], child.get(NOTE_ID, ""))
                if note is not None:
                    held.append(note)
            elif tag == PARAGRAPH and parts:  # a cell's next paragraph
                parts.append("\n")
                walk(child)
            else:
                walk(child)

    walk(element)
    return "".join(parts)


def _row(row: _Row, held: list[_Element], notes: _Notes) -> str:
    cells, seen = [], []  # seen holds the cells' elements alive, so identity is theirs
    for cell in row.cells:
        if any(cell._tc is tc for tc in seen):  # a merged cell repeats for each column
            continue
        seen.append(cell._tc)
        cells.append(_text(cell._tc, held, notes).translate(CELL_BREAK).strip())
    return "\t".join(cells)
