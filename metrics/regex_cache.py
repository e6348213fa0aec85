"""Compiled patterns kept on disk between processes: a start-up without the regex parser.

The ``regex`` module parses a pattern in Python, about as slowly as the pattern is long,
and keeps nothing between processes (a pickled pattern is parsed again when loaded): the
package's patterns cost 0.24 s of CPU at every start-up (issue 29), nearly half of a run
on a small file, the rules' alternation of 26,000 characters 0.07 s of it. What the parser
makes is plain data (the opcodes and group tables ``regex._regex.compile`` builds the
pattern from, in C, in about 1.5 ms for the alternation). ``compile`` keeps that data in
one file, keyed by the pattern's text and flags, and on a later start gives it straight
to ``_regex.compile``.

Who goes through it: the package's own modules, explicitly (``regex_cache.compile(...)``
where they would write ``regex.compile(...)``). ``regex.compile`` itself is never
replaced: importing ``metrics`` changes nothing for other code (a notebook's, another
library's), whose patterns are parsed as ever and never fill the file.

Contract: the pattern returned is the one ``regex.compile`` would return (the same class,
text, flags, groups and matches: ``tests/test_regex_cache.py``). A pattern is kept only
with text and integer flags, not locale-dependent; the file is named by the versions of
``regex``, its compiled code (``MAGIC``) and Python, so another installation never reads
it. A file that cannot be read, or whose data the C compiler refuses, is the parser's work
again, and so is a file that is not whole (a digest of its data comes first): the cache can
make a start slower, never a pattern different. The file is written at the end of a
process that compiled patterns it did not hold (atomically: a write that fails leaves the
old file or none), under ``$XDG_CACHE_HOME/gov-report-metrics`` (``~/.cache``), or the
folder ``METRICS_REGEX_CACHE`` names; ``METRICS_REGEX_CACHE=off`` turns it off.

The patterns asked of the standard ``re`` engine (``metrics.twins``) are kept in the same
file (``compile_re``; keyed by ``_sre.MAGIC``): ``re``'s parser is Python too. Its builder,
``re._compiler._sre.compile``, is spied on the same way and checked on a probe
(``re_layout_fits``); a layout it does not read leaves ``re.compile`` as it is.

``regex``'s parser is reached through its private module ``regex._main``: during one
compilation its ``_regex`` reference is swapped, under a lock, for one that notes the
arguments of the call that builds the pattern. Private, so checked before use, on the
first ``compile`` of a process: a ``regex`` without that module, or whose ``compile``
no longer builds a pattern through it, or whose noted data does not rebuild the probe's
pattern, leaves the cache off and ``compile`` is plain ``regex.compile``.
"""

from __future__ import annotations

import atexit
import hashlib
import marshal
import os
import re
import sys
import tempfile
import threading
from array import array
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import regex

try:
    import _sre
    import re._compiler as _re_compiler
except ImportError:  # pragma: no cover - another Python's layout of re
    _sre = _re_compiler = None  # type: ignore[assignment]
try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]
try:
    from regex import _main, _regex
except ImportError:  # pragma: no cover - another layout of the regex package
    _main = _regex = None  # type: ignore[assignment]

# Entries kept at most: past it, a file keeps only what its last process used and what
# others wrote since it read the file (patterns whose text changed between versions of the
# package would otherwise pile up).
MAX_ENTRIES = 2_000
# Bytes of data a file holds at most, pruned as past MAX_ENTRIES: every start reads the file
# whole and checks its digest (15 ms of CPU for 3.2 MB), and one version of the package's
# patterns is 1.7 MB, but a few hundred large patterns (the rules' alternation: 0.26 MB of
# code) reached 24 MB under the entries' bound alone, 76 ms a start, on a machine where
# many checkouts of the package run.
MAX_BYTES = 4_000_000
Key = tuple[str, int, int]  # the pattern's text, flags and regex's default version
# An ``re`` pattern's key: its third field is minus the code's version of ``_sre`` (no
# regex version is negative), so a Python whose ``re`` writes other code never reads it.
RE_VERSION = -int(getattr(_sre, "MAGIC", 0))
CODE = "I" if array("I").itemsize == 4 else "L"  # the code's words (32 bits) as kept


class Cache:
    """The kept compilations of one file, and those this process added or used."""

    def __init__(self, path: Path | None, compile_: Any) -> None:
        self.path = path
        self.real = compile_  # regex.compile: the parser, where nothing is kept
        self.kept: dict[Key, tuple] = _read(path) if path else {}
        self.read = frozenset(self.kept)  # (what the file held when this process read it)
        self.used: set[Key] = set()
        self.added = False
        self.pid = os.getpid()
        self.lock = threading.Lock()

    def compile(self, pattern: str, flags: int = 0) -> Any:
        """``regex.compile(pattern, flags)``, from the kept data where there is some."""
        if type(pattern) is not str or not isinstance(flags, int) or flags & regex.DEBUG:
            return self.real(pattern, flags)
        key = (pattern, int(flags), int(regex.DEFAULT_VERSION))
        data = self.kept.get(key)
        if data is not None:
            done = _build(pattern, data)
            if done is not None:
                self.used.add(key)
                return done
            del self.kept[key]  # not data this regex reads: parse it again below
        done, data = self.parse(pattern, flags)
        if data is not None and not data[0] & regex.LOCALE:
            self.kept[key] = data
            self.used.add(key)
            self.added = True
        return done

    def compile_re(self, pattern: str, flags: int) -> Any:
        """``re.compile(pattern, flags)`` (of a ``str`` with ``int`` flags), from the kept
        data where there is some: ``re``'s parser is Python too, and a large alternation's
        twin (``metrics.twins``) costs 0.1 s to parse."""
        key = (pattern, int(flags), RE_VERSION)
        data = self.kept.get(key)
        if data is not None:
            done = _build(pattern, data, _sre)
            if done is not None:
                self.used.add(key)
                return done
            del self.kept[key]
        spy = _Spy(pattern, _sre)
        with self.lock:
            _re_compiler._sre = spy
            try:
                done = _re_compiler.compile(pattern, flags)
            finally:
                _re_compiler._sre = _sre
        if spy.data is not None:
            self.kept[key] = spy.data
            self.used.add(key)
            self.added = True
        return done

    def parse(self, pattern: str, flags: int) -> tuple[Any, tuple | None]:
        """The parser's pattern, with the data ``_regex.compile`` built it from (None
        when that call was not seen, or its data cannot be kept)."""
        spy = _Spy(pattern)
        with self.lock:
            _main._regex = spy
            try:  # (not from regex's own cache of this process: the parser is to run)
                done = self.real(pattern, flags, cache_pattern=False)
            finally:
                _main._regex = _regex
        return done, spy.data

    def save(self) -> None:
        """Write the file if this process compiled patterns it did not hold, with what
        other processes wrote since it was read (not from a forked child, unless it was
        ``adopt``-ed: its parent writes what it holds)."""
        if not (self.added and self.path) or os.getpid() != self.pid:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with _locked(self.path.with_suffix(".lock")):  # two workers end at once
                self._write(self.path)
        except (OSError, ValueError):  # a read-only home, or data marshal cannot write
            return  # (none is known): the next start parses again, as without a cache
        self.added = False

    def _write(self, path: Path) -> None:
        there = _read(path)
        keep = there | self.kept
        data = marshal.dumps(keep)
        if len(keep) > MAX_ENTRIES or len(data) > MAX_BYTES:
            # what this process used, and what another wrote since it read the file (a
            # worker ending just before: pruned to this one's use, its patterns were lost)
            keep = {
                k: v
                for k, v in keep.items()
                if k in self.used or (k in there and k not in self.read)
            }
            data = marshal.dumps(keep)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".regex-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(hashlib.sha256(data).digest() + data)
            os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)


def _build(pattern: str, data: tuple, builder: Any = None) -> Any:
    """The pattern ``_regex.compile`` (or ``builder.compile``: ``_sre``'s, for ``re``)
    builds from kept data, or None if it refuses it."""
    try:
        code = array(CODE)
        code.frombytes(data[1])
        return (builder or _regex).compile(pattern, data[0], code.tolist(), *data[2:])
    except (TypeError, ValueError, OverflowError, RuntimeError, IndexError):
        return None


class _Spy:
    """Stands for ``regex._regex`` (or ``_sre``, for ``re``) during one compilation and
    notes the arguments of the call that builds ``pattern`` (another thread's compilation
    passes through unnoted)."""

    def __init__(self, pattern: str, real: Any = None) -> None:
        self.pattern = pattern
        self.data: tuple | None = None
        self.real = real or _regex

    def compile(self, pattern: str, flags: int, code: list[int], *rest: Any) -> Any:
        if pattern is self.pattern:  # (flags as plain integers: marshal takes no enum)
            try:
                packed = array(CODE, code).tobytes()  # a tenth of a list's memory
            except OverflowError:
                packed = None  # a code word wider than 32 bits: not kept
            if packed is not None:
                tail = tuple(int(x) if isinstance(x, int) else x for x in rest)
                self.data = (int(flags), packed, *tail)
        return self.real.compile(pattern, flags, code, *rest)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``path`` (where ``fcntl`` exists: elsewhere the last of
    two writers at once keeps only its own additions)."""
    with path.open("a") as fh:
        if fcntl is not None:
            fcntl.flock(fh, fcntl.LOCK_EX)
        yield


def _read(path: Path) -> dict[Key, tuple]:
    """The kept data of ``path``, or nothing if it is missing, unreadable or not whole
    (its digest, first, differs: ``_regex.compile`` takes any list of integers as code,
    and a damaged one would be a pattern that matches something else)."""
    try:
        raw = path.read_bytes()
    except OSError:
        return {}
    digest, data = raw[:32], raw[32:]
    if hashlib.sha256(data).digest() != digest:
        return {}
    try:
        kept = marshal.loads(data)
    except (EOFError, ValueError, TypeError):
        return {}
    return kept if isinstance(kept, dict) else {}


def cache_path() -> Path | None:
    """The file of this installation's ``regex`` and Python, or None when turned off."""
    where = os.environ.get("METRICS_REGEX_CACHE", "")
    if where.lower() == "off":
        return None
    if not where:
        try:
            home = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
        except RuntimeError:  # no home folder to be found: no cache
            return None
        where = str(Path(home) / "gov-report-metrics")
    tag = sys.implementation.cache_tag
    magic = getattr(_regex, "MAGIC", "")  # (a layout without it fails ``layout_fits``)
    return Path(where) / f"regex-{regex.__version__}-{magic}-{tag}.marshal"


# A pattern, a text and its matches' spans: what the check of the private layout compiles,
# keeps, rebuilds and compares (named groups, a repeat, a class, a look-behind).
PROBE = (r"(?P<n>\d+(?:\.\d+)?)(?P<u>万?元)(?<!亿元)", "投资12.5万元，1亿元，3元")
PROBE_RE = (r"(?P<n>[0-9]+(?:\.[0-9]+)?)(?P<u>万?元)(?<!亿元)", PROBE[1])
_cache: Cache | None = None
_opened = False
_opening = threading.Lock()


def compile(pattern: str, flags: int = 0) -> Any:
    """``regex.compile(pattern, flags)``: the package's modules compile their patterns
    through it, so that a later process takes them from the file instead of the parser."""
    cache = _cache if _opened else _open()
    if cache is None:
        return regex.compile(pattern, flags)
    return cache.compile(pattern, flags)


def compile_re(pattern: str, flags: int = 0) -> Any:
    """``re.compile(pattern, flags)`` through the same file (``Cache.compile_re``), where
    ``re``'s private layout is the one it reads (``re_layout_fits``)."""
    cache = _cache if _opened else _open()
    if cache is None or not _re_fits():
        return re.compile(pattern, flags)
    return cache.compile_re(pattern, int(flags))


_re_fit: list[bool] = []


def _re_fits() -> bool:
    if not _re_fit:
        _re_fit.append(re_layout_fits())
    return _re_fit[0]


def re_layout_fits() -> bool:
    """Whether this Python's ``re`` builds its patterns through ``re._compiler._sre``'s
    ``compile``, from data that rebuilds the same pattern (``PROBE``, as ``layout_fits``)."""
    if _sre is None or getattr(_re_compiler, "_sre", None) is not _sre:
        return False
    pattern, text = PROBE_RE
    try:
        cache = Cache(None, regex.compile)
        built = cache.compile_re(pattern, 0)
        data = cache.kept.get((pattern, 0, RE_VERSION))
        rebuilt = None if data is None else _build(pattern, data, _sre)
        if rebuilt is None:
            return False
        parsed = re.compile(pattern)
        alike = all(
            (p.pattern, p.flags, p.groups, p.groupindex)
            == (parsed.pattern, parsed.flags, parsed.groups, parsed.groupindex)
            for p in (built, rebuilt)
        )
        return alike and _spans(rebuilt, text) == _spans(parsed, text)
    except Exception:  # another layout may fail in any way: re's own compile then
        return False


def _open() -> Cache | None:
    """This process's cache (once): None when it is turned off or the private layout of
    this ``regex`` is not the one it reads (``layout_fits``)."""
    global _cache, _opened
    with _opening:
        if not _opened:
            path = cache_path() if _main is not None else None
            if path is not None and layout_fits():  # (not checked when turned off)
                _cache = Cache(path, regex.compile)
                atexit.register(_cache.save)
            _opened = True
    return _cache


def layout_fits() -> bool:
    """Whether this ``regex`` builds its patterns as the cache expects: through
    ``regex._main._regex.compile``, from data that rebuilds the same pattern (checked on
    ``PROBE``: any difference or error leaves the cache off, never a pattern wrong)."""
    if _main is None or getattr(_main, "_regex", None) is not _regex:
        return False
    pattern, text = PROBE
    try:
        parsed, data = Cache(None, regex.compile).parse(pattern, 0)
        rebuilt = None if data is None else _build(pattern, data)
        if rebuilt is None:
            return False
        alike = (rebuilt.pattern, rebuilt.flags, rebuilt.groups, rebuilt.groupindex) == (
            parsed.pattern,
            parsed.flags,
            parsed.groups,
            parsed.groupindex,
        )
        return alike and _spans(rebuilt, text) == _spans(parsed, text)
    except Exception:  # another layout may fail in any way: the parser then, as without
        return False  # a cache


def _spans(pattern: Any, text: str) -> list[tuple]:
    return [m.regs for m in pattern.finditer(text)]


def adopt() -> None:
    """In a worker forked from a process with the cache: write at the worker's end what
    it compiled that its parent had not (the patterns a worker compiles on its first
    figures, which its parent, writing only, never does). A worker of ``multiprocessing``
    ends without ``atexit``; its finalizers run when it returns normally."""
    if _cache is not None and _cache.pid != os.getpid():
        from multiprocessing.util import Finalize

        _cache.pid = os.getpid()
        _cache.added = False  # what the parent added, the parent writes
        Finalize(_cache, _cache.save, exitpriority=0)
