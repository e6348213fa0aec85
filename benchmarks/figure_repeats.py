"""Which steps of a figure's meaning are asked again with the same arguments.

Usage: python benchmarks/figure_repeats.py [--top N]

Runs ``process_text`` once on ../shared/corpus joined (as ``cpu_share.py run`` does) with
the functions of the meaning layer wrapped, and prints for each: its calls, how many
were asked before with the same arguments in the same figure, in an earlier figure of
the same sentence, or in an earlier sentence (the same text elsewhere), and how many of
its calls were distinct. A step whose answers repeat within a sentence is one a view of
the sentence (or its clause) could hold; one whose arguments are new at every call
depends on the figure. Pure build only: a compiled module's functions cannot be wrapped
(the script says so and stops).

The wrappers cost time themselves: this counts calls, it does not time them (py-spy,
``cpu_share.py``, does).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]

# (module, function): the steps of ``context.figure.metric_of`` and ``meaning_of``
TARGETS = [
    ("metrics.context.clauses", "subclause_start"),
    ("metrics.context.clauses", "in_brackets"),
    ("metrics.context.metric_span", "metric_span"),
    ("metrics.context.metric_span", "phrase_span"),
    ("metrics.context.metric_span", "_named_after"),
    ("metrics.context.metric_span", "_verb_of_noun"),
    ("metrics.context.metric_span", "_list_start"),
    ("metrics.context.metric_span", "_counted_noun"),
    ("metrics.context.metric_span", "ends_in_verb"),
    ("metrics.context.metric_span", "capacity"),
    ("metrics.context.metric_trim", "trim"),
    ("metrics.context.metric_trim", "trim_ends"),
    ("metrics.context.metric_trim", "period_in"),
    ("metrics.context.metric_trim", "_between"),
    ("metrics.context.metric_trim", "_scope_only"),
    ("metrics.context.metric_trim", "_word_kept"),
    ("metrics.context.word_bounds", "head_deed"),
    ("metrics.context.word_bounds", "opening_deed"),
    ("metrics.context.word_bounds", "bounds"),
    ("metrics.context.word_bounds", "words"),
    ("metrics.context.nouns", "noun_at"),
    ("metrics.context.nouns", "fund_after"),
    ("metrics.context.periods", "period_at"),
    ("metrics.context.elsewhere", "named_elsewhere"),
    ("metrics.context.elsewhere", "adds_nothing"),
    ("metrics.context.elsewhere", "refers_back"),
    ("metrics.context.elsewhere", "parts_in_total"),
    ("metrics.context.elsewhere", "run_in_heading"),
    ("metrics.context.subjects", "respective_subjects"),
    ("metrics.rules.breaks", "last_break"),
    ("metrics.rules.breaks", "has_break"),
    ("metrics.rules.exclusions", "clause_before"),
    ("metrics.rules.roles", "role_input"),
    ("metrics.rules.roles", "decide_role"),
    ("metrics.passages", "measure_of"),
    ("metrics.resolve", "resolve"),
    ("metrics.context.period_kinds", "period_kind"),
    ("metrics.context.change_bases", "change_base"),
]

calls: Counter[str] = Counter()
in_figure: Counter[str] = Counter()
in_sentence: Counter[str] = Counter()
elsewhere: Counter[str] = Counter()
seen_figure: set[tuple[Any, ...]] = set()
seen_sentence: set[tuple[Any, ...]] = set()
seen_all: set[tuple[Any, ...]] = set()
state = {"sentence": -1}


def _key(name: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[Any, ...]:
    def plain(a: Any) -> Any:
        if isinstance(a, str | int | float | bool | type(None)):
            return a
        if isinstance(a, tuple):
            return tuple(plain(x) for x in a)
        return ("id", id(a))  # a pattern, a view, a RoleInput: by identity

    return (name, *map(plain, args), *sorted((k, plain(v)) for k, v in kwargs.items()))


def _count(name: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    key = _key(name, args, kwargs)
    calls[name] += 1
    if key in seen_figure:
        in_figure[name] += 1
    elif key in seen_sentence:
        in_sentence[name] += 1
    elif key in seen_all:
        elsewhere[name] += 1
    seen_figure.add(key)
    seen_sentence.add(key)
    seen_all.add(key)


def _wrap(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        _count(name, args, kwargs)
        return fn(*args, **kwargs)

    return wrapper


def _patch(module: str, name: str) -> None:
    original = getattr(importlib.import_module(module), name)
    if not hasattr(original, "__code__") and not hasattr(original, "__wrapped__"):
        raise SystemExit(f"{module}.{name} is compiled: run this in a pure build")
    wrapper = _wrap(f"{module.rsplit('.', 1)[-1]}.{name}", original)
    if hasattr(original, "cache_info"):  # an lru_cache: keep its clear for the run
        wrapper.cache_clear = original.cache_clear  # type: ignore[attr-defined]
    for mod in list(sys.modules.values()):
        if getattr(mod, "__name__", "").startswith("metrics") and (
            getattr(mod, name, None) is original
        ):
            setattr(mod, name, wrapper)


def _patch_steps() -> None:
    from metrics.context import metric_trim
    from metrics.rules import openers

    names = {
        id(metric_trim.LEADING_STEPS): "Steps.end(LEADING)",
        id(metric_trim.PHRASE_LEAD_STEPS): "Steps.end(PHRASE_LEAD)",
    }
    original = openers.Steps.end

    def end(self: Any, text: str, pos: int, endpos: int) -> int:
        _count(names.get(id(self), "Steps.end(other)"), (text, pos, endpos), {})
        return original(self, text, pos, endpos)

    openers.Steps.end = end  # type: ignore[method-assign]


def _patch_figures() -> None:
    """A new figure (``mentions._figure``) and a new sentence (its view) reset the sets."""
    from metrics.context import mentions

    original = mentions._figure

    def figure(scope: Any, view: Any, *args: Any) -> Any:
        if id(view) != state["sentence"]:
            state["sentence"] = id(view)
            seen_sentence.clear()
        seen_figure.clear()
        return original(scope, view, *args)

    mentions._figure = figure


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--top", type=int, default=60)
    args = ap.parse_args()
    import metrics.pipeline  # noqa: F401  (every module of the layer loaded)
    from metrics.io import read_text
    from metrics.pipeline import process_text

    corpus = sorted((ROOT.parent / "shared" / "corpus").glob("*.txt"))
    text = "\n".join(read_text(p).text for p in corpus)
    for module, name in TARGETS:
        _patch(module, name)
    _patch_steps()
    _patch_figures()
    figures = len(process_text(text, "bench.txt").mentions)
    print(f"{figures} figures, {len(text)} characters")
    print("| function | calls | a figure | again in the figure | from an earlier figure "
          "of the sentence | from an earlier sentence | distinct |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for name, n in calls.most_common(args.top):
        again = in_figure[name] + in_sentence[name] + elsewhere[name]
        print(
            f"| `{name}` | {n} | {n / figures:.2f} | {in_figure[name]} | {in_sentence[name]} "
            f"| {elsewhere[name]} | {n - again} |"
        )


if __name__ == "__main__":
    main()
