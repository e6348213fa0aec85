"""A compilation's table of contents: its entries, and which document each one names.

Contract: ``find_toc(text)`` gives the entries of every table of contents in a text (under
目录, with page numbers or as a list of titles) and the spans they cover, which open no
document; ``match_toc(documents, toc)`` sets each document's ``toc_title`` from the entry
that names it and returns the entries with no body in the file.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import islice

from metrics import regex_cache
from metrics.gates import Guard
from metrics.records import Document
from metrics.segment.lines import is_debris, iter_lines, read_marker
from metrics.segment.title_lines import COMPILATION, is_title_line
from metrics.segment.titles import TITLE_KEYWORD

TOC_HEAD = regex_cache.compile(r"^\s*目\s*录\s*$")
TOC_ENTRY = regex_cache.compile(
    r"^\s*(?:\d{1,3}[.、]?)?(?P<title>\S.{2,80}?)[\t .…·]+(?P<page>\d{1,4})\s*$"
)
# (lines that hold no 目 or end in no page number are not tried)
CONTENTS_HEAD, CONTENTS_ENTRY = Guard(TOC_HEAD), Guard(TOC_ENTRY)


@dataclass(frozen=True, slots=True)
class TocEntry:
    title: str
    page: int | None  # None in a list of titles without page numbers
    start: int  # normalised offsets of the entry line
    end: int


def find_toc(text: str) -> tuple[list[TocEntry], list[tuple[int, int]]]:
    """Entries of every table of contents in ``text`` and the spans they cover."""
    entries: list[TocEntry] = []
    regions: list[tuple[int, int]] = []
    block: list[TocEntry] = []
    head: tuple[int, int] | None = None

    def close() -> None:
        nonlocal block, head
        if len(block) >= 3 or (head and block):
            entries.extend(block)
            regions.append((head[0] if head else block[0].start, block[-1].end))
        block, head = [], None

    for s, e in iter_lines(text):
        if s == e:
            continue  # (an empty line opens, adds and closes nothing: see below)
        line = text[s:e]
        if CONTENTS_HEAD.match(line):
            close()
            head = (s, e)
            continue
        m = CONTENTS_ENTRY.match(line)
        if (m and TITLE_KEYWORD.search(m.group("title"))) or (m and head and block):
            block.extend(_entries(m.group("title").strip(), int(m.group("page")), s, e))
        elif (
            head
            and all(b.page is None for b in block)
            and is_title_line(line)
            and line.strip() not in {b.title for b in block}
        ):
            # titles listed under 目录 without page numbers; the first one listed again
            # is the first report's own title. A contents page that numbers its pages ends
            # at the first line with no number, however its entries were written: its
            # entries may be two joined on one line (below), that title then repeats none.
            block.append(TocEntry(line.strip(), None, s, e))
        elif line.strip() and not (head and not block and is_debris(line)):
            close()
    close()
    return entries, regions


# Two entries on one line, each with its leader and page (市交通运输局2023年工作总结......1市城市
# 管理局2023年工作计划······4, 县林业局工作总结……5 县商务局工作要点……9): a PDF's lines joined.
# The leader is three points or more (two …) and the page number is followed by the next
# title, not a title's own number (2023年, 第1季度: no leader before them).
JOINED_ENTRY = regex_cache.compile(
    r"[\t .…·]*(?:[.·]{3,}|…{2,})[\t ]*(?P<page>\d{1,4})[\t ]*(?=\D)"
)


def _entries(title: str, page: int, start: int, end: int) -> list[TocEntry]:
    """The entries of a contents line: one, or each of the entries joined on it."""
    out: list[TocEntry] = []
    at = 0
    for m in JOINED_ENTRY.finditer(title):
        out.append(TocEntry(title[at : m.start()].strip(), int(m.group("page")), start, end))
        at = m.end()
    out.append(TocEntry(title[at:].strip(), page, start, end))
    return out


# What a contents entry and its heading may differ by: spaces, numbers, points, brackets
# and quotes (compiled once, not at each call).
KEY_NOISE = regex_cache.compile(r"[\s\d.、()（）“”\"]+")


def _key(title: str) -> str:
    """A title to match by: no heading marker (一、, （二）: a compilation's contents may
    number its reports so), no digits, spaces, points or quotes."""
    level, end = read_marker(title, 0)
    return KEY_NOISE.sub("", title[end:] if level else title)


def match_toc(
    documents: list[Document], toc: list[TocEntry]
) -> tuple[list[Document], list[TocEntry]]:
    """Each document's ``toc_title`` from the first entry, in the contents' order, that
    names it and has named no document before; the entries that named none, in order."""
    if not toc:
        return documents, []
    pending = PendingEntries()
    pending.add(toc)
    return pending.match(documents), pending.entries()


# A key this long or longer is found in another by its first KEY_GRAM characters: a
# document's key of KEY_GRAM or more characters may stand in an entry's (or an entry's in
# the document's) with a part missing on either side (see ``_names``).
KEY_GRAM = 6


def _names(doc_key: str, entry_key: str) -> bool:
    """An entry names a document: the same key, or (a document's key of six characters or
    more) one key within the other (县林业局2023年工作总结 under 县林业局工作总结)."""
    return bool(doc_key) and (
        doc_key == entry_key
        or (len(doc_key) >= KEY_GRAM and (doc_key in entry_key or entry_key in doc_key))
    )


class PendingEntries:
    """The entries of a file's tables of contents that no document has matched yet, in
    the order they were listed, each looked up by its key rather than scanned: a large
    file's pieces are matched one after another against what earlier pieces left, and a
    file of many compilations leaves thousands of entries that no body will match (reports
    missing from a download), which a scan would read again for every later piece.

    Contract: ``match`` gives the same documents as matching each entry in order to the
    first document of the list that it names (``_names``) and that no entry took before,
    and removes the entries it used. The entries of one key form a queue: only the first
    as many as there are documents can take one (each later one finds every document that
    key names taken). A document's key finds the keys that may name it through three
    indexes: the keys themselves (the same key, and a key under six characters within the
    document's: one of its short substrings), the keys by every run of six characters in
    them (the document's key within an entry's: its first six are such a run) and by
    their first six (an entry's key within the document's: one of the document's runs)."""

    def __init__(self) -> None:
        # serial -> the entry and its key (read once), in the order listed
        self._order: dict[int, tuple[TocEntry, str]] = {}
        self._by_key: dict[str, dict[int, None]] = {}  # key -> serials, in order
        self._within: dict[str, set[str]] = {}  # a run of six -> the keys that hold it
        self._opening: dict[str, set[str]] = {}  # a key's first six -> the keys
        self._serial = 0

    def __len__(self) -> int:
        return len(self._order)

    def entries(self) -> list[TocEntry]:
        """The entries no document has matched, in the order they were added."""
        return [entry for entry, _ in self._order.values()]

    def add(self, entries: list[TocEntry]) -> None:
        """Hold ``entries`` (after those held): all but the contents' own lines (the
        compilation's title, 目录) and a report's own headings, which name no report."""
        for entry in entries:
            key = _key(entry.title)
            if COMPILATION.search(entry.title) or key == "目录" or _own_heading(entry.title):
                continue
            self._order[self._serial] = (entry, key)
            queue = self._by_key.get(key)
            if queue is None:
                queue = self._by_key[key] = {}
                for at in range(len(key) - KEY_GRAM + 1):
                    self._within.setdefault(key[at : at + KEY_GRAM], set()).add(key)
                if len(key) >= KEY_GRAM:
                    self._opening.setdefault(key[:KEY_GRAM], set()).add(key)
            queue[self._serial] = None
            self._serial += 1

    def match(self, documents: list[Document]) -> list[Document]:
        """``documents`` with ``toc_title`` set from the entries that name them (see the
        class contract); the entries used are no longer held."""
        if not self._order or not documents:
            return documents
        doc_keys = [_key(d.title) for d in documents]
        keys: set[str] = set()
        for dk in doc_keys:
            keys |= self._candidates(dk)
        serials = sorted(
            serial
            for key in keys
            for serial in islice(self._by_key[key], len(documents))  # (see the contract)
        )
        out = list(documents)
        used: set[int] = set()
        for serial in serials:
            entry, ek = self._order[serial]
            hit = next((i for i, k in enumerate(doc_keys) if i not in used and _names(k, ek)), None)
            if hit is not None:
                used.add(hit)
                out[hit] = replace(out[hit], toc_title=entry.title)
                del self._order[serial]
                queue = self._by_key[ek]
                del queue[serial]
                if not queue:
                    self._forget(ek)
        return out

    def _candidates(self, dk: str) -> set[str]:
        """The held keys that may name a document of key ``dk`` (a superset of those that
        do: ``match`` checks each)."""
        found = {dk} if dk in self._by_key else set()
        if len(dk) < KEY_GRAM:
            return found
        found |= self._within.get(dk[:KEY_GRAM], set())
        for at in range(len(dk)):
            for length in range(min(KEY_GRAM, len(dk) - at + 1)):
                if dk[at : at + length] in self._by_key:  # a short key (or none) within
                    found.add(dk[at : at + length])
            found |= self._opening.get(dk[at : at + KEY_GRAM], set())
        return found

    def _forget(self, key: str) -> None:
        del self._by_key[key]
        for at in range(len(key) - KEY_GRAM + 1):
            self._discard(self._within, key[at : at + KEY_GRAM], key)
        if len(key) >= KEY_GRAM:
            self._discard(self._opening, key[:KEY_GRAM], key)

    @staticmethod
    def _discard(index: dict[str, set[str]], run: str, key: str) -> None:
        keys = index.get(run)  # (None: a run the key holds twice, gone with its first)
        if keys is not None:
            keys.discard(key)
            if not keys:
                del index[run]


def _own_heading(title: str) -> bool:
    """An entry of a report's own contents, not a report of the compilation: a heading
    marker and words that title no report (一、2023年工作总结, 二、存在的问题, （三）下步打算),
    where one that names a report (一、县林业局2024年工作总结) is a report's entry."""
    level, end = read_marker(title, 0)
    return bool(level) and not is_title_line(title[end:])
