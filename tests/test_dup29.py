"""Twenty-ninth session (helper dup29): one event extracted twice. Texts written for the tests."""

from __future__ import annotations

from loaders.extract import extract
from loaders.gazetteer import Gazetteer
from loaders.model import Article


def _told(text: str, gazetteer: Gazetteer) -> list[tuple[str, tuple[str, ...]]]:
    x = extract(Article("test", "t", text), gazetteer)
    return [(e.type, e.attackers) for e in x.engagements]


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
