"""Twenty-eighth session (helper merge28): when a later report is the same engagement, and when not. Texts written for
the tests."""

from __future__ import annotations

from bench.adversarial import LOOSE_BOMBING28_TEXTS, NEXT_ITEM28_TEXTS, _group
from loaders.gazetteer import Gazetteer
from loaders.sentence_triggers import LOOSE_BOMBING
from loaders.story_turns import NEW_SCENE
from tests.written import types_places as _told

# --- "In the same context": the agency's link to the next item of its roundup ---

_MAQSOUD = (
    "Terrorists fired rocket shells on Sheikh Maqsoud neighborhood in Aleppo city on Monday, killing two civilians. "
)
# a quarter the gazetteer lacks, in the same city
_FARDOUS = "three civilians were injured when terrorists fired rocket shells on al-Fardous neighborhood in Aleppo city."


def test_in_the_same_context_opens_another_shelling(gazetteer: Gazetteer) -> None:
    told = _told(_MAQSOUD + "In the same context, " + _FARDOUS, gazetteer)
    assert [t for t, _ in told] == ["shelling", "shelling"]
    assert "place/local/al-fardous" in told[1][1] and "place/local/al-fardous" not in told[0][1]


def test_in_the_same_attack_still_retells_the_shelling(gazetteer: Gazetteer) -> None:
    # not a link to the next item: the same attack's other victims
    assert len(_told(_MAQSOUD + "In the same attack, " + _FARDOUS, gazetteer)) == 1


def test_the_link_to_the_next_item_reads_adversarial_text() -> None:
    assert [_group(NEW_SCENE.match(t)) for t in NEXT_ITEM28_TEXTS] == [None] * 5
    assert _group(NEW_SCENE.match("In a related development, jets struck Idlib.")) == "In a related development"
    assert NEW_SCENE.match("In the same statement, the ministry said") is None


# --- "Earlier": the roundup's item told before the one just told, as "Later" tells the one after ---

_MASKANAH = "Army units restored security and stability to the town of Maskanah in Aleppo countryside on Tuesday. "
_AREAS = "army units took control of al-Saqra and al-Dayem areas"


def test_earlier_with_spots_of_its_own_is_another_capture(gazetteer: Gazetteer) -> None:
    told = _told(_MASKANAH + "Earlier on Tuesday, " + _AREAS + " to the northeast of Maskanah.", gazetteer)
    assert len(told) == 2
    assert "place/local/al-saqra" in told[1][1] and "place/local/al-saqra" not in told[0][1]


def test_earlier_with_only_unknown_spots_is_another_capture(gazetteer: Gazetteer) -> None:
    # only spots the gazetteer lacks: the same attacker a sentence later no longer says where the capture was
    told = _told(_MASKANAH + "Earlier on Tuesday, " + _AREAS + ".", gazetteer)
    assert [p for _, p in told] == [
        ("place/maskanah-1209504851",),
        ("place/local/al-saqra", "place/local/al-dayem"),
    ]


def test_earlier_without_a_spot_of_its_own_retells_the_capture(gazetteer: Gazetteer) -> None:
    text = (
        _MASKANAH + "Earlier on Tuesday, army units took full control of the town after killing scores of terrorists."
    )
    assert len(_told(text, gazetteer)) == 1


def test_earlier_opens_an_item_only_as_a_word_of_its_own() -> None:
    assert _group(NEW_SCENE.match("Earlier today, army units took control")) == "Earlier"
    assert NEW_SCENE.match("Earliest reports said") is None


# --- "the bombing" with no place of its own after shells or air raids: that bombardment ---
# (a bombing by a side that flies no aircraft is read as a planted bomb's: another type than the shelling)

_SHELLED = (
    "Hezbollah fighters shelled the town of Madaya with mortars on Thursday, killing four civilians. "
    "Rescuers said the wounded were left in the street for an hour. "
)


def test_the_bombing_retells_the_shelling(gazetteer: Gazetteer) -> None:
    told = _told(_SHELLED + "The intensity of the bombing by Hezbollah forced residents to flee.", gazetteer)
    assert [t for t, _ in told] == ["shelling"]


def test_the_bombing_of_a_place_of_its_own_stays_apart(gazetteer: Gazetteer) -> None:
    told = _told(_SHELLED + "The bombing of a market in Zabadani by Hezbollah killed two.", gazetteer)
    assert [t for t, _ in told] == ["shelling", "remote-explosive"]


def test_the_bombing_word_reads_adversarial_text() -> None:
    assert [_group(LOOSE_BOMBING.fullmatch(t)) for t in LOOSE_BOMBING28_TEXTS] == [None] * 3
    assert _group(LOOSE_BOMBING.fullmatch("Bombing")) == "Bombing"
    assert LOOSE_BOMBING.fullmatch("bomb") is None
