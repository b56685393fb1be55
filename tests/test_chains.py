"""Run-on reports: several events chained in one comma sentence stay several engagements (twenty-first session,
helper chains). The texts are written for the tests, in the style of the Observatory's English reports."""

from __future__ import annotations

import pytest

from bench.adversarial import CHAIN_TEXTS
from loaders.chained_clauses import chain_breaks, chained_on
from loaders.extract import extract
from loaders.gazetteer import Gazetteer
from loaders.model import Article
from tests.written import place_slugs as _places


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # ", also <toll> by bombing over X": its own strike, though both lie in Idlib's countryside
            "Helicopters dropped barrel bombs on Khan Shaykhun in the southern countryside of Idlib, also 3 people were"
            " killed by bombing by warplanes on the town of Saraqib in the eastern countryside of Idlib.",
            [("air-strike", ["khan-shaykhun"]), ("air-strike", ["saraqib"])],
        ),
        (  # ", the warplanes also ...": the chained clause opens on its own subject
            "The warplanes carried out raids on Ariha in the countryside of Idlib which killed two children, the"
            " warplanes also carried out raids on the village of Kafr Nabl in the countryside of Idlib.",
            [("air-strike", ["ariha"]), ("air-strike", ["kafr-nabl"])],
        ),
        (  # ", while the warplanes ...": another means at another town of the same province
            "The regime forces shelled areas in the town of Kafr Zita in the northern countryside of Hama, while the"
            " warplanes bombed the town of Latamneh in the northern countryside of Hama, no information about"
            " casualties.",
            [("shelling", ["kafr-zita"]), ("air-strike", ["al-lataminah"])],
        ),
        (  # a chained clause whose place comes after an "and" inside it ("intense and violent bombing over X")
            "Regime helicopters dropped barrel bombs on Kafr Nabl in the countryside of Idlib, also it rose to 7 the"
            " number of people who were killed in the intense and violent bombing by regime warplanes over Saraqib in"
            " the countryside of Idlib.",
            [("air-strike", ["kafr-nabl"]), ("air-strike", ["saraqib"])],
        ),
        (  # ", followed by <deed> on Y"
            "The regime forces shelled Kafr Zita in the countryside of Hama, followed by shelling by the regime forces"
            " on Latamneh in the countryside of Hama.",
            [("shelling", ["kafr-zita"]), ("shelling", ["al-lataminah"])],
        ),
    ],
)
def test_a_chained_clause_with_a_town_of_its_own_is_its_own_engagement(
    body: str, expected: list[tuple[str, list[str]]], gazetteer: Gazetteer
) -> None:
    assert _places(body, gazetteer) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # the chained clause names no place of its own: the toll of the strike told
            "The warplanes bombed Saraqib in the eastern countryside of Idlib, also killing 3 people in the town.",
            [("air-strike", ["saraqib"])],
        ),
        (  # both clauses name the same town and nothing else: one bombardment told twice
            "Regime forces shelled Douma in Eastern Ghouta, also warplanes bombed Douma in Eastern Ghouta killing 4"
            " people.",
            [("shelling", ["douma", "eastern-ghouta"])],
        ),
        (  # a list of the struck towns, its last one after ", and also"
            "Regime warplanes bombed Saraqib, Binnish, and also Taftanaz in the countryside of Idlib, killing 5"
            " people.",
            [("air-strike", ["saraqib", "binnish", "taftanaz"])],
        ),
        (  # ", also the town of Y": a second object of the one strike, no deed of its own
            "Regime warplanes bombed Saraqib in the countryside of Idlib, also the town of Binnish in the countryside"
            " of Idlib, killing 5 people.",
            [("air-strike", ["saraqib", "binnish"])],
        ),
        (  # ", which also ...": a relative clause about the strike told
            "Regime warplanes bombed Saraqib in the countryside of Idlib, which also hit Binnish in the countryside of"
            " Idlib killing 5 people.",
            [("air-strike", ["saraqib", "binnish"])],
        ),
        (  # "while also" with no comma: inside the clause
            "Regime warplanes bombed Saraqib in the countryside of Idlib killing 5 people while also bombing Binnish in"
            " the countryside of Idlib.",
            [("air-strike", ["saraqib", "binnish"])],
        ),
    ],
)
def test_no_chained_clause_of_its_own(body: str, expected: list[tuple[str, list[str]]], gazetteer: Gazetteer) -> None:
    assert _places(body, gazetteer) == expected


def test_a_chain_word_opens_a_clause_only_after_a_comma() -> None:
    assert chained_on("shelled X, also 4 were killed", 9)
    assert chained_on("shelled X; also 4 were killed", 9)
    assert chained_on("shelled X, while the jets bombed Y", 11)
    assert chained_on("shelled X, the warplanes also bombed Y", 9)
    assert chained_on("clashed in X, amid raids on Y", 12)
    assert not chained_on("Y was also shelled", 5)  # no comma
    assert not chained_on("killed while fleeing", 7)  # no comma
    assert not chained_on("shelled X, which also hit Y", 9)  # a relative clause
    assert not chained_on("hit X, Y and also Z", 5)  # a list


@pytest.mark.parametrize(("text", "chained"), list(zip(CHAIN_TEXTS, [True, False, False, False], strict=True)))
def test_chain_patterns_read_adversarial_input(text: str, chained: bool) -> None:
    # every ', also' of a run breaks a chain, nothing else does; their speed is timed by make bench-patterns
    assert chain_breaks(text, 0, len(text)) == ([(at, at + 6) for at in range(0, 4998, 7)] if chained else [])
    assert chained_on(text, 0) is chained


def test_a_scene_sharing_a_place_with_the_next_joins_the_next_not_the_one_before(gazetteer: Gazetteer) -> None:
    # the strike on Saraqib and the one on Binnish share Idlib's countryside: they join each other, not the shelling
    # of Kafr Zita in Hama before them
    body = (
        "Regime forces shelled Kafr Zita in the countryside of Hama while warplanes bombed Saraqib in the countryside"
        " of Idlib and warplanes struck Binnish in the countryside of Idlib killing 3 people."
    )
    assert _places(body, gazetteer) == [("shelling", ["kafr-zita"]), ("air-strike", ["saraqib", "binnish"])]


def test_a_strike_told_amid_a_clash_at_a_town_of_its_own_is_its_own_engagement(gazetteer: Gazetteer) -> None:
    body = (
        "Clashes renewed between the regime forces and the rebels near Harasta in the Eastern Ghouta, amid several"
        " raids by regime warplanes on places in the town of Arbin in the Eastern Ghouta."
    )
    assert _places(body, gazetteer) == [
        ("armed-clash", ["harasta", "eastern-ghouta"]),
        ("air-strike", ["eastern-ghouta", "irbin"]),
    ]


@pytest.mark.parametrize(
    "body",
    [
        # ", amid" shelling on the clashing areas: no place of its own, the battle's own bombardment
        "Clashes renewed between the regime forces and the rebels near Harasta in the Eastern Ghouta, amid heavy"
        " shelling by the regime forces on the clashing areas.",
        # "amid" with no comma (FA-KES): left as it was
        "Clashes renewed between the regime forces and the rebels near Harasta in the Eastern Ghouta amid raids by"
        " warplanes on Arbin in the Eastern Ghouta.",
    ],
)
def test_amid_opens_no_scene_without_a_comma_and_a_place_of_its_own(body: str, gazetteer: Gazetteer) -> None:
    assert all("harasta" in places for _, places in _places(body, gazetteer))


def test_also_and_a_participle_is_the_toll_of_the_clause_before(gazetteer: Gazetteer) -> None:
    # ", also killing 3 people": the strike on Saraqib's toll, not a chained deed that would carry it to Binnish
    body = (
        "Regime warplanes bombed Saraqib in the countryside of Idlib, also killing 3 people, and regime helicopters"
        " dropped barrel bombs on Binnish in the countryside of Idlib."
    )
    x = extract(Article("test", "t", body), gazetteer)
    places = {e.key: e.places for e in x.engagements}
    tolls = [c for c in x.claims if c.figures and c.figures[0].kind == "fatalities"]
    assert tolls and all("place/saraqib-890449833" in places[c.engagement or ""] for c in tolls)
