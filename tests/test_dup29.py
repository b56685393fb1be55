"""Twenty-ninth session (helper dup29): one event extracted twice. Texts written for the tests."""

from __future__ import annotations

from datetime import date

from loaders.day_battles import battle_of_the_day
from loaders.engagement_passes import EngagementDraft
from loaders.engagements import Detection
from loaders.gazetteer import Gazetteer
from loaders.model import Span, TimeSpan
from tests.written import types_attackers as _told

# --- the whole subject of "targeted ... with mortars" fired ---


def test_joined_subject_of_targeted_with_weapon_fired(gazetteer: Gazetteer) -> None:
    text = "Hezbollah and regime forces targeted a funeral with mortars in the town of Madaya on Monday."
    assert _told(text, gazetteer) == [("shelling", ("actor/hezbollah", "actor/syrian-arab-army"))]


def test_the_speaker_before_targeted_does_not_join_the_subject(gazetteer: Gazetteer) -> None:
    text = "Hezbollah said regime forces targeted a funeral with mortars in the town of Madaya on Monday."
    assert _told(text, gazetteer) == [("shelling", ("actor/syrian-arab-army",))]


def test_a_lead_and_its_retelling_by_a_joined_subject_are_one_shelling(gazetteer: Gazetteer) -> None:
    text = (
        "Hezbollah and Syrian regime forces targeted a funeral with mortars killing three women in the town of "
        "Madaya. Three women from the besieged town of Madaya were killed after being hit by shells fired by "
        "Hezbollah on Thursday evening."
    )
    assert [t for t, _ in _told(text, gazetteer)] == ["shelling"]


# --- the source cited by "according to" is no doer ---


def test_attack_and_its_means_cited_from_a_source_are_one_engagement(gazetteer: Gazetteer) -> None:
    text = (
        "Regime forces attacked the village of Avanl in Latakia province on Sunday. According to the Turkish foreign "
        "ministry tanks artillery and missiles were used in the attack."
    )
    assert len(_told(text, gazetteer)) == 1
    assert all("actor/turkey" not in attackers for _, attackers in _told(text, gazetteer))


def test_a_source_inside_a_longer_name_is_no_doer(gazetteer: Gazetteer) -> None:
    text = "According to Syria Turks Association tanks and artillery shelled the village of Avanl on Sunday."
    found = _told(text, gazetteer)
    assert [kind for kind, _ in found] == ["shelling"]
    assert all("actor/turkey" not in attackers for _, attackers in found)


def test_the_doer_after_a_cited_source_still_acts(gazetteer: Gazetteer) -> None:
    text = "According to the Observatory IS fighters attacked the village of Avanl in Latakia province on Sunday."
    assert _told(text, gazetteer) == [("armed-clash", ("actor/islamic-state",))]


def test_cited_source_patterns_on_adversarial_inputs() -> None:
    from bench.adversarial import CITED29_TEXTS
    from loaders.cited_sources import _ACCORDING_TO, _NAME_GOES_ON, _RIGHT_AFTER

    assert [bool(_ACCORDING_TO.search(t)) for t in CITED29_TEXTS] == [False] * 5
    assert [bool(_RIGHT_AFTER.search(t)) for t in CITED29_TEXTS] == [False] * 5
    assert [bool(_NAME_GOES_ON.match(t)) for t in CITED29_TEXTS] == [False, False, True, False, False]


# --- who keeps silent over a deed did not do it ---


def test_the_silent_party_is_no_doer_of_the_massacre(gazetteer: Gazetteer) -> None:
    text = (
        "The opposition leader decried the silence of the US-led coalition over the Raqqa massacre in which dozens "
        "of civilians were killed by Assads air force."
    )
    found = _told(text, gazetteer)
    assert found  # the massacre itself is still told
    assert all("actor/us-led-coalition" not in attackers for _, attackers in found)


def test_the_coalition_named_as_striking_still_strikes(gazetteer: Gazetteer) -> None:
    text = "The US-led coalition carried out air strikes on IS positions near Raqqa on Monday."
    assert [(t, "actor/us-led-coalition" in a) for t, a in _told(text, gazetteer)] == [("air-strike", True)]


def test_silence_pattern_on_adversarial_inputs() -> None:
    from bench.adversarial import SILENT29_TEXTS
    from loaders.cited_sources import _SILENT

    assert [bool(_SILENT.search(t)) for t in SILENT29_TEXTS] == [False] * 4


# --- a blast a picture shows is no act ---


def test_explosions_a_video_showed_are_no_bombing(gazetteer: Gazetteer) -> None:
    text = "A video showed explosions and clouds of white smoke over Hezbollah positions in Zabadani on Monday."
    assert "remote-explosive" not in [t for t, _ in _told(text, gazetteer)]


def test_a_shown_explosion_that_destroyed_something_is_an_act(gazetteer: Gazetteer) -> None:
    text = "Footage posted online showed a huge explosion which destroyed a checkpoint in Azaz on Monday."
    assert [t for t, _ in _told(text, gazetteer)] == ["remote-explosive"]


def test_shown_pattern_on_adversarial_inputs() -> None:
    from bench.adversarial import SHOWN29_TEXTS
    from loaders.heard_only import _SHOWN_BEFORE

    assert [bool(_SHOWN_BEFORE.search(t)) for t in SHOWN29_TEXTS] == [False] * 4


# --- fighting told with only its day goes on with that day's battle ---


def _day(expression: str, day: int) -> TimeSpan:
    return TimeSpan(expression, date(2016, 10, day), date(2016, 10, day), "day")


def _fighting(*, attackers: tuple[str, ...] = ()) -> Detection:
    return Detection("armed-clash", Span(0, 8), attackers, (), (), (), definite=False, generic=False)


def _battles() -> list[EngagementDraft]:
    return [
        EngagementDraft("armed-clash@0", "armed-clash", ["actor/syrian-rebels"], [], [], ["place/aleppo-421202163"],
                        _day("Sunday", 30), 0),
        EngagementDraft("armed-clash@90", "armed-clash", ["actor/syrian-rebels"], [], [], ["place/aleppo-421202163"],
                        _day("on Friday", 28), 1),
    ]  # fmt: skip


def test_sideless_fighting_of_a_day_is_that_days_battle(gazetteer: Gazetteer) -> None:
    told = battle_of_the_day(_fighting(), [], _day("into Sunday", 30), _battles(), gazetteer)
    assert told is not None and told.key == "armed-clash@0"


def test_fighting_with_a_place_or_side_of_its_own_is_not_read(gazetteer: Gazetteer) -> None:
    sunday = _day("into Sunday", 30)
    assert battle_of_the_day(_fighting(), ["place/homs-421168647"], sunday, _battles(), gazetteer) is None
    assert battle_of_the_day(_fighting(attackers=("actor/islamic-state",)), [], sunday, _battles(), gazetteer) is None
    assert battle_of_the_day(_fighting(), [], _day("on Monday", 31), _battles(), gazetteer) is None
