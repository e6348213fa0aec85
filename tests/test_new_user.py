"""Failures met by trying the tool as a new user would (round 23): each reproduced here
first (each test failed on d792f12), then fixed for its class: a folder that cannot be
listed, Unicode text marked as UTF-32, a wildcard or an empty path given, a notebook on
a folder with a bad file, a Word file with a password, documents of another format under
a report's suffix, a damaged table read by every command, a table given for its run."""

from __future__ import annotations

import codecs
import json
import os
import re
import warnings
from pathlib import Path

import pandas as pd
import pytest

import metrics
from metrics.cli import main
from metrics.errors import InputError
from metrics.io import TextStream, read_text

from .conftest import ROOT

REPORT = "东湖区统计局2023年工作总结\n全年完成统计调查12项，发布统计信息136条。\n"
OTHER = "西山县教育局2023年工作总结\n全年新建校舍8所，招聘教师120人。\n"


def _reports(tmp_path: Path) -> tuple[Path, Path]:
    """A folder of reports with a sub-folder holding one more: ``(folder, sub-folder)``."""
    folder = tmp_path / "报告"
    (folder / "教育").mkdir(parents=True)
    (folder / "统计.txt").write_text(REPORT, encoding="utf-8")
    (folder / "教育" / "教育局.txt").write_text(OTHER, encoding="utf-8")
    return folder, folder / "教育"


@pytest.fixture
def refused_listing(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Folders put in the returned list cannot be listed (Permission denied), as a folder
    without read permission is for a user that is not root (root reads every folder, so
    the refusal is made where ``os.walk`` asks for the listing)."""
    refused: list[Path] = []
    scandir = os.scandir

    def listing(path: object = ".") -> object:
        if Path(os.fsdecode(path)) in refused:  # type: ignore[arg-type]
            raise PermissionError(13, "Permission denied", os.fsdecode(path))  # type: ignore[arg-type]
        return scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", listing)
    return refused


def test_a_sub_folder_that_cannot_be_listed_is_a_failure_named(
    tmp_path: Path, refused_listing: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """A sub-folder without read permission (copied from another user's share) was passed
    over in silence: `os.walk` drops what it cannot list, the run said nothing, exited 0,
    and the tables lacked that folder's reports. It is a failure of its own: named on
    stderr with the system's words, a row of failures.parquet, the exit status 1, the
    other files' tables written."""
    folder, sub = _reports(tmp_path)
    refused_listing.append(sub)
    out = tmp_path / "out"
    assert main(["extract", str(folder), "--out", str(out), "--jobs", "1"]) == 1
    err = capsys.readouterr().err
    assert "教育" in err and "cannot be listed (Permission denied)" in err
    tables = metrics.load(out)
    assert tables.documents["source_file"].tolist() == ["统计.txt"]
    failed = tables.failures
    assert failed["source_file"].tolist() == ["教育"]
    assert failed["message"].str.contains("none of its files were read").all()


def test_a_sub_folder_not_listed_in_a_notebook(tmp_path: Path, refused_listing: list[Path]) -> None:
    """The same in ``metrics.extract``: a warning and a row of ``failures``; with
    ``strict=True`` an ``InputError``."""
    folder, sub = _reports(tmp_path)
    refused_listing.append(sub)
    with pytest.warns(UserWarning, match="cannot be listed"):
        tables = metrics.extract(folder)
    assert tables.failures["source_file"].tolist() == ["教育"]
    assert set(tables.mentions["source_file"]) == {"统计.txt"}
    with pytest.raises(InputError, match="cannot be listed"):
        metrics.extract(folder, strict=True)


def test_a_folder_given_that_cannot_be_listed_says_so(
    tmp_path: Path, refused_listing: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """The folder given itself: it was said to hold no report file ("holds no .txt
    file"), which sends a user looking for files that are there."""
    folder, _ = _reports(tmp_path)
    refused_listing.append(folder)
    assert main(["extract", str(folder), "--out", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert "cannot be listed (Permission denied)" in err
    assert "holds no .txt file" not in err
    assert not (tmp_path / "out").exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root lists a folder without read permission")
def test_a_sub_folder_without_read_permission(tmp_path: Path) -> None:
    """The same, made as a user meets it (not as root)."""
    folder, sub = _reports(tmp_path)
    sub.chmod(0)
    try:
        assert main(["extract", str(folder), "--out", str(tmp_path / "out"), "--quiet"]) == 1
    finally:
        sub.chmod(0o755)
    assert metrics.load(tmp_path / "out").failures["source_file"].tolist() == ["教育"]


@pytest.mark.parametrize("codec", ["utf-32-le", "utf-32-be"])
def test_utf32_with_its_byte_order_mark_is_read(tmp_path: Path, codec: str) -> None:
    """A text editor saves UTF-32 too ("UTF-32 LE"). Its mark (FF FE 00 00) begins with
    UTF-16's: it was read as UTF-16, a NUL after every character replaced and reported,
    and no figure found. Read by its mark, whole and block by block (a large file)."""
    mark = codecs.BOM_UTF32_LE if codec.endswith("le") else codecs.BOM_UTF32_BE
    path = tmp_path / "utf32.txt"
    path.write_bytes(mark + REPORT.encode(codec))
    source = read_text(path)
    assert (source.text, source.encoding, source.damage) == (REPORT, "utf-32", None)
    stream = TextStream(path, block_bytes=64)
    assert "".join(stream) == REPORT and stream.damage is None
    out = tmp_path / "out"
    assert main(["extract", str(path), "--out", str(out), "--quiet"]) == 0
    mentions = pd.read_parquet(out / "current" / "mentions")
    assert {"12项", "136条"} <= set(mentions["text"])


def test_a_wildcard_that_matched_nothing_says_it_is_not_expanded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`metrics extract reports/*.docx` where no .docx is (the shell passes the pattern
    as written) and `metrics.extract("reports/*.txt")` in a notebook (Python expands no
    pattern) were told "no such file", the notebook's with "for text use
    metrics.extract_text": what to do is give the folder."""
    _reports(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert main(["extract", "报告/*.docx", "--out", "out"]) == 1
    assert "wildcard pattern is not expanded" in capsys.readouterr().err
    with pytest.raises(FileNotFoundError, match="wildcard pattern is not expanded"):
        metrics.extract("报告/*.txt")
    with pytest.raises(FileNotFoundError, match="extract_text"):  # no pattern: as before
        metrics.extract("报告/统计报告.txt")


NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


def _setup_cell(notebook: Path, source: Path, out: Path) -> dict[str, object]:
    """Run the notebook's cell after its ``parameters`` cell (the one that extracts
    ``source`` into ``out``, or loads it) with those parameters; its namespace."""
    cells = json.loads(notebook.read_text("utf-8"))["cells"]
    code = ["".join(c["source"]) for c in cells if c["cell_type"] == "code"]
    namespace: dict[str, object] = {"source": str(source), "out": str(out)}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a missing CJK font is a warning
        exec(compile(code[1], notebook.name, "exec"), namespace)
    return namespace


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_a_notebook_on_a_folder_with_one_bad_file(tmp_path: Path, notebook: Path) -> None:
    """Pointed at a folder of one's own reports (its `parameters` cell, as the README
    says), one file that cannot be read among them (an empty one, an old .doc) stopped
    the notebook at a bare AssertionError (`assert main([...]) == 0`), though the other
    files' tables were written. They are read; the failed file is in `tables.failures`."""
    pytest.importorskip("matplotlib")
    folder, _ = _reports(tmp_path)
    (folder / "空白.txt").write_bytes(b"")
    tables = _setup_cell(notebook, folder, tmp_path / "out")["tables"]
    assert isinstance(tables, metrics.Tables)
    assert sorted(tables.documents["source_file"]) == ["教育/教育局.txt", "统计.txt"]
    assert tables.failures["source_file"].tolist() == ["空白.txt"]


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_a_notebook_on_a_folder_without_reports_says_so(tmp_path: Path, notebook: Path) -> None:
    """A folder that holds no report: nothing is written, and the notebook says so
    (not a bare AssertionError), nor reads the tables an earlier run left in `out`."""
    pytest.importorskip("matplotlib")
    folder, _ = _reports(tmp_path)
    out = tmp_path / "out"
    _setup_cell(notebook, folder, out)  # an earlier run in out
    empty = tmp_path / "空"
    empty.mkdir()
    with pytest.raises(RuntimeError, match="no tables written"):
        _setup_cell(notebook, empty, out)


@pytest.mark.parametrize(
    "argv",
    [
        ["extract", "", "--out", "OUT"],
        ["extract", "IN", "--out", ""],
        ["stats", ""],
        ["export", ""],
        ["show-span", "", "some-id"],
        ["show-span", "OUT", "some-id", "--inputs", ""],
    ],
    ids=["input", "out", "stats", "export", "show-span", "inputs"],
)
def test_an_empty_path_is_a_usage_error(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
) -> None:
    """An empty argument (a script's unset variable: `metrics extract "$REPORTS" --out
    "$OUT"`) was read as `.`, the folder the command runs in: every file below it read
    as reports, or the run's folders put in it. A usage error, as `metrics.extract("")`
    is a ValueError, and nothing is read or written."""
    folder, _ = _reports(tmp_path)
    monkeypatch.chdir(folder)
    out = str(tmp_path / "out")
    argv = [{"IN": str(folder), "OUT": out}.get(a, a) for a in argv]
    with pytest.raises(SystemExit) as exited:
        main(argv)
    assert exited.value.code == 2
    assert "an empty path" in capsys.readouterr().err
    assert sorted(p.name for p in folder.iterdir()) == ["教育", "统计.txt"]
    assert not Path(out).exists()


def _compound_file(*streams: str) -> bytes:
    """An OLE compound file's first sectors as Word or WPS write them: its signature, a
    header, and a directory of entries of 128 bytes whose names are UTF-16."""
    header = bytes.fromhex("d0cf11e0a1b11ae1") + bytes(504)
    entries = b""
    for name in ("Root Entry", *streams):
        raw = name.encode("utf-16-le") + b"\x00\x00"
        entries += raw.ljust(64, b"\x00") + len(raw).to_bytes(2, "little") + bytes(62)
    return header + entries.ljust(512, b"\x00")


def test_a_word_file_with_a_password_is_told_to_remove_it(tmp_path: Path) -> None:
    """A .docx protected by a password to open it (Word's Encrypt with Password; WPS's
    文档加密) is an OLE compound file holding the encrypted package: it was said to be
    "an old Word .doc file under the suffix .docx", to be saved again as .docx, which it
    already is. What to do is remove the password. An old .doc renamed .docx is still
    told to be saved as .docx."""
    pytest.importorskip("docx")
    from metrics.readers import read_source

    locked = tmp_path / "加密.docx"
    locked.write_bytes(_compound_file("EncryptionInfo", "EncryptedPackage", "\x06DataSpaces"))
    with pytest.raises(InputError, match="password") as info:
        read_source(locked)
    assert "加密.docx" in str(info.value) and "old Word .doc" not in str(info.value)
    old = tmp_path / "旧.docx"
    old.write_bytes(_compound_file("WordDocument", "1Table", "\x05SummaryInformation"))
    with pytest.raises(InputError, match=re.escape("old Word .doc file under the suffix .docx")):
        read_source(old)


@pytest.mark.parametrize(
    "command",
    [
        ["show-span", "OUT", "ID"],
        ["stats", "OUT"],
        ["export", "OUT", "--format", "csv"],
        ["export", "OUT", "--format", "parquet"],
        ["export", "OUT", "--format", "xlsx"],
    ],
    ids=["show-span", "stats", "csv", "parquet", "xlsx"],
)
def test_a_damaged_mentions_file_is_one_line_for_every_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    """A run's mentions file cut short (a copy that stopped, a full disk elsewhere), one
    of its partitions' files, not the first: `metrics.load` and `metrics stats` name the
    table in one line (exit status 1); the other commands that read it ended in a
    traceback of Arrow's."""
    folder, _ = _reports(tmp_path)  # two departments: two partitions
    out = tmp_path / "out"
    assert main(["extract", str(folder), "--out", str(out), "--quiet", "--jobs", "1"]) == 0
    mention_id = str(metrics.load(out).mentions["mention_id"].iloc[0])
    parts = sorted((out / "current" / "mentions").rglob("*.parquet"))
    assert len(parts) == 2
    parts[-1].write_bytes(parts[-1].read_bytes()[:300])
    capsys.readouterr()
    argv = [{"OUT": str(out), "ID": mention_id}.get(a, a) for a in command]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert err.startswith("metrics: error: mentions") and "truncated or corrupt" in err
    assert err.count("\n") == 1
    assert not (out / "export").exists() or not any((out / "export").iterdir())


RTF = (
    "{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 \\'cb\\'ce\\'cc\\'e5;}}\n"
    "\\f0\\fs24 2023\\'c4\\'ea\\'b9\\'a4\\'d7\\'f7\\'d7\\'dc\\'bd\\'e1 12\\par\n}\n"
)
MHTML = (
    "From: <Saved by Blink>\nSnapshot-Content-Location: http://www.example.gov.cn/a.html\n"
    'Subject: 2023\nMIME-Version: 1.0\nContent-Type: multipart/related;\n\ttype="text/html";\n'
    '\tboundary="----MultipartBoundary--x"\n\n------MultipartBoundary--x\n'
    "Content-Type: text/html\nContent-Transfer-Encoding: quoted-printable\n\n"
    "<html><body><p>=E5=85=A8=E5=B9=B412=E9=A1=B9</p></body></html>\n"
    "------MultipartBoundary--x--\n"
)
WORD_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<?mso-application progid="Word.Document"?>\n'
    '<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml">'
    "<w:body><w:p><w:r><w:t>全年完成统计调查12项。</w:t></w:r></w:p></w:body></w:wordDocument>\n"
)
XHTML = (
    '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN">'
    '\n<html xmlns="http://www.w3.org/1999/xhtml"><body><p>全年完成统计调查12项。</p></body></html>\n'
)


@pytest.mark.parametrize(
    ("text", "advice"),
    [
        (RTF, "an RTF document cannot be read: open it in Word or WPS and save it as .docx"),
        (MHTML, "(MHTML): give it the suffix .mhtml to read it as one"),
        (WORD_XML, "a Word 2003 XML document cannot be read"),
        (XHTML, "a web page (HTML): give it the suffix .html to read it as one"),
    ],
    ids=["rtf", "mhtml", "word-xml", "xhtml"],
)
def test_a_document_of_another_format_saved_as_txt_says_which(
    tmp_path: Path, text: str, advice: str
) -> None:
    """An RTF file, a page saved whole (MHTML) or a Word 2003 XML file under `.txt`
    (a download's name, a 'save as text' that kept the format) was read as text: its
    control words, MIME parts or tags were figures' neighbours, and the file was said to
    be "mostly not Chinese", which sent a user to the language, not the format. An
    XHTML page (an XML declaration before its doctype) was read so too, where a plain
    HTML page is told to take `.html`. Each is refused with what reads it, read whole
    and block by block (a large file)."""
    path = tmp_path / "报告.txt"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=re.escape(advice)):
        read_text(path)
    with pytest.raises(InputError, match=re.escape(advice)):
        TextStream(path, block_bytes=4096)


@pytest.mark.parametrize(
    "text",
    [
        "Date: 2024年1月5日\n东湖区统计局2023年工作总结\n全年完成统计调查12项。\n",
        "{统计}2023年工作总结\n全年完成统计调查12项。\n",
        "<?xml 格式数据报送>全年报送12次。\n",
    ],
)
def test_reports_that_begin_like_another_format_are_read(tmp_path: Path, text: str) -> None:
    """Counter-examples: a report whose first line is a header-like date, a brace or a
    quoted `<?xml` is read as the report it is."""
    path = tmp_path / "报告.txt"
    path.write_text(text, encoding="utf-8")
    assert read_text(path).text == text


ERROR_PAGE = (
    "<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head>"
    "<body><h1>404 Not Found</h1><p>您访问的页面不存在</p></body></html>\n"
)


@pytest.mark.parametrize(
    ("name", "data", "said"),
    [
        ("报告.pdf", ERROR_PAGE.encode(), "not a PDF: a web page (HTML): a download that gave"),
        ("报告.docx", ERROR_PAGE.encode(), "not a Word .docx file: a web page (HTML)"),
        ("报告.pdf", b"\x89PNG\r\n\x1a\n" + bytes(64), "not a PDF: looks like a PNG image"),
        ("扫描.docx", b"%PDF-1.7\n%\xe2\xe3\n" + bytes(64), "give it the suffix .pdf"),
    ],
    ids=["error-page-pdf", "error-page-docx", "png-pdf", "pdf-docx"],
)
def test_a_file_under_another_formats_suffix_says_what_it_is(
    tmp_path: Path, name: str, data: bytes, said: str
) -> None:
    """A download that gave the site's error page instead of the report (saved as
    报告.pdf), a scan's PNG named .pdf, a PDF named .docx: each was "damaged" (and the
    Word file was to be saved again as .docx, which it never was). What it is is said,
    as a .txt file that is a PDF already was told."""
    pytest.importorskip("docx")
    pytest.importorskip("pdfminer")
    from metrics.readers import read_source

    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError, match=re.escape(said)):
        read_source(path)


def test_extract_text_replaces_a_nul_as_a_file_read_does() -> None:
    """Text pasted from a damaged file: a file's NUL bytes are replaced by U+FFFD and
    said (no table's text holds one: a tool that reads it as a C string stops there);
    `extract_text` passed them into the `sentence` and `text` columns in silence."""
    text = "东湖区统计局2023年工作总结\n全年完成统计\x00调查12项，发布信息1\x0036条。\n"
    with pytest.warns(UserWarning, match="2 NUL character"):
        tables = metrics.extract_text(text, name="粘贴.txt")
    mentions = tables.mentions
    assert not mentions["sentence"].str.contains("\x00").any()
    assert not mentions["text"].str.contains("\x00").any()
    assert "12项" in set(mentions["text"])


def test_a_table_given_instead_of_its_folder_says_which_folder(tmp_path: Path) -> None:
    """README shows `pandas.read_parquet("DIR/current/mentions")`; a user who then gave
    `metrics.load` (or `metrics stats`) that folder, or `documents.parquet`, was told it
    "holds no metrics output". It is one table of a run: the run's folder is named."""
    report = tmp_path / "统计.txt"
    report.write_text(REPORT, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["extract", str(report), "--out", str(out), "--quiet", "--jobs", "1"]) == 0
    for table in ("mentions", "documents.parquet"):
        with pytest.raises(metrics.TablesError, match="is one table of a run") as info:
            metrics.load(out / "current" / table)
        assert str(out / "current") in str(info.value)
    assert len(metrics.load(out / "current").documents) == 1  # the run's folder loads
