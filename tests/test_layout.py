"""The package's layout shows the data's path: a module imports only what lies upstream."""

from __future__ import annotations

import ast

from .conftest import ROOT

ORDER = [
    "errors",
    "records",
    "lexicon",
    "io",
    "readers",
    "opening",
    "normalize",
    "segment",
    "rules",
    "resolve",
    "bare_numbers",
    "periods",
    "passages",
    "context",
    "pairs",
    "restated",
    "targets",
    "pipeline",
    "engine",
    "additivity",
    "stats",
    "tables",
    "api",
    "cli",
    "plots",
]


def stage(module: str) -> int:
    parts = module.split(".")
    return ORDER.index(parts[1]) if len(parts) > 1 and parts[1] in ORDER else -1


def test_modules_import_only_upstream() -> None:
    for path in sorted((ROOT / "metrics").rglob("*.py")):
        rel = path.relative_to(ROOT).with_suffix("")
        name = ".".join(rel.parts).removesuffix(".__init__")
        own = stage(name)
        if own < 0:
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (
                isinstance(node, ast.ImportFrom)
                and node.module
                and node.module.startswith("metrics.")
            ):
                assert stage(node.module) <= own, f"{name} imports {node.module}"
