"""The package's layout shows the data's path: a module imports only what lies upstream."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

from .conftest import ROOT

# Every module of the package, upstream first. The first seven are shared by every stage
# and import none (the records, the tables' columns, the mentions dataset's folders, the
# pattern cache, the collector's pacing, the word lists and indicators of lexicon/), but
# the patterns' ``re`` twins, which are kept through the pattern cache;
# then the data's path, as the README's Layout section draws it; last what reads a run's
# tables (api, export, cli, plots). A module missing here fails the test: it must be
# given its place.
ORDER = [
    "errors",
    "records",
    "columns",
    "kernels",
    "schemas",
    "regex_cache",
    "twins",
    "gc_pacing",
    "dataset",
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
    "implied",
    "status",
    "context",
    "pairs",
    "restated",
    "targets",
    "pipeline",
    "engine",
    "additivity",
    "stats",
    "trends",
    "derived",
    "packed",
    "outputs",
    "outlock",
    "publish",
    "export_cells",
    "tables",
    "api",
    "export",
    "cli",
    "__main__",
    "plots",
    "outcome_plots",
]


def module_name(path: Path) -> tuple[str, list[str]]:
    """``metrics.x.y`` of a source file, and the package its relative imports start from."""
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
        return ".".join(parts), parts
    return ".".join(parts), parts[:-1]


def imported(path: Path) -> Iterator[tuple[str, int]]:
    """Every ``metrics`` module a file imports (at its top, in a function or under
    TYPE_CHECKING), with the line: absolute and relative imports alike, and ``from
    metrics import x`` as ``metrics.x``. ``import metrics`` alone (the package, which
    imports only errors and records) is left out."""
    _, package = module_name(path)
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("metrics."):
                    yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                module = ".".join([*base, *([node.module] if node.module else [])])
            else:
                module = node.module or ""
            if module == "metrics":
                for alias in node.names:
                    yield f"metrics.{alias.name}", node.lineno
            elif module.startswith("metrics."):
                yield module, node.lineno


def stage(module: str) -> int:
    return ORDER.index(module.split(".")[1])


def sources() -> list[Path]:
    return [
        p for p in sorted((ROOT / "metrics").rglob("*.py")) if p != ROOT / "metrics/__init__.py"
    ]


def test_every_module_has_its_place() -> None:
    for path in sources():
        name, _ = module_name(path)
        assert name.split(".")[1] in ORDER, f"{name} has no place in ORDER"


def test_modules_import_only_upstream() -> None:
    wrong = []
    for path in sources():
        name, _ = module_name(path)
        for module, line in imported(path):
            if stage(module) > stage(name):
                wrong.append(f"{path.relative_to(ROOT)}:{line} {name} imports {module}")
    assert wrong == []


def test_the_check_sees_relative_and_package_imports(tmp_path: Path) -> None:
    """The checker itself: the three spellings of an import it must not miss."""
    package = ROOT / "metrics" / "rules"
    text = "from ..tables import x\nfrom metrics import cli\nimport metrics.api\n"
    fake = package / "_layout_probe.py"
    try:
        fake.write_text(text, encoding="utf-8")
        found = [m for m, _ in imported(fake)]
    finally:
        fake.unlink()
    assert found == ["metrics.tables", "metrics.cli", "metrics.api"]


def test_the_readme_draws_the_same_order() -> None:
    """The Layout section's chain (`io → readers (…) → … → api / cli`) names stages in
    ORDER's order: the README once put lexicon after resolve, which normalize imports."""
    readme = (ROOT / "README.md").read_text("utf-8")
    section = readme[readme.index("## Layout") :]
    chain = section[section.index("`io") + 1 :]
    chain = chain[: chain.index("`")]
    names = [name for step in chain.split("→") for name in re.findall(r"^\s*([a-z_]+)", step)]
    names += [name.strip() for name in chain.split("→")[-1].split("/")[1:]]
    assert len(names) >= 10
    for name in names:
        assert name in ORDER, f"the README's layout names {name}, which ORDER lacks"
    ranks = [ORDER.index(name) for name in names]
    assert ranks == sorted(ranks), f"the README's layout order {names} is not ORDER's"


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
