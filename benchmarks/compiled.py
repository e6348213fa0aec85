"""CPU per character of ``process_text`` in this build (compiled or pure), for A/B runs.

Usage: python benchmarks/compiled.py [--repeat N]

Runs ``process_text`` over the shared corpus and data/sample, N times (default 5), after one
warm-up pass, and prints the CPU seconds (this process: user + system) per character and
whether the modules of pyproject.toml's ``[tool.metrics-compile]`` are compiled. Run it in
a pure tree and in one built with ``make compiled`` (or with each put first on
PYTHONPATH) one after the other: the ratio of the two is the compiled build's gain.
"""

from __future__ import annotations

import argparse
import importlib
import time
import tomllib
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

from metrics.io import read_text
from metrics.pipeline import process_text

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted((ROOT.parent / "shared" / "corpus").glob("*.txt")) + sorted(
    (ROOT / "data" / "sample").glob("*.txt")
)


def build_kind() -> str:
    """Whether the modules pyproject.toml lists are "compiled", "pure" or "partial"."""
    with open(ROOT / "pyproject.toml", "rb") as f:
        names = tomllib.load(f)["tool"]["metrics-compile"]["modules"]
    files = [str(importlib.import_module(n).__file__) for n in names]
    compiled = sum(f.endswith(tuple(EXTENSION_SUFFIXES)) for f in files)
    return "compiled" if compiled == len(files) else "pure" if not compiled else "partial"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5, help="passes over the texts (default 5)")
    args = ap.parse_args()
    texts = [(p.name, read_text(p).text) for p in SOURCES]
    for name, text in texts:  # warm-up: the rules compile on first use
        process_text(text, name)
    chars, figures, t0 = 0, 0, time.process_time()
    for _ in range(args.repeat):
        for name, text in texts:
            figures += len(process_text(text, name).mentions)
            chars += len(text)
    cpu = time.process_time() - t0
    print(
        f"{build_kind()}: {chars:,} chars, {figures:,} figures, {cpu:.2f} CPU s, "
        f"{cpu / chars * 1e6:.2f} CPU µs/char, {chars / cpu:,.0f} chars per CPU s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
