"""Read corpora into `Article`s: a folder of .txt files, a CSV with a column mapping, or JSON Lines.

A corpus may carry a `corpus.json` manifest (in the folder, or beside the CSV/JSONL file) naming it and giving
its attribution. Reading never guesses: metadata that is not given stays unknown.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import partial
from pathlib import Path

from graph.iris import slug
from loaders.model import Article

SIDECAR_FIELDS = ("title", "publisher", "date", "url")
# An absolute IRI with none of the characters RDF forbids in one (RFC 3987, as N-Triples and Turtle read it).
_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]+")


class CorpusError(Exception):
    """A problem with one input: names the place (file, row) and what is wrong."""

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"{where}: {problem}")
        self.where = where
        self.problem = problem


@dataclass(frozen=True)
class ColumnMap:
    """Which column of a CSV or key of a JSON object holds each field of an article."""

    identifier: str = "id"
    body: str = "text"
    title: str | None = "title"
    publisher: str | None = "publisher"
    date: str | None = "date"
    url: str | None = "url"
    date_format: str = "%Y-%m-%d"
    extra: tuple[str, ...] = ()


# FA-KES (Abu Salem et al., ICWSM 2019) as published: dates are month/day/year.
FAKES_COLUMNS = ColumnMap(
    identifier="unit_id",
    body="article_content",
    title="article_title",
    publisher="source",
    date="date",
    url=None,
    date_format="%m/%d/%Y",
    extra=("location", "labels"),
)
PRESETS: dict[str, ColumnMap] = {"fa-kes": FAKES_COLUMNS, "default": ColumnMap()}


@dataclass
class CorpusInfo:
    """What a corpus manifest says: its name and how to credit it."""

    name: str
    title: str = ""
    description: str = ""
    license: str = ""
    attribution: str = ""
    preset: str | None = None
    source: Path | None = None


@dataclass
class ReadReport:
    """Articles read and the inputs that could not be read."""

    articles: list[Article] = field(default_factory=list)
    errors: list[CorpusError] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)


def corpus_info(path: Path) -> CorpusInfo:
    """The manifest of the corpus at path (a folder or a file), or defaults named after it."""
    manifest = (path if path.is_dir() else path.parent) / "corpus.json"
    default_name = slug(path.name if path.is_dir() else path.stem)
    if not manifest.is_file():
        return CorpusInfo(name=default_name, source=path)
    data = _read_json(manifest)
    if not isinstance(data, dict):
        raise CorpusError(str(manifest), "a corpus manifest must be a JSON object")
    return CorpusInfo(
        name=slug(str(data.get("name") or default_name)),
        title=str(data.get("title", "")),
        description=str(data.get("description", "")),
        license=str(data.get("license", "")),
        attribution=str(data.get("attribution", "")),
        preset=data.get("preset"),
        source=path,
    )


def read_corpus(path: Path, *, keep_going: bool = False) -> tuple[CorpusInfo, ReadReport]:
    """Every article of the corpus at path; a bad input raises CorpusError unless keep_going collects it."""
    if not path.exists():
        raise CorpusError(str(path), "no such file or folder")
    info = corpus_info(path)
    report = ReadReport()
    for item in _items(path, info):
        try:
            article = item()
        except CorpusError as err:
            if not keep_going:
                raise
            report.errors.append(err)
            continue
        report.articles.append(article)
    report.articles = _dedupe(report.articles, report.notices)
    return info, report


def _dedupe(articles: list[Article], notices: list[str]) -> list[Article]:
    """Drop repeated records; give a record that reuses another's id with other text a numbered id.

    Published datasets repeat ids (FA-KES does); the numbered id keeps both texts and stays deterministic.
    """
    kept: dict[str, Article] = {}
    for article in articles:
        first = kept.get(article.identifier)
        if first is None:
            kept[article.identifier] = article
        elif first.body == article.body:
            notices.append(f"{article.source}: repeats {first.source} (same id, same text); skipped")
        else:
            number = 2
            while f"{article.identifier}.{number}" in kept:
                number += 1
            new_id = f"{article.identifier}.{number}"
            notices.append(
                f"{article.source}: id {article.identifier!r} is also used by {first.source} with other text; "
                f"read as {new_id!r}"
            )
            extra = (*article.extra, ("dataset_identifier", article.identifier))
            kept[new_id] = replace(article, identifier=new_id, extra=extra)
    return list(kept.values())


def _items(path: Path, info: CorpusInfo) -> Iterator[Callable[[], Article]]:
    """One deferred reader per article, so one bad article does not stop the others."""
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.suffix == ".txt" and p.is_file())
        if not files:
            raise CorpusError(str(path), "the folder holds no .txt articles")
        for txt in files:
            yield partial(read_text_article, txt, info.name)
    elif path.suffix == ".csv":
        yield from _csv_items(path, info)
    elif path.suffix in (".jsonl", ".ndjson"):
        yield from _jsonl_items(path, info)
    elif path.suffix == ".txt":
        yield partial(read_text_article, path, info.name)
    else:
        raise CorpusError(str(path), "unknown corpus format: give a folder of .txt files, a .csv or a .jsonl file")


def read_text_article(path: Path, corpus: str) -> Article:
    """One .txt article (title on the first line) with its optional .json sidecar."""
    body = decode_text(path.read_bytes(), str(path))
    meta = _sidecar(path.with_suffix(".json"))
    title = meta.get("title") or _first_line(body)
    return Article(
        corpus=corpus,
        identifier=path.stem,
        body=body,
        title=title,
        publisher=meta.get("publisher"),
        published=_parse_date(meta.get("date"), "%Y-%m-%d", f"{path.with_suffix('.json')}: field 'date'"),
        url=_parse_url(meta.get("url"), f"{path.with_suffix('.json')}: field 'url'"),
        source=str(path),
        extra=tuple(sorted((k, str(v)) for k, v in meta.items() if k not in SIDECAR_FIELDS)),
    )


def decode_text(data: bytes, where: str) -> str:
    """The text of an article file: UTF-8, not empty, not binary; exactly as read (line ends kept).

    >>> decode_text("Aleppo".encode(), "a.txt")
    'Aleppo'
    >>> decode_text(b"\\xff\\xfe", "a.txt")
    Traceback (most recent call last):
    loaders.corpus.CorpusError: a.txt: not UTF-8 text (invalid byte 0xff at byte offset 0)
    """
    if b"\x00" in data:
        raise CorpusError(where, "binary file (it contains NUL bytes), not an article")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise CorpusError(
            where, f"not UTF-8 text (invalid byte 0x{data[err.start]:02x} at byte offset {err.start})"
        ) from None
    if not text.strip():
        raise CorpusError(where, "empty article (no text)")
    return text


def _first_line(body: str) -> str | None:
    """The first non-blank line, which is the title by convention."""
    for line in body.splitlines():
        if line.strip():
            return line.strip()
    return None


def _sidecar(path: Path) -> dict[str, str]:
    """The metadata sidecar of an article, or nothing when there is none."""
    if not path.is_file():
        return {}
    data = _read_json(path)
    if not isinstance(data, dict):
        raise CorpusError(str(path), "a metadata sidecar must be a JSON object")
    for key in SIDECAR_FIELDS:
        if key in data and data[key] is not None and not isinstance(data[key], str):
            raise CorpusError(str(path), f"field {key!r} must be a string")
    return {k: v for k, v in data.items() if v is not None}


def _read_json(path: Path) -> object:
    """A JSON file, with the parser's line and column on error."""
    try:
        return json.loads(decode_text(path.read_bytes(), str(path)))
    except json.JSONDecodeError as err:
        raise CorpusError(str(path), f"not valid JSON: {err.msg} at line {err.lineno}, column {err.colno}") from None


# How people write the strptime formats of the corpora, for messages.
_DATE_FORMS = {"%Y-%m-%d": "YYYY-MM-DD", "%m/%d/%Y": "M/D/YYYY (month first)"}


def _parse_date(value: str | None, fmt: str, where: str) -> date | None:
    """A date in the given format, or None when not given.

    >>> _parse_date("4/5/2017", "%m/%d/%Y", "row 1")
    datetime.date(2017, 4, 5)
    """
    if value is None or not str(value).strip():
        return None
    try:
        return datetime.strptime(str(value).strip(), fmt).date()
    except ValueError:
        raise CorpusError(where, f"date {value!r} is not written {_DATE_FORMS.get(fmt, fmt)}") from None


def _parse_url(value: str | None, where: str) -> str | None:
    """An article's URL, which must be an absolute IRI, or None when not given.

    >>> _parse_url("https://example.org/a?b=1", "x")
    'https://example.org/a?b=1'
    """
    if value is None or not value.strip():
        return None
    if not _IRI.fullmatch(value.strip()):
        raise CorpusError(where, f"{value!r} is not an absolute URL (a scheme such as https: and no spaces)")
    return value.strip()


def _columns(info: CorpusInfo, header: list[str]) -> ColumnMap:
    """The column mapping: the manifest's preset, or FA-KES's when its columns are there, else the default."""
    if info.preset:
        if info.preset not in PRESETS:
            raise CorpusError(str(info.source), f"unknown preset {info.preset!r}; known: {', '.join(PRESETS)}")
        return PRESETS[info.preset]
    if {"unit_id", "article_content"} <= set(header):
        return FAKES_COLUMNS
    return PRESETS["default"]


def _csv_items(path: Path, info: CorpusInfo) -> Iterator[Callable[[], Article]]:
    """One reader per CSV row (the header is line 1)."""
    text = decode_text(path.read_bytes(), str(path))
    csv.field_size_limit(sys.maxsize)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    columns = _columns(info, list(reader.fieldnames or []))
    missing = [c for c in (columns.identifier, columns.body) if c not in (reader.fieldnames or [])]
    if missing:
        raise CorpusError(str(path), f"missing column(s) {', '.join(missing)}; the header has {reader.fieldnames}")
    for number, row in enumerate(reader, start=1):
        where = f"{path}#row={number}"
        yield partial(_record_article, row, columns, info.name, where, "column")


def _jsonl_items(path: Path, info: CorpusInfo) -> Iterator[Callable[[], Article]]:
    """One reader per JSON Lines record."""
    text = decode_text(path.read_bytes(), str(path))
    columns = PRESETS.get(info.preset or "default", ColumnMap())
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}#line={number}"
        yield partial(_json_record, line, columns, info.name, where)


def _json_record(line: str, columns: ColumnMap, corpus: str, where: str) -> Article:
    """One JSON Lines record as an article."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        raise CorpusError(where, f"not valid JSON: {err.msg} at character {err.colno} of the line") from None
    if not isinstance(record, dict):
        raise CorpusError(where, "a record must be a JSON object")
    absent = [key for key in (columns.identifier, columns.body) if key and key not in record]
    if absent:  # a misnamed key ("body" for "text") is told apart from an empty value
        raise CorpusError(where, f"no key {' or '.join(map(repr, absent))}; the record has keys {sorted(record)}")
    values = {k: "" if v is None else str(v) for k, v in record.items()}
    return _record_article(values, columns, corpus, where, "key")


def _record_article(row: Mapping[str, str | None], columns: ColumnMap, corpus: str, where: str, kind: str) -> Article:
    """A CSV row or JSON record as an article, under the column mapping; `kind` names a field ("column" or "key")."""

    def get(column: str | None) -> str | None:
        value = row.get(column) if column else None
        return value.strip() if value and value.strip() else None

    identifier = get(columns.identifier)
    if identifier is None:
        raise CorpusError(where, f"no identifier ({kind} {columns.identifier!r} is empty)")
    body = row.get(columns.body) or ""
    if "\x00" in body:
        raise CorpusError(where, f"{kind} {columns.body!r} holds binary data")
    if not body.strip():
        raise CorpusError(where, f"empty article ({kind} {columns.body!r} is empty)")
    return Article(
        corpus=corpus,
        identifier=identifier,
        body=body,
        title=get(columns.title),
        publisher=get(columns.publisher),
        published=_parse_date(get(columns.date), columns.date_format, f"{where}: {kind} {columns.date!r}"),
        url=_parse_url(get(columns.url), f"{where}: {kind} {columns.url!r}"),
        source=where,
        extra=tuple((c, v) for c in columns.extra if (v := get(c)) is not None),
    )
