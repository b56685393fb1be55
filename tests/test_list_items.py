"""Sixteenth and seventeenth sessions: where a comma-less list of places cuts its items, and the camps a name may
qualify (texts written for these tests)."""

from __future__ import annotations

from loaders.extract import extract
from loaders.gazetteer import Gazetteer
from loaders.model import Article
from loaders.place_lists import list_places
from tests.written import written


def _pieces(text: str) -> list[str]:
    """The names `list_places` cuts from a text."""
    return [text[s.start : s.end] for s, _ in list_places(text)]


def test_an_item_between_two_ands_is_no_name_holding_and() -> None:
    text = "Mortars fell on the neighbourhoods of al-Zahir and Bab Nasr Eddin and al-Qurm area at noon."
    assert _pieces(text) == ["al-Zahir", "Bab Nasr Eddin", "al-Qurm"]
    # the last item is still all that follows the last "and"
    text = "Mortars fell on the neighbourhoods of al-Zahir and Bab Nasr and Wadi Qurm Hadid at noon."
    assert _pieces(text) == ["al-Zahir", "Bab Nasr", "Wadi Qurm Hadid"]


def test_an_item_between_two_ands_is_one_local_place(gazetteer: Gazetteer) -> None:
    body = "Rockets struck the quarters of al-Hurriya and Ruqn Saleh and al-Qurm area on Sunday."
    x = extract(Article("test", "t", body), gazetteer)
    labels = {label for kind, label in x.local_entities.values() if kind == "place"}
    assert {"Ruqn Saleh", "al-Qurm"} <= labels
    assert not any(" and " in label for label in labels)


def test_a_name_its_article_and_an_opener_open_takes_no_second_article_word() -> None:
    # "al-Sheikh Zayed al-Qubba" are two quarters, as "al-Shaar al-Ansari" are
    text = "Shells hit the neighbourhoods of al-Hamra al-Sheikh Zayed al-Qubba and Bustan al-Qasr on Monday."
    assert _pieces(text) == ["al-Hamra", "al-Sheikh Zayed", "al-Qubba", "Bustan al-Qasr"]
    # a word that says which one still belongs to the name
    text = "Shells hit the villages of al-Tal al-Ahmar al-Gharbi and Qurdud on Monday."
    assert _pieces(text) == ["al-Tal al-Ahmar al-Gharbi", "Qurdud"]


def test_a_name_its_first_word_opens_takes_one_article_word_that_names() -> None:
    # seventeenth session (helper outplace2): "Bustan al-Qasr al-Kallasa" are two quarters as "al-Shaar al-Ansari" are
    text = "Rockets hit the neighbourhoods of Bustan al-Qasr al-Kallasa al-Sukkari and Salah al-Din on Monday."
    assert _pieces(text) == ["Bustan al-Qasr", "al-Kallasa", "al-Sukkari", "Salah al-Din"]
    # a word that says which one still belongs to the name
    text = "Shells hit the villages of Tuloul al-Rih al-Sharqiya Abu Dali and Umm Mayal on Monday."
    assert _pieces(text) == ["Tuloul al-Rih al-Sharqiya", "Abu Dali", "Umm Mayal"]


def test_a_list_piece_cut_after_its_article_word_is_linked(gazetteer: Gazetteer) -> None:
    body = "Jets destroyed command centers in Tibet al-Imam al-Latamneh and Kafr Zita in Hama countryside."
    keys = [key for _, key in _places(gazetteer, body)]
    assert "place/taybat-al-imam-890442371" in keys
    assert "place/al-lataminah-1327327459" in keys


def test_a_quarter_named_after_its_city_and_a_noun_of_quarters_is_no_village_far_out(gazetteer: Gazetteer) -> None:
    # seventeenth session (helper outplace2): Al `Amiriyah of al-Bab district lies 51 km from Aleppo
    body = "Shells hit the Aleppo districts of Bustan al-Qasr and al-Amiriyah on Monday."
    assert ("al-Amiriyah", "place/local/al-amiriyah") in _places(gazetteer, body)


def test_a_namesake_refused_for_a_quarter_is_not_linked_again(gazetteer: Gazetteer) -> None:
    body = "Shells hit the neighbourhoods of Bustan al-Qasr and al-Amiriyah in Aleppo city on Monday."
    assert ("al-Amiriyah", "place/local/al-amiriyah") in _places(gazetteer, body)


def test_a_refugee_camp_is_a_camp(gazetteer: Gazetteer) -> None:
    body = "Jets struck the al-Zuhour refugee camp and the Sabriya displacement camp near the border."
    x = extract(Article("test", "t", body), gazetteer)
    labels = {label for kind, label in x.local_entities.values() if kind == "place"}
    assert {"al-Zuhour", "Sabriya"} <= labels
    # a people's camp names no place
    body = "Jets struck the Palestinian refugee camp near the border."
    x = extract(Article("test", "t", body), gazetteer)
    assert not [m for m in x.mentions if m.kind == "place" and not m.linked]


def _places(gazetteer: Gazetteer, body: str) -> list[tuple[str, str]]:
    """(text, key) of each place mention of a text, in order."""
    x = written(body, gazetteer)
    return [(m.span.text(body), m.key) for m in x.mentions if m.kind == "place"]


def test_an_arabic_name_glossed_as_a_site_is_the_place_not_its_gloss(gazetteer: Gazetteer) -> None:
    body = "A shell fell near al-Saray al-Qadim (Old Palace) on Tuesday killing two."
    assert _places(gazetteer, body) == [("al-Saray al-Qadim", "place/local/al-saray-al-qadim")]
    # a kind of place after the bracket says so too
    body = "Rockets fell on al-Jinan al-Zurq (the blue gardens) area on Tuesday."
    assert ("al-Jinan al-Zurq", "place/local/al-jinan-al-zurq") in _places(gazetteer, body)
    # a group or a person glossed in English is no place, nor a gloss with no site's noun and no kind after it
    for body in (
        "Fighters of Liwa al-Tawhid (Unity Brigade) shelled the town on Monday.",
        "A statement by Abu Fadi al-Halabi (the commander) was read on Monday.",
        "Troops held the hills of Hilal al-Wardi (the roses) on Monday.",
    ):
        assert not [key for _, key in _places(gazetteer, body) if "al-" in key], body


def test_a_name_its_article_opens_before_a_kind_needs_no_lead_word(gazetteer: Gazetteer) -> None:
    body = "Gunmen fired mortar rounds al-Rawabi neighbourhood in the town killing one."
    assert ("al-Rawabi", "place/local/al-rawabi") in _places(gazetteer, body)
    # a capitalised word before the name may open a longer name: no place
    body = "Fighters of Liwa al-Rawabi area command met on Monday."
    assert ("al-Rawabi", "place/local/al-rawabi") not in _places(gazetteer, body)


def test_a_name_after_a_citys_possessive_before_a_kind_is_a_place(gazetteer: Gazetteer) -> None:
    # FA-KES dropped the apostrophe of "Aleppo's"
    body = "Air raids on Aleppos Zuhour district killed five on Monday."
    assert ("Zuhour", "place/local/zuhour") in _places(gazetteer, body)


def test_a_glossed_name_opens_after_the_words_before_it_that_name_no_place(gazetteer: Gazetteer) -> None:
    # review: the name's three words once took in a sentence's first word, a day or a place with no comma after it
    for body in (
        "In al-Saray al-Qadim (Old Palace) area two shells fell on Tuesday.",
        "Shells fell on Tuesday al-Saray al-Qadim (Old Palace) killing two.",
        "Shells fell in Homs al-Saray al-Qadim (Old Palace) killing two.",
    ):
        assert ("al-Saray al-Qadim", "place/local/al-saray-al-qadim") in _places(gazetteer, body), body


def test_a_name_its_article_opens_follows_a_whole_word_in_lower_case(gazetteer: Gazetteer) -> None:
    # review: "Jubb" ends in a lower-case letter but opens the name; "al-Rawabi" alone is half of it
    for body in (
        "Two mortar rounds Jubb al-Rawabi neighbourhood killed a child.",
        "Rockets fell Sunday Kafr al-Rawabi neighbourhood killing a child.",
    ):
        assert ("al-Rawabi", "place/local/al-rawabi") not in _places(gazetteer, body), body


def test_an_item_between_two_ands_is_kept_when_a_known_place_follows(gazetteer: Gazetteer) -> None:
    # review: "X and Y and Z" after a locative, Z a gazetteer village, is a list of three places, not people
    body = "Jets struck in Tal Hadid and Abu Sherif and Umm Jurn on Monday."
    assert ("Abu Sherif", "place/local/abu-sherif") in _places(gazetteer, body)
    # with no known place after the first "and", the names stay people's
    body = "In Aleppo and Samir and Layla moved to Turkey."
    assert not [key for _, key in _places(gazetteer, body) if key.startswith("place/local/")]


def test_a_gloss_is_no_place_when_another_rule_read_the_name(gazetteer: Gazetteer) -> None:
    # review: a hill another rule reads by its "Tal" kept its English gloss as a second, false place
    body = "Troops advanced toward Tal al-Ghurab (Crow Hill) on Monday."
    assert [text for text, _ in _places(gazetteer, body)] == ["Tal al-Ghurab"]


def test_a_possessed_name_is_no_peoples_compound_and_may_open_with_sheikh(gazetteer: Gazetteer) -> None:
    # review: "Kurdish-majority" was read as a quarter's name, and "Sheikh" (a title too) refused a quarter's opener
    body = "Jets struck Aleppos Kurdish-majority district and Idlibs Sheikh Zahir quarter on Monday."
    texts = [text for text, key in _places(gazetteer, body) if key.startswith("place/local/")]
    assert "Kurdish-majority" not in texts
    assert "Sheikh Zahir" in texts


def test_al_bu_opens_a_name_as_abu_does() -> None:
    # Seventeenth session (outplace3): "al-Bu" is "Abu" with its article, the eastern tribal names' opener
    text = "Jets struck the villages of al-Bu Leil al-Bu Omar and Theban on Friday."
    assert _pieces(text) == ["al-Bu Leil", "al-Bu Omar", "Theban"]


def test_a_town_opened_by_al_bu_in_a_list_after_a_locative(gazetteer: Gazetteer) -> None:
    body = "Air raids hit the bridges in al-Mayadeen al-Bu Kamal al-Ashara and Theban in Deir Ezzor on Sunday."
    x = extract(Article("test", "t", body), gazetteer)
    places = {m.key for m in x.mentions if m.kind == "place"}
    assert {"place/abu-kamal-890449891", "place/al-asharah-1243193555"} <= places
    assert "place/local/al-bu" not in places
