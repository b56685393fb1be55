"""Twenty-fourth session, helper engprec24: who a truce's maker is when it implements or imposes one, and who regains
territory the text names no taker for. Texts written for the tests."""

from __future__ import annotations

import pytest

from bench.adversarial import ANNOUNCED_TEXTS, SIDE_WORD_TEXTS
from loaders.engagement_types import _REBEL_WORD_BEFORE, _STATE_WORD_BEFORE
from loaders.gazetteer import Gazetteer
from loaders.model import Engagement
from loaders.truce_parties import _ANNOUNCED
from tests.written import engagements

ARMY = "actor/syrian-arab-army"


def of_type(body: str, etype: str, gazetteer: Gazetteer) -> list[Engagement]:
    """The engagements of one type of a short test article."""
    return [e for e in engagements(body, gazetteer) if e.type == etype]


@pytest.mark.parametrize(
    "text",
    [
        'Last week Russia implemented a three-day "humanitarian pause" in Aleppo.',
        "On Friday Russia unilaterally implemented a 48-hour truce in Aleppo.",
        "The Syrian government has implemented a local truce in Homs.",
    ],
)
def test_who_implements_a_truce_is_its_party(text: str, gazetteer: Gazetteer) -> None:
    maker = "actor/baathist-syria" if "government" in text else "actor/russia"
    assert [e.attackers for e in of_type(text, "ceasefire", gazetteer)] == [(maker,)]


@pytest.mark.parametrize(
    "text",
    [
        # the truce is the object of a reported clause, not of the implementing
        "Russia implemented that they would respect the truce in Aleppo.",
        # a truce broken is no truce a party made
        "Rebels accused Russia of violating a three-day truce in Aleppo.",
        # implemented something else; the truce comes later in its own phrase
        "Russia implemented new air defence rules in Latakia during the truce.",
        # a plan implemented, the truce named in the country's mouth
        "Turkey said the plan Russia implemented in Idlib was no ceasefire.",
        # a hope, not a truce
        "Russia hopes to implement a truce in Aleppo next week.",
    ],
)
def test_no_implementer_of_a_truce_where_none_implements_one(text: str, gazetteer: Gazetteer) -> None:
    assert all("actor/russia" not in e.attackers for e in of_type(text, "ceasefire", gazetteer))


def test_the_announcing_verbs_on_adversarial_input() -> None:
    # a run of words longer than the three allowed between verb and truce word matches nothing
    assert [_ANNOUNCED.fullmatch(text) for text in ANNOUNCED_TEXTS] == [None, None, None]
    assert _ANNOUNCED.fullmatch(' implemented a three-day "humanitarian ') is not None


@pytest.mark.parametrize(
    "text",
    [
        "The villages of Tal Maruf and Kafr Sousa in the northern countryside of Hama were liberated from the "
        "control of the terrorists on Monday.",
        "The town of Morek in the northern countryside of Hama was recaptured from the militants on Sunday.",
        # the one it was taken from is its target, the army its taker
        "The villages of Tal Maruf and Kafr Sousa in the countryside of Hama were liberated from IS on Monday.",
    ],
)
def test_territory_regained_with_no_taker_named_is_the_army_s(text: str, gazetteer: Gazetteer) -> None:
    found = of_type(text, "government-regains-territory", gazetteer)
    assert found and all(e.attackers == (ARMY,) for e in found)


@pytest.mark.parametrize(
    ("text", "attackers"),
    [
        # a named taker stays the one
        ("Hezbollah fighters recaptured the town of Qusayr on Sunday.", ("actor/hezbollah",)),
        ("Government forces recaptured the town of Qusayr on Sunday.", None),
    ],
)
def test_a_named_taker_is_kept(text: str, attackers: tuple[str, ...] | None, gazetteer: Gazetteer) -> None:
    found = of_type(text, "government-regains-territory", gazetteer)
    assert found
    if attackers is not None:
        assert all(e.attackers == attackers for e in found)
    else:
        assert all(e.attackers for e in found)


@pytest.mark.parametrize(
    "text",
    [
        # rebels take ground: no government regains it, and no army is added to their taking
        "Rebels captured the village of Tal Maruf in the countryside of Hama on Monday.",
        # the army lost it: the army is the one taken from, not a taker
        "The Syrian army was driven out of the town of Morek in Hama on Monday.",
        # no taking at all
        "Residents hope the town of Morek in Hama will be liberated soon.",
        # a list of liberated towns in a speech about the past
        "The minister praised the liberation of Palmyra and Aleppo as symbols of the nation.",
        # the army is what was hit
        "Rebels recaptured the hill of Tal Maruf from the Syrian army on Monday.",
    ],
)
def test_no_army_taker_added_where_the_army_takes_nothing(text: str, gazetteer: Gazetteer) -> None:
    assert [e for e in engagements(text, gazetteer) if ARMY in e.attackers] == []


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # "retook" is said of both sides: the side word right before it tells which took the ground
        ("The opposition on Sunday retook an area in Aleppo.", "non-state-actor-overtakes-territory"),
        ("Insurgents on Sunday recaptured an area in Aleppo.", "non-state-actor-overtakes-territory"),
        # the nearer side word wins, and a held area's owner is no taker
        (
            "Rebels said government forces recaptured the town of Morek in Hama on Sunday.",
            "government-regains-territory",
        ),
        ("The army said it recaptured the opposition-held town of Morek in Hama.", "government-regains-territory"),
        (
            "Troops recaptured opposition positions in the town of Morek in Hama on Sunday.",
            "government-regains-territory",
        ),
        ("Troops entered the rebel-held town of Morek and recaptured it.", "government-regains-territory"),
        ("The militants-controlled town of Morek was recaptured by troops.", "government-regains-territory"),
    ],
)
def test_the_side_word_before_a_retaking_verb_types_it(text: str, etype: str, gazetteer: Gazetteer) -> None:
    assert [e.type for e in engagements(text, gazetteer) if e.type.endswith("territory")] == [etype]


def test_the_opposition_retaking_ground_gets_no_army_taker(gazetteer: Gazetteer) -> None:
    found = engagements("The opposition on Sunday retook an area in Aleppo.", gazetteer)
    assert [e for e in found if ARMY in e.attackers] == []


def test_the_side_words_on_adversarial_input() -> None:
    rebels, held, troops, listed = SIDE_WORD_TEXTS
    # only a side word in the last 40 characters, with no comma or full stop after it, is read
    assert _REBEL_WORD_BEFORE.search(rebels) is not None
    assert _REBEL_WORD_BEFORE.search(held) is None
    assert _STATE_WORD_BEFORE.search(troops) is not None
    assert _REBEL_WORD_BEFORE.search(listed) is None
