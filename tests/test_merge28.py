"""Twenty-eighth session (helper merge28): when a later report is the same engagement, and when not. Texts written for
the tests."""

from __future__ import annotations

from bench.adversarial import NEXT_ITEM28_TEXTS, _group
from loaders.extract import extract
from loaders.gazetteer import Gazetteer
from loaders.model import Article
from loaders.story_turns import NEW_SCENE


def _told(text: str, gazetteer: Gazetteer) -> list[tuple[str, tuple[str, ...]]]:
    x = extract(Article("test", "t", text), gazetteer)
    return [(e.type, e.places) for e in x.engagements]


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
