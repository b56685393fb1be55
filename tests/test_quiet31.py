"""An engagement only compared with or remembered tells none: the object of "similar to", "reminiscent of",
"recalled", "echoed", and a definite head whose verb likens it to an earlier engagement ("The attack was similar to
one on Douma in April"; thirty-first session, helper quiet31, written-sentence probe; `compared_events`,
`denied_and_remarked._REMARK_VERB`)."""

from __future__ import annotations

import pytest
from detection import detected_types, read_engagements

from bench.adversarial import DATED_CLAUSE31_TEXTS, LIKENED31_TEXTS, RECALLED31_TEXTS
from loaders.compared_events import _LIKENED_TO, _RECALLED_CLAUSE, OLD_DATE_AFTER
from loaders.denied_and_remarked import _REMARK_VERB
from loaders.gazetteer import Gazetteer
from loaders.past_deeds import _HARMED_IN, _OF_YEAR, _PASSIVE_RELATIVE, _WHEN_IN_YEAR, _YEAR_MODIFIER
from tests.probed_news import NEWS, read_after_news


@pytest.mark.parametrize(
    "text",
    [
        "Residents recalled the siege of Homs in 2014, when hundreds starved.",
        "Many residents still remember the chemical attack on Ghouta in 2013.",
        "The attack was similar to the chemical attack on Khan Sheikhoun in April.",
        "The strike resembled an attack on a hospital in Idlib last year.",
        "The assault echoed the 2016 offensive on eastern Aleppo.",
        "The bombing was reminiscent of the siege of Aleppo in 2016.",
        "The attack mirrored an assault by Islamic State on Kobani in 2014.",
        # a clause told as remembered, dated a year or more back
        "Locals recalled how government forces stormed the town of Hama in 2012.",
        "He recalled that regime jets had bombed the market in Ariha in 2015.",
        "Activists marked the day the regime shelled Homs two years ago.",
    ],
)
def test_an_event_only_compared_or_recalled_is_no_engagement(text: str, gazetteer: Gazetteer) -> None:
    assert detected_types(text, gazetteer) == []


@pytest.mark.parametrize(
    ("probe", "place"),
    [
        ("The attack was similar to one on Douma in April.", "douma"),
        ("The attack recalled the sarin attack on Ghouta in August 2013.", "eastern-ghouta"),
        ("The strike brought back memories of the massacre in Houla in 2012.", "houla"),
    ],
)
def test_the_compared_place_makes_no_engagement_and_the_news_stays(
    probe: str, place: str, gazetteer: Gazetteer
) -> None:
    read = read_engagements("A report\n\n" + NEWS + " " + probe, gazetteer)
    assert ("air-strike", ["saraqib"]) in [(kind, places) for kind, places, _, _ in read]
    assert all(place not in places for _, places, _, _ in read)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # "recalled" as a verb of saying after the news: the strike is told
        ("Syrian jets bombed Douma on Monday, residents recalled.", "air-strike"),
        # a witness's memory with no old date is the day's news retold
        ("Abu Ahmed recalled how the jets struck the market in Ariha at dawn.", "air-strike"),
        ("He recalled that jets bombed Saraqib on Monday, before the truce of 2016.", "air-strike"),
        # a comma ends the likened phrase: the shelling after it is news
        ("Like the army, rebels shelled Aleppo on Monday.", "shelling"),
        # the head acts before it is likened: the attack is told
        ("The attack on Saraqib killed 12 people and was similar to one in April.", "armed-clash"),
        # no head before the superlative: the clash of the day is told
        ("Rebels clashed with the army in Daraa, the heaviest fighting since 2016.", "armed-clash"),
    ],
)
def test_an_engagement_beside_a_comparison_is_kept(text: str, kind: str, gazetteer: Gazetteer) -> None:
    assert kind in detected_types(text, gazetteer)


def test_the_patterns_read_adversarial_input() -> None:
    # timed by make bench-patterns (bench/adversarial.py); here, what each pattern makes of the same inputs
    assert [_LIKENED_TO.search(t) is not None for t in LIKENED31_TEXTS] == [False] * 5
    assert [_REMARK_VERB.match(t) is not None for t in LIKENED31_TEXTS] == [False, False, False, True, False]
    assert [_RECALLED_CLAUSE.search(t) is not None for t in RECALLED31_TEXTS] == [False] * 5
    assert [OLD_DATE_AFTER.match(t) is not None for t in RECALLED31_TEXTS] == [False] * 5


# A past harm, a passive relative clause or a year modifier dating the engagement a year or more back describes a
# person, a thing or an old event; no engagement told (`past_deeds.dated_in_clause`; quiet31, written-sentence probe).
@pytest.mark.parametrize(
    ("probe", "place"),
    [
        ("A man wounded in an air strike on Douma in 2015 now lives in Turkey.", "douma"),
        ("Ahmed, who lost his leg in a barrel bomb attack on Aleppo in 2014, now runs a shop in Gaziantep.", "aleppo"),
        ("The school in Ariha, which was shelled by rebels in 2013, reopened last month.", "ariha"),
        (
            "Residents who survived the 2013 chemical attack on Ghouta told reporters they still suffer.",
            "eastern-ghouta",
        ),
        # a past year named after the event, and the clause that tells what happened in it
        ("Douma was remembered for the massacre of 2012, when militiamen killed dozens of villagers.", "douma"),
        ("The Hama massacre of 1982, in which the army killed thousands, still haunts the city.", "hama"),
    ],
)
def test_an_engagement_dated_back_in_a_clause_is_no_engagement(probe: str, place: str, gazetteer: Gazetteer) -> None:
    read = read_after_news(probe, gazetteer)
    assert ("air-strike", ["saraqib"]) in read
    assert all(place not in places for _, places in read)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the day's harm: no old date closes the clause
        ("Five civilians were wounded in an air strike on Douma on Monday.", "air-strike"),
        # the relative clause of the day
        ("The school, which was shelled by rebels on Tuesday, was empty, activists said.", "shelling"),
        # a year inside a name is no modifier of the event: "the 2013 agreement" has none
        ("Jets bombed Saraqib, breaking the 2013 agreement, activists said.", "air-strike"),
        # a year that opens the sentence dates its own news, and a day's "when" clause is news
        ("In 2015, when rebels shelled Aleppo, the army answered.", "shelling"),
        ("On Monday, when jets bombed Saraqib, the market was full.", "air-strike"),
    ],
)
def test_an_engagement_of_the_day_in_a_clause_is_kept(text: str, kind: str, gazetteer: Gazetteer) -> None:
    assert kind in detected_types(text, gazetteer)


def test_the_clause_patterns_read_adversarial_input() -> None:
    # timed by make bench-patterns (bench/adversarial.py); here, what each pattern makes of the same inputs
    assert [_HARMED_IN.search(t) is not None for t in DATED_CLAUSE31_TEXTS] == [True] + [False] * 6
    assert [_PASSIVE_RELATIVE.search(t) is not None for t in DATED_CLAUSE31_TEXTS] == [
        False,
        False,
        True,
        False,
        False,
        False,
        False,
    ]
    assert [_YEAR_MODIFIER.search(t) is not None for t in DATED_CLAUSE31_TEXTS] == [False] * 7
    assert [len(_OF_YEAR.findall(t)) for t in DATED_CLAUSE31_TEXTS] == [0, 0, 0, 0, 0, 185, 1]
    assert [_WHEN_IN_YEAR.search(t) is not None for t in DATED_CLAUSE31_TEXTS] == [False] * 5 + [True, False]
