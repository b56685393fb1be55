"""What the endpoint says about itself: the SPARQL Service Description (bare GET /sparql) and /.well-known/void."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
from flask import Blueprint, Flask, Response, current_app, request

from graph.iris import digest
from graph.namespaces import KG, prefixes_for
from server import conneg
from server.engine import QueryResult, get_engine

bp = Blueprint("description", __name__)
SD = "http://www.w3.org/ns/sparql-service-description#"
VOID = "http://rdfs.org/ns/void#"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
RDFS_COMMENT = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#comment")
XSD = "http://www.w3.org/2001/XMLSchema#"
DUMP_SUFFIXES = (".ttl", ".nt", ".nq", ".ttl.gz", ".nt.gz", ".nq.gz")
_GRAPHS_KEY = "conflict_kg.named_graphs"
_VOID_KEY = "conflict_kg.void"


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def _int(value: int) -> ox.Literal:
    return ox.Literal(str(value), datatype=_n(XSD + "integer"))


def named_graphs(app: Flask) -> list[str]:
    """The named graphs of the store, asked once and kept on the app."""
    if _GRAPHS_KEY not in app.extensions:
        result = get_engine(app).execute("SELECT DISTINCT ?g WHERE { GRAPH ?g { } } ORDER BY ?g")
        app.extensions[_GRAPHS_KEY] = [row[0].value for row in result.rows if isinstance(row[0], ox.NamedNode)]
    graphs: list[str] = app.extensions[_GRAPHS_KEY]
    return graphs


def service_description(app: Flask, endpoint: str) -> list[ox.Triple]:
    """sd:Service triples for the endpoint at the given absolute URL."""
    service = ox.BlankNode("service")
    dataset, default_graph = ox.BlankNode("dataset"), ox.BlankNode("defaultGraph")
    config = app.config
    triples = [
        ox.Triple(service, RDF_TYPE, _n(SD + "Service")),
        ox.Triple(service, _n(SD + "endpoint"), _n(endpoint)),
        ox.Triple(service, _n(SD + "supportedLanguage"), _n(SD + "SPARQL11Query")),
        ox.Triple(service, _n(SD + "feature"), _n(SD + "UnionDefaultGraph")),
        ox.Triple(service, _n(SD + "defaultDataset"), dataset),
        ox.Triple(
            service,
            _n(f"{KG}queryTimeout"),
            ox.Literal(str(float(config["QUERY_TIMEOUT"])), datatype=_n(XSD + "decimal")),
        ),
        ox.Triple(service, _n(f"{KG}maxResultRows"), _int(int(config["MAX_ROWS"]))),
        ox.Triple(
            service,
            RDFS_COMMENT,
            ox.Literal(
                f"Read-only. A query runs for at most {config['QUERY_TIMEOUT']:g} s (kg:queryTimeout; the `timeout` "
                f"parameter may lower it) and returns at most {config['MAX_ROWS']} rows or triples (kg:maxResultRows); "
                "a cut result carries the header X-Result-Truncated: true. The default graph is the union of the "
                "named graphs. SERVICE calls are refused unless allow-listed.",
                language="en",
            ),
        ),
        ox.Triple(dataset, RDF_TYPE, _n(SD + "Dataset")),
        ox.Triple(dataset, _n(SD + "defaultGraph"), default_graph),
        ox.Triple(default_graph, RDF_TYPE, _n(SD + "Graph")),
    ]
    for fmt in (*conneg.RESULT_FORMATS, *conneg.GRAPH_FORMATS):
        triples.append(ox.Triple(service, _n(SD + "resultFormat"), _n(fmt.w3c_iri)))
    if config["SERVICE_ALLOWLIST"]:
        triples.append(ox.Triple(service, _n(SD + "feature"), _n(SD + "BasicFederatedQuery")))
    for i, name in enumerate(named_graphs(app)):
        node = ox.BlankNode(f"graph{i}")
        triples += [
            ox.Triple(dataset, _n(SD + "namedGraph"), node),
            ox.Triple(node, RDF_TYPE, _n(SD + "NamedGraph")),
            ox.Triple(node, _n(SD + "name"), _n(name)),
        ]
    return triples


def void_description(app: Flask, root_url: str) -> list[ox.Triple]:
    """VoID of the dataset: counts and partitions (cached), plus the endpoint and dump URLs of this server."""
    if _VOID_KEY not in app.extensions:
        app.extensions[_VOID_KEY] = _void_counts(app)
    dataset = _n(app.config["BASE"] + "dataset")
    triples = list(app.extensions[_VOID_KEY])
    triples.append(ox.Triple(dataset, _n(VOID + "sparqlEndpoint"), _n(root_url + "sparql")))
    for name in _dump_names(Path(app.config["BUILD_DIR"])):
        triples.append(ox.Triple(dataset, _n(VOID + "dataDump"), _n(f"{root_url}dumps/{name}")))
    return triples


def _void_counts(app: Flask) -> list[ox.Triple]:
    """The build's void.ttl when there is one, else counts and partitions computed by queries."""
    void_file = Path(app.config["BUILD_DIR"]) / "void.ttl"
    if void_file.is_file():
        return [q.triple for q in ox.parse(path=str(void_file), format=ox.RdfFormat.TURTLE)]
    engine, dataset = get_engine(app), _n(app.config["BASE"] + "dataset")
    triples = [ox.Triple(dataset, RDF_TYPE, _n(VOID + "Dataset"))]
    total = engine.execute("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows[0][0]
    triples.append(ox.Triple(dataset, _n(VOID + "triples"), _int(_count(total))))
    classes = engine.execute("SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c ORDER BY ?c")
    properties = engine.execute("SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p ORDER BY ?p")
    for kind, result, key, count in (
        ("class", classes, "class", "entities"),
        ("property", properties, "property", "triples"),
    ):
        triples += _partitions(dataset, kind, result, key, count)
    return triples


def _partitions(dataset: ox.NamedNode, kind: str, result: QueryResult, key: str, count: str) -> list[ox.Triple]:
    """void:classPartition or void:propertyPartition nodes, one per row of (term, count)."""
    triples = []
    for term, n in result.rows:
        if not isinstance(term, ox.NamedNode):
            continue
        part = _n(f"{dataset.value}/{kind}/{digest(term.value)}")
        triples += [
            ox.Triple(dataset, _n(f"{VOID}{kind}Partition"), part),
            ox.Triple(part, _n(VOID + key), term),
            ox.Triple(part, _n(VOID + count), _int(_count(n))),
        ]
    return triples


def _count(term: object) -> int:
    """The integer a COUNT returned (0 for anything else)."""
    return int(term.value) if isinstance(term, ox.Literal) else 0


def _dump_names(build_dir: Path) -> list[str]:
    """The RDF dump files of the build, from its manifest when there is one."""
    manifest = build_dir / "manifest.json"
    if manifest.is_file():
        files = json.loads(manifest.read_text(encoding="utf-8")).get("files", [])
        names = [f["name"] for f in files if isinstance(f, dict) and "name" in f]
    else:
        names = sorted(p.name for p in build_dir.glob("*") if p.is_file())
    return [n for n in names if n.endswith(DUMP_SUFFIXES)]


def rdf_response(triples: list[ox.Triple]) -> Response:
    """The triples in the negotiated RDF format (Turtle by default)."""
    fmt = conneg.negotiate("graph", request.headers.get("Accept"), request.args.get("format"))
    body = conneg.render(QueryResult("graph", triples=tuple(triples)), fmt, _prefixes())
    response = Response(body, content_type=fmt.content_type)
    response.headers["Vary"] = "Accept"
    return response


def _prefixes() -> dict[str, str]:
    return {**prefixes_for(current_app.config["BASE"]), "sd": SD, "void": VOID}


def service_description_response() -> Response:
    """The service description of the endpoint this request reached."""
    endpoint = request.base_url
    return rdf_response(service_description(current_app, endpoint))


@bp.route("/.well-known/void")
def well_known_void() -> Response:
    """VoID description of the dataset behind this endpoint."""
    return rdf_response(void_description(current_app, request.url_root))


def init_app(app: Flask) -> None:
    """Register /.well-known/void."""
    app.register_blueprint(bp)
