"""Rules from reading other outlets' English reports of the war (twenty-first session, sohr), on sentences written
for these tests."""

from __future__ import annotations

import pytest

from bench.adversarial import SPACED_ARTICLES
from loaders.aliases import tokenize
from loaders.gazetteer import Gazetteer
from tests.written import written


def places(gazetteer: Gazetteer, text: str) -> set[str]:
    """The place keys the extractor finds in a one-paragraph article with a title line."""
    body = "A report\n\n" + text
    extraction = written(body, gazetteer, corpus="t")
    return {m.key for m in extraction.mentions if m.kind == "place"}


# -- "al- Nusra": a hyphenated article with a typed space ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Fighters of Jabhat al- Nusra held the hill.", "Nusra"),
        ("Shells fell on Daraa al- Balad at dawn.", "Balad"),
        ("The town of Al- Bab was quiet.", "Bab"),
    ],
)
def test_a_spaced_hyphenated_article_belongs_to_the_next_name(text: str, surface: str) -> None:
    token = next(t for t in tokenize(text) if t.surface == surface)
    assert token.article_start is not None
    assert text[token.article_start : token.article_start + 3].lower() == "al-"


@pytest.mark.parametrize(
    "text",
    [
        "The prefix al- is written before most names.",  # the next word is lower case
        "They drove the Damascus – Homs highway.",  # a dash between two names, spaced on both sides
        "The word al -Bab was misprinted.",  # the space before the hyphen: no article typed to either word
        "Write al-\nBab on two lines.",  # a hyphen broken at a line end
        "Names like al- and el- open many villages.",  # a list of the articles themselves
    ],
)
def test_no_article_is_tied_across_other_gaps(text: str) -> None:
    tied = [text[t.article_start : t.start] for t in tokenize(text) if t.article_start is not None]
    assert not any("- " in gap or "\n" in gap or " -" in gap for gap in tied)


def test_a_quarter_with_a_spaced_article_is_not_a_namesake_abroad(gazetteer: Gazetteer) -> None:
    found = places(gazetteer, "The regime forces shelled Daraa al- Balad on Monday, killing a child.")
    assert "place/daraa-al-balad-daraa" in found
    assert "place/balad-890449815" not in found  # Balad in Iraq


def test_tokenize_reads_runs_of_spaced_articles() -> None:
    # its speed on these is timed by make bench-patterns (bench/adversarial.py)
    bab = [t for t in tokenize(SPACED_ARTICLES[0]) if t.surface == "Bab"]
    assert len(bab) == 600 and all(t.article_start == t.start - 4 for t in bab)


# -- "the warplanes carried out raids on X": aircraft told striking say who struck -----------------------------------


def engagements(gazetteer: Gazetteer, text: str) -> list[tuple[str, tuple[str, ...]]]:
    """(type, places) of the engagements the extractor finds in a one-paragraph article with a title line."""
    body = "A report\n\n" + text
    return [(e.type, e.places) for e in written(body, gazetteer, corpus="t").engagements]


@pytest.mark.parametrize(
    "text",
    [
        "The warplanes carried out several raids on areas in Ariha city.",
        "Helicopters dropped explosive barrels on the town of Ariha.",
        "The monitor saw the warplanes carrying out raids on Ariha, and the toll is unknown.",
        "The warplanes also bombed areas in Ariha, with no information about casualties.",
    ],
)
def test_a_strike_told_with_its_aircraft_is_an_event(gazetteer: Gazetteer, text: str) -> None:
    assert ("air-strike", ("place/ariha-1293760771",)) in engagements(gazetteer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Warplanes have carried out raids on Ariha for months.",  # a perfect: what the town has suffered
        "Warplanes would strike Ariha if the talks failed.",  # a modal
        "The warplanes did not bomb Ariha.",  # a negation
        "Helicopters dropped leaflets on Ariha urging the fighters to surrender.",  # no weapon dropped
        "Helicopters dropped food and medicine on the besieged town of Ariha.",
        "Drones carried out reconnaissance flights over Ariha.",  # nothing struck
        "Warplanes flew over Ariha, and helicopters, jets and drones were seen.",  # a list of aircraft, no strike
    ],
)
def test_aircraft_told_without_a_strike_done_make_no_event(gazetteer: Gazetteer, text: str) -> None:
    assert engagements(gazetteer, text) == []


# -- "Qasr Ben Wardan": "Ben" is "Ibn" inside a place name -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("The warplanes carried out raids on the village of Qasr Ben Wardan.", "place/local/qasr-ben-wardan"),
        ("Shells fell on the village of Kafr Ben Salim, the monitor said on Monday.", "place/local/kafr-ben-salim"),
    ],
)
def test_ben_joins_the_words_of_a_place_name(gazetteer: Gazetteer, text: str, key: str) -> None:
    assert key in places(gazetteer, text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a reporter after the place, the comma lost: his surname is no part of the village
        ("Shells fell on the town of Kafrnabel Ben Hubbard reported on Monday.", "place/local/kafrnabel-ben-hubbard"),
        ("Shells fell on the village of Kafr Ben Salim Ben Wedeman said.", "place/local/kafr-ben-salim-ben-wedeman"),
        ("Warplanes bombed the village of Kafr Ben Hubbard wrote on Monday.", "place/local/kafr-ben-hubbard"),
        ("The shelling of the town of Tal Ben Rhodes told reporters was heavy.", "place/local/tal-ben-rhodes"),
        ("Clashes hit the area of Zor Ben Wedeman says on Monday.", "place/local/zor-ben-wedeman"),
    ],
)
def test_ben_does_not_join_a_speaker_to_a_place(gazetteer: Gazetteer, text: str, wrong: str) -> None:
    assert wrong not in places(gazetteer, text)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Clashes broke out around the village of Kherbet al- Naqous on Monday.", "place/local/kherbet-al-naqous"),
        ("The factions shelled the village of al- Jidda on Monday.", "place/local/al-jidda"),
    ],
)
def test_a_local_name_keeps_an_article_typed_with_a_space(gazetteer: Gazetteer, text: str, key: str) -> None:
    assert key in places(gazetteer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Clashes broke out around the village of Kherbet al -Naqous on Monday.",  # the space before the hyphen
        "Clashes broke out around the village of Kherbet al-  Naqous on Monday.",  # two spaces
        "Clashes broke out around the village of Kherbet al-\nNaqous on Monday.",  # a line break
        "Clashes broke out around the village of Kherbet – Naqous on Monday.",  # a dash between two words
        "Clashes broke out around the village of Kherbet al- naqous on Monday.",  # no capital after the hyphen
    ],
)
def test_no_local_name_is_joined_across_other_gaps(gazetteer: Gazetteer, text: str) -> None:
    assert "place/local/kherbet-al-naqous" not in places(gazetteer, text)
