"""Leftopen32's consistency fixes of existing rules: sentences written for these tests, never copied from a corpus."""

from __future__ import annotations

from detection import place_keys

from bench.adversarial import DEFIED32_TEXTS, searched
from loaders.capital_references import SYRIAN_CAPITAL
from loaders.compared_events import _PAST_DATE_AFTER, OLD_DATE_AFTER
from loaders.extract import extract
from loaders.gazetteer import Gazetteer
from loaders.ground import _DEAL_ONLY, _DEFIED
from loaders.model import Article
from loaders.places_of_events import _OLD_DATE_COMMA
from loaders.province_references import PROVINCE_REFERENCE
from loaders.provincial_capitals import CAPITAL_REFERENCE
from loaders.repelled_attacks import _passive_phrase_at
from loaders.seats import governorate_seats, seats
from tests.written import attacker_place_slugs as _told

DAMASCUS = "place/damascus-421202165"
DEIR_PROVINCE = "place/deir-ez-zor-governorate-85678381"


def test_the_syrian_capital_opening_a_sentence_is_damascus(gazetteer: Gazetteer) -> None:
    text = "Talks stalled in Geneva on Monday. The Syrian capital was calm as delegates flew home."
    assert DAMASCUS in place_keys(gazetteer, text)


def test_the_province_opening_a_sentence_is_the_governorate_named_before(gazetteer: Gazetteer) -> None:
    text = "Tribal elders met in Deir Ezzor on Friday. The province has been without power for a week."
    assert DEIR_PROVINCE in place_keys(gazetteer, text)
    found = PROVINCE_REFERENCE.search("The province was quiet")
    assert found is not None and found.group("ref") == "province"


def test_capitalised_offices_followed_by_a_name_are_left_to_the_name() -> None:
    assert SYRIAN_CAPITAL.search("The Syrian capital Damascus was quiet") is None
    assert SYRIAN_CAPITAL.search("The Syrian capital, Damascus, was quiet") is None
    assert SYRIAN_CAPITAL.search("The Lebanese capital was quiet") is None
    assert SYRIAN_CAPITAL.search("Other Syrian capital markets fell") is None
    assert PROVINCE_REFERENCE.search("The province of Hama was quiet") is None
    assert PROVINCE_REFERENCE.search("The province, Hama, was quiet") is None


RAQQA_CITY = "place/raqqa-421172833"


def test_the_provincial_capital_opening_a_sentence_is_the_seat(gazetteer: Gazetteer) -> None:
    text = "Fighting spread across Raqqa province last week. The provincial capital was without water on Sunday."
    assert RAQQA_CITY in place_keys(gazetteer, text)


def test_a_capitalised_provincial_capital_with_its_name_is_left_to_the_name() -> None:
    assert CAPITAL_REFERENCE.search("The provincial capital Idlib was hit") is None
    assert CAPITAL_REFERENCE.search("The provincial capital, Raqqa, was hit") is None
    assert CAPITAL_REFERENCE.search("Theprovincial capital was hit") is None


def _sides(text: str, gazetteer: Gazetteer) -> list[tuple[str, list[str], list[str]]]:
    """Each engagement's type, attacker slugs and target slugs."""
    x = extract(Article("test", "t", text), gazetteer)
    return [
        (e.type, [k.split("/")[-1] for k in e.attackers], [k.split("/")[-1] for k in e.targets]) for e in x.engagements
    ]


def test_an_attack_told_before_does_not_hide_the_one_repelled(gazetteer: Gazetteer) -> None:
    told = _sides("In a new attack, an IS offensive on Kobani was repelled by the YPG on Thursday.", gazetteer)
    assert told == [("armed-clash", ["islamic-state"], ["peoples-protection-units"])]
    told = _sides("After a failed assault last week, a rebel offensive on Hama was repulsed by the army.", gazetteer)
    assert told == [("armed-clash", ["syrian-rebels"], ["syrian-arab-army"])]
    text = "In a new attack, an IS offensive was repelled by the YPG."
    phrases = [_passive_phrase_at(text, text.index(noun)) for noun in ("attack", "offensive")]
    assert [p.group("noun") if p else None for p in phrases] == ["attack", "offensive"]


def test_an_attack_told_before_one_stopped_by_no_side_adds_no_target(gazetteer: Gazetteer) -> None:
    told = _sides("In a new attack, an IS offensive on Kobani was halted by heavy rain on Thursday.", gazetteer)
    assert told == [("armed-clash", ["islamic-state"], [])]


def test_entering_under_a_ceasefire_deal_is_a_transfer(gazetteer: Gazetteer) -> None:
    told = _told("Regime troops entered Douma on Sunday under a ceasefire deal with the rebels.", gazetteer)
    assert ("non-violent-transfer-of-territory", ["syrian-arab-army"], ["douma"]) in told
    told = _told("Regime troops entered Douma on Sunday after a cease-fire took hold.", gazetteer)
    assert ("non-violent-transfer-of-territory", ["syrian-arab-army"], ["douma"]) in told
    assert _DEAL_ONLY.fullmatch("cease-fire") is not None


def test_a_ceasefire_to_monitor_is_a_mission_not_a_deal(gazetteer: Gazetteer) -> None:
    told = _told("Turkish troops entered Idlib province on Sunday to monitor the ceasefire.", gazetteer)
    assert "non-violent-transfer-of-territory" not in [t for t, _, _ in told]
    assert _DEAL_ONLY.search("the ceasefires") is None


def test_entering_despite_a_ceasefire_is_no_transfer(gazetteer: Gazetteer) -> None:
    for text in (
        "Rebels entered the town of Morek on Sunday despite the ceasefire.",
        "Rebels entered the town of Morek on Sunday in violation of a Russian-brokered truce.",
    ):
        assert "non-violent-transfer-of-territory" not in [t for t, _, _ in _told(text, gazetteer)]


def test_a_deal_followed_is_still_a_transfer(gazetteer: Gazetteer) -> None:
    told = _told("Regime troops entered Douma on Sunday after rebels broke ranks and a truce took hold.", gazetteer)
    assert ("non-violent-transfer-of-territory", ["syrian-arab-army"], ["douma"]) in told
    told = _told("Regime troops entered Douma on Sunday under a truce agreed despite the rain.", gazetteer)
    assert ("non-violent-transfer-of-territory", ["syrian-arab-army"], ["douma"]) in told


def test_defied32_adversarial_inputs() -> None:
    assert [searched(_DEFIED)(t) for t in DEFIED32_TEXTS] == [
        "despite despite despite despite ",
        None,
        None,
        None,
        None,
    ]


def test_the_three_old_date_readings_share_their_dates() -> None:
    # the month before the year and "many years ago", read by the remembered clause, are read by the other two
    assert _PAST_DATE_AFTER.match(" on the town in March 2016") is not None
    assert _PAST_DATE_AFTER.match(" on the town many months ago") is not None
    assert _OLD_DATE_COMMA.match(" of Aleppo many years ago,") is not None
    assert OLD_DATE_AFTER.match(" the market many years ago") is not None


def test_a_month_without_a_year_is_no_old_date() -> None:
    assert _PAST_DATE_AFTER.match(" on the town in March") is None
    assert _OLD_DATE_COMMA.match(" of Aleppo in March,") is None
    assert OLD_DATE_AFTER.match(" the market last month") is None  # a remembered clause needs a year back
    assert _PAST_DATE_AFTER.match(" on the town last month") is not None  # an earlier one a month back


def test_one_seat_for_governorates_and_districts_by_any_spelling(gazetteer: Gazetteer) -> None:
    # "Dohuk Governorate" and its city "Duhok" are one name spelt two ways; "Tadmur District" is Palmyra's
    assert governorate_seats(gazetteer)["place/dohuk-governorate-85672417"] == "place/duhok-421193787"
    assert seats(gazetteer)["place/tadmur-district-1108779085"] == "place/palmyra-421197935"
    # the most populous of two towns of the name: Latakia city, not a stub of it
    assert seats(gazetteer)["place/al-ladhiqiyah-district-1108779125"] == "place/latakia-1125980503"
    assert governorate_seats(gazetteer)["place/idlib-governorate-85678373"] == "place/idlib-890432567"


def test_no_seat_where_no_town_has_the_name(gazetteer: Gazetteer) -> None:
    assert "place/rif-dimashq-governorate-85678391" not in seats(gazetteer)
    assert "place/tadmur-district-1108779085" not in governorate_seats(gazetteer)
