"""Reading a query's text before it runs: updates, datasets, SERVICE endpoints, where a VALUES block goes."""

from __future__ import annotations

import pytest

from server.querytext import read_query_text, tokens, where_group_start


@pytest.mark.parametrize(
    ("text", "update"),
    [
        ("SELECT * { ?s ?p ?o }", None),
        ("  # a comment\n  insert data { <a:b> <a:c> <a:d> }", "INSERT"),
        ("BASE <http://b/> PREFIX x: <http://x/> WITH <g:1> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", "WITH"),
        ("PREFIX insert: <http://x/> SELECT ?insert { ?s insert:p ?insert }", None),
        ("ASK { ?s ?p 'DELETE' }", None),
    ],
)
def test_updates_are_known_by_their_first_keyword(text: str, update: str | None) -> None:
    assert read_query_text(text).update_keyword == update


@pytest.mark.parametrize(
    ("text", "has_dataset"),
    [
        ("SELECT * FROM <g:1> { ?s ?p ?o }", True),
        ("SELECT * from named <g:1> { GRAPH ?g { ?s ?p ?o } }", True),
        ("PREFIX from: <http://f/> SELECT ?from { ?from from:x ?o }", False),
        ('SELECT * { ?s ?p "FROM <g>" } # FROM <h>', False),
    ],
)
def test_dataset_clauses(text: str, has_dataset: bool) -> None:
    assert read_query_text(text).has_dataset is has_dataset


def test_service_endpoints_with_prefixes_base_and_variables() -> None:
    text = """BASE <http://base.test/>
    PREFIX r: <http://remote.test/>
    SELECT * { SERVICE r:sparql { ?a ?b ?c } SERVICE SILENT <relative> { } service ?where { } }"""
    assert read_query_text(text).services == ("http://remote.test/sparql", "http://base.test/relative", None)


def test_less_than_is_not_mistaken_for_an_iri() -> None:
    kinds = [kind for kind, _ in tokens("FILTER(?x < 3 && ?y > 2)")]
    assert "iri" not in kinds


def test_star_order_is_the_order_of_first_appearance() -> None:
    assert read_query_text("SELECT DISTINCT * { ?b ?a ?c . ?a ?d ?b }").star_order == ("b", "a", "c", "d")
    assert read_query_text("SELECT ?a ?b { ?b ?a ?c }").star_order is None


@pytest.mark.parametrize(
    ("text", "after"),
    [
        ("SELECT ?s WHERE { ?s ?p ?o }", " ?s ?p ?o }"),
        ("SELECT (EXISTS { ?a ?b ?c } AS ?e) { ?s ?p ?o }", " ?s ?p ?o }"),
        ("CONSTRUCT { ?s <p:q> [ <p:r> ?o ] } FROM <g:1> WHERE { ?s ?p ?o }", " ?s ?p ?o }"),
        ("PREFIX a: <http://a/> ASK { ?s a:p ?o }", " ?s a:p ?o }"),
        ("DESCRIBE ?s WHERE { ?s ?p ?o }", " ?s ?p ?o }"),
    ],
)
def test_where_group_start(text: str, after: str) -> None:
    point = where_group_start(text)
    assert point is not None and text[point:] == after


@pytest.mark.parametrize("text", ["CONSTRUCT WHERE { ?s ?p ?o }", "DESCRIBE <http://x/>", ""])
def test_no_where_group_to_use(text: str) -> None:
    assert where_group_start(text) is None
