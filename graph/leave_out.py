"""Reference tables with hand-curated knowledge left out, to measure how the rules do on names nobody listed.

Earlier sessions added to the tables what the tuning articles named: quarters, camps and sites the gazetteer
lacked, and given names that are also villages. Unseen articles name others. Scoring with those entries left out
shows how the rules do without them (`kg eval --leave-out`; docs/extraction.md, "How well").
"""

from __future__ import annotations

import csv
import shutil
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import replace
from pathlib import Path

from graph.gold_model import GoldArticle, GoldEntity
from loaders.fuzzy_places import skeleton
from loaders.gazetteer import Entity, Gazetteer, GazetteerError
from loaders.local_places import local_key
from loaders.place_lookup import km

# hand places: the curated Syrian quarters, camps, facilities and villages (places-extra.csv rows of these classes
# that lie in Syria; foreign places, countries, governorates and natural regions stay)
# curated names: the stoplist's hand-listed given names and name words (the words that are plain English words stay,
# as the stoplist's automatic section of lower-case English words would list them anyway)
LEAVE_OUTS = ("hand-places", "curated-names")
FINE_PLACE_CLASSES = ("Settlement", "Facility")
CURATED_NAMES_HEADER = "# Given names"
ENGLISH_WORDS = frozenset({"hit", "said", "sham", "jihad"})


def write_reference_without(what: str, source: Path, target: Path) -> None:
    """Copy the reference tables of source into target, with what (one of LEAVE_OUTS) left out."""
    if what not in LEAVE_OUTS:
        raise ValueError(f"unknown leave-out {what!r}: choose one of {', '.join(LEAVE_OUTS)}")
    table = source / ("places-extra.csv" if what == "hand-places" else "stoplist.txt")
    if not table.is_file():
        raise GazetteerError(f"reference table {table} is missing: nothing to leave out for {what}")
    shutil.copytree(source, target)
    if what == "hand-places":
        _drop_hand_places(Gazetteer.load(source), source / "places-extra.csv", target / "places-extra.csv")
    else:
        _drop_curated_names(source / "stoplist.txt", target / "stoplist.txt")


def _drop_hand_places(full: Gazetteer, source: Path, target: Path) -> None:
    """places-extra.csv without the hand-added Syrian places of fine grain."""
    with source.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        fields = list(reader.fieldnames or [])
        rows = [r for r in reader if not (r["class"] in FINE_PLACE_CLASSES and full.in_syria(f"place/{r['slug']}"))]
    with target.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def _drop_curated_names(source: Path, target: Path) -> None:
    """stoplist.txt without its curated section of given names (its plain English words kept)."""
    kept, curated = [], False
    for line in source.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            curated = line.startswith(CURATED_NAMES_HEADER)
            kept.append(line)
        elif not curated or line in ENGLISH_WORDS:
            kept.append(line)
    target.write_text("\n".join(kept) + "\n", encoding="utf-8")


def left_out(full: Gazetteer, variant: Gazetteer) -> set[str]:
    """Keys and QIDs of the places the full tables have and the variant lacks."""
    kept = {e.qid for e in variant.entities() if e.qid}  # a QID another kept entity bears still names a known place
    gone: set[str] = set()
    for entity in full.entities():
        if entity.kind == "place" and entity.key not in variant:
            gone |= {entity.key, *([entity.qid] if entity.qid and entity.qid not in kept else [])}
    return gone


def spelled_otherwise(full: Gazetteer, variant: Gazetteer, gone: set[str]) -> dict[str, frozenset[str]]:
    """Each left-out place the variant tables still have under another spelling -> the keys of that spelling: a place
    of the same class, one of whose names has the consonant skeleton of one of its names (`fuzzy_places.skeleton`),
    inside the left-out place's parent or, when that parent is a town, within QUARTER_KM of it: WOF's "Medaya" of
    az-Zabadani district is the hand-added Madaya, its "Mezze" and "Al Wa`r" the quarters Mazzeh and Waer."""
    # the hand-added places have no coordinates (they were curated for the news, not surveyed): their parent and
    # their spellings are what places them; a namesake elsewhere (Idlib's Madayah) stays another place
    wanted: dict[str, list[Entity]] = defaultdict(list)
    for key in sorted(k for k in gone if k in full):
        entity = full.get(key)
        if entity.kind == "place" and entity.parent is not None:
            for name in {entity.label, *entity.aliases}:
                wanted[skeleton(name)].append(entity)
    same: dict[str, set[str]] = defaultdict(set)
    for other in variant.entities():
        if other.kind != "place" or other.parent is None:
            continue
        spelled = {e.key: e for name in {other.label, *other.aliases} for e in wanted.get(skeleton(name), ())}
        for entity in spelled.values():
            if entity.cls == other.cls and _placed_alike(entity, other, variant):
                same[entity.key].add(other.key)
    return {key: frozenset(keys) for key, keys in same.items()}


# A quarter of a town lies this close to the town's point: Aleppo, the largest city, spans about 15 km
# (`namesakes.CITY_KM`), so its quarters lie within about half that of its centre, with room for the gazetteer's
# points a little off; the tables' villages of the same consonants lie 12 km and more from the city points of the
# hand-added quarters (Al Mishyah from Damascus, Al Buraysah), its quarters 1 to 7 km (Mezze, Al Wa`r).
QUARTER_KM = 10.0


def _placed_alike(entity: Entity, other: Entity, variant: Gazetteer) -> bool:
    """Whether a place of the variant tables lies inside a left-out place's parent, or near the town that parent is
    (WOF puts a city's quarters in the city's district, the hand-added ones in the city)."""
    if entity.parent is None or other.key == entity.parent or entity.parent not in variant:
        return False
    if entity.parent in variant.ancestors(other.key):
        return True
    town = variant.get(entity.parent)
    if town.cls != "Settlement" or town.lat is None or town.lon is None or other.lat is None or other.lon is None:
        return False
    return km(town.lat, town.lon, other.lat, other.lon) <= QUARTER_KM


def stand_ins(
    golds: Iterable[GoldArticle], gone: set[str], spelled: Mapping[str, frozenset[str]]
) -> dict[str, frozenset[str]]:
    """Each key of the variant tables that is a left-out gold place under another spelling (`spelled_otherwise`) ->
    the local keys `as_unlisted` gave that place, which a link to it counts as."""
    same: dict[str, set[str]] = defaultdict(set)
    for gold in golds:
        for ref, local in _unlisted(gold, gone)[1].items():
            for key in spelled.get(ref, ()):
                same[key].add(local)
    return {key: frozenset(locals_) for key, locals_ in same.items()}


def as_unlisted(golds: Iterable[GoldArticle], gone: set[str]) -> list[GoldArticle]:
    """The gold articles with each place left out turned into a local place named by its gold text."""
    return [_unlisted(gold, gone)[0] for gold in golds]


def _unlisted(gold: GoldArticle, gone: set[str]) -> tuple[GoldArticle, dict[str, str]]:
    """One gold article with its left-out places (and its engagements' references to them) made local, and each
    left-out key or QID -> the local key it became."""
    local: dict[str, str] = {}
    places: list[GoldEntity] = []
    for place in gold.places:
        if {place.key, place.qid} & gone:
            if place.key in local or place.qid in local:
                continue  # the same place written twice is one place, as the scorer counts it
            for ref in (place.key, place.qid):
                if ref:
                    local.setdefault(ref, local_key(place.text))
            places.append(GoldEntity(text=place.text))
        else:
            places.append(place)
    engagements = [replace(e, places=tuple(local.get(ref, ref) for ref in e.places)) for e in gold.engagements]
    return replace(gold, places=tuple(places), engagements=tuple(engagements)), local
