"""An earlier event named in passing tells none: "a previous attack on X", "a similar strike on X last month", "as it
did for the attack on X last year"
(thirty-first session, helper quiet31b, written-sentence probe; `compared_events`)."""

from __future__ import annotations

import pytest

from bench.adversarial import EARLIER31B_TEXTS, LIKE_OPENING31B_TEXTS
from loaders.compared_events import _PAST_DATE_AFTER, _PREVIOUS_ONE, _SIMILAR_ONE
from loaders.gazetteer import Gazetteer
from loaders.places_of_events import _LIKE_OPENING, _OLD_DATE_COMMA
from tests.probed_news import read_after_news


@pytest.mark.parametrize(
    ("probe", "place"),
    [
        ("The raid came after a similar strike on Maarat al-Numan last month.", "maarrat-al-numan"),
        ("Washington said it would respond, as it did for the attack on Khan Sheikhoun last year.", "khan-shaykhun"),
        ("A previous offensive by the army on Daraa in 2018 displaced thousands.", "daraa"),
        ("Residents said a prior bombing of Douma had emptied the town.", "douma"),
    ],
)
def test_an_earlier_event_named_in_passing_is_no_engagement(probe: str, place: str, gazetteer: Gazetteer) -> None:
    read = read_after_news(probe, gazetteer)
    assert ("air-strike", ["saraqib"]) in read
    assert all(place not in places for _, places in read)


@pytest.mark.parametrize(
    ("probe", "kind", "place"),
    [
        # "a similar strike" with no past date may be the day's second strike: told
        ("A similar strike hit Douma on Tuesday, killing four people.", "air-strike", "douma"),
        # "earlier" with a day, not a past year or month: the day's news
        ("An earlier raid on Ariha on Monday killed three people.", "air-strike", "ariha"),
    ],
)
def test_an_event_of_the_day_beside_the_words_is_kept(probe: str, kind: str, place: str, gazetteer: Gazetteer) -> None:
    read = read_after_news(probe, gazetteer)
    assert ("air-strike", ["saraqib"]) in read
    assert any(k == kind and place in places for k, places in read)


def test_the_patterns_read_adversarial_input() -> None:
    # timed by make bench-patterns (bench/adversarial.py); here, what each pattern makes of the same inputs
    assert [_PREVIOUS_ONE.search(t) is not None for t in EARLIER31B_TEXTS] == [False] * 5
    assert [_SIMILAR_ONE.search(t) is not None for t in EARLIER31B_TEXTS] == [False] * 5
    assert [_PAST_DATE_AFTER.match(t) is not None for t in EARLIER31B_TEXTS] == [False] * 5


# An opening "Like the X of Y in 2016," phrase names the old event's place, not the day's (`places_of_events`)
def test_the_place_of_a_likened_old_event_is_not_the_news_place(gazetteer: Gazetteer) -> None:
    read = read_after_news("Like the shelling of Homs in 2014, the bombardment hit the market first.", gazetteer)
    assert ("air-strike", ["saraqib"]) in read
    assert all("homs" not in places for _, places in read)


def test_a_likeness_with_no_old_date_keeps_its_place(gazetteer: Gazetteer) -> None:
    # "Like other towns in Idlib," with no past year: the region may well be where the day's strike fell
    read = read_after_news("Like other towns in Idlib, Ariha was shelled by the army on Tuesday.", gazetteer)
    assert ("air-strike", ["saraqib"]) in read
    assert any("ariha" in places for _, places in read)


def test_the_opening_patterns_read_adversarial_input() -> None:
    # timed by make bench-patterns (bench/adversarial.py); here, what each pattern makes of the same inputs
    assert [_LIKE_OPENING.search(t) is not None for t in LIKE_OPENING31B_TEXTS] == [False] * 4
    assert [_OLD_DATE_COMMA.match(t) is not None for t in LIKE_OPENING31B_TEXTS] == [False] * 4
