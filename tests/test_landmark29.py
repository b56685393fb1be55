"""Twenty-ninth session (helper landmark29): a site named after its city and a kind word ("Aleppo Central Prison"),
and a hospital named as the place where something happens. Texts written for the tests."""

from __future__ import annotations

from bench.adversarial import HOSPITAL29_TEXTS, SPORTS29_TEXTS, found, searched
from loaders.gazetteer import Gazetteer
from loaders.local_actor_names import _HOSPITAL_REACHED, _SPEAKER_AT, hospital_as_site
from loaders.local_place_names import LANDMARK, stops_landmark
from tests.written import written

_LEAD = "Heavy fighting was reported across the north of the country on Sunday and many families fled their homes. "


def _keys(text: str, gazetteer: Gazetteer) -> list[str]:
    x = written(_LEAD + text, gazetteer)
    return [m.key for m in x.mentions]


# --- "near Aleppo Central Prison": the city's name and a kind word name the site ---


def test_a_city_and_a_kind_word_name_a_site(gazetteer: Gazetteer) -> None:
    keys = _keys("Army units pressed on with their operations near Aleppo Central Prison.", gazetteer)
    assert "place/local/aleppo-central-prison" in keys
    assert "place/aleppo-421202163" in keys  # the city is kept beside its site


def test_two_kind_words_after_the_city_name_a_site_too() -> None:
    assert not stops_landmark(["Hama", "National", "Military", "Hospital"])


def test_a_kind_word_alone_names_no_site(gazetteer: Gazetteer) -> None:
    keys = _keys("Army units pressed on with their operations near the Central Prison.", gazetteer)
    assert not [k for k in keys if k.startswith("place/local/")]


def test_a_city_before_a_plain_word_is_still_cut() -> None:
    # "Aleppo Central" with no landmark noun after the kind words names nothing; "Homs Prison" stays as it was
    assert stops_landmark(["Aleppo", "Central", "Command"])
    assert stops_landmark(["Homs", "Prison"])


# --- "taken to Izraa National Hospital": a hospital reached is a site, not a body ---


def test_a_hospital_the_wounded_reach_is_a_site(gazetteer: Gazetteer) -> None:
    keys = _keys("The three wounded men arrived at Izraa National Hospital for treatment.", gazetteer)
    assert "place/local/izraa-national-hospital" in keys
    assert "actor/local/izraa-national-hospital" not in keys


def test_a_hospital_a_bomb_went_off_near_is_a_site(gazetteer: Gazetteer) -> None:
    keys = _keys("A roadside bomb went off near Qamishli National Hospital on Monday.", gazetteer)
    assert "place/local/qamishli-national-hospital" in keys


def test_a_hospital_someone_at_it_speaks_for_stays_a_body(gazetteer: Gazetteer) -> None:
    keys = _keys("A doctor at Izraa National Hospital told reporters that two of the men later died.", gazetteer)
    assert "actor/local/izraa-national-hospital" in keys
    assert not hospital_as_site("a source at Homs National Hospital", len("a source at "), "Homs National Hospital")
    text = "the director of the Homs National Hospital"
    assert not hospital_as_site(text, len("the director of the "), "Homs National Hospital")


def test_a_body_that_is_no_hospital_stays_a_body() -> None:
    text = "a statement issued at Aleppo Police Command"
    assert not hospital_as_site(text, len("a statement issued at "), "Aleppo Police Command")


def test_the_hospital_words_read_adversarial_text() -> None:
    # a run ends mid-word or with no preposition after a speaker's word: only the blanks after "near" read as
    # reaching a site
    assert [searched(_HOSPITAL_REACHED)(t) is not None for t in HOSPITAL29_TEXTS] == [False, False, False, True]
    assert [searched(_SPEAKER_AT)(t) is not None for t in HOSPITAL29_TEXTS] == [False, False, False, False]


# --- "hit al-Nidal Sports Club": a two-word landmark noun after a name its article opens ---


def test_a_sports_club_hit_is_a_site(gazetteer: Gazetteer) -> None:
    keys = _keys("Two mortar rounds hit al-Nidal Sports Club and a house in the area.", gazetteer)
    assert "place/local/al-nidal-sports-club" in keys


def test_a_two_word_landmark_noun_is_not_cut_from_its_name(gazetteer: Gazetteer) -> None:
    keys = _keys("Shells fell near the al-Raqib Power Plant at dawn.", gazetteer)
    assert "place/local/al-raqib-power-plant" in keys


def test_a_club_with_no_name_and_a_lost_comma_stay_as_they_were(gazetteer: Gazetteer) -> None:
    assert not [k for k in _keys("Two mortar rounds hit the Sports Club downtown.", gazetteer) if "/local/" in k]
    keys = _keys("Shells fell on al-Khalidiye Nile Street in the morning.", gazetteer)
    assert "place/local/nile-street" in keys


def test_the_landmark_reads_adversarial_club_text() -> None:
    assert [len(found(LANDMARK)(t)) for t in SPORTS29_TEXTS] == [0, 208, 277, 0]
