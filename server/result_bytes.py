"""Query results kept as the bytes a worker sent (SPARQL TSV, N-Triples), read into terms only when code looks at them
(`engine.QueryEngine.execute` builds them)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

import pyoxigraph as ox

Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple

T = TypeVar("T")


class ReadOnDemand(Sequence[T]):
    """Result rows or triples kept as the bytes the worker sent (TSV, N-Triples), read into terms on first use.

    An HTTP answer only re-writes the bytes in the format asked for (in Rust); reading every term into a Python
    object and back cost more than the query itself for the small ones.
    """

    def __init__(self, data: bytes, count: int, read: Callable[[bytes], tuple[T, ...]]) -> None:
        self.data = data
        self._count = count
        self._read_data = read
        self._items: tuple[T, ...] | None = None

    def _read(self) -> tuple[T, ...]:
        if self._items is None:
            self._items = self._read_data(self.data)
        return self._items

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, index: Any) -> Any:
        return self._read()[index]

    def __iter__(self) -> Iterator[T]:
        return iter(self._read())

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and self._read() == tuple(other)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return repr(self._read())


def read_tsv(tsv: bytes) -> tuple[tuple[Term | None, ...], ...]:
    """The rows of a SPARQL TSV result."""
    parsed = ox.parse_query_results(tsv, format=ox.QueryResultsFormat.TSV)
    # Unsendable: no frame a kept traceback holds may keep it for the cyclic collector of another thread to free
    # (map, not a comprehension, whose own frame would hold it).
    try:
        return tuple(map(tuple, parsed))  # type: ignore[arg-type]
    finally:
        del parsed


def read_ntriples(ntriples: bytes) -> tuple[ox.Triple, ...]:
    """The triples of an N-Triples document."""
    return tuple(quad.triple for quad in ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES))


def reorder(variables: list[str], tsv: bytes, order: tuple[str, ...]) -> tuple[list[str], bytes]:
    r"""The columns of a TSV result put in `order` (variables it does not name keep their place, after it).

    >>> reorder(["o", "p", "s"], b"?o\t?p\t?s\n1\t<p>\t<s>\n", ("s", "p", "o"))
    (['s', 'p', 'o'], b'?s\t?p\t?o\n<s>\t<p>\t1\n')
    """
    rank = {name: i for i, name in enumerate(order)}
    perm = sorted(range(len(variables)), key=lambda i: (rank.get(variables[i], len(rank)), i))
    if perm == list(range(len(variables))):
        return variables, tsv
    # Tabs and newlines inside terms are escaped in TSV, so splitting on them is safe.
    lines = tsv.split(b"\n")[:-1]
    cells = (line.split(b"\t") for line in lines)
    out = b"".join(b"\t".join(row[i] for i in perm) + b"\n" for row in cells)
    return [variables[i] for i in perm], out
