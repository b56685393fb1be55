"""`--store memory`: the build's kg.nq loaded into an in-memory Oxigraph store by each query worker."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from graph import cli
from graph.store import StoreMissing
from server import create_app
from server.engine import QueryEngine, close_engine, get_engine

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


@pytest.fixture(scope="module")
def nq_only(sample_build: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the sample build without its on-disk store: only the dumps (kg.nq) and the manifest."""
    folder = tmp_path_factory.mktemp("memory") / "build"
    shutil.copytree(sample_build, folder, ignore=shutil.ignore_patterns("store"))
    assert not (folder / "store").exists() and (folder / "kg.nq").is_file()
    return folder


def test_memory_answers_as_the_disk_store(sample_build: Path, nq_only: Path) -> None:
    """The same query gives the same rows from kg.nq in memory as from the build's store on disk."""
    disk = QueryEngine(sample_build / "store", workers=1)
    memory = QueryEngine(nq_only / "kg.nq", workers=1)
    try:
        query = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"
        assert memory.execute(query).rows == disk.execute(query).rows
        assert int(memory.execute(COUNT).rows[0][0].value) > 0  # type: ignore[union-attr]
    finally:
        disk.close()
        memory.close()


def test_the_app_serves_pages_from_memory(nq_only: Path) -> None:
    """STORE memory: the app needs no BUILD_DIR/store; saved queries and resource pages answer."""
    app = create_app({"BUILD_DIR": str(nq_only), "STORE": "memory", "QUERY_WORKERS": 1, "TESTING": True})
    try:
        client = app.test_client()
        saved = client.get("/queries/engagement-types?format=json")
        assert saved.status_code == 200 and saved.get_json()["results"]["bindings"]
        rows = get_engine(app).execute("SELECT ?e WHERE { ?e a <https://w3id.org/conflict-kg/ontology#Engagement> }")
        engagement = rows.rows[0][0].value  # type: ignore[union-attr]
        page = client.get("/resource/" + engagement.removeprefix(app.config["BASE"]), headers={"Accept": "text/html"})
        assert page.status_code == 200
    finally:
        close_engine(app)


def test_memory_without_kg_nq_is_a_clear_error(tmp_path: Path) -> None:
    """No kg.nq: StoreMissing naming the file, as for a missing store."""
    with pytest.raises(StoreMissing, match=r"kg\.nq"):
        QueryEngine(tmp_path / "kg.nq", workers=1)


def test_kg_serve_rejects_an_unknown_store(nq_only: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`kg serve --store` takes disk, memory or sparql:URL; anything else is exit 2 saying so."""
    assert cli.main(["serve", "--build-dir", str(nq_only), "--store", "ram"]) == 2
    err = capsys.readouterr().err
    assert "--store 'ram'" in err and "memory" in err and "Traceback" not in err
    assert cli.main(["serve", "--store", "sparql:localhost:8890"]) == 2
    assert "sparql:http://HOST:PORT/PATH" in capsys.readouterr().err
