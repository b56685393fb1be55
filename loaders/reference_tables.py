"""The reference tables of data/reference/ read into entities: places (Who's On First and curated) and actors.

Every malformed cell is a `GazetteerError` naming the file and the line; nothing here matches text.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from graph.iris import slug

PLACE_CLASSES = {
    "country": "Country",
    "region": "Governorate",
    "county": "District",
    "locality": "Settlement",
    "neighbourhood": "Settlement",
    "campus": "Facility",
}
ACTOR_CLASSES = frozenset(
    {
        "State",
        "StateForce",
        "NonStateArmedGroup",
        "Person",
        "Organisation",
        "Monitor",
        "MediaOutlet",
        "Ministry",
        "International",
    }
)
PLACE_EXTRA_CLASSES = frozenset({"Country", "Governorate", "District", "Settlement", "Facility", "NaturalRegion"})
CATEGORIES = frozenset(
    {
        "state-forces",
        "rebel-groups",
        "political-militias",
        "identity-militias",
        "civilians",
        "external-forces",
        "media",
        "monitors",
        "governments-and-officials",
        "international-organisations",
    }
)
QID = re.compile(r"Q[1-9][0-9]*")


class GazetteerError(ValueError):
    """A reference table is missing or malformed; the message names the file and the row."""


@dataclass(frozen=True)
class Entity:
    """A place or actor of the reference tables."""

    key: str  # resource path: "actor/islamic-state", "place/palmyra-<wofid>", "place/euphrates"
    kind: str  # "actor" | "place"
    label: str
    cls: str  # ontology class local name ("NonStateArmedGroup", "Settlement", "Governorate", ...)
    aliases: tuple[str, ...] = ()
    qid: str | None = None  # verified Wikidata QID "Q2429253"
    qid_confidence: str | None = None  # "verified" | "weak"
    parent: str | None = None  # places: key of the enclosing place
    lat: float | None = None
    lon: float | None = None
    population: int | None = None
    wof_id: str | None = None
    category: str | None = None  # actors: actor-category concept local name
    metonyms: tuple[str, ...] = ()  # actors: names that stand for the actor only in context ("Damascus asked")
    notable: bool = False  # places: curated as well known (matched like a town with a QID)


def read_tables(directory: Path) -> tuple[list[Entity], list[str]]:
    """The entities of a reference directory (places with parents resolved to keys, extra places, actors)
    and its stoplist."""
    if not directory.is_dir():
        raise GazetteerError(f"reference directory {directory} does not exist")
    places = _read_places(directory / "places.csv")
    by_wof = {e.wof_id: e.key for e in places if e.wof_id}
    extras = _read_extra_places(directory / "places-extra.csv", by_wof)
    actors = _read_actors(directory / "actors.csv")
    stoplist_path = directory / "stoplist.txt"
    stoplist = []
    if stoplist_path.is_file():
        stoplist = [
            line.strip()
            for line in stoplist_path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")
        ]
    resolved = [_with_parent(e, by_wof, directory / "places.csv") for e in places]
    entities = resolved + extras + actors
    keys = [e.key for e in entities]
    duplicates = sorted({k for k in keys if keys.count(k) > 1}) if len(set(keys)) != len(keys) else []
    if duplicates:
        raise GazetteerError(f"{directory}: the same key is given to several entities: {', '.join(duplicates[:5])}")
    return entities, stoplist


def _rows(path: Path, required: list[str]) -> Iterator[tuple[int, dict[str, str]]]:
    """The rows of a CSV with its line numbers; a missing file or column is a GazetteerError."""
    if not path.is_file():
        raise GazetteerError(f"reference table {path} is missing")
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in required if c not in (reader.fieldnames or [])]
        if missing:
            raise GazetteerError(f"{path}: missing column(s) {', '.join(missing)}")
        yield from enumerate(reader, start=2)


def _qid(value: str, where: str) -> str | None:
    """A well-formed QID or None; anything else is an error naming the row."""
    if not value:
        return None
    if not QID.fullmatch(value):
        raise GazetteerError(f"{where}: {value!r} is not a Wikidata QID (Q followed by digits)")
    return value


def _number(value: str, where: str, cast: type[float] | type[int]) -> float | int | None:
    """A number cell or None; a malformed number is an error naming the row."""
    if not value:
        return None
    try:
        return cast(value)
    except ValueError:
        raise GazetteerError(f"{where}: {value!r} is not a number") from None


def _split(value: str) -> tuple[str, ...]:
    """A `|`-separated cell as a tuple, blanks dropped, order kept."""
    return tuple(dict.fromkeys(v.strip() for v in value.split("|") if v.strip()))


NOTABLE = "notable"  # optional column: "yes" for places curated as well known (spellings added by hand)
_PLACE_COLUMNS = [
    "wof_id",
    "name",
    "placetype",
    "names_en",
    "lat",
    "lon",
    "parent_id",
    "country",
    "wikidata",
    "population",
]


def _read_places(path: Path) -> list[Entity]:
    """Rows of places.csv (Who's On First) as place entities; parents are still WOF ids here."""
    out = []
    for number, row in _rows(path, _PLACE_COLUMNS):
        where = f"{path}:{number}"
        cls = PLACE_CLASSES.get(row["placetype"])
        if cls is None:
            raise GazetteerError(f"{where}: unknown placetype {row['placetype']!r}")
        label = row["name"].strip()
        if not label or not row["wof_id"].isdigit():
            raise GazetteerError(f"{where}: a place needs a name and a numeric wof_id")
        lat, lon = _number(row["lat"], where, float), _number(row["lon"], where, float)
        population = _number(row["population"], where, int)
        out.append(
            Entity(
                key=f"place/{slug(label)}-{row['wof_id']}",
                kind="place",
                label=label,
                cls=cls,
                aliases=tuple(a for a in _split(row["names_en"]) if a != label),
                qid=_qid(row["wikidata"], where),
                qid_confidence="verified" if row["wikidata"] else None,
                parent=row["parent_id"] or None,
                lat=float(lat) if lat is not None else None,
                lon=float(lon) if lon is not None else None,
                population=int(population) if population is not None else None,
                wof_id=row["wof_id"],
                notable=(row.get(NOTABLE) or "").strip().lower() == "yes",
            )
        )
    return out


def _with_parent(entity: Entity, by_wof: dict[str, str], path: Path) -> Entity:
    """The place with its parent's WOF id replaced by the parent's key."""
    if entity.parent is None:
        return entity
    if entity.parent not in by_wof:
        raise GazetteerError(f"{path}: place {entity.wof_id} has parent {entity.parent}, which is not in the table")
    return _replace(entity, parent=by_wof[entity.parent])


def _replace(entity: Entity, **changes: object) -> Entity:
    """A copy of a frozen entity with some fields changed."""
    return replace(entity, **changes)  # type: ignore[arg-type]


_EXTRA_COLUMNS = ["slug", "label", "class", "aliases", "parent", "lat", "lon", "qid", "qid_confidence", "source"]


def _read_extra_places(path: Path, by_wof: dict[str, str]) -> list[Entity]:
    """Rows of places-extra.csv: curated places outside WOF; parent is a WOF id or another extra's slug."""
    rows = list(_rows(path, _EXTRA_COLUMNS))
    slugs = {row["slug"] for _, row in rows}
    out = []
    for number, row in rows:
        where = f"{path}:{number}"
        if row["class"] not in PLACE_EXTRA_CLASSES:
            raise GazetteerError(f"{where}: unknown place class {row['class']!r}")
        parent = row["parent"]
        if parent in by_wof:
            parent_key: str | None = by_wof[parent]
        elif parent in slugs:
            parent_key = f"place/{parent}"
        elif not parent:
            parent_key = None
        else:
            raise GazetteerError(f"{where}: parent {parent!r} is neither a WOF id of places.csv nor an extra place")
        lat, lon = _number(row["lat"], where, float), _number(row["lon"], where, float)
        qid = _qid(row["qid"], where)
        out.append(
            Entity(
                key=f"place/{slug(row['slug'])}",
                kind="place",
                label=row["label"],
                cls=row["class"],
                aliases=tuple(a for a in _split(row["aliases"]) if a != row["label"]),
                qid=qid,
                qid_confidence=(row["qid_confidence"] or "verified") if qid else None,
                parent=parent_key,
                lat=float(lat) if lat is not None else None,
                lon=float(lon) if lon is not None else None,
            )
        )
    return out


_ACTOR_COLUMNS = ["key", "label", "class", "category", "aliases", "qid", "qid_confidence"]


def _read_actors(path: Path) -> list[Entity]:
    """Rows of actors.csv as actor entities."""
    out = []
    for number, row in _rows(path, _ACTOR_COLUMNS):
        where = f"{path}:{number}"
        if not row["key"].startswith("actor/") or not row["label"]:
            raise GazetteerError(f"{where}: an actor needs a key 'actor/<slug>' and a label")
        if row["class"] not in ACTOR_CLASSES:
            raise GazetteerError(f"{where}: unknown actor class {row['class']!r}")
        if row["category"] not in CATEGORIES:
            raise GazetteerError(f"{where}: unknown actor category {row['category']!r}")
        qid = _qid(row["qid"], where)
        confidence = row["qid_confidence"] or None
        if confidence not in {None, "verified", "weak"} or (confidence is None) != (qid is None):
            raise GazetteerError(f"{where}: qid_confidence must be 'verified' or 'weak' exactly when a QID is given")
        out.append(
            Entity(
                key=row["key"],
                kind="actor",
                label=row["label"],
                cls=row["class"],
                aliases=_split(row["aliases"]),
                qid=qid,
                qid_confidence=confidence,
                category=row["category"],
                metonyms=_split(row.get("metonyms") or ""),
            )
        )
    return out
