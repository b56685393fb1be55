"""Blasts told only as heard, and attacks only feared, are no engagement: "explosions were heard in Homs", "they
feared revenge attacks" (twenty-third session, helper precision23; `loaders/heard_only.py`, `loaders/spoken_of.py`)."""

from __future__ import annotations

import pytest
from detection import detected_types

from bench.adversarial import PRECISION23_TEXTS
from loaders.gazetteer import Gazetteer
from loaders.heard_only import _HEARD_AFTER, _HEARD_BEFORE
from loaders.spoken_of import _FEAR_VERB


@pytest.mark.parametrize(
    "text",
    [
        "Blasts and gunfire were also heard early on Tuesday in Deir ez-Zor, activists said.",
        "Explosions were heard across Hama on Sunday night.",
        "Loud explosions were clearly heard in Latakia late on Friday.",
        "Residents of Homs said they heard two loud explosions on Monday evening.",
        "A shopkeeper in Tartus heard the sound of a blast shortly before noon.",
    ],
)
def test_a_blast_only_heard_is_no_engagement(text: str, gazetteer: Gazetteer) -> None:
    assert detected_types(text, gazetteer) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the blast hit something, then was heard: an explosion told
        ("A car bomb exploded in Homs on Friday and the blast was heard across the city.", "remote-explosive"),
        ("Two explosions hit a checkpoint in Hama on Monday, killing three soldiers.", "remote-explosive"),
        # what was heard is an air strike, named with its means: no blast word
        ("Air strikes could be heard across Idlib on Sunday as warplanes bombed Saraqib.", "air-strike"),
        # "heard" in another sense, the blast the news
        ("The court heard that a bomb blast killed five people in Homs in 2014.", "remote-explosive"),
        # a blast that residents heard about, told by what it did
        ("An explosion heard by residents destroyed a bakery in Azaz on Monday.", "remote-explosive"),
        # a list of noises before a verb that is no hearing
        ("Blasts and gunfire rocked the centre of Daraa on Wednesday.", "remote-explosive"),
    ],
)
def test_a_blast_told_beside_the_hearing_is_kept(text: str, kind: str, gazetteer: Gazetteer) -> None:
    assert kind in detected_types(text, gazetteer)


@pytest.mark.parametrize(
    "text",
    [
        "Residents said they feared revenge attacks by pro-government militias in Homs.",
        "Families in Douma fear a new regime offensive on the town.",
        "Aid groups dread further air strikes on Idlib.",
    ],
)
def test_an_attack_only_feared_is_no_engagement(text: str, gazetteer: Gazetteer) -> None:
    assert detected_types(text, gazetteer) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the adjective: the feared offensive came
        ("The long-feared offensive began on Monday when regime troops attacked rebels near Saraqib.", "armed-clash"),
        ("The feared IS fighters attacked the village of Tal Tamr on Monday.", "armed-clash"),
        # the noun "for fear of": why people fled, the shelling told
        ("Families fled for fear of the shelling in Douma on Monday.", "shelling"),
        # "feared" with a clause of its own: the attack that came is told
        ("Residents feared the worst after rebels attacked the village of Khattab on Monday.", "armed-clash"),
        # a verb of fearing whose object ends before the trigger, at a preposition
        ("The residents feared for their lives as warplanes bombed Ariha on Sunday.", "air-strike"),
        # the feared one named, the shelling told by its own verb after "and"
        ("Villagers who fear the army shelled Kafr Nabl on Monday, activists said.", "shelling"),
    ],
)
def test_an_attack_beside_a_fear_is_kept(text: str, kind: str, gazetteer: Gazetteer) -> None:
    assert kind in detected_types(text, gazetteer)


def test_the_patterns_read_adversarial_input() -> None:
    # timed by make bench-patterns (bench/adversarial.py); here, what each pattern makes of the same inputs
    assert [_HEARD_AFTER.match(t) is not None for t in PRECISION23_TEXTS] == [False] * 5
    assert [_HEARD_BEFORE.search(t) is not None for t in PRECISION23_TEXTS] == [False, True, False, False, False]
    assert [_FEAR_VERB.search(t) is not None for t in PRECISION23_TEXTS] == [False, False, True, True, False]
