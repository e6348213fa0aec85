"""The ``metrics`` command's entry: a Ctrl-C while the command line's modules are still
being imported (a second or more on a loaded machine) is a stopped command, said in one
line with status 130, as one later in the run is; it was a traceback of the import."""

from __future__ import annotations

import importlib.abc
import sys
from collections.abc import Sequence
from types import ModuleType

import pytest

import metrics
from metrics.__main__ import main


class _CtrlC(importlib.abc.MetaPathFinder):
    """Ctrl-C pressed as ``metrics.cli`` is imported."""

    def find_spec(
        self, name: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> None:
        if name == "metrics.cli":
            raise KeyboardInterrupt


def test_ctrl_c_while_the_command_is_imported_is_one_line_and_130(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delitem(sys.modules, "metrics.cli", raising=False)
    monkeypatch.delattr(metrics, "cli", raising=False)
    monkeypatch.setattr(sys, "meta_path", [_CtrlC(), *sys.meta_path])
    assert main() == 130
    err = capsys.readouterr().err
    assert err == "metrics: error: interrupted (SIGINT); nothing was written\n"


def test_the_entry_runs_the_command_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "argv", ["metrics", "--version"])
    with pytest.raises(SystemExit) as stop:
        main()
    assert stop.value.code == 0 and capsys.readouterr().out.startswith("metrics ")
