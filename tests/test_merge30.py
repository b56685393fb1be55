"""Thirtieth session (helper merge30): a ground fight told beside a bombardment is an engagement of its own. Texts
written for the tests."""

from __future__ import annotations

import pytest

from bench.adversarial import GROUND_WORDS30_TEXTS, _fullmatched, searched
from loaders.gazetteer import Gazetteer
from loaders.ground_words import _CAMPAIGN_BEFORE, _FROM_AFAR, _ON_FOOT, told_on_foot
from tests.written import side_slugs as _told

# --- a ground word beside fire from afar in one sentence: two engagements ---


def test_a_storming_after_shelling_by_the_other_side_is_a_clash(gazetteer: Gazetteer) -> None:
    told = _told("Islamic State fighters stormed the village of Tal Abyad after Kurdish forces shelled it.", gazetteer)
    assert sorted(t for t, _, _ in told) == ["armed-clash", "shelling"]
    # the storming is Islamic State's; "after ..." tells when, so its shellers are no target of it (neutral30)
    assert any(kind == "armed-clash" and doers == ["islamic-state"] for kind, doers, _ in told)
    assert ("shelling", ["peoples-protection-units"], []) in told


def test_an_offensive_after_air_strikes_is_a_clash(gazetteer: Gazetteer) -> None:
    text = "Rebels attempted to launch an offensive on army positions in Saraqib after Russian jets bombed the town."
    told = _told(text, gazetteer)
    assert ("armed-clash", ["syrian-rebels"], ["syrian-arab-army"]) in told
    assert "air-strike" in [t for t, _, _ in told]


def test_a_storming_after_the_shelling_told_before_is_a_clash(gazetteer: Gazetteer) -> None:
    text = (
        "Kurdish forces shelled Tal Abyad on Sunday. "
        "Islamic State fighters then stormed the village after heavy shelling."
    )
    assert [t for t, _, _ in _told(text, gazetteer)] == ["shelling", "armed-clash"]


# --- not a ground fight: the generic word stays set aside ---


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # an offensive that dates the toll of a bombardment: a campaign begun, not a battle told
        (
            "At least 40 people have been killed by air strikes and shelling since the army began an offensive on "
            "Saraqib two weeks ago.",
            "air-strike",
        ),
        # the campaign a bombardment is part of, or told amid
        ("Idlib came under artillery fire as part of the army's new offensive on the province.", "shelling"),
        ("Russian jets bombed Saraqib amid a government offensive on the town.", "air-strike"),
        # an offensive from the air
        ("Regime forces shelled Saraqib during an aerial offensive on the town.", "shelling"),
        # "attacked" is told of a bombardment as well: the shells say how
        ("Rebels attacked army positions in Saraqib with mortar shells.", "shelling"),
    ],
)
def test_no_clash_where_the_word_is_no_ground_fight(text: str, kept: str, gazetteer: Gazetteer) -> None:
    types = [t for t, _, _ in _told(text, gazetteer)]
    assert kept in types  # the bombardment is still told
    assert "armed-clash" not in types


@pytest.mark.parametrize(
    ("text", "word", "on_foot"),
    [
        ("Troops stormed the town.", "stormed", True),
        ("They began an offensive on Aleppo.", "offensive", True),
        ("Jets began an aerial offensive on Aleppo.", "offensive", False),
        ("A rocket assault hit the base.", "assault", False),
        ("Rebels attacked the base.", "attacked", False),
        ("Dozens died since troops began an offensive on Aleppo.", "offensive", False),
    ],
)
def test_told_on_foot(text: str, word: str, on_foot: bool) -> None:
    start = text.index(word)
    assert told_on_foot(text, start, start + len(word)) is on_foot


def test_the_ground_word_patterns_read_adversarial_text() -> None:
    assert [_fullmatched(_ON_FOOT)(t) for t in GROUND_WORDS30_TEXTS] == [None] * 5
    assert [searched(_FROM_AFAR)(t) for t in GROUND_WORDS30_TEXTS] == [None, None, None, None, "air "]
    dated = [searched(_CAMPAIGN_BEFORE)(t) for t in GROUND_WORDS30_TEXTS]
    assert [d is not None and d.startswith("since") for d in dated] == [False, False, True, True, False]
