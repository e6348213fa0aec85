"""Optional compiled build: with METRICS_COMPILE=1, mypyc compiles the hot modules.

The list of modules is ``[tool.metrics-compile] modules`` in pyproject.toml (the one place
it is kept; tests/test_compiled.py reads it too). Everything else about the package is in
pyproject.toml. Without METRICS_COMPILE=1, or without mypyc, a C compiler or Python's
headers, the package is the pure-Python one, which always works: the build says why on
stderr and goes on. mypyc is a build requirement only when asked for (``setup_requires``
becomes a PEP 517 build requirement), so a plain ``pip install .`` never fetches it.
"""

from __future__ import annotations

import os
import shutil
import sys
import sysconfig
import tomllib
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
WANTED = os.environ.get("METRICS_COMPILE") == "1"
with open(HERE / "pyproject.toml", "rb") as f:
    PROJECT = tomllib.load(f)


def compiled_modules() -> list[str]:
    """The dotted names of the modules to compile."""
    return list(PROJECT["tool"]["metrics-compile"]["modules"])


def source(module: str) -> str:
    """The file of a dotted module name, relative to this folder."""
    return str(Path(*module.split(".")).with_suffix(".py"))


def missing_tool() -> str | None:
    """Why the compiled build cannot be made here, or None when it can."""
    try:
        import mypyc.build  # noqa: F401
    except ImportError:
        return "mypyc is not installed (pip install mypy)"
    cc = (os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc").split()[0]
    if shutil.which(cc) is None:
        return f"no C compiler ({cc}) on PATH"
    if not (Path(sysconfig.get_paths()["include"]) / "Python.h").exists():
        return "Python's headers (Python.h) are not installed"
    return None


def ext_modules() -> list:
    if not WANTED:
        return []
    why = missing_tool()
    if why:
        print(f"METRICS_COMPILE=1 but {why}: building the pure-Python package", file=sys.stderr)
        return []
    from mypyc.build import mypycify

    # one shared library for them all, inside the package (metrics/compiled__mypyc…), so
    # that the editable install's finder, which maps only `metrics`, finds it too
    paths = [source(name) for name in compiled_modules()]
    return mypycify(paths, opt_level="3", group_name="metrics.compiled")


class BuildWithSchema(build_py):
    """The package as built, with docs/schema.md in it as ``metrics/schema.md``: the
    XLSX export's README sheet takes each column's meaning from it, and an installed copy
    has no docs/ beside it (its sheet's meanings were all empty)."""

    def run(self) -> None:
        super().run()
        doc = HERE / "docs" / "schema.md"
        # (an sdist holds it: MANIFEST.in; an editable install reads docs/ in the clone)
        if doc.exists() and not getattr(self, "editable_mode", False):
            self.mkpath(str(Path(self.build_lib) / "metrics"))
            self.copy_file(str(doc), str(Path(self.build_lib) / "metrics" / "schema.md"))


setup(
    cmdclass={"build_py": BuildWithSchema},
    ext_modules=ext_modules(),
    setup_requires=PROJECT["project"]["optional-dependencies"]["compile"] if WANTED else [],
)
