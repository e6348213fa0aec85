"""Run a command and wait for every process it starts, its descendants' CPU included.

Usage: python benchmarks/reaped.py COMMAND [ARG ...]

A Dask LocalCluster's workers are forked by multiprocessing's forkserver, which outlives
the command by a moment and is nobody's child once the command has exited: the operating
system's account of the finished command (``RUSAGE_CHILDREN``, what ``/usr/bin/time`` and
any whole-process timer read) misses the forkserver and every worker. This wrapper makes
itself the reaper of its orphaned descendants (Linux's ``PR_SET_CHILD_SUBREAPER``), runs
the command, then waits for every process left, so that its own account, and that of
whatever times it, holds the whole tree: ``/usr/bin/time -v python benchmarks/reaped.py
metrics extract FOLDER --out OUT --engine dask --jobs 2``. Exits with the command's
status. Linux only; elsewhere it runs the command and waits for it alone.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import subprocess
import sys

PR_SET_CHILD_SUBREAPER = 36


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__.splitlines()[2], file=sys.stderr)
        return 2
    with contextlib.suppress(OSError, AttributeError):  # not Linux: the command's alone
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    status = subprocess.call(argv)
    while True:  # the orphans: a forkserver and its workers, ending after the command
        try:
            os.wait()
        except ChildProcessError:
            return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
