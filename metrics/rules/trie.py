"""Alternations of words written as a tree of shared prefixes.

The regex engine tries a flat alternation one word after another at every position it
scans; a tree lets it read a character once and go on only among the words that start
with it. Among words that share a prefix the longer one is tried first, and each word's
own tail (a veto after it, a guard before it) stands right after its surface, so the
tree matches what the flat longest-first alternation would.

The tree is written as short as it can be, because compiling costs about its length
and the units' tree stands in 8 of the rules (issue 29: start-up): a chain with one way
on is written as one run (澳门元, not 澳(?:门(?:元))), and the words that end at one
character with no tail are one class (港[元币]). The branches under a node start with
different characters, so at most one of them can match: their order is free.
"""

from __future__ import annotations

from collections.abc import Mapping

import regex


def word_trie(tails: Mapping[str, str], depth: int = 0) -> str:
    """A non-capturing group for the words of ``tails``, each followed by its tail (below
    the top, a node with one branch is a bare run: it always follows a character)."""
    by_char: dict[str, list[str]] = {}
    for word in tails:
        by_char.setdefault(word[depth], []).append(word)
    branches, ends = [], []
    for ch, group in by_char.items():
        longer = {w: tails[w] for w in group if len(w) > depth + 1}
        options = [word_trie(longer, depth + 1)] if longer else []
        options += [tails[w] for w in group if len(w) == depth + 1]
        if options == [""]:  # a word ends here with no tail
            ends.append(regex.escape(ch))
            continue
        tail = options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"
        branches.append(regex.escape(ch) + tail)
    if ends:
        branches.append(ends[0] if len(ends) == 1 else "[" + "".join(ends) + "]")
    if depth and len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"
