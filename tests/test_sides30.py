"""Thirtieth session (helper sides30): the sides of an engagement. Texts written for the tests."""

from __future__ import annotations

from bench.adversarial import CIVILIANS30_TEXTS, NATIONALITY_AND30_TEXTS
from loaders.gazetteer import Gazetteer
from loaders.nearest_actors import _CIVILIANS_AFTER, _NATIONALITY_AND
from tests.written import types_sides as _sides

# --- "a US aid worker kidnapped in Syria": the nationality of the one kidnapped is no kidnapper ---


def test_a_nationality_of_civilians_is_no_kidnapper(gazetteer: Gazetteer) -> None:
    text = "IS said on Sunday it had executed John Doe a US journalist kidnapped in Syria in 2012."
    found = _sides(text, gazetteer)
    assert [k for k, _, _ in found if k == "attack-on-civilians"] == ["attack-on-civilians"]
    assert all("actor/united-states" not in a for _, a, _ in found)


def test_a_nationality_of_aid_workers_is_no_abductor(gazetteer: Gazetteer) -> None:
    text = "Two UK nationals kidnapped in Idlib were freed. A US aid worker abducted near Aleppo was freed too."
    assert [a for _, a, _ in _sides(text, gazetteer)] == []


def test_the_kidnapper_told_later_is_kept(gazetteer: Gazetteer) -> None:
    text = "The US aid worker kidnapped in Syria was freed on Monday after IS militants abducted her in Raqqa."
    assert [(k, a) for k, a, _ in _sides(text, gazetteer)] == [("abduction", ("actor/islamic-state",))]


def test_a_force_named_by_its_nationality_still_kidnaps(gazetteer: Gazetteer) -> None:
    text = "Turkish troops abducted two smugglers near Jarablus on Monday."
    found = _sides(text, gazetteer)
    assert ("abduction", ("actor/turkish-armed-forces",), ()) in found


def test_the_kidnapper_of_foreign_civilians_is_kept(gazetteer: Gazetteer) -> None:
    text = "Islamic State militants abducted two Turkish truck drivers near Jarablus on Monday."
    found = _sides(text, gazetteer)
    assert [a for k, a, _ in found if k == "abduction"] == [("actor/islamic-state",)]


def test_civilians_after_reads_nouns_of_civilians_only() -> None:
    assert _CIVILIANS_AFTER.match(" aid worker kidnapped")
    assert _CIVILIANS_AFTER.match(" truck drivers abducted")
    assert not _CIVILIANS_AFTER.match(" troops abducted")
    assert not _CIVILIANS_AFTER.match(" jets bombed")


def test_civilians_after_on_adversarial_inputs() -> None:
    assert [bool(_CIVILIANS_AFTER.match(text)) for text in CIVILIANS30_TEXTS] == [False, False, False, True, False]


# --- "Russian and coalition air raids": the nationality shares the coalition's noun ---


def test_a_nationality_joined_to_the_coalition_struck_too(gazetteer: Gazetteer) -> None:
    text = "Civilians were killed in Russian and coalition air strikes near Mayadeen on Friday."
    found = _sides(text, gazetteer)
    assert [k for k, _, _ in found] == ["air-strike"]
    assert {"actor/russia", "actor/us-led-coalition"} <= set(found[0][1])


def test_us_led_coalition_shares_the_noun_too(gazetteer: Gazetteer) -> None:
    text = "Russian and US-led coalition warplanes bombed Deir Ezzor on Monday."
    found = _sides(text, gazetteer)
    assert [k for k, _, _ in found] == ["air-strike"]
    assert {"actor/russia", "actor/us-led-coalition"} <= set(found[0][1])


def test_the_coalition_alone_names_no_state(gazetteer: Gazetteer) -> None:
    text = "Civilians were killed in coalition air strikes near Mayadeen on Friday."
    assert _sides(text, gazetteer) == [("air-strike", ("actor/us-led-coalition",), ())]


def test_a_capitalised_word_that_is_no_nationality_adds_nobody(gazetteer: Gazetteer) -> None:
    text = "Rebels said Islam and coalition strikes hit Raqqa on Friday."
    assert _sides(text, gazetteer) == [("air-strike", ("actor/us-led-coalition",), ())]


def test_nationality_and_on_adversarial_inputs() -> None:
    found = [m.group(0) if (m := _NATIONALITY_AND.search(text)) else None for text in NATIONALITY_AND30_TEXTS]
    assert found == [None, None, None, "Russian and ", None]
