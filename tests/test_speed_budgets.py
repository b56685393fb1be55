"""The speed budgets of the extractor's regexes live in the benchmarks (bench/adversarial.py, `make bench-patterns`),
never in timed unit tests: no test reads a clock, every pattern in the bench's list is a real one, and every set of
adversarial inputs there is also read by a test that asserts what the patterns make of it."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

from bench import adversarial
from bench.adversarial import CASES
from bench.patterns import SLOW, rows, table

TESTS = Path(__file__).parent
CLOCK = re.compile(r"\b(?:perf_counter|monotonic|process_time|timeit|time\.time)\b")
# a time limit that is behaviour, not a speed goal: the engine's runaway-query limit, the wait for Virtuoso to start
CLOCKED = {"test_engine.py", "test_virtuoso.py"}


def test_no_unit_test_reads_a_clock() -> None:
    others = [path for path in TESTS.glob("*.py") if path.name != Path(__file__).name]  # this one names the clocks
    clocked = {path.name for path in others if CLOCK.search(path.read_text(encoding="utf-8"))}
    assert clocked <= CLOCKED, "time it in bench/adversarial.py (make bench-patterns), not in a test"


def test_every_case_names_a_pattern_or_reader_of_the_loaders() -> None:
    for case in CASES:
        module, name = case.name.split(".")
        assert getattr(importlib.import_module(f"loaders.{module}"), name) is not None, case.name
    assert len({(c.name, id(c.texts)) for c in CASES}) == len(CASES)  # a pattern may have a second set of inputs


def test_every_set_of_adversarial_inputs_is_read_by_a_test() -> None:
    named = {id(value): key for key, value in vars(adversarial).items() if key.isupper() and isinstance(value, tuple)}
    sets = {named[id(case.texts)] for case in CASES}  # KeyError: a case's texts are not a named set
    sources = "\n".join(p.read_text(encoding="utf-8") for p in TESTS.glob("test_*.py") if p.name != Path(__file__).name)
    assert sorted(s for s in sets if not re.search(rf"\b{s}\b", sources)) == []


def test_the_bench_times_every_case_on_every_input_against_its_budget() -> None:
    quick = tuple(c for c in CASES if c.budget < SLOW)  # the whole extractor's case is timed by make bench-patterns
    timed = rows(quick, runs=1)
    assert [case.name for case, _, _ in timed] == [case.name for case in quick for _ in case.texts]
    lines = table(timed)
    assert len(lines) == 2 + sum(len(c.texts) for c in quick)
    assert all(line.endswith(("| ok |", "| **over** |")) for line in lines[2:])
