"""Local places that are other spellings of a gazetteer place the context confirms (loaders/fuzzy_places.py)."""

from __future__ import annotations

import pytest

from loaders.extract import extract
from loaders.fuzzy_places import skeleton
from loaders.gazetteer import Gazetteer
from loaders.model import Article
from tests.written import place_keys as places


@pytest.mark.parametrize(
    ("a", "b"),
    [("Kefarnaha", "Kafr Naha"), ("Khan Shaikhoun", "Khan Shaykhun"), ("Orum al-Kubra", "Urum al-Kubra"),
     ("Kinnsibba", "Kanasba"), ("Khan Arnab", "Khan Arnabah"), ("Urum Alkobra", "Urum al-Kubra")],
)  # fmt: skip
def test_spellings_of_one_name_share_a_skeleton(a: str, b: str) -> None:
    assert skeleton(a) == skeleton(b)


def test_ghayn_written_q_or_g_shares_the_skeleton_of_gh(gazetteer: Gazetteer) -> None:
    # SANA writes "al-Qarbi" for al-Gharbi, others "Shigour" for Shughur
    assert skeleton("Tarfa al-Qarbiya") == skeleton("Tarfah Gharbiyah")
    assert skeleton("Jisr al-Shigour") == skeleton("Jisr ash Shughur")
    assert "place/kafr-ghan-1310201115" in places("Jets hit the village of Kafr Qan in Aleppo province.", gazetteer)


def test_different_names_do_not(gazetteer: Gazetteer) -> None:
    assert skeleton("Qarmeen") != skeleton("Kur Muman")  # doubled letters count before the vowels go
    assert skeleton("Aleppo") != skeleton("Idlib")


def test_a_spelling_the_gazetteer_lacks_links_when_the_article_names_the_area(gazetteer: Gazetteer) -> None:
    found = places("Artillery shells hit the Kefarnaha area west of Aleppo on Monday.", gazetteer)
    assert "place/kafr-naha-1276221637" in found
    assert not any(k.startswith("place/local/") for k in found)


def test_without_context_the_name_stays_local(gazetteer: Gazetteer) -> None:
    assert places("Jets hit the Khan Arnab area on Monday.", gazetteer) == {"place/local/khan-arnab"}


def test_a_namesake_in_another_governorate_is_not_taken(gazetteer: Gazetteer) -> None:
    # Kafr Naha is in Aleppo governorate; a report from Daraa does not make it that village.
    found = places("Artillery shells hit the Kefarnaha area east of Daraa on Monday.", gazetteer)
    assert "place/kafr-naha-1276221637" not in found
    assert "place/local/kefarnaha" in found


def test_a_vowel_off_with_the_same_consonants_links_inside_a_named_governorate(gazetteer: Gazetteer) -> None:
    assert "place/sarmin-1259660971" in places("Jets struck the town of Sermin in Idlib province on Monday.", gazetteer)
    # the same spelling in a report from another governorate stays local
    assert "place/local/sermin" in places("Jets struck the town of Sermin in Daraa province on Monday.", gazetteer)
    # a letter that changes the consonants is another name: "Rashidin" is not "Ra's as Sinin"
    assert "place/local/rashidin" in places("Rockets hit the town of Rashidin in Aleppo province.", gazetteer)


def test_a_short_name_links_by_its_sound_inside_a_named_district(gazetteer: Gazetteer) -> None:
    # "Daatur" is Ad Da`thur of Latakia district: too short for the skeleton, the same sound
    assert "place/ad-da-thur-1344169961" in places("Shells hit the Daatur district of Latakia on Monday.", gazetteer)
    # a village of that sound in another district of the governorate is not a quarter of Aleppo city
    found = places("Rockets hit al-Khalediya neighborhood in Aleppo city on Monday.", gazetteer)
    assert "place/local/al-khalediya" in found


def test_a_spelling_links_inside_the_district_of_a_named_town(gazetteer: Gazetteer) -> None:
    # Kafr Uwayd shares its district with Khan Shaykhun; four consonants are too few for a whole governorate. A vowel
    # dropped ("Awd"): "Kafr Awid" has Kafr Uwayd's vowel key, which no other place has (sixteenth session)
    text = "Government warplanes struck the town of Kafr Awd and Khan Sheikhoun in the south of Idlib province."
    assert "place/kafr-uwayd-1260158073" in places(text, gazetteer)
    alone = "Government warplanes struck the town of Kafr Awd in the south of Idlib province."
    assert "place/local/kafr-awd" in places(alone, gazetteer)


def test_a_name_opening_with_a_vowel_is_no_spelling_of_one_that_does_not(gazetteer: Gazetteer) -> None:
    # "Masharqa" and "Umm Sharq" (near Daraa) share a skeleton once "Umm" loses its vowel
    found = places("Rockets fell on the village of Masharqa near Daraa city on Monday.", gazetteer)
    assert "place/umm-sharq-1242775319" not in found
    assert "place/local/masharqa" in found


def test_a_spelling_links_near_a_named_town_across_a_governorate_line(gazetteer: Gazetteer) -> None:
    # Harbinafsah is in Hama governorate, ten kilometres from Homs's al-Rastan
    found = places("Government forces shelled the village of Harbnafseh north of Rastan on Monday.", gazetteer)
    assert "place/harbinafsah-1242956851" in found
    far = places("Government forces shelled the village of Harbnafseh north of Daraa on Monday.", gazetteer)
    assert "place/local/harbnafseh" in far


def test_a_name_of_the_same_sound_links_when_it_is_the_only_one_in_a_named_governorate(gazetteer: Gazetteer) -> None:
    # Millis lies in Harim district, 15 km from Idlib city: the only place of that sound in Idlib governorate
    found = places("Jets struck the village of Meles in Idlib province on Monday.", gazetteer)
    assert "place/millis-1360065593" in found
    # "s" for "sh" is a letter off, not a sound: Damascus's al-Sabaa is no Shab`a of Rif Dimashq
    text = "Rockets hit the neighborhoods of al-Sabaa Bahrat and al-Sinaa in Damascus city and Douma in Rif Dimashq."
    assert "place/shab-a-1293769245" not in places(text, gazetteer)


def test_a_glide_between_vowels_written_double_or_dropped_is_one_sound(gazetteer: Gazetteer) -> None:
    # Tayyibah is one of three places of its skeleton in Salamiyah district (Tuba, Tawbiyah): the sound tells them apart
    found = places("Gunmen attacked a checkpoint near al-Tayba village east of Salamiyah on Sunday.", gazetteer)
    assert "place/tayyibah-1343750905" in found


def test_an_article_glued_to_the_name_is_set_apart(gazetteer: Gazetteer) -> None:
    # FA-KES outlets write "Alwaer" for al-Waer, the Homs district the gazetteer knows
    found = places("Activists in the district of Alwaer in Homs said that at least 6 civilians were killed.", gazetteer)
    assert "place/waer" in found
    # "the mountain" alone is no village: "Qibtan Aljabal" read apart keeps its second word local
    text = "Jets bombed the towns of Anadan Khan Touman Alzorba Qibtan Aljabal and Babees in rural Aleppo."
    assert "place/al-jabal-1226833591" not in places(text, gazetteer)


def test_a_village_whose_district_is_read_from_its_neighbours_links_inside_its_governorate(
    gazetteer: Gazetteer,
) -> None:
    # WOF gives Jafrah by Deir ez-Zor no district; its neighbours' district puts it in the governorate the text names
    found = places("Jets struck al-Jafra village south of Deir Ezzor city on Friday.", gazetteer)
    assert "place/jafrah-1209309049" in found
    assert "place/al-jafrah-1309696859" not in found  # the namesake by Aleppo


def test_a_village_whose_governorate_is_read_from_its_neighbours_links_inside_it(gazetteer: Gazetteer) -> None:
    # WOF gives Ibta no parent but Syria; its neighbours lie in two districts of Daraa, so Daraa is its parent
    body = "Rebels attacked an army checkpoint near Ebtaa in the northern countryside of Daraa on Sunday."
    assert "place/ibta-1209028723" in places(body, gazetteer)
    # without the governorate named, a small village is not linked
    assert "place/ibta-1209028723" not in places("Rebels attacked an army checkpoint near Ebtaa on Sunday.", gazetteer)


def test_a_name_the_text_calls_a_quarter_does_not_link_to_a_village_by_its_spelling(gazetteer: Gazetteer) -> None:
    # az-Zahrah is a village by Homs; "Zahraa neighbourhood in Homs city" is the city's quarter
    assert "place/local/zahraa" in places("Rockets hit Zahraa neighbourhood in Homs city on Monday.", gazetteer)
    found = places("Rockets hit the village of Zahraa near Homs city on Monday.", gazetteer)
    assert "place/az-zahrah-1259661907" in found


def test_a_far_namesake_undone_may_be_a_small_village_of_the_article_s_governorate(gazetteer: Gazetteer) -> None:
    # "al-Jafra" is first Al Jafrah of Aleppo, undone as far; Jafrah by Deir ez-Zor city is the place
    body = "An IS car bomb killed 20 in Deir Ezzor on Friday. The bombing hit the al-Jafra area south of the city."
    assert "place/jafrah-1209309049" in places(body, gazetteer)
    # a quarter the text puts in Aleppo is not re-found as Damascus's well-known Midan
    body = "Rebels shelled the areas of al-Midan and al-Muhafaza in Aleppo city. Damascus condemned it."
    assert "place/maydan-85903037" not in places(body, gazetteer)


@pytest.mark.parametrize(
    ("body", "key"),
    [
        ("Clashes erupted in the town of Hesake on Monday.", "place/al-hasakah-421168649"),
        ("Shells fell in Qunaitra on Monday.", "place/quneitra-1125979117"),
        ("Shells fell in Dair Azzour on Monday.", "place/deir-ez-zor-421202167"),
        ("Shells fell in Qunaitra province on Monday.", "place/quneitra-governorate-85678395"),
    ],
)
def test_a_town_keeps_a_spelling_it_shares_with_its_own_governorate(body: str, key: str, gazetteer: Gazetteer) -> None:
    # the governorate is named for its seat: a spelling of the bare name is the town, as the very name is
    assert places(body, gazetteer) == {key}


def test_of_after_a_suburb_or_neighbourhood_names_a_place(gazetteer: Gazetteer) -> None:
    # a known town spelt otherwise is read after a locative only; "the suburb of" is one, as "the town of" was
    body = "Hundreds of fighters left the Damascus suburb of Dareiya on Friday."
    assert "place/darayya-890449861" in places(body, gazetteer)


def test_qaf_written_k_is_a_spelling_of_a_known_town(gazetteer: Gazetteer) -> None:
    # wires write qaf "k" as the speech of the north-east does: "Kamishli" is Qamishli, with no area named
    assert places("Clashes erupted in Al-Kamishli on Monday.", gazetteer) == {"place/al-qamishli-1225958399"}


def test_a_village_of_two_words_is_found_by_its_vowels_when_no_namesake_has_them(gazetteer: Gazetteer) -> None:
    # Tall Halaf has no namesake: "Tel Helaf" is it anywhere, as its very name would be
    assert places("Clashes erupted near Tel Helaf on Monday.", gazetteer) == {"place/tall-halaf-1242974937"}
    # two known towns in a comma-less list are no village whose name joins theirs (WOF's "Hims - Hamah")
    body = "Jets hit targets in the Syrian provinces of Aleppo Raqqa Lattakia Homs Hama and Deir Ezzor."
    assert "place/hims-hamah-1310326253" not in places(body, gazetteer)


@pytest.mark.parametrize(
    ("body", "key"),
    [
        ("Regime jets struck Alrastan on Tuesday, activists said.", "place/al-rastan-421178433"),  # glued, lower case
        ("Two shells fell in AlBab on Tuesday.", "place/al-bab-1125981903"),  # glued, the capital kept
        ("Clashes broke out in Bab alFaraj on Tuesday.", "place/bab-al-faraj-1226157329"),  # inside a name
        ("Jets hit Arrastan and Azzabadani on Tuesday.", "place/al-zabadani-890442377"),  # assimilated to a sun letter
    ],
)
def test_an_article_glued_to_any_word_of_a_known_name_is_set_apart(body: str, key: str, gazetteer: Gazetteer) -> None:
    assert key in places(body, gazetteer)


def test_a_glued_article_is_read_only_before_a_place_name_it_opens(gazetteer: Gazetteer) -> None:
    # a quarter of Aleppo named for the road to al-Bab: the glued word is the second word of an unknown name
    body = "Airstrikes hit the neighborhood of Tareeq Albab in Aleppo on Monday."
    assert "place/al-bab-1125981903" not in places(body, gazetteer)
    # English words that open with "Al" or a doubled letter are left as they are
    found = extract(Article("test", "t", "Also, Assad said an Attack on Homs was repelled."), gazetteer).mentions
    assert {m.key for m in found} == {"actor/bashar-al-assad", "place/homs-421168647"}


def test_french_dj_for_jim_is_j(gazetteer: Gazetteer) -> None:
    # French and Russian sources write jim "dj" ("Djebel"); the tables write "j" (twentieth session)
    assert skeleton("Kafr Djalis") == skeleton("Kafr Jalis")
    found = places("Shells hit the village of Kafr Djalis in Idlib countryside on Sunday.", gazetteer)
    assert "place/kafr-jalis-1242851631" in found


def test_of_namesakes_in_two_named_governorates_the_one_near_a_named_town_is_taken(gazetteer: Gazetteer) -> None:
    # Ma`an of Hama lies 13 km from Latmin; Deir ez-Zor has its own Al Ma`an
    body = (
        "Army units destroyed rebel positions in Maan in Hama countryside. Clashes also erupted near Latmin. "
        "ISIS dens were hit in the countryside of Deir Ezzor."
    )
    assert "place/ma-an-1293195777" in places(body, gazetteer)


@pytest.mark.parametrize(
    "town",
    ["Masyaf", "Salamiyah", "Tartus", "the Ghab plain", "the border"],  # none within 15 km of Ma`an
)
def test_namesakes_stay_undecided_without_a_named_town_near_one(town: str, gazetteer: Gazetteer) -> None:
    # Maan's own phrase must not name Hama: "Maan in Hama countryside" is Hama's (`own_phrase`, thirtieth session)
    body = (
        "Army units destroyed rebel positions in Maan on Monday in Hama countryside. "
        f"Clashes also erupted near {town}. "
        "ISIS dens were hit in the countryside of Deir Ezzor."
    )
    assert not {"place/ma-an-1293195777", "place/al-ma-an-1276143477"} & places(body, gazetteer)
