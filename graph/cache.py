"""The extraction cache of incremental builds: what each article extracted to, keyed by its content and the extractor.

An entry is one file, `DIR/<version>/<key[:2]>/<key>`, holding the article's `ArticleResult` as zlib-compressed JSON
(and `<key>.validation` its SHACL results, see graph/article_validation.py).
`key` is the SHA-256 of everything the extractor reads from the article (not where it was read from); `version` is
a digest of everything else that decides what an article extracts to: the source of the loaders package and of the
RDF-writing modules, the reference tables, the base IRI and the rdflib version (its literal forms). A change to any
of them starts a new version folder, and the old ones are removed after the next build.

Entries are written to a temporary name and renamed into place, so a reader never sees half an entry; an entry that
cannot be read back whole (truncated, corrupt, another key's) counts as a miss and is recomputed and rewritten.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import zlib
from collections.abc import Iterable, Sequence
from pathlib import Path

import rdflib

import loaders
from graph.paths import REFERENCE_DIR
from loaders.model import Article

ENTRY_FORMAT = 1  # bump when the entry layout changes
_GRAPH_DIR = Path(__file__).resolve().parent
# The graph modules whose code decides an article's triples (besides the whole loaders package).
_RDF_MODULES = ("parallel.py", "iris.py", "namespaces.py", "paths.py")


def default_dir(out: Path) -> Path:
    """The cache folder of a build: beside it, so a rebuild of the same output finds it."""
    return out.with_name(out.name + ".cache")


def article_key(article: Article) -> str:
    """SHA-256 of the article's content and metadata (its `source`, a path for messages, is left out)."""
    fields = [
        article.corpus,
        article.identifier,
        article.body,
        article.title,
        article.publisher,
        article.published.isoformat() if article.published else None,
        article.url,
        [list(pair) for pair in article.extra],
    ]
    return hashlib.sha256(json.dumps(fields, ensure_ascii=False).encode("utf-8")).hexdigest()


def extractor_version(reference_dir: Path | None, base: str) -> str:
    """A digest of everything besides the article that changes what it extracts to."""
    digest = hashlib.sha256(f"format {ENTRY_FORMAT}\nbase {base}\nrdflib {rdflib.__version__}\n".encode())
    sources = sorted(Path(loaders.__file__).resolve().parent.rglob("*.py"))
    sources += [_GRAPH_DIR / name for name in _RDF_MODULES]
    reference = Path(reference_dir) if reference_dir is not None else REFERENCE_DIR
    sources += sorted(p for p in reference.rglob("*") if p.is_file())
    for path in sources:
        # The path relative to its root, so a clone elsewhere has the same version.
        digest.update(f"{path.name}\n".encode())
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:32]


class ExtractionCache:
    """Cached `ArticleResult`s of one extractor version in a folder."""

    def __init__(self, folder: Path, version: str) -> None:
        self.root = Path(folder)
        self.version = version
        self.folder = self.root / version

    def _path(self, key: str, kind: str) -> Path:
        return self.folder / key[:2] / (f"{key}.{kind}" if kind else key)

    def get(self, key: str, kind: str = "") -> dict[str, object] | None:
        """The cached fields of an article (its extraction, or another `kind` of result), or None when absent or
        unreadable (then it is recomputed)."""
        try:
            data = json.loads(zlib.decompress(self._path(key, kind).read_bytes()))
        except (OSError, ValueError, zlib.error):
            return None
        name = f"{key}.{kind}" if kind else key
        if not isinstance(data, dict) or data.get("key") != name or not isinstance(data.get("result"), dict):
            return None
        return data["result"]

    def put(self, key: str, result: dict[str, object], kind: str = "") -> None:
        """Store an article's result fields atomically: a temporary file renamed into place."""
        path = self._path(key, kind)
        path.parent.mkdir(parents=True, exist_ok=True)
        payload = zlib.compress(json.dumps({"key": path.name, "result": result}).encode("utf-8"), 1)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(payload)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise

    def prune(self, keep: Iterable[str]) -> int:
        """Remove other versions' folders and the entries of articles not in `keep`; return the entries removed."""
        removed = 0
        if self.root.is_dir():
            for other in self.root.iterdir():
                if other.name != self.version:
                    shutil.rmtree(other, ignore_errors=True) if other.is_dir() else other.unlink(missing_ok=True)
        if not self.folder.is_dir():
            return removed
        wanted = set(keep)
        for shard in self.folder.iterdir():
            for entry in shard.iterdir() if shard.is_dir() else ():
                if entry.name.split(".")[0] not in wanted:  # a gone article's entry, or a crash's temporary file
                    entry.unlink(missing_ok=True)
                    removed += 1
        return removed


def open_cache(folder: Path, reference_dir: Path | None, base: str) -> ExtractionCache:
    """The cache in `folder` for the current extractor."""
    return ExtractionCache(folder, extractor_version(reference_dir, base))


def keys_of(articles: Sequence[Article]) -> list[str]:
    """The cache key of each article, in order."""
    return [article_key(article) for article in articles]
