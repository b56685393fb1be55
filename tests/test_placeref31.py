"""Placeref31's rules: "the Syrian capital" named by its office alone is a mention of Damascus that places no
engagement (`capital_references`); a bare "the province" is the governorate of the place just named
(`province_references`): sentences written for these tests, never copied from a corpus."""

from __future__ import annotations

from detection import place_keys

from bench.adversarial import PROVINCE_REFERENCE_TEXTS, SYRIAN_CAPITAL_TEXTS
from loaders.capital_references import SYRIAN_CAPITAL
from loaders.extract import extract
from loaders.gazetteer import Gazetteer
from loaders.model import Article
from loaders.province_references import _SPEAKER_IN, PROVINCE_REFERENCE

DAMASCUS = "place/damascus-421202165"
DOUMA = "place/duma-421202169"


def test_the_syrian_capital_named_by_its_office_is_damascus(gazetteer: Gazetteer) -> None:
    text = "Aid trucks were due on Thursday to reach besieged areas near the Syrian capital, a UN spokesman said."
    assert DAMASCUS in place_keys(gazetteer, text)


def test_syrias_capital_without_its_apostrophe_is_damascus(gazetteer: Gazetteer) -> None:
    assert DAMASCUS in place_keys(gazetteer, "Talks on a truce opened in Syrias capital on Monday.")


def test_other_capitals_and_names_after_the_office_are_left_to_their_names() -> None:
    assert SYRIAN_CAPITAL.search("the Syrian capital Damascus was quiet") is None
    assert SYRIAN_CAPITAL.search("the Syrian capital, Damascus, was quiet") is None
    assert SYRIAN_CAPITAL.search("a Syrian capital market") is None
    assert SYRIAN_CAPITAL.search("the Lebanese capital was quiet") is None
    found = SYRIAN_CAPITAL.search("shells fell on the Syrian capital at dawn")
    assert found is not None and found.group("ref") == "Syrian capital"


def test_the_described_capital_places_no_engagement(gazetteer: Gazetteer) -> None:
    text = "Rebels shelled Douma near the Syrian capital on Sunday, killing three people."
    article = Article(corpus="test", identifier="t", body="A report\n\n" + text)
    ex = extract(article, gazetteer)
    assert DAMASCUS in {m.key for m in ex.mentions if m.kind == "place"}
    assert ex.engagements, "the shelling of Douma is still read"
    assert all(DAMASCUS not in e.places for e in ex.engagements)


def test_the_adversarial_inputs_read_as_expected() -> None:
    counts = [len(list(SYRIAN_CAPITAL.finditer(text))) for text in SYRIAN_CAPITAL_TEXTS]
    assert counts == [0, 0, 0, 1, 263]


DEIR_PROVINCE = "place/deir-ez-zor-governorate-85678381"
IDLIB_PROVINCE = "place/idlib-governorate-85678373"
ALEPPO_PROVINCE = "place/aleppo-governorate-85678359"
HAMA_PROVINCE = "place/hama-governorate-85678363"


def test_the_province_after_a_city_is_its_governorate(gazetteer: Gazetteer) -> None:
    text = "Elders met in Deir Ezzor on Friday. They vowed to end the chaos that grips the province."
    assert DEIR_PROVINCE in place_keys(gazetteer, text)


def test_the_province_after_its_city_in_one_sentence_is_the_governorate(gazetteer: Gazetteer) -> None:
    text = "Jets struck Hama on Monday in the heaviest raid on the province this month."
    assert HAMA_PROVINCE in place_keys(gazetteer, text)


def test_the_province_after_a_village_is_left_unread(gazetteer: Gazetteer) -> None:
    text = "Jets struck Saraqib on Monday in the heaviest raid on the province this month."
    keys = place_keys(gazetteer, text)
    assert "place/saraqib-890449833" in keys
    assert IDLIB_PROVINCE not in keys


def test_a_source_in_the_province_and_a_named_province_are_left_alone(gazetteer: Gazetteer) -> None:
    text = "A shell hit Aleppo city on Saturday. According to a source in the province, one man died."
    keys = place_keys(gazetteer, text)
    assert "place/aleppo-421202163" in keys
    assert ALEPPO_PROVINCE not in keys
    assert PROVINCE_REFERENCE.search("fighting in the province of Hama") is None
    assert PROVINCE_REFERENCE.search("fighting in the province, Hama, went on") is None


def test_no_place_named_before_leaves_the_province_unread(gazetteer: Gazetteer) -> None:
    text = "Officials said the province was calm on Monday. Jets struck Saraqib a day later."
    keys = place_keys(gazetteer, text)
    assert "place/saraqib-890449833" in keys
    assert IDLIB_PROVINCE not in keys


def test_the_province_adversarial_inputs_read_as_expected() -> None:
    counts = [len(list(PROVINCE_REFERENCE.finditer(text))) for text in PROVINCE_REFERENCE_TEXTS]
    assert counts == [0, 0, 1, 384, 0]
    assert not any(_SPEAKER_IN.search(text) for text in PROVINCE_REFERENCE_TEXTS)
