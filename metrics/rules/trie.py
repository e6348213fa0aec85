"""Alternations of words written as a tree of shared prefixes.

The regex engine tries a flat alternation one word after another at every position it
scans; a tree lets it read a character once and go on only among the words that start
with it. Among words that share a prefix the longer one is tried first, and each word's
own tail (a veto after it, a guard before it) stands right after its surface, so the
tree matches what the flat longest-first alternation would.
"""

from __future__ import annotations

from collections.abc import Mapping

import regex


def word_trie(tails: Mapping[str, str], depth: int = 0) -> str:
    """A non-capturing pattern for the words of ``tails``, each followed by its tail."""
    by_char: dict[str, list[str]] = {}
    for word in tails:
        by_char.setdefault(word[depth], []).append(word)
    branches = []
    for ch, group in by_char.items():
        longer = {w: tails[w] for w in group if len(w) > depth + 1}
        options = [word_trie(longer, depth + 1)] if longer else []
        options += [tails[w] for w in group if len(w) == depth + 1]
        tail = options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"
        branches.append(regex.escape(ch) + tail)
    return "(?:" + "|".join(branches) + ")"
