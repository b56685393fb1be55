"""Sides read wrong that the twenty-eighth session's first round saw (helper sides28; docs/extraction.md, "Mentions",
"Engagements")."""

from __future__ import annotations

from bench.adversarial import KURDISH_POLICE28_TEXTS
from loaders.extract import extract
from loaders.gazetteer import Gazetteer
from loaders.kurdish_police import ASAYISH, KURDISH_POLICE
from loaders.model import Article
from tests.written import written


def actors(text: str, gazetteer: Gazetteer) -> list[tuple[str, str]]:
    """(text, key) of the actor mentions of one made-up article."""
    found = written(text, gazetteer)
    return [(m.span.text(text), m.key) for m in found.mentions if m.kind == "actor"]


def test_a_capital_with_its_apostrophe_dropped_is_its_state(gazetteer: Gazetteer) -> None:
    text = "The opposition asked for an end to Moscows air campaign over the north on Monday."
    assert ("Moscow", "actor/russia") in actors(text, gazetteer)


def test_a_capital_that_is_also_a_place_with_its_apostrophe_dropped_is_its_state(gazetteer: Gazetteer) -> None:
    text = "Ankaras troops shelled villages near Afrin on Monday."
    found = actors(text, gazetteer)
    assert found and found[0][1] == "actor/turkish-armed-forces"


def test_a_country_with_its_apostrophe_dropped_stays_the_land(gazetteer: Gazetteer) -> None:
    text = "Fighting spread across Syrias north on Monday."
    assert actors(text, gazetteer) == []


def test_a_capital_without_a_possessive_is_still_a_place(gazetteer: Gazetteer) -> None:
    text = "Talks were held in Moscow on Monday."
    assert actors(text, gazetteer) == []


def test_kurdish_policemen_are_a_local_group_and_a_target(gazetteer: Gazetteer) -> None:
    text = "A car bomb killed four Kurdish policemen at a checkpoint in Qamishli on Sunday, a monitor said."
    found = extract(Article("test", "t", text), gazetteer)
    assert ("Kurdish policemen", "actor/local/kurdish-police") in actors(text, gazetteer)
    assert [e.targets for e in found.engagements] == [("actor/local/kurdish-police",)]
    assert found.local_entities["actor/local/kurdish-police"] == ("group", "Kurdish police")


def test_the_kurdish_police_are_the_asayish_where_the_article_names_them_so(gazetteer: Gazetteer) -> None:
    text = (
        "A gunman shot dead two Kurdish policemen in Hasakeh on Sunday. "
        "A spokesman of the Kurdish police known as the Asayish said the attacker fled."
    )
    keys = {key for _, key in actors(text, gazetteer)}
    assert "actor/local/asayish" in keys
    assert "actor/local/kurdish-police" not in keys


def test_other_police_and_other_kurds_are_not_the_kurdish_police(gazetteer: Gazetteer) -> None:
    text = "Kurdish families fled as police closed the road near Qamishli on Sunday."
    assert all("police" not in key and "asayish" not in key for _, key in actors(text, gazetteer))


def test_the_kurdish_police_patterns_on_adversarial_inputs() -> None:
    found = [(len(KURDISH_POLICE.findall(t)), len(ASAYISH.findall(t))) for t in KURDISH_POLICE28_TEXTS]
    # the runs of "Kurdish police" each read once; blanks between the two words are still one phrase
    assert found == [(0, 0), (333, 0), (0, 0), (1, 0), (278, 0)]
