"""The reference data and its RDF: QIDs well formed, hierarchy complete, shape as docs/model.md says."""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD

from graph.iris import resource
from graph.namespaces import GEO, KG, WD
from graph.paths import REFERENCE_DIR
from graph.reference import ACAT, reference_graph
from loaders.gazetteer import Gazetteer

QID = re.compile(r"Q[1-9][0-9]*")


@pytest.fixture(scope="module")
def full(gazetteer: Gazetteer) -> Graph:
    """The RDF of the whole gazetteer."""
    return reference_graph(gazetteer)


def table(name: str) -> list[dict[str, str]]:
    """The rows of a file of data/reference."""
    with (REFERENCE_DIR / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


# -- the tables ----------------------------------------------------------------------------------------


def test_every_qid_in_the_tables_is_well_formed() -> None:
    cells = [r["wikidata"] for r in table("places.csv")]
    cells += [r["qid"] for r in table("places-extra.csv")] + [r["qid"] for r in table("actors.csv")]
    qids = [c for c in cells if c]
    assert len(qids) > 100
    assert all(QID.fullmatch(q) for q in qids), [q for q in qids if not QID.fullmatch(q)]


def test_no_qid_is_given_to_two_places() -> None:
    qids = [r["wikidata"] for r in table("places.csv") if r["wikidata"]]
    qids += [r["qid"] for r in table("places-extra.csv") if r["qid"]]
    assert len(qids) == len(set(qids))


def test_weak_qids_are_marked_and_unlinked_actors_have_none() -> None:
    actors = {r["label"]: r for r in table("actors.csv")}
    for label in ("Syrian Arab Army", "Syrian Observatory for Human Rights", "Wagner Group", "Amaq News Agency"):
        assert actors[label]["qid"] == "", label
    assert actors["Sergey Lavrov"]["qid_confidence"] == "weak"
    assert all((r["qid"] == "") == (r["qid_confidence"] == "") for r in actors.values())


def test_the_quasi_state_item_is_not_used_for_the_group() -> None:
    actors = {r["label"]: r for r in table("actors.csv")}
    assert actors["Islamic State"]["qid"] == "Q2429253"
    assert all(r["qid"] != "Q18639759" for r in actors.values())


def test_attribution_ships_with_the_data() -> None:
    text = (REFERENCE_DIR / "ATTRIBUTION.md").read_text(encoding="utf-8")
    for source in ("Who's On First", "GeoNames", "Natural Earth", "Wikidata", "CC0"):
        assert source in text


# -- the graph -----------------------------------------------------------------------------------------


def test_every_place_reaches_a_country_by_part_of(gazetteer: Gazetteer, full: Graph) -> None:
    countries = set(full.subjects(RDF.type, KG.Country))
    assert {str(c).rsplit("/", 1)[-1] for c in countries} == {
        "syria-85632413",
        "iraq-85632191",
        "turkey",
        "lebanon",
        "jordan",
        "israel",
        # foreign countries the news names as places (scripts/make_reference.py, FOREIGN_COUNTRIES)
        *("egypt", "tunisia", "libya", "afghanistan", "pakistan", "switzerland", "kazakhstan", "netherlands"),
        *("austria", "belgium"),
        *("china", "germany", "italy", "spain", "greece", "cyprus", "sweden", "norway", "denmark", "poland"),
        *("ukraine", "armenia", "azerbaijan", "uzbekistan", "tajikistan", "kyrgyzstan", "turkmenistan", "kuwait"),
        *("bahrain", "oman", "yemen", "morocco", "algeria", "sudan", "somalia", "india", "indonesia", "malaysia"),
        *("japan", "canada", "australia", "peru", "bosnia", "kosovo", "albania", "palestinian-territories"),
    }
    parents = dict(full.subject_objects(KG.partOf))
    places = {resource(e.key) for e in gazetteer.entities() if e.kind == "place"}
    for place in places - countries:
        seen = [place]
        while seen[-1] in parents and len(seen) < 10:
            seen.append(parents[seen[-1]])
        assert seen[-1] in countries, f"{place} stops at {seen[-1]}"


def test_every_place_has_its_who_s_on_first_coordinates(full: Graph) -> None:
    for row in table("places.csv"):
        node = URIRef(next(iter(full.subjects(KG.whosOnFirstId, Literal(row["wof_id"])))))
        geometry = full.value(node, GEO.hasGeometry)
        if row["lat"] and row["lon"]:
            assert geometry is not None, row["wof_id"]
            wkt = str(full.value(geometry, GEO.asWKT))
            lon, lat = (float(x) for x in re.fullmatch(r"POINT\((\S+) (\S+)\)", wkt).groups())  # type: ignore[union-attr]
            assert (round(lon, 4), round(lat, 4)) == (round(float(row["lon"]), 4), round(float(row["lat"]), 4))
        else:
            assert geometry is None


def test_actor_shape(full: Graph) -> None:
    node = resource("actor/islamic-state")
    assert (node, RDF.type, KG.NonStateArmedGroup) in full
    assert (node, RDFS.label, Literal("Islamic State", lang="en")) in full
    assert (node, SKOS.altLabel, Literal("ISIS", lang="en")) in full
    assert (node, SKOS.exactMatch, WD.Q2429253) in full
    assert (node, KG.actorCategory, ACAT["rebel-groups"]) in full
    assert not list(full.triples((None, OWL.sameAs, None)))
    lavrov = resource("actor/sergey-lavrov")
    assert (lavrov, KG.qidConfidence, Literal("weak")) in full
    assert (lavrov, SKOS.exactMatch, WD.Q58217) in full
    army = resource("actor/syrian-arab-army")
    assert (army, RDF.type, KG.StateForce) in full
    assert full.value(army, SKOS.exactMatch) is None


def test_place_shape(gazetteer: Gazetteer, full: Graph) -> None:
    palmyra = next(e for e in gazetteer.entities() if e.qid == "Q5747")
    node = resource(palmyra.key)
    assert (node, RDF.type, KG.Settlement) in full
    assert (node, SKOS.exactMatch, WD.Q5747) in full
    assert (node, KG.partOf, resource(palmyra.parent or "")) in full
    assert (node, KG.whosOnFirstId, Literal(palmyra.wof_id)) in full
    assert (node, KG.population, Literal(str(palmyra.population), datatype=XSD.nonNegativeInteger)) in full
    geometry = full.value(node, GEO.hasGeometry)
    assert geometry == URIRef(str(node) + "/geometry")
    assert (geometry, RDF.type, GEO.Geometry) in full
    assert full.value(geometry, GEO.asWKT).datatype == GEO.wktLiteral  # type: ignore[union-attr]


def test_selected_keys_bring_their_ancestors_and_the_administrative_frame(gazetteer: Gazetteer) -> None:
    palmyra = next(e for e in gazetteer.entities() if e.qid == "Q5747")
    graph = reference_graph(gazetteer, [palmyra.key, "actor/islamic-state", "actor/local/someone"])
    subjects = {s for s in graph.subjects(RDF.type, None)}
    assert resource(palmyra.key) in subjects and resource("actor/islamic-state") in subjects
    assert resource("actor/local/someone") not in subjects  # local entities are the article writer's
    assert resource("actor/russia") not in subjects
    for ancestor in gazetteer.ancestors(palmyra.key):
        assert resource(ancestor) in subjects
    frame = {resource(e.key) for e in gazetteer.entities() if e.cls in {"Country", "Governorate", "District"}}
    assert frame <= subjects
    villages = [e for e in gazetteer.entities() if e.cls == "Settlement" and e.key != palmyra.key]
    assert all(resource(v.key) not in subjects for v in villages[:200])


def test_other_base(gazetteer: Gazetteer) -> None:
    base = "http://example.org/kg/"
    graph = reference_graph(gazetteer, ["actor/islamic-state"], base=base)
    assert (URIRef(base + "actor/islamic-state"), SKOS.exactMatch, WD.Q2429253) in graph


def test_deterministic_whatever_the_key_order(gazetteer: Gazetteer) -> None:
    keys = ["actor/islamic-state", "place/euphrates", "actor/russia"]
    one = reference_graph(gazetteer, keys).serialize(format="nt")
    two = reference_graph(gazetteer, list(reversed(keys))).serialize(format="nt")
    assert sorted(one.splitlines()) == sorted(two.splitlines())
    assert isomorphic(reference_graph(gazetteer, keys), reference_graph(gazetteer, reversed(keys)))


def test_whole_gazetteer_as_rdf(gazetteer: Gazetteer) -> None:
    # Its speed is measured by `make bench`, never asserted in a unit test.
    graph = reference_graph(gazetteer)
    assert len(graph) > 50_000


def test_reference_tables_only_in_data() -> None:
    """The gazetteer reads data/reference, never ../shared (the script that does is run by hand)."""
    root = Path(__file__).resolve().parents[1]
    for module in ("gazetteer", "reference_tables", "aliases", "mention_context"):
        source = (root / "loaders" / f"{module}.py").read_text(encoding="utf-8")
        assert "shared/" not in source and '"shared"' not in source, module
    assert "shared" not in (root / "graph" / "reference.py").read_text(encoding="utf-8")


def _row(wof: str, placetype: str, parent: str, lat: float = 0.0, lon: float = 0.0) -> dict[str, str]:
    """A places.csv row as the converter builds it."""
    return {"wof_id": wof, "placetype": placetype, "parent_id": parent, "lat": str(lat), "lon": str(lon),
            "parent_inferred": ""}  # fmt: skip


def test_a_locality_without_district_takes_the_one_its_nearest_neighbours_agree_on(
    load_script: Callable[[str], ModuleType],
) -> None:
    script = load_script("make_reference")
    rows = [_row("1", "country", ""), _row("10", "county", "1"), _row("11", "county", "1")]
    rows += [_row(f"2{i}", "locality", "10", 35.0 + 0.01 * i, 38.0) for i in range(5)]  # 1 km apart, district 10
    rows.append(_row("30", "locality", "1", 35.0, 38.02))  # 2 km east of them, WOF gives the country only
    rows.append(_row("31", "locality", "1", 36.0, 38.0))  # 100 km away from any placed locality
    script.infer_districts(rows)
    by_id = {r["wof_id"]: r for r in rows}
    assert (by_id["30"]["parent_id"], by_id["30"]["parent_inferred"]) == ("10", "yes")
    assert (by_id["31"]["parent_id"], by_id["31"]["parent_inferred"]) == ("1", "")  # too far to tell
    # one neighbour of another district among the five: no agreement, no district
    rows[3]["parent_id"] = "11"
    rows[-2].update(parent_id="1", parent_inferred="")
    script.infer_districts(rows)
    assert by_id["30"]["parent_id"] == "1"


def test_a_locality_between_districts_of_one_governorate_takes_the_governorate(
    load_script: Callable[[str], ModuleType],
) -> None:
    script = load_script("make_reference")
    rows = [_row("1", "country", ""), _row("5", "region", "1"), _row("6", "region", "1")]
    rows += [_row("10", "county", "5"), _row("11", "county", "5"), _row("12", "county", "6")]
    districts = ["10", "10", "10", "11", "11"]  # a district border runs through them, inside governorate 5
    rows += [_row(f"2{i}", "locality", d, 35.0 + 0.01 * i, 38.0) for i, d in enumerate(districts)]
    rows.append(_row("30", "locality", "1", 35.0, 38.02))  # 2 km east of them, WOF gives the country only
    rows.append(_row("31", "locality", "1", 36.0, 38.0))  # 100 km away from any placed locality
    script.infer_districts(rows)
    by_id = {r["wof_id"]: r for r in rows}
    assert (by_id["30"]["parent_id"], by_id["30"]["parent_inferred"]) == ("5", "yes")
    assert (by_id["31"]["parent_id"], by_id["31"]["parent_inferred"]) == ("1", "")  # too far to tell
    # one neighbour across the governorate border: no agreement, the country stays
    by_id["24"]["parent_id"] = "12"
    by_id["30"].update(parent_id="1", parent_inferred="")
    script.infer_districts(rows)
    assert (by_id["30"]["parent_id"], by_id["30"]["parent_inferred"]) == ("1", "")


def test_inferred_parents_are_flagged_and_are_districts_or_governorates(gazetteer: Gazetteer) -> None:
    rows = table("places.csv")
    kinds = {r["wof_id"]: r["placetype"] for r in rows}
    inferred = [r for r in rows if r["parent_inferred"] == "yes"]
    assert len(inferred) > 600
    assert all(kinds[r["parent_id"]] in ("county", "region") for r in inferred)
    assert sum(kinds[r["parent_id"]] == "region" for r in inferred) > 80  # neighbours in two districts of one
    # Ibta, a town of Daraa's northern countryside whose neighbours lie in two districts
    assert gazetteer.get("place/ibta-1209028723").parent == "place/daraa-governorate-85678399"
    # Jafrah, by Deir ez-Zor city, which WOF puts in Syria only
    assert "place/deir-ez-zor-governorate-85678381" in gazetteer.ancestors("place/jafrah-1209309049")
