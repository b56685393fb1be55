"""Casualty figures: counts, bounds, kinds and victims, and the numbers that are not casualties."""

from __future__ import annotations

import pytest

from loaders.counts import parse_number
from loaders.figures import find_figures


def summary(text: str) -> list[tuple[str, int, int | None, str | None]]:
    """(kind, low, high, who) of each figure found."""
    return [(f.kind, f.low, f.high, f.who) for f in find_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The raid ended, killing 15 troops near the dam.", [("fatalities", 15, 15, "troops")]),
        ("At least 135 killed in the blast.", [("fatalities", 135, None, None)]),
        ("More than 40 soldiers died.", [("fatalities", 41, None, "troops")]),
        ("Over 40 civilians were killed.", [("fatalities", 41, None, "civilians")]),
        ("Up to 20 people were killed.", [("fatalities", 1, 20, None)]),
        ("Dozens were killed in the shelling.", [("fatalities", 12, None, None)]),
        ("Tens of fighters were killed.", [("fatalities", 10, None, "militants")]),
        ("Hundreds have been killed since June.", [("fatalities", 100, None, None)]),
        ("Scores were wounded.", [("wounded", 20, None, None)]),
        ("Fifteen children were killed.", [("fatalities", 15, 15, "civilians")]),
        ("Two hundred residents died.", [("fatalities", 200, 200, "civilians")]),
        ("The death toll rose to 49 on Sunday.", [("fatalities", 49, 49, None)]),
        ("Eleven citizens killed in a rocket attack on Hama.", [("fatalities", 11, 11, "civilians")]),
        ("At least 23 Takfiri gunmen were killed near the dam.", [("fatalities", 23, None, "militants")]),
        (
            "Some 60 evacuees from the two besieged villages of the north were killed.",
            [("fatalities", 60, None, "civilians")],
        ),
        ("At least 9 people have lost their lives in the raid.", [("fatalities", 9, None, None)]),
        (
            "8 civilians killed 25 injured in a blast in Homs.",
            [("fatalities", 8, 8, "civilians"), ("wounded", 25, 25, None)],
        ),
        ("Between 10 and 15 people were killed.", [("fatalities", 10, 15, None)]),
        ("10 to 15 militants were killed.", [("fatalities", 10, 15, "militants")]),
        ("The strike killed 15 and wounded 30.", [("fatalities", 15, 15, None), ("wounded", 30, 30, None)]),
        ("The operation neutralized 327 guerrillas.", [("fatalities", 327, 327, "militants")]),
        ("The unit was hit repeatedly, losing over 40 men.", [("fatalities", 41, None, None)]),
        ("Jets struck, killing 1,200 jihadists.", [("fatalities", 1200, 1200, "militants")]),
        ("Several dozen wounded were taken to hospital.", [("wounded", 12, None, None)]),
        ("Two died and dozens more were injured.", [("fatalities", 2, 2, None), ("wounded", 12, None, None)]),
        ("Nine people got injured.", [("wounded", 9, 9, None)]),
        ("More than twenty others suffered from suffocation.", [("wounded", 21, None, None)]),
        ("The group beheaded four soldiers.", [("fatalities", 4, 4, "troops")]),
        (
            "Some 30 people most of them from the Jaysh al-Islam rebel faction were killed.",
            [("fatalities", 30, None, None)],
        ),
        ("Forty militants at least were killed near Tadmur.", [("fatalities", 40, None, "militants")]),
        ("Some 31 civilians mostly children were killed.", [("fatalities", 31, None, "civilians")]),
        (
            "Nine soldiers from the garrison and two civilians were killed.",
            [("fatalities", 9, 9, "troops"), ("fatalities", 2, 2, "civilians")],
        ),
        ("Twelve people including three women and two boys were killed.", [("fatalities", 12, 12, None)]),
        ("Shelling killed four women and a child.", [("fatalities", 5, 5, "civilians")]),
        (
            "The strike on the camp killed 17 militants and a child.",
            [("fatalities", 17, 17, "militants"), ("fatalities", 1, 1, "civilians")],
        ),
        ("Three men and a boy were killed.", [("fatalities", 4, 4, None)]),
        ("Another civilian was killed in the shelling.", [("fatalities", 1, 1, "civilians")]),
        ("Militants killed a government pilot after he ejected.", [("fatalities", 1, 1, "troops")]),
        ("The blast killed a child and wounded two.", [("fatalities", 1, 1, "civilians"), ("wounded", 2, 2, None)]),
        ("IS killed a number of soldiers.", []),
        (
            "Twelve children and 11 fighters were among the dead.",
            [("fatalities", 12, 12, "civilians"), ("fatalities", 11, 11, "militants")],
        ),
        (
            "The strikes killed 14 jihadists from the Islamic State group and five civilians.",
            [("fatalities", 14, 14, "militants"), ("fatalities", 5, 5, "civilians")],
        ),
        ("Nine civilians were treated for asphyxiation after the attack.", [("wounded", 9, 9, "civilians")]),
        (
            "Two died and six others experienced breathing difficulties.",
            [("fatalities", 2, 2, None), ("wounded", 6, 6, None)],
        ),
        (
            "The blast led to the killing of one man and the injury of 40 others.",
            [("fatalities", 1, 1, None), ("wounded", 40, 40, None)],
        ),
        (
            "The raid killed two fighters and a civilian was wounded.",
            [("fatalities", 2, 2, "militants"), ("wounded", 1, 1, "civilians")],
        ),
    ],
)
def test_figures(text: str, expected: list[tuple[str, int, int | None, str | None]]) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The army destroyed 134 shelters and 17 posts.",
        "The rebels were 4 kilometres from the base.",
        "They hold 80 percent of the city.",
        "The group still has 10,000 fighters.",
        "The war began in 2011 and killed many.",
        "In the past 24-hours to dawn the front was calm.",
        "The convoy of 30 vehicles left.",
    ],
)
def test_numbers_that_are_not_casualties(text: str) -> None:
    assert find_figures(text) == []


def test_span_covers_the_phrase_and_honours_the_offset() -> None:
    text = "Shelling killed 7 civilians."
    (figure,) = find_figures(text, offset=100)
    assert figure.span is not None
    assert text[figure.span.start - 100 : figure.span.end - 100] == "killed 7 civilians"


def test_seventeen_is_not_seven() -> None:
    assert summary("seventeen soldiers were killed")[0][1] == 17


@pytest.mark.parametrize(
    ("text", "value"),
    [("12", 12), ("1,500", 1500), ("twenty-one", 21), ("three hundred", 300), ("a dozen", 12), ("thousands", 1000)],
)
def test_parse_number(text: str, value: int) -> None:
    assert parse_number(text) == value


def test_parse_number_refuses_words_that_are_not_numbers() -> None:
    assert parse_number("several") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nine more were also reported killed in the shelling.", [("fatalities", 9, 9, None)]),
        ("Three YPG fighters were killed near the dam.", [("fatalities", 3, 3, "militants")]),
        ("A monitor said 12 young Yazidis had been killed.", [("fatalities", 12, 12, None)]),
        ("Residents said two dozen people were killed.", [("fatalities", 24, 24, None)]),
        ("Seven children were among those killed.", [("fatalities", 7, 7, "civilians")]),
        ("At least 11 women were among the dead.", [("fatalities", 11, None, "civilians")]),
        ("Dozens of others were left injured.", [("wounded", 12, None, None)]),
        (
            "A girl was killed and 14 others were wounded.",
            [("fatalities", 1, 1, "civilians"), ("wounded", 14, 14, None)],
        ),
        ("4 Iraqi martyrs and 9 injured were reported.", [("fatalities", 4, 4, None), ("wounded", 9, 9, None)]),
        ("The blast claimed 30 lives on Monday.", [("fatalities", 30, 30, None)]),
        ("The jet crashed killing all three people on board.", [("fatalities", 3, 3, None)]),
        ("Five students including two sisters were killed.", [("fatalities", 5, 5, "civilians")]),
        ("Three rockets fell on the town causing no injuries.", [("wounded", 0, 0, None)]),
        ("Eight popular fighters were killed.", [("fatalities", 8, 8, "militants")]),
        (
            "The IS attack killed 5 civilians and 7 popular fighters.",
            [("fatalities", 5, 5, "civilians"), ("fatalities", 7, 7, "militants")],
        ),
    ],
)
def test_more_ways_of_stating_a_toll(text: str, expected: list[tuple[str, int, int | None, str | None]]) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize("text", ["In 2015 Kurds were driven out of the town.", "A man was seen near the market."])
def test_no_toll_without_a_casualty_word(text: str) -> None:
    assert summary(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "12 Dead Dozens Wounded in Rocket Attack on Homs.",
            [("fatalities", 12, 12, None), ("wounded", 12, None, None)],
        ),
        ("The army killed a confirmed 21 militants on Sunday.", [("fatalities", 21, 21, "militants")]),
        ("Another 9 terrorist were killed near the road.", [("fatalities", 9, 9, "militants")]),
        ("Four people were killed and 7 received wounds.", [("fatalities", 4, 4, None), ("wounded", 7, 7, None)]),
        (
            "At least 20 soldiers were killed along with 8 rebels.",
            [("fatalities", 20, None, "troops"), ("fatalities", 8, 8, "militants")],
        ),
    ],
)
def test_headlines_singular_nouns_and_second_counts(
    text: str, expected: list[tuple[str, int, int | None, str | None]]
) -> None:
    assert summary(text) == expected


def test_a_battle_that_cost_the_lives_of() -> None:
    assert summary("A battle that cost the lives of 30 regime forces and 29 insurgents.") == [
        ("fatalities", 30, 30, None),
        ("fatalities", 29, 29, "militants"),
    ]


def test_a_headline_count_of_others_goes_with_the_verb_after_it() -> None:
    assert summary("Three children killed 4 others injured in rocket attack on Hama.") == [
        ("fatalities", 3, 3, "civilians"),
        ("wounded", 4, 4, None),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The monitor said 30 regime and 39 rebel fighters have been killed near Aleppo.",
            [("fatalities", 30, 30, None), ("fatalities", 39, 39, "militants")],
        ),
        ("At least 70 Syrian regime and rebel fighters have been killed.", [("fatalities", 70, None, "militants")]),
        ("65 bodies of civilians found in a town taken from IS.", [("fatalities", 65, 65, None)]),
        ("The bodies of 12 soldiers were found near Palmyra.", [("fatalities", 12, 12, "troops")]),
        ("Ten civilians some of them children killed in an airstrike.", [("fatalities", 10, 10, "civilians")]),
        ("ISIL terrorists execute 50 captive troops in Raqqa.", [("fatalities", 50, 50, None)]),
        ("An airstrike has claimed lives of eight civilians in Tabqa.", [("fatalities", 8, 8, "civilians")]),
    ],
)
def test_pairs_bodies_asides_and_headline_verbs(
    text: str, expected: list[tuple[str, int, int | None, str | None]]
) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize(
    ("text", "low", "who"),
    [
        ("Another 17 IS group fighters were killed in air strikes.", 17, "militants"),
        ("Fourteen of the IS group fighters were killed near the villages.", 14, "militants"),
        ("More than 50 rebels and jihadists were killed in fighting.", 51, "militants"),
        ("The group said ISIL lost 13 of its fighters in the battle.", 13, "militants"),
        ("Another man and a woman were killed in rocket fire.", 2, None),
        ("One mother and her child have died after a bomb hit their home.", 2, "civilians"),
        ("The toll was given as 60 and later updated to 82 on Sunday.", 82, None),
        ("The war has killed hundreds of thousands of people.", 100000, None),
        ("The number of rebel fighters killed in battles against ISIL has risen to 39.", 39, None),
    ],
)
def test_more_ways_of_counting_the_dead(text: str, low: int, who: str | None) -> None:
    figures = [f for f in find_figures(text) if f.kind == "fatalities"]
    assert [(f.low, f.who) for f in figures][-1:] == [(low, who)]


def test_two_counts_of_one_verb_each_keep_their_noun() -> None:
    text = "Some 120 Islamic State group fighters and 60 foreign mercenaries were killed in Russian strikes."
    assert [(f.low, f.who) for f in find_figures(text)] == [(120, "militants"), (60, "militants")]


def test_a_quarter_of_a_million_and_a_toll_as_high_as() -> None:
    figures = find_figures("Since then more than a quarter of a million people have been killed across the country.")
    assert [(f.kind, f.low) for f in figures] == [("fatalities", 250001)]
    figures = find_figures("The group has put the death toll from the conflict at as high as 470000.")
    assert [(f.kind, f.low) for f in figures] == [("fatalities", 470000)]
    assert [f.low for f in find_figures("The death toll may be as high as 400000.")] == [400000]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By Thursday the toll from the air strikes had risen to 17.", [17]),
        ("The toll later climbed to 31 according to the monitor.", [31]),
        ("The overall toll now stands at 52.", [52]),
        ("Motorists paid a toll of 5 dollars at the bridge.", []),  # no "the": a road toll stays no count
        # second review: a road's toll, or the wounded's, is no count of the dead
        ("The toll road reopened to 40 trucks on Monday.", []),
        ("The toll of wounded rose to 30 by nightfall.", []),
    ],
)
def test_a_bare_toll_with_the_is_a_count_of_the_dead(text: str, expected: list[int]) -> None:
    assert [f.low for f in find_figures(text) if f.kind == "fatalities"] == expected
