"""Whole written articles read as unseen text comes (articles34): guards and readings of common wire phrasings."""

from __future__ import annotations

from datetime import date

import pytest

from bench.adversarial import (
    ASIDE34_TEXTS,
    BLAMING34_TEXTS,
    FLIGHT34_TEXTS,
    LINKED34_TEXTS,
    SUBJECT_PLACE34_TEXTS,
    UNNAMED34_TEXTS,
)
from loaders.blamed_after import _SAID_BLAMING
from loaders.boilerplate import _LINKED_HEADLINE, is_boilerplate
from loaders.engagement_triggers import trigger_matches
from loaders.extract import extract
from loaders.gazetteer import Gazetteer
from loaders.model import Article, Engagement
from loaders.nearest_actors import _ASIDE_BEFORE_VERB
from loaders.placed_subjects import SUBJECT_PLACE_GAP
from loaders.unnamed_subjects import _JOINED, _OPENS_UNNAMED


def engagements(text: str, gazetteer: Gazetteer) -> tuple[Engagement, ...]:
    """The engagements of one made-up article dated 12 June 2017."""
    return extract(Article("test", "t", text, published=date(2017, 6, 12)), gazetteer).engagements


@pytest.mark.parametrize(
    "line",
    [
        "Related: Syrian Army captures strategic mountain in west Damascus",
        "RELATED: Turkish jets strike Kurdish positions near Afrin",
        "See also: Rebels shell Aleppo city, killing four",
        "Also read: Russian warplanes bomb Idlib countryside",
        "Related coverage: Army retakes villages in Hama",
        "More on this story: Car bomb kills 12 in Azaz",
    ],
)
def test_a_linked_headline_is_boilerplate(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Related to this, the army shelled the town of Kafranbel on Monday.",
        "See the map below: rebels hold the north of the city.",
        "Rebels also read a statement saying they had captured the hill.",
    ],
)
def test_reporting_that_opens_alike_is_no_boilerplate(line: str) -> None:
    assert not is_boilerplate(line)


def test_a_linked_headline_tells_no_engagement(gazetteer: Gazetteer) -> None:
    text = (
        "Army units captured the village of Maan in the Hama countryside on Tuesday, a military source said.\n"
        "Related: Syrian Army captures strategic mountain in west Damascus"
    )
    found = engagements(text, gazetteer)
    assert [e.type for e in found] == ["government-regains-territory"]
    assert not any(p.startswith("place/damascus") for e in found for p in e.places)


def test_linked_headline_pattern_on_adversarial_input() -> None:
    assert [_LINKED_HEADLINE.match(text) for text in LINKED34_TEXTS] == [None] * 4


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Rebels in the enclave fired rockets into Damascus on Monday, killing one person.", "actor/syrian-rebels"),
        ("Rebels in the besieged town shelled the village of Fuaa on Monday, killing two.", "actor/syrian-rebels"),
        (
            "On Monday, government forces near Hama shelled Kafr Zita, killing two.",
            "actor/syrian-arab-army",
        ),
        ("Kurdish fighters in Afrin fired rockets at Kilis on Monday, wounding two.", "actor/peoples-protection-units"),
    ],
)
def test_a_subject_placed_before_its_verb_is_the_doer(text: str, doer: str, gazetteer: Gazetteer) -> None:
    assert [e.attackers for e in engagements(text, gazetteer)] == [(doer,)]


def test_a_side_placed_inside_an_object_is_no_doer(gazetteer: Gazetteer) -> None:
    text = "Government forces shelled Douma on Monday, killing five.\nAn air strike on rebels in the town hit a school."
    found = engagements(text, gazetteer)
    assert [e.attackers for e in found if e.type == "shelling"] == [("actor/syrian-arab-army",)]
    assert not any("actor/syrian-rebels" in e.attackers for e in found)


def test_placed_subject_pattern_on_adversarial_input() -> None:
    assert [SUBJECT_PLACE_GAP.fullmatch(t) for t in SUBJECT_PLACE34_TEXTS] == [None] * 5


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "Shells struck the Bab Sharqi area of Damascus on Monday, killing six, SANA said, blaming rebels.",
            "syrian-rebels",
        ),
        (
            "A car bomb exploded in Azaz on Monday, killing 12, the Turkish army said, blaming the attack on the "
            "Islamic State group.",
            "islamic-state",
        ),
        # with the commas dropped, as FA-KES drops them
        (
            "Shells struck the Bab Sharqi area of Damascus on Monday killing six SANA said blaming rebels.",
            "syrian-rebels",
        ),
    ],
)
def test_the_side_a_source_blames_is_the_doer(text: str, doer: str, gazetteer: Gazetteer) -> None:
    assert [e.attackers for e in engagements(text, gazetteer)] == [(f"actor/{doer}",)]


def test_blaming_unnamed_terrorists_lends_no_side(gazetteer: Gazetteer) -> None:
    text = (
        "Government forces shelled Douma on Monday, killing five people, activists said.\n"
        "Shells hit the Abbasiyin area of Damascus on Monday, killing two, state media said, blaming terrorists."
    )
    found = engagements(text, gazetteer)
    assert [e.attackers for e in found] == [("actor/syrian-arab-army",), ()]


def test_blame_for_another_matter_is_no_doer(gazetteer: Gazetteer) -> None:
    text = "The army shelled Douma on Monday, killing two, activists said, blaming the regime for breaking the truce."
    assert [e.attackers for e in engagements(text, gazetteer)] == [("actor/syrian-arab-army",)]


def test_blame_pattern_on_adversarial_input() -> None:
    assert [_SAID_BLAMING.search(t) is not None for t in BLAMING34_TEXTS] == [False, True, False, False, True]


def test_forces_still_besieged_are_the_besieged(gazetteer: Gazetteer) -> None:
    text = (
        "Jaish al-Fatah took control of Jisr al-Shughour on Saturday after clashes with regime forces.\n"
        "Regime forces are still besieged inside the National Hospital at the edge of the city."
    )
    sieges = [e for e in engagements(text, gazetteer) if e.type == "siege"]
    assert [(e.attackers, e.targets) for e in sieges] == [((), ("actor/syrian-arab-army",))]


def test_a_verb_joined_to_unnamed_terrorists_lends_no_side(gazetteer: Gazetteer) -> None:
    text = (
        "The terrorists had besieged the neighborhoods of Deir Ezzor since 2014, and targeted them with rocket shells, "
        "killing hundreds of civilians.\n"
        "The Russian Aerospace Forces carried out airstrikes on ISIS positions near Deir Ezzor on Monday."
    )
    found = engagements(text, gazetteer)
    assert [e.attackers for e in found if e.type == "shelling"] == [()]
    assert [e.attackers[0] for e in found if e.type == "air-strike"] == ["actor/russian-aerospace-forces"]


def test_a_verb_joined_to_a_named_side_keeps_it(gazetteer: Gazetteer) -> None:
    text = "Terrorists were killed on Monday, and the army shelled their positions in Kafr Zita, killing 12."
    assert [e.attackers for e in engagements(text, gazetteer) if e.type == "shelling"] == [("actor/syrian-arab-army",)]


def test_unnamed_subject_patterns_on_adversarial_input() -> None:
    assert [_OPENS_UNNAMED.match(t) for t in UNNAMED34_TEXTS] == [None] * 5
    assert [_JOINED.match(t) for t in UNNAMED34_TEXTS] == [None] * 5


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "The YPG, which Turkey calls a terrorist group, fired dozens of rockets at Azaz on Monday, wounding two.",
            "peoples-protection-units",
        ),
        (
            "Jaish al-Islam, the main rebel group in Douma, fired mortar shells at Abbasiyin on Monday, killing two.",
            "jaysh-al-islam",
        ),
    ],
)
def test_a_comma_aside_before_a_verb_of_firing_names_no_doer(text: str, doer: str, gazetteer: Gazetteer) -> None:
    assert [e.attackers for e in engagements(text, gazetteer)] == [(f"actor/{doer}",)]


def test_aside_pattern_on_adversarial_input() -> None:
    assert [_ASIDE_BEFORE_VERB.search(t) is not None for t in ASIDE34_TEXTS] == [False] * 5


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A rocket fired from Idlib hit the town of Mhardeh on Monday, wounding two.", "mhardeh"),
        (
            "Two missiles launched from Syria landed in the Turkish town of Kilis on Monday, wounding four.",
            "kilis",
        ),
    ],
)
def test_a_munition_fired_from_a_place_is_a_shelling(text: str, place: str, gazetteer: Gazetteer) -> None:
    found = engagements(text, gazetteer)
    assert [e.type for e in found] == ["shelling"]
    assert place in [key.split("/")[-1] for key in found[0].places]


def test_a_programme_launched_from_a_country_is_no_shelling(gazetteer: Gazetteer) -> None:
    text = (
        "Government forces shelled Kafr Zita on Monday, killing two.\n"
        "The rocket programme launched from Iran was discussed in Tehran on Monday."
    )
    assert [(e.type, e.places) for e in engagements(text, gazetteer)] == [("shelling", ("place/kafr-zita-1125966329",))]


def test_flight_triggers_on_adversarial_input() -> None:
    assert [len(trigger_matches(t)) for t in FLIGHT34_TEXTS] == [277, 0, 0]


def places(text: str, gazetteer: Gazetteer) -> dict[str, str]:
    """Text -> key of every place mention extracted from one made-up article."""
    found = extract(Article("test", "t", text, published=date(2017, 6, 12)), gazetteer)
    return {text[m.span.start : m.span.end]: m.key for m in found.mentions if m.kind == "place"}


@pytest.mark.parametrize(
    ("text", "people", "place"),
    [
        ("The blasts struck the Alawite-majority neighbourhood of Zahraa in Homs on Tuesday.", "Alawite", "Zahraa"),
        ("Shells hit the Christian-majority town of Mhardeh on Tuesday.", "Christian", "Mhardeh"),
        ("Shells hit the Alawite-populated village of Zara on Tuesday.", "Alawite", "Zara"),
    ],
)
def test_who_lives_in_a_place_is_no_place(text: str, people: str, place: str, gazetteer: Gazetteer) -> None:
    found = places(text, gazetteer)
    assert not any(name.startswith(people) for name in found)
    assert place in found
