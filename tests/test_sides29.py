"""Twenty-ninth session (helper sides29): the sides of an engagement. Texts written for the tests."""

from __future__ import annotations

from loaders.gazetteer import Gazetteer
from tests.written import types_sides as _sides

# --- "an explosion at its headquarters": the side the sentence before named owns it ---


def test_its_headquarters_is_the_side_named_before(gazetteer: Gazetteer) -> None:
    text = (
        "Jaish al-Islam lost many commanders last year. "
        "In May a car bomb exploded at its headquarters in Douma killing 12 people."
    )
    assert [t for _, _, t in _sides(text, gazetteer)] == [("actor/jaysh-al-islam",)]


def test_a_side_in_the_same_sentence_is_left_to_the_roles(gazetteer: Gazetteer) -> None:
    text = (
        "Jaish al-Islam lost many commanders last year. "
        "In May the Islamic State said a car bomb exploded at its headquarters in Douma killing 12 people."
    )
    found = _sides(text, gazetteer)
    assert [kind for kind, _, _ in found] == ["remote-explosive"]
    assert all("actor/jaysh-al-islam" not in t for _, _, t in found)


def test_a_place_owned_is_no_side(gazetteer: Gazetteer) -> None:
    text = "Jaish al-Islam lost many commanders last year. In May a car bomb exploded at its market in Douma."
    found = _sides(text, gazetteer)
    assert [kind for kind, _, _ in found] == ["remote-explosive"]
    assert all(not t for _, _, t in found)


def test_its_site_pattern_on_adversarial_inputs() -> None:
    from bench.adversarial import ITS_SITE29_TEXTS
    from loaders.owners_told_before import ITS_SITE

    assert [bool(ITS_SITE.match(t)) for t in ITS_SITE29_TEXTS] == [False, False, False, False]


# --- "the fighting in X" told with no side: the state's and the armed group's reports there ---

_STORY = (
    "Syrian government warplanes struck Aleppo on Monday killing 12 people. "
    "Rebels shelled Aleppo on Tuesday killing four people. "
    "Many residents fled to the countryside. "
)
_FIGHTING = "The fighting in Aleppo has killed at least 130 civilians since the end of July and damaged hospitals."


def test_the_fighting_takes_the_two_camps_told_at_its_place(gazetteer: Gazetteer) -> None:
    clashes = [(a, t) for kind, a, t in _sides(_STORY + _FIGHTING, gazetteer) if kind == "armed-clash"]
    assert clashes == [(("actor/syrian-arab-air-force",), ("actor/syrian-rebels",))]


def test_the_fighting_after_one_camp_only_takes_no_side(gazetteer: Gazetteer) -> None:
    text = (
        "Syrian government warplanes struck Aleppo on Monday killing 12 people. "
        "Syrian troops shelled Aleppo on Tuesday killing four people. "
        "Many residents fled to the countryside. " + _FIGHTING
    )
    clashes = [(a, t) for kind, a, t in _sides(text, gazetteer) if kind == "armed-clash"]
    assert clashes  # the fighting is still told, with no side lent
    assert all(not (a or t) for a, t in clashes)
