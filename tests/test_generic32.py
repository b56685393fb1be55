"""A way of waging the war named, deeds done "for years", attacks counted in thousands and strikes debated tell no
engagement (thirty-second session, helper generic32, written-sentence probe; `practices_named`, `tallied_attacks`)."""

from __future__ import annotations

import pytest
from detection import read_engagements

from bench.adversarial import PRACTICES32_TEXTS
from loaders.gazetteer import Gazetteer
from loaders.practices_named import (
    _AS_WEAPON,
    _DEBATE_OVER,
    _IS_A_METHOD,
    _METHOD_AFTER,
    _METHOD_OF,
    _REPUTED_FOR,
    _THOUSANDS_KILLED,
    _USE_BEFORE,
    _WAR_MARKED_BY,
    _YEARS_AFTER,
)
from loaders.tallied_attacks import _RECORDED, _THOUSANDS

# One real event the articles below tell: its reading must survive every generic statement beside it.
REAL = "Syrian government warplanes struck the town of Saraqeb in Idlib province on Tuesday, killing six civilians."
REAL_READ = [("air-strike", ["saraqib"], ["syrian-arab-air-force", "baathist-syria"], [])]


@pytest.mark.parametrize(
    "generic",
    [
        # a siege named as a method
        "Critics say the regime's siege strategy amounts to collective punishment.",
        "Siege warfare has been a hallmark of the Assad government.",
        "Aid workers say siege tactics have left thousands of people hungry.",
        "The army's siege-and-starve policy has forced towns to surrender.",
        "The strategy of starving besieged towns into surrender has been used by government forces.",
        # a means used as a weapon
        "The regime has used sieges as a weapon of war.",
        "Government forces have used starvation and siege as a tactic against rebel towns.",
        # deeds done for years
        "The government has besieged rebel-held areas for years.",
        "Rebel shelling of government-held districts has killed hundreds of people over the years.",
        # a debate over strikes
        "The debate over US-led coalition strikes against ISIS has divided Congress.",
        # a reputation, the war's marks, a policy, the war's toll in thousands, a tally recorded
        "The group is infamous for its suicide bombings.",
        "The war has been marked by sieges and air strikes on civilians.",
        "The conflict has been characterised by indiscriminate shelling of residential areas.",
        "Activists say the bombardment of rebel areas is a deliberate policy.",
        "Critics say the coalition's air strikes have killed thousands of civilians.",
        "Amnesty International has documented dozens of attacks on medical facilities by Syrian and Russian forces.",
    ],
)
def test_a_generic_statement_adds_no_engagement(generic: str, gazetteer: Gazetteer) -> None:
    assert read_engagements("A report\n\n" + REAL, gazetteer) == REAL_READ
    assert read_engagements("A report\n\n" + REAL + " " + generic, gazetteer) == REAL_READ


@pytest.mark.parametrize(
    "generic",
    [
        "The coalition has carried out thousands of air strikes against Islamic State in Syria and Iraq.",
        "Islamic State has carried out bombings in Damascus for years.",
        "The army has fought rebels in the area for years.",
        "MPs debated air strikes against Islamic State in Syria for ten hours.",
        # a charge of killing over years (tests/test_outlets4.py read it as a clash before)
        "The rebels said the regime had killed people in Harasta for years.",
    ],
)
def test_a_generic_statement_alone_tells_no_engagement(generic: str, gazetteer: Gazetteer) -> None:
    assert read_engagements("A report\n\n" + generic, gazetteer) == []


@pytest.mark.parametrize(
    ("text", "kind", "place"),
    [
        # a siege of one town on one day, even "as part of a new strategy"
        ("Troops besieged the town of Zabadani on Saturday as part of a new strategy.", "siege", "al-zabadani"),
        ("Government forces tightened the siege of Madaya on Monday, residents said.", "siege", "madaya"),
        # a means without a verb of using: the shelling told
        ("The army shelled Douma on Monday as a means of pressuring the rebels.", "shelling", "douma"),
        # years measured against ("for years" after a superlative or a day) and a relative clause's years
        ("The army shelled Douma on Monday in the heaviest bombardment for years.", "shelling", "douma"),
        ("Rebels shelled the town of Mhardeh on Monday, which had been spared for years.", "shelling", "mhardeh"),
        # thousands of shells on one day, and a debate over one dated strike
        ("Thousands of shells fell on Daraya on Monday, killing 12 people.", "shelling", "darayya"),
        ("The debate over the air strike on the hospital in Aleppo on Monday went on.", "air-strike", "aleppo"),
        # a reputation of the doer, the day's fighting marked by shelling, a strategy of another clause
        ("The army, notorious for its brutality, shelled the town of Douma on Monday.", "shelling", "douma"),
        ("Fighting on Monday was marked by heavy shelling of Douma.", "armed-clash", "douma"),
        ("The offensive, which began on Monday with air strikes on Douma, is a new strategy.", "air-strike", "douma"),
        # a tally with a day: the day's strikes
        ("The Observatory has recorded 30 air strikes on Douma on Saturday.", "air-strike", "douma"),
    ],
)
def test_a_dated_event_beside_the_words_is_kept(text: str, kind: str, place: str, gazetteer: Gazetteer) -> None:
    read = read_engagements("A report\n\n" + text, gazetteer)
    assert any(t == kind and place in places for t, places, _, _ in read), read


def test_the_patterns_read_adversarial_input() -> None:
    # timed by make bench-patterns (bench/adversarial.py); here, what each pattern makes of the same inputs
    # (the runs cut mid-word end no phrase: none is read; a run of "used" is a verb of using with modifiers)
    none = [False] * len(PRACTICES32_TEXTS)
    assert [_METHOD_AFTER.match(t) is not None for t in PRACTICES32_TEXTS] == none
    assert [_METHOD_OF.search(t) is not None for t in PRACTICES32_TEXTS] == none
    assert [_USE_BEFORE.search(t) is not None for t in PRACTICES32_TEXTS] == [True, *none[1:]]
    assert [_AS_WEAPON.match(t) is not None for t in PRACTICES32_TEXTS] == none
    assert [_YEARS_AFTER.search(t) is not None for t in PRACTICES32_TEXTS] == none
    assert [_DEBATE_OVER.search(t) is not None for t in PRACTICES32_TEXTS] == none
    assert [_THOUSANDS.search(t) is not None for t in PRACTICES32_TEXTS] == none
    assert [_RECORDED.search(t) is not None for t in PRACTICES32_TEXTS] == none
    assert [_REPUTED_FOR.search(t) is not None for t in PRACTICES32_TEXTS] == none
    assert [_WAR_MARKED_BY.search(t) is not None for t in PRACTICES32_TEXTS] == none
    assert [_IS_A_METHOD.match(t) is not None for t in PRACTICES32_TEXTS] == none
    assert [_THOUSANDS_KILLED.match(t) is not None for t in PRACTICES32_TEXTS] == none
