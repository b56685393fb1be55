"""Twenty-sixth session (helper dropped26): reports found and then dropped. Texts written for the tests."""

from __future__ import annotations

from loaders.extract import extract
from loaders.gazetteer import Gazetteer
from loaders.model import Article


def _sides(text: str, gazetteer: Gazetteer) -> list[tuple[str, tuple[str, ...]]]:
    x = extract(Article("test", "t", text), gazetteer)
    return [(e.type, e.attackers) for e in x.engagements]


def test_an_auxiliary_chain_is_no_distance_from_the_agent(gazetteer: Gazetteer) -> None:
    text = "Syrian troops and pro-government militiamen have been trying to retake the base near Saraqib."
    assert ("armed-clash", ("actor/syrian-arab-army",)) in _sides(text, gazetteer)


def test_words_other_than_auxiliaries_still_count(gazetteer: Gazetteer) -> None:
    text = (
        "Syrian troops and their many old allied local tribal militiamen have been trying to retake the base near "
        "Saraqib."
    )
    assert all("actor/syrian-arab-army" not in attackers for _, attackers in _sides(text, gazetteer))
