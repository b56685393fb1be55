"""The query engine: kinds of queries, bound terms, time and row limits, refusals, worker recovery."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from server_fixtures import EX, make_build

from graph.namespaces import ARTICLES_GRAPH, REFERENCE_GRAPH
from graph.store import StoreMissing
from server.conneg import negotiate, render
from server.engine import (
    QueryEngine,
    QueryRefused,
    QuerySyntaxError,
    QueryTimeout,
    QueryTooLarge,
    UpdateRefused,
)

# A cross product of nine patterns over the small build (14 triples: 14^9, about 2e10 rows) runs for hours; six
# no longer do (Oxigraph 0.5.13 counts 14^6 rows in about a second).
RUNAWAY = (
    "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o . ?p ?q ?r ."
    " ?s ?t ?u . ?v ?w ?x . ?y ?z ?a2 }"
)


def full_pool(engine: QueryEngine, workers: int = 2) -> bool:
    """Wait (up to 20 s) until every worker is idle again, successors of killed ones included."""
    deadline = time.monotonic() + 20
    while engine._idle.qsize() < workers and time.monotonic() < deadline:
        time.sleep(0.05)
    return engine._idle.qsize() == workers


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryEngine]:
    """An engine with a 1 s limit and 3 rows, over the small test build."""
    build = make_build(tmp_path_factory.mktemp("engine"))
    engine = QueryEngine(
        build / "store", timeout=1.0, max_rows=3, workers=2, service_allowlist=("http://allowed.test/sparql",)
    )
    yield engine
    engine.close()


def test_select_returns_terms_in_variable_order_with_unbound_as_none(engine: QueryEngine) -> None:
    result = engine.execute(
        f"SELECT ?e ?missing ?d WHERE {{ ?e a <{EX}Event> ; <{EX}deaths> ?d "
        f"OPTIONAL {{ ?e <{EX}nope> ?missing }} }} ORDER BY ?d"
    )
    assert result.kind == "select"
    assert result.variables == ("e", "missing", "d")
    assert result.rows == (
        (
            ox.NamedNode(EX + "strike2"),
            None,
            ox.Literal("3", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")),
        ),
        (
            ox.NamedNode(EX + "strike1"),
            None,
            ox.Literal("12", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")),
        ),
    )
    assert not result.truncated


def test_literal_with_quote_brace_and_newline_survives_the_round_trip(engine: QueryEngine) -> None:
    result = engine.execute(f"SELECT ?l WHERE {{ <{EX}group> ?p ?l FILTER(isLiteral(?l)) }}")
    assert result.rows == ((ox.Literal('Group "A" } {\nsecond line', language="en"),),)


def test_ask_and_construct_and_describe(engine: QueryEngine) -> None:
    assert engine.execute(f"ASK {{ <{EX}strike1> <{EX}place> <{EX}aleppo> }}").boolean is True
    assert engine.execute(f"ASK {{ <{EX}strike1> <{EX}place> <{EX}idlib> }}").boolean is False
    construct = engine.execute(f"CONSTRUCT {{ ?e <{EX}at> ?p }} WHERE {{ ?e <{EX}place> ?p }}")
    assert construct.kind == "graph"
    assert set(construct.triples) == {
        ox.Triple(ox.NamedNode(EX + "strike1"), ox.NamedNode(EX + "at"), ox.NamedNode(EX + "aleppo")),
        ox.Triple(ox.NamedNode(EX + "strike2"), ox.NamedNode(EX + "at"), ox.NamedNode(EX + "idlib")),
    }
    described = engine.execute(f"DESCRIBE <{EX}idlib>")
    assert described.kind == "graph"
    assert {t.subject for t in described.triples} == {ox.NamedNode(EX + "idlib")}
    assert len(described.triples) == 2


def test_bindings_are_bound_as_terms_and_cannot_inject(engine: QueryEngine) -> None:
    query = f"SELECT ?e WHERE {{ ?e <{EX}place> ?place }}"
    bound = engine.execute(query, bindings={"place": ox.NamedNode(EX + "aleppo")})
    assert bound.rows == ((ox.NamedNode(EX + "strike1"),),)
    # A value that would close the pattern and add one if pasted into the text matches nothing instead.
    evil = ox.Literal('x" } UNION { ?e ?p ?o } #')
    for projected in ("?e ?l", "?e"):  # a VALUES block binds projected and unprojected variables alike
        query = f"SELECT {projected} WHERE {{ ?e ?p ?l }}"
        assert engine.execute(query, bindings={"l": evil}).rows == ()
    # The short CONSTRUCT WHERE has no group to put VALUES in: Oxigraph substitutes the term instead.
    assert engine.execute("CONSTRUCT WHERE { ?e ?p ?l }", bindings={"l": evil}).triples == ()
    aleppo = engine.execute("CONSTRUCT WHERE { ?e ?p ?place }", bindings={"place": ox.NamedNode(EX + "aleppo")})
    assert {t.subject for t in aleppo.triples} == {ox.NamedNode(EX + "strike1")}
    label = ox.Literal('Group "A" } {\nsecond line', language="en")
    found = engine.execute("SELECT ?s WHERE { ?s ?p ?label }", bindings={"label": label})
    assert found.rows == ((ox.NamedNode(EX + "group"),),)
    with pytest.raises(ValueError, match="variable name"):
        engine.execute(query, bindings={"place }": ox.NamedNode(EX + "aleppo")})
    with pytest.raises(TypeError, match="pyoxigraph term"):
        engine.execute(query, bindings={"place": "aleppo"})  # type: ignore[dict-item]


def test_default_graph_is_the_union_and_dataset_arguments_narrow_it(engine: QueryEngine) -> None:
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"

    def n(**kwargs: object) -> int:
        return int(engine.execute(count, **kwargs).rows[0][0].value)  # type: ignore[arg-type, union-attr]

    union, reference, articles = n(), n(default_graphs=[REFERENCE_GRAPH]), n(default_graphs=[ARTICLES_GRAPH])
    assert union == reference + articles and reference and articles
    assert n(default_graphs=["http://example.org/not-in-the-store"]) == 0
    named = engine.execute("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", named_graphs=[ARTICLES_GRAPH])
    assert named.rows == ((ox.NamedNode(ARTICLES_GRAPH),),)
    # FROM in the query text narrows the default graph too, and an unknown graph is empty, never fetched.
    assert (
        int(engine.execute(f"SELECT (COUNT(*) AS ?n) FROM <{ARTICLES_GRAPH}> WHERE {{ ?s ?p ?o }}").rows[0][0].value)
        == articles
    )  # type: ignore[union-attr]
    assert engine.execute("SELECT * FROM <http://127.0.0.1:9/remote.ttl> WHERE { ?s ?p ?o }").rows == ()


def test_max_rows_cuts_and_says_so(engine: QueryEngine) -> None:
    cut = engine.execute("SELECT ?s ?p ?o WHERE { ?s ?p ?o }")
    assert len(cut.rows) == 3 and cut.truncated
    exact = engine.execute("SELECT ?s WHERE { ?s ?p ?o } LIMIT 3")
    assert len(exact.rows) == 3 and not exact.truncated
    graph = engine.execute("CONSTRUCT WHERE { ?s ?p ?o }")
    assert len(graph.triples) == 3 and graph.truncated


def test_a_cut_result_is_written_with_the_rows_it_kept(engine: QueryEngine) -> None:
    # Rows travel as TSV cut at a line: a literal holding a newline and a tab must stay one row.
    query = "SELECT ?l ?s WHERE { ?s ?p ?l FILTER(isLiteral(?l)) } ORDER BY DESC(CONTAINS(STR(?l), '\\n')) ?l"
    cut = engine.execute(query)
    assert cut.truncated and len(cut.rows) == 3
    assert "\n" in cut.rows[0][0].value  # type: ignore[union-attr]
    written = json.loads(render(cut, negotiate("select", None, "json")))["results"]["bindings"]
    assert [b["l"]["value"] for b in written] == [row[0].value for row in cut.rows]  # type: ignore[union-attr]
    star = engine.execute("SELECT * WHERE { ?s ?p ?l FILTER(isLiteral(?l)) } ORDER BY ?l")
    assert star.variables == ("s", "p", "l") and all(isinstance(row[2], ox.Literal) for row in star.rows)
    assert render(star, negotiate("select", None, "csv")).startswith(b"s,p,l\r\n")


def test_syntax_error_names_line_and_column(engine: QueryEngine) -> None:
    with pytest.raises(QuerySyntaxError, match=r"3:\d+"):
        engine.execute("SELECT ?s\nWHERE {\n  ?s ?p ) }")


def test_an_undeclared_prefix_is_named_with_the_line_to_add(engine: QueryEngine) -> None:
    # Oxigraph's own words bury "Prefix not found" in a list of expected characters.
    query = "PREFIX kg: <https://w3id.org/conflict-kg/ontology#>\nSELECT ?s WHERE {\n  ?s a kg:Claim ; rdfs:label ?l }"
    with pytest.raises(QuerySyntaxError) as raised:
        engine.execute(query)
    assert str(raised.value) == (
        "syntax error in the query: undeclared prefix 'rdfs:' at 3:29; add PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>"
    )
    with pytest.raises(QuerySyntaxError, match=r"undeclared prefix 'ex:' at 1:30; declare it with PREFIX ex: <\.\.\.>"):
        engine.execute("SELECT ?s WHERE { ?s ex:label ?o }")


@pytest.mark.parametrize(
    "update",
    [
        "INSERT DATA { <a:b> <a:c> <a:d> }",
        "PREFIX x: <http://x/>\nDELETE WHERE { ?s ?p ?o }",
        "load <http://x/>",
        "CLEAR ALL",
    ],
)
def test_updates_are_refused(engine: QueryEngine, update: str) -> None:
    with pytest.raises(UpdateRefused, match="read-only"):
        engine.execute(update)


def test_service_refused_unless_allow_listed(engine: QueryEngine) -> None:
    with pytest.raises(QueryRefused, match="allow-list"):
        engine.execute("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }")
    with pytest.raises(QueryRefused, match="variable"):
        engine.execute("SELECT * WHERE { SERVICE SILENT ?endpoint { ?s ?p ?o } }")
    with pytest.raises(QueryRefused):
        engine.execute("PREFIX r: <http://127.0.0.1:9/>\nSELECT * WHERE { service r:sparql { ?s ?p ?o } }")
    # The word in a literal or a comment is not a SERVICE call.
    assert engine.execute('ASK { ?s ?p ?o FILTER(?o != "SERVICE <http://x/>") } # SERVICE <http://y/>').boolean


def test_too_long_query_is_refused(engine: QueryEngine) -> None:
    with pytest.raises(QueryTooLarge, match="characters"):
        engine.execute("ASK {}" + " " * 200_000)


def test_runaway_query_times_out_and_the_engine_recovers(engine: QueryEngine) -> None:
    started = time.monotonic()
    with pytest.raises(QueryTimeout, match="time limit"):
        engine.execute(RUNAWAY)
    assert time.monotonic() - started < 1.0 + 2.0
    # The killed worker's partner answers at once; its successor joins the pool shortly after.
    assert engine.execute("ASK { ?s ?p ?o }").boolean is True
    with pytest.raises(QueryTimeout):
        engine.execute(RUNAWAY, timeout=0.3)
    assert full_pool(engine)


def test_timeout_argument_only_lowers_the_limit(engine: QueryEngine) -> None:
    started = time.monotonic()
    with pytest.raises(QueryTimeout, match="1 s"):
        engine.execute(RUNAWAY, timeout=100)
    assert time.monotonic() - started < 3.0


def test_missing_store_names_the_path_and_the_fix(tmp_path: Path) -> None:
    with pytest.raises(StoreMissing, match=r"nowhere.*kg build"):
        QueryEngine(tmp_path / "nowhere")


def test_a_parameter_used_only_in_a_filter_is_bound_too(engine: QueryEngine) -> None:
    # Oxigraph substitutes projected variables only; a threshold used in a FILTER goes through VALUES.
    xsd_integer = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
    query = f"SELECT ?e WHERE {{ ?e <{EX}deaths> ?d FILTER(?d >= ?min) }}"
    assert engine.execute(query, bindings={"min": ox.Literal("10", datatype=xsd_integer)}).rows == (
        (ox.NamedNode(EX + "strike1"),),
    )
    ask = f"ASK {{ ?e <{EX}deaths> ?d FILTER(?d > ?min) }}"
    assert engine.execute(ask, bindings={"min": ox.Literal("12", datatype=xsd_integer)}).boolean is False
    evil = ox.Literal('0" ) } } SELECT * { ?s ?p ?o . FILTER("1')
    assert (
        engine.execute(f"SELECT ?e WHERE {{ ?e <{EX}deaths> ?d FILTER(STR(?d) = ?min) }}", bindings={"min": evil}).rows
        == ()
    )
    construct = f"CONSTRUCT {{ ?e <{EX}big> true }} WHERE {{ ?e <{EX}deaths> ?d FILTER(?d > ?min) }}"
    triples = engine.execute(construct, bindings={"min": ox.Literal("5", datatype=xsd_integer)}).triples
    assert [t.subject for t in triples] == [ox.NamedNode(EX + "strike1")]


def test_select_star_keeps_the_order_the_variables_were_written_in(engine: QueryEngine) -> None:
    result = engine.execute(f"SELECT * WHERE {{ ?event <{EX}place> ?where . ?event <{EX}deaths> ?dead }}")
    assert result.variables == ("event", "where", "dead")
    assert all(isinstance(row[1], ox.NamedNode) and isinstance(row[2], ox.Literal) for row in result.rows)


def test_relative_iris_resolve_against_the_base_given(engine: QueryEngine) -> None:
    assert engine.execute("ASK { <strike1> <place> <aleppo> }", base_iri=EX).boolean is True
    with pytest.raises(QuerySyntaxError):
        engine.execute("ASK { <strike1> <place> <aleppo> }")


def test_a_runaway_query_does_not_hold_up_the_others(engine: QueryEngine) -> None:
    from concurrent.futures import ThreadPoolExecutor

    assert full_pool(engine)  # earlier tests killed workers; wait for their successors
    with ThreadPoolExecutor(max_workers=5) as pool:
        runaway = pool.submit(engine.execute, RUNAWAY)
        time.sleep(0.1)  # let it take a worker first
        started = time.monotonic()
        quick = [pool.submit(engine.execute, f"ASK {{ <{EX}strike{i % 2 + 1}> ?p ?o }}") for i in range(4)]
        assert all(f.result().boolean is True for f in quick)
        assert time.monotonic() - started < 0.8  # answered by the free worker while the runaway still runs
        with pytest.raises(QueryTimeout):
            runaway.result()
