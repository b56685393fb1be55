"""Place names as other outlets spell them: an ayn written inside an unknown name, and a spelling linked beside a
neighbour linked by its own (twenty-first session, helper outlets2), on sentences written for these tests."""

from __future__ import annotations

import re

import pytest

from bench.adversarial import PLACE_NAME_TEXTS
from loaders.gazetteer import Gazetteer
from loaders.name_words import PLACE_NAME
from tests.written import written


def places(gazetteer: Gazetteer, text: str) -> set[str]:
    """The place keys the extractor finds in a one-paragraph article with a title line."""
    body = "A report\n\n" + text
    extraction = written(body, gazetteer, corpus="t")
    return {m.key for m in extraction.mentions if m.kind == "place"}


@pytest.mark.parametrize(
    ("text", "key", "fragment"),
    [
        (
            "Helicopters dropped barrel bombs on the village of Ta’anouz in the countryside of Hama.",
            "place/local/taanouz",
            "place/local/ta",
        ),
        (
            "Warplanes carried out raids on the town of Sa’dabeh in the western countryside of Idlib.",
            "place/local/sadabeh",
            "place/local/sa",
        ),
        (
            "Clashes went on in al-Mu’azzarah area in the countryside of Daraa.",
            "place/local/al-muazzarah",
            "place/local/al-mu",
        ),
    ],
)
def test_an_ayn_inside_an_unknown_name_keeps_the_name_whole(
    gazetteer: Gazetteer, text: str, key: str, fragment: str
) -> None:
    found = places(gazetteer, text)
    assert key in found
    assert fragment not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a possessive is no ayn: the place is the one before it
        ("Regime forces shelled Hama’s northern countryside overnight.", {"place/hama-governorate-85678363"}),
        (
            "Warplanes struck Idlib’s southern countryside and the town of Saraqeb.",
            {"place/idlib-governorate-85678373", "place/saraqib-890449833"},
        ),
        # a surname is no village
        ("Warplanes struck areas in the town, O’Brien wrote on Monday.", set()),
        # a known name with an ayn stays the gazetteer's
        ("The regime forces shelled the town of Ma’arrat al-Nu’man at dawn.", {"place/maarrat-al-numan-421190421"}),
        # a closing quote after a plural is no ayn
        (
            "The warplanes’ raids targeted the town of Kafr Nabl in Idlib countryside.",
            {"place/kafr-nabl-890449847", "place/idlib-governorate-85678373"},
        ),
    ],
)
def test_an_apostrophe_that_is_no_ayn_joins_nothing(gazetteer: Gazetteer, text: str, expected: set[str]) -> None:
    assert places(gazetteer, text) == expected


def test_a_spelling_is_linked_beside_a_neighbour_linked_by_its_own(gazetteer: Gazetteer) -> None:
    text = (
        "The regime forces shelled al-Latamneh in the northern countryside of Hama, and helicopters dropped barrel "
        "bombs on Maarkbeh village."
    )
    found = places(gazetteer, text)
    assert "place/ma-arrkabah-1293379073" in found
    assert "place/local/maarkbeh" not in found


@pytest.mark.parametrize(
    "text",
    [
        # no neighbour in its district: a short spelling across a whole governorate stays unlinked
        "Helicopters dropped barrel bombs on Maarkbeh village in the northern countryside of Hama.",
        # a neighbour linked by its spelling in another governorate does not vouch for it
        "The regime forces shelled Talbeesa in the countryside of Homs, and helicopters bombed Maarkbeh village.",
        # a word no pattern reads as a place stays none
        "The regime forces shelled al-Latamneh in the countryside of Hama. Maarkbeh is a cafe the writer made up.",
    ],
)
def test_a_neighbour_elsewhere_links_no_spelling(gazetteer: Gazetteer, text: str) -> None:
    found = places(gazetteer, text)
    assert "place/ma-arrkabah-1293379073" not in found


@pytest.mark.parametrize(
    ("text", "names"),
    list(
        zip(
            PLACE_NAME_TEXTS,
            [["M’a’a’a’a’a"] * 400, ["Ta’anouz Sa’dabeh"] * 250, [], ["Aa"] * 1000],  # an ending or lone one is no ayn
            strict=True,
        )
    ),
)
def test_the_name_word_reads_adversarial_text(text: str, names: list[str]) -> None:
    # its speed on these is timed by make bench-patterns (bench/adversarial.py)
    assert [m.group() for m in re.finditer(PLACE_NAME, text)] == names
