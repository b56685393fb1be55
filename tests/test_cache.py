"""Incremental builds: the extraction cache gives the same bytes, re-extracts only what changed, survives damage."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from graph import cache, parallel
from graph.build import BuildOptions, BuildResult, build
from graph.cli import main
from graph.paths import ARTICLES_DIR

DUMPS = ("kg.ttl", "kg.nt", "kg.nq", "kg.jsonld", "kg-asserted.nt", "kg-inferred.ttl", "void.ttl", "validation.txt")


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    """A copy of the seed articles that a test may change."""
    folder = tmp_path / "corpus"
    shutil.copytree(ARTICLES_DIR, folder)
    return folder


def run(corpus: Path, out: Path, **options: object) -> BuildResult:
    """Build the corpus into out with a fixed date."""
    return build(BuildOptions(corpora=[corpus], out=out, build_date=date(2026, 1, 1), **options))  # type: ignore[arg-type]


def same_dumps(a: Path, b: Path) -> None:
    """Every dump of two builds is byte-identical."""
    for name in DUMPS:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def entries(folder: Path, kind: str = "") -> list[Path]:
    """The cache entries of one kind in a cache folder: extractions, or "validation"."""
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix == (f".{kind}" if kind else ""))


def test_second_build_reads_every_article_from_the_cache_and_gives_the_same_bytes(corpus: Path, tmp_path: Path) -> None:
    first = run(corpus, tmp_path / "out")
    assert (first.extracted, first.from_cache) == (5, 0)
    assert len(entries(tmp_path / "out.cache")) == len(entries(tmp_path / "out.cache", "validation")) == 5
    kept = tmp_path / "first"
    shutil.copytree(tmp_path / "out", kept)
    lines: list[str] = []
    second = run(corpus, tmp_path / "out", progress=lines.append)
    assert (second.extracted, second.from_cache) == (0, 5)
    assert any("validated 5 article graphs (5 from the cache)" in line for line in lines), lines
    assert json.loads((tmp_path / "out" / "manifest.json").read_text())["extraction"] == {
        "extracted": 0,
        "from_cache": 5,
    }
    same_dumps(kept, tmp_path / "out")
    uncached = run(corpus, tmp_path / "uncached", cache=False)
    assert (uncached.extracted, uncached.from_cache) == (5, 0)
    assert not (tmp_path / "uncached.cache").exists()
    same_dumps(kept, tmp_path / "uncached")


def test_a_changed_article_alone_is_extracted_again(corpus: Path, tmp_path: Path) -> None:
    run(corpus, tmp_path / "out")
    article = sorted(corpus.glob("*.txt"))[0]
    article.write_text(article.read_text(encoding="utf-8") + "\nRebels shelled Hama on Monday.\n", encoding="utf-8")
    again = run(corpus, tmp_path / "out")
    assert (again.extracted, again.from_cache) == (1, 4)
    # The stale entries are pruned: one of each kind per article of the corpus.
    assert len(entries(tmp_path / "out.cache")) == len(entries(tmp_path / "out.cache", "validation")) == 5
    same_dumps(tmp_path / "out", run(corpus, tmp_path / "fresh", cache=False).out)


def test_removed_articles_and_old_extractor_versions_are_pruned(corpus: Path, tmp_path: Path) -> None:
    run(corpus, tmp_path / "out")
    stale = tmp_path / "out.cache" / "0123456789abcdef"
    (stale / "ab").mkdir(parents=True)
    (stale / "ab" / "abcd").write_bytes(b"an entry of another extractor")
    sorted(corpus.glob("*.txt"))[-1].unlink()
    again = run(corpus, tmp_path / "out")
    assert (again.extracted, again.from_cache) == (0, 4)
    assert not stale.exists()
    assert len(entries(tmp_path / "out.cache")) == len(entries(tmp_path / "out.cache", "validation")) == 4


def test_a_damaged_entry_is_recomputed_and_rewritten(corpus: Path, tmp_path: Path) -> None:
    run(corpus, tmp_path / "out")
    kept = tmp_path / "first"
    shutil.copytree(tmp_path / "out", kept)
    files = entries(tmp_path / "out.cache")
    files[0].write_bytes(files[0].read_bytes()[:20])  # truncated, as by a crash of an older writer
    files[1].write_bytes(files[2].read_bytes())  # whole, but another article's entry
    again = run(corpus, tmp_path / "out")
    assert (again.extracted, again.from_cache) == (2, 3)
    same_dumps(kept, tmp_path / "out")
    assert (run(corpus, tmp_path / "out").extracted) == 0  # both were rewritten whole


def test_workers_write_the_entries(corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Worker processes even for five articles, so the entries are written by them, not by the build's process.
    monkeypatch.setattr(parallel, "MIN_PARALLEL_ARTICLES", 1)
    first = run(corpus, tmp_path / "out", workers=2)
    assert (first.extracted, first.from_cache) == (5, 0)
    assert len(entries(tmp_path / "out.cache")) == 5
    second = run(corpus, tmp_path / "again", workers=2, cache_dir=tmp_path / "out.cache")
    assert (second.extracted, second.from_cache) == (0, 5)
    same_dumps(tmp_path / "out", tmp_path / "again")


def test_the_extractor_version_follows_the_base_and_the_reference_data(tmp_path: Path, root: Path) -> None:
    reference = tmp_path / "reference"
    shutil.copytree(root / "data" / "reference", reference)
    default = cache.extractor_version(None, "https://w3id.org/conflict-kg/resource/")
    assert cache.extractor_version(reference, "https://w3id.org/conflict-kg/resource/") == default
    assert cache.extractor_version(None, "http://example.org/kg/") != default
    with (reference / "actors.csv").open("a", encoding="utf-8") as handle:
        handle.write("\n")
    assert cache.extractor_version(reference, "https://w3id.org/conflict-kg/resource/") != default


def test_cli_cache_options(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "my-cache"
    args = ["build", "--corpus", str(corpus), "--date", "2026-01-01"]
    assert main([*args, "--out", str(tmp_path / "a"), "--cache", str(folder)]) == 0
    assert len(entries(folder)) == 5 and not (tmp_path / "a.cache").exists()
    assert main([*args, "--out", str(tmp_path / "b"), "--cache", str(folder)]) == 0
    assert "0 articles extracted, 5 from the cache" in capsys.readouterr().err
    assert main([*args, "--out", str(tmp_path / "c"), "--no-cache"]) == 0
    assert "5 articles extracted, 0 from the cache" in capsys.readouterr().err
    assert not (tmp_path / "c.cache").exists()
