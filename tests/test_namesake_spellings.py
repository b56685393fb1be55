"""Well-known towns whose news spellings named a namesake elsewhere (twenty-fourth session): small sentences written for
these tests. The spellings live in `EXTRA_NAMES` of scripts/make_reference.py (docs/decisions/20261121-gazetteer.md,
"Homonyms")."""

from __future__ import annotations

import pytest

from loaders.gazetteer import Gazetteer
from tests.written import written

ABU_AL_DUHUR = "place/abu-az-zuhur-1243534577"  # the Idlib town and airbase (WOF "Abu az Zuhur")
RAQQA_NAMESAKE = "place/abu-ad-duhur-1293133805"  # WOF "Abu ad Duhur", a village of Tall Abyad district


def place_keys(gazetteer: Gazetteer, text: str) -> list[str]:
    """The keys of the places the extractor links in a one-sentence article."""
    return [m.key for m in written(text, gazetteer).mentions if m.kind == "place"]


@pytest.mark.parametrize(
    "text",
    [
        "Rebels shelled the Abu al-Duhur airbase in the Idlib countryside on Monday.",
        "Government troops advanced on Abu Duhur from the south.",
        "Clashes went on near Abu al-Dhuhur military airport overnight.",
        "Jets struck Abu al-Thuhur and nearby villages on Sunday.",
        "The army took Abu al-Duhour after a week of fighting.",
    ],
)
def test_the_news_spellings_of_abu_al_duhur_are_the_idlib_town(text: str, gazetteer: Gazetteer) -> None:
    keys = place_keys(gazetteer, text)
    assert ABU_AL_DUHUR in keys
    assert RAQQA_NAMESAKE not in keys


def test_a_table_cell_naming_abu_al_duhur_is_the_idlib_town(gazetteer: Gazetteer) -> None:
    found = gazetteer.lookup("Abu al-Duhur")
    assert found is not None and found.key == ABU_AL_DUHUR
    assert "place/idlib-governorate-85678373" in gazetteer.ancestors(ABU_AL_DUHUR)


def test_the_raqqa_village_keeps_its_own_spelling(gazetteer: Gazetteer) -> None:
    # WOF's spelling of the namesake, its article written apart, still names the village of Tall Abyad district
    keys = place_keys(gazetteer, "Shells fell on Abu ad Duhur village near Tall Abyad.")
    assert RAQQA_NAMESAKE in keys
    assert ABU_AL_DUHUR not in keys


@pytest.mark.parametrize(
    "text",
    [
        "The commander Abu Duhur said the attack had failed.",  # a fighter's kunya
        "The rebel commander Abu al-Zuhur al-Halabi said the attack had failed.",
        "Worshippers left the mosque after the Dhuhur prayer in Idlib.",  # the noon prayer
        "Read more at www.example.com/abu-duhur-airbase for the details.",  # a slug, lowercase
        "a lowercase tag: abu al-duhur, idlib, airbase",
    ],
)
def test_near_misses_of_abu_al_duhur_are_no_town(text: str, gazetteer: Gazetteer) -> None:
    assert ABU_AL_DUHUR not in place_keys(gazetteer, text)
