"""Twenty-sixth session (helper anaphora26): "the town" told beyond the anaphora window. Texts written for the tests."""

from __future__ import annotations

from loaders.gazetteer import Gazetteer
from tests.written import types_places as _placed

# Four sentences that name no place: the town told before lies beyond the three-sentence window.
_BETWEEN = (
    "Residents said the night had been calm. Many families had stocked up on bread and fuel. "
    "Aid workers said the clinics were short of medicine. Schools had been closed for a week. "
)


def test_the_town_named_long_before_places_the_report(gazetteer: Gazetteer) -> None:
    text = "Rebels seized the town of Saraqib on Friday. " + _BETWEEN + "Warplanes pounded the town on Sunday."
    assert ("air-strike", ("place/saraqib-890449833",)) in _placed(text, gazetteer)


def test_the_village_named_long_before_places_the_report(gazetteer: Gazetteer) -> None:
    text = "Rebels seized Saraqib on Friday. " + _BETWEEN + "Government warplanes pounded the village on Sunday."
    assert ("air-strike", ("place/saraqib-890449833",)) in _placed(text, gazetteer)


def test_the_town_is_no_city_of_millions(gazetteer: Gazetteer) -> None:
    text = "Rebels shelled Aleppo on Friday. " + _BETWEEN + "Government warplanes pounded the town on Sunday."
    found = _placed(text, gazetteer)
    assert all("place/aleppo-421202163" not in places for kind, places in found if kind == "air-strike")


def test_a_village_introduced_as_such_is_not_the_city(gazetteer: Gazetteer) -> None:
    text = "Rebels seized the village of Saraqib on Friday. " + _BETWEEN + "Warplanes pounded the city on Sunday."
    assert all(kind != "air-strike" for kind, _ in _placed(text, gazetteer))


def test_the_area_is_not_read_as_a_town_told_long_before(gazetteer: Gazetteer) -> None:
    text = "Rebels seized the town of Saraqib on Friday. " + _BETWEEN + "Warplanes pounded the area on Sunday."
    assert all(kind != "air-strike" for kind, _ in _placed(text, gazetteer))


def test_a_retelling_far_after_joins_the_engagement_told_there(gazetteer: Gazetteer) -> None:
    # the town resolved far back ties the report to the shelling told there, as its name would: one engagement
    text = (
        "Government forces shelled the town of Saraqib on Friday, killing ten people. "
        + _BETWEEN
        + "The shelling of the town had not stopped since early Friday, a witness said."
    )
    assert [kind for kind, _ in _placed(text, gazetteer)].count("shelling") == 1


def test_the_town_is_the_place_named_last_or_none(gazetteer: Gazetteer) -> None:
    # the village the gazetteer lacks is the one the troops entered: never the town named before it
    text = (
        "Rebels seized the town of Saraqib on Friday. "
        + _BETWEEN
        + "Troops executed 20 people in the village of Umm Zaytunat this week. "
        + "The killings took place after troops entered the town on Tuesday."
    )
    found = _placed(text, gazetteer)
    assert ("non-state-actor-overtakes-territory", ("place/saraqib-890449833",)) in found  # the rebels' seizure stays
    retaken = [places for kind, places in found if kind == "government-regains-territory"]
    assert all("place/saraqib-890449833" not in places for places in retaken)
