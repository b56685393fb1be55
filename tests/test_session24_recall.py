"""The twenty-fourth session's recall rules for engagements (helper engrecall24): ground "wrested back", another
item of a roundup opened by "Later" at a spot of its own, and a bombardment told province by province. Each rule
comes with near misses it must not fire on. The texts are written for the tests."""

from __future__ import annotations

import pytest
from detection import read_engagements

from bench.adversarial import ENGRECALL24_TEXTS
from loaders.engagement_triggers import trigger_matches
from loaders.gazetteer import Gazetteer
from loaders.province_scenes import _IN


@pytest.mark.parametrize(
    ("text", "kind", "place", "side"),
    [
        (
            "Last year the Syrian army wrested back control of the town of Kasab in Latakia.",
            "government-regains-territory",
            "kassab",
            "syrian-arab-army",
        ),
        (
            "Kurdish fighters wrested back control of Tal Abyad from IS fighters on Monday.",
            "non-state-actor-overtakes-territory",
            "tell-abyad",
            "peoples-protection-units",
        ),
        (
            "The town of Tal Abyad was wrested back from IS by Kurdish fighters on Monday.",
            "non-state-actor-overtakes-territory",
            "tell-abyad",
            "peoples-protection-units",
        ),
    ],
)
def test_ground_wrested_back_is_taken(text: str, kind: str, place: str, side: str, gazetteer: Gazetteer) -> None:
    read = read_engagements(text, gazetteer)
    assert [(t, p, a) for t, p, a, _ in read] == [(kind, [place], [side])]


@pytest.mark.parametrize(
    "text",
    [
        # a seat of power, not ground
        "The opposition bloc wrested back control of parliament in Damascus from the ruling party.",
        # a hope and a failure: nothing was taken
        "The army hopes to wrest back control of the town of Kasab in Latakia.",
        "The Syrian army has failed to wrest back control of the town of Kasab in Latakia.",
        # the passive with no side told: who took it is unknown
        "The town of Kasab in Latakia has never been wrested back from the rebels.",
        # back from something that is not a side ("wrested back from the brink")
        "The economy of Latakia was wrested back from the brink by new loans.",
    ],
)
def test_no_ground_is_wrested_back_here(text: str, gazetteer: Gazetteer) -> None:
    read = read_engagements(text, gazetteer)
    assert [t for t, *_ in read if t.endswith("territory")] == []


def test_the_passive_wrested_back_needs_an_auxiliary_and_from() -> None:
    words = [m.group(0) for m in trigger_matches("Five villages were wrested back from IS on Monday.")]
    assert "wrested back" in words
    assert "wrested back" not in [m.group(0) for m in trigger_matches("They wrested back the lead.")]


_QUARTER = "Army units established full control over the Zuhur quarter near the Hanano district of Aleppo."


def test_a_later_item_at_a_spot_of_its_own_is_another_capture(gazetteer: Gazetteer) -> None:
    body = f"{_QUARTER} Later army units established full control over the Ghazal farms east of Aleppo city."
    assert [p for _, p, _, _ in read_engagements(body, gazetteer)] == [["zuhur", "hanano"], ["ghazal-farms", "aleppo"]]


@pytest.mark.parametrize(
    "second",
    [
        # no "Later": the spot the gazetteer lacks may lie in the quarter told (as before this rule)
        "Army units established full control over the Ghazal farms east of Aleppo city.",
        # "Later" at the same quarter: the same capture told again
        "Later army units established full control over the Zuhur quarter after removing mines.",
        # "Later" at the city alone: no spot of its own
        "Later army units established full control over Aleppo city.",
        # "Later" at the district already told
        "Later the army said its units established full control over the Hanano district.",
        # "Later" in the middle of the sentence opens nothing
        "The army said that later its units established full control over the Ghazal farms east of Aleppo city.",
    ],
)
def test_a_later_item_with_no_spot_of_its_own_is_the_same_capture(second: str, gazetteer: Gazetteer) -> None:
    read = read_engagements(f"{_QUARTER} {second}", gazetteer)
    assert len([t for t, *_ in read if t == "government-regains-territory"]) == 1


_ROUNDUP = (
    "The monitoring center said Jabhat al-Nusra terrorists shelled Kafraya town in Idleb, the village of Salanfa in "
    "Lattakia, army posts in Hama and Jdaidet Artouz in Damascus Countryside."
)


def test_a_bombardment_told_province_by_province_is_a_report_a_province(gazetteer: Gazetteer) -> None:
    read = read_engagements(_ROUNDUP, gazetteer)
    assert [(t, p) for t, p, _, _ in read] == [
        ("shelling", ["kafraya"]),
        ("shelling", ["salanfa", "latakia-governorate"]),
        # among places "in" two provinces, "in Hama" is the province too (twenty-fifth session, capital25)
        ("shelling", ["hama-governorate"]),
        ("shelling", ["judaydat-artuz"]),
    ]
    assert all(a == ["al-nusra-front"] for _, _, a, _ in read)


@pytest.mark.parametrize(
    "text",
    [
        # two provinces: Damascus and its countryside, or two fronts, are told as one bombardment
        "Jabhat al-Nusra terrorists shelled Kafraya town in Idleb and army posts in Hama.",
        "Rebels shelled Damascus and the towns of Douma and Harasta in eastern Ghouta on Monday.",
        # a province told twice: not a roundup by province
        "Jabhat al-Nusra terrorists shelled Kafraya town in Idleb, army posts in Hama, the village of Salanfa in "
        "Lattakia and the town of Taftanaz in Idleb.",
        # bare names with no "in": no item says where it lies
        "Jabhat al-Nusra terrorists shelled Idleb, Hama, Lattakia and Daraa.",
        # a spot last with no province after it
        "Jabhat al-Nusra terrorists shelled Kafraya town in Idleb, the village of Salanfa in Lattakia, army posts in "
        "Hama and the Abu Zeid farms.",
        # a clash is not split: fighting across provinces is read as told
        "Jabhat al-Nusra terrorists clashed with army units in Idleb, in Hama, in Lattakia and in Daraa.",
    ],
)
def test_a_bombardment_not_told_province_by_province_stays_one(text: str, gazetteer: Gazetteer) -> None:
    assert len(read_engagements(text, gazetteer)) == 1


def test_the_adversarial_inputs_read_as_expected() -> None:
    counts = [len(trigger_matches(text)) for text in ENGRECALL24_TEXTS]
    assert counts[0] == 0  # "wrested back" with no auxiliary before it nor "from" after it
    assert counts[1] > 0  # "been wrested back from": each one a trigger
    # "in" only right before the place: the end of "In the in the "
    assert [_IN.search(text[:14]) is None for text in ENGRECALL24_TEXTS] == [True, True, True, False]
