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
    "gates",
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


# Inside segment/, the same rule, one module to one contract: what a line is (lines), where
# a government is (places), then a government report's title, its delivery and its
# headings, a department report's title, the sections, the lines that open a document, a
# table of contents, a government report as a document, and the documents of a file.
SEGMENT = [
    "lines",
    "places",
    "sentences",
    "grid",
    "govreport",
    "delivery",
    "govreport_sections",
    "titles",
    "sections",
    "title_lines",
    "toc",
    "govreport_documents",
    "documents",
    "pieces",
]


def segment_imports(tree: ast.Module) -> set[str]:
    """The segment modules a module imports (``from metrics.segment import x`` or
    ``from metrics.segment.x import ...``)."""
    out: set[str] = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.ImportFrom) or not node.module:
            continue
        if node.module == "metrics.segment":
            out.update(alias.name for alias in node.names)
        elif node.module.startswith("metrics.segment."):
            out.add(node.module.split(".")[2])
    return out


def test_segment_modules_import_only_upstream_segment_modules() -> None:
    for path in sorted((ROOT / "metrics" / "segment").glob("*.py")):
        if path.stem == "__init__":
            continue
        assert path.stem in SEGMENT, f"segment/{path.name} has no place in SEGMENT"
        own = SEGMENT.index(path.stem)
        for used in segment_imports(ast.parse(path.read_text("utf-8"))):
            assert SEGMENT.index(used) < own, f"segment.{path.stem} imports segment.{used}"
