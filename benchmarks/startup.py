"""Where the start-up of `metrics extract` on one small file goes: CPU by step, and the
wall time the process spent not running.

    .venv/bin/python benchmarks/startup.py --runs 5            # medians of 5 fresh processes
    .venv/bin/python benchmarks/startup.py --runs 3 --patterns # + pattern compiling by module
    .venv/bin/python benchmarks/startup.py --from-source       # no bytecode cache
    .venv/bin/python benchmarks/startup.py --file data/sample/04_文化旅游局_2024.txt

Each run is a fresh interpreter that imports ``metrics.cli``, compiles the rules and runs
``metrics extract FILE --out TMP --quiet`` on a two-line report, then reads its own
accounting: CPU seconds of each step (``getrusage``), and, where Linux gives it
(``/proc/self/schedstat``), the main thread's time running and its time **waiting for a
core** (runnable, not running). Wall minus both is the time it was blocked (sleeping,
waiting on a lock, a child or the disk). On a loaded machine the wait for a core is what
makes the wall time exceed the CPU time; a sleep, a lock or a pool start would show as
blocked. ``--patterns`` times each ``regex.compile`` by the module that calls it, and
counts what the patterns compiled while importing cost that the run never touched (what
compiling them on first use could save on that input). ``--file`` runs on a file of
one's own instead of the two-line report (a real report loads cn2an only for a Chinese
numeral outside the canonical forms, such as 一千五: ``lexicon.canonical_numerals``; and
the segmenter's whole dictionary, ``rjieba`` in the "loaded" line, only past 120,000 of its
words read: ``context.word_bounds``).

Bytecode: an installed package has its modules' bytecode, an editable one writes it on its
first import, but an environment that sets ``PYTHONDONTWRITEBYTECODE`` compiles the
package from source at every start (0.15 s of CPU). The children therefore keep their
bytecode in a temporary ``PYTHONPYCACHEPREFIX``, filled by one uncounted run, unless
``--from-source`` asks for the environment as it is.

Patterns: the package keeps its compiled patterns between processes
(``metrics.regex_cache``); the children keep them in a temporary folder, filled by the
same uncounted run. ``--no-regex-cache`` parses every pattern at every start, as a first
run does; ``--patterns`` implies it (it times the parser).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

SMALL = "2025年政府工作报告\n新建学校3所，完成投资12亿元，城镇新增就业1.2万人。\n"
# (``rjieba`` the package: its whole dictionary, 0.12 s; a run that segments only the
# words of its spans loads its compiled module alone, ``context.word_bounds``)
HEAVY = ("pandas", "pyarrow.compute", "pyarrow.dataset", "numpy", "cn2an", "dask", "rjieba")

# Run in the child: one start-up, measured from inside, printed as one JSON line.
CHILD = r"""
import json, os, resource, sys, time
t0 = time.monotonic()
def cpu():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime
compiled, made, importing = {}, [], True  # made: [module, CPU, used, head] each at import
if PATTERNS:
    import regex
    real = regex.compile
    class Watched:
        # a pattern compiled at import, which notes that the run touched it
        __slots__ = ("_real", "_at")  # not a pattern's attribute names
        def __init__(self, real, at):
            self._real, self._at = real, at
        def __getattr__(self, name):
            made[self._at][2] = True
            return getattr(self._real, name)
    def timed(pattern, flags=0, *args, **kwargs):
        start = time.process_time()
        done = real(pattern, flags, *args, **kwargs)
        cost = time.process_time() - start
        frame = sys._getframe(1)
        if frame.f_globals.get("__name__") == "metrics.regex_cache":
            frame = frame.f_back  # (the package compiles through it: its caller is named)
        where = frame.f_globals.get("__name__", "?")
        compiled[where] = compiled.get(where, 0.0) + cost
        if not importing:
            return done
        made.append([where, cost, False, str(pattern)[:40]])
        return Watched(done, len(made) - 1)
    regex.compile = timed
steps = {"interpreter": cpu()}
import metrics.cli
importing = False
steps["import metrics.cli"] = cpu() - sum(steps.values())
import metrics.rules
metrics.rules.compiled()
steps["compile the rules"] = cpu() - sum(steps.values())
code = metrics.cli.main(["extract", SOURCE, "--out", OUT, "--quiet"])
steps["the run"] = cpu() - sum(steps.values())
out = {"code": code, "cpu": cpu(), "wall": time.monotonic() - t0, "steps": steps,
       "heavy": [m for m in HEAVY if m in sys.modules], "compiled": compiled, "unused": {},
       "unused_patterns": {}}
for where, cost, used, head in made:
    if not used:
        out["unused"][where] = out["unused"].get(where, 0.0) + cost
        out["unused_patterns"][f"{where}: {head}"] = cost
try:
    with open("/proc/self/schedstat") as fh:
        run, wait, _ = (int(x) for x in fh.read().split())
    out["running"], out["waiting"] = run / 1e9, wait / 1e9
except OSError:
    pass
print(json.dumps(out))
"""


def one_run(python: str, source: Path, out: Path, patterns: bool, env: dict) -> dict:
    code = (
        f"SOURCE, OUT, PATTERNS, HEAVY = {str(source)!r}, {str(out)!r}, {patterns!r}, "
        f"{HEAVY!r}\n" + CHILD
    )
    # run from the output's folder: ``python -c`` puts the current folder first on the
    # path, which from a checkout would import its package, not that of ``--python``
    done = subprocess.run(
        [python, "-c", code], capture_output=True, text=True, check=True, env=env, cwd=out.parent
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def child_env(tmp: Path, from_source: bool, regex_cache: bool) -> dict:
    """The children's environment: bytecode kept under ``tmp`` unless ``from_source``,
    and compiled patterns (``metrics.regex_cache``) there unless ``regex_cache`` is off."""
    env = dict(os.environ)
    if not from_source:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(tmp / "bytecode")
    env["METRICS_REGEX_CACHE"] = str(tmp / "patterns") if regex_cache else "off"
    return env


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--python", default=sys.executable)
    parser.add_argument("--patterns", action="store_true")
    parser.add_argument("--from-source", action="store_true", help="no bytecode cache")
    parser.add_argument("--file", type=Path, help="the input (default: a two-line report)")
    parser.add_argument(
        "--no-regex-cache", action="store_true", help="parse every pattern (implied by --patterns)"
    )
    args = parser.parse_args(argv)
    runs = []
    with tempfile.TemporaryDirectory() as tmp:
        source = args.file.resolve() if args.file else Path(tmp) / "small.txt"
        if not args.file:
            source.write_text(SMALL, encoding="utf-8")
        regex_cache = not (args.no_regex_cache or args.patterns)
        env = child_env(Path(tmp), args.from_source, regex_cache)
        if not args.from_source or regex_cache:  # fills the bytecode and pattern caches
            one_run(args.python, source, Path(tmp) / "warm", args.patterns, env)
        for i in range(args.runs):
            runs.append(one_run(args.python, source, Path(tmp) / f"out{i}", args.patterns, env))
    med = statistics.median
    bytecode = "compiled from source" if args.from_source else "bytecode cached"
    patterns = "patterns kept" if regex_cache else "every pattern parsed"
    print(
        f"load average {os.getloadavg()[0]:.1f}; medians of {len(runs)} fresh processes; "
        f"{bytecode}; {patterns}"
    )
    print(f"wall {med(r['wall'] for r in runs):.2f} s, CPU {med(r['cpu'] for r in runs):.2f} s")
    if all("waiting" in r for r in runs):
        blocked = med(r["wall"] - r["running"] - r["waiting"] for r in runs)
        print(
            f"main thread: running {med(r['running'] for r in runs):.2f} s, "
            f"waiting for a core {med(r['waiting'] for r in runs):.2f} s, "
            f"blocked {max(blocked, 0.0):.2f} s"
        )
    for step in runs[0]["steps"]:
        print(f"  CPU {step}: {med(r['steps'][step] for r in runs):.3f} s")
    print(f"loaded: {', '.join(runs[0]['heavy']) or 'none of ' + ', '.join(HEAVY)}")
    if args.patterns:
        total = med(sum(r["compiled"].values()) for r in runs)
        print(f"regex.compile: {total:.3f} s CPU in all; by calling module:")
        names = sorted(runs[0]["compiled"], key=lambda m: -runs[0]["compiled"][m])
        for name in names[:15]:
            print(f"  {med(r['compiled'].get(name, 0.0) for r in runs) * 1000:6.1f} ms  {name}")
        _print_unused(runs)
    return 0 if all(r["code"] == 0 for r in runs) else 1


def _print_unused(runs: list[dict]) -> None:
    """What the patterns compiled at import and never touched by the run cost."""
    med = statistics.median
    total = med(sum(r["unused"].values()) for r in runs)
    print(f"compiled at import, never touched by the run: {total * 1000:.1f} ms CPU; by module:")
    names = sorted(runs[0]["unused"], key=lambda m: -runs[0]["unused"][m])
    for name in names[:8]:
        print(f"  {med(r['unused'].get(name, 0.0) for r in runs) * 1000:6.1f} ms  {name}")
    print("the costliest of them (module: the pattern's first 40 characters):")
    heads = sorted(runs[0]["unused_patterns"], key=lambda h: -runs[0]["unused_patterns"][h])
    for head in heads[:8]:
        cost = med(r["unused_patterns"].get(head, 0.0) for r in runs)
        print(f"  {cost * 1000:6.2f} ms  {head!r}")


if __name__ == "__main__":
    sys.exit(main())
