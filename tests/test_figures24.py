"""Casualty figures the twenty-fourth session reads (helper figures24): a count after the noun "death(s) of"; a count
that two harms share ("killing and wounding dozens") read as neither the dead nor the wounded; "well over",
"upwards of" and "in excess of" as "more than", and counts in millions; and the counts of a sentence told twice of one
engagement kept. The texts are written for the tests."""

from __future__ import annotations

import pytest

from bench.adversarial import FIGURES24_TEXTS
from loaders.casualties_together import _JOINED_AFTER, _JOINED_BEFORE
from loaders.counts import parse_number
from loaders.extract import extract
from loaders.figures import _ACTIVE_KILL, _AND_MORE, _PASSIVE_KILL, find_figures
from loaders.gazetteer import Gazetteer
from loaders.model import Article

Read = list[tuple[str, int, int | None]]


def figures(text: str) -> Read:
    """(kind, low, high) of every figure the reader finds in the text."""
    return [(f.kind, f.low, f.high) for f in find_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The monitor reported the death of two senior commanders in a drone strike.", [("fatalities", 2, 2)]),
        ("Rescuers have documented the deaths of 43 people so far.", [("fatalities", 43, 43)]),
        ("The clashes resulted in the death of at least 50 fighters.", [("fatalities", 50, None)]),
        ("Medics confirmed the deaths of dozens of residents in the town.", [("fatalities", 12, None)]),
    ],
)
def test_a_count_after_the_noun_of_dying_is_a_toll(text: str, expected: Read) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The family mourned the death of his two sons last year.",  # a determiner before the count: whose, not how many
        "The deaths of 2012 are still counted by the monitor.",  # a year
        "He spoke of the death of 80 percent of the crops.",  # a share
        "The Death of Dozens of Villages, a report, was published.",  # a title, and villages are no people
        "The court ordered the death of none of the prisoners.",  # none
        "Officials did not report the death toll of the raid.",  # a toll with no count
        "The death of Ten Days in Aleppo, a film, was announced.",  # a title, capitalised run
    ],
)
def test_the_noun_of_dying_reads_no_count_that_is_not_of_people(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The troops repelled the attack, killing and wounding dozens of insurgents.",
        "The coalition raid left dozens killed and injured in the village.",
        "The strike caused a massacre, leaving dozens of civilians dead or injured.",
        "Activists said hundreds of people were killed or injured in the shelling.",
        "The army clashed with the group, killing or injuring scores of them.",
    ],
)
def test_one_count_under_two_harms_is_neither_toll(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The strike killed 5 and wounded 20.", [("fatalities", 5, 5), ("wounded", 20, 20)]),
        ("Five people were killed and 20 injured.", [("fatalities", 5, 5), ("wounded", 20, 20)]),
        ("Seven soldiers were killed and at least 30 wounded.", [("fatalities", 7, 7), ("wounded", 30, None)]),
        ("Twelve were killed and the wounded were taken to Idlib.", [("fatalities", 12, 12)]),
        ("The shelling killed three children and wounded their mother.", [("fatalities", 3, 3)]),
        ("Ten civilians were killed, and hurt feelings were left in the town.", [("fatalities", 10, 10)]),
    ],
)
def test_harms_with_counts_of_their_own_keep_them(text: str, expected: Read) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Government forces were accused of killing well over 1000 civilians.", [("fatalities", 1001, None)]),
        ("Upwards of 160000 people have been killed in the war.", [("fatalities", 160001, None)]),
        ("The bombing killed in excess of 300 people.", [("fatalities", 301, None)]),
        ("The war has wounded at least a million people.", [("wounded", 1000000, None)]),
        ("The war has killed 470000 people and injured 1.9 million others.",
         [("fatalities", 470000, 470000), ("wounded", 1900000, 1900000)]),
    ],
)  # fmt: skip
def test_more_than_in_other_words_and_millions(text: str, expected: Read) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The war displaced 11 million people.",
        "The raid cost 1.5 million dollars in damage.",
        "Over 2 million people fled the province.",
        "The army killed well over the target it set.",  # "well over" with no count
        "Upwards of the hill the fighters were killed by a shell.",  # "upwards of" with no count
    ],
)
def test_millions_and_the_new_qualifiers_read_no_count_that_is_not_one(text: str) -> None:
    assert [f for f in figures(text) if f[1] >= 1000] == []


def test_a_count_of_millions_is_parsed() -> None:
    assert [parse_number(t) for t in ("1.9 million", "a million", "one million", "2 million")] == [
        1900000,
        1000000,
        1000000,
        2000000,
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Four people two of them children died in the shelling.", [("fatalities", 4, 4)]),
        ("Over 60 people mostly women and children have so far been killed in the raids.", [("fatalities", 61, None)]),
        ("Two people one of them a child killed in a rocket attack on the market.", [("fatalities", 2, 2)]),
        ("Nine people three of them policemen were wounded in the blast.", [("wounded", 9, 9)]),
    ],
)
def test_an_aside_on_who_the_counted_were_is_crossed(text: str, expected: Read) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ten people two of them children fled the town before the strike.",  # no harm
        "Three men two of them brothers said they were killed in spirit.",  # a speaker's clause, not an aside
        "Five families most of them from Homs which were hit by the war left.",  # a relative clause
        "Seven fighters two of them commanders were captured by the army.",  # taken, not killed
        "Six villages mostly in the east were shelled, and nobody died.",  # a count of places
    ],
)
def test_an_aside_that_is_no_aside_on_the_dead_reads_nothing(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At least 40 people including 12 children died in the air strike.", [("fatalities", 40, None)]),
        ("Nine civilians including a nurse perished in the fire.", [("fatalities", 9, 9)]),
    ],
)
def test_a_total_with_its_group_before_died_is_the_total(text: str, expected: Read) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative inside, as before: the six fled, two died
        ("Six people including two who died fled the town.", []),
        # the group's own verb after a clause of the total's
        ("Ten people fled including three children who died later.", []),
        ("Twelve soldiers including the general were captured and two died.", [("fatalities", 2, 2)]),
        ("The strike hit 30 homes including 4 schools and nobody died.", []),
        ("Five people including three children died and 20 others were injured.",
         [("fatalities", 5, 5), ("wounded", 20, 20)]),
    ],
)  # fmt: skip
def test_including_before_died_reads_no_total_that_is_not_one(text: str, expected: Read) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The clashes killed at least 30 fighters from opposition groups as well as 9 IS fighters.",
         [("fatalities", 30, None), ("fatalities", 9, 9)]),
        ("The assault killed four of Jaish al-Islam and allied fighters as well as seven soldiers.",
         [("fatalities", 4, 4), ("fatalities", 7, 7)]),
    ],
)  # fmt: skip
def test_a_second_count_joined_to_the_first_shares_its_verb(text: str, expected: Read) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The raid killed 30 fighters from rebel groups as well as destroying 9 tanks.",  # a verb of its own
        "The shelling killed 30 fighters from rebel groups as well as 9 km of road.",  # no people
        "The strike killed 30 of the 120 hostages held in the town.",  # a part of a count, not a second
        "The army killed 30 of Very Long Capitalised Name Group as well as three of them.",  # a capitalised run
        "The clashes killed 30 members of armed groups as well as many civilians.",  # no count
    ],
)
def test_a_joined_phrase_with_no_second_count_of_the_dead_adds_none(text: str) -> None:
    assert figures(text) == [("fatalities", 30, 30)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Warplanes struck rebel-held parts of Idlib on Sunday. The Idlib strikes came days after the heaviest "
            "raids on homes for weeks killing more than 30 people and injuring dozens.",
            [("fatalities", 31), ("wounded", 12)],
        ),
        (
            "Warplanes struck Idlib on Sunday. The Idlib strikes came days after the heaviest raids on homes for "
            "weeks killing more than 30 people.",
            [("fatalities", 31)],
        ),
    ],
)
def test_a_sentence_told_twice_of_one_engagement_keeps_its_counts(
    body: str, expected: list[tuple[str, int]], gazetteer: Gazetteer
) -> None:
    found = extract(Article("test", "t", body), gazetteer)
    assert sorted((f.kind, f.low) for c in found.claims for f in c.figures) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Jets struck Idlib on Sunday. Activists said the strikes and the raids on homes were the heaviest for weeks.",
        "Jets struck Idlib on Sunday. The strikes came days after raids on homes that left the town without power.",
        "Jets struck Idlib on Sunday. The Idlib strikes came days after the raids, and no one was hurt in either.",
        "Jets struck Idlib on Sunday. The strikes followed the raids of Saturday, killing and wounding dozens.",
        "Jets struck Idlib on Sunday. The strikes and raids on Idlib, Saraqeb and Binnish killed nobody, medics said.",
    ],
)
def test_a_sentence_told_twice_with_no_count_gains_none(body: str, gazetteer: Gazetteer) -> None:
    found = extract(Article("test", "t", body), gazetteer)
    assert [f for c in found.claims for f in c.figures if f.low > 0] == []


def test_the_adversarial_inputs_read_what_they_should() -> None:
    assert [len(list(_ACTIVE_KILL.finditer(t))) for t in FIGURES24_TEXTS] == [0, 0, 0, 0, 0, 0]
    assert [len(list(_PASSIVE_KILL.finditer(t))) for t in FIGURES24_TEXTS] == [0, 0, 0, 0, 0, 0]
    assert [_JOINED_BEFORE.search(t) is not None for t in FIGURES24_TEXTS] == [False, False, False, False, False, False]
    assert [_AND_MORE.match(t) is not None for t in FIGURES24_TEXTS] == [False] * 6
    assert [_JOINED_AFTER.match(t) is not None for t in FIGURES24_TEXTS] == [False, False, False, False, False, False]
