"""Where the CPU of ``process_text`` goes: run it, or read a py-spy profile of the run.

Usage:
    python benchmarks/cpu_share.py run [RUNS]            # process_text of the corpus
    py-spy record -r 1000 -f raw -o prof.txt -- python benchmarks/cpu_share.py run 6
    python benchmarks/cpu_share.py share prof.txt [TOP]  # the shares, by function
    python benchmarks/cpu_share.py share before.txt after.txt   # two profiles side by side
    python benchmarks/cpu_share.py engine native.txt [TOP]  # py-spy --native: the regex
                                                             # engine's share, by who asked
    python benchmarks/cpu_share.py stages prof.txt [more.txt]  # the shares, by stage
    python benchmarks/cpu_share.py lookups native.txt build/metrics/__native_compiled.c [TOP]

``run`` joins ../shared/corpus into one text and runs ``process_text`` on it RUNS times
(default 3) in this process, printing the figures found and each run's CPU seconds (the
first run pays for compiling the rules and loading the word segmenter's dictionary).
``share`` reads py-spy's raw (collapsed) output and prints, for each function, its share
of the samples taken inside ``process_text``: its own and with what it calls (a call of the
regex engine is counted to the Python function that made it; a dataclass's generated
``__init__`` is one row for all of them). Given two files, it prints the rows of the
first's top functions for both, as a table.
``engine`` reads a profile taken with ``py-spy record --native`` (a compiled build's, whose
functions show as ``CPyDef_…`` frames of the C file) and prints the share of the samples
under ``process_text`` that the ``regex`` engine (``_regex.c`` frames) spent, counted to
the innermost Python or compiled function above it: the function that made the call, so
the pattern that cost is read where it is asked (a hook that times each call, as
``regex_calls.py --timing`` does, adds a µs to every call and cannot see a compiled
caller's frames).
``stages`` prints each stage's share of ``process_text`` with what it calls (a sample is
counted to the outermost stage on its stack: ``resolve`` under ``meaning_of`` is the
meaning's), from a pure profile or a ``--native`` one alike; given several files, side by
side.
"""

from __future__ import annotations

import re
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FRAME = re.compile(r"^(.*) \(([^:]*):\d+\)$")
ENTRY = "pipeline.process_text"


def run(runs: int) -> None:
    from metrics.io import read_text
    from metrics.pipeline import process_text

    corpus = sorted((ROOT.parent / "shared" / "corpus").glob("*.txt"))
    if not corpus:
        raise SystemExit(f"no corpus in {ROOT.parent / 'shared' / 'corpus'}")
    text = "\n".join(read_text(p).text for p in corpus)
    times, figures = [], 0
    for _ in range(runs):
        start = time.process_time()
        figures = len(process_text(text, "bench.txt").mentions)
        times.append(time.process_time() - start)
    print(figures, len(text), " ".join(f"{t:.3f}" for t in times))


def _name(frame: str) -> str:
    m = FRAME.match(frame)
    if not m:
        return frame
    function, file = m.groups()
    if "metrics/" in file:
        module = file.split("metrics/")[-1].removesuffix(".py").replace("/", ".")
    else:
        module = file.rsplit("/", 1)[-1]
    return f"{module}.{function}"


def _stacks(path: str) -> Iterator[tuple[list[str], int]]:
    """Each stack of a raw profile under ``process_text`` (its functions' names from the
    innermost ``process_text`` on) with its count of samples."""
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        stack, _, count = line.rpartition(" ")
        names = [_name(f) for f in stack.split(";")]
        entries = [k for k, x in enumerate(names) if x.endswith(ENTRY)]
        if entries:
            yield names[entries[-1] :], int(count)


def shares(path: str) -> tuple[Counter[str], Counter[str], int]:
    """(samples with each function on the stack, samples in it alone, all samples) of the
    stacks under ``process_text``."""
    within, own, total = Counter[str](), Counter[str](), 0
    for names, n in _stacks(path):
        total += n
        for x in set(names):
            within[x] += n
        own[names[-1]] += n
    return within, own, total


def _native(frame: str) -> bool:
    """Whether a frame of a ``--native`` profile is C below Python: the engine, the
    interpreter, a library (a compiled module's own functions are ``CPyDef_…``)."""
    if "CPyDef_" in frame:
        return False
    return frame.startswith("0x") or any(
        part in frame for part in (".c:", ".h:", ".so)", "(libc", "(libpython", "(libm")
    )


def engine(path: str, top: int) -> None:
    """The ``regex`` engine's share of ``process_text``, by the function that asked."""
    asked, total = Counter[str](), 0
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        stack, _, count = line.rpartition(" ")
        frames = stack.split(";")
        entries = [k for k, f in enumerate(frames) if _name(f).endswith(ENTRY)]
        if not entries:
            continue
        frames = frames[entries[-1] :]
        n = int(count)
        total += n
        caller = max(k for k, f in enumerate(frames) if not _native(f))
        if any("_regex" in f for f in frames[caller + 1 :]):
            asked[_name(frames[caller]).replace("__native_compiled.c.CPyDef_", "")] += n
    share = 100 * sum(asked.values()) / total
    print(f"samples in process_text: {total}; the engine's: {share:.1f} %")
    print("| asked by | share |")
    for name, n in asked.most_common(top):
        print(f"| `{name}` | {100 * n / total:.1f} % |")


# The stages of ``process_text``, each by the functions that make it (module, function), in
# the order a figure meets them; a sample under none of them is "other".
STAGES: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    ("normalize", (("normalize", "normalize"),)),
    ("documents", (("documents", "split_documents"),)),
    (
        "sections",
        tuple(
            ("sections", f)
            for f in (
                "find_headings", "find_bare_headings", "find_pledges", "find_honours",
                "find_period_paragraphs", "find_sections",
            )
        ),
    ),
    ("scan (rules)", (("rules", "find_candidates"),)),
    ("target passages", (("passages", "target_passages"),)),
    ("sentences", (("sentences", "split_sentences"), ("state", "carried_in"))),
    ("sentence view", (("mentions", "_view"),)),
    ("table cells", (("cells", "table_cell"),)),
    ("resolve", (("resolve", "resolve"),)),
    ("meaning", (("figure", "meaning_of"),)),
    ("respectively", (("figure", "still_dealt"), ("figure", "respective_for"))),
    ("metric", (("figure", "metric_of"),)),
    ("record", (("mentions", "_record"),)),
    ("move past", (("figure", "move_past"),)),
    ("pairs", (("within", "find_pairs"), ("plans", "frame_named"))),
    ("replace", (("pipeline", "_with_aim"), ("pipeline", "_under_plan"), ("", "replace"))),
)  # fmt: skip


def _stage(name: str) -> str | None:
    """The stage the function ``name`` (as ``_name`` gives it, pure or compiled) makes."""
    compiled = name.split("CPyDef_", 1)[1] if "CPyDef_" in name else None
    for stage, functions in STAGES:
        for module, function in functions:
            if compiled is not None:
                if compiled.endswith(f"___{function}") and module in compiled:
                    return stage
            elif name.endswith(f".{function}") and f"{module}." in f"{name}.":
                return stage
    return None


def stages(paths: list[str]) -> None:
    """Each stage's share of ``process_text`` with its callees, for each profile."""
    tables = []
    for path in paths:
        counts, total = Counter[str](), 0
        for names, n in _stacks(path):
            total += n
            found = (_stage(x) for x in names)
            counts[next((s for s in found if s), "other")] += n
        tables.append((counts, total))
    print("samples in process_text:", ", ".join(str(t) for _, t in tables))
    print("| stage | " + " | ".join(paths) + " |")
    for stage in [s for s, _ in STAGES] + ["other"]:
        cells = [f"{100 * c[stage] / t:.1f} %" for c, t in tables]
        print(f"| {stage} | " + " | ".join(cells) + " |")


DICT_LOOKUP = ("PyDict_GetItem", "CPyDict_Get")
C_LINE = re.compile(r"__native_compiled\.c:(\d+)")
GLOBALS = re.compile(r"CPyStatic_(\w+?)___globals")
NAME = re.compile(r"/\* '(\w+)' \*/")


def lookups(path: str, c_file: str, top: int) -> None:
    """The compiled code's dict lookups: module-level names read from a module's dict."""
    c_lines = Path(c_file).read_text(encoding="utf-8").split("\n")
    names, other, total = Counter[str](), 0, 0
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        stack, _, count = line.rpartition(" ")
        frames = stack.split(";")
        if not any(_name(f).endswith(ENTRY) for f in frames):
            continue
        n = int(count)
        total += n
        at = next((k for k, f in enumerate(frames) if f.startswith(DICT_LOOKUP)), None)
        if not at:
            continue
        m = C_LINE.search(frames[at - 1])  # the compiled line that asked
        context = "\n".join(c_lines[int(m.group(1)) - 4 : int(m.group(1))]) if m else ""
        module, name = GLOBALS.search(context), NAME.search(context)
        if module and name:
            names[f"{module.group(1)}.{name.group(1)}"] += n
        else:
            other += n
    share = 100 * sum(names.values()) / total
    print(
        f"samples in process_text: {total}; module-level names read from a module's dict: "
        f"{share:.1f} %; other dict lookups: {100 * other / total:.1f} %"
    )
    print("| module | share |")
    modules = Counter[str]()
    for key, n in names.items():
        modules[key.split(".")[0]] += n
    for module, n in modules.most_common(top):
        print(f"| `{module}` | {100 * n / total:.2f} % |")
    print("| name | share |")
    for key, n in names.most_common(top):
        print(f"| `{key}` | {100 * n / total:.2f} % |")


def main() -> None:
    args = sys.argv[1:]
    if args[:1] == ["run"]:
        run(int(args[1]) if len(args) > 1 else 3)
        return
    if args[:1] == ["engine"] and len(args) > 1:
        engine(args[1], int(args[2]) if len(args) > 2 else 30)
        return
    if args[:1] == ["lookups"] and len(args) > 2:
        lookups(args[1], args[2], int(args[3]) if len(args) > 3 else 20)
        return
    if args[:1] == ["stages"] and len(args) > 1:
        stages(args[1:])
        return
    if args[:1] != ["share"] or len(args) < 2:
        raise SystemExit(__doc__)
    files = [a for a in args[1:] if not a.isdigit()]
    top = int(next((a for a in args[1:] if a.isdigit()), "30"))
    profiles = [shares(f) for f in files]
    within, _, _ = profiles[0]
    print("samples in process_text:", ", ".join(str(p[2]) for p in profiles))
    print("| function | " + " | ".join("own | with callees" for _ in profiles) + " |")
    for name, _ in within.most_common(top):
        cells = [f"{100 * o[name] / t:.1f} % | {100 * w[name] / t:.1f} %" for w, o, t in profiles]
        print(f"| `{name}` | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
