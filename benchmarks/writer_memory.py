"""What the writing process of a run holds: its memory by kind, every 200 results, at the
last result, once the files are closed, and at the end.

Usage: python benchmarks/writer_memory.py extract FOLDER --out OUT --quiet --jobs 2

Runs the command line's ``main`` in this process and prints, at each point, one JSON
line: resident memory (``VmRSS``, of it ``RssFile``: shared libraries, the same pages as
the workers' and ``RssAnon``), the high-water mark (``VmHWM``), glibc's heap (in use,
and free but held: ``mallinfo2``), Python's object arenas (``sys._debugmallocstats``),
Arrow's allocated bytes, and the targets the run has written out to be linked at its end
(``tables.TargetsFound``). Linux with glibc only.
"""

from __future__ import annotations

import ctypes
import json
import os
import sys
import tempfile
from collections.abc import Iterator
from typing import Any

import pyarrow as pa

import metrics.cli as cli
import metrics.tables as tables


class MallInfo2(ctypes.Structure):
    _fields_ = [
        (name, ctypes.c_size_t)
        for name in (
            "arena",
            "ordblks",
            "smblks",
            "hblks",
            "hblkhd",
            "usmblks",
            "fsmblks",
            "uordblks",
            "fordblks",
            "keepcost",
        )
    ]


LIBC = ctypes.CDLL("libc.so.6")
LIBC.mallinfo2.restype = MallInfo2
HELD: dict[str, Any] = {}


def python_arenas_mb() -> int:
    """Python's object arenas now (MB: an arena is 1 MB), read from what
    ``sys._debugmallocstats`` writes on the C standard error."""
    with tempfile.TemporaryFile() as out:  # not a pipe: it would fill before it is read
        saved = os.dup(2)
        os.dup2(out.fileno(), 2)
        try:
            sys._debugmallocstats()
        finally:
            os.dup2(saved, 2)
            os.close(saved)
        out.seek(0)
        text = out.read().decode()
    for line in text.splitlines():
        if line.startswith("# arenas allocated current"):
            return int(line.split("=")[1].replace(",", ""))
    return -1


def probe(point: str) -> None:
    status = {}
    with open("/proc/self/status") as fh:
        for line in fh:
            key = line.split(":")[0]
            if key in ("VmRSS", "VmHWM", "RssAnon", "RssFile"):
                status[f"{key}_mb"] = int(line.split()[1]) // 1024
    heap = LIBC.mallinfo2()
    found = HELD.get("found")
    figures = status | {
        "malloc_in_use_mb": heap.uordblks >> 20,
        "malloc_free_held_mb": heap.fordblks >> 20,
        "python_arenas_mb": python_arenas_mb(),
        "arrow_mb": pa.total_allocated_bytes() >> 20,
        "targets": found.count if found else 0,
    }
    print(point, json.dumps(figures), flush=True)


def main(argv: list[str]) -> int:
    plain_results, plain_files = tables._write_results, cli.run_files

    def written(*args: Any, **kwargs: Any) -> Any:
        result = plain_results(*args, **kwargs)
        probe("files closed")
        return result

    def watched(*args: Any, **kwargs: Any) -> Iterator[Any]:
        for count, item in enumerate(plain_files(*args, **kwargs), 1):
            if count % 200 == 0:
                probe(f"result {count}")
            yield item
        probe("last result")

    class Found(tables.TargetsFound):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            HELD["found"] = self

    tables.TargetsFound = Found  # type: ignore[misc]
    tables._write_results = written
    cli.run_files = watched
    rc = cli.main(argv)
    probe("end")
    return rc


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
