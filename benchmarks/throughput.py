"""Throughput and memory of the whole pipeline on corpora of growing size.

Usage: python benchmarks/throughput.py [--sizes 1,10,100] [--jobs 1,2]

Builds corpora of the given sizes (MB of text) by repeating ../shared/corpus and
data/sample under distinct file names, then for each size and job count runs
`metrics extract` in a fresh process and prints characters per second, peak memory of
that process (and its workers), the time of each stage on one pass in this process, and
the "regex floor": reading the files and running one compiled regular expression over
them, measured in the same run, with the ratio of the pipeline to it.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import regex

from metrics.io import read_text
from metrics.normalize import normalize
from metrics.pipeline import process_text
from metrics.segment.documents import split_documents

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted((ROOT.parent / "shared" / "corpus").glob("*.txt")) + sorted(
    (ROOT / "data" / "sample").glob("*.txt")
)
FLOOR = regex.compile(r"\d+(?:\.\d+)?\s*[%万亿元人个]")


def build(folder: Path, megabytes: float) -> tuple[list[Path], int]:
    texts = [(p, read_text(p).text) for p in SOURCES]
    files, chars, size, i = [], 0, 0, 0
    while size < megabytes * 1_000_000:
        src, text = texts[i % len(texts)]
        dest = folder / f"{i:06}_{src.name}"
        shutil.copyfile(src, dest)
        files.append(dest)
        chars += len(text)
        size += dest.stat().st_size
        i += 1
    return files, chars


def regex_floor(files: list[Path]) -> float:
    t0 = time.perf_counter()
    n = 0
    for f in files:
        text = f.read_text(encoding="utf-8", errors="replace")
        n += len(text)
        for _ in FLOOR.finditer(text):
            pass
    return n / (time.perf_counter() - t0)


def stages(files: list[Path]) -> dict[str, float]:
    t = dict.fromkeys(("read", "normalize", "documents", "whole file"), 0.0)
    for f in files:
        t0 = time.perf_counter()
        text = read_text(f).text
        t1 = time.perf_counter()
        norm = normalize(text)
        t2 = time.perf_counter()
        split_documents(norm, f.name)
        t3 = time.perf_counter()
        process_text(text, f.name)
        t4 = time.perf_counter()
        t["read"] += t1 - t0
        t["normalize"] += t2 - t1
        t["documents"] += t3 - t2
        t["whole file"] += t4 - t3
    return t


def run_cli(folder: Path, out: Path, jobs: int) -> tuple[float, float]:
    code = (
        "import resource, sys, time; from metrics.cli import main; t=time.perf_counter(); "
        f"rc=main(['extract', {str(folder)!r}, '--out', {str(out)!r}, '--quiet', "
        f"'--jobs', '{jobs}']); print(time.perf_counter()-t); "
        "r=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss; "
        "c=resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss; print(max(r, c))"
    )
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    seconds, peak_kb = res.stdout.split()[-2:]
    return float(seconds), float(peak_kb) / 1024


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1,10", help="corpus sizes in MB, comma separated")
    ap.add_argument("--jobs", default="1,2", help="job counts, comma separated")
    args = ap.parse_args()
    for mb in (float(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "in"
            folder.mkdir()
            files, chars = build(folder, mb)
            floor = regex_floor(files)
            print(
                f"== {mb:g} MB: {len(files)} files, {chars:,} characters; "
                f"regex floor {floor:,.0f} chars/s"
            )
            if mb <= 10:
                t = stages(files)
                print(
                    "   stages (one process, chars/s): "
                    + ", ".join(f"{k} {chars / v:,.0f}" for k, v in t.items() if v)
                )
            for jobs in (int(j) for j in args.jobs.split(",")):
                seconds, peak = run_cli(folder, Path(tmp) / f"out{jobs}", jobs)
                rate = chars / seconds
                print(
                    f"   jobs {jobs}: {seconds:6.1f} s, {rate:,.0f} chars/s, "
                    f"{floor / rate:.1f}x the regex floor, peak memory {peak:,.0f} MB"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
