"""Thirty-second session (helper dupl32): fighting told as going on is the battle told before at its place. Texts
written for the tests."""

from __future__ import annotations

from datetime import date

from bench.adversarial import ANOTHER32_TEXTS, FLED32_TEXTS, GOES_ON32_TEXTS
from loaders.extract import extract
from loaders.gazetteer import Gazetteer
from loaders.going_on_words import GOES_ON, goes_on
from loaders.model import Article
from loaders.told_before import ANOTHER
from loaders.trigger_guards import _FLED_FROM
from tests.written import written

# sentences between the lead and the later report, so no rule that reads the last few sentences ties them
_FILLER = " Shops in the town stayed shut. Families left for the border. A local doctor said supplies were low. "
_ZABADANI = "Rebels clashed with government troops in the town of Zabadani on Monday."


def _clashes(text: str, gazetteer: Gazetteer) -> list[tuple[str, ...]]:
    x = written(text, gazetteer, published=date(2015, 7, 15))
    return [tuple(k.rsplit("/", 1)[-1] for k in e.places) for e in x.engagements if e.type == "armed-clash"]


# --- words that tell a battle going on ---


def test_going_on_words() -> None:
    assert goes_on("Clashes raged on in the town on Monday.")
    assert goes_on("Fighting continued for a third consecutive day.")
    assert goes_on("The army and its allies are in their 11th day of heavy fighting with rebels.")
    assert goes_on("The battle entered its fifth week.")
    assert goes_on("A second straight day of clashes killed 12.")
    assert not goes_on("On the second day of the truce clashes erupted in the town.")
    assert not goes_on("Rebels attacked an army post for the first time.")


def test_a_second_day_is_no_other_engagement() -> None:
    assert ANOTHER.search("A second day of ") is None
    assert ANOTHER.search("For a third straight day ") is None
    assert ANOTHER.search("Rebels launched a second ") is not None
    assert ANOTHER.search("Rebels launched another ") is not None


def test_going_on_adversarial_inputs_read_as_expected() -> None:
    assert [GOES_ON.search(t) is not None for t in GOES_ON32_TEXTS] == [False, False, False, False, False, True]
    assert [ANOTHER.search(t) is not None for t in ANOTHER32_TEXTS] == [True, False, True, False]


# --- the battle told before at the place ---


def test_fighting_that_continued_is_the_battle_told(gazetteer: Gazetteer) -> None:
    text = _ZABADANI + _FILLER + "Fighting in Zabadani continued for a third consecutive day on Tuesday."
    assert _clashes(text, gazetteer) == [("al-zabadani-890442377",)]


def test_a_second_day_of_fighting_is_the_battle_told(gazetteer: Gazetteer) -> None:
    text = _ZABADANI + _FILLER + "A second day of fighting in Zabadani killed 12 people on Tuesday, the monitor said."
    assert _clashes(text, gazetteer) == [("al-zabadani-890442377",)]


def test_clashes_that_raged_on_are_the_clash_told(gazetteer: Gazetteer) -> None:
    text = (
        "Kurdish fighters clashed with Islamic State militants in the town of Tal Abyad on Sunday."
        + _FILLER
        + "Clashes raged on in Tal Abyad on Monday, the monitor said."
    )
    assert _clashes(text, gazetteer) == [("tell-abyad-1310429531",)]


def test_fighting_going_on_at_another_place_is_another_clash(gazetteer: Gazetteer) -> None:
    text = "Rebels clashed with troops in Douma on Monday." + _FILLER + "Fighting continued in Jobar on Tuesday."
    assert _clashes(text, gazetteer) == [("douma-890442375",), ("jobar",)]
    text = _ZABADANI + _FILLER + "Rebels clashed with troops in Zabadani on Monday and fighting continued in Madaya."
    assert _clashes(text, gazetteer) == [("al-zabadani-890442377",), ("madaya",)]


def test_fighting_going_on_days_later_is_another_clash(gazetteer: Gazetteer) -> None:
    text = _ZABADANI + _FILLER + "Fighting in Zabadani continued on Friday, the monitor said."
    assert _clashes(text, gazetteer) == [("al-zabadani-890442377",), ("al-zabadani-890442377",)]


def test_strikes_for_a_second_day_stay_two_strikes(gazetteer: Gazetteer) -> None:
    text = (
        "Syrian warplanes struck the town of Douma on Monday."
        + _FILLER
        + "Syrian warplanes struck Douma for a second consecutive day on Tuesday."
    )
    x = extract(Article("test", "t", text, published=date(2015, 7, 15)), gazetteer)
    assert [e.type for e in x.engagements] == ["air-strike", "air-strike"]


def test_another_attack_stays_another_clash(gazetteer: Gazetteer) -> None:
    text = _ZABADANI + " Rebels launched another attack on troops in Zabadani on Monday evening."
    assert len(_clashes(text, gazetteer)) == 2


# --- fighting people left to avoid is why they left, not a battle told ---


def _types(text: str, gazetteer: Gazetteer) -> list[str]:
    return [e.type for e in written(text, gazetteer, published=date(2016, 7, 20)).engagements]


def test_fighting_avoided_is_no_battle(gazetteer: Gazetteer) -> None:
    assert (
        _types("Thousands of families left Manbij to avoid the fighting between Kurdish forces and IS.", gazetteer)
        == []
    )
    assert (
        _types("Civilians in Manbij hid in basements to avoid the clashes between the army and rebels.", gazetteer)
        == []
    )


def test_battles_avoided_after_a_strike_add_no_clash(gazetteer: Gazetteer) -> None:
    text = (
        "US-led air strikes killed 20 civilians in Manbij on Tuesday. "
        "Many had fled their houses to avoid the battles raging in the vicinity."
    )
    assert _types(text, gazetteer) == ["air-strike"]


def test_fighting_told_beside_an_avoided_thing_is_still_told(gazetteer: Gazetteer) -> None:
    # "avoided" with a clause of its own after it: the clash is reported
    text = "Families avoided the main road as fighting raged between rebels and the army in Manbij on Monday."
    assert _types(text, gazetteer) == ["armed-clash"]
    assert _types("The army avoided clashes in Manbij and shelled the town instead.", gazetteer) == ["shelling"]


def test_fled_adversarial_inputs_read_as_expected() -> None:
    assert [_FLED_FROM.search(t[-60:]) is not None for t in FLED32_TEXTS] == [False, False, False, False]
    assert _FLED_FROM.search("hid in basements to avoid the ") is not None


# --- a lead summed up by its parts, each told at one of its places ---

_LEAD = (
    "Rocket shells fired by terrorists killed four people in the cities of Aleppo and Homs on Saturday, state media "
    "reported. In the al-Midan neighborhood of Aleppo, terrorists killed a child with a rocket shell"
)


def _shellings(text: str, gazetteer: Gazetteer) -> list[tuple[str, ...]]:
    x = written(text, gazetteer, published=date(2015, 7, 15))
    return [tuple(k.rsplit("/", 1)[-1] for k in e.places) for e in x.engagements if e.type == "shelling"]


def test_a_lead_told_again_place_by_place_is_its_parts(gazetteer: Gazetteer) -> None:
    text = _LEAD + ". Another shelling hit the city of Homs, where terrorists killed three people with mortar rounds."
    assert _shellings(text, gazetteer) == [("al-midan", "aleppo-421202163"), ("homs-421168647",)]
    x = extract(Article("test", "t", text, published=date(2015, 7, 15)), gazetteer)
    # the lead's toll is told of the first part
    assert [c.engagement for c in x.claims if c.evidence.start == 0] == [x.engagements[0].key]


def test_a_lead_with_a_place_told_no_more_stays(gazetteer: Gazetteer) -> None:
    assert _shellings(_LEAD + ".", gazetteer) == [
        ("aleppo-421202163", "homs-421168647"),
        ("al-midan", "aleppo-421202163"),
    ]


def test_a_lead_whose_part_is_of_another_day_stays(gazetteer: Gazetteer) -> None:
    text = _LEAD + " on Saturday. On Tuesday terrorists shelled the city of Homs, killing three people."
    assert _shellings(text, gazetteer) == [
        ("aleppo-421202163", "homs-421168647"),
        ("al-midan", "aleppo-421202163"),
        ("homs-421168647",),
    ]


def test_going_on_told_in_another_clause_is_no_going_on(gazetteer: Gazetteer) -> None:
    # the lead's review (thirty-second session): "continued" belongs to the shelling's clause, not to the new clash
    text = (
        "Rebels clashed with troops in Jobar on Sunday."
        + _FILLER
        + "Heavy clashes erupted in Jobar on Monday, while shelling continued in Douma."
    )
    assert _clashes(text, gazetteer) == [("jobar",), ("jobar",)]
    text = "Rebels clashed with troops in Jobar on Sunday." + _FILLER + "Heavy clashes continued in Jobar on Monday."
    assert _clashes(text, gazetteer) == [("jobar",)]
