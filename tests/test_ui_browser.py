"""The query page: served with local assets only, and driven in a real headless Chromium (marker `browser`)."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from sample_store import make_build
from server_fixtures import live_server

from server import create_app
from server.engine import close_engine

CHROMIUM = Path(os.environ.get("KG_CHROMIUM", "/usr/bin/chromium"))
LAUNCH_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOT_DIR = Path(os.environ.get("KG_SCREENSHOT_DIR", "/tmp"))


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    """The application over the sample build."""
    build = make_build(tmp_path_factory.mktemp("ui"))
    app = create_app({"BUILD_DIR": str(build), "QUERY_WORKERS": 1, "TESTING": True})
    yield app
    close_engine(app)


def test_page_lists_saved_queries_and_loads_only_local_assets(app: Flask) -> None:
    """Every saved query is in the select box; scripts and styles come from this server, never a CDN."""
    from server.saved import saved_queries

    text = app.test_client().get("/").get_data(as_text=True)
    for name in saved_queries(app):
        assert f'<option value="{name}"' in text
    assets = [a for a in re.findall(r'<(?:script|link)[^>]+(?:src|href)="([^"]+)"', text) if a != "data:,"]
    assert assets and all(a.startswith("/static/") for a in assets), assets
    for asset in assets:
        response = app.test_client().get(asset)
        response.close()  # a static file is sent from an open file
        assert response.status_code == 200
    opened = app.test_client().get("/?saved=timeline").get_data(as_text=True)
    assert '<option value="timeline" selected>' in opened


def test_page_escapes_a_query_given_in_the_url_and_forbids_foreign_scripts(app: Flask) -> None:
    """A query text that closes the editor and opens a script stays text; the page allows only its own scripts."""
    response = app.test_client().get("/?query=%3C/textarea%3E%3Cscript%3Ealert(1)%3C/script%3E")
    text = response.get_data(as_text=True)
    assert "<script>alert(1)" not in text
    assert "&lt;/textarea&gt;&lt;script&gt;alert(1)" in text
    policy = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "default-src 'self'" in policy


@pytest.mark.browser
def test_run_a_saved_query_and_follow_an_iri(app: Flask) -> None:
    """Pick a saved query, run it, see rows, follow an IRI of the results to its page; errors are shown."""
    if not CHROMIUM.exists():
        pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium; CI installs it)")
    playwright_api = pytest.importorskip("playwright.sync_api")
    with live_server(app) as url, playwright_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            problems: list[str] = []  # script errors and blocked resources (a CSP violation is a console error)
            page.on("pageerror", lambda err: problems.append(str(err)))
            page.on("console", lambda msg: problems.append(msg.text) if msg.type == "error" else None)
            page.goto(url + "/")
            page.select_option("#examples", "engagements-of-actor")
            assert "SELECT ?engagement" in page.input_value("#query")
            assert page.input_value("input[data-param=actor]").endswith("actor/islamic-state")
            page.click("#run")
            page.wait_for_selector("#results tbody tr")
            assert page.locator("#results tbody tr").count() == 1
            assert "Armed clash near Palmyra" in page.inner_text("#results")
            assert page.get_attribute("#downloads a[data-format=csv]", "href").startswith(
                "/queries/engagements-of-actor?"
            )
            page.screenshot(path=str(SCREENSHOT_DIR / "conflict-kg-query-page.png"), full_page=True)

            page.click("#results a[href^='/resource/engagement/']")
            page.wait_for_url(re.compile(r".*/resource/engagement/00000000000000e1$"))
            assert page.inner_text("h1") == "Armed clash near Palmyra"
            assert page.locator(".claim mark").count() == 2
            page.screenshot(path=str(SCREENSHOT_DIR / "conflict-kg-resource-page.png"), full_page=True)

            assert problems == []

            page.go_back()
            page.fill("#query", "SELECT * WHERE { ?s ?p }")
            page.click("#run")
            page.wait_for_selector("#error:not([hidden])")
            assert "bad_request" in page.inner_text("#error")
        finally:
            browser.close()
