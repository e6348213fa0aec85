"""The compiled-pattern cache: a pattern rebuilt from the kept data is the pattern the
parser makes (its text, flags, groups and every match), and a bad or missing file only
costs the parser's time (issue 29: start-up)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

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
    first = regex_cache.Cache(path, _parse)
    made = [first.compile(p.pattern, p.flags) for p in _patterns()]
    first.save()
    assert path.exists() and not first.added

    again = regex_cache.Cache(path, _refuse)  # every pattern from the file: none parsed
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
    writer = regex_cache.Cache(tmp_path / "kept.marshal", _parse)
    writer.compile(master.pattern, master.flags)
    writer.save()
    kept = regex_cache.Cache(tmp_path / "kept.marshal", _refuse).compile(
        master.pattern, master.flags
    )
    for path in corpus_files:
        text = path.read_text(encoding="utf-8")
        assert _matches(kept, text) == _matches(master, text)


def test_a_file_not_whole_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "kept.marshal"
    path.write_bytes(b"\x00not marshal data")
    assert regex_cache.Cache(path, _parse).kept == {}
    writer = regex_cache.Cache(path, _parse)
    writer.compile(r"(?P<x>\d+)个")
    writer.save()
    assert len(regex_cache.Cache(path, _refuse).kept) == 1
    # one byte of the code changed: a list of integers the C compiler would take (as
    # code that matches something else), refused by the digest
    raw = bytearray(path.read_bytes())
    raw[-8] ^= 1
    path.write_bytes(bytes(raw))
    cache = regex_cache.Cache(path, _parse)
    assert cache.kept == {}
    assert cache.compile(r"(?P<x>\d+)个").match("12个").group("x") == "12"


@pytest.mark.parametrize(("bound", "kept"), [(None, {"old", "new"}), (64, {"new"})])
def test_a_file_past_its_bytes_keeps_what_its_last_writer_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, bound: int | None, kept: set[str]
) -> None:
    """Past ``MAX_BYTES`` of data (another version's patterns piling up), a writer keeps
    only the patterns it used: every start reads the file whole."""
    path = tmp_path / "kept.marshal"
    words = {"old": r"(?P<x>\d+)(?:个|项|所)", "new": r"(?P<x>\d+)(?:亿元|万元)"}
    first = regex_cache.Cache(path, _parse)
    first.compile(words["old"])
    first.save()
    if bound is not None:
        monkeypatch.setattr(regex_cache, "MAX_BYTES", bound)
    second = regex_cache.Cache(path, _parse)
    second.compile(words["new"])
    second.save()
    held = {key[0] for key in regex_cache._read(path)}
    assert held == {words[k] for k in kept}


def test_what_the_cache_leaves_to_the_parser() -> None:
    seen: list[str] = []

    def parse(pattern, flags=0, cache_pattern=None):
        seen.append(pattern)
        return _parse(pattern, flags, cache_pattern)

    cache = regex_cache.Cache(None, parse)
    cache.compile(rb"\d+")  # bytes
    cache.compile(r"(?L)\w+")  # locale-dependent
    assert cache.kept == {} and len(seen) == 2
    cache.compile(r"\d+万元")
    assert len(cache.kept) == 1


def test_importing_the_package_leaves_regex_compile_alone() -> None:
    """Other code's patterns (a notebook's, another library's) are the parser's and never
    fill the file: only the package's modules compile through ``regex_cache.compile``."""
    import metrics.cli  # noqa: F401  (every module of a run, the cache in use)

    assert regex.compile is regex_cache._main.compile
    cache = regex_cache._cache
    if cache is None:
        pytest.skip("METRICS_REGEX_CACHE=off in this environment")
    notebook = r"\d+(?#a notebook's own pattern)"
    regex.compile(notebook)
    assert not any(key[0] == notebook for key in cache.kept)


def _no_cache_yet(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """This process as before its first ``regex_cache.compile``, its file in ``folder``."""
    monkeypatch.setenv("METRICS_REGEX_CACHE", str(folder))
    monkeypatch.setattr(regex_cache, "_cache", None)
    monkeypatch.setattr(regex_cache, "_opened", False)


@pytest.mark.parametrize(
    "layout",
    [
        pytest.param(None, id="no _main module"),
        pytest.param(SimpleNamespace(), id="_main without _regex"),
        # regex builds its patterns without passing through this _main: nothing is noted
        pytest.param(SimpleNamespace(_regex=regex_cache._regex), id="_regex not reached"),
    ],
)
def test_another_private_layout_is_plain_compile(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, layout: object
) -> None:
    _no_cache_yet(monkeypatch, tmp_path)
    monkeypatch.setattr(regex_cache, "_main", layout)
    assert not regex_cache.layout_fits()
    made = regex_cache.compile(r"(?P<n>\d+)(?P<u>万?元)")
    assert made.fullmatch("12万元").group("n", "u") == ("12", "万元")
    assert regex_cache._cache is None and list(tmp_path.iterdir()) == []


def test_data_the_c_compiler_refuses_is_parsed_again(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Noted data that does not rebuild the probe (as another version's layout would
    give) leaves the cache off; a kept entry the C compiler refuses is parsed again."""
    _no_cache_yet(monkeypatch, tmp_path)
    cache = regex_cache.Cache(tmp_path / "kept.marshal", _parse)
    cache.compile(r"\d+亩")
    key = next(iter(cache.kept))
    cache.kept[key] = (cache.kept[key][0], b"\x00\x00")  # code too short to build
    assert regex_cache._build(key[0], cache.kept[key]) is None
    assert cache.compile(r"\d+亩").match("30亩").group() == "30亩"
    assert cache.kept[key][1] != b"\x00\x00"  # parsed and kept again

    assert regex_cache.layout_fits()
    monkeypatch.setattr(regex_cache, "_build", lambda pattern, data: None)
    assert not regex_cache.layout_fits()
    assert regex_cache.compile(r"\d+亩").match("30亩").group() == "30亩"
    assert regex_cache._cache is None and list(tmp_path.iterdir()) == []


def test_a_folder_that_cannot_be_made_leaves_no_file_and_no_error(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    cache = regex_cache.Cache(blocker / "kept.marshal", _parse)
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


def _parse(pattern, flags=0, cache_pattern=None):
    """The regex module's own compile."""
    return regex.compile(pattern, flags, cache_pattern=cache_pattern)


def _refuse(*args, **kwargs):
    raise AssertionError(f"parsed, not taken from the file: {str(args[0])[:40]}")


def test_pool_workers_keep_what_they_compiled(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The patterns pool workers compile (their parent, only writing, never does) are in
    the file once the pool has ended, those of every worker (two ending at once)."""
    from metrics.engine import run_pool

    cache = regex_cache._cache
    if cache is None:
        pytest.skip("METRICS_REGEX_CACHE=off in this environment")
    monkeypatch.setattr(cache, "path", tmp_path / "kept.marshal")
    with run_pool(2) as pool:
        pool.start()
        done = list(pool.map(_compile_in_worker, range(6), chunksize=1))
    assert len(set(done)) == 2  # (each task waits: both workers take some)
    kept = {key[0] for key in regex_cache._read(tmp_path / "kept.marshal")}
    assert {_worker_pattern(i) for i in range(6)} <= kept


def test_pool_workers_keep_what_they_compiled_past_the_cap(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where a worker holds more than the file may keep (a parent that compiled many
    patterns: the whole suite), the second worker to end prunes to what it used and what
    the first wrote since it read the file: the first's patterns are not lost."""
    from metrics.engine import run_pool

    cache = regex_cache._cache
    if cache is None:
        pytest.skip("METRICS_REGEX_CACHE=off in this environment")
    monkeypatch.setattr(cache, "path", tmp_path / "kept.marshal")
    monkeypatch.setattr(regex_cache, "MAX_ENTRIES", 1)
    with run_pool(2) as pool:
        pool.start()
        done = list(pool.map(_compile_in_worker, range(6), chunksize=1))
    assert len(set(done)) == 2
    kept = {key[0] for key in regex_cache._read(tmp_path / "kept.marshal")}
    assert {_worker_pattern(i) for i in range(6)} <= kept


def _worker_pattern(i: int) -> str:
    return rf"\d+件(?#only in a worker, {i})"


def _compile_in_worker(i: int) -> int:
    import time

    regex_cache.compile(_worker_pattern(i))
    time.sleep(0.3)
    return os.getpid()


WARM_START = """
import sys, regex
real, parsed = regex.compile, set()
def watched(pattern, flags=0, *args, **kwargs):
    where = sys._getframe(1).f_globals.get("__name__", "")
    if type(pattern) is str and where.startswith("metrics"):
        parsed.add((where, pattern))
    return real(pattern, flags, *args, **kwargs)
regex.compile = watched
import metrics.cli, metrics.rules
metrics.rules.compiled()
code = metrics.cli.main(["extract", sys.argv[1], "--out", sys.argv[2], "--quiet", "--jobs", "1"])
probe = metrics.regex_cache.PROBE[0]  # (parsed at every start: the private layout's check)
print(sorted({where for where, pattern in parsed if pattern != probe}))
"""


def test_a_warm_start_parses_none_of_the_packages_patterns(tmp_path: Path) -> None:
    """The second start on a report takes every pattern of the package from the file:
    a module that calls ``regex.compile`` instead of ``regex_cache.compile`` is named."""
    report = tmp_path / "report.txt"
    report.write_text(
        "2025年政府工作报告\n新建学校3所，完成投资12亿元，城镇新增就业1.2万人。\n",
        encoding="utf-8",
    )
    env = {**os.environ, "METRICS_REGEX_CACHE": str(tmp_path / "patterns")}
    runs = [
        subprocess.run(
            [sys.executable, "-c", WARM_START, str(report), str(tmp_path / f"out{i}")],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
            env=env,
        ).stdout.strip()
        for i in range(2)
    ]
    assert runs[1] == "[]", f"parsed at a warm start, by: {runs[1]}"


def test_a_kept_re_twin_is_res_own_pattern(tmp_path: Path) -> None:
    # an ``re`` pattern (``metrics.twins``' twins) kept in the same file is rebuilt without
    # re's parser, and is the pattern ``re.compile`` makes
    import re

    from metrics import twins

    assert regex_cache.re_layout_fits()
    path = tmp_path / "kept.marshal"
    written = twins.re_twin(LEADING_FILLER.pattern).pattern
    first = regex_cache.Cache(path, _parse)
    first.compile_re(written, re.UNICODE)
    first.save()
    again = regex_cache.Cache(path, _refuse)
    parse = regex_cache._re_compiler.compile
    regex_cache._re_compiler.compile = _refuse  # none parsed: from the file
    try:
        kept = again.compile_re(written, re.UNICODE)
    finally:
        regex_cache._re_compiler.compile = parse
    parsed = re.compile(written)
    assert (kept.pattern, kept.flags, kept.groups) == (parsed.pattern, parsed.flags, parsed.groups)
    for text in _texts():
        assert [m.regs for m in kept.finditer(text)] == [m.regs for m in parsed.finditer(text)]
