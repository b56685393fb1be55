"""Place readings from the pooled readings of unseen FA-KES articles for places (twentieth session, helper places7;
docs/extraction.md, "Mentions"). Every text is made up for the test."""

from __future__ import annotations

import pytest
from extracted_places import places

from loaders.extract import extract
from loaders.gazetteer import Gazetteer
from loaders.model import Article


@pytest.mark.parametrize(
    "text",
    [
        "Jihadists hold hills east of the Mediterranean port city of Latakia.",
        "Jets flew from the Mediterranean city of Tartus towards Hama.",
        "Warships of Russia's Mediterranean fleet sailed past Tartus on Monday.",
    ],
)
def test_the_seas_adjective_names_no_sea(text: str, gazetteer: Gazetteer) -> None:
    """ "Mediterranean" before the port, town or fleet it describes is an adjective, not the sea."""
    found = places(text, gazetteer)
    assert "Mediterranean" not in found
    assert found  # the town it describes is still read


@pytest.mark.parametrize(
    ("text", "sea"),
    [
        ("Hundreds of refugees tried to cross the Mediterranean to reach Greece.", "Mediterranean"),
        ("Russian cruisers in the eastern Mediterranean fired missiles at Raqqa.", "Mediterranean"),
        ("The Mediterranean coast of Syria stayed calm.", "Mediterranean coast"),
    ],
)
def test_the_sea_named_alone_stays(text: str, sea: str, gazetteer: Gazetteer) -> None:
    """The sea named as a noun, or with its coast, is still a place."""
    assert sea in places(text, gazetteer)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed Abu Hassan, an Islamic State commander, outside Saraqeb.",
        "The rebels were led by Abu Hassan during the battle for Saraqeb.",
        "Abu Hassan was arrested at a checkpoint near Saraqeb.",
        "Abu Hassan, the emir of the brigade, fled to Saraqeb.",
    ],
)
def test_a_kunya_told_as_a_mans_name_is_no_village(text: str, gazetteer: Gazetteer) -> None:
    """ "Abu" and a given name, the name of a village too, told as a man's: no place."""
    found = places(text, gazetteer)
    assert "Abu Hassan" not in found
    assert "Saraqeb" in found


@pytest.mark.parametrize(
    "text",
    [
        "Shells fell on Abu Hassan and Tal Hamis on Monday.",
        "Fighting raged in Abu Hassan for a week.",
        "Jets struck Abu Hassan village at dawn.",
        "Clashes near Abu Kamal killed a fighter.",
    ],
)
def test_a_kunya_named_as_ground_stays_a_place(text: str, gazetteer: Gazetteer) -> None:
    """The village read as ground (a locative, a verb of hitting, its kind or a list of places) stays a place."""
    found = places(text, gazetteer)
    assert any(name.startswith("Abu") for name in found)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Clashes went on in al-Khudrawiyeh and al-Jubbeisiyeh on Monday.", ["al-Khudrawiyeh", "al-Jubbeisiyeh"]),
        (
            "Snipers deployed in Hawsh Birani al-Mashqouqa and al-Tawatiya fired on the town.",
            ["al-Mashqouqa", "al-Tawatiya"],
        ),
        ("Shells hit Aleppo al-Basatin al-Sharqi and al-Tuyur on Friday.", ["al-Basatin al-Sharqi", "al-Tuyur"]),
    ],
)
def test_names_listed_after_a_place_are_places(text: str, names: list[str], gazetteer: Gazetteer) -> None:
    """Names their article opens, listed after a place without commas and closed by "and", are each a place."""
    found = places(text, gazetteer)
    for name in names:
        assert name in found


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Fighters of Idlib al-Nusra and al-Qaeda clashed on Monday.", "al-Qaeda"),
        ("Jets struck Aleppo al-Khudrawiyeh and al-Jubbeisiyeh valley on Monday.", "al-Jubbeisiyeh"),
    ],
)
def test_a_list_of_groups_or_a_feature_is_left(text: str, word: str, gazetteer: Gazetteer) -> None:
    """A list holding a group is none of places; a last name with its kind is the feature rule's, whole."""
    assert word not in places(text, gazetteer)


DAHIYET_AL_ASSAD = "place/dahiyet-al-assad"  # the tables' "al-Assad suburb" of Aleppo


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen fired toxic shells at the al-Assad residential suburb and the Hamdaniyeh area of Aleppo.",
        "Soldiers cleared a block of flats in al-Assad residential suburb on Sunday.",
    ],
)
def test_a_described_quarter_is_the_tables_quarter(text: str, gazetteer: Gazetteer) -> None:
    """A word describing the quarter between its name and its kind: still the tables' "<name> <kind>", not the
    president named in it."""
    found = extract(Article("test", "t", text), gazetteer)
    keys = {m.key for m in found.mentions}
    assert DAHIYET_AL_ASSAD in keys
    assert "actor/bashar-al-assad" not in keys
