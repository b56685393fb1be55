"""End to end: the five seed articles become a valid, linked, traceable graph, the same bytes every time."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import SH

from graph import parallel_validation, validation, validation_report
from graph.build import BuildOptions, build
from graph.cli import main
from graph.paths import ARTICLES_DIR
from loaders.gazetteer import GazetteerError

DUMPS = ("kg.ttl", "kg.nt", "kg.nq", "kg.jsonld", "kg-asserted.ttl", "kg-asserted.nt", "kg-inferred.ttl", "kg.ttl.gz")
PREFIXES = """
PREFIX kg: <https://w3id.org/conflict-kg/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX schema: <https://schema.org/>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX wd: <http://www.wikidata.org/entity/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""


@pytest.fixture(scope="module")
def seeds_build(built_seeds: Path) -> Path:
    """The seed corpus, built once per session."""
    return built_seeds


@pytest.fixture(scope="module")
def store(seeds_build: Path) -> ox.Store:
    """The built graph, parsed strictly from kg.ttl (everything) into a fresh store."""
    store = ox.Store()
    store.load(path=str(seeds_build / "kg.ttl"), format=ox.RdfFormat.TURTLE)
    return store


def rows(store: ox.Store, query: str) -> list[dict[str, str]]:
    """SELECT rows as dicts of plain values."""
    result = store.query(PREFIXES + query)
    assert isinstance(result, ox.QuerySolutions)
    names = [v.value for v in result.variables]
    return [{n: s[n].value for n in names if s[n] is not None} for s in result]


def test_build_writes_every_file_and_conforms(seeds_build: Path) -> None:
    for name in (*DUMPS, "void.ttl", "validation.txt", "validation.ttl", "manifest.json"):
        assert (seeds_build / name).is_file(), name
    assert (seeds_build / "store").is_dir()
    report = ox.Store()
    report.load(path=str(seeds_build / "validation.ttl"), format=ox.RdfFormat.TURTLE)
    assert report.query("ASK { ?r <http://www.w3.org/ns/shacl#conforms> true }")
    manifest = json.loads((seeds_build / "manifest.json").read_text())
    counts = manifest["counts"]
    assert counts["articles"] == 5 and counts["engagements"] > 0 and counts["claims"] > 0
    assert counts["linked_entities"] >= 5


def test_every_dump_parses_strictly(seeds_build: Path) -> None:
    for name, fmt in (("kg.ttl", ox.RdfFormat.TURTLE), ("kg.nt", ox.RdfFormat.N_TRIPLES),
                      ("kg.nq", ox.RdfFormat.N_QUADS), ("kg.jsonld", ox.RdfFormat.JSON_LD)):  # fmt: skip
        assert sum(1 for _ in ox.parse(path=str(seeds_build / name), format=fmt)) > 1000, name


def test_all_five_articles_have_engagements_places_and_claims(store: ox.Store) -> None:
    found = rows(
        store,
        """SELECT ?id (COUNT(DISTINCT ?e) AS ?engagements) (COUNT(DISTINCT ?c) AS ?claims)
                   (COUNT(DISTINCT ?p) AS ?places)
        WHERE { ?a a kg:Article ; dcterms:identifier ?id ; schema:mentions ?p . ?p a kg:Place .
                ?c kg:statedIn ?a . OPTIONAL { ?c kg:about ?e . ?e a kg:Engagement } } GROUP BY ?id""",
    )
    assert {r["id"] for r in found} == {p.stem for p in ARTICLES_DIR.glob("*.txt")}
    for row in found:
        assert int(row["engagements"]) > 0 and int(row["claims"]) > 0 and int(row["places"]) > 0, row


@pytest.mark.parametrize(("label", "qid"), [("Islamic State", "Q2429253"), ("Russia", "Q159"), ("Aleppo", "Q41183"),
                                            ("Deir ez-Zor", "Q239097"), ("Palmyra", "Q5747")])  # fmt: skip
def test_wikidata_links_of_mentioned_entities(store: ox.Store, label: str, qid: str) -> None:
    assert store.query(PREFIXES + f"ASK {{ ?a a kg:Article ; schema:mentions ?x . ?x skos:exactMatch wd:{qid} }}"), (
        label
    )


def test_is_assault_near_palmyra_killed_15_troops(store: ox.Store) -> None:
    assert store.query(
        PREFIXES
        + """ASK {
        ?c kg:about ?e ; kg:fatalities 15 . ?e a kg:Engagement ; kg:attacker ?is ; kg:place ?place .
        ?is skos:exactMatch wd:Q2429253 . ?place skos:exactMatch wd:Q5747 }"""
    )


def test_russian_defence_ministry_claims_327_neutralised(store: ox.Store) -> None:
    found = rows(
        store,
        """SELECT ?claimant ?label WHERE { ?c kg:fatalities 327 ; kg:claimant ?claimant .
        ?claimant rdfs:label ?label }""",
    )
    assert found and all("Russia" in r["label"] or "Defen" in r["label"] for r in found), found


def test_lavrov_statement_on_aleppo(store: ox.Store) -> None:
    found = rows(
        store,
        """SELECT ?quote WHERE { ?c kg:claimant ?lavrov ; kg:evidence/oa:hasSelector/oa:exact ?quote .
        ?lavrov skos:exactMatch wd:Q58217 }""",
    )
    assert any("Aleppo" in r["quote"] for r in found), found


def test_observatory_reports_are_attributed(store: ox.Store) -> None:
    found = rows(
        store,
        """SELECT DISTINCT ?id WHERE { ?c kg:claimant ?sohr ; kg:statedIn/dcterms:identifier ?id .
        ?sohr rdfs:label ?label FILTER(CONTAINS(LCASE(STR(?label)), "observatory")) }""",
    )
    assert len(found) >= 2, found


def test_hamedani_killed_near_aleppo(store: ox.Store) -> None:
    assert store.query(
        PREFIXES
        + """ASK {
        ?c kg:about ?e ; kg:evidence/oa:hasSelector/oa:exact ?quote . ?e a kg:Engagement ; kg:place ?place .
        ?place kg:partOf* ?aleppo . ?aleppo skos:exactMatch ?q FILTER(?q IN (wd:Q41183, wd:Q214064))
        FILTER(CONTAINS(?quote, "Hamedani")) }"""
    )


def test_every_evidence_quote_is_the_body_at_its_offsets(store: ox.Store) -> None:
    found = rows(
        store,
        """SELECT ?exact ?start ?end ?body WHERE {
        ?ev oa:hasSource ?a ; oa:hasSelector ?q , ?p . ?a schema:articleBody ?body .
        ?q oa:exact ?exact . ?p oa:start ?start ; oa:end ?end }""",
    )
    assert len(found) > 20
    for row in found:
        assert row["body"][int(row["start"]) : int(row["end"])] == row["exact"]


def test_inferences_are_kept_apart(seeds_build: Path, store: ox.Store) -> None:
    asserted = ox.Store()
    asserted.load(path=str(seeds_build / "kg-asserted.ttl"), format=ox.RdfFormat.TURTLE)
    # attacker is a sub-property of participant: entailed, in kg.ttl, not in the asserted dump
    ask = PREFIXES + "ASK { ?e kg:attacker ?x ; kg:participant ?x }"
    assert store.query(ask) and not asserted.query(ask)


def test_two_builds_are_byte_identical(seeds_build: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    # A second process, so per-process hash seeds or ordering could not hide behind a shared interpreter.
    command = [sys.executable, "-m", "graph.cli", "build", "--corpus", str(ARTICLES_DIR), "--out", str(again), "-q"]
    subprocess.run([*command, "--date", "2026-01-01"], check=True, capture_output=True)
    for name in DUMPS:
        first = hashlib.sha256((seeds_build / name).read_bytes()).hexdigest()
        assert first == hashlib.sha256((again / name).read_bytes()).hexdigest(), name


def test_bad_article_stops_the_build_with_exit_2_and_keep_going_builds_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text("Clashes in Hama\nRebels attacked army posts near Hama on Friday.\n")
    (corpus / "broken.txt").write_bytes(b"Title\n\xff\xfe not text")
    out = tmp_path / "out"
    assert main(["build", "--corpus", str(corpus), "--out", str(out), "-q"]) == 2
    err = capsys.readouterr().err
    assert "broken.txt" in err and "not UTF-8" in err and "Traceback" not in err
    assert not out.exists()
    assert main(["build", "--corpus", str(corpus), "--out", str(out), "-q", "--keep-going"]) == 0
    assert "skipped" in capsys.readouterr().err
    assert json.loads((out / "manifest.json").read_text())["counts"]["articles"] == 1


def test_parallel_build_gives_the_same_bytes(seeds_build: Path, tmp_path: Path) -> None:
    # Two workers even for five articles: extraction and validation go through the worker processes.
    out = tmp_path / "parallel"
    result = build(BuildOptions(corpora=[ARTICLES_DIR], out=out, build_date=date(2026, 1, 1), workers=2))
    assert result.counts == json.loads((seeds_build / "manifest.json").read_text())["counts"]
    for name in (*DUMPS, "void.ttl", "validation.txt"):
        assert (seeds_build / name).read_bytes() == (out / name).read_bytes(), name
    assert not (out / "validation-input.nt").exists()


def test_parallel_validation_reports_a_broken_quote_with_its_article(seeds_build: Path, tmp_path: Path) -> None:
    data = Graph().parse(seeds_build / "kg-asserted.nt", format="nt")
    oa_exact = URIRef("http://www.w3.org/ns/oa#exact")
    quote, exact = min(data.subject_objects(oa_exact), key=str)
    data.set((quote, oa_exact, Literal("words the article never wrote")))
    (article,) = {validation_report.article_of(data, quote)}
    path = tmp_path / "broken.nt"
    data.serialize(path, format="nt", encoding="utf-8")
    triples = (q.triple for q in ox.parse(path=str(path), format=ox.RdfFormat.N_TRIPLES))
    split = parallel_validation.validate_file(
        path, 2, parallel_validation.shape_weights(validation.load_shapes(), triples)
    )
    whole = validation.validate(data)
    assert not split.conforms and not whole.conforms
    assert validation_report.format_report(split) == validation_report.format_report(whole)
    lines = validation_report.format_report(split).splitlines()
    assert any("Evidence-quote-matches-body" in line and f"(article {article})" in line for line in lines), lines
    assert str(exact) != "words the article never wrote"


def test_shape_parts_share_out_every_target_once() -> None:
    shapes = validation.load_shapes()
    tops = parallel_validation.targeted_shapes(shapes)
    parts = parallel_validation.split_shapes(shapes, 2)
    assert len(parts) == 2 and len(tops) > 2
    owners = [
        [i for i, part in enumerate(parts) if shape in parallel_validation.targeted_shapes(part)] for shape in tops
    ]
    assert all(len(found) == 1 for found in owners), owners
    for part in parts:
        own = set(parallel_validation.targeted_shapes(part))
        for shape in tops:
            targets = {(p, o) for p in parallel_validation.TARGETS for o in part.objects(shape, p)}
            assert targets == (
                {(p, o) for p in parallel_validation.TARGETS for o in shapes.objects(shape, p)}
                if shape in own
                else set()
            )
        # Everything but targets (and the SPARQL constraints of shapes left without any) is kept.
        assert {t for t in shapes if t[1] not in parallel_validation.TARGETS and t[1] != SH.sparql} <= set(part)


def test_bad_reference_data_is_named_with_extraction_workers(tmp_path: Path, root: Path) -> None:
    reference = tmp_path / "reference"
    shutil.copytree(root / "data" / "reference", reference)
    actors = reference / "actors.csv"
    actors.write_text(actors.read_text(encoding="utf-8").replace(",Q2429253,", ",Q2429253x,"), encoding="utf-8")
    options = BuildOptions(corpora=[ARTICLES_DIR], out=tmp_path / "out", reference_dir=reference, workers=2)
    with pytest.raises(GazetteerError, match="Q2429253x"):
        build(options)
    assert not (tmp_path / "out").exists()


def test_long_extraction_reports_progress(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from graph import parallel

    monkeypatch.setattr(parallel, "PROGRESS_SECONDS", 0.0)  # a line per article instead of one every few seconds
    lines: list[str] = []
    build(BuildOptions(corpora=[ARTICLES_DIR], out=tmp_path / "out", progress=lines.append, cache=False))
    shown = [line.split("] ", 1)[1] for line in lines if "/5 articles" in line]
    assert shown == [f"extracted {n}/5 articles" for n in range(1, 6)]
