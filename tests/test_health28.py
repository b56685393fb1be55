"""The one home of minting local places (`loaders.local_places`), and the left-out scoring of a place the gazetteer
has under another spelling (`graph.leave_out.spelled_otherwise`; twenty-eighth session, helper health28)."""

from __future__ import annotations

from pathlib import Path

from graph.evaluate import evaluate_gold
from graph.gold_model import GoldArticle, GoldEngagement, GoldEntity
from graph.leave_out import as_unlisted, spelled_otherwise, stand_ins
from loaders.gazetteer import Entity, Gazetteer
from loaders.local_places import local_key, local_place, with_new_places
from loaders.model import Article, Engagement, Extraction, Mention, Span


def test_a_local_key_is_the_slug_of_the_label() -> None:
    assert local_key("Bab al-Hawa") == "place/local/bab-al-hawa"
    assert local_key("BAB AL-HAWA") == local_key("Bab al-Hawa")  # a dateline's capitals name the same place


def test_a_minted_place_is_an_unlinked_mention_and_an_entry() -> None:
    entries: dict[str, tuple[str, str]] = {}
    mention = local_place(entries, Span(3, 10), "Tal Ward")
    assert mention == Mention(Span(3, 10), "place/local/tal-ward", "place", linked=False)
    assert entries == {"place/local/tal-ward": ("place", "Tal Ward")}
    # a rule that reads the place again overwrites the entry; one that only adds names beside others keeps it
    local_place(entries, Span(3, 10), "Tal Ward", "facility")
    assert entries["place/local/tal-ward"] == ("facility", "Tal Ward")
    local_place(entries, Span(3, 10), "Tal Ward", "place", keep=True)
    assert entries["place/local/tal-ward"] == ("facility", "Tal Ward")


def test_new_places_skip_overlapping_and_unfit_names() -> None:
    body = "Shells hit Kafr Dael and Tal Ward and Minister Ali."
    found = [Mention(Span(11, 20), "place/kafr-dael", "place")]
    names = [
        (Span(16, 20), "Dael"),  # inside a mention already found
        (Span(25, 33), "Tal Ward"),
        (Span(27, 33), "l Ward"),  # overlaps the name added before it
        (Span(38, 49), "Minister Ali"),  # unfit
    ]
    entries: dict[str, tuple[str, str]] = {}
    out = with_new_places(found, names, entries, lambda label: label.startswith("Minister"))
    assert [(m.span.text(body), m.key) for m in out] == [
        ("Kafr Dael", "place/kafr-dael"),
        ("Tal Ward", "place/local/tal-ward"),
    ]
    assert entries == {"place/local/tal-ward": ("place", "Tal Ward")}
    assert with_new_places(found, [], entries) is found


def _place(key: str, label: str, parent: str | None, cls: str = "Settlement") -> Entity:
    return Entity(key=key, kind="place", label=label, cls=cls, parent=parent)


_DISTRICT = _place("place/zabadani-district", "Zabadani District", None, "District")
_OTHER_DISTRICT = _place("place/ariha-district", "Ariha District", None, "District")
# the hand-added town, and what the tables without it still have
_HAND = _place("place/madaya", "Madaya", "place/zabadani-district")
_KEPT = (
    _DISTRICT,
    _OTHER_DISTRICT,
    _place("place/medaya-1", "Medaya", "place/zabadani-district"),  # the same town, spelled otherwise
    _place("place/madayah-2", "Madayah", "place/ariha-district"),  # a namesake in another district
    _place("place/madaya-dam-3", "Madaya", "place/zabadani-district", "Facility"),  # a site named after it
    _place("place/mudaya-4", "Bloudan", "place/zabadani-district"),  # another town of the district
)


def test_a_left_out_place_is_spelled_otherwise_only_in_its_parent_and_class() -> None:
    full, variant = Gazetteer([_HAND, *_KEPT]), Gazetteer(_KEPT)
    assert spelled_otherwise(full, variant, {"place/madaya"}) == {"place/madaya": frozenset({"place/medaya-1"})}
    assert spelled_otherwise(full, variant, set()) == {}


def test_a_left_out_quarter_is_spelled_otherwise_near_its_town() -> None:
    # WOF puts a city's quarters in the city's district, the hand-added quarter in the city itself
    district = _place("place/homs-district", "Homs District", None, "District")
    city = Entity("place/homs", "place", "Homs", "Settlement", parent="place/homs-district", lat=34.73, lon=36.68)
    hand = _place("place/waer", "Waer", "place/homs")

    def village(key: str, label: str, lat: float) -> Entity:
        return Entity(key, "place", label, "Settlement", parent="place/homs-district", lat=lat, lon=36.68)

    # the quarter 5.6 km from the city's point; a village of the same consonants 15.6 km away
    kept = (district, city, village("place/al-war-1", "Al Wa`r", 34.78), village("place/war-2", "Wa`r", 34.87))
    full, variant = Gazetteer([hand, *kept]), Gazetteer(kept)
    assert spelled_otherwise(full, variant, {"place/waer"}) == {"place/waer": frozenset({"place/al-war-1"})}


def _scored(found: str, same: dict[str, frozenset[str]] | None) -> tuple[int, int, int, int]:
    gold = GoldArticle(
        corpus="c",
        identifier="1",
        path=Path("c-1.json"),
        places=(GoldEntity("Madaya", "place/madaya"),),
        engagements=(GoldEngagement("e1", "shelling", "Explosions/Remote violence", "...", ("place/madaya",)),),
    )
    (unlisted,) = as_unlisted([gold], {"place/madaya"})
    extraction = Extraction(
        Article("c", "1", "Shells hit Medaya."),
        mentions=(Mention(Span(11, 17), found, "place"),),
        engagements=(Engagement("shelling@0", "shelling", places=(found,)),),
    )
    report = evaluate_gold([unlisted], {("c", "1"): extraction}, Gazetteer(_KEPT), same)
    places, engagements = report.counts["place links"], report.counts["engagements"]
    return places.tp, places.fp, engagements.tp, engagements.fp


def test_a_link_to_the_left_out_place_spelled_otherwise_counts_as_the_place() -> None:
    full, variant = Gazetteer([_HAND, *_KEPT]), Gazetteer(_KEPT)
    gold = GoldArticle(
        corpus="c", identifier="1", path=Path("c-1.json"), places=(GoldEntity("Madaya", "place/madaya"),)
    )
    same = stand_ins([gold], {"place/madaya"}, spelled_otherwise(full, variant, {"place/madaya"}))
    assert same == {"place/medaya-1": frozenset({"place/local/madaya"})}
    assert _scored("place/medaya-1", same) == (1, 0, 1, 0)
    assert _scored("place/medaya-1", None) == (0, 1, 0, 1)  # the plain scorer: another key, another place
    # the namesake of another district is still another place
    assert _scored("place/madayah-2", same) == (0, 1, 0, 1)
