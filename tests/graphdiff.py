"""Graph comparison for tests: isomorphism, with the triple difference in the failure message."""

from __future__ import annotations

from rdflib import Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic


def assert_isomorphic(actual: Graph, expected: Graph) -> None:
    """Fail with the triples only in one graph or only in the other."""
    if isomorphic(actual, expected):
        return
    _, only_actual, only_expected = graph_diff(to_isomorphic(actual), to_isomorphic(expected))
    lines = ["graphs differ"]
    lines += [f"  only in actual:   {t}" for t in sorted(only_actual, key=str)]
    lines += [f"  only in expected: {t}" for t in sorted(only_expected, key=str)]
    raise AssertionError("\n".join(lines))
