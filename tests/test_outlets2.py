"""Figures as other outlets tell them: an age is no count; a count keeps its verb across an aside in commas."""

from __future__ import annotations

import pytest

from loaders.figures import find_figures


def summary(text: str) -> list[tuple[str, int, int | None, str | None]]:
    """(kind, low, high, who) of each figure found."""
    return [(f.kind, f.low, f.high, f.who) for f in find_figures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "A boy under the age of ten died of his wounds after the shelling.",
        "A girl under the age of twelve was killed by sniper fire near the school.",
        "A man aged 40 was killed when the car exploded.",
        "A farmer aged about 60 was wounded by a landmine.",
    ],
)
def test_an_age_is_no_count(text: str) -> None:
    assert summary(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the count comes before the age, or no age stands before it: counted as ever
        ("The shelling killed 14 children under the age of ten.", [("fatalities", 14, 14, "civilians")]),
        ("The old man, aged and frail, said 9 people were killed.", [("fatalities", 9, 9, None)]),
        ("Rebels said the ages of the dead were unknown; 20 people were killed.", [("fatalities", 20, 20, None)]),
        ("The siege has aged the city, and 30 civilians died this week.", [("fatalities", 30, 30, "civilians")]),
        ("In an age of fear, 12 people were killed in the town.", [("fatalities", 12, 12, None)]),
    ],
)
def test_counts_near_an_age_word_still_count(
    text: str, expected: list[tuple[str, int, int | None, str | None]]
) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Eleven people, including four women and two children, were killed in the air strikes.",
            [("fatalities", 11, 11, None)],
        ),
        ("Seven fighters, among them two commanders, were killed in the clashes.", [("fatalities", 7, 7, "militants")]),
        ("Nine civilians, including a child, were wounded by the shelling.", [("wounded", 9, 9, "civilians")]),
        (
            "Four fighters, including a commander, had been killed earlier, the group said.",
            [("fatalities", 4, 4, "militants")],
        ),
    ],
)
def test_a_count_keeps_its_verb_across_an_aside_in_commas(
    text: str, expected: list[tuple[str, int, int | None, str | None]]
) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause inside the aside tells of some of them, not all
        ("Six people, including two who were wounded, fled the town.", []),
        # a second count joined after the aside is its own figure
        ("Five soldiers, including two officers, and 12 civilians were killed.", [("fatalities", 12, 12, "civilians")]),
        # not a count of people, or not a casualty verb
        ("Three villages, including Tal Ahmar, were shelled.", []),
        ("Eight people, including the mayor, were arrested.", []),
        ("Ten fighters, including their commander, were captured.", []),
        ("The raid hit 40 homes, including one where 3 children were killed.", [("fatalities", 3, 3, "civilians")]),
    ],
)
def test_an_aside_in_commas_does_not_over_reach(
    text: str, expected: list[tuple[str, int, int | None, str | None]]
) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Also it rose to 9, including a girl and 4 women, the number of people who were killed in the bombing.",
            [("fatalities", 9, 9, None)],
        ),
        ("It rose to 20 the number of civilians killed in the shelling.", [("fatalities", 20, 20, "civilians")]),
        ("It has risen to 31, the number of those killed by the air strikes.", [("fatalities", 31, 31, None)]),
    ],
)
def test_a_verb_first_toll_counts_its_dead(text: str, expected: list[tuple[str, int, int | None, str | None]]) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the usual order: the number of strikes, not of the dead, rose to 74
        "The number of airstrikes by warplanes increased to 74, and the number of people killed is unknown.",
        "Prices rose to 300, the number of people who were displaced is large.",
        "The number of barrel bombs rose to 18, the number of those killed is unknown.",
        "The temperature rose to 40, and the number of dead in the heatwave was not known.",
        "It rose to 12, the number of dead has risen since, the monitor said.",
    ],
)
def test_a_rise_of_something_else_is_no_toll(text: str) -> None:
    assert summary(text) == []


def test_the_strikes_risen_are_no_toll_beside_the_dead_risen() -> None:
    # the strikes rose to 74, the dead to 3: only the subject-first toll of the dead counts (bulletin31's
    # `figures._NUMBER_ROSE`), never the strikes' 74 read as a verb-first toll
    text = "The number of airstrikes rose to 74, they targeted the town, while the number of dead rose to 3."
    assert summary(text) == [("fatalities", 3, 3, None)]
