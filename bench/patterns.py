"""Time the extractor's regexes and text readers on their adversarial inputs (bench/adversarial.py); print a table and
exit 1 when one takes longer than its budget. `make bench-patterns`; `python -m bench.patterns --help`."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable

from bench.adversarial import CASES, Case, gazetteer

RUNS = 5  # timed calls of each case on each text; the best counts, as one call is at the mercy of a busy machine
SLOW = 1.0  # seconds of budget above which a case is called only twice: the whole extractor, not one regex


def best_of(run: Callable[[str], object], text: str, runs: int) -> float:
    """The shortest of `runs` timings of one call."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        run(text)
        times.append(time.perf_counter() - start)
    return min(times)


def shown(text: str) -> str:
    """A short label of an adversarial text: its opening and its length."""
    opening = text[:24].replace("\n", " ")
    return f"{opening!r}... ({len(text)})" if len(text) > 24 else repr(text)


def rows(cases: tuple[Case, ...], runs: int) -> list[tuple[Case, str, float]]:
    """(case, input label, best time) of every case on every one of its texts."""
    return [
        (case, shown(text), best_of(case.run, text, runs if case.budget < SLOW else min(runs, 2)))
        for case in cases
        for text in case.texts
    ]


def table(timed: list[tuple[Case, str, float]]) -> list[str]:
    """The rows as a Markdown table, times and budgets in milliseconds."""
    lines = ["| pattern | call | input (characters) | ms | budget ms | |", "|---|---|---|--:|--:|---|"]
    for case, label, took in timed:
        mark = "ok" if took <= case.budget else "**over**"
        lines.append(
            f"| `{case.name}` | {case.call} | `{label}` | {took * 1000:.2f} | {case.budget * 1000:g} | {mark} |"
        )
    return lines


def main() -> int:
    """Time the cases named on the command line (default: all) and report the ones over budget."""
    parser = argparse.ArgumentParser(prog="python -m bench.patterns", description=__doc__)
    parser.add_argument("names", nargs="*", help="only the cases whose name contains one of these")
    parser.add_argument("--runs", type=int, default=RUNS, help="timed calls per input; the best counts")
    args = parser.parse_args()
    cases = tuple(c for c in CASES if not args.names or any(n in c.name for n in args.names))
    if not cases:
        parser.error("no case matches")
    gazetteer()  # loaded before the clock starts: the whole-extractor case reads with it
    timed = rows(cases, max(1, args.runs))
    print("\n".join(table(timed)))
    over = [f"{case.name} on {label}" for case, label, took in timed if took > case.budget]
    print(f"\n{len(timed)} timings, {len(cases)} cases; {len(over)} over budget", file=sys.stderr)
    for line in over:
        print(f"  over budget: {line}", file=sys.stderr)
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
