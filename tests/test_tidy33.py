"""Thirty-third session (helper tidy33): one way to do each job where the code had two; every text is written for
the test (not taken from the corpus)."""

from __future__ import annotations

import pytest

from bench.adversarial import PASSIVE_AT33_TEXTS, _passive_at_each_noun
from loaders import (
    backdrops,
    battles_aside,
    described_fighters,
    fight_words,
    foreign_namesakes,
    mention_filters,
    region_retellings,
    retold_reports,
)
from loaders.fight_words import FIGHT_WORD, FOUGHT
from loaders.gazetteer import Gazetteer
from loaders.repelled_attacks import _passive_phrase_at
from loaders.report_places import country_of
from loaders.short_forms import SIZE_OR_SIDE
from loaders.side_words import side_after
from tests.written import mention_keys as _keys
from tests.written import side_slugs as _told

# --- a repelled attack in the passive, read from the words before its noun only ---


def test_passive_phrase_is_found_from_the_words_before_its_noun() -> None:
    text = "After a week of shelling, the new IS attack on the base was repelled by the YPG."
    phrase = _passive_phrase_at(text, text.index("attack"))
    assert phrase is not None and phrase.group("owner") == "new IS "
    assert _passive_phrase_at(text, text.index("shelling")) is None  # no attack noun starts there


def test_passive_phrase_needs_its_determiner_within_four_words() -> None:
    # five words between "a" and the noun: too many for the phrase's owner, with or without the window
    text = "a very big new rebel army attack was repelled by the army"
    assert _passive_phrase_at(text, text.index("attack")) is None
    text = "a new rebel army attack was repelled by the army"
    assert _passive_phrase_at(text, text.index("attack")) is not None


def test_passive_repelled_attack_keeps_its_sides(gazetteer: Gazetteer) -> None:
    told = _told("In a new attack, a rebel offensive on Hama was repelled by the army on Thursday.", gazetteer)
    assert told == [("armed-clash", ["syrian-rebels"], ["syrian-arab-army"])]


def test_passive_at_each_noun_bench_inputs() -> None:
    assert [_passive_at_each_noun(t) for t in PASSIVE_AT33_TEXTS] == [0, 172, 0, 0]


# --- a place spelt two ways keyed as the gazetteer keys one name spelt differently (`aliases.name_key`) ---


@pytest.mark.parametrize(
    ("text", "first", "again"),
    [
        # a closing "-eh" written "-a" the second time, as wires do (the old vowel shape kept the "h")
        ("Shells hit the Qaddouriyeh neighborhood on Monday. Two soldiers were killed in the Qaddouriya neighborhood "
         "later.", "Qaddouriyeh", "Qaddouriya"),
        # the glide written as a vowel: "Bwaideh" is "Buwaydah"
        ("Shells hit the Buwaydah neighborhood on Monday. Two soldiers were killed in the Bwaideh neighborhood "
         "later.", "Buwaydah", "Bwaideh"),
    ],
)  # fmt: skip
def test_a_place_spelt_again_as_the_tables_fold_spellings_is_the_place_named_before(
    text: str, first: str, again: str, gazetteer: Gazetteer
) -> None:
    found_keys = _keys(text, gazetteer)
    assert found_keys[again] == found_keys[first]


def test_names_a_consonant_apart_stay_two_places(gazetteer: Gazetteer) -> None:
    text = (
        "Shells hit the Qaddouriyeh neighborhood on Monday. Two soldiers were killed in the Qaddousiya neighborhood "
        "later."
    )
    found_keys = _keys(text, gazetteer)
    assert found_keys["Qaddouriyeh"] != found_keys["Qaddousiya"]
    assert found_keys["Qaddouriyeh"] == "place/local/qaddouriyeh"  # both still read, as local places


# --- the side words after a name: one list with `side_words` ---


@pytest.mark.parametrize(
    ("text", "short", "key"),
    [
        # "Janubi" is the tables' spelling of "southern" (`side_words.SIDE_ADJECTIVES`), not only "Janoubi"
        ("Jets struck Jawwasiyah al-Janubiyah on Monday. The head of the aid branch in Jawwasiyah died of his wounds.",
         "Jawwasiyah", "place/jawwasiyah-al-janubiyah-1242661243"),
        ("Jets struck Mawalih Janubiyah on Monday. The head of the aid branch in Mawalih died of his wounds.",
         "Mawalih", "place/mawalih-janubiyah-1260165597"),
    ],
)  # fmt: skip
def test_a_village_named_again_without_janubi_is_the_village_named_in_full(
    text: str, short: str, key: str, gazetteer: Gazetteer
) -> None:
    assert _keys(text, gazetteer)[short] == key


def test_size_or_side_reads_every_form_side_after_writes() -> None:
    for label in ("Southern Ghariyah", "Lower Safirah", "Upper Mashrafah", "Eastern Orum"):
        written = side_after(label)
        assert SIZE_OR_SIDE.sub("", written) == label.split(" ", 1)[1], written
    # a word that only begins as a side word is part of the name
    assert SIZE_OR_SIDE.sub("", "Tal Janubiyat") == "Tal Janubiyat"
    assert SIZE_OR_SIDE.sub("", "Tal Sharqiyeh") == "Tal"


# --- one list of fighting words for the guards of a battle told aside ---


def test_the_guards_share_one_list_of_fighting_words() -> None:
    assert battles_aside.FIGHT_WORD is fight_words.FIGHT_WORD and battles_aside.FOUGHT is fight_words.FOUGHT
    assert backdrops.FOUGHT is fight_words.FOUGHT and described_fighters.FOUGHT is fight_words.FOUGHT
    assert [FOUGHT.match(w) is not None for w in ("fighting", "fought", "battling", "clashes")] == [True] * 3 + [False]
    assert [FIGHT_WORD.match(w) is not None for w in ("clashes", "ambush", "shelling")] == [True, True, False]


def test_each_guard_of_the_wars_state_keeps_its_own_reading(gazetteer: Gazetteer) -> None:
    # the noun going on across the country (battles_aside), the present "currently" before the verb (backdrops)
    assert _told("Clashes continued across the country, the monitor said.", gazetteer) == []
    assert _told("Government forces are currently fighting against IS and the rebels.", gazetteer) == []
    # a day named makes either one day's battle
    told = _told("Government forces are currently fighting IS in Raqqa, where clashes killed 20 on Monday.", gazetteer)
    assert told and told[0][0] == "armed-clash"


# --- one helper for the country a place lies in, one for the country a wide place names ---


def test_one_walk_up_to_a_country(gazetteer: Gazetteer) -> None:
    assert "_country" not in vars(foreign_namesakes) and "_country" not in vars(mention_filters)
    assert "country_of_region" not in vars(region_retellings) or region_retellings.country_of_region is (
        retold_reports.country_of_region
    )
    syria = gazetteer.lookup("Syria", "place")
    aleppo = gazetteer.lookup("Aleppo", "place")
    assert syria is not None and aleppo is not None
    assert country_of(aleppo.key, gazetteer) == syria.key and country_of(syria.key, gazetteer) == syria.key
    assert retold_reports.country_of_region(syria.key, gazetteer) == syria.key
    assert retold_reports.country_of_region(aleppo.key, gazetteer) is None  # a town is no wide place
