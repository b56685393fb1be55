"""Casualty figures the thirty-fifth session reads (helper figures35): a part of the dead told by who they were ("14 of
the dead were rebels"); "hundreds of lives" claimed; two persons named as part of a count ("seven civilians including
a child and a woman") or with an age ("a man and his young daughter"); a count shared with the missing; the crew of an
aircraft; those left suffering a gas attack's symptoms. The texts are written for the tests."""

from __future__ import annotations

import pytest

from bench.adversarial import FIGURES35_TEXTS, REVIEW35C_TEXTS, found
from loaders.casualties_together import _JOINED_AFTER
from loaders.figures import _LIVES, _PASSIVE_KILL, _TWO_PERSONS, find_figures
from loaders.part_tolls import OF_THE_DEAD

Read = list[tuple[str, int, int | None]]


def figures(text: str) -> Read:
    """(kind, low, high) of every figure the reader finds in the text."""
    return [(f.kind, f.low, f.high) for f in find_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The monitor said at least 9 of the dead were soldiers.", [("fatalities", 9, None)]),
        ("Three of the killed in Harasta were nurses, a doctor said.", [("fatalities", 3, 3)]),
        ("Eleven of those killed were children.", [("fatalities", 11, 11)]),
        ("Four of the victims were women.", [("fatalities", 4, 4)]),
    ],
)
def test_a_part_of_the_dead_told_by_who_they_were_is_a_toll(text: str, expected: Read) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Nine of the dead bodies lay in the yard.",
        "Relatives of the dead were told on Monday.",
        "Two of the wounded were flown out.",
    ],
)
def test_a_part_with_no_verb_of_being_is_no_toll(text: str) -> None:
    assert OF_THE_DEAD.search(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The shelling has claimed hundreds of lives.", [("fatalities", 100, None)]),
        ("Air raids have claimed dozens of civilian lives this month.", [("fatalities", 12, None)]),
    ],
)
def test_a_vague_count_of_lives_claimed_is_a_toll(text: str, expected: Read) -> None:
    assert figures(text) == expected


def test_two_persons_named_as_part_of_a_count_leave_the_count() -> None:
    text = "Five people including a woman and a child were killed in the blast."
    assert figures(text) == [("fatalities", 5, 5)]


def test_two_persons_told_with_an_age_are_two() -> None:
    assert figures("A woman and her little son were killed in the raid.") == [("fatalities", 2, 2)]


def test_a_count_shared_with_the_missing_is_no_count_of_the_wounded() -> None:
    assert figures("Another 30 were wounded or missing after the strike.") == []


def test_the_crew_of_an_aircraft_is_a_toll() -> None:
    assert [(f.kind, f.low, f.who) for f in find_figures("Two airmen were killed when the jet crashed.")] == [
        ("fatalities", 2, "troops")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The gas attack left dozens suffering respiratory problems.", [("wounded", 12, None)]),
        ("The strike killed 40 people and left hundreds suffering symptoms of exposure.",
         [("fatalities", 40, 40), ("wounded", 100, None)]),
    ],
)  # fmt: skip
def test_those_left_suffering_a_gas_attacks_symptoms_are_wounded(text: str, expected: Read) -> None:
    assert figures(text) == expected


def test_the_adversarial_inputs_read_as_expected() -> None:
    """What the bench's inputs read: no count of the dead in runs of their pieces."""
    for text in FIGURES35_TEXTS:
        assert [m.group() for m in OF_THE_DEAD.finditer(text)] == []
        assert _LIVES.search(text) is None
        assert _TWO_PERSONS.search(text) is None
        assert _JOINED_AFTER.match(text) is None
        assert [m.group() for m in _PASSIVE_KILL.finditer(text)] == []


@pytest.mark.parametrize(
    "text",
    [
        "Some 200 children are suffering symptoms of malnutrition in the besieged town.",
        "Dozens of people were suffering symptoms of typhoid in the camp.",
        "Thousands of the displaced are suffering from respiratory problems in the camps.",
    ],
)
def test_an_illness_or_a_lasting_state_suffered_is_no_count_of_the_wounded(text: str) -> None:
    """Review35c: the symptoms of an illness or of hunger, and a state told in the present, are no one's hurt."""
    assert figures(text) == []


def test_the_symptoms_of_a_gas_told_by_its_name_are_still_hurt() -> None:
    assert figures("The sarin attack left 70 suffering symptoms of nerve gas exposure.") == [("wounded", 70, 70)]


def test_the_gas_attack_hurt_reads_its_adversarial_inputs() -> None:
    # "are suffering symptoms of" is an illness, never a toll; "suffering symptoms of exposure" a toll each time
    assert [len(found(_PASSIVE_KILL)(text)) for text in REVIEW35C_TEXTS] == [0, 139]
