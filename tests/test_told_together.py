"""Events told together but distinct, and one event told twice (eighteenth session, helper merging2).

Every text here was written for the test.
"""

from __future__ import annotations

import pytest

from loaders.extract import extract
from loaders.gazetteer import Gazetteer
from loaders.model import Article, Engagement


def _engagements(body: str, gazetteer: Gazetteer) -> tuple[Engagement, ...]:
    return extract(Article("test", "t", body), gazetteer).engagements


def _short(key: str) -> str:
    return key.split("/")[-1].rsplit("-", 1)[0]


@pytest.mark.parametrize(
    "body",
    [
        "After establishing control over Tabqa, the Syrian army captured the village of Maskanah on Tuesday.",
        # FA-KES drops the commas: the main clause's subject closes the fronted clause
        "After establishing control over Tabqa the Syrian army captured the village of Maskanah on Tuesday.",
        "Having captured Tabqa the Syrian army seized the village of Maskanah.",
    ],
)
def test_a_fronted_clause_tells_a_capture_of_its_own(body: str, gazetteer: Gazetteer) -> None:
    found = _engagements(body, gazetteer)
    assert sorted(tuple(map(_short, e.places)) for e in found) == [("maskanah",), ("tabqa",)]
    # the fronted clause's doer is the main clause's subject
    assert all(e.attackers == ("actor/syrian-arab-army",) for e in found)


def test_a_fronted_clause_names_no_subject_after_a_preposition(gazetteer: Gazetteer) -> None:
    # "from Islamic State" is the fronted clause's own object: the subject is the SDF, named after it
    body = "After seizing Tabqa from Islamic State on Monday the Syrian Democratic Forces attacked Raqqa."
    taking = next(e for e in _engagements(body, gazetteer) if e.type == "non-state-actor-overtakes-territory")
    assert taking.attackers == ("actor/syrian-democratic-forces",) and taking.targets == ("actor/islamic-state",)


def test_a_fronted_clause_does_not_date_the_main_one(gazetteer: Gazetteer) -> None:
    body = "After seizing Tabqa on Monday, Kurdish-led forces attacked Islamic State fighters in Raqqa."
    clash = next(e for e in _engagements(body, gazetteer) if e.type == "armed-clash")
    assert clash.time is None


def test_a_fronted_battle_without_a_place_of_its_own_stays_one(gazetteer: Gazetteer) -> None:
    body = "After fierce clashes with Islamic State the Syrian army retook Palmyra on Sunday."
    assert [e.type for e in _engagements(body, gazetteer)] == ["government-regains-territory"]
