"""The compiled-pattern cache: a pattern rebuilt from the kept data is the pattern the
parser makes (its text, flags, groups and every match), and a bad or missing file only
costs the parser's time (issue 29: start-up)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import regex

from metrics import regex_cache
from metrics.context.words import LEADING_FILLER, TRAILING_FILLER
from metrics.io import decode_bytes
from metrics.rules import compiled

from .conftest import ROOT, SAMPLE

pytestmark = pytest.mark.skipif(regex_cache._main is None, reason="regex has no _main module")


def _patterns() -> list[regex.Pattern[str]]:
    """The package's longest patterns (the rules' alternation, the fillers') and short
    ones with named groups, look-behinds and the verbose flag."""
    return [
        compiled().master,
        LEADING_FILLER,
        TRAILING_FILLER,
        regex.compile(r"(?P<n>\d+)(?P<u>万?元)(?<!亿元)", regex.X),
        regex.compile(r"(?i)(?<=[是为])\p{Han}{1,4}?(?:率|数)"),
        regex.compile(r"(?i)第\d+名"),  # a required string with flags (an enum to marshal)
    ]


def _matches(pattern: regex.Pattern[str], text: str) -> list[tuple]:
    return [(m.span(), m.regs, m.groupdict()) for m in pattern.finditer(text)]


def _texts() -> list[str]:
    return [decode_bytes(p.read_bytes(), p)[0] for p in sorted(SAMPLE.glob("*.txt"))]


def test_a_kept_pattern_is_the_parsers_pattern(tmp_path: Path) -> None:
    path = tmp_path / "kept.marshal"
    first = regex_cache.Cache(path, _parse, owner="")
    made = [first.compile(p.pattern, p.flags) for p in _patterns()]
    first.save()
    assert path.exists() and not first.added

    again = regex_cache.Cache(path, _refuse, owner="")  # every pattern from the file: none parsed
    texts = _texts()
    assert sum(map(len, texts)) > 10_000
    for original, fresh in zip(_patterns(), made, strict=True):
        kept = again.compile(original.pattern, original.flags)
        assert type(kept) is type(original)
        for p in (fresh, kept):
            assert (p.pattern, p.flags, p.groups, p.groupindex) == (
                original.pattern,
                original.flags,
                original.groups,
                original.groupindex,
            )
        for text in texts:
            assert _matches(kept, text) == _matches(original, text)
    assert len(again.used) == len(made)


def test_a_corpus_scan_gives_the_same_matches_from_the_kept_alternation(
    tmp_path: Path, corpus_files: list[Path]
) -> None:
    master = compiled().master
    writer = regex_cache.Cache(tmp_path / "kept.marshal", _parse, owner="")
    writer.compile(master.pattern, master.flags)
    writer.save()
    kept = regex_cache.Cache(tmp_path / "kept.marshal", _refuse, owner="").compile(
        master.pattern, master.flags
    )
    for path in corpus_files:
        text = path.read_text(encoding="utf-8")
        assert _matches(kept, text) == _matches(master, text)


def test_a_file_not_whole_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "kept.marshal"
    path.write_bytes(b"\x00not marshal data")
    assert regex_cache.Cache(path, _parse, owner="").kept == {}
    writer = regex_cache.Cache(path, _parse, owner="")
    writer.compile(r"(?P<x>\d+)个")
    writer.save()
    assert len(regex_cache.Cache(path, _refuse, owner="").kept) == 1
    # one byte of the code changed: a list of integers the C compiler would take (as
    # code that matches something else), refused by the digest
    raw = bytearray(path.read_bytes())
    raw[-8] ^= 1
    path.write_bytes(bytes(raw))
    cache = regex_cache.Cache(path, _parse, owner="")
    assert cache.kept == {}
    assert cache.compile(r"(?P<x>\d+)个").match("12个").group("x") == "12"


def test_what_the_cache_leaves_to_the_parser() -> None:
    seen: list[str] = []

    def parse(pattern, flags=0, ignore_unused=False, cache_pattern=None, **kwargs):
        seen.append(pattern)
        return _parse(pattern, flags, ignore_unused, cache_pattern, **kwargs)

    cache = regex_cache.Cache(None, parse, owner="")
    cache.compile(r"\L<words>", words=["甲", "乙"])  # a named list
    cache.compile(rb"\d+")  # bytes
    cache.compile(r"(?L)\w+")  # locale-dependent
    assert cache.kept == {} and len(seen) == 3
    cache.compile(r"\d+万元")
    assert len(cache.kept) == 1
    # a pattern of code outside the package (this test's, a notebook's) is not kept
    ours = regex_cache.Cache(None, parse)
    ours.compile(r"\d+万元")
    assert ours.kept == {} and len(seen) == 5  # parsed, as without a cache


def test_a_folder_that_cannot_be_made_leaves_no_file_and_no_error(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    cache = regex_cache.Cache(blocker / "kept.marshal", _parse, owner="")
    cache.compile(r"\d+亩")
    cache.save()  # mkdir fails (a file stands where the folder would): nothing written
    assert cache.added and blocker.read_text(encoding="utf-8") == ""
    assert list(tmp_path.iterdir()) == [blocker]


def test_the_cache_is_off_or_elsewhere_by_environment(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("METRICS_REGEX_CACHE", "off")
    assert regex_cache.cache_path() is None
    monkeypatch.setenv("METRICS_REGEX_CACHE", str(tmp_path))
    path = regex_cache.cache_path()
    assert path is not None and path.parent == tmp_path
    assert regex.__version__ in path.name and sys.implementation.cache_tag in path.name


def test_the_patterns_text_is_the_same_under_any_hash_seed() -> None:
    """The cache keeps a pattern by its text: a text made from a set's order (which the
    hash seed changes) would be parsed again in every process."""
    code = (
        "import hashlib, metrics.cli, metrics.rules\n"
        "print(hashlib.sha256(metrics.rules.compiled().master.pattern.encode()).hexdigest())"
    )
    digests = {
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONHASHSEED": seed, "METRICS_REGEX_CACHE": "off"},
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(digests) == 1


def _parse(pattern, flags=0, ignore_unused=False, cache_pattern=None, **kwargs):
    """The regex module's own compile (behind the cache the package installed, if any)."""
    real = regex_cache._installed.real if regex_cache._installed else regex.compile
    return real(pattern, flags, ignore_unused, cache_pattern, **kwargs)


def _refuse(*args, **kwargs):
    raise AssertionError(f"parsed, not taken from the file: {str(args[0])[:40]}")


def test_pool_workers_keep_what_they_compiled(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The patterns pool workers compile (their parent, only writing, never does) are in
    the file once the pool has ended, those of every worker (two ending at once)."""
    from metrics.engine import run_pool

    cache = regex_cache._installed
    if cache is None:
        pytest.skip("METRICS_REGEX_CACHE=off in this environment")
    monkeypatch.setattr(cache, "path", tmp_path / "kept.marshal")
    monkeypatch.setattr(cache, "owner", "")  # (the patterns are this test's own)
    with run_pool(2) as pool:
        pool.start()
        done = list(pool.map(_compile_in_worker, range(6), chunksize=1))
    assert len(set(done)) == 2  # (each task waits: both workers take some)
    kept = {key[0] for key in regex_cache._read(tmp_path / "kept.marshal")}
    assert {_worker_pattern(i) for i in range(6)} <= kept


def _worker_pattern(i: int) -> str:
    return rf"\d+件(?#only in a worker, {i})"


def _compile_in_worker(i: int) -> int:
    import time

    regex.compile(_worker_pattern(i))
    time.sleep(0.3)
    return os.getpid()
