"""Errors the library raises on purpose.

Every error names what went wrong and where, in one line, so the command line can print
it as it is and a notebook user can read it without a traceback.
"""

from __future__ import annotations

import os
from pathlib import Path


def system_said(exc: OSError) -> str:
    """What the system said of a refused read or write, in its own words: ``No space left
    on device``. pyarrow's OSError carries the errno with a longer text of its own
    (``Error writing bytes to file. Detail: [errno 28] No space left on device``)."""
    if exc.errno:
        return os.strerror(exc.errno)
    return exc.strerror or str(exc)


class MetricsError(Exception):
    """Base class of every error metrics raises on purpose."""


class InputError(MetricsError):
    """A file or path that cannot be used as input; the other inputs still run."""

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")

    def __reduce__(self) -> tuple[type, tuple[str, str]]:
        # rebuilt from both fields, so it crosses a process pool intact
        return (type(self), (self.path, self.problem))


class ExtractionError(MetricsError):
    """A file whose extraction raised (a bug: no input should make it): raised by
    ``metrics.extract(strict=True)``; otherwise it is a row of ``failures``."""

    def __init__(self, source_file: str, error_type: str, message: str) -> None:
        self.source_file = source_file
        self.error_type = error_type
        self.message = message
        super().__init__(f"{source_file}: extraction raised {error_type}: {message}")


class OutputError(MetricsError):
    """An output folder that cannot be written safely."""

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class RuleError(MetricsError):
    """A rule or table entry that fails its own checks at import time."""

    def __init__(self, rule: str, problem: str) -> None:
        self.rule = rule
        self.problem = problem
        super().__init__(f"rule {rule!r}: {problem}")


class WriteError(OutputError):
    """The system refused a write (a read-only place, a full disk); nothing was left
    partial and the previous outputs are whole."""


class TablesError(MetricsError):
    """An output folder whose tables cannot be read: one missing, truncated or corrupt,
    no output at all, or a schema version this metrics does not know."""

    def __init__(self, table: str, problem: str) -> None:
        self.table = table
        self.problem = problem
        super().__init__(f"{table}: {problem}")
