"""Shared fixtures."""

from __future__ import annotations

import gc
import importlib.util
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest
from flask import Flask
from flask.testing import FlaskClient

from loaders.gazetteer import Gazetteer

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def root() -> Path:
    """The repository root."""
    return ROOT


@pytest.fixture(scope="session")
def load_script() -> Callable[[str], ModuleType]:
    """A loader of scripts/<name>.py as a module (a script, not a package), loaded anew at each call."""

    def load(name: str) -> ModuleType:
        spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module

    return load


@pytest.fixture(scope="module", autouse=True)
def _free_cycles_on_the_main_thread() -> Iterator[None]:
    """Free each test file's cyclic garbage on the main thread when the file is done.

    pyoxigraph's query results (QuerySolutions, QueryTriples, store iterators) must be freed on the thread that
    made them. One left in a reference cycle (a frame kept by an error's traceback) is freed by whichever thread
    next triggers a full collection, which in a later file may be a query worker's starter or a waitress thread:
    the error then fails an unrelated test. Collecting here, once a file (not a test: a full collection costs about
    0.1 s), keeps one file's leftovers from another's threads; a result made in a server thread and left in a cycle
    still errs, on the file that made it.
    """
    yield
    gc.collect()


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    """The project's gazetteer (data/reference), loaded once for the test files that do not load their own."""
    return Gazetteer.load()


# --- SPARQL endpoint: a small build made for the tests, one app and one live server per session ---------------


@pytest.fixture(scope="session")
def sparql_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A build directory whose store holds the small test graphs of tests/server_fixtures.py."""
    from server_fixtures import make_build

    return make_build(tmp_path_factory.mktemp("sparql-build"))


@pytest.fixture(scope="session")
def sparql_app(sparql_build: Path) -> Iterator[Flask]:
    """The application over the test build, with small limits so truncation shows."""
    from server import create_app
    from server.engine import close_engine

    app = create_app({"BUILD_DIR": str(sparql_build), "MAX_ROWS": 5, "QUERY_TIMEOUT": 5.0, "TESTING": True})
    yield app
    close_engine(app)


@pytest.fixture()
def sparql_client(sparql_app: Flask) -> FlaskClient:
    """A Flask test client of the endpoint app."""
    return sparql_app.test_client()


@pytest.fixture(scope="session")
def sparql_url(sparql_app: Flask) -> Iterator[str]:
    """The base URL of a real waitress server on a free loopback port serving the endpoint app."""
    from server_fixtures import live_server

    with live_server(sparql_app) as url:
        yield url


# --- The real build of the seed articles, made once per session -------------------------------------------------


@pytest.fixture(scope="session")
def built_seeds(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A build directory of the five seed articles, made by the real pipeline with a fixed build date."""
    from datetime import date

    from graph.build import BuildOptions, build
    from graph.paths import ARTICLES_DIR

    out = tmp_path_factory.mktemp("seeds") / "build"
    build(BuildOptions(corpora=[ARTICLES_DIR], out=out, build_date=date(2026, 1, 1)))
    return out


# --- The small hand-written sample build of tests/sample_store.py, for the pages and saved-query HTTP tests ---------


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A build folder (store, dumps, manifest.json) of the sample graph, whose right answers are known."""
    from sample_store import make_build

    return make_build(tmp_path_factory.mktemp("sample") / "build")


@pytest.fixture(scope="session")
def sample_app(sample_build: Path) -> Iterator[Flask]:
    """The application over the sample build."""
    from server import create_app
    from server.engine import close_engine

    app = create_app({"BUILD_DIR": str(sample_build), "QUERY_WORKERS": 1, "TESTING": True})
    yield app
    close_engine(app)


@pytest.fixture()
def sample_client(sample_app: Flask) -> FlaskClient:
    """A Flask test client of the sample application."""
    return sample_app.test_client()
