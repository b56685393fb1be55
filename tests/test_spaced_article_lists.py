"""Lists of names their article opens typed "al- X": outlets2's patch (twenty-first session), limited to names a list's
words set off (twenty-second session, helper outplace8), so FA-KES's comma-less runs read as before. Every sentence
here was written for the test."""

from __future__ import annotations

import pytest
from detection import place_keys

from loaders.gazetteer import Gazetteer


@pytest.mark.parametrize(
    ("spaced", "closed"),
    [
        (
            "Helicopters dropped barrels on the villages of al- Kharbah and al- Sahwah in the countryside of Daraa.",
            "Helicopters dropped barrels on the villages of al-Kharbah and al-Sahwah in the countryside of Daraa.",
        ),
        (
            "The regime forces shelled areas in al- Mleiha and al- Kharbah in the countryside of Daraa.",
            "The regime forces shelled areas in al-Mleiha and al-Kharbah in the countryside of Daraa.",
        ),
        (
            "Warplanes struck the villages of al- Zuhoor and al- Sheikh Hadid in the countryside of Idlib.",
            "Warplanes struck the villages of al-Zuhoor and al-Sheikh Hadid in the countryside of Idlib.",
        ),
    ],
)
def test_a_typed_space_after_the_article_reads_as_the_closed_name(
    gazetteer: Gazetteer, spaced: str, closed: str
) -> None:
    assert place_keys(gazetteer, spaced) == place_keys(gazetteer, closed)
    assert any(k.startswith("place/local/al-") for k in place_keys(gazetteer, spaced))


@pytest.mark.parametrize(
    "text",
    [
        "Fighters of Jabhat al- Nusra and al- Qaeda attacked the town of Tafas.",
        "The regime forces shelled areas in al- and Tafas in the countryside of Daraa.",
        "The army advanced in al- mleiha and al- kharbah in the countryside of Daraa.",
        "The army advanced in al -Mleiha and al -Kharbah in the countryside of Daraa.",
        "The regime forces shelled positions of al- Nusra and al- Qaeda near Daraa.",
    ],
)
def test_no_list_from_a_spaced_article_that_names_no_place(gazetteer: Gazetteer, text: str) -> None:
    found = place_keys(gazetteer, text)
    assert not {k for k in found if k.startswith("place/local/al-")}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # not set off: after a verb, and before another name of the run (FA-KES's comma-less runs)
        ("Rockets hit al- Midan and al-Sayyed Hassan Kazem and Zahraa neighborhoods in Aleppo.", None),
        ("Shelling targeted al- Midan al-Sayyed Hassan and Zahraa neighborhoods in Aleppo.", None),
        ("The ministers met in al- Sayyed Ali Moghambo and al- Zaidiyeh quarters.", "place/local/al-sayyed"),
        # a spaced article before a word in lower case or a name of two words: not read as a list's item
        ("The army advanced in al- mleiha and al- kharbah in the countryside of Daraa.", "place/local/al-mleiha"),
        ("Clashes erupted in al- Sheikh Maqsoud Ali Hamdan said in Aleppo.", "place/local/al-sheikh-maqsoud-ali"),
    ],
)
def test_a_spaced_article_not_set_off_by_the_list_reads_as_before(
    gazetteer: Gazetteer, text: str, absent: str | None
) -> None:
    found = place_keys(gazetteer, text)
    assert absent is None or absent not in found
    # the name right after a verb keeps no list reading of its own: only what the closed form would give, or less
    assert found <= place_keys(gazetteer, text.replace("al- ", "al-")) | {"place/local/al-midan"}


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Barrel bombs fell on the villages of al- Tayba, al- Msayfra and al- Jiza in Daraa.",
            "place/al-musayfirah-1243361199",
        ),
        ("Clashes went on in al- Rashidin, al- Zahraa and al- Layramoun in Aleppo.", "place/local/al-layramoun"),
    ],
)
def test_spaced_articles_of_a_list_with_commas(gazetteer: Gazetteer, text: str, key: str | None) -> None:
    assert place_keys(gazetteer, text) == place_keys(gazetteer, text.replace("al- ", "al-"))
    assert key is None or key in place_keys(gazetteer, text)
