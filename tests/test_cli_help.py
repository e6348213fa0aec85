"""What `metrics --help` and each command's `--help` promise: the exit statuses (the same
list in every help and in README), the options README shows, `--version`, and an option
that would be ignored refused as a usage error."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from metrics.cli import EXIT_STATUS, main

from .conftest import SAMPLE

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text("utf-8")


def _help(capsys: pytest.CaptureFixture[str], *command: str) -> str:
    with pytest.raises(SystemExit) as stop:
        main([*command, "--help"])
    assert stop.value.code == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("command", [(), ("extract",), ("stats",), ("export",)])
def test_every_help_ends_with_the_exit_statuses(
    command: tuple[str, ...], capsys: pytest.CaptureFixture[str]
) -> None:
    text = _help(capsys, *command)
    assert text.rstrip().endswith(EXIT_STATUS.rstrip())
    codes = re.findall(r"^  (\d+) ", EXIT_STATUS, re.M)
    assert codes == ["0", "1", "2", "130"] and "143" in EXIT_STATUS and "129" in EXIT_STATUS
    for code in ("0", "1", "2", "130", "143", "129"):  # README says the same
        assert f"**{code}**" in README


@pytest.mark.parametrize("command", ["extract", "stats", "export"])
def test_the_options_readme_shows_are_the_commands_options(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    (line,) = re.findall(rf"^metrics {command} .*$", README, re.M)
    shown = set(re.findall(r"--[a-z]+|(?<![\w-])-[a-z]\b", line.split("#")[0]))
    offered = set(re.findall(r"(?<![\w-])(--[a-z]+|-[a-z])\b", _help(capsys, command)))
    assert shown <= offered - {"-h", "--help"}


def test_version_is_the_distributions(capsys: pytest.CaptureFixture[str]) -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.split()[:2] == ["metrics", project["version"]]


@pytest.mark.parametrize(
    ("options", "said"),
    [
        # it was ignored: the run went on with the local engine
        (["--scheduler", "tcp://h:8786"], "--scheduler needs --engine dask"),
        # README shows `[--quiet | -v]`; both were taken, and --quiet won in silence
        (["--quiet", "-v"], "argument -v/--verbose: not allowed with argument --quiet"),
    ],
)
def test_options_that_would_be_ignored_are_a_usage_error(
    tmp_path: Path, options: list[str], said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["extract", str(SAMPLE), "--out", str(tmp_path / "o"), *options])
    assert stop.value.code == 2
    assert said in capsys.readouterr().err
    assert not (tmp_path / "o").exists()


@pytest.mark.parametrize("place", ["missing", "empty", "a report"])
def test_stats_and_export_of_no_output_are_bad_input_alike(
    tmp_path: Path, place: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """`stats` said `is not a folder written by metrics extract` with exit status 2 where
    `export` (and `load`) name the problem with exit status 1."""
    folder = tmp_path / place
    if place == "empty":
        folder.mkdir()
    elif place == "a report":
        folder.write_text("全年完成投资5亿元。\n", encoding="utf-8")
    said = []
    for command in (["stats"], ["export", "--format", "csv"]):
        assert main([command[0], str(folder), *command[1:]]) == 1
        said.append(capsys.readouterr().err)
    assert said[0] == said[1] and said[0].startswith(f"metrics: error: {folder}: ")
    assert said[0].count("\n") == 1

