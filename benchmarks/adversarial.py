"""Adversarial inputs against a time budget: no input may take more than linear time.

Usage: python benchmarks/adversarial.py [--budget SECONDS]
Prints, for each input, its size, the time the whole pipeline took, and characters per
second; exits 1 when any input exceeds the budget (default 10 s), so a regular expression
with catastrophic backtracking shows up here rather than in a flaky timed unit test.
"""

from __future__ import annotations

import argparse
import sys
import time

from metrics.pipeline import process_text

N = 100_000
INPUTS = {
    "digits": "1" * N,
    "digits with units": "12个" * (N // 3),
    "masks": "x" * N,
    "masks with unit": "xx人" * (N // 3),
    "chinese numerals": "一" * N,
    "chinese numerals mixed": "一二三四五六七八九十百千万亿" * (N // 14),
    "spaced digits": "1 " * (N // 2),
    "spaced digits, a unit": "就业 " + "1 " * (N // 2) + "人",
    "nested brackets": "（" * (N // 2) + "）" * (N // 2),
    "quotes": "“" * N,
    "commas in numbers": "1," * (N // 2),
    "dots": "1." * (N // 2),
    "ranges": "1-" * (N // 2),
    "chinese ranges": "二至三" * (N // 3),
    "minus words": "负1" * (N // 2),
    "percent signs": "%" * N,
    "long line of text": "全年完成投资12亿元，同比增长5%，" * (N // 18),
    "respectively, no pause": "甲乙、丙丁分别为1个和2个" * (N // 13),
    "newlines": "1\n" * (N // 2),
    "headings": "一、" * (N // 2),
    "pieces": "【篇一】" * (N // 4),
    "title lines": "区统计局2023年工作总结\n" * (N // 13),
    "tabs": "\t1" * (N // 2),
    "table rows": "指标\t目标\t完成\n" + "面积（亩）\t45\t46\n" * (N // 12),
}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--budget", type=float, default=10.0)
    args = ap.parse_args()
    worst = 0.0
    for name, text in INPUTS.items():
        t0 = time.perf_counter()
        result = process_text(text, "adversarial.txt")
        took = time.perf_counter() - t0
        worst = max(worst, took)
        print(
            f"{name:<24} {len(text):>8,} chars {took:7.3f} s "
            f"{len(text) / max(took, 1e-9):>12,.0f} chars/s  {len(result.mentions):>6} figures"
        )
    print(f"worst: {worst:.3f} s (budget {args.budget} s)")
    return 0 if worst <= args.budget else 1


if __name__ == "__main__":
    sys.exit(main())
