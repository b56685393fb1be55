"""Twenty-ninth session (helper merge29): two events folded into one, and when they stay one. Texts written for the
tests."""

from __future__ import annotations

from bench.adversarial import GROUND29_TEXTS, OPENING_PLACE29_TEXTS, found
from loaders.extract import extract
from loaders.gazetteer import Gazetteer
from loaders.ground_attacks import ON_THE_GROUND, told_on_the_ground
from loaders.local_place_names import OPENING_PLACE
from loaders.model import Article
from tests.written import types_places as _told

# --- "attacks by the ground forces": no air strike made them ---

_STRIKES = "The Syrian army carried out airstrikes on hideouts of Jaish al-Fatah in the province of Idlib on Tuesday. "


def test_attacks_by_ground_forces_are_no_air_strike(gazetteer: Gazetteer) -> None:
    text = _STRIKES + "On Tuesday at least eight militants were killed in attacks by the Syrian ground forces in Idlib."
    assert [t for t, _ in _told(text, gazetteer)] == ["air-strike", "armed-clash"]


def test_attacks_by_the_army_still_join_its_air_strike(gazetteer: Gazetteer) -> None:
    # nothing says the attacks were on the ground: the army's strikes that day say how they were made
    text = _STRIKES + "On Tuesday at least eight militants were killed in attacks by the Syrian army in Idlib."
    assert [t for t, _ in _told(text, gazetteer)] == ["air-strike"]


def test_the_ground_war_is_read_by_its_adjective_only() -> None:
    assert told_on_the_ground("killed in attacks by the Syrian ground forces")
    assert told_on_the_ground("the army launched a ground offensive on the town")
    assert not told_on_the_ground("sources on the ground said the strikes hit a market")
    assert not told_on_the_ground("the building was razed to the ground")


def test_the_ground_war_reads_adversarial_text() -> None:
    assert [len(found(ON_THE_GROUND)(t)) for t in GROUND29_TEXTS] == [0, 357, 0, 0]


# --- "Al-Jaberiyeh neighborhood was also targeted": a quarter opening its sentence ---

_SHELLED = "Terrorists fired rocket shells on al-Midan neighborhood in Aleppo city on Thursday, killing two people. "


def _places(text: str, gazetteer: Gazetteer) -> list[str]:
    x = extract(Article("test", "t", text), gazetteer)
    return [m.key for m in x.mentions if m.kind == "place"]


def test_a_quarter_opening_its_sentence_is_a_place(gazetteer: Gazetteer) -> None:
    text = _SHELLED + "Al-Jaberiyeh neighborhood was also targeted by the shelling."
    assert "place/local/al-jaberiyeh" in _places(text, gazetteer)


def test_a_group_opening_its_sentence_stays_the_group(gazetteer: Gazetteer) -> None:
    # a known actor keeps its name; a name with no kind noun after it is not read as a place
    assert "actor/al-nusra-front" in [
        m.key for m in extract(Article("test", "t", _SHELLED + "Al-Nusra Front camp was hit."), gazetteer).mentions
    ]
    assert not [k for k in _places(_SHELLED + "Al-Jaberiyeh residents fled the shelling.", gazetteer) if "jaber" in k]


def test_the_opening_quarter_reads_adversarial_text() -> None:
    # only the name before blanks and its noun is read; runs with no noun read nothing
    names = [m["name"] if (m := OPENING_PLACE.match(t)) else None for t in OPENING_PLACE29_TEXTS]
    assert names == [None, None, None, "Al-Jaberiyeh", None]
