"""Reading input: which files, and their text.

Contract: ``iter_inputs(paths)`` yields an ``InputFile`` for every input file under the
given files and folders, sorted and without duplicates (a folder is walked recursively;
symlink loops are not followed twice), named by its path relative to the folder given (a
file given directly by its own name), so that ``a/report.txt`` and ``b/report.txt`` stay
apart; ``iter_input_files`` yields their paths. Only regular files are read: a FIFO, a
device (a link to ``/dev/zero``) or a socket would hang or never end, so it is skipped and
handed to ``on_skip``, and so are the runs and exports of an output folder of metrics met
in a folder (an ``--out`` inside the input folder: its texts are never read back as
reports), and a spreadsheet, presentation or archive (``NOT_REPORT_TEXT``) found there.
A name that is not valid UTF-8 keeps its bytes as ``\\xNN`` escapes.
``settle(files)`` makes the files of several inputs one list: each file once, each name
once. ``read_text(path)`` returns the decoded text and the encoding it detected, or
raises ``InputError`` naming the file and the problem. Nothing here guesses silently: a
file that is neither valid UTF-8/UTF-16 nor valid GB18030 is refused, and text in Big5
that GB18030 also decodes is told from GBK by the characters each reading gives (``BIG5``);
a file of lines in UTF-8 and lines in GBK is read a line at a time (``TWO_ENCODINGS``).
``TextStream(path)`` decodes a large file block by block with the same checks, the
encoding judged on its first block, so that it is never held whole. ``foreign(text)`` says
what a text read right is when its words are mostly not Chinese (Korean, Japanese,
English...): said as the file's damage, by ``metrics.readers.read_source`` and by
``TextStream`` of its first block, never passed on in silence.
Every line end reaches the later stages as ``\\n`` or ``\\r\\n`` (``with_line_ends``): a lone
CR (a file saved on an old Mac or by some exports), NEL, Unicode's line and paragraph
separators and a vertical tab (Word's line break) each become ``\\n``, one character for
one, so that a title is one line and every offset is still that of the character in the
file; any other control character (a form feed, a DOS end-of-file mark) becomes a space.
"""

from __future__ import annotations

import codecs
import contextlib
import functools
import os
import re
import stat
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path, PosixPath
from typing import Any

from metrics import regex_cache  # (its patterns kept between starts: re parses in Python)
from metrics.errors import InputError, system_said

# Signatures of binary formats that turn up with a .txt name after a bad download.
BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    # what to do, where a reader takes the file under its own suffix (a report saved with
    # the wrong one: 报告.txt that is a PDF or a Word file)
    (b"%PDF", "a PDF file: give it the suffix .pdf to read it as one"),
    (b"PK\x03\x04", "a ZIP archive or a Word file: a Word file reads with the suffix .docx"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\xd0\xcf\x11\xe0", "an old Office document: save it from Word or WPS as .docx"),
    (b"\x1f\x8b", "a gzip archive"),
)
# Files a folder is searched for: plain text, and the formats metrics.readers reads or
# refuses with advice (an old .doc is listed as failed, not passed over in silence).
INPUT_SUFFIXES = (
    ".txt", ".html", ".htm", ".shtml", ".mhtml", ".mht", ".docx", ".pdf", ".doc", ".wps",
    ".odt", ".rtf", ".ofd",
)  # fmt: skip
# Files that sit in a folder of reports but hold no report's text to read: a statistics
# sheet sent with a report (附件.xlsx, a WPS 表格 .et), a presentation, an archive of
# attachments. In a folder each is named in a warning and skipped, never passed over in
# silence (a user who sees no row of them asks why); given by name, each is a failure
# with the same words. Images are not named: a folder of photos is no folder of reports.
SPREADSHEET = (
    "a spreadsheet, not read: metrics reads report text (.txt, web pages, .docx, .pdf); "
    "a table pasted into a .docx is read cell by cell"
)
SLIDES = "a presentation, not read: metrics reads report text (.txt, web pages, .docx, .pdf)"
ARCHIVE = "an archive, not opened: unpack it and give its folder"
NOT_REPORT_TEXT: dict[str, str] = {
    **dict.fromkeys((".xlsx", ".xlsm", ".xls", ".et", ".ods", ".csv"), SPREADSHEET),
    **dict.fromkeys((".pptx", ".ppt", ".dps", ".odp"), SLIDES),
    **dict.fromkeys((".zip", ".rar", ".7z"), ARCHIVE),
}
# What a ZIP file is, by the parts it holds: Office's formats are all ZIP files (a sheet or
# slides saved under .docx were given to python-docx, whose ValueError was no InputError:
# the file failed as a bug), as are OpenDocument's and a plain archive. (the first part's
# folder or name, what it is)
WORD_PACKAGE = "a Word file"
PACKED = (
    ("word/", WORD_PACKAGE),
    ("xl/", f"an Excel spreadsheet (.xlsx) under another suffix: {NOT_REPORT_TEXT['.xlsx']}"),
    ("ppt/", f"a PowerPoint presentation (.pptx) under another suffix: {NOT_REPORT_TEXT['.pptx']}"),
    (
        "content.xml",
        "an OpenDocument file (.odt, .ods…): open it in WPS, Word or LibreOffice and save it "
        "as .docx",
    ),
)


def packed_kind(data: bytes) -> str | None:
    """What the ZIP file ``data`` is (``PACKED``): ``WORD_PACKAGE``, what another Office or
    OpenDocument file is, with what to do, or an archive's advice; None when it is no
    readable ZIP file (damaged: its reader says so)."""
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            names = archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return None
    for start, what in PACKED:
        if any(n.startswith(start) for n in names):
            return what
    return f"a ZIP archive (of {len(names)} file(s)): {ARCHIVE}"


# Images are not named when a folder also holds reports (a photo beside a report is none),
# but a folder that holds no report file and images instead is a folder of scans (the
# pages of a printed report photographed): the error says so, with what to do.
IMAGES = (".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp", ".gif", ".webp", ".heic")


def images_instead(folder: Path | str) -> str:
    """For a folder that holds no report file: "" or what it holds instead, when that is
    images (how many, the first names, what to do)."""
    path = as_path(folder)
    if is_url(path) or not isinstance(path, Path) or not path.is_dir():
        return ""
    found = sorted(
        (Path(root, f) for root, _, files in os.walk(path) for f in files),
        key=lambda f: str(f),
    )
    images = [f for f in found if f.suffix.lower() in IMAGES]
    if not images:
        return ""
    names = ", ".join(display_name(f.relative_to(path).as_posix()) for f in images[:3])
    more = ", …" if len(images) > 3 else ""
    return (
        f"; it holds {len(images)} image(s) ({names}{more}): a scan is not read, metrics "
        "reads text; turn it into text first (OCR) and give that"
    )


# The mark metrics leaves in an output folder (written by ``metrics.tables``): the folders
# it writes there are never searched for input, so a re-run whose --out lies in its input folder
# does not read the texts the run before kept there.
OUTPUT_MARKER = ".metrics-output"
# What metrics writes there (runs/, the current/ link to one, export/): a user's own files
# beside them are read as any others, so --out may be the input folder itself.
OUTPUT_FOLDERS = frozenset({"runs", "current", "export"})


# Line ends other than LF and CRLF (see the module contract). Python's ``str.splitlines``
# and Unicode's line breaking take all of them as line ends; the later stages look for
# ``\\n`` alone (a CR is deleted by normalising, as the half of a CRLF), so a file of lone
# CRs was one line: its title ran on into the text below it.
LONE_CR = regex_cache.compile_re(r"\r(?!\n)")
# NEL, LS, PS, and VT: the line break Word keeps inside a paragraph (Shift+Enter), which
# some copies and exports carry. Not FF: pdftotext puts one after the line end that closes
# a page, where a second line end would open a paragraph inside a sentence.
OTHER_LINE_ENDS = {"\x85": "\n", "\u2028": "\n", "\u2029": "\n", "\x0b": "\n"}
# The other control characters a report's text may carry, none of them text: FF (above),
# the end-of-file mark an old DOS editor wrote (SUB), a stray BEL or ESC of a copy. Each is
# read as the blank it shows as, one character for one: kept, it stood in every sentence
# and metric of the figures near it, and a notebook's ``to_excel`` of the tables raised
# (openpyxl refuses them in a cell). Not NUL, which is damage (``_without_nuls``).
BLANKS = {chr(c): " " for c in (*range(0x01, 0x09), 0x0C, *range(0x0E, 0x20), 0x7F)}
LINE_END_TABLE = str.maketrans(OTHER_LINE_ENDS | BLANKS)
# (one scan finds whether a text holds any of them: most hold none)
TRANSLATED = regex_cache.compile_re("[" + re.escape("".join(OTHER_LINE_ENDS | BLANKS)) + "]")


def with_line_ends(text: str) -> str:
    """``text`` whose line ends are all ``\\n`` or ``\\r\\n``: a lone CR, NEL, U+2028,
    U+2029 and VT each replaced by ``\\n``; and without control characters (``BLANKS``),
    each a space. One character for one: offsets do not move. A CR at the
    very end is a line end (a block that ends there: see ``TextStream``)."""
    if "\r" in text:
        text = LONE_CR.sub("\n", text)
    if TRANSLATED.search(text):
        text = text.translate(LINE_END_TABLE)
    return text


@dataclass(frozen=True, slots=True)
class SourceText:
    """A decoded input file; ``damage`` says where undecodable bytes were replaced."""

    path: Path
    name: str
    text: str
    encoding: str
    damage: str | None = None
    input_format: str = "text"  # the format the text was extracted from (metrics.readers)
    pages: tuple[int, ...] = ()  # a PDF's: the offset where each page's text starts


def is_url(path: Path | str) -> bool:
    """Whether ``path`` names remote storage (``s3://…``, ``hdfs://…``, ``memory://…``)."""
    return "://" in str(path) and not isinstance(path, Path)


def as_path(raw: Path | str) -> Path:
    """A local path, or for a URL a ``pathlib``-like path on any fsspec file system (S3,
    HDFS, GCS…: universal_pathlib), so that everything downstream reads both alike."""
    if not is_url(raw):
        return Path(raw)
    try:
        from upath import UPath
    except ImportError as exc:
        raise InputError(
            raw, "URLs need fsspec paths: pip install 'gov-report-metrics[remote]'"
        ) from exc
    try:
        return UPath(raw)
    except (ImportError, ValueError) as exc:  # a file system fsspec does not know
        raise InputError(raw, f"cannot be listed ({exc})") from exc


@dataclass(frozen=True, slots=True)
class InputFile:
    """A file to read, and its name in the tables (``source_file``); or, with a
    ``problem``, a folder found in a folder given that could not be listed (no
    permission): none of its files were read, and the run lists it as a failure of its
    own, with that problem, as it does a file that cannot be read."""

    path: Path
    name: str
    problem: str | None = None


Skipped = Callable[[Path, str], None]


def display_name(name: str) -> str:
    """``name`` as it can be written and printed: bytes that were not UTF-8 (kept by the
    file system as surrogate escapes) become ``\\xNN``; a valid name is unchanged."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def iter_inputs(paths: Iterable[Path | str], on_skip: Skipped | None = None) -> Iterator[InputFile]:
    """Yield the input files named by ``paths``, sorted, each once (module contract).

    A path that does not exist raises ``InputError``; the caller decides whether to go on.
    """
    seen: set[object] = set()
    for raw in paths:
        path = as_path(raw)
        try:
            if not path.exists():
                raise InputError(display_name(str(path)), _missing(str(raw)))
            if path.is_dir():
                found, unlisted = _walk(path, on_skip)
                files = [InputFile(f, _relative(f, path)) for f in found]
                if unlisted:  # in the listing's order, among the files
                    files += [InputFile(d, _relative(d, path), why) for d, why in unlisted]
                    files.sort(key=lambda f: f.path)
            elif _regular(path, on_skip):
                files = [InputFile(path, display_name(path.name))]
            else:
                files = []
        except (OSError, ImportError, ValueError) as exc:  # remote: no file system, no access
            problem = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
            raise InputError(path, f"cannot be listed ({problem})") from exc
        for file in files:
            key = file.path.resolve() if isinstance(file.path, Path) else str(file.path)
            if key not in seen:
                seen.add(key)
                yield file


def sources_of(given: Path | str, files: Iterable[InputFile]) -> dict[object, dict[str, str]]:
    """Where each of ``files``, found under the input ``given``, was read, by its path
    (``outputs.Sources``): ``root``, the folder given made absolute (for a file given
    directly, its folder; a URL as it is), and ``path``, the file's path below it. (The
    input is asked once whether it is a folder: remote storage answers over the network.)"""
    path = as_path(given)
    local = isinstance(path, Path) and not is_url(path)
    folder = path.is_dir()
    found = {}
    for file in files:
        if folder and file.path != path:
            root, below = path, file.path.relative_to(path).as_posix()
        else:
            root, below = path.parent, path.name
        found[file.path] = {"root": os.path.abspath(root) if local else str(root), "path": below}
    return found


def _missing(raw: str) -> str:
    """Why a path given does not exist: ``-``, which many tools read as standard input,
    is no file here (a report is read from a file, which its rows' offsets point into)."""
    if raw == "-":
        return (
            "no such file or directory: standard input is not read (each row's offsets "
            "point into a file); save the text to a file and give its name"
        )
    return "no such file or directory" + wildcard_hint(raw)


def wildcard_hint(raw: str) -> str:
    """What to do when a path that does not exist is a wildcard pattern: ``*.docx``
    that matched no file reaches the program as written (a shell passes a pattern that
    matches nothing as it is, and Python expands none), which then looked for a file
    named ``*.docx``. Empty for any other path."""
    if not any(c in raw for c in "*?["):
        return ""
    return (
        " (a wildcard pattern is not expanded here: give the folder, which is searched "
        "for report files, or the files' own names)"
    )


def iter_input_files(paths: Iterable[Path | str]) -> Iterator[Path]:
    """The paths of ``iter_inputs(paths)``."""
    return (f.path for f in iter_inputs(paths))


def utf8_name(place: str | Path) -> bool:
    """Whether ``place`` is named in valid UTF-8: Arrow, which writes and reads the tables,
    takes a path as UTF-8 text only (a name of other bytes is kept as surrogate escapes,
    which Python reads and Arrow refuses)."""
    try:
        str(place).encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def settle(files: Iterable[InputFile]) -> list[InputFile]:
    """The files of several inputs as one list, in order: a file reached twice (given
    twice, or given and found again in a folder given) is kept once, as first reached;
    files given the same name (one name below two folders given, two files of one name
    given directly) are each named by as many of their path's last parts as tell them
    apart (``2023/report.txt``, ``2024/report.txt``), so that no two share an id."""
    kept: dict[object, InputFile] = {}
    for file in files:
        kept.setdefault(_identity(file.path), file)
    names: dict[str, list[InputFile]] = {}
    for file in kept.values():
        names.setdefault(file.name, []).append(file)
    renamed = {}
    for name, same in names.items():
        if len(same) > 1:
            renamed.update(_apart(name, same))
    return [renamed.get(f.path, f) for f in kept.values()]


def _identity(path: Path) -> object:
    return path.resolve() if isinstance(path, Path) else str(path)


def _apart(name: str, files: list[InputFile]) -> dict[Path, InputFile]:
    """``files`` of one ``name``, each renamed by the last parts of its path (at least
    one part more than ``name`` holds) that are distinct among them."""
    parts = [tuple(f.path.parts) for f in files]
    tails = [str(_identity(f.path)) for f in files]  # whole paths, if nothing shorter
    for count in range(len(name.split("/")) + 1, max(map(len, parts)) + 1):
        shorter = ["/".join(p[-count:]).replace("//", "/") for p in parts]
        if len(set(shorter)) == len(shorter):
            tails = shorter
            break
    return {
        f.path: InputFile(f.path, display_name(tail)) for f, tail in zip(files, tails, strict=True)
    }


def _relative(file: Path, root: Path) -> str:
    """The name of ``file`` in the tables: its path below ``root`` (remote paths too)."""
    return display_name(file.relative_to(root).as_posix())


def _regular(path: Path, on_skip: Skipped | None) -> bool:
    """Whether ``path`` is a regular file (after links); else it is handed to ``on_skip``."""
    if is_url(path) or not isinstance(path, Path):
        return path.is_file()
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:  # a link whose target is gone
        if on_skip is not None:
            on_skip(path, "a broken link (its target does not exist): skipped")
        return False
    if stat.S_ISREG(mode):
        return True
    if on_skip is not None:
        on_skip(path, f"not a regular file ({_kind(mode)}): skipped")
    return False


def _kind(mode: int) -> str:
    return "a FIFO" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode) else "a device"


def read_regular(path: Path) -> bytes:
    """The bytes of ``path``, checked to be a regular file when opened: a file replaced
    by a FIFO or a device after it was listed would be read for ever (a FIFO's open waits
    for a writer; O_NONBLOCK does not, and changes nothing for a regular file). Remote
    files are read as they are. ``OSError`` as ``path.read_bytes`` raises it."""
    if not isinstance(path, PosixPath):
        return path.read_bytes()
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    with os.fdopen(fd, "rb") as fh:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise InputError(path, f"not a regular file ({_kind(mode)}): skipped")
        return fh.read()


# Files other programs keep beside a report under a report's suffix, skipped when found in
# a folder (a file given by name is read): the owner file Word and WPS write while a
# document is open (`~$名称.docx`: its first letters replaced, 162 bytes, no zip), and the
# AppleDouble file a Mac writes beside each file on a disk or in a zip (`._名称.txt`).
NOT_REPORTS = (
    ("~$", "the lock file of a document open in Word or WPS, no report: skipped"),
    ("._", "macOS metadata of the file beside it, no report: skipped"),
)


def _other_program(path: Path, on_skip: Skipped | None) -> bool:
    """Whether ``path`` is one of ``NOT_REPORTS`` (named to ``on_skip``)."""
    for prefix, what in NOT_REPORTS:
        if path.name.startswith(prefix):
            if on_skip is not None:
                on_skip(path, what)
            return True
    return False


# The folder a browser writes beside a page saved whole ("webpage, complete": 报告.html and
# 报告_files/, IE in some locales 报告.files/): its frames are pages too (saved_resource.html:
# a share bar, an advert), none a report. Skipped only beside its page.
SAVED_WITH_PAGE = ("_files", ".files")
PAGE_SUFFIXES = (".html", ".htm", ".shtml")


def _without_saved_resources(found: list[Path], on_skip: Skipped | None) -> list[Path]:
    """``found`` less the files inside a folder a browser saved with a page that is in
    ``found`` too (``SAVED_WITH_PAGE``); each such folder named to ``on_skip`` once."""
    names = {str(f).lower() for f in found}
    skipped: dict[str, Path] = {}

    def saved(file: Path) -> bool:
        for folder in file.parents:
            end = next((e for e in SAVED_WITH_PAGE if folder.name.lower().endswith(e)), None)
            if end is None:
                continue
            stem = str(folder)[: -len(end)].lower()
            if any(stem + suffix in names for suffix in PAGE_SUFFIXES):
                skipped.setdefault(str(folder), folder)
                return True
        return False

    kept = [f for f in found if not saved(f)]
    if on_skip is not None:
        for folder in skipped.values():
            on_skip(folder, "the files a browser saved with the web page beside it: skipped")
    return kept


def _read_here(name: str, folder: Path, on_skip: Skipped | None) -> bool:
    """Whether the file ``name`` found in ``folder`` is one to read; one of
    ``NOT_REPORT_TEXT`` is named to ``on_skip``."""
    lower = name.lower()
    if lower.endswith(INPUT_SUFFIXES):
        return True
    what = NOT_REPORT_TEXT.get(lower[lower.rfind(".") :]) if "." in lower else None
    if what is not None and on_skip is not None and not name.startswith(("~$", "._")):
        on_skip(folder / name, f"{what}: skipped")
    return False


# What a folder found in a folder given is when it cannot be listed: its files unread.
UNLISTED = "a folder that cannot be listed ({}): none of its files were read"


def _walk(
    folder: Path, on_skip: Skipped | None = None
) -> tuple[list[Path], list[tuple[Path, str]]]:
    """The files to read below ``folder``, sorted, and the folders below it that could
    not be listed, each with why (``UNLISTED``): ``os.walk`` passes over such a folder
    in silence, and a report in it would be missing from the tables with no word said.
    ``folder`` itself not listed raises its ``OSError`` (``iter_inputs`` names it)."""
    unlisted: list[tuple[Path, str]] = []

    def refused(exc: OSError) -> None:
        where = Path(exc.filename) if exc.filename else folder
        if where == folder:
            raise exc
        unlisted.append((where, UNLISTED.format(system_said(exc))))

    if not isinstance(folder, Path):  # remote storage: no symlinks to loop through
        found = (f for f in folder.rglob("*") if _read_here(f.name, f.parent, on_skip))
        found = (f for f in found if not _other_program(f, on_skip))
        files = sorted((f for f in found if f.is_file()), key=str)
        return _without_saved_resources(files, on_skip), unlisted
    found: list[Path] = []
    visited: set[tuple[int, int]] = set()
    for root, dirs, files in os.walk(folder, onerror=refused, followlinks=True):
        st = os.stat(root)
        ident = (st.st_dev, st.st_ino)
        if ident in visited:  # a symlink loop: this folder was walked already
            dirs[:] = []
            continue
        visited.add(ident)
        if (Path(root) / OUTPUT_MARKER).exists() and set(dirs) & OUTPUT_FOLDERS:
            dirs[:] = [d for d in dirs if d not in OUTPUT_FOLDERS]
            if on_skip is not None:
                on_skip(Path(root), "an output folder of metrics: its runs and exports skipped")
        dirs.sort()
        found.extend(Path(root) / f for f in sorted(files) if _read_here(f, Path(root), on_skip))
    files = sorted(f for f in found if not _other_program(f, on_skip) and _regular(f, on_skip))
    return _without_saved_resources(files, on_skip), unlisted


def read_text(path: Path) -> SourceText:
    """Read and decode one file, detecting its encoding."""
    try:
        data = read_regular(path)
    except OSError as exc:
        raise InputError(path, f"cannot be read ({system_said(exc)})") from exc
    text, encoding, damage = decode_bytes(data, path)
    refuse_other_format(text, path)
    text = with_line_ends(text)
    return SourceText(path=path, name=path.name, text=text, encoding=encoding, damage=damage)


# How a document of another format saved under a plain-text name begins (after blanks and
# a BOM), and what reads it: read as text, a web page's tags, menus and scripts ran into the
# titles and metrics (a metric `<html><head>…`), and an RTF file's control words, a saved
# page's MIME parts (base64, =E5=85=A8…) and Word's XML were "mostly not Chinese words"
# (``foreign``), which sent a user looking at the language, not the format. Judged on the
# first ``HEAD_CHARS`` characters: a tag where a document begins, not a word that begins
# with one (<html5课件…>, a title in angle brackets). (each: the start, what must stand in
# the head besides, the problem)
HEAD_CHARS = 3000
_START = r"[ \t\r\n\ufeff]*"
# What may stand before a web page's first tag: its XML declaration (XHTML), and comments,
# among them the mark a browser puts at the top of a page it saved (Internet Explorer and
# the browsers after it: <!-- saved from url=(0048)http://www.example.gov.cn/… -->), before
# or after the doctype. A page saved so was read as text (its tags "not Chinese words").
PAGE_PROLOGUE = (
    r"(?:<\?xml[^>]*>\s*)?(?:<!--(?s:.*?)-->\s*)*(?:<!doctype[^>]*>\s*(?:<!--(?s:.*?)-->\s*)*)?"
)
OTHER_FORMATS: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (
        regex_cache.compile_re(_START + r"<\?xml\b", re.IGNORECASE),
        "<w:wordDocument",
        "a Word 2003 XML document cannot be read: open it in Word or WPS and save it as .docx",
    ),
    (
        regex_cache.compile_re(
            _START + PAGE_PROLOGUE + r"(?:<!doctype\s+html|<html[\s>]|<head[\s>])", re.I
        ),
        "",
        "a web page (HTML): give it the suffix .html to read it as one",
    ),
    (
        regex_cache.compile_re(
            _START + r"(?:from|mime-version|subject|date|content-type)\s*:", re.IGNORECASE
        ),
        "multipart/related",
        "a web page saved as one file (MHTML): give it the suffix .mhtml to read it as one",
    ),
    (
        regex_cache.compile_re(_START + r"\{\\rtf"),
        "",
        "an RTF document cannot be read: open it in Word or WPS and save it as .docx",
    ),
)


def refuse_other_format(text: str, path: Path | str) -> None:
    """Raise ``InputError`` for text that is a document of another format (an ``.html``
    file saved as ``.txt``, an RTF or a saved web archive under ``.txt``), with the
    suffix that reads it or what to do (``OTHER_FORMATS``)."""
    head = text[:HEAD_CHARS]
    for start, inside, problem in OTHER_FORMATS:
        if start.match(head, 0, 300) and inside.lower() in head.lower():
            raise InputError(path, problem)


def decode_bytes(data: bytes, path: Path | str = "<bytes>") -> tuple[str, str, str | None]:
    """Decode ``data``: BOM first, then strict UTF-8, then strict GB18030 (or Big5, when
    that is what the bytes are: ``BIG5``).

    Returns the text, the encoding's name and, for a file that is good but for some bad
    bytes, where it broke (the bad bytes become U+FFFD, so offsets stay exact for the
    rest; a few stray NUL bytes in text that decodes become U+FFFD too, and are said so).
    Raises ``InputError`` for empty, binary or undecodable input, and for UTF-16 without
    its byte-order mark (named, with what to do).
    """
    if not data.strip():
        raise InputError(path, "the file is empty")
    packed = packed_kind(data) if data.startswith(b"PK") else None
    if packed is not None:  # (a Word file, a sheet, an archive: which, by its parts)
        reads = ": give it the suffix .docx to read it as one" if packed == WORD_PACKAGE else ""
        raise InputError(path, f"not a text file: {packed}{reads}")
    for magic, what in BINARY_MAGIC:
        if data.startswith(magic):
            raise InputError(path, f"not a text file: looks like {what}")
    marked = _marked(data)
    if marked is not None:
        utf8 = marked == "utf-8-sig"
        text = _strict(data[3:], "utf-8", path) if utf8 else _strict(data, marked, path)
        if not text.strip():  # a byte-order mark and blanks (U+3000 too): no text either
            raise InputError(path, "the file is empty (a byte-order mark, no text)")
        return _without_nuls(text, marked, None)
    problem = _nul_problem(data[:SNIFF_BYTES])
    if problem:
        raise InputError(path, problem)
    try:
        text, encoding, damage = _guessed(data, path)
    except InputError:
        if b"\x00" in data:  # NULs among bytes that do not decode: no text
            raise InputError(path, NOT_TEXT) from None
        raise
    if damage and "\x00" in text:
        raise InputError(path, NOT_TEXT)
    return _without_nuls(text, encoding, damage)


# Unicode text that says its encoding by a byte-order mark, and the codec that reads it
# (and drops the mark). UTF-32's marks first: its little-endian one begins with UTF-16's
# (FF FE 00 00, which as UTF-16 is the mark and a NUL: no text begins so). A text editor
# saves UTF-32 too: read as UTF-16, each character came with a NUL and no figure was found.
BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _marked(data: bytes) -> str | None:
    """The codec of ``data`` by its byte-order mark (``BOMS``), or None."""
    return next((codec for mark, codec in BOMS if data.startswith(mark)), None)


# The bytes judged for NULs: a binary file shows them in its first block.
SNIFF_BYTES = 4096
# NUL bytes past this share of the first block make a file binary; below it, in a file that
# decodes but for them, they are a text's damage (a stray NUL of a bad copy), replaced and
# reported as undecodable bytes are.
BINARY_NUL_SHARE = 0.01
NOT_TEXT = "not a text file: it holds NUL bytes (binary data?)"


def _nul_problem(sample: bytes) -> str | None:
    """Why a file whose first bytes are ``sample`` is refused for its NUL bytes: text in
    UTF-16 without its byte-order mark (a NUL beside every ASCII character, all on the
    same side of their pairs), or binary data; None for none or a stray few."""
    nuls = sample.count(b"\x00")
    if nuls == 0 or nuls <= BINARY_NUL_SHARE * len(sample):
        return None
    if any(_reads_as(sample, e) for e in ("utf-16-le", "utf-16-be")):
        return UTF16_UNMARKED  # Chinese in UTF-16: a NUL only in 一 (U+4E00) and the like
    odd = sum(1 for i in range(1, len(sample), 2) if sample[i] == 0)
    if nuls >= 8 and odd in (0, nuls):
        return UTF16_UNMARKED
    return NOT_TEXT


UTF16_UNMARKED = (
    "UTF-16 text without a byte-order mark, which is not read: save it as UTF-8 "
    "(or as UTF-16 with its BOM: Notepad's UTF-16 LE)"
)


def _reads_as(sample: bytes, encoding: str) -> bool:
    """Whether ``sample`` (maybe cut inside its last character) reads in ``encoding`` as
    text: GB2312's common characters, line ends and printable ASCII, nine in ten."""
    text = sample[: len(sample) // 2 * 2].decode(encoding, errors="replace")
    gb = _common_characters()[0]
    fit = sum(c in gb or (c.isascii() and (c.isprintable() or c in "\r\n\t")) for c in text)
    return bool(text) and fit >= 0.9 * len(text)


def _without_nuls(text: str, encoding: str, damage: str | None) -> tuple[str, str, str | None]:
    """``decode_bytes``' result with each NUL character of ``text`` replaced by U+FFFD, one
    for one (no report holds one, and a tool that reads the tables' text as C strings
    stops at it), and said in ``damage``."""
    if "\x00" not in text:
        return text, encoding, damage
    said = f"{text.count(chr(0))} NUL byte(s) replaced, the first at character {text.index(chr(0))}"
    return text.replace("\x00", "\ufffd"), encoding, f"{damage}; {said}" if damage else said


def _guessed(data: bytes, path: Path | str) -> tuple[str, str, str | None]:
    """``data`` without a byte-order mark: strict UTF-8, then strict GB18030, then the
    one its good part shows, damaged (see ``decode_bytes``)."""
    errors: dict[str, UnicodeDecodeError] = {}
    for encoding in ("utf-8", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            errors[encoding] = exc
            continue
        if encoding == "gb18030":
            return (
                _korean_instead(data)
                or _big5_instead(data, text)
                or _two_encodings(data)
                or _doubted(text)
            )
        return text, encoding, None
    two = _two_encodings(data)  # lines in UTF-8 and lines in GBK, pasted into one file
    if two is not None:
        return two
    # Neither decodes whole, nor is it in two encodings: a damaged file is still read in
    # the encoding of its first line beyond ASCII that reads (its home), line by line as a
    # large file is (``_LineDecoder``, so that both give one text), its bad bytes replaced.
    # (Not by the bytes before its first bad one: two bytes of GBK often form UTF-8.)
    home = _LineDecoder().found_home(data) or next(
        # no line reads whole (one line, cut inside a character): its good part's encoding
        (e for e, exc in errors.items() if not data[: exc.start].isascii()),
        None,
    )
    if home is not None:
        text = _LineDecoder(home).decode(data, final=True)
        exc = errors[home]
        bad = text.count("\ufffd")
        return (
            text,
            home,
            f"undecodable bytes replaced: {bad} character(s), the first at byte "
            f"{exc.start} ({data[exc.start : exc.start + 4]!r}); read as {home}",
        )
    where = errors["utf-8"].start
    raise InputError(
        path,
        f"cannot be decoded as UTF-8, UTF-16 or GB18030 "
        f"(first bad byte at offset {where}: {data[where : where + 4]!r})",
    )


# Traditional Chinese saved in Big5 (a page or a file from Hong Kong, Macao or Taiwan)
# decodes strictly as GB18030 too, the other way round: into kana, Greek and the rare
# characters of GBK's extension, with no error to say so. Each reading is judged by the
# share of its characters among the common ones of its own standard (GB2312's symbol
# rows and its 3,755 first-level characters; Big5's symbols and its 5,401 frequent
# characters): a report in GBK scores above 0.99 (the corpus), a Big5 report read as GBK
# about 0.2. Big5 is read as HKSCS, its superset of Hong Kong's characters.
BIG5 = "big5hkscs"
# Below this share the GB18030 reading is doubted, and the Big5 one taken when it decodes
# whole and its share is at least BIG5_SHARE (text in GBK, traditional characters too, that
# happens to decode as Big5 reads as random characters there: well below it).
GB_DOUBT = 0.75
BIG5_SHARE = 0.9
# the characters judged (the first of a file: the verdict is the file's)
JUDGED_CHARS = 20_000


def _common(codec: str, rows: Iterable[int], cells: Iterable[int]) -> frozenset[str]:
    """The characters ``codec`` gives for the two-byte codes ``rows`` x ``cells``."""
    found = set()
    for row in rows:
        for cell in cells:
            with contextlib.suppress(UnicodeDecodeError):  # an unassigned code
                found.add(bytes((row, cell)).decode(codec))
    return frozenset(found)


@functools.cache
def _common_characters() -> tuple[frozenset[str], frozenset[str]]:
    """The common characters of GB2312 and of Big5 (see ``BIG5``)."""
    gb_cells = range(0xA1, 0xFF)
    big5_cells = [*range(0x40, 0x7F), *range(0xA1, 0xFF)]
    # (rows A1-A3 and A8-A9: punctuation, numerals, full-width forms, pinyin, box drawing
    # of a table typed in text; not kana, Greek and Cyrillic, Big5's frequent characters)
    gb = _common("gb2312", [*range(0xA1, 0xA4), 0xA8, 0xA9, *range(0xB0, 0xD8)], gb_cells)
    big5 = _common("big5", range(0xA1, 0xC7), big5_cells)
    return gb, big5


def _common_share(text: str, common: frozenset[str]) -> float:
    """The share of ``text``'s first non-ASCII characters that are in ``common`` (1.0 for
    none: nothing to doubt)."""
    judged = [c for c in text[:JUDGED_CHARS] if c > "\x7f" and not c.isspace()]
    return sum(c in common for c in judged) / len(judged) if judged else 1.0


def _big5_instead(data: bytes, text: str) -> tuple[str, str, str | None] | None:
    """``data`` read as Big5 when it is Big5 text that GB18030 also decodes (``BIG5``);
    None when its GB18030 reading ``text`` is in doubt and Big5 is not it either; else
    ``text``."""
    gb, big5 = _common_characters()
    gb_share = _common_share(text, gb)
    if gb_share >= GB_DOUBT:
        return text, "gb18030", None
    try:
        other = data.decode(BIG5)
    except UnicodeDecodeError:
        return None
    if _common_share(other, big5) >= max(BIG5_SHARE, gb_share):
        return other, BIG5, None
    return None


# Korean in its legacy encoding (EUC-KR, and CP949, Windows' superset: a page of a Korean-
# language unit of Yanbian, 朝鲜族) decodes strictly as GB18030 into common characters, since
# EUC-KR's Hangul rows (B0-C8) are GB2312's first-level characters (연길시 → 楷辨矫): no
# doubt to see there. Chinese in GBK fails CP949 within its first lines (its characters of
# rows C9 and above, 是 在 作 中…, are no Hangul), and in the rare short text that decodes
# it gives Hanja for them (the reports of the corpus and data/sample read so, their bad
# bytes dropped: 49-59 % Hangul); Korean reads into Hangul syllables (official writing
# may put a few Hanja among them: 延吉市 … 總結), in words of a few syllables between
# spaces. Such a file is read as CP949, the text as written, and said so (metrics reads
# Chinese reports: its figures may be missed).
KOREAN = "cp949"
KOREAN_SAID = (
    "Korean text in EUC-KR/CP949: read as such, but metrics reads Chinese reports, so its "
    "figures may be missed or misread"
)
# a Korean reading: this share of its letters beyond ASCII Hangul syllables (a few Hanja
# allowed), in runs (words) of at most this mean length
KOREAN_SHARE = 0.7
KOREAN_WORD = 8
HANGUL = regex_cache.compile_re("[\uac00-\ud7a3]+")


def korean(text: str) -> bool:
    """Whether ``text`` (its first ``JUDGED_CHARS``) is Korean: its letters beyond ASCII
    mostly Hangul syllables, in short words (``KOREAN_SHARE``, ``KOREAN_WORD``)."""
    judged = text[:JUDGED_CHARS]
    if HANGUL.search(judged) is None:  # every Chinese report: no letter counted
        return False
    letters = sum(1 for c in judged if c > "\x7f" and c.isalpha())
    words = HANGUL.findall(judged)
    hangul = sum(map(len, words))
    return bool(words) and hangul >= KOREAN_SHARE * letters and hangul <= KOREAN_WORD * len(words)


# A file read right may still hold no Chinese report: a page in Korean, Japanese or
# English (a unit's foreign-language version, a sister city's letter). Its figures are
# then found beside words no cue knows, or not at all, and its tables come out thin or
# empty with no word said. ``foreign(text)`` says so, of any format and any size (a large
# plain-text file judged on its first block). Judged on the first ``JUDGED_CHARS`` by
# words: a Chinese character is one, and so is a Hangul syllable, a kana or a run of other
# letters (Latin, Cyrillic...). A line with kana (at least ``KANA_LINE`` of its Chinese
# characters and kana, two or more) is Japanese, its kanji with it: Chinese never writes
# kana, but Japanese writes many kanji. A Chinese report with foreign words or a foreign
# passage (GDP, PM2.5, 5G, an English name, a Korean summary of a bilingual page) keeps at
# least ``CHINESE_SHARE`` of its words Chinese and is not named; below that, a page that is
# half Korean or Japanese is, as its other half's figures are misread as the whole file's
# would be.
CHINESE_SHARE = 0.75
KANA_LINE = 0.15
# (runs of them, counted by their lengths: faster than a match a character)
HAN = regex_cache.compile_re("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]+")
# (not U+30FB ・ nor U+30FC ー, which Chinese text borrows: 约翰・史密斯)
KANA = regex_cache.compile_re("[\u3041-\u309f\u30a1-\u30fa\u30fd-\u30ff\u31f0-\u31ff\uff66-\uff9d]")
HANGUL_LETTER = regex_cache.compile_re("[\uac00-\ud7a3\u1100-\u11ff\u3131-\u318e]")
# a run of other letters: a word (not digits, not the scripts above)
OTHER_WORD = regex_cache.compile_re(
    "[^\\W\\d_\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
    "\u3041-\u30ff\u31f0-\u31ff\uff66-\uff9d\uac00-\ud7a3\u1100-\u11ff\u3131-\u318e]+"
)
NOT_CHINESE = "metrics reads Chinese reports, so its figures may be missed or misread"


def _words(text: str) -> dict[str, int]:
    """The words of ``text`` by language (see ``foreign``)."""
    counts = {"Chinese": 0, "Japanese": 0, "Korean": 0, "other": 0}
    has_kana = KANA.search(text) is not None
    lines = text.splitlines() if has_kana else [text]  # kana: line by line
    for line in lines:
        han = sum(map(len, HAN.findall(line)))
        kana = len(KANA.findall(line)) if has_kana else 0
        if kana >= 2 and kana >= KANA_LINE * (han + kana):
            counts["Japanese"] += han + kana
        else:
            counts["Chinese"] += han
        counts["Korean"] += len(HANGUL_LETTER.findall(line))
        counts["other"] += len(OTHER_WORD.findall(line))
    return counts


def foreign(text: str) -> str | None:
    """What to say of ``text`` (its first ``JUDGED_CHARS``) when it is not mostly Chinese
    (see ``CHINESE_SHARE``): its language, and the share of its words that are Chinese;
    None for a Chinese text, and for one with no words at all (figures alone)."""
    judged = text[:JUDGED_CHARS]
    counts = _words(judged)
    total = sum(counts.values())
    chinese = counts.pop("Chinese")
    if total == 0 or chinese >= CHINESE_SHARE * total:
        return None
    most = max(counts, key=lambda k: counts[k])
    what = {
        "Japanese": "Japanese text",
        "Korean": "Korean text",
        "other": "text in another language",
    }[most]
    share = f"{chinese / total:.0%} of its words Chinese"
    if chinese >= (1 - CHINESE_SHARE) * total:  # a bilingual page: half and half
        return f"{what} beside Chinese ({share}): {NOT_CHINESE}"
    return f"{what}, not Chinese ({share}): {NOT_CHINESE}"


def _korean_instead(data: bytes) -> tuple[str, str, str | None] | None:
    """``data`` read as CP949, said so, when it is Korean text (``KOREAN``); else None."""
    try:
        text = data.decode(KOREAN)
    except UnicodeDecodeError:
        return None
    return (text, KOREAN, KOREAN_SAID) if korean(text) else None


# A text GB18030 decodes into few common characters, and that is neither Big5 nor in two
# encodings, is in an encoding not read here (Shift-JIS: 搶嫗搒摑寁…): its text is kept as
# read, said as damage, so that no table is filled with such characters in silence.
DOUBT = "read as GB18030, but only"


def _doubted(text: str) -> tuple[str, str, str | None]:
    """``text``, a GB18030 reading in doubt (``DOUBT``), with what to say of it."""
    share = _common_share(text, _common_characters()[0])
    return (
        text,
        "gb18030",
        f"{DOUBT} {share:.0%} of its characters are common Chinese ones: it may be in "
        "another encoding (Shift-JIS, UTF-16 without its byte-order mark…); save it as UTF-8",
    )


# A file whose lines are in two encodings (lines in UTF-8 and lines in GBK, copied from two
# sources into one file, or appended by two programs) decodes whole in neither, or in
# GB18030 into rare characters for its UTF-8 lines. Each line is then read in UTF-8, or in
# GB18030 when that reading is of common characters (GB_LINE: a GBK line of the corpus
# scores at least 0.88, a UTF-8 line read as GB18030 at most 0.45), else in the file's
# own encoding with its bad bytes replaced, one character for one as for a damaged file;
# said as damage (the file ought to be saved in one encoding), its figures kept. A large
# file is read so line by line (``_LineDecoder``) from the block where it first fails:
# the same text as read whole, but for a file read as GBK in its first block whose later
# lines of UTF-8 decode as GBK too (read whole, the line is UTF-8's).
TWO_ENCODINGS = "utf-8+gb18030"
# A line longer than this is decoded in parts, each cut after a byte below 0x30 (a space,
# a comma, a control), which never stands inside a UTF-8 or GB18030 character.
HELD_BYTES = 8 * 2**20
GB_LINE = 0.7


def _line_text(line: bytes, gb: frozenset[str], home: str) -> tuple[str, str]:
    """One line's text and how it was read: "utf-8", "gb18030", or "replaced" (in the
    file's ``home`` encoding, its bad bytes replaced)."""
    try:
        return line.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = line.decode("gb18030")
    except UnicodeDecodeError:
        text = ""
    if text and _common_share(text, gb) >= GB_LINE:
        return text, "gb18030"
    text = line.decode(home, errors="replace")
    return text, "replaced" if "\ufffd" in text else home


class _LineDecoder:
    """An incremental decoder of a file in two encodings, a line at a time (see
    ``TWO_ENCODINGS``): the bytes after the last line end wait for the next block. A line
    that neither reads is replaced in ``home``, the encoding of the file's first line
    beyond ASCII (given, or found), as a damaged file read whole is."""

    def __init__(self, home: str | None = None) -> None:
        self.home = home
        self.pending = b""
        self.lines = 0  # lines decoded so far
        # of the lines beyond ASCII, by how each was read: how many, and the first (1-based)
        self.count: dict[str, int] = {}
        self.first: dict[str, int] = {}

    def getstate(self) -> tuple[bytes, int]:
        return self.pending, 0

    def decode(self, data: bytes, final: bool = False) -> str:
        data = self.pending + data
        cut = len(data) if final else max(data.rfind(b"\n"), data.rfind(b"\r")) + 1
        if cut == 0 and len(data) > HELD_BYTES:  # one line of megabytes: not held whole
            cut = max(data.rfind(bytes((b,))) for b in range(0x30)) + 1
        self.pending = data[cut:]
        gb = _common_characters()[0]
        texts = []
        for line in data[:cut].splitlines(keepends=True):
            self.lines += 1
            text, how = _line_text(line, gb, self.home or "utf-8")
            texts.append(text)
            if not line.isascii():
                if self.home is None and how != "replaced":
                    self.home = how
                self.first.setdefault(how, self.lines)
                self.count[how] = self.count.get(how, 0) + 1
        return "".join(texts)

    def found_home(self, data: bytes) -> str | None:
        """The encoding of the first line of ``data`` beyond ASCII that reads, or None."""
        self.decode(data, final=True)
        return self.home

    def two(self) -> bool:
        """Whether lines were read in each encoding."""
        return "utf-8" in self.count and "gb18030" in self.count

    def damage(self) -> str | None:
        """What was read otherwise than in the file's own encoding, or None."""
        said = []
        home = self.home or "utf-8"
        other = "gb18030" if home == "utf-8" else "utf-8"
        if other in self.count:
            said.append(
                f"lines in two encodings: {self.count[other]} line(s) read as "
                f"{other.upper()} (the first is line {self.first[other]}), the others as "
                f"{home.upper()}"
            )
        if "replaced" in self.count:
            said.append(
                f"undecodable bytes replaced on {self.count['replaced']} line(s), the first "
                f"line {self.first['replaced']}"
            )
        return "; ".join(said) + "; save the file in one encoding" if said else None


def _two_encodings(data: bytes) -> tuple[str, str, str | None] | None:
    """``data`` read line by line (``TWO_ENCODINGS``) when it holds lines in UTF-8 (not
    ASCII alone) and lines in GB18030; else None."""
    decoder = _LineDecoder()
    text = decoder.decode(data, final=True)
    if not decoder.two():
        return None
    return text, TWO_ENCODINGS, decoder.damage()


def _strict(data: bytes, encoding: str, path: Path | str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(
            path,
            f"declares {encoding.upper()} by its byte-order mark but byte {exc.start} is invalid",
        ) from None


BLOCK_BYTES = 4 * 2**20
# The codecs of ``BOMS`` whose text has no byte-wise line ends to cut a sample at
UTF_WIDE = frozenset({"utf-16", "utf-32"})


class TextStream:
    """The decoded text of one file, block by block (see the module contract).

    The encoding is judged as ``decode_bytes`` judges it, on the first block; the checks
    for empty and binary input are the same. Bytes that do not decode later on become
    U+FFFD and ``damage`` says where the first was, as for a file read whole."""

    def __init__(self, path: Path, block_bytes: int = BLOCK_BYTES) -> None:
        self.path = path
        self.block_bytes = block_bytes
        self.damage: str | None = None
        try:
            with path.open("rb") as fh:
                first = fh.read(block_bytes)
        except OSError as exc:
            raise InputError(path, f"cannot be read ({system_said(exc)})") from exc
        marked = _marked(first)
        if marked in UTF_WIDE:
            self.encoding = marked  # checked as it is decoded: no line cut to trust
        else:
            # judged on the first block up to its last line end: a newline byte never
            # stands inside a UTF-8 or GB18030 character, so no character is split there;
            # a block with no line end may end inside a character of up to four bytes
            sample = first if len(first) < block_bytes else _to_line_end(first)
            for cut in range(4):
                text, self.encoding, damage = decode_bytes(sample[: len(sample) - cut], path)
                if damage is None or self.encoding == TWO_ENCODINGS:
                    break  # (read line by line, which says what it met: __iter__)
                if damage.startswith((DOUBT, KOREAN_SAID)):  # of the file, not of a cut
                    self.damage = damage
                    break
            refuse_other_format(text, path)
        if self.damage is None:  # read right, but maybe no Chinese (``foreign``)
            self.damage = foreign(
                first.decode(self.encoding, "ignore") if self.encoding in UTF_WIDE else text
            )

    def __iter__(self) -> Iterator[str]:
        encoding = self.encoding
        decoder: Any = (
            _LineDecoder()
            if encoding == TWO_ENCODINGS
            else codecs.getincrementaldecoder(encoding)(errors="strict")
        )
        consumed = 0
        held = ""  # a block's last CR, kept until the next block says whether LF follows
        chars = 0  # characters given before this block
        lines = 0  # line ends given before this block
        try:
            with self.path.open("rb") as fh:
                while block := fh.read(self.block_bytes):
                    pending = decoder.getstate()[0]
                    try:
                        text = decoder.decode(block)
                    except UnicodeDecodeError as exc:
                        where = consumed - len(pending) + exc.start
                        if encoding in ("utf-8", "gb18030"):  # lines in the other? as read whole
                            decoder = _LineDecoder(encoding)
                            decoder.lines = lines  # (numbered as in the file)
                        else:
                            decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
                        text = decoder.decode(pending + block)
                        if self.damage is None:
                            self.damage = (
                                f"undecodable bytes replaced, the first at byte {where}; "
                                f"read as {self.encoding}"
                            )
                    consumed += len(block)
                    text, held = _hold_cr(held + text)
                    if "\x00" in text:
                        if self.damage is None:
                            first = chars + text.index("\x00")
                            self.damage = f"NUL bytes replaced, the first at character {first}"
                        text = text.replace("\x00", "\ufffd")
                    chars += len(text)
                    text = with_line_ends(text)
                    lines += text.count("\n")
                    yield text
                tail = decoder.decode(b"", final=True)
                if isinstance(decoder, _LineDecoder) and (decoder.two() or not self.damage):
                    self.damage = decoder.damage()  # lines in the other encoding: say so
        except OSError as exc:
            raise InputError(self.path, f"cannot be read ({system_said(exc)})") from exc
        except UnicodeDecodeError:  # the file ends inside a character
            tail = "\ufffd"
            self.damage = (
                self.damage or f"the file ends inside a character; read as {self.encoding}"
            )
        if held + tail:
            yield with_line_ends(held + tail)


def _hold_cr(text: str) -> tuple[str, str]:
    """``text`` without its last character when that is a CR, and that CR (or "")."""
    return (text[:-1], "\r") if text.endswith("\r") else (text, "")


def _to_line_end(data: bytes) -> bytes:
    """``data`` up to its last line end (a block's cut may split its last character); a
    CR byte, like LF, never stands inside a UTF-8 or GB18030 character."""
    cut = max(data.rfind(b"\n"), data.rfind(b"\r"))
    return data[: cut + 1] if cut > 0 else data
