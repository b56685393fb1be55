"""Two names of a comma-less list read as one local place are split where each is the spelling of a place near the
article's places (`loaders.run_splits`); twenty-fourth session, helper placelists24. Texts written for the tests."""

from __future__ import annotations

from bench.adversarial import TWO_NAME_RUNS
from loaders import run_splits
from loaders.gazetteer import Gazetteer
from tests.extracted_places import places

IDLIB = "place/idlib-governorate-85678373"


def test_a_village_and_the_next_one_opened_by_its_article_are_two_places(gazetteer: Gazetteer) -> None:
    found = places("Clashes erupted in Ariha Mastumah al-Bara and Kafr Lata in the countryside of Idlib.", gazetteer)
    assert found["Mastumah"] == "place/al-mastumah-1293367385"
    assert found["al-Bara"] == "place/barah-1343945057"
    assert "Mastumah al-Bara" not in found


def test_a_respelt_pair_in_a_list_before_its_noun_is_split(gazetteer: Gazetteer) -> None:
    text = "Gunmen shelled Kinsabba Salma Kabana al-Mughayriyah and Doreen villages in the countryside of Latakia."
    found = places(text, gazetteer)
    assert found["Kabana"] == "place/kabanah-1360187957"
    assert found["al-Mughayriyah"] == "place/mughayriyah-1259988287"


def _split(gazetteer: Gazetteer, label: str, context: tuple[str, ...] = (IDLIB,)) -> bool:
    return "k" in run_splits.split_runs(gazetteer, {"k": label}, context, {})


def test_near_misses_are_not_split(gazetteer: Gazetteer) -> None:
    assert _split(gazetteer, "Mastumah al-Bara")  # the positive, as the near misses below are asked
    assert not _split(gazetteer, "Mastumah al-Bara", ())  # no place named around it: nothing to read it by
    assert not _split(gazetteer, "Zzyzqa al-Bara")  # only the article word is a place: one name, "Ruweiset al-X"
    assert not _split(gazetteer, "Ahmad al-Bara")  # a man's given name and a family name
    assert not _split(gazetteer, "Ariha al-Sharqiyeh")  # a side says which Ariha: one place
    assert not _split(gazetteer, "Western al-Bara")  # a side word, no name
    assert not _split(gazetteer, "Tal al-Bara")  # a word that opens a longer name
    assert not _split(gazetteer, "Kafr Lata al-Bara")  # three words: no two-name run
    assert not _split(gazetteer, "Mastumah and al-Bara")  # a list's "and" is read by the list cutters
    already = run_splits.split_runs(gazetteer, {"k": "Mastumah al-Bara"}, (IDLIB,), {"k": "place/barah-1343945057"})
    assert already == {}  # the whole name resolved already


def test_the_two_name_shape_on_adversarial_runs() -> None:
    # only the last, one word and one article word however far apart, has the shape (the lookup then decides)
    assert [bool(run_splits.TWO_NAMES.fullmatch(text)) for text in TWO_NAME_RUNS] == [False, False, False, True]
