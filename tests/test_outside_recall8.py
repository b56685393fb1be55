"""Rules from an eighth recall sample: engagements read on FA-KES articles outside the gold set (twenty-first session,
helper outrecall8). The texts are written for the tests."""

from __future__ import annotations

import re
from datetime import date
from functools import partial

import pytest
from detection import detect, engagement_kinds

from bench.adversarial import OTHER_UNITS_TEXTS
from loaders.actor_references import _OTHER_UNITS
from loaders.extract import extract
from loaders.gazetteer import Gazetteer
from loaders.model import Article
from loaders.told_before import _OPENS_ON_OTHER_UNITS, _OTHER_UNITS_CLAUSE
from tests.written import placed_attacker_slugs

told = partial(placed_attacker_slugs, published=date(2016, 3, 7))


# --- another unit's deed in a joined clause --------------------------------------------------------------------------


def test_other_units_in_a_joined_clause_are_an_engagement_of_their_own(gazetteer: Gazetteer) -> None:
    body = (
        "Army units targeted gatherings of terrorists in the town of Bosra al-Sham while other units destroyed a "
        "bulldozer in the town of Nawa in the countryside of Daraa."
    )
    assert told(body, gazetteer) == [
        ("armed-clash", ["bosra-890449867"], ["syrian-arab-army"]),
        ("armed-clash", ["nawa-421184049"], ["syrian-arab-army"]),
    ]


def test_other_units_deed_is_told_as_another_engagement(gazetteer: Gazetteer) -> None:
    # "other units" say the deed is not the one told before: it joins no earlier engagement of the article
    text = "Army units shelled the town of Nawa while other units destroyed a bulldozer in the town of Jasim."
    assert [(d.type, d.distinct) for d in detect(text, gazetteer)] == [("shelling", False), ("armed-clash", True)]


def test_other_units_joined_to_the_subject_are_no_other_deed(gazetteer: Gazetteer) -> None:
    # "and other units" joins two subjects of one deed: the shelling is the one told before, not another
    text = "The Syrian army and other units shelled the town of Nawa on Monday killing ten terrorists."
    assert [(d.type, d.distinct) for d in detect(text, gazetteer)] == [("shelling", False)]


def test_other_units_keep_their_scene_where_both_name_the_city(gazetteer: Gazetteer) -> None:
    # both clauses name Aleppo: neighbours sharing a place are one scene, unless the later one is another unit's
    body = (
        "The Syrian troops regained control of a factory near the city of Aleppo while other army units continued "
        "their military operations in the village of al-Eis near Aleppo airport."
    )
    kinds = [(k[0], k[2]) for k in told(body, gazetteer)]
    assert kinds == [("government-regains-territory", ["syrian-arab-army"]), ("armed-clash", ["syrian-arab-army"])]


def test_a_report_is_not_read_into_a_place_the_gazetteer_lacks_in_another_province(gazetteer: Gazetteer) -> None:
    # "The Syrian army destroyed" reads as definite ("the ... army"): it may name the wider area of what was told,
    # but a village the gazetteer lacks (al-Sawwara, Daraa) may lie anywhere, so Homs is not its wider area
    body = (
        "Army units targeted gatherings of terrorists in the town of Bosra al-Sham while other units destroyed a "
        "bulldozer in al-Sawwara town in the countryside of Daraa. The Syrian army destroyed several boats for "
        "terrorists in al-Rastan Lake in the countryside of Homs."
    )
    # the lake is a named feature of its own beside the town it is named after (places29, as for dams)
    expected = [["bosra-890449867"], ["al-sawwara"], ["al-rastan-421178433", "al-rastan-lake"]]
    assert [k[1] for k in told(body, gazetteer)] == expected


@pytest.mark.parametrize(
    "body",
    [
        # the subject of the sentence is a rebel force: its "other units" are not the army's
        "Rebel units attacked army posts in the town of Bosra al-Sham while other units shelled the town of Nawa.",
        # "other units of" names whose they are
        "Army units shelled the town of Nawa while other units of the Free Syrian Army shelled the town of Jasim.",
        # another sense of "units"
        "Army units shelled the town of Nawa while other housing units in the town of Jasim were shelled.",
        # no army named before them
        "Other units shelled the town of Nawa on Monday.",
        # a list naming the units, no deed of theirs told
        "The Syrian army and other units of the police were deployed in the town of Nawa on Monday.",
    ],
)
def test_other_units_are_the_army_only_after_the_army_as_subject(body: str, gazetteer: Gazetteer) -> None:
    x = extract(Article("test", "t", body, published=date(2016, 3, 7)), gazetteer)
    units = [m.span.start for m in x.mentions if m.kind == "actor" and body[m.span.start : m.span.end] == "units"]
    assert all(not re.match(r"(?i)(?:an)?other\s+$", body[max(0, at - 8) : at]) for at in units)


@pytest.mark.parametrize(
    "body",
    [
        # one unit's two deeds at one place: one scene
        "Army units shelled the town of Nawa and killed ten terrorists while other units stayed in their barracks.",
        # the units' deed told with the first one's place only: joined (no place of its own)
        "Army units shelled the town of Nawa on Monday while other units shelled it too.",
    ],
)
def test_other_units_with_no_deed_or_place_of_their_own_tell_no_second_engagement(
    body: str, gazetteer: Gazetteer
) -> None:
    assert [k[0] for k in engagement_kinds(body, gazetteer)] == ["shelling"]


# --- one more of a kind -----------------------------------------------------------------------------------------------


def test_another_shell_is_by_whoever_fired_the_last_one(gazetteer: Gazetteer) -> None:
    # two attackers of shelling in the article: the article-wide lending lends none; "another" says whose
    body = (
        "Regime shelling killed seven people in the town of Jisreen on Tuesday. Shelling in the town of Misraba has "
        "meanwhile killed three people. Another shell in the town of Harasta landed near a school but only caused "
        "injuries. Rebels have responded to the shelling with a barrage of mortars lobbed at the Abbasiyin district "
        "of Damascus."
    )
    assert ("shelling", ["harasta-1125968475"], ["baathist-syria"]) in told(body, gazetteer)


@pytest.mark.parametrize(
    ("body", "harasta"),
    [
        # nobody named before: nothing to lend (an undated shell naming no one stays bare)
        ("A shell hit the town of Jisreen on Tuesday. Another shell in the town of Harasta landed near a school.", []),
        # its own attacker named
        (
            "Regime shelling killed seven people in the town of Jisreen on Tuesday. Another rebel shell hit the "
            "town of Harasta.",
            [("shelling", ["harasta-1125968475"], ["syrian-rebels"])],
        ),
    ],
)
def test_another_of_a_kind_lends_nothing_of_its_own(
    body: str, harasta: list[tuple[str, list[str], list[str]]], gazetteer: Gazetteer
) -> None:
    assert [k for k in told(body, gazetteer) if "harasta-1125968475" in k[1]] == harasta


_BEFORE = (
    "Regime shelling killed seven people in the town of Jisreen on Tuesday. Rebels fired mortars at the Abbasiyin "
    "district of Damascus wounding ten. "
)


@pytest.mark.parametrize(
    "body",
    [
        # someone unnamed fired it: nobody is lent
        _BEFORE + "Another shell fired by unknown gunmen in the town of Harasta landed near a school.",
        # another kind: a strike is no shell
        _BEFORE.replace("shelling", "air strikes") + "Another strike in the town of Harasta hit a school.",
        # a shell foretold, none fallen
        _BEFORE + "Residents of Harasta said another shell would fall soon.",
    ],
)
def test_another_of_a_kind_lends_no_attacker_of_an_earlier_one(body: str, gazetteer: Gazetteer) -> None:
    assert not [k for k in told(body, gazetteer) if "harasta-1125968475" in k[1] and "baathist-syria" in k[2]]


def test_another_of_a_kind_takes_the_last_attacker_of_its_own_type_only(gazetteer: Gazetteer) -> None:
    # the rebels' mortars were told last; the air strike before them is another type
    body = (
        "Regime air strikes killed seven people in the town of Jisreen on Tuesday. Rebels fired mortars at the "
        "Abbasiyin district of Damascus on Tuesday wounding ten. Another shell in the town of Harasta landed near a "
        "school."
    )
    assert ("shelling", ["harasta-1125968475"], ["syrian-rebels"]) in told(body, gazetteer)


# --- adversarial text -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("pattern", [_OTHER_UNITS_CLAUSE, _OPENS_ON_OTHER_UNITS, _OTHER_UNITS])
def test_the_rules_regexes_read_adversarial_text(pattern: re.Pattern[str]) -> None:
    # only _OTHER_UNITS finds "other units", each of them; their speed is timed by make bench-patterns
    for text in OTHER_UNITS_TEXTS:
        units = pattern is _OTHER_UNITS and text.startswith("other units")
        assert [m.group() for m in pattern.finditer(text[:5000])] == ["other units"] * (416 if units else 0)
        at_every_500th = [pattern.match(text, at) for at in range(0, 5000, 500)]
        assert [at for at, m in zip(range(0, 5000, 500), at_every_500th, strict=True) if m] == (
            [0, 1500, 3000, 4500] if units else []
        )
