"""Thirty-third session (helper joins33): one event told twice, or two events told as one. Texts written for the
tests."""

from __future__ import annotations

from bench.adversarial import DAY_SHIFT33_TEXTS, DEED33_TEXTS, FIGHT33_TEXTS, _matched
from loaders.gazetteer import Gazetteer
from loaders.spots_added import _DEED
from loaders.story_turns import FIGHT_OPENS
from loaders.told_apart import DAY_SHIFT
from tests.probed_news import told_with_attackers as _told

# --- "The militants also attacked the nearby village of X": a deed of its own at a spot of its own ---

_AQARIB = "Islamic State militants stormed the village of Aqarib in Hama province on Wednesday, killing 52 people. "


def test_a_deed_told_with_also_at_a_village_of_its_own_is_another_attack(gazetteer: Gazetteer) -> None:
    told = _told(_AQARIB + "The militants also attacked the nearby village of Mabouja.", gazetteer)
    assert [t for t, _, _ in told] == ["armed-clash", "armed-clash"]
    assert "mabouja" not in told[0][1] and told[1][1] == ["mabouja"]


def test_a_capture_told_with_also_at_a_nearby_village_is_another_capture(gazetteer: Gazetteer) -> None:
    text = (
        "Government forces captured the town of Khan Tuman on Monday after clashes with rebels. "
        "The army also seized the nearby hill of Tal Eis, state media said."
    )
    told = _told(text, gazetteer)
    assert [t for t, _, _ in told] == ["government-regains-territory"] * 2
    assert told[1][1] == ["tal-eis"]


def test_the_attack_also_hitting_a_school_still_retells_it(gazetteer: Gazetteer) -> None:
    # an event noun ("The attack"), not a deed: what the one attack also hit
    told = _told(_AQARIB + "The attack also destroyed a school in the village, the Observatory said.", gazetteer)
    assert [t for t, _, _ in told] == ["armed-clash"]


def test_a_deed_told_with_also_in_the_same_village_still_retells_it(gazetteer: Gazetteer) -> None:
    told = _told(_AQARIB + "The militants also attacked Aqarib's school, the Observatory said.", gazetteer)
    assert [t for t, _, _ in told] == ["armed-clash"]


def test_the_deed_pattern_reads_adversarial_text() -> None:
    assert [_matched(_DEED)(t) for t in DEED33_TEXTS] == [None, "ed" * 2500, "attacked", "struck"]
    assert _matched(_DEED)("attack on the village") is None


# --- "Fighting continued in Jobar": no side carried from the sentence before ---

_JOBAR = "Rebels attacked government positions in the Jobar district on Monday. "


def test_fighting_going_on_after_a_strike_joins_the_fight_there(gazetteer: Gazetteer) -> None:
    text = (
        _JOBAR
        + "Government jets responded with air strikes on Jobar, killing three rebels. "
        + "Fighting continued in the district into the night."
    )
    told = _told(text, gazetteer)
    assert sorted(t for t, _, _ in told) == ["air-strike", "armed-clash"]
    clash = next(e for e in told if e[0] == "armed-clash")
    assert "syrian-arab-air-force" not in clash[2] and "syrian-rebels" in clash[2]


def test_heavy_clashes_after_the_armys_shelling_join_the_rebels_attack(gazetteer: Gazetteer) -> None:
    text = _JOBAR + "The army shelled rebel positions in Jobar. Heavy clashes raged in Jobar into the night."
    assert sorted(t for t, _, _ in _told(text, gazetteer)) == ["armed-clash", "shelling"]


def test_fighting_that_names_its_sides_keeps_them(gazetteer: Gazetteer) -> None:
    # the sentence names the sides itself: nothing is carried or dropped
    text = _JOBAR + "Government jets struck Douma. Fighting between the army and rebels raged in Harasta."
    assert ("armed-clash", ["harasta-1125968475"], ["syrian-arab-army"]) in _told(text, gazetteer)


def test_fighting_going_on_elsewhere_stays_a_fight_of_its_own(gazetteer: Gazetteer) -> None:
    text = _JOBAR + "Government jets struck Douma. Fighting continued in Harasta, the Observatory said."
    told = _told(text, gazetteer)
    assert [(t, p) for t, p, _ in told] == [
        ("armed-clash", ["jobar"]),
        ("air-strike", ["douma-890442375"]),
        ("armed-clash", ["harasta-1125968475"]),
    ]
    assert "syrian-arab-air-force" not in told[2][2]


def test_fighting_going_on_after_a_strike_alone_does_not_join_the_strike(gazetteer: Gazetteer) -> None:
    text = "Government jets struck Douma on Monday, killing five civilians. Fighting continued in the town."
    assert [(t, p) for t, p, _ in _told(text, gazetteer)] == [("air-strike", ["douma-890442375"])]


def test_the_fight_pattern_reads_adversarial_text() -> None:
    assert [_matched(FIGHT_OPENS)(t) for t in FIGHT33_TEXTS] == [None, None, None, "fighting", None]
    assert _matched(FIGHT_OPENS)("Heavy fighting continued") == "Heavy fighting"
    assert _matched(FIGHT_OPENS)("Fighters attacked") is None


# --- "Two days earlier, a car bomb in the same town killed five": another day, another engagement ---

_AZAZ = "A car bomb exploded in the town of Azaz on Thursday, killing 12 people. "


def test_a_bombing_told_two_days_earlier_is_another_bombing(gazetteer: Gazetteer) -> None:
    told = _told(_AZAZ + "Two days earlier, a car bomb in the same town killed five.", gazetteer)
    assert [(t, p) for t, p, _ in told] == [("remote-explosive", ["azaz-890449873"])] * 2


def test_strikes_told_the_day_before_are_other_strikes(gazetteer: Gazetteer) -> None:
    text = (
        "Russian jets struck Saraqib on Monday, killing seven. The day before, Russian jets struck the town, killing 4."
    )
    assert [t for t, _, _ in _told(text, gazetteer)] == ["air-strike", "air-strike"]


def test_the_attack_a_day_later_still_refers_back(gazetteer: Gazetteer) -> None:
    told = _told(_AZAZ + "A day later, the attack's toll rose to 15, the Observatory said.", gazetteer)
    assert [(t, p) for t, p, _ in told] == [("remote-explosive", ["azaz-890449873"])]


def test_the_day_shift_pattern_reads_adversarial_text() -> None:
    assert [_matched(DAY_SHIFT)(t) for t in DAY_SHIFT33_TEXTS] == [None, None, None, None]
    assert _matched(DAY_SHIFT)("Two days earlier, a car bomb") == "Two days earlier"
    assert _matched(DAY_SHIFT)("Hours later, the army") is None
