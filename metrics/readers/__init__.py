"""Reports as people get them: web pages, Word files and PDFs, read into plain text.

Contract: ``read_source(path)`` returns the ``SourceText`` the pipeline works on for any
input file: a ``.txt`` file as ``metrics.io.read_text`` reads it, any other format through
its reader, whose ``text`` is the extracted text every span points into (the run keeps it
beside the tables), ``input_format`` names the format and, for a PDF, ``pages`` holds the
offset where each page's text starts. Its line ends are those ``io.with_line_ends`` gives
plain text, whatever the format's library left. A ``.doc`` or ``.wps`` file is read by
what its first bytes say it is, when a reader takes that (a web page, a web archive, a
.docx under the old suffix). A file no reader can use (an old binary ``.doc``, a ``.wps``,
an RTF, an ``.odt``, an OFD, a PDF without a text layer, an encrypted or damaged file, and
a sheet, slides or an archive given by name: ``io.NOT_REPORT_TEXT``) raises ``InputError``
whose one line says what to do; a reader whose library is missing names the exact
``pip install``. The libraries are imported only when a file of their format is read, so
the ``.txt`` path needs none of them. Plain text under a reader's suffix is said to be
plain text, with the suffix that reads it (``PLAIN_TEXT``); a ZIP file by the parts it holds
(``packed_kind``: a sheet, slides, an archive under .docx or .pdf). Each reader drops an official
document's issuing record (``issuing_record``); plain text is read as it is.
"""

from __future__ import annotations

import codecs
import importlib
import os
import re
import shlex
import shutil
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from types import ModuleType

from metrics import regex_cache
from metrics.errors import InputError, system_said
from metrics.io import (
    BINARY_MAGIC,
    NOT_REPORT_TEXT,
    PAGE_PROLOGUE,
    WORD_PACKAGE,
    SourceText,
    foreign,
    packed_kind,
    read_regular,
    read_text,
    with_line_ends,
)

# suffix -> its input_format, which is also the name of its reader's module here
READERS: dict[str, str] = {
    ".html": "html",
    ".htm": "html",
    ".shtml": "html",
    ".mhtml": "mhtml",
    ".mht": "mhtml",
    ".docx": "docx",
    ".pdf": "pdf",
}
# formats that turn up in a folder of reports but that no reader takes: what to do instead
RESAVE = "open it in Word or WPS and save it as .docx"
REFUSED: dict[str, str] = {
    ".doc": "an old Word .doc file cannot be read: open it in Word or WPS and save it as .docx",
    ".wps": "a WPS document cannot be read: open it in WPS and save it as .docx",
    ".odt": "an OpenDocument text cannot be read: open it in WPS, Word or LibreOffice and "
    "save it as .docx",
    ".rtf": f"an RTF document cannot be read: {RESAVE}",
    ".ofd": "an OFD document cannot be read: open it in an OFD reader and save or print it as PDF",
}
# the refused suffixes under which publishing systems put a format that is read (附件.doc)
DISGUISABLE = frozenset({".doc", ".wps"})
PLAIN_FORMAT = "text"
INSTALL = "{pip} install 'gov-report-metrics[formats]' (in a clone: {pip} install -e '.[formats]')"
# the distribution that installs each reader's module: `pip install docx` is another package
DISTRIBUTIONS = {"docx": "python-docx", "pdfminer": "pdfminer.six", "lxml": "lxml"}


# An official document's issuing record (版记), below its text at the foot of its last page:
# the units that get copies (抄送：, 抄报：, 分送：, 发送：), the office that printed it and the
# day (…办公室　2025年2月14日印发, on one line or two: issuer and date on one baseline are a
# tab apart in a PDF's text), and the copies printed (（共印60份）, which read as a figure).
# Each is a line of its own: dropped by the Word, PDF and web page readers (``issuing_record``).
# Counter-examples, kept: a report's sentence that goes on after 印发 (于2024年3月5日印发
# 《实施方案》), one with 共印发 (共印发宣传手册1.2万份), and 抄送 inside a sentence
# (抄送市直部门备案文件35件).
ISSUING_RECORD = regex_cache.compile(
    r"^\s*(?:抄送|抄报|分送|发送)\s*[:：]"
    r"|^.{0,40}?\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印发"
    r"\s*(?:[（(]\s*共印\s*\d+\s*份\s*[）)])?\s*$"
    r"|^\s*[（(]?\s*共印\s*\d+\s*份\s*[）)]?\s*$"
)


def issuing_record(line: str) -> bool:
    """Whether ``line`` is a line of an official document's issuing record (``ISSUING_RECORD``)."""
    return ISSUING_RECORD.search(line) is not None


# A web page (or web archive) is parsed whole into lxml's tree, at about 12 bytes of memory
# a byte of page (a page of 20 MB: 290 MB at its peak, measured): one of gigabytes would run
# the machine out of memory, where plain text of any size is read in blocks. Past this
# size a page is refused with its size and what to do. (No report is near it: a page of
# one is a few hundred KB; a Word file or a PDF is no more text for its size, its images.)
WHOLE_BYTES = 256 * 2**20
PARSED_WHOLE = frozenset({"html", "mhtml"})


def _refuse_huge_page(path: Path) -> None:
    """``InputError`` for a page past ``WHOLE_BYTES`` (see there)."""
    try:
        size = path.stat().st_size
    except OSError:
        return  # reading it says what is wrong
    if size > WHOLE_BYTES:
        raise InputError(
            path,
            f"a web page too large to read whole ({size / 2**20:,.0f} MB; at most "
            f"{WHOLE_BYTES / 2**20:,.0f} MB, parsed at about 12 bytes of memory a byte): "
            "save its text as .txt, which is read in blocks of any size",
        )


def is_plain(path: Path) -> bool:
    """Whether ``path`` is read as plain text (no reader takes or refuses its suffix)."""
    suffix = path.suffix.lower()
    return suffix not in READERS and suffix not in REFUSED and suffix not in NOT_REPORT_TEXT


def read_source(path: Path) -> SourceText:
    """The text of any input file (see the module contract)."""
    suffix = path.suffix.lower()
    if suffix in NOT_REPORT_TEXT:  # given by name (a folder's are skipped: metrics.io)
        raise InputError(path, NOT_REPORT_TEXT[suffix])
    if READERS.get(suffix) in PARSED_WHOLE:
        _refuse_huge_page(path)
    if suffix in DISGUISABLE:
        source = _disguised(path)
    elif suffix in REFUSED:
        raise InputError(path, REFUSED[suffix])
    elif suffix not in READERS:
        source = read_text(path)
    else:
        reader: Callable[[Path], SourceText] = _reader_module(READERS[suffix], path).read
        source = reader(path)
    text = with_line_ends(source.text)
    said = foreign(text) if source.damage is None else None  # read right, but no Chinese?
    if said:
        return replace(source, text=text, damage=said)
    return source if text is source.text else replace(source, text=text)


# What a file under a refused suffix may be (the systems that publish reports give a web
# page, a web archive or a .docx the name 附件.doc): its first bytes, after blanks and a
# BOM, in lower case, and the reader that reads it.
DISGUISED = (
    (b"pk\x03\x04", "docx"),
    (b"mime-version:", "mhtml"),
    (b"from:", "mhtml"),
    (b"<", "html"),
)
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
# ... and what it may be that no reader takes, with what to do
UNREAD = (
    (b"{\\rtf", "an RTF document"),
    (b"<?xml", "a Word 2003 XML document"),  # before "<": an XML file is no web page
)


def _disguised(path: Path) -> SourceText:
    """The text of a file under a refused suffix that is in truth a format read (see
    ``DISGUISED``); else the ``InputError`` of its suffix (an RTF file named as such)."""
    data = read_bytes(path)
    head = data[:1024]
    if not head.startswith(b"PK"):  # a web page or archive saved as .doc: parsed whole
        _refuse_huge_page(path)
    if head[:2] in UTF16_BOMS:  # (a web page Word saved as Unicode: its tags in UTF-16)
        head = head.decode("utf-16", "ignore").encode()
    head = head[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    for magic, what in UNREAD:
        if head.startswith(magic) and (magic != b"<?xml" or b"<w:worddocument" in head):
            raise InputError(path, f"{what} cannot be read: {RESAVE}")
    for magic, name in DISGUISED:
        if head.startswith(magic):
            source: SourceText = _reader_module(name, path).from_bytes(data, path)
            return source
    if plain_text(data):
        raise InputError(path, f"not a {path.suffix} document: {PLAIN_TEXT}")
    raise InputError(path, REFUSED[path.suffix.lower()])


def _reader_module(name: str, path: Path) -> ModuleType:
    try:
        return importlib.import_module(f"metrics.readers.{name}")
    except ImportError as exc:  # the optional library is not installed
        module = (exc.name or "a library").split(".")[0]
        install = INSTALL.format(pip=_pip())
        raise InputError(
            path,
            f"reading {path.suffix} files needs {DISTRIBUTIONS.get(module, module)}: {install}",
        ) from exc


def _pip() -> str:
    """The command that installs into the Python running metrics: ``pip`` when the first
    on PATH is its own, else ``<python> -m pip`` — after ``make run`` the clone's ``.venv``
    is not activated, and the ``pip`` a user would type installs elsewhere (or is refused
    as an externally managed environment), leaving this error as it was."""
    found = shutil.which("pip")
    if found and os.path.dirname(found) == os.path.dirname(sys.executable):
        return "pip"
    return f"{shlex.quote(sys.executable)} -m pip"  # (a path with spaces pastes whole)


# A download that gave the site's page instead of the file (an error page, a sign-in or a
# redirect saved as 报告.pdf), or a file saved under another format's suffix: what its
# first bytes are, after a BOM and blanks. Said so, with what to do, where the reader's
# own failure said "damaged" and "save it again as .docx" (which it never was).
WEB_PAGE_HEAD = regex_cache.compile_re(
    PAGE_PROLOGUE.encode() + rb"(?:<!doctype\s+html|<html[\s>]|<head[\s>])", re.I
)


def refuse_misnamed(data: bytes, path: Path, name: str, own: tuple[bytes, ...]) -> None:
    """Raise ``InputError`` when ``data``, given to the reader of ``name`` (a PDF, a Word
    .docx file) whose files begin with one of ``own``, begins as another format does:
    a binary one of ``io.BINARY_MAGIC``, or a web page (``WEB_PAGE_HEAD``)."""
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n")
    packed = packed_kind(data) if head.startswith(b"PK") else None
    if head.startswith(own) and packed in (None, WORD_PACKAGE):
        return
    if packed == WORD_PACKAGE:  # a Word file under another reader's suffix
        raise InputError(path, f"not {name}: {packed}: give it the suffix .docx to read it as one")
    if packed is not None:
        raise InputError(path, f"not {name}: {packed}")
    for magic, what in BINARY_MAGIC:
        if head.startswith(magic):
            raise InputError(path, f"not {name}: looks like {what}")
    if WEB_PAGE_HEAD.match(head):
        raise InputError(
            path,
            f"not {name}: a web page (HTML): a download that gave the site's page (an error, "
            "a sign-in) instead of the file? download it again; a page saved so: give it "
            "the suffix .html to read it as one",
        )
    if plain_text(data):
        raise InputError(path, f"not {name}: {PLAIN_TEXT}")


# A report saved as plain text under a format's suffix (renamed by hand, or by a system
# that names every attachment .pdf): said so by each reader, with the suffix that reads it
# (a page of no tag was read as one paragraph, its line ends spaces; a PDF or a Word file
# was called damaged).
PLAIN_TEXT = "plain text (a report saved under another suffix?): give it the suffix .txt"
TAG = regex_cache.compile_re(r"<[A-Za-z!?/]")
TEXT_CODECS = ("utf-8", "gb18030")


def plain_text(data: bytes) -> bool:
    """Whether a file's bytes ``data`` are text without a tag: their first ``SNIFF``
    bytes decode (UTF-8, GB18030, UTF-16 with its mark; a character cut at the end
    allowed) without a NUL or another control character but blanks, and hold no tag."""
    head = data[:SNIFF]
    for bom in UTF16_BOMS:
        if head.startswith(bom):
            text = codecs.getincrementaldecoder("utf-16")("replace").decode(head)
            break
    else:
        text = next(filter(None, (_decoded(head, codec) for codec in TEXT_CODECS)), "")
    if not text.strip() or CONTROL.search(text):
        return False
    return TAG.search(text) is None


SNIFF = 4096
CONTROL = regex_cache.compile_re(r"[\x00-\x08\x0e-\x1f\x7f]")


def _decoded(head: bytes, codec: str) -> str:
    """``head`` decoded strictly in ``codec`` (a character cut at its end left out), or ""."""
    try:
        return codecs.getincrementaldecoder(codec)().decode(head)
    except UnicodeDecodeError:
        return ""


def read_bytes(path: Path) -> bytes:
    """A file's bytes, or an ``InputError`` naming it and why it cannot be read."""
    try:
        data = read_regular(path)  # a file turned FIFO since it was listed is refused
    except OSError as exc:
        raise InputError(path, f"cannot be read ({system_said(exc)})") from exc
    if not data.strip():
        raise InputError(path, "the file is empty")
    return data
