"""Every saved query tested as data: it parses, its header is complete, its params are its variables, it answers.

The answers are checked twice: on the real build of the seed articles (each query returns rows with its example
values) and on the small graph of tests/sample_store.py, where the right answer is known by construction.
"""

from __future__ import annotations

import functools
import re
import subprocess
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset
from rdflib.plugins.sparql import prepareQuery
from sample_store import make_build

from server.engine import QueryEngine, QueryResult, with_values
from server.savedqueries import (
    ParamError,
    SavedQuery,
    SavedQueryError,
    load_saved_queries,
    parse_saved_query_text,
)

QUERIES = load_saved_queries()
NAMES = sorted(QUERIES)
RES = "https://w3id.org/conflict-kg/resource/"
REQUIRED = {
    "engagements-of-actor",
    "engagements-in-region",
    "fatality-claims",
    "contested-figures",
    "claims-by-claimant",
    "who-fought-whom",
    "who-supported-whom",
    "timeline",
    "wikidata-links",
    "unlinked-entities",
    "sources-of",
    "acled-table",
    "articles",
    "engagement-types",
}


# --- fixtures -------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample_build_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The hand-made sample build."""
    return make_build(tmp_path_factory.mktemp("sample-build"))


@pytest.fixture(scope="module")
def sample_engine(sample_build_dir: Path) -> Iterator[QueryEngine]:
    """An engine over the hand-made sample build."""
    engine = QueryEngine(sample_build_dir / "store", timeout=20, max_rows=1000, workers=1)
    yield engine
    engine.close()


@pytest.fixture(scope="module")
def seed_build(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real build of the seed articles: the lead's `built_seeds` fixture when there is one, else `kg build`."""
    try:
        return Path(request.getfixturevalue("built_seeds"))
    except pytest.FixtureLookupError:
        pass
    out = tmp_path_factory.mktemp("seed-build") / "build"
    kg = Path(sys.executable).with_name("kg")
    done = subprocess.run([str(kg), "build", "--out", str(out)], capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, f"kg build failed:\n{done.stdout}\n{done.stderr}"
    return out


@pytest.fixture(scope="module")
def seed_engine(seed_build: Path) -> Iterator[QueryEngine]:
    """An engine over the real seed build."""
    engine = QueryEngine(seed_build / "store", timeout=60, max_rows=10_000, workers=1)
    yield engine
    engine.close()


def run(engine: QueryEngine, name: str, **values: str) -> list[dict[str, str | None]]:
    """Run a saved query with raw parameter values; rows as {variable: value}."""
    query = QUERIES[name]
    result = engine.execute(query.text, bindings=query.bind(values))
    return rows_of(result)


def rows_of(result: QueryResult) -> list[dict[str, str | None]]:
    """The rows of a select result as dictionaries of plain values."""
    return [
        {v: (None if t is None else t.value) for v, t in zip(result.variables, row, strict=True)}  # type: ignore[union-attr]
        for row in result.rows
    ]


# --- each file as data ----------------------------------------------------------------------------------------


def test_the_required_queries_are_there() -> None:
    """Every saved query the researchers were promised exists, plus at least one CONSTRUCT."""
    assert set(QUERIES) >= REQUIRED, f"missing: {sorted(REQUIRED - set(QUERIES))}"
    assert any(q.kind == "construct" for q in QUERIES.values())


@pytest.mark.parametrize("name", NAMES)
def test_query_parses_in_oxigraph_and_rdflib(name: str) -> None:
    """The text (header included) is valid SPARQL for Oxigraph and for rdflib, which researchers also use."""
    text = QUERIES[name].text
    ox.Store().query(text)  # raises SyntaxError when it does not parse
    prepareQuery(text)


@pytest.mark.parametrize("name", NAMES)
def test_header_is_complete(name: str) -> None:
    """Title, description, tags, and for every param a type and an example that parses as that type."""
    query = QUERIES[name]
    assert query.title and query.description and query.tags
    assert len(query.description) > 40, "a description a researcher can act on"
    for param in query.params.values():
        assert param.type and param.example is not None, f"{name}: parameter {param.name} needs a type and example"
        param.parse(param.example)
        if param.enum:
            assert param.example in param.enum


@pytest.mark.parametrize("name", NAMES)
def test_declared_params_are_the_bound_variables(name: str) -> None:
    """Each param appears as ?name in the query, and a select projects it (Oxigraph binds projected variables)."""
    query = QUERIES[name]
    body = "\n".join(line for line in query.text.splitlines() if not line.startswith("#"))
    variables = set(re.findall(r"[?$]([A-Za-z_][A-Za-z0-9_]*)", body))
    for param in query.params:
        assert param in variables, f"{name}: parameter {param} is not a variable of the query"
    if query.kind == "select" and query.params:
        projected = ox.Store().query(query.text).variables  # type: ignore[union-attr]
        assert set(query.params) <= {v.value for v in projected}, f"{name}: every parameter must be projected"


@pytest.mark.parametrize("name", NAMES)
def test_runs_on_the_seed_graph_with_its_examples(name: str, seed_engine: QueryEngine) -> None:
    """With its example values, each query returns rows (or triples) on the real build of the seed articles.

    The seed articles come without a publication date, so their engagements may have no dates: a date range then
    rightly finds nothing. In that case (and only then) the date parameters are left out, and the query must
    still answer.
    """
    query = QUERIES[name]
    values = query.example_values()
    dated = seed_engine.execute("ASK { ?e <https://w3id.org/conflict-kg/ontology#earliestDate> ?d }").boolean
    if not dated:
        values = {k: v for k, v in values.items() if query.params[k].type != "date"}
    result = seed_engine.execute(query.text, bindings=query.bind(values))
    assert result.size > 0 and (result.rows or result.triples), f"{name} returned nothing on the seed graph"


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("values", ["example", "required only"])
def test_rdflib_answers_as_oxigraph_does(
    name: str, values: str, sample_build_dir: Path, sample_engine: QueryEngine
) -> None:
    """Researchers run the files in rdflib too: each answers there with as many rows as Oxigraph gives."""
    # Leaving the optional parameters out leaves variables unbound, which rdflib's DISTINCT aggregates failed on.
    query = QUERIES[name]
    given = query.example_values()
    if values == "required only":
        given = {k: v for k, v in given.items() if query.params[k].required}
    bound = query.bind(given)
    ours = sample_engine.execute(query.text, bindings=bound)
    text = with_values(query.text, bound) if bound else query.text
    assert text is not None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # rdflib's query code uses its own deprecated names
        theirs = _rdflib_dataset(sample_build_dir).query(text)
        count = len(theirs) if ours.kind == "graph" else len(list(theirs))
    assert count == (len(set(ours.triples)) if ours.kind == "graph" else len(ours.rows))


@functools.cache
def _rdflib_dataset(build: Path) -> Dataset:
    """The build's kg.nq in rdflib, the union of its graphs as the default graph (as the endpoint queries it)."""
    dataset = Dataset(default_union=True)
    dataset.parse(data=(build / "kg.nq").read_text(encoding="utf-8"), format="nquads")
    return dataset


# --- answers on a graph whose answers are known -----------------------------------------------------------------


def test_fatality_claims_give_the_range_and_who_said_what(sample_engine: QueryEngine) -> None:
    """Two claims (15 said by the monitor, 49 by the group) are both kept, with their quotes and the range."""
    rows = run(sample_engine, "fatality-claims", engagement=RES + "engagement/00000000000000e1")
    by_claimant = {r["claimantLabel"]: r for r in rows}
    assert set(by_claimant) == {"Syrian Observatory for Human Rights", "Islamic State"}
    assert by_claimant["Syrian Observatory for Human Rights"]["low"] == "15"
    assert by_claimant["Islamic State"]["high"] == "49"
    assert "15 soldiers were killed" in (by_claimant["Syrian Observatory for Human Rights"]["quote"] or "")
    assert {(r["lowest"], r["best"], r["highest"]) for r in rows} == {("15", "49", "49")}


def test_contested_figures_lists_the_engagement_with_two_tolls(sample_engine: QueryEngine) -> None:
    """The engagement with 15 and 49 is contested; the figures and both claimants are named."""
    rows = run(sample_engine, "contested-figures")
    assert [r["engagement"] for r in rows] == [RES + "engagement/00000000000000e1"]
    assert (rows[0]["lowest"], rows[0]["highest"], rows[0]["claimants"]) == ("15", "49", "2")
    assert "Islamic State" in (rows[0]["claimedBy"] or "")


def test_region_follows_part_of_down_to_the_town(sample_engine: QueryEngine) -> None:
    """An engagement in Palmyra is found from the governorate and from the country, not from elsewhere."""
    for region in ("place/homs-governorate-85678367", "place/syria-85632413", "place/palmyra-421197935"):
        rows = run(sample_engine, "engagements-in-region", region=RES + region)
        assert {r["engagement"] for r in rows} == {RES + "engagement/00000000000000e1"}, region
    mahr = run(sample_engine, "engagements-in-region", region=RES + "place/local/mahr-gas-field")
    assert {r["engagement"] for r in mahr} == {RES + "engagement/00000000000000e2"}


def test_role_filter_and_unbound_optional_param(sample_engine: QueryEngine) -> None:
    """Without `role` every role shows; with it only that role does."""
    actor = RES + "actor/islamic-state"
    assert {r["actorRole"] for r in run(sample_engine, "engagements-of-actor", actor=actor)} == {"attacker"}
    assert run(sample_engine, "engagements-of-actor", actor=actor, role="target") == []
    russia = run(sample_engine, "engagements-of-actor", actor=RES + "actor/russia")
    assert [r["actorRole"] for r in russia] == ["supporter"]


def test_timeline_date_range(sample_engine: QueryEngine) -> None:
    """The engagement of 2016-12-09 is inside 2016, not 2017; the undated one comes last, and only without a range."""
    everything = run(sample_engine, "timeline")
    assert [(r["engagement"], r["dated"]) for r in everything] == [
        (RES + "engagement/00000000000000e1", "true"),
        (RES + "engagement/00000000000000e2", "false"),
    ]
    in_range = run(sample_engine, "timeline", **{"from": "2016-12-01", "to": "2016-12-31"})
    assert [r["engagement"] for r in in_range] == [RES + "engagement/00000000000000e1"]
    assert run(sample_engine, "timeline", **{"from": "2017-01-01"}) == []
    assert run(sample_engine, "timeline", to="2016-12-08") == []


def test_linked_and_unlinked_entities(sample_engine: QueryEngine) -> None:
    """Wikidata links list the linked ones with their QID; the curator's list has the others, most mentioned first."""
    links = {r["entity"]: r["qid"] for r in run(sample_engine, "wikidata-links")}
    assert links[RES + "actor/islamic-state"] == "Q2429253"
    assert RES + "actor/syrian-arab-army" not in links
    unlinked = run(sample_engine, "unlinked-entities")
    names = [r["entity"] for r in unlinked]
    assert RES + "actor/syrian-observatory-for-human-rights" in names
    assert RES + "actor/islamic-state" not in names
    status = {r["entity"]: r["gazetteerStatus"] for r in unlinked}
    assert status[RES + "place/local/mahr-gas-field"] == "not-in-gazetteer"
    counts = [int(r["mentionedIn"] or 0) for r in unlinked]
    assert counts == sorted(counts, reverse=True)
    places_only = run(sample_engine, "unlinked-entities", kind="place")
    assert {r["entityKind"] for r in places_only} == {"place"}


def test_who_fought_and_supported_whom(sample_engine: QueryEngine) -> None:
    """The attacker/target pair and the supporter/attacker pair of the sample engagement, counted once."""
    fought = run(sample_engine, "who-fought-whom")
    assert [(r["attackerLabel"], r["targetLabel"], r["engagements"]) for r in fought] == [
        ("Islamic State", "Syrian Arab Army", "1")
    ]
    assert run(sample_engine, "who-fought-whom", actor=RES + "actor/reuters") == []
    supported = run(sample_engine, "who-supported-whom")
    assert [(r["supporterLabel"], r["supportedLabel"]) for r in supported] == [("Russia", "Islamic State")]


def test_sources_of_an_actor_and_of_an_article(sample_engine: QueryEngine) -> None:
    """An actor's sources include claims about its engagements and its own claims; an article's, its claims."""
    rows = run(sample_engine, "sources-of", resource=RES + "actor/islamic-state")
    relations = {(r["claim"], r["relation"]) for r in rows}
    assert (RES + "claim/00000000000000c2", "claimed by it") in relations
    assert (RES + "claim/00000000000000c1", "about an engagement it is part of") in relations
    article = run(sample_engine, "sources-of", resource=RES + "article/test/a1")
    assert {r["claim"] for r in article} == {RES + "claim/00000000000000c1"}


def test_acled_table_uses_acled_columns_and_conventions(sample_engine: QueryEngine) -> None:
    """ACLED's column names; event types from the scheme; the most conservative toll; admin1 from the hierarchy."""
    query = QUERIES["acled-table"]
    result = sample_engine.execute(query.text)
    expected = [
        "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type", "actor1",
        "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "country", "admin1", "location",
        "latitude", "longitude", "source", "notes", "fatalities",
    ]  # fmt: skip
    assert list(result.variables[: len(expected)]) == expected
    rows = {r["engagement"]: r for r in rows_of(result)}
    assert set(rows) == {RES + "engagement/00000000000000e1", RES + "engagement/00000000000000e2"}
    row = rows[RES + "engagement/00000000000000e1"]
    assert (row["event_type"], row["sub_event_type"]) == ("Battles", "Armed clash")
    assert (row["actor1"], row["inter1"], row["actor2"], row["inter2"]) == (
        "Islamic State",
        "2",
        "Syrian Arab Army",
        "1",
    )
    assert row["assoc_actor_1"] == "Russia"
    assert (row["country"], row["admin1"], row["location"]) == ("Syria", "Homs Governorate", "Palmyra")
    assert (row["latitude"], row["longitude"]) == ("34.56077", "38.28055")
    assert (row["event_date"], row["year"], row["time_precision"], row["fatalities"]) == (
        "2016-12-09",
        "2016",
        "1",
        "15",
    )
    undated = rows[RES + "engagement/00000000000000e2"]
    assert (undated["event_type"], undated["sub_event_type"], undated["fatalities"]) == (
        "Strategic developments",
        "Other",
        "0",
    )
    ranged = rows_of(sample_engine.execute(query.text, bindings=query.bind({"from": "2016-01-01"})))
    assert [r["engagement"] for r in ranged] == [RES + "engagement/00000000000000e1"]


def test_engagement_graph_is_a_construct_with_claims_and_quotes(sample_engine: QueryEngine) -> None:
    """The CONSTRUCT gives the engagement, both claims and their evidence selectors."""
    query = QUERIES["engagement-graph"]
    result = sample_engine.execute(query.text, bindings=query.bind({"engagement": "res:engagement/00000000000000e1"}))
    subjects = {t.subject.value for t in result.triples}  # type: ignore[union-attr]
    assert {RES + "claim/00000000000000c1", RES + "claim/00000000000000c2"} <= subjects
    assert RES + "claim/00000000000000c1/evidence/position" in subjects


# --- the header parser and parameter binding, on texts made for the test -----------------------------------------

DEMO = """#+ title: Demo
#+ description: Things of a type, optionally after a day.
#+ tags: [demo]
#+ params:
#+   thing: {type: iri, required: true, example: "http://example.org/a"}
#+   after: {type: date, example: "2020-01-31"}
#+   size: {type: integer, default: "3", example: "4"}
#+   share: {type: decimal, example: "0.5"}
#+   colour: {type: string, enum: [red, green], example: red}
SELECT ?thing ?after ?size ?share ?colour WHERE { ?thing ?p ?o }
"""


@pytest.fixture()
def demo() -> SavedQuery:
    """A saved query made for these tests."""
    return parse_saved_query_text("demo", DEMO)


def test_bind_types_values_and_applies_defaults(demo: SavedQuery) -> None:
    """Each type becomes the right RDF term; a default fills in; an optional param without one stays unbound."""
    bound = demo.bind({"thing": "http://example.org/x", "after": "2021-02-03", "share": "0.25"})
    assert bound["thing"] == ox.NamedNode("http://example.org/x")
    assert bound["after"] == ox.Literal("2021-02-03", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date"))
    assert bound["size"] == ox.Literal("3", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
    assert bound["share"].datatype == ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal")  # type: ignore[union-attr]
    assert "colour" not in bound
    assert demo.bind({"thing": "res:actor/x"})["thing"] == ox.NamedNode(RES + "actor/x")


@pytest.mark.parametrize(
    ("values", "param", "reason"),
    [
        ({}, "thing", "required"),
        ({"thing": "not an iri"}, "thing", "absolute IRI"),
        ({"thing": "http://example.org/a>"}, "thing", "absolute IRI"),
        ({"thing": "http://example.org/a", "after": "2020-02-30"}, "after", "not a date"),
        ({"thing": "http://example.org/a", "after": "31/01/2020"}, "after", "not a date"),
        ({"thing": "http://example.org/a", "size": "3.5"}, "size", "not an integer"),
        ({"thing": "http://example.org/a", "share": "half"}, "share", "not a decimal"),
        ({"thing": "http://example.org/a", "colour": "blue"}, "colour", "not one of red, green"),
        ({"thing": "http://example.org/a", "colur": "red"}, "colur", "no such parameter"),
    ],
)
def test_bad_values_name_the_param(demo: SavedQuery, values: dict[str, str], param: str, reason: str) -> None:
    """A missing, unknown or badly typed value is a ParamError naming the parameter and saying why."""
    with pytest.raises(ParamError) as caught:
        demo.bind(values)
    assert caught.value.param == param
    assert reason in str(caught.value)


@pytest.mark.parametrize(
    ("header", "complaint"),
    [
        ("#+ description: no title\n", "needs a title"),
        ("#+ title: T\n", "needs a description"),
        ("#+ title: T\n#+ description: D\n#+ params:\n#+   x: {type: float}\n", "has type 'float'"),
        ("#+ title: T\n#+ description: D\n#+ params:\n#+   x: {type: integer, example: ten}\n", "not an integer"),
        ("#+ title: T\n#+ description: D\n#+ params:\n#+   format: {type: string}\n", "cannot be a parameter"),
        ("#+ title: [unclosed\n", "not valid YAML"),
    ],
)
def test_malformed_headers_are_named(header: str, complaint: str) -> None:
    """A broken header is a SavedQueryError naming the file and the problem."""
    with pytest.raises(SavedQueryError, match=re.escape(complaint)) as caught:
        parse_saved_query_text("broken", header + "SELECT * WHERE { ?s ?p ?o }", Path("queries/broken.rq"))
    assert "queries/broken.rq" in str(caught.value)


def test_a_value_never_becomes_query_text(sample_engine: QueryEngine) -> None:
    """A string that would break out of a literal in pasted text is bound as one literal and matches nothing."""
    query = QUERIES["articles"]
    hostile = '" } UNION { ?article ?p ?o } #'
    result = sample_engine.execute(query.text, bindings=query.bind({"corpus": hostile}))
    assert result.rows == ()
    assert len(rows_of(sample_engine.execute(query.text, bindings=query.bind({"corpus": "test"})))) == 2
