"""Speakers named by the body they speak for or by an apposition of any common noun (twenty-fourth session, helper
actclaim24): "Omar Haddad of the Idlib Media Group said", "said Hadi Nour a colleague of the victims", "Sami Daher a
writer told AFP". The texts are written for the tests."""

from __future__ import annotations

import pytest

from bench.adversarial import SPEAKER_TEXTS
from loaders.extract import extract
from loaders.gazetteer import Gazetteer
from loaders.local_actor_names import SPEAKER_APPOSED, SPEAKER_OF_BODY
from loaders.model import Article
from tests.written import written


def _read(body: str, gazetteer: Gazetteer) -> tuple[list[str], list[str]]:
    """The local actors minted in a made-up article, and the claimants of its claims."""
    found = written(body, gazetteer)
    actors = sorted({m.key for m in found.mentions if m.key.startswith("actor/local/")})
    return actors, sorted({str(c.claimant) for c in found.claims if c.claimant})


@pytest.mark.parametrize(
    ("body", "person"),
    [
        ("Omar Haddad of the Idlib Media Group said two people died in the strike.", "omar-haddad"),
        ('"The road is cut" said Lina Qasem of the Karama Brigade in the north.', "lina-qasem"),
        ("Salma Khoury of the Aleppo-based Nour Relief group told Reuters that shells hit the market.", "salma-khoury"),
        ("Four people were killed in the shelling said Hadi Nour a colleague of the victims.", "hadi-nour"),
        ("Sami Daher a writer in the town told AFP that the bridge was destroyed.", "sami-daher"),
        ("Nabil Aziz an engineer at the plant tells Reuters the pumps were hit.", "nabil-aziz"),
        ('"We are sending a convoy" Rania Aziz spokeswoman for the UN Office for Aid told Reuters.', "rania-aziz"),
        ("Rami Saleh WFP regional director for Syria told AFP that bread ran out.", "rami-saleh"),
        ("The house was hit Sami Nour father of the boy told SANA reporter.", "sami-nour"),
    ],
)
def test_a_speaker_named_by_body_or_apposition_is_minted(body: str, person: str, gazetteer: Gazetteer) -> None:
    assert f"actor/local/{person}" in _read(body, gazetteer)[0]


def test_the_speaker_of_a_toll_is_its_claimant(gazetteer: Gazetteer) -> None:
    body = "Omar Haddad of the Idlib Media Group said two people died in the strike."
    assert _read(body, gazetteer)[1] == ["actor/local/omar-haddad"]


@pytest.mark.parametrize(
    "body",
    [
        "The Central Bank of Syria said the pound fell.",  # a body after "the"
        "Many Displaced of the Ghouta said they were hungry.",  # a sentence's opening word
        "Old City of Homs a district in ruins told a story of war.",  # a kind of place
        "The Foreign Minister of Turkey said the border would stay shut.",  # a title, no name
        "Kafr Batna a town in the Ghouta told its people to leave.",  # a village's name
        "Fighters said Tuesday a truce would hold.",  # a day after "said"
        "Both Moscow and Tehran of the same mind said the talks would go on.",  # capitals, lower case after "of the"
        "Residents of Maarat al-Numan said the market was hit.",  # one capitalised word before "of"
        "Nine died in Syrias Eastern Ghouta district a suburb of Damascus rescuers told Anadolu Agency.",  # a place
        "Maarat Harma residents of the besieged town told AFP that shells fell.",  # people of a town
        "Abu Rasheed members of the brigade told Reuters they retreated.",  # a plural of people
        "Shells hit Hass Tarmala town of the south told AFP.",  # a kind of place
    ],
)
def test_no_person_is_minted_from_near_misses(body: str, gazetteer: Gazetteer) -> None:
    assert _read(body, gazetteer)[0] == []


def test_the_adversarial_inputs_read_no_speaker() -> None:
    """The bench's adversarial texts: runs of names and appositions before a verb of saying that never comes."""
    assert [SPEAKER_OF_BODY.search(text) is None for text in SPEAKER_TEXTS] == [True] * 6
    assert [SPEAKER_APPOSED.search(text) is not None for text in SPEAKER_TEXTS] == [False, False, True] + [False] * 3


@pytest.mark.parametrize("name", ["Rami Abdelrahman", "Rami Abdul Rahman", "Rami Abdul-Rahman"])
def test_spellings_of_the_observatorys_director_are_his(name: str, gazetteer: Gazetteer) -> None:
    # the spellings public pages give him (Wikipedia "Rami Abdul Rahman"; Reuters/AFP reprints "Rami Abdelrahman")
    found = extract(Article("test", "t", f"Five soldiers were killed in Homs {name} said."), gazetteer)
    assert "actor/rami-abdulrahman" in {m.key for m in found.mentions}
