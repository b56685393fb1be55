"""The extracted articles' triples in one N-Triples file in Oxigraph's line form, each article's lines found again
by their place in it: what the build keeps of the articles instead of their text in memory."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from graph.pattern import has_blank

_NT = ox.RdfFormat.N_TRIPLES


@dataclass(frozen=True)
class ArticleTexts:
    """Where each article's N-Triples lie in one file: (offset, length) in bytes, in article order."""

    path: Path
    spans: tuple[tuple[int, int], ...]
    blank: bool  # whether some article's triples hold a blank node

    def __len__(self) -> int:
        return len(self.spans)

    def __getitem__(self, index: int) -> str:
        return read_span(str(self.path), *self.spans[index])

    def __iter__(self) -> Iterator[str]:
        return (self[i] for i in range(len(self)))


def read_span(path: str, offset: int, length: int) -> str:
    """An article's N-Triples from the file."""
    with open(path, "rb") as handle:
        handle.seek(offset)
        return handle.read(length).decode("utf-8")


class ArticleWriter:
    """Writes articles' N-Triples to the file as they come, in any order, as Oxigraph writes them (the lines the
    dumps are sorted from)."""

    def __init__(self, path: Path, count: int) -> None:
        self.path = path
        self.spans = [(0, 0)] * count
        self.blank = False
        self._offset = 0
        self._out = path.open("wb")

    def add(self, index: int, text: str) -> None:
        """Write article `index`'s triples."""
        triples = [q.triple for q in ox.parse(text.encode("utf-8"), format=_NT)]
        data = ox.serialize(triples, format=_NT) if triples else b""
        assert data is not None
        self.blank = self.blank or any(has_blank(t) for t in triples)
        self._out.write(data)
        self.spans[index] = (self._offset, len(data))
        self._offset += len(data)

    def __enter__(self) -> ArticleWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self._out.close()

    def texts(self, kept: Iterable[int]) -> ArticleTexts:
        """The texts of the articles `kept`, in that order (once the file is closed)."""
        return ArticleTexts(self.path, tuple(self.spans[i] for i in kept), self.blank)
