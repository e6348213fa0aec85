"""Web pages saved as one file (.mhtml, .mht: a browser's "webpage, single file").

Contract: ``read(path)`` finds the archive's first ``text/html`` part (MIME, as the
browsers write it: quoted-printable or base64, its charset on the part), decodes it and
returns what ``metrics.readers.html`` makes of that page, ``input_format`` ``mhtml``. The
page's images and styles, the archive's other parts, are not read, but for the pages of
the frames a page shows when it holds no text of its own (a frameset, an iframe below the
navigation: ``_frames``). A file that is no such archive, or holds no page, raises
``InputError`` saying to save the page as .html.
"""

from __future__ import annotations

import email
import email.policy
import re
from dataclasses import replace
from email.message import Message
from pathlib import Path

from metrics.errors import InputError
from metrics.io import SourceText
from metrics.readers import read_bytes, refuse_misnamed
from metrics.readers.html import page_text

AGAIN = "open it in the browser and save it as a web page (.html)"


def read(path: Path) -> SourceText:
    """The report text of the archive's page (see the module contract)."""
    return from_bytes(read_bytes(path), path)


def from_bytes(data: bytes, path: Path) -> SourceText:
    """The report text of the page in the archive whose bytes are ``data``."""
    archive = email.message_from_bytes(data, policy=email.policy.compat32)
    page = next((part for part in archive.walk() if part.get_content_type() == "text/html"), None)
    if page is None:
        if not archive.is_multipart():  # another format under the suffix: said what it is
            refuse_misnamed(data, path, "a saved web page (.mhtml)", ())
        kind = "an archive of no web page" if archive.is_multipart() else "no web archive"
        raise InputError(path, f"cannot be read as a saved web page ({kind}): {AGAIN}")
    data = _payload(page)
    if not data.strip():
        raise InputError(path, f"the saved web page is empty: {AGAIN}")
    try:
        return page_text(data, path, page.get_content_charset(), form="mhtml")
    except InputError:
        framed = _frames(archive, data, path)
        if framed is None:
            raise
        return framed


def _frames(archive: Message, top: bytes, path: Path) -> SourceText | None:
    """The text of the frames shown by a page (``top``, its bytes) that holds no text of
    its own (a frameset, or a body of an iframe and chrome): a browser saves each frame's
    page as a part of the archive, which the frame's ``src`` names by the part's
    Content-ID (``cid:…``: Chrome, Edge) or Content-Location (its address: IE). Each such
    part's report text, in the archive's order; None when none holds text."""
    texts: list[SourceText] = []
    for part in archive.walk():
        if part.get_content_type() != "text/html" or not _shown_by(part, top):
            continue
        try:
            texts.append(page_text(_payload(part), path, part.get_content_charset(), "mhtml"))
        except InputError:
            continue  # a frame of no text (a menu, an advert), as a page's chrome is
    if not texts:
        return None
    return replace(texts[0], text="".join(t.text for t in texts))


def _shown_by(part: Message, top: bytes) -> bool:
    """Whether the page ``top`` shows ``part`` in a frame (its src names the part)."""
    names = [str(part.get("Content-ID", "")).strip("<> "), str(part.get("Content-Location", ""))]
    return any(
        name
        and re.search(
            rb"<i?frame\b[^>]*src\s*=\s*[\"']?(?:cid:)?" + re.escape(name.encode()), top, re.I
        )
        for name in names
    )


def _payload(part: Message) -> bytes:
    """The part's bytes, its transfer encoding undone (a broken one read as it stands)."""
    data = part.get_payload(decode=True)
    return data if isinstance(data, bytes) else b""
