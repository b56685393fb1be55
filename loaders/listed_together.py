"""Places listed together lie together: the pieces of one list confirm each other's respelt names.

A report lists the villages of one front, one shelling or one advance ("fired from the areas of Baragitah Tel Ahmar
and Shabaniye in northern Syria"): they lie within a few kilometres of one another. A name the tables hold under
another spelling ("Baraghidah", "Ash Sha`baniyah", "Tall Ahmar") is linked by `fuzzy_places` only when the article
names the governorate or district around it; with none named, a spelling shared by villages across the country
decides nothing. Read together, the list's pieces decide: of all the villages each piece's spelling may stand for,
the one choice that puts every piece near another piece of the list is the list's (twenty-first session, helper
outplace7).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from itertools import product

from loaders import fuzzy_places, place_lookup
from loaders.gazetteer import Gazetteer
from loaders.model import Mention

# Villages of one list lie this close to another of the list (a front, a district's edge: Baraghidah and Ash
# Sha`baniyah of one shelling lie 16 km apart).
LIST_KM = 20.0
# Three pieces at least: two that happen to match near each other are chance over a country of 7,000 villages; a
# third that lies there too is not.
MIN_PIECES = 3
# A spelling that may stand for more villages than this says nothing; nor a list whose readings are too many to try.
MAX_CANDIDATES = 30
MAX_READINGS = 5_000
# Consonants a name keeps at least once vowels go ("Shabaniye" keeps s-b-n).
MIN_CONSONANTS = 3
# Only spaces, a comma or "and" between two names of one list.
_JOINED = re.compile(r"\s*(?:,\s*)?(?:and\s+)?")


def listed_together(
    body: str,
    per_sentence: Sequence[Sequence[Mention]],
    labels: Mapping[str, str],
    gazetteer: Gazetteer,
    linked: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """Local place key -> gazetteer key, for the local places (`labels`: key -> label) of a list whose pieces one
    choice of villages puts together (`linked`: local keys other readings have already linked, and to what)."""
    out: dict[str, str] = {}
    for found in per_sentence:
        for group in _lists(body, found):
            if any(m.key in labels for m in group):
                out.update(_chosen(group, labels, gazetteer, linked or {}))
    return out


def _lists(body: str, found: Sequence[Mention]) -> list[list[Mention]]:
    """Runs of place mentions of a sentence with nothing but spaces, commas or "and" between them."""
    places = [m for m in found if m.kind == "place"]
    runs: list[list[Mention]] = []
    for mention in places:
        if runs and _JOINED.fullmatch(body[runs[-1][-1].span.end : mention.span.start]):
            runs[-1].append(mention)
        else:
            runs.append([mention])
    return [run for run in runs if len(run) >= MIN_PIECES]


def _chosen(
    group: list[Mention], labels: Mapping[str, str], gazetteer: Gazetteer, linked: Mapping[str, str]
) -> dict[str, str]:
    """The local pieces that every fullest reading of the list as one cluster puts in one place."""
    pieces = [(m.key, _candidates(m, labels, gazetteer, linked)) for m in group]
    pieces = [(key, found) for key, found in pieces if found]
    if len(pieces) < MIN_PIECES or _count([found for _, found in pieces]) > MAX_READINGS:
        return {}
    pieces = _near_some_other(pieces, gazetteer)
    seen = _placed_in_fullest_readings(pieces, labels, gazetteer)
    out = {}
    for key, places in seen.items():
        one = place_lookup.one_place(gazetteer, sorted(places))
        if key in labels and len(one) > 1:
            one = place_lookup.one_place(gazetteer, _spelled_closest(gazetteer, labels[key], one))
        if key in labels and len(one) == 1:
            out[key] = one[0]
    return out


def _placed_in_fullest_readings(
    pieces: list[tuple[str, tuple[str, ...]]], labels: Mapping[str, str], gazetteer: Gazetteer
) -> dict[str, set[str]]:
    """Piece key -> the villages it takes in the readings that place the most pieces as one cluster.

    A reading gives each local piece one of its villages or none ("Abdin", a village the tables lack or spell
    otherwise, reads as none), each linked piece its own place; it counts when MIN_PIECES pieces or more are placed
    and their places form one cluster, each within LIST_KM of another (twenty-fourth session, helper translit24). Two
    clusters apart (a local piece's namesake beside another's, away from the list's known places) are no list lying
    together, and a linked piece far from every other piece's villages leaves the list unread."""
    if any(not found for key, found in pieces if key not in labels):
        return {}
    options = [(*found, "") if key in labels else found for key, found in pieces]
    if _count(options) > MAX_READINGS:
        # too many readings with pieces left out: every piece placed, as the list was read before
        options = [found for _, found in pieces]
    best = MIN_PIECES
    seen: dict[str, set[str]] = {}
    for choice in product(*options):
        placed = [(key, place) for (key, _), place in zip(pieces, choice, strict=True) if place]
        if len(placed) < best or not _one_cluster([place for _, place in placed], gazetteer):
            continue
        if len(placed) > best:
            best, seen = len(placed), {}
        for key, place in placed:
            seen.setdefault(key, set()).add(place)
    return seen


def _count(options: Sequence[tuple[str, ...]]) -> int:
    """How many readings the options give, one option per piece."""
    count = 1
    for found in options:
        count *= len(found)
    return count


def _one_cluster(places: list[str], gazetteer: Gazetteer) -> bool:
    """Whether the places are linked into one cluster by steps of LIST_KM at most."""
    reached, frontier = {0}, [0]
    while frontier:
        i = frontier.pop()
        for j in range(len(places)):
            if j not in reached and _km(gazetteer, places[i], places[j]) <= LIST_KM:
                reached.add(j)
                frontier.append(j)
    return len(reached) == len(places)


def _near_some_other(
    pieces: list[tuple[str, tuple[str, ...]]], gazetteer: Gazetteer
) -> list[tuple[str, tuple[str, ...]]]:
    """The pieces, each without the villages that lie near no village of another piece: no reading keeps them, and
    trying them costs the product of every other piece's (helper review10)."""
    kept = []
    for i, (key, found) in enumerate(pieces):
        others = [o for j, (_, other) in enumerate(pieces) if j != i for o in other]
        kept.append((key, tuple(c for c in found if any(_km(gazetteer, c, o) <= LIST_KM for o in others))))
    return kept


def _spelled_closest(gazetteer: Gazetteer, label: str, places: list[str]) -> list[str]:
    """Of the places a list leaves a piece, those the tables spell as the label, else those spelled alike but for
    the letters transliterations swap ("Kadin" is no Katniyah), else all."""
    for key in (fuzzy_places.folded, fuzzy_places.sound):
        closer = set(place_lookup.place_index(gazetteer, key).get(key(label), ()))
        if closer & set(places):
            return [k for k in places if k in closer]
    return places


def _candidates(
    mention: Mention, labels: Mapping[str, str], gazetteer: Gazetteer, linked: Mapping[str, str]
) -> tuple[str, ...]:
    """The villages a piece may be: its own if linked to a settlement, those its local spelling may stand for, or
    none (a governorate or a name too short or too common to say)."""
    if mention.key not in labels:
        key = linked.get(mention.key, mention.key)
        return (key,) if key in gazetteer and _located(gazetteer, key) else ()
    shape = loose_skeleton(labels[mention.key])
    if len(shape) < MIN_CONSONANTS:
        return ()
    found = tuple(k for k in _loose_index(gazetteer).get(shape, ()) if _located(gazetteer, k))
    return found if len(found) <= MAX_CANDIDATES else ()


def _located(gazetteer: Gazetteer, key: str) -> bool:
    """Whether a place is a settlement with coordinates."""
    place = gazetteer.get(key)
    return place.cls == "Settlement" and place.lat is not None and place.lon is not None


@lru_cache(maxsize=1 << 16)  # a list's readings share their pairs: thousands of readings, a few hundred pairs
def _km(gazetteer: Gazetteer, a: str, b: str) -> float:
    """Distance between two located places."""
    p, q = gazetteer.get(a), gazetteer.get(b)
    assert p.lat is not None and p.lon is not None and q.lat is not None and q.lon is not None
    return place_lookup.km(p.lat, p.lon, q.lat, q.lon)


def loose_skeleton(name: str) -> str:
    """A consonant skeleton with "d" and "t" alike: a Turkish or French source devoices a final dal ("Baragitah" is
    Baraghidah).

    >>> loose_skeleton("Baragitah") == loose_skeleton("Baraghidah")
    True
    """
    return fuzzy_places.skeleton(name).replace("d", "t")


def _loose_index(gazetteer: Gazetteer) -> Mapping[str, tuple[str, ...]]:
    """Loose skeleton -> keys of the places of such a name (built once per gazetteer)."""
    return place_lookup.place_index(gazetteer, loose_skeleton)
