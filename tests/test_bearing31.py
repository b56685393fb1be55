"""Bearing31's rule: a bearing a name's own phrase states ("X in southern Idlib", "X, 40 km south of Aleppo") checks
which namesake the name is (`stated_bearings`): sentences written for these tests, never copied from a corpus."""

from __future__ import annotations

from detection import place_keys

from bench.adversarial import BEARINGS31_TEXTS
from loaders import stated_bearings
from loaders.gazetteer import Gazetteer

BARISHA = "place/barisha-1310082733"  # a village of Harim district, in the far north of Idlib province
HAJIB_OF_AFRIN = "place/al-hajib-1193262917"  # north-west of Aleppo city
HAJIB_OF_SAFIRAH = "place/al-hajib-1209304275"  # south-east of Aleppo city
HAMMAM_OF_AFRIN = "place/al-hammam-1259668121"  # 18 km north of Aleppo city's latitude, far west of it
HARAH = "place/al-harah-1344179345"  # in the north of Daraa province
TELL_RIFAAT = "place/tell-rifaat-890449827"  # a town north of Aleppo the news knows well


def test_a_spelling_read_as_a_village_on_the_other_side_of_its_province_is_refused(gazetteer: Gazetteer) -> None:
    keys = place_keys(gazetteer, "Jets struck the village of Barsha in southern Idlib on Monday, killing five people.")
    assert BARISHA not in keys
    assert "place/local/barsha" in keys


def test_a_bearing_after_the_province_counts_too(gazetteer: Gazetteer) -> None:
    keys = place_keys(gazetteer, "Jets struck the village of Barsha in Idlib's southern countryside on Monday.")
    assert BARISHA not in keys
    assert "place/local/barsha" in keys


def test_the_bearing_picks_the_namesake_on_its_side(gazetteer: Gazetteer) -> None:
    # two villages of this name in Aleppo province; the matcher's first choice is Afrin's, north-west of the city
    for text in (
        "Jets struck the village of al-Hajib in the southern Aleppo countryside on Monday.",
        "Jets struck the village of al-Hajib, 40 km south of Aleppo, on Monday.",
    ):
        keys = place_keys(gazetteer, text)
        assert HAJIB_OF_SAFIRAH in keys
        assert HAJIB_OF_AFRIN not in keys


def test_the_bearing_after_a_list_checks_each_of_its_places(gazetteer: Gazetteer) -> None:
    keys = place_keys(
        gazetteer, "Jets struck the villages of al-Hajib, Tkad and Barsha in the southern Aleppo countryside."
    )
    assert HAJIB_OF_SAFIRAH in keys
    assert HAJIB_OF_AFRIN not in keys


def test_a_namesake_on_the_stated_side_stays(gazetteer: Gazetteer) -> None:
    keys = place_keys(gazetteer, "Jets struck the village of al-Hajib, north of Aleppo, on Monday.")
    assert HAJIB_OF_AFRIN in keys
    assert HAJIB_OF_SAFIRAH not in keys


def test_a_village_a_little_on_the_other_side_stays(gazetteer: Gazetteer) -> None:
    # within the margin: 18 km north of the city is not clearly outside "the southern Aleppo countryside"
    keys = place_keys(gazetteer, "Jets struck the village of al-Hammam in the southern Aleppo countryside on Monday.")
    assert HAMMAM_OF_AFRIN in keys


def test_an_adjective_that_may_place_the_province_in_the_country_is_no_check(gazetteer: Gazetteer) -> None:
    # Daraa province lies in Syria's south: "southern Daraa province" may say just that
    keys = place_keys(gazetteer, "Jets struck the town of Hara in southern Daraa province on Monday.")
    assert HARAH in keys
    # a bearing from the city is one
    keys = place_keys(gazetteer, "Jets struck the town of Hara, 40 km south of Daraa, on Monday.")
    assert HARAH not in keys
    assert "place/local/hara" in keys


def test_a_well_known_town_is_not_refused(gazetteer: Gazetteer) -> None:
    keys = place_keys(gazetteer, "Rebels shelled Tal Rifaat, 30 km south of Aleppo, on Monday.")
    assert TELL_RIFAAT in keys


def test_where_people_went_from_a_village_is_no_bearing_of_it(gazetteer: Gazetteer) -> None:
    keys = place_keys(gazetteer, "Hundreds fled from Barsha to the south of Idlib on Monday.")
    assert BARISHA in keys


def test_the_patterns_read_their_adversarial_inputs() -> None:
    texts = BEARINGS31_TEXTS
    assert [stated_bearings.BETWEEN.fullmatch(t) for t in texts] == [None] * len(texts)
    assert [stated_bearings.AFTER.match(t) for t in texts] == [None] * len(texts)
    assert [stated_bearings.RELATIVE.search(t) for t in texts] == [None] * len(texts)
    assert [stated_bearings.LIST_JOIN.fullmatch(t) for t in texts] == [None] * len(texts)
    # two end in "from the ..." and "from the western of ": a name after them follows "from"
    found = [m.group() if m else None for m in (stated_bearings.FROM_BEFORE.search(t) for t in texts)]
    assert found == [None] * 7 + ["from ", "from the western of ", None]
    assert stated_bearings.BETWEEN.fullmatch(" village, 20 km to the north of ") is not None
    assert stated_bearings.BETWEEN.fullmatch(" in the northern ") is not None
    assert stated_bearings.AFTER.match("'s western countryside") is not None
    # another name between the two is no own phrase
    assert stated_bearings.BETWEEN.fullmatch(" and Kafr Nabl in southern ") is None
    assert stated_bearings.LIST_JOIN.fullmatch(", and ") is not None
    assert stated_bearings.LIST_JOIN.fullmatch(" or ") is None
