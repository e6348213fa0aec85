"""The optional compiled build (``make compiled``: mypyc compiles the hot modules in place).

pyproject.toml's ``[tool.metrics-compile] modules`` names the modules it compiles. A tree is
either pure (none of them compiled) or compiled (all of them, none older than its source:
a stale extension module would hide an edit of the ``.py`` beside it). ``METRICS_COMPILED=1``
(``make test-compiled``, the compiled pass of ``.ci/run``) asserts the tree is compiled,
``METRICS_COMPILED=0`` that it is pure. That the compiled build gives the pure build's
tables is the golden snapshot's test (``tests/test_golden.py``), which that pass runs too.
"""

from __future__ import annotations

import gc
import importlib
import os
import pickle
import subprocess
import sys
import tomllib
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path
from types import ModuleType

import pytest

from metrics.io import read_text
from metrics.pipeline import process_text
from tests.conftest import ROOT, SAMPLE


def listed() -> list[str]:
    with open(ROOT / "pyproject.toml", "rb") as f:
        return tomllib.load(f)["tool"]["metrics-compile"]["modules"]


def is_compiled(module: ModuleType) -> bool:
    return str(module.__file__).endswith(tuple(EXTENSION_SUFFIXES))


def source_of(name: str) -> Path:
    return ROOT.joinpath(*name.split(".")).with_suffix(".py")


def test_every_listed_module_is_a_module_of_the_package_with_its_source() -> None:
    names = listed()
    assert names and len(set(names)) == len(names)
    for name in names:
        assert name.startswith("metrics."), name
        # a module, not a package: a package's __init__ compiled by mypyc finds no submodules
        assert source_of(name).is_file(), f"{name}: no source {source_of(name)}"
        importlib.import_module(name)


def test_the_build_is_wholly_compiled_or_wholly_pure_as_it_says() -> None:
    compiled = {name: is_compiled(importlib.import_module(name)) for name in listed()}
    expected = os.environ.get("METRICS_COMPILED")
    if expected == "1":
        assert all(compiled.values()), f"not compiled: {[n for n, c in compiled.items() if not c]}"
    elif expected == "0":
        assert not any(compiled.values()), f"compiled: {[n for n, c in compiled.items() if c]}"
    else:
        assert len(set(compiled.values())) == 1, f"a partial build (`make compiled`): {compiled}"


def extension_of(name: str) -> Path | None:
    """The extension module built beside ``name``'s source, if there is one."""
    source = source_of(name)
    found = [source.with_suffix(s) for s in EXTENSION_SUFFIXES if source.with_suffix(s).exists()]
    return found[0] if found else None


def test_what_is_imported_is_what_was_built_and_not_older_than_its_source() -> None:
    # (a compiled module's __file__ is not its path when another compiled module imported
    # it first: mypyc's shared library sets it, so the build is found beside the source)
    for name in listed():
        built = extension_of(name)
        assert is_compiled(importlib.import_module(name)) == (built is not None), name
        if built is not None:
            assert built.stat().st_mtime >= source_of(name).stat().st_mtime, (
                f"{name} was compiled before its source was edited: `make compiled` or `make pure`"
            )


def test_unlisted_modules_stay_pure() -> None:
    # not hot, and pure in either build: worker processes import the driver by name, and
    # tests patch the pipeline's and the engine's constants (a compiled module reads its
    # own constants early bound, and would not see a patch)
    for name in ("metrics.pipeline", "metrics.engine", "metrics.packed"):
        assert name not in listed()
        assert not is_compiled(importlib.import_module(name)), name


@pytest.mark.parametrize("path", sorted(SAMPLE.glob("*.txt"))[:3], ids=lambda p: p.name)
def test_a_files_result_crosses_to_another_process_whole(path: Path) -> None:
    # what a worker sends back (documents, sections, mentions with the compiled modules'
    # enums, pairs) survives pickling equal, in either build
    result = process_text(read_text(path).text, path.name)
    assert result.mentions
    again = pickle.loads(pickle.dumps(result))
    assert again.mentions == result.mentions
    assert again.pairs == result.pairs
    assert again.sections == result.sections
    assert again.documents == result.documents


def test_asked_to_compile_without_a_compiler_the_build_says_why_and_stays_pure() -> None:
    # through the PEP 517 hook pip calls first, which reports the build requirements (mypy
    # when asked to compile) instead of fetching them: `setup.py --name` would download
    # mypy into .eggs/ of the clone, and fail offline
    env = {**os.environ, "METRICS_COMPILE": "1", "CC": "no-such-compiler"}
    hook = "from setuptools import build_meta; print(*build_meta.get_requires_for_build_wheel())"
    done = subprocess.run(
        [sys.executable, "-c", hook], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert any(req.startswith("mypy") for req in done.stdout.split()), done.stdout
    # mypyc missing (the pure venv) or the compiler missing: either is named
    assert "building the pure-Python package" in done.stderr
    assert "no C compiler (no-such-compiler)" in done.stderr or "mypyc" in done.stderr


def test_the_segmenters_word_list_is_found_in_either_build() -> None:
    # a module compiled by mypyc reports a ``__file__`` that is not beside its source: a
    # path made from it finds no word list, and the whole dictionary is loaded instead
    from metrics.context import word_bounds

    assert word_bounds.WORDS_FILE.is_file(), word_bounds.WORDS_FILE
    package = importlib.import_module("metrics.context")
    assert word_bounds.WORDS_FILE.parent == Path(str(package.__file__)).parent


@pytest.mark.parametrize("path", sorted(SAMPLE.glob("*.txt"))[:3], ids=lambda p: p.name)
def test_a_file_leaves_no_cycle_for_the_collector_in_either_build(path: Path) -> None:
    # every object a file's run makes is freed by its count of references, or kept in the
    # result: a nested function compiled by mypyc and the variables it reads hold each
    # other (resolve's did: two objects a figure), which only the cycle collector frees
    text = read_text(path).text
    process_text(text, path.name)  # (the caches of a first run are kept, not garbage)
    gc.collect()
    flags = gc.get_debug()
    gc.garbage.clear()
    gc.set_debug(gc.DEBUG_SAVEALL)  # what a collection frees is kept in gc.garbage
    try:
        assert process_text(text, path.name).mentions
        gc.collect()
        left = sorted({type(o).__qualname__ for o in gc.garbage})
    finally:
        gc.set_debug(flags)
        gc.garbage.clear()
    assert not left, left
