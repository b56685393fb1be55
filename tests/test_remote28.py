"""Photo captions that tell a strike are mined, not set aside as page furniture, and who launched strikes "in support
of" an ally struck them (twenty-eighth session, helper remote28; docs/extraction.md, "Sentences and boilerplate",
"Engagements")."""

from __future__ import annotations

import pytest

from bench.adversarial import STRIKES_LAUNCHED28_TEXTS, STRUCK_CAPTION28_TEXTS
from loaders.extract import extract
from loaders.gazetteer import Gazetteer
from loaders.model import Article
from loaders.struck_captions import STRIKE_TOLD, tells_a_strike
from loaders.support_phrases import STRIKES_LAUNCHED
from loaders.text import sentences
from tests.written import types_attackers as attackers
from tests.written import types_places as engagements


def test_a_dated_caption_of_a_strike_is_mined(gazetteer: Gazetteer) -> None:
    text = (
        "Aid groups said the clinic had closed. "
        "A man looks at the rubble of a school after an air strike in the town of Saraqib in Idlib province Syria "
        "March 3 2017."
    )
    found = engagements(text, gazetteer)
    assert [t for t, _ in found] == ["air-strike"]
    assert any("saraqib" in p for p in found[0][1])


def test_an_agency_caption_of_a_shelling_is_mined_without_its_tag(gazetteer: Gazetteer) -> None:
    body = "Government artillery bombarded the rebel district of Douma on Tuesday [AFP] |"
    parts = [(s.span.text(body), s.boilerplate) for s in sentences(body)]
    assert parts == [
        ("Government artillery bombarded the rebel district of Douma on Tuesday", False),
        ("[AFP] |", True),
    ]
    found = extract(Article("test", "t", body), gazetteer)
    assert [e.type for e in found.engagements] == ["shelling"]
    assert not any("agence-france-presse" in m.key for m in found.mentions)


@pytest.mark.parametrize(
    "body",
    [
        # a caption of people or of a meeting tells no strike: still furniture
        "A boy walks past damaged buildings in the town of Saraqib in Idlib province Syria March 3 2017.",
        "The foreign minister speaks during a news conference in Damascus March 3 2017.",
        "Rebel fighters gather in the town of Saraqib on Tuesday [AFP] |",
    ],
)
def test_a_caption_without_a_strike_stays_furniture(body: str) -> None:
    assert all(s.boilerplate for s in sentences(body))


@pytest.mark.parametrize(
    "line",
    [
        # the two strike captions tests/test_text.py held as furniture until this session
        "A boy inspects a damaged building after shelling in the town of Kafr Nabl Syria May 2 2016.",
        "Men search for survivors at a site hit by an airstrike in the town of Saraqib on June 3 2016.",
    ],
)
def test_a_dated_caption_of_a_strike_is_no_furniture(line: str) -> None:
    assert not any(s.boilerplate for s in sentences(line))


def test_the_strike_words() -> None:
    assert tells_a_strike("after an air strike in Idlib")
    assert tells_a_strike("barrel bombs fell on Daraya")
    assert not tells_a_strike("A boy inspects a damaged site")
    assert not tells_a_strike("a shell company")


def test_adversarial_inputs_read_as_expected() -> None:
    found = [m.group() if (m := STRIKE_TOLD.search(text)) else None for text in STRUCK_CAPTION28_TEXTS]
    assert found == [None, None, None, "air strike", None]


# Strikes launched by the subject "in support of" an ally: the subject struck (support_phrases.STRIKES_LAUNCHED)


@pytest.mark.parametrize(
    "text",
    [
        "Russia launched airstrikes on Saraqib in support of the regime.",
        "Russia carried out air raids on Saraqib in support of Syrian government forces.",
    ],
)
def test_who_launched_strikes_in_support_of_an_ally_struck(text: str, gazetteer: Gazetteer) -> None:
    found = attackers(text, gazetteer)
    assert [t for t, _ in found] == ["air-strike"]
    assert "actor/russia" in found[0][1]


def test_a_force_sent_in_support_of_an_ally_still_only_supports(gazetteer: Gazetteer) -> None:
    # no strikes launched between the subject and "in support of": Hezbollah fighters back the army's assault
    found = extract(
        Article(
            "test", "t", "Hezbollah fighters deployed in support of the Syrian army which stormed Saraqib on Monday."
        ),
        gazetteer,
    ).engagements
    assert all("actor/hezbollah" not in e.attackers for e in found)


def test_strikes_launched_adversarial_inputs_read_as_expected() -> None:
    found = [m.group() if (m := STRIKES_LAUNCHED.search(text)) else None for text in STRIKES_LAUNCHED28_TEXTS]
    assert found == [None, None, None, "launched raids", None]
