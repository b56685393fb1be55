"""Thirty-fourth session (helper paras34): an article set one sentence a paragraph, as the wires set it, reads as it
does run together. Texts written for the tests."""

from __future__ import annotations

from bench.adversarial import LINKS34_TEXTS, PARAGRAPH34_TEXTS, _matched
from loaders.gazetteer import Gazetteer
from loaders.link_lists import _FIRST_LINK, LIST_HEADING, is_link
from loaders.paragraph_joins import _REFERS_BACK
from tests.written import JUNE_12_2017, placed_attacker_slugs

_JETS = "Syrian government warplanes struck Saraqeb on Monday, killing seven civilians, a monitor said."
_AIR_FORCE = ["syrian-arab-air-force", "baathist-syria"]
_SARAQEB = ("air-strike", ["saraqib-890449833"], _AIR_FORCE)


def _read(text: str, gazetteer: Gazetteer) -> list[tuple[str, list[str], list[str]]]:
    """(type, place slugs, attacker slugs) of each engagement of the text after a title line, dated 12 June 2017."""
    return placed_attacker_slugs(text, gazetteer, titled=True, published=JUNE_12_2017)


def _both_ways(sentences: list[str], gazetteer: Gazetteer) -> tuple[list, list]:
    """The readings of the sentences run together and set one a paragraph."""
    return _read(" ".join(sentences), gazetteer), _read("\n\n".join(sentences), gazetteer)


# --- a paragraph pointing back at the one before keeps its doer, as it does run together ---


def test_another_raid_in_its_own_paragraph_is_the_jets_second_strike(gazetteer: Gazetteer) -> None:
    run, paragraphs = _both_ways([_JETS, "Another raid on Ariha hit a market in the town centre."], gazetteer)
    assert paragraphs == run
    assert paragraphs == [_SARAQEB, ("air-strike", ["ariha-1293760771"], _AIR_FORCE)]


def test_they_in_the_next_paragraph_are_the_fighters_told_before(gazetteer: Gazetteer) -> None:
    told = [
        "SDF fighters advanced in the old city of Raqqa on Saturday.",
        "They captured the Great Mosque after heavy fighting.",
    ]
    run, paragraphs = _both_ways(told, gazetteer)
    assert paragraphs == run
    assert ("non-state-actor-overtakes-territory", ["great-mosque"], ["syrian-democratic-forces"]) in paragraphs


def test_single_line_breaks_read_as_paragraphs(gazetteer: Gazetteer) -> None:
    found = _read(_JETS + "\nAnother raid on Ariha hit a market in the town centre.", gazetteer)
    assert found == [_SARAQEB, ("air-strike", ["ariha-1293760771"], _AIR_FORCE)]


def test_a_dateline_paragraph_stays_furniture_and_the_story_runs_on(gazetteer: Gazetteer) -> None:
    text = "BEIRUT (Reuters) - " + _JETS + "\n\nAnother raid on Ariha hit a market in the town centre."
    found = _read(text, gazetteer)
    assert found == [_SARAQEB, ("air-strike", ["ariha-1293760771"], _AIR_FORCE)]  # no Beirut, and the second raid


# --- what stands between, or a paragraph that is no sentence, still breaks the story ---


def test_a_read_also_link_between_breaks_the_story(gazetteer: Gazetteer) -> None:
    text = _JETS + "\n\nRead also: Turkey warns Kurdish fighters in Manbij\n\nAnother raid on Ariha hit a market."
    found = _read(text, gazetteer)
    assert found[0] == _SARAQEB
    assert all(e[2] != _AIR_FORCE for e in found if "ariha-1293760771" in e[1])


def test_a_photo_caption_between_breaks_the_story(gazetteer: Gazetteer) -> None:
    text = _JETS + "\n\nSmoke rises over Saraqeb after the strike [AFP]\n\nAnother raid on Ariha hit a market."
    found = _read(text, gazetteer)
    assert found[0] == _SARAQEB
    assert all(e[2] != _AIR_FORCE for e in found if "ariha-1293760771" in e[1])


def test_a_headline_paragraph_lends_no_doer_to_the_next(gazetteer: Gazetteer) -> None:
    text = "Government jets pound Idlib\n\nAnother raid on Ariha hit a market on Monday.\n\n" + _JETS
    found = _read(text, gazetteer)
    assert _SARAQEB in found
    assert all(e[2] != _AIR_FORCE for e in found if e[1] == ["ariha-1293760771"])


def test_a_background_paragraph_opening_on_a_place_takes_no_doer(gazetteer: Gazetteer) -> None:
    told = [
        "Rebels fought government forces on the edges of Harasta on Friday.",
        "Jaish al-Islam said it had destroyed a tank.",
        "Eastern Ghouta has been under siege since 2013.",
    ]
    found = _read("\n\n".join(told), gazetteer)
    assert any(e[0] == "armed-clash" and "harasta-1125968475" in e[1] for e in found)
    assert all("jaysh-al-islam" not in e[2] for e in found if e[0] == "siege")


def test_refers_back_reads_pointing_words_only() -> None:
    opening = _matched(_REFERS_BACK)
    assert opening("They captured the mosque.") == "They"
    assert opening("“But the strikes hit a market") == "“But the strikes"
    assert opening("A second raid hit Ariha.") == "A second"
    assert opening("More than 200 people have been killed.") is None
    assert opening("The two sides have clashed repeatedly.") is None
    assert opening("Theodore said.") is None
    assert opening("But they withdrew.") == "But they"
    assert [opening(t) for t in PARAGRAPH34_TEXTS] == [None, None, None, None]


# --- a list of links set one a line under its heading is furniture, as its run in one line is ---

_LINKS = "\n\nRebels Shell Aleppo Neighbourhoods\n\nRussian jets strike Raqqa again\n\n"


def test_links_under_a_related_heading_are_no_events(gazetteer: Gazetteer) -> None:
    found = _read(_JETS + "\n\nRelated" + _LINKS + "The strikes hit a market in the town centre.", gazetteer)
    assert found == [_SARAQEB]


def test_links_after_a_read_also_line_with_its_first_link_are_no_events(gazetteer: Gazetteer) -> None:
    text = _JETS + "\n\nRead also: Turkey warns Kurdish fighters in Manbij" + _LINKS + "Another raid hit Ariha."
    found = _read(text, gazetteer)
    assert found[0] == _SARAQEB
    assert all("raqqa-421172833" not in e[1] and "aleppo-421202163" not in e[1] for e in found)


def test_a_sentence_after_the_heading_is_the_story(gazetteer: Gazetteer) -> None:
    text = _JETS + "\n\nRelated\n\nRussian jets struck Raqqa on Sunday, killing four people, activists said."
    found = _read(text, gazetteer)
    assert found == [_SARAQEB, ("air-strike", ["raqqa-421172833"], ["russian-aerospace-forces", "russia"])]


def test_list_heading_reads_headings_alone() -> None:
    assert LIST_HEADING.fullmatch("Related") is not None
    assert LIST_HEADING.fullmatch("Read more:") is not None
    assert LIST_HEADING.fullmatch("Related fighting in Hama") is None
    assert _FIRST_LINK.match("Also read: Turkey warns Kurdish fighters") is not None
    assert _FIRST_LINK.match("Related fighting in Hama killed four.") is None
    assert [LIST_HEADING.fullmatch(t) is not None for t in LINKS34_TEXTS] == [False, False, True, False]
    assert [_matched(_FIRST_LINK)(t) for t in LINKS34_TEXTS] == [None, None, None, None]


def test_is_link_is_a_short_line_with_no_stop() -> None:
    assert is_link("Russian Jets Strike Raqqa Again")
    assert not is_link("The strikes hit a market in the town centre.")
    assert not is_link(" ".join(["word"] * 30))
