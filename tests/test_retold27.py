"""Twenty-seventh session (helper retold27): one event told twice stays one. Texts written for the tests."""

from __future__ import annotations

from bench.adversarial import CLAIMED27_TEXTS, _group
from loaders.claimed_attacks import CLAIMED
from loaders.gazetteer import Gazetteer
from tests.written import types_attackers_places as _told

_CONVOY = "A suicide car bomb struck a convoy of buses carrying evacuees from Fua and Kefraya to Aleppo on Saturday. "
_STATION = "At least 12 people were killed on Monday by a suicide bombing at a police station in Damascus. "
_AFTER = (
    "Several suicide bombers detonated themselves inside the station. Witnesses said the building was badly damaged. "
    "Its windows were broken. Islamic State fighters carried out the attack, the group said."
)


# --- one bomb's blast is no campaign ---


def test_the_explosion_says_where_a_bombing_told_at_three_towns_went_off(gazetteer: Gazetteer) -> None:
    told = _told(_CONVOY + "The explosion hit the Rashidin area on the outskirts of Aleppo.", gazetteer)
    assert len(told) == 1
    assert told[0][0] == "suicide-bombing"
    assert "place/local/rashidin" in told[0][2]


def test_the_shelling_of_one_of_three_towns_stays_apart(gazetteer: Gazetteer) -> None:
    text = "Government forces shelled Aleppo, Idlib and Hama on Sunday. The shelling hit the Rashidin area of Aleppo."
    assert [t for t, _, _ in _told(text, gazetteer)] == ["shelling", "shelling"]


# --- a report naming no one and no place retells the one engagement of its type just told ---


def test_a_nameless_retelling_keeps_the_bombing_recent(gazetteer: Gazetteer) -> None:
    # the bombers' retelling keeps the bombing within reach of the claim three sentences on
    assert _told(_STATION + _AFTER, gazetteer) == [
        ("suicide-bombing", ("actor/islamic-state",), ("place/damascus-421202165",))
    ]


def test_two_bombings_told_leave_the_nameless_retelling_unjoined(gazetteer: Gazetteer) -> None:
    text = _STATION + "Another suicide bombing killed four people in Homs on Monday. " + _AFTER
    assert [a for _, a, _ in _told(text, gazetteer)] == [(), ()]


# --- a claim of responsibility refers back to the attack, not to the places of its reasons ---

_QAMISHLI = (
    "A car bomb claimed by Islamic State killed 44 people in Qamishli on Wednesday. The blast hit a western district "
    "of the city. Rescuers searched the rubble. Dozens of buildings were damaged. Many shops were closed. "
)


def test_the_attack_claimed_is_the_bombing_told_before(gazetteer: Gazetteer) -> None:
    text = _QAMISHLI + "Islamic State claimed the attack, calling it revenge for the crimes of the regime in Manbij."
    assert [p for _, _, p in _told(text, gazetteer)] == [("place/al-qamishli-1225958399",)]


def test_an_attack_claimed_anew_stays_its_own(gazetteer: Gazetteer) -> None:
    text = _QAMISHLI + "Islamic State claimed an attack on a checkpoint in the town of Manbij."
    assert [p for _, _, p in _told(text, gazetteer)] == [
        ("place/al-qamishli-1225958399",),
        ("place/manbij-1141906291",),
    ]


def test_the_claim_pattern_reads_adversarial_text() -> None:
    assert [_group(CLAIMED.search(t)) for t in CLAIMED27_TEXTS] == [
        None,
        "claimed responsibility for the ",
        None,
        None,
        None,
    ]
