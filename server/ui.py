"""The query page at /: an editor preloaded with the saved queries, results in a table, download links."""

from __future__ import annotations

from flask import Blueprint, Flask, current_app, render_template, request

from server.saved import saved_queries

bp = Blueprint("ui", __name__)
DEFAULT_QUERY = """PREFIX kg: <https://w3id.org/conflict-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>

# Engagements with their type and place; pick a saved query above for more.
SELECT ?engagement ?label ?type ?place WHERE {
  ?engagement a kg:Engagement ;
              kg:engagementType ?type .
  OPTIONAL { ?engagement rdfs:label ?label }
  OPTIONAL { ?engagement kg:place/rdfs:label ?place }
}
LIMIT 100
"""


@bp.route("/")
def index() -> str:
    """The query page; `?saved=<name>` opens a saved query in the editor, `?query=` a query text."""
    queries = list(saved_queries().values())
    initial = request.args.get("saved", "")
    by_name = {q.name: q for q in queries}
    text = request.args.get("query") or (by_name[initial].text if initial in by_name else DEFAULT_QUERY)
    config = current_app.config
    return render_template(
        "index.html",
        queries=queries,
        queries_data=[
            {
                "name": q.name,
                "title": q.title,
                "description": q.description,
                "kind": q.kind,
                "sparql": q.text,
                "params": [p.as_dict() for p in q.params.values()],
            }
            for q in queries
        ],
        initial=initial if initial in by_name else "",
        default_query=text,
        base=config["BASE"],
        timeout=config["QUERY_TIMEOUT"],
        max_rows=config["MAX_ROWS"],
    )


def init_app(app: Flask) -> None:
    """Register the query page."""
    app.register_blueprint(bp)
