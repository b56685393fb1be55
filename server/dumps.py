"""The build's dump files: listed at /dumps with size, checksum and date; served at /dumps/<file> with an ETag."""

from __future__ import annotations

import hashlib
import json
import threading
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from flask import Blueprint, Flask, Response, current_app, render_template, request, send_file, url_for

from server.errors import ApiError
from server.webpage import wants_html

bp = Blueprint("dumps", __name__)
# What a build folder holds that is worth downloading, by suffix; the store folder and staging files are not.
MEDIA_TYPES = {
    ".ttl": ("text/turtle", "Turtle"),
    ".nt": ("application/n-triples", "N-Triples"),
    ".nq": ("application/n-quads", "N-Quads"),
    ".jsonld": ("application/ld+json", "JSON-LD"),
    ".rdf": ("application/rdf+xml", "RDF/XML"),
    ".gz": ("application/gzip", "gzip"),
    ".txt": ("text/plain", "text"),
    ".json": ("application/json", "JSON"),
}
_CACHE_KEY = "conflict_kg.dump_checksums"
_lock = threading.Lock()


@dataclass(frozen=True)
class Dump:
    """One downloadable file of the build."""

    name: str
    format: str
    media_type: str
    size: int
    sha256: str
    description: str
    modified: str  # ISO 8601, UTC


def list_dumps(app: Flask) -> tuple[list[Dump], str | None]:
    """The build's files (those of manifest.json first) and its build date, checksums cached per file version."""
    folder = Path(app.config["BUILD_DIR"])
    if not folder.is_dir():  # serving a remote store (--store sparql:URL) without a local build
        raise ApiError(404, "not_found", f"no build folder {folder} on this server, so no dumps to download")
    manifest = _manifest(folder)
    described = {f["name"]: f for f in manifest.get("files", []) if isinstance(f, dict) and "name" in f}
    names = [n for n in described if (folder / n).is_file()]
    extra = (
        sorted(p.name for p in folder.glob("*") if p.is_file() and _kind(p.name) and p.name not in described)
        if folder.is_dir()
        else []
    )
    dumps = []
    for name in names + extra:
        path = folder / name
        stat = path.stat()
        entry = described.get(name, {})
        media_type, fmt = _kind(name) or ("application/octet-stream", "file")
        if entry.get("size") == stat.st_size and entry.get("sha256"):
            sha256 = str(entry["sha256"])
        else:
            sha256 = _checksum(app, path, stat.st_size, stat.st_mtime_ns)
        if name.endswith(".gz"):
            inner = _kind(name[:-3])
            fmt = f"{inner[1]}, gzip-compressed" if inner else "gzip"
        modified = datetime.fromtimestamp(stat.st_mtime, UTC).isoformat(timespec="seconds")
        dumps.append(
            Dump(name, fmt, media_type, stat.st_size, sha256, str(entry.get("description", _describe(name))), modified)
        )
    build_date = manifest.get("build_date")
    return dumps, str(build_date) if build_date else None


@bp.route("/dumps")
def index() -> Response | str:
    """Every dump file: HTML for people, JSON (Accept or ?format=json) for programs."""
    dumps, build_date = list_dumps(current_app._get_current_object())  # type: ignore[attr-defined]
    fmt = request.args.get("format")
    if fmt and fmt not in ("json", "html", "application/json", "text/html"):
        raise ApiError(400, "bad_request", f"`format` must be html or json for the list of dumps, not {fmt!r}")
    if wants_html(request.headers.get("Accept"), fmt):
        return render_template("dumps.html", dumps=dumps, build_date=build_date)
    body: dict[str, Any] = {
        "build_date": build_date,
        "files": [{**asdict(d), "url": url_for("dumps.download", name=d.name, _external=True)} for d in dumps],
    }
    response = Response(json.dumps(body, indent=2), content_type="application/json; charset=utf-8")
    response.headers["Vary"] = "Accept"
    return response


@bp.route("/dumps/<name>")
def download(name: str) -> Response:
    """One dump file, with its SHA-256 as ETag; 304 when the client has it, 404 for anything not listed."""
    dumps, _ = list_dumps(current_app._get_current_object())  # type: ignore[attr-defined]
    found = next((d for d in dumps if d.name == name), None)
    if found is None:
        raise ApiError(404, "not_found", f"no dump named {name!r}; the list is at {url_for('dumps.index')}")
    path = Path(current_app.config["BUILD_DIR"]).resolve() / found.name
    response = send_file(
        path,
        mimetype=found.media_type,
        as_attachment=False,
        download_name=found.name,
        conditional=True,
        etag=found.sha256,
        max_age=0,
    )
    response.headers["Digest"] = f"sha-256={found.sha256}"
    return response


def _manifest(folder: Path) -> dict[str, Any]:
    """The build's manifest.json, or an empty mapping when there is none (or it cannot be read)."""
    try:
        data = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _kind(name: str) -> tuple[str, str] | None:
    """Media type and format name of a dump file name, or None when it is not a dump.

    >>> _kind("kg.ttl.gz"), _kind("notes.md")
    (('application/gzip', 'gzip'), None)
    """
    if name.startswith("."):
        return None
    return next((v for suffix, v in MEDIA_TYPES.items() if name.endswith(suffix)), None)


def _describe(name: str) -> str:
    """A description for a file the manifest does not describe."""
    known = {
        "void.ttl": "VoID and DCAT description of the dataset: counts, distributions, checksums",
        "validation.txt": "the SHACL validation report of the build",
        "validation.ttl": "the SHACL validation report of the build, as RDF",
        "manifest.json": "what the build read and wrote: corpora, counts, files, build date",
    }
    return known.get(name, "")


def _checksum(app: Flask, path: Path, size: int, mtime_ns: int) -> str:
    """SHA-256 of a file, computed once per (path, size, mtime) and kept on the app."""
    key = (str(path), size, mtime_ns)
    with _lock:
        cache: dict[tuple[str, int, int], str] = app.extensions.setdefault(_CACHE_KEY, {})
        if key in cache:
            return cache[key]
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    with _lock:
        cache[key] = digest.hexdigest()
    return cache[key]


def init_app(app: Flask) -> None:
    """Register the dump routes."""
    app.register_blueprint(bp)
