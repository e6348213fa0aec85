"""Web pages saved as one file (.mhtml, .mht: a browser's "webpage, single file").

Contract: ``read(path)`` finds the archive's first ``text/html`` part (MIME, as the
browsers write it: quoted-printable or base64, its charset on the part), decodes it and
returns what ``metrics.readers.html`` makes of that page, ``input_format`` ``mhtml``. The
page's images and styles, the archive's other parts, are not read. A file that is no
such archive, or holds no page, raises ``InputError`` saying to save the page as .html.
"""

from __future__ import annotations

import email
import email.policy
from email.message import Message
from pathlib import Path

from metrics.errors import InputError
from metrics.io import SourceText
from metrics.readers import read_bytes
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
        kind = "an archive of no web page" if archive.is_multipart() else "no web archive"
        raise InputError(path, f"cannot be read as a saved web page ({kind}): {AGAIN}")
    data = _payload(page)
    if not data.strip():
        raise InputError(path, f"the saved web page is empty: {AGAIN}")
    return page_text(data, path, page.get_content_charset(), form="mhtml")


def _payload(part: Message) -> bytes:
    """The part's bytes, its transfer encoding undone (a broken one read as it stands)."""
    data = part.get_payload(decode=True)
    return data if isinstance(data, bytes) else b""
