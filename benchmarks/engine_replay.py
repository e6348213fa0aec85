"""The regex engine's time by pattern, and what the standard ``re`` engine takes for the same.

Usage: python benchmarks/engine_replay.py [--folder DIR ...] [--top 30] [--runs 7] [--min-ms 0.3]

Records every call the pipeline makes on a compiled pattern while ``process_text`` extracts
../shared/corpus joined into one text (or the ``.txt`` files of ``--folder``), after a warm
run: each pattern that ``regex_cache.compile`` or ``regex.compile`` returns stands behind
a recorder that notes the method and its arguments and passes the call on. Then, for each
pattern, its calls are replayed without any hook, once on the pattern and once on its ``re``
twin (``metrics.twins.re_twin``: the same text, \\p{Han} written as ranges), each the
least of ``--runs`` replays on the thread's CPU clock (a loaded machine's waits for a core
do not count); a ``finditer`` is read to its end and a ``sub``'s callable called, as in the
pipeline. The results of both engines are compared call by call (a match's spans and
last group, a ``sub``'s text, a ``findall``'s list); a call ``re`` cannot make (``partial``,
``overlapped``) is left out of both. A pattern with no twin (``re`` does not read it: a
variable look-behind, a name given twice, a property other than Han) is named with the
reason. A replay in a loop keeps the pattern's nodes in the caches, which the pipeline's
other work pushes out: read the columns against each other, not as a run's share.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path
from typing import Any

import regex

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from metrics import regex_cache, twins  # noqa: E402

SHOWN = 40
METHODS = ("match", "fullmatch", "search", "finditer", "findall", "sub", "subn", "split")


class Recorder:
    """A compiled pattern whose calls of ``METHODS`` are noted in ``log`` before being made."""

    def __init__(self, pattern: Any, log: list) -> None:
        object.__setattr__(self, "_p", pattern)
        object.__setattr__(self, "_log", log)
        for name in METHODS:
            real = getattr(pattern, name)

            def call(*args: Any, _real: Any = real, _name: str = name, **kw: Any) -> Any:
                if not log_on[0]:
                    return _real(*args, **kw)
                if _name == "finditer":  # as many matches as the caller reads
                    taken = [0]
                    log.append((_name, args, kw, taken))
                    return _counted(_real(*args, **kw), taken)
                log.append((_name, args, kw, None))
                return _real(*args, **kw)

            object.__setattr__(self, name, call)

    def __getattr__(self, name: str) -> Any:
        return getattr(object.__getattribute__(self, "_p"), name)


def _counted(matches: Any, taken: list[int]) -> Any:
    for m in matches:
        taken[0] += 1
        yield m


log_on = [False]
# the calls by pattern (text, flags; an ``re`` twin the pipeline asks: minus its flags, less 1)
LOGS: dict[tuple[str, int], tuple[Any, list]] = {}


def recording(compile_: Any, engine: str = "regex") -> Any:
    def compile(pattern: Any, flags: int = 0, **kw: Any) -> Any:
        if isinstance(pattern, Recorder):
            return pattern
        done = compile_(pattern, flags, **kw)
        key = (done.pattern, int(done.flags) if engine == "regex" else -int(flags) - 1)
        if key not in LOGS:
            LOGS[key] = (done, [])
        return Recorder(done, LOGS[key][1])

    return compile


def outcome(method: str, result: Any, taken: list[int] | None) -> Any:
    """What a call answered, comparable across twins."""
    if method in ("match", "fullmatch", "search"):
        return None if result is None else (result.regs, result.lastgroup)
    if method == "finditer":
        return [(m.regs, m.lastgroup) for _, m in zip(range(taken[0]), result, strict=False)]
    return result


def replay(pattern: Any, calls: list, runs: int) -> tuple[float, list]:
    """Least thread CPU of ``runs`` replays of ``calls`` on ``pattern``, and the answers."""
    bound = [(getattr(pattern, m), m, a, k, t) for m, a, k, t in calls]
    best = float("inf")
    for _ in range(runs):
        t0 = time.thread_time()
        for f, _m, a, k, t in bound:
            r = f(*a, **k)
            if t is not None:
                for _, _m in zip(range(t[0]), r, strict=False):
                    pass
        best = min(best, time.thread_time() - t0)
    answers = [outcome(m, f(*a, **k), t) for f, m, a, k, t in bound]
    return best, answers


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", nargs="*", default=[])
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--min-ms", type=float, default=0.0)
    args = parser.parse_args()
    real = (regex_cache.compile, regex.compile, regex_cache.compile_re)
    regex_cache.compile = recording(regex_cache.compile)  # before the package's modules
    regex.compile = recording(regex.compile)
    regex_cache.compile_re = recording(regex_cache.compile_re, "re")
    from metrics.io import read_text
    from metrics.pipeline import process_text

    folders = [Path(f) for f in args.folder] or [ROOT.parent / "shared" / "corpus"]
    files = sorted(p for f in folders for p in f.glob("*.txt"))
    text = "\n".join(read_text(p).text for p in files)
    process_text(text, "warm.txt")
    log_on[0] = True
    process_text(text, "bench.txt")
    log_on[0] = False
    regex_cache.compile, regex.compile, regex_cache.compile_re = real
    rows = []
    for (ptext, flags), (pattern, calls) in LOGS.items():
        calls = [c for c in calls if not ({"partial", "overlapped", "concurrent"} & set(c[2]))]
        if not calls:
            continue
        in_use = flags < 0  # the pipeline asks the twin: its text is regex's too
        if in_use:
            flags = -flags - 1
            pattern = regex.compile(ptext, flags)
        t_regex, a_regex = replay(pattern, calls, args.runs)
        t0 = time.thread_time()
        try:
            twin = twins.re_twin(ptext, flags) if not in_use else re.compile(ptext, flags)
        except twins.NoTwin as exc:
            rows.append((t_regex, None, None, len(calls), ptext, str(exc)))
            continue
        built = time.thread_time() - t0  # (re's own cache is cleared below: each is built)
        re.purge()
        t_re, a_re = replay(twin, calls, args.runs)
        same = sum(x == y for x, y in zip(a_regex, a_re, strict=True))
        built_ms = "in use" if in_use else f"{built * 1e3:.1f}"
        rows.append((t_regex, t_re, same, len(calls), ptext, built_ms))
    rows.sort(key=lambda r: -r[0])
    total = sum(r[0] for r in rows)
    print(
        f"{len(files)} files, {len(text):,} chars; {len(rows)} patterns asked, "
        f"regex {total * 1e3:.1f} ms a run (replayed)"
    )
    print("  regex ms    re ms  re/regex  calls  same  re compile ms  pattern")
    for t_regex, t_re, same, n, ptext, why in rows[: args.top]:
        if t_regex * 1e3 < args.min_ms:
            break
        shown = ptext[:SHOWN].replace("\n", r"\n")
        if t_re is None:
            print(
                f"  {t_regex * 1e3:8.2f}        —         —  {n:5d}     —  {'—':>13}  {shown}"
                f"  ({why[:70]})"
            )
        else:
            ratio = t_re / t_regex if t_regex else float("nan")
            flag = "" if same == n else "  DIFFERS"
            print(
                f"  {t_regex * 1e3:8.2f} {t_re * 1e3:8.2f}  {ratio:8.2f}  {n:5d} {same:5d}  "
                f"{why:>13}  {shown}{flag}"
            )


if __name__ == "__main__":
    main()
