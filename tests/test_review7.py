"""The review of the twentieth session's place rules on sentences written for it (helper review7; docs/extraction.md,
"Mentions"). Every text is made up for the test."""

from __future__ import annotations

import pytest
from extracted_places import places

from loaders import gazetteer as gazetteer_module
from loaders.gazetteer import Gazetteer
from loaders.homonym_neighbours import homonyms_by_neighbours
from loaders.mention_filters import gazetteer_mentions
from loaders.model import Span


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Shells hit the Homs residential district on Monday.", "place/homs-421168647"),
        ("Jets struck the Idlib residential district near the bakery.", "place/idlib-890432567"),
    ],
)
def test_a_described_district_of_a_city_is_no_administrative_district(
    text: str, city: str, gazetteer: Gazetteer
) -> None:
    """ "the Homs residential district" is part of the city; the tables' "Homs district" is the province's."""
    assert city in places(text, gazetteer).values()


@pytest.mark.parametrize(
    "text",
    [
        "Jets killed Abu Hassan residents in the village on Monday.",
        "Shells wounded Abu Hassan villagers on Monday.",
        "The area known as Abu Hassan was bombed.",
        "Jets bombed a village called Abu Hassan on Monday.",
    ],
)
def test_a_kunya_told_as_ground_after_a_verb_of_persons_stays_a_village(text: str, gazetteer: Gazetteer) -> None:
    """The village's people after it, or a kind of place before a verb of naming: the name is the village's."""
    assert "Abu Hassan" in places(text, gazetteer)


def test_according_to_governs_a_speaker_not_a_kunya_village(gazetteer: Gazetteer) -> None:
    """ "according to" is no locative, for a kunya as for a one-word name: the man is no village."""
    text = "According to Abu Hassan, a rebel commander, the jets struck Salqin."
    found = places(text, gazetteer)
    assert "Abu Hassan" not in found
    assert "Salqin" in found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Officials in Damascus al-Jaafari and al-Moallem denied the report.", ["al-Jaafari", "al-Moallem"]),
        ("Jets shelled Aleppo al-Watan and al-Akhbar reported on Monday.", ["al-Watan", "al-Akhbar"]),
        ("Gunmen from Idlib al-Hassan and al-Ahmad families fled to Turkey.", ["al-Hassan", "al-Ahmad"]),
    ],
)
def test_names_listed_after_a_place_before_a_verb_of_saying_or_kin_are_no_places(
    text: str, names: list[str], gazetteer: Gazetteer
) -> None:
    """A list whose last name is followed by a verb of saying or a noun of kin names speakers or families."""
    found = places(text, gazetteer)
    assert not set(names) & set(found)


def test_a_list_of_places_before_an_inverted_said_stays(gazetteer: Gazetteer) -> None:
    """ "... and al-Jubbeisiyeh said the Observatory": the speaker follows its verb, the list is of places."""
    text = "Clashes went on in al-Khudrawiyeh and al-Jubbeisiyeh said the Observatory."
    assert "al-Jubbeisiyeh" in places(text, gazetteer)


@pytest.mark.parametrize(
    "text",
    [
        "Russia keeps a Mediterranean naval base at Tartus.",
        "Russia's Mediterranean base at Tartus was expanded.",
    ],
)
def test_the_seas_adjective_before_a_naval_base_names_no_sea(text: str, gazetteer: Gazetteer) -> None:
    """ "Mediterranean" before the naval base it describes is an adjective; the base's town is the place."""
    found = places(text, gazetteer)
    assert "Mediterranean" not in found
    assert "Tartus" in found


def test_the_namesakes_of_a_sentence_are_read_in_one_pass(
    gazetteer: Gazetteer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The sentence is tokenized once for all its places, not once per place (a list of 700 places took 8 s)."""
    text = "Shells hit Zaara, Hama, Zaara, Idlib and Zaara on Monday."
    found = gazetteer_mentions(text, Span(0, len(text)), gazetteer)
    calls: list[str] = []
    tokenize = gazetteer_module.tokenize
    monkeypatch.setattr(gazetteer_module, "tokenize", lambda *args: calls.append("t") or tokenize(*args))
    homonyms_by_neighbours(text, [Span(0, len(text))], [found], gazetteer)
    assert len(calls) == 1


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jets hit Aleppo and al-Watan reported the toll on Monday.", "al-Watan"),
        ("Jets hit Aleppo and al-Watan said on Monday that ten died.", "al-Watan"),
    ],
)
def test_a_name_joined_to_a_known_place_before_a_verb_of_saying_is_no_place(
    text: str, name: str, gazetteer: Gazetteer
) -> None:
    """ "Aleppo and al-Watan reported": "and" joins two clauses, the second said by an outlet (the twelfth session's
    rule of a name joined to a known place reads the same guard)."""
    assert name not in places(text, gazetteer)


def test_a_sentences_capitalised_article_opens_no_described_quarter(gazetteer: Gazetteer) -> None:
    """ "The al-Assad residential suburb" at a sentence's start: the quarter's mention starts at its name."""
    assert "al-Assad residential suburb" in places("The al-Assad residential suburb was shelled on Monday.", gazetteer)


@pytest.mark.parametrize(
    "text",
    [
        "Abu Hassan, a village at the head of the valley, was shelled on Monday.",
        "Rebels called Abu Hassan a stronghold of the regime.",
    ],
)
def test_a_kind_of_place_in_apposition_keeps_a_kunya_village(text: str, gazetteer: Gazetteer) -> None:
    """A kind of place in apposition, its noun closing the phrase, says the kunya is the village's name."""
    assert "Abu Hassan" in places(text, gazetteer)


def test_a_kind_word_describing_a_person_is_no_apposition_of_place(gazetteer: Gazetteer) -> None:
    """ "a camp commander" is a man: the kunya stays no place."""
    assert "Abu Hassan" not in places("Gunmen killed Abu Hassan, a camp commander, in Idlib.", gazetteer)


def test_a_tie_among_the_nearest_sentences_is_broken_only_among_the_tied(gazetteer: Gazetteer) -> None:
    """Idlib named next door ties the Bab al-Hawas of Idlib: a farther sentence naming Hasakah twice does not pick
    Hasakah's namesake."""
    texts = [
        "Fighting raged in the Idlib countryside on Monday.",
        "Gunmen clashed near the Bab al-Hawa crossing.",
        "The dead were not named.",
        "Jets also struck al-Shaddadi in Hasakah province.",
    ]
    body = " ".join(texts)
    spans, start = [], 0
    for text in texts:
        spans.append(Span(start, start + len(text)))
        start += len(text) + 1
    per_sentence = [gazetteer_mentions(body, span, gazetteer) for span in spans]
    crossing = homonyms_by_neighbours(body, spans, per_sentence, gazetteer)[1]
    keys = {m.key for m in crossing if body[m.span.start : m.span.end].endswith("Hawa")}
    assert keys
    assert not any(
        gazetteer.in_syria(k) and "place/al-hasakah-governorate-85678377" in gazetteer.ancestors(k) for k in keys
    )
