"""Dumps over HTTP: the list with sizes and checksums, downloads with ETag and 304, nothing outside the list."""

from __future__ import annotations

import gzip
import hashlib
import json
import shutil
from pathlib import Path

import pytest
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from server import create_app


def fetch(sample_client: FlaskClient, path: str, headers: dict[str, str] | None = None) -> tuple[TestResponse, bytes]:
    """A response and its body, the file behind it closed."""
    response = sample_client.get(path, headers=headers or {})
    body = response.get_data()
    response.close()
    return response, body


def sha256(path: Path) -> str:
    """The SHA-256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_json_list_has_every_dump_with_true_size_and_checksum(sample_client: FlaskClient, sample_build: Path) -> None:
    """Every file of the manifest is listed, with its real size and SHA-256, and the build date."""
    listing = sample_client.get("/dumps?format=json").get_json()
    manifest = json.loads((sample_build / "manifest.json").read_text())
    assert listing["build_date"] == manifest["build_date"]
    files = {f["name"]: f for f in listing["files"]}
    assert {f["name"] for f in manifest["files"]} <= set(files)
    for name, entry in files.items():
        assert entry["size"] == (sample_build / name).stat().st_size
        assert entry["sha256"] == sha256(sample_build / name)
        assert entry["url"].endswith(f"/dumps/{name}")
    assert files["kg.ttl.gz"]["media_type"] == "application/gzip"
    assert files["kg.ttl"]["format"] == "Turtle"
    assert "store" not in files


def test_html_list(sample_client: FlaskClient) -> None:
    """The HTML list links each file and shows its checksum and the build date."""
    text = sample_client.get("/dumps", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert "2026-11-21" in text
    for entry in sample_client.get("/dumps?format=json").get_json()["files"]:
        assert f'href="/dumps/{entry["name"]}"' in text
        assert entry["sha256"] in text


@pytest.mark.parametrize(
    ("name", "mimetype"),
    [("kg.ttl", "text/turtle"), ("kg.ttl.gz", "application/gzip"), ("kg.nq", "application/n-quads")],
)
def test_download_has_etag_length_date_and_type(
    sample_client: FlaskClient, sample_build: Path, name: str, mimetype: str
) -> None:
    """The bytes of the file, ETag its SHA-256, Content-Length, Last-Modified, and the right media type."""
    response, body = fetch(sample_client, f"/dumps/{name}")
    assert response.status_code == 200
    assert body == (sample_build / name).read_bytes()
    assert response.mimetype == mimetype
    assert response.headers["ETag"].strip('"') == sha256(sample_build / name)
    assert int(response.headers["Content-Length"]) == (sample_build / name).stat().st_size
    assert response.headers["Last-Modified"]
    if name.endswith(".gz"):
        assert gzip.decompress(body) == (sample_build / name[:-3]).read_bytes()


def test_if_none_match_gives_304(sample_client: FlaskClient, sample_build: Path) -> None:
    """A client holding the current version gets 304 and no body; a stale ETag gets the file."""
    etag = fetch(sample_client, "/dumps/kg.nt")[0].headers["ETag"]
    fresh, body = fetch(sample_client, "/dumps/kg.nt", {"If-None-Match": etag})
    assert fresh.status_code == 304 and body == b""
    stale, body = fetch(sample_client, "/dumps/kg.nt", {"If-None-Match": '"0000"'})
    assert stale.status_code == 200 and body == (sample_build / "kg.nt").read_bytes()


@pytest.mark.parametrize(
    "path",
    [
        "/dumps/nothing.ttl",
        "/dumps/store",
        "/dumps/..%2Fmanifest.json",
        "/dumps/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
        "/dumps/../dumps/secret",
        "/dumps/.hidden.ttl",
    ],
)
def test_anything_not_listed_is_404(sample_client: FlaskClient, sample_build: Path, path: str) -> None:
    """No path traversal, no store files, no hidden files: 404 in the error shape."""
    (sample_build / ".hidden.ttl").write_text("# not a dump\n")
    (sample_build.parent / "secret").write_text("outside the build\n")
    response = sample_client.get(path)
    assert response.status_code == 404
    assert response.get_json()["error"] == "not_found"


def test_without_manifest_checksums_are_computed(tmp_path: Path, sample_build: Path) -> None:
    """A build with no manifest.json still lists its dump files, with computed checksums and no date."""
    bare = tmp_path / "bare"
    bare.mkdir()
    for name in ("kg.ttl", "kg.nt"):
        shutil.copy(sample_build / name, bare / name)
    app = create_app({"BUILD_DIR": str(bare), "TESTING": True})
    listing = app.test_client().get("/dumps", headers={"Accept": "application/json"}).get_json()
    assert listing["build_date"] is None
    assert {f["name"]: f["sha256"] for f in listing["files"]} == {
        "kg.nt": sha256(bare / "kg.nt"),
        "kg.ttl": sha256(bare / "kg.ttl"),
    }
