"""Thirty-third session (helper notevents33): fights only spoken of (to be halted, over as a time, talked about,
feared, wished for, an ally's part in them, the aircraft of a strike so spoken of), each after a real day's news that
stays and beside a real engagement of the same kind that is still read. Texts written for the tests."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from bench.adversarial import SPOKEN_OF33_TEXTS
from loaders.backdrops import _PARTNER_IN
from loaders.fights_spoken_of import (
    _AGENT_GAP,
    _DISCUSSED,
    _ENDED,
    _FEARING,
    _TIME_THE,
    _TO_BE_HALTED,
    _WISHED_FOR,
)
from loaders.gazetteer import Gazetteer
from tests.probed_news import read_after_news

NEWS = [("air-strike", ["saraqib"])]


@pytest.mark.parametrize(
    "probe",
    [
        # a fight diplomacy would end
        "Talks in Astana focused on ending the clashes between rebels and government forces in Daraa.",
        "Russia and Turkey agreed on steps toward stopping the clashes between rebels and the army in Idlib.",
        # a fight whose end dates what followed
        "Life returned to Aleppo after the clashes between rebels and government troops subsided.",
        "Farmers went back to their fields near Hama once the shelling by government forces stopped.",
        # a fight talked about
        "The two leaders discussed the fighting between rebels and government forces in Daraa.",
        # a fight feared
        "Residents, fearing shelling by government forces, stayed in basements in Douma.",
        # the aircraft of a strike only remembered or to be ended
        "Residents of Khan Sheikhoun marked one year since the sarin attack by government warplanes.",
        "France called for an end to air strikes by Russian warplanes on Idlib.",
        # a fight one expects or wants a side to make
        "Observers expect the army to launch an offensive on Idlib.",
        "Russia wants the army to begin an assault on Idlib.",
        # the aircraft of two sides joined, of a bombardment summed up over years
        "Residents of Aleppo counted the cost of years of bombardment by government and Russian jets.",
        # an ally described
        "The SDF has been Washington's key partner in the battle against Islamic State in Raqqa.",
        "The YPG has been the main US partner in fighting Islamic State in Raqqa.",
    ],
)
def test_a_fight_only_spoken_of_is_no_engagement(probe: str, gazetteer: Gazetteer) -> None:
    assert read_after_news(probe, gazetteer) == NEWS


@pytest.mark.parametrize(
    ("probe", "told"),
    [
        # a fight repelled is fought: no preposition of aim before the gerund
        (
            "The army succeeded in stopping an Islamic State attack on Deir ez-Zor airport on Monday.",
            ("armed-clash", ["deir-ez-zor", "deir-ez-zor-airport"]),
        ),
        # the talks are the time of the clash, not its subject
        (
            "Rebels clashed with government forces in Daraa on Monday, a day after the leaders discussed the truce.",
            ("armed-clash", ["daraa"]),
        ),
        # the fearing man reports the shelling
        ("Residents fearing reprisals said government forces shelled Douma on Monday.", ("shelling", ["douma"])),
        # the aircraft of a strike told
        ("Air strikes by Russian warplanes hit Idlib on Tuesday.", ("air-strike", ["idlib"])),
        # what residents asked for is no fight; the attack after it is
        (
            "Residents asked the army to protect them after rebels attacked the village of Maan on Monday.",
            ("armed-clash", ["maan"]),
        ),
        # a battle with no partner
        ("Kurdish fighters battled Islamic State in Raqqa on Monday.", ("armed-clash", ["raqqa"])),
    ],
)
def test_a_fight_told_beside_such_words_stays(probe: str, told: tuple[str, list[str]], gazetteer: Gazetteer) -> None:
    assert read_after_news(probe, gazetteer) == [*NEWS, told]


def test_the_news_after_a_fight_ended_stays(gazetteer: Gazetteer) -> None:
    # the ended fight tells none, the shelling after it is read (Harasta joins its places: the ended fight's scene is
    # no longer its own)
    found = read_after_news("Government forces shelled Douma on Monday after the fighting in Harasta ended.", gazetteer)
    assert found[0] == NEWS[0]
    assert [etype for etype, _ in found] == ["air-strike", "shelling"]
    assert "douma" in found[1][1]


def _read(call: Callable[[str], re.Match[str] | None], texts: tuple[str, ...]) -> list[str | None]:
    """The text of each call's match on the texts, or None."""
    return [m.group() if (m := call(text)) else None for text in texts]


def test_the_patterns_on_their_adversarial_inputs() -> None:
    none = [None] * len(SPOKEN_OF33_TEXTS)
    for pattern in (_TO_BE_HALTED, _DISCUSSED, _PARTNER_IN, _TIME_THE, _WISHED_FOR):
        assert _read(pattern.search, SPOKEN_OF33_TEXTS) == none
    assert _read(_ENDED.match, SPOKEN_OF33_TEXTS) == none
    # the run of "fearing the" ends in the gerund, "the" and a modifier: its last words are read
    assert _read(_FEARING.search, SPOKEN_OF33_TEXTS) == ["fearing the fearing ", *none[1:]]
    # the gap reads one "of the war" phrase, "by" and up to three words (the caller asks for the whole gap)
    assert _read(_AGENT_GAP.match, SPOKEN_OF33_TEXTS) == [*none[:6], " of the war by  of the war ", *none[7:]]
