"""Who takes part in an engagement the twenty-fourth session reads (helper engroles24): two states' "air forces"
sharing one plural noun, a nationality's "ground forces", an agent before a trigger whose modifiers open a quote
('a three-day "humanitarian pause"'), and ground "was lost to" a side. The texts are written for the tests."""

from __future__ import annotations

from datetime import date

import pytest

from bench.adversarial import ENGROLES24_TEXTS
from loaders.actor_mentions import _DEMONYM
from loaders.engagement_triggers import trigger_matches
from loaders.extract import extract
from loaders.gazetteer import Gazetteer
from loaders.model import Article, Engagement
from loaders.nearest_actors import QUOTE_ON_MODIFIERS

RUSSIAN_AIR = "actor/russian-aerospace-forces"
SYRIAN_AIR = "actor/syrian-arab-air-force"
SYRIAN_ARMY = "actor/syrian-arab-army"


def engagements(text: str, gazetteer: Gazetteer) -> list[Engagement]:
    """The engagements extracted from a one-sentence article."""
    article = Article(
        corpus="t", identifier="t", title="Syria report", body=f"Syria report\n{text}", published=date(2016, 5, 1)
    )
    return list(extract(article, gazetteer).engagements)


def sides(text: str, gazetteer: Gazetteer) -> list[tuple[str, set[str]]]:
    """(type, attackers) of each engagement of the sentence."""
    return [(e.type, set(e.attackers)) for e in engagements(text, gazetteer)]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Russian and Syrian air forces bombed Saraqib on Tuesday.", "air-strike"),
        ("Russian and Syrian air forces halted air strikes on Douma on Tuesday for a humanitarian pause.", "ceasefire"),
    ],
)
def test_two_nationalities_share_the_plural_air_forces(text: str, kind: str, gazetteer: Gazetteer) -> None:
    (found,) = [(t, a) for t, a in sides(text, gazetteer) if t == kind]
    assert {RUSSIAN_AIR, SYRIAN_AIR} <= found[1]


def test_a_nationalitys_ground_forces_are_its_army(gazetteer: Gazetteer) -> None:
    found = sides("Six militants were killed in attacks by the Syrian ground forces in Hama.", gazetteer)
    assert found == [("armed-clash", {SYRIAN_ARMY})]


def test_an_agent_before_a_quoted_term_of_art_makes_the_truce(gazetteer: Gazetteer) -> None:
    found = sides('Last week Russia implemented a three-day "humanitarian pause" in Aleppo.', gazetteer)
    assert found == [("ceasefire", {"actor/russia"})]


@pytest.mark.parametrize(
    "text",
    [
        "Russian and Syrian air forces did not bomb Douma on Tuesday.",  # negated
        "Russian and Syrian air forces officials met in Damascus on Tuesday to discuss training.",  # no act
        "The Syrian air forced residents of Douma to flee.",  # another word
        "Washington said American ground troops will not be sent to Syria.",  # a future denied
        "Syrian ground water supplies in Hama ran low on Monday.",  # ground in another sense
        "On Syrian ground forces of the regime advanced near Hama on Monday.",  # the ground is the country's soil
        'Turkey warned of "massive air strikes" on Afrin if the YPG did not withdraw.',  # a warning
    ],
)
def test_near_misses_tell_no_engagement(text: str, gazetteer: Gazetteer) -> None:
    assert engagements(text, gazetteer) == []


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ('The opposition said "the regime shelled Douma" on Monday.', "actor/syrian-opposition"),  # a speaker
        ('The SDF said "heavy clashes" broke out in Manbij on Monday.', "actor/syrian-democratic-forces"),  # speaks
        ('Rebels mocked the "regime offensive" near Hama on Monday.', "actor/syrian-rebels"),  # another verb's subject
        ("Russian ground attack aircraft bombed Idlib on Monday.", "actor/russian-armed-forces"),  # no ground noun
    ],
)
def test_quotes_and_ground_words_give_no_wrong_side(text: str, absent: str, gazetteer: Gazetteer) -> None:
    assert all(absent not in e.attackers for e in engagements(text, gazetteer))


@pytest.mark.parametrize(
    ("text", "kind", "taker"),
    [
        (
            "Rebels seized the town of Handarat on Sunday a day after it was lost to government forces.",
            "government-regains-territory",
            SYRIAN_ARMY,
        ),
        (
            "The village of Tal Rifaat was lost to the YPG last week.",
            "non-state-actor-overtakes-territory",
            "actor/peoples-protection-units",
        ),
    ],
)
def test_ground_lost_to_a_side_in_the_passive_is_taken_by_it(
    text: str, kind: str, taker: str, gazetteer: Gazetteer
) -> None:
    assert (kind, {taker}) in sides(text, gazetteer)


@pytest.mark.parametrize(
    "text",
    [
        "The village of Tal Rifaat was lost to the floods last winter.",  # no side after "to"
        "Contact with the pilot was lost to the south of Hama on Monday.",  # a direction
        "Two soldiers were lost to sniper fire in Daraa.",  # no ground, no taker
        "The chance of a deal in Hama was lost to years of mistrust.",  # lost in another sense
        "Rebels said no ground in Hama was lost.",  # nothing after the verb
    ],
)
def test_lost_to_no_side_is_no_capture(text: str, gazetteer: Gazetteer) -> None:
    assert all(not e.type.endswith("territory") for e in engagements(text, gazetteer))


def test_adversarial_texts_read_as_expected() -> None:
    assert [len(list(_DEMONYM.finditer(t))) for t in ENGROLES24_TEXTS] == [0, 192, 0, 0, 0, 0]
    assert [QUOTE_ON_MODIFIERS.sub(" ", t) == t for t in ENGROLES24_TEXTS] == [True] * 6
    assert [len(trigger_matches(t)) for t in ENGROLES24_TEXTS] == [0, 0, 0, 152, 0, 0]
