"""The extracted articles' triples in one N-Triples file in Oxigraph's line form, each article's lines found again
by their place in it: what the build keeps of the articles instead of their text in memory."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

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


def write_articles(path: Path, texts: Iterable[str]) -> ArticleTexts:
    """Write each article's N-Triples as Oxigraph writes them (the lines the dumps are sorted from)."""
    spans = []
    blank = False
    offset = 0
    with path.open("wb") as out:
        for text in texts:
            triples = [q.triple for q in ox.parse(text.encode("utf-8"), format=_NT)]
            data = ox.serialize(triples, format=_NT) if triples else b""
            assert data is not None
            blank = blank or any(_has_blank(t) for t in triples)
            out.write(data)
            spans.append((offset, len(data)))
            offset += len(data)
    return ArticleTexts(path, tuple(spans), blank)


def _has_blank(triple: ox.Triple) -> bool:
    return isinstance(triple.subject, ox.BlankNode) or isinstance(triple.object, ox.BlankNode)
