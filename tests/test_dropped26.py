"""Twenty-sixth session (helper dropped26): reports found and then dropped. Texts written for the tests."""

from __future__ import annotations

from bench.adversarial import DROPPED26_TEXTS, VIDEO26_TEXTS
from loaders.extract import extract
from loaders.gazetteer import Gazetteer
from loaders.group_references import _THE_GROUP
from loaders.model import Article
from loaders.nearest_actors import _PUT_TO_DEATH, _VIDEO_OF_GAP
from tests.written import types_attackers as _sides


def test_an_auxiliary_chain_is_no_distance_from_the_agent(gazetteer: Gazetteer) -> None:
    text = "Syrian troops and pro-government militiamen have been trying to retake the base near Saraqib."
    assert ("armed-clash", ("actor/syrian-arab-army",)) in _sides(text, gazetteer)


def test_words_other_than_auxiliaries_still_count(gazetteer: Gazetteer) -> None:
    text = (
        "Syrian troops and their many old allied local tribal militiamen have been trying to retake the base near "
        "Saraqib."
    )
    assert all("actor/syrian-arab-army" not in attackers for _, attackers in _sides(text, gazetteer))


def test_the_group_with_its_apostrophe_dropped_acts(gazetteer: Gazetteer) -> None:
    text = "Many were killed by IS in May. Most died during the militant groups three-week seizure of Saraqib."
    assert ("non-state-actor-overtakes-territory", ("actor/islamic-state",)) in _sides(text, gazetteer)


def test_the_militant_groups_as_a_plural_refer_to_no_one(gazetteer: Gazetteer) -> None:
    text = "Many were killed by IS in May. The militant groups control large parts of the north."
    x = extract(Article("test", "t", text), gazetteer)
    assert [m.key for m in x.mentions if m.kind == "actor"] == ["actor/islamic-state"]


def test_adversarial_texts_read_as_expected() -> None:
    assert [len(list(_THE_GROUP.finditer(t))) for t in DROPPED26_TEXTS] == [0, 0, 1, 0]


def test_who_shows_a_video_of_its_executions_did_them(gazetteer: Gazetteer) -> None:
    text = "IS released a gruesome new video showing the brutal execution of 12 shepherds from Saraqib."
    assert ("attack-on-civilians", ("actor/islamic-state",)) in _sides(text, gazetteer)


def test_who_shows_a_video_of_a_bombing_did_not_bomb(gazetteer: Gazetteer) -> None:
    text = "The White Helmets released a grim new video showing the heavy bombing of Saraqib."
    x = extract(Article("test", "t", text), gazetteer)
    assert all(not e.attackers for e in x.engagements)


def test_video_texts_read_as_expected() -> None:
    assert [len(_VIDEO_OF_GAP.sub(" ", t)) for t in VIDEO26_TEXTS] == [4930, 4976, 5000, 4800]
    assert [len(list(_PUT_TO_DEATH.finditer(t))) for t in VIDEO26_TEXTS] == [0] * 4
