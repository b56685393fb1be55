"""A list of unknown names after a locative or a verb of bombardment, followed by the region it lies in
(`region_lists.listed_in_a_region`): sentences written for these tests, never copied from a corpus."""

from __future__ import annotations

import pytest
from detection import place_keys

from bench.adversarial import BEFORE_REGION_TEXTS, GROUP_TEXTS, PEOPLE_TEXTS, REGION_TEXTS
from loaders.gazetteer import Gazetteer
from loaders.place_lists import _GROUP_REGION, _IN_NEXT, _placed_groups
from loaders.region_lists import (
    _BEFORE_PEOPLE,
    _ENGLISH_PLURAL,
    _REGION_AFTER,
    _REGION_WORD,
    _RUN_BEFORE_REGION,
    BEFORE_REGION_CHARS,
)


def local_places(gazetteer: Gazetteer, text: str) -> set[str]:
    """The labels of the local places the extractor mints in a one-paragraph article with a title line."""
    return {k.removeprefix("place/local/") for k in place_keys(gazetteer, text) if k.startswith("place/local/")}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Jets targeted Rashid and Aayoj in the northern western countryside of Raqqa on Monday.", {"rashid", "aayoj"}),
        ("Jets bombed Rashid and Aayoj in the southern Idlib countryside on Monday.", {"rashid", "aayoj"}),
        ("The army shelled Ayn Lubad and Marj Hassan in rural Hama.", {"ayn-lubad", "marj-hassan"}),
        ("The army shelled Rashid and Aayoj in Idlib province.", {"rashid", "aayoj"}),
    ],
)
def test_unknown_names_listed_before_their_region_are_places(gazetteer: Gazetteer, text: str, names: set[str]) -> None:
    assert names <= local_places(gazetteer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Jets targeted Ahmad and Omar in the countryside of Idlib, a relative said.",  # people
        "The clashes near Abu Mohammed and Abu Omar in the countryside of Hama killed five.",  # kunyas
        "The shelling targeted Nusra and Ahrar in rural Idlib.",  # groups
        "The strikes targeted Government and Opposition in the countryside of Idlib.",  # sides
        "Jets shelled Sunni and Alawite in rural Homs.",  # faiths
        "Jets targeted Schools and Hospitals in rural Idlib.",  # things, title-cased
        "Warplanes bombed Aa Bb Cc Dd Ee Ff Gg Hh Ii Jj Kk and Ll in rural Idlib.",  # a long capitalised run
        "Jets targeted Rashid and Aayoj in Syria and Iraq.",  # no region word
        "Jets targeted Rashid and Aayoj, residents in the countryside of Raqqa said.",  # the region is another clause's
    ],
)
def test_no_places_from_lists_of_other_things(gazetteer: Gazetteer, text: str) -> None:
    assert not local_places(gazetteer, text) - {"syria", "iraq"}


def test_region_patterns_on_adversarial_text() -> None:
    # their speed on these is timed by make bench-patterns (bench/adversarial.py)
    sides, spaces, word = REGION_TEXTS
    assert (match := _REGION_AFTER.match(sides)) is not None and match.group("side").startswith("northern-western ")
    assert (match := _REGION_AFTER.match(spaces)) is not None and match.end() == len(spaces) - 1
    assert _REGION_WORD.search(sides) is None
    assert _ENGLISH_PLURAL.search(word) is None
    assert _ENGLISH_PLURAL.search("Markets") is not None


# A list's names grouped by region, each group closed by "in" and its region (`place_lists._placed_groups`).
GROUPED = (
    "Regime forces shelled the villages of Kafr Ruma, Sfuhen in Jabal al-Zawiya, Aayoj, Barshoun in southern Idlib, "
    "Zarzur and Qaddah in Sahl al-Ghab in western Hama."
)


def test_a_lists_later_groups_are_read_past_their_regions(gazetteer: Gazetteer) -> None:
    assert {"sfuhen", "aayoj", "barshoun", "qaddah"} <= local_places(gazetteer, GROUPED)


@pytest.mark.parametrize(
    "text",
    [
        "Jets struck the villages of Kafr Ruma and Aayoj in Idlib, Reuters reported.",  # a source after the region
        "Jets struck the villages of Kafr Ruma and Aayoj in Idlib, Monday in a statement the army said.",  # a day
        "Jets struck the villages of Kafr Ruma and Aayoj in Idlib, Hama and Homs.",  # no region closes the group
        "Jets struck the villages of Kafr Ruma and Aayoj in Idlib, Russian Jets in turn hit Hama.",  # "in turn"
        # groups, each in its region
        "Rebels hold the areas of Kafr Ruma in Idlib, Faylaq al-Rahman in Damascus and Jaish al-Islam in Douma.",
    ],
)
def test_no_later_group_without_its_own_region(gazetteer: Gazetteer, text: str) -> None:
    assert local_places(gazetteer, text) <= {"aayoj"}


def test_group_patterns_on_adversarial_text() -> None:
    # their speed on these is timed by make bench-patterns (bench/adversarial.py)
    groups, capitals, ins, sides = GROUP_TEXTS
    assert len(list(_placed_groups(groups, 2))) == groups.count(", Aa")
    assert _GROUP_REGION.match(capitals) is None
    assert _GROUP_REGION.match(ins) is None
    assert (match := _GROUP_REGION.match(sides)) is not None and match.group() == " in north-west Aa, "
    assert _IN_NEXT.match(capitals) is None  # a fifth capitalised word: no region closed by a comma or the end
    assert _IN_NEXT.match(ins) is None
    assert (match := _IN_NEXT.match(sides)) is not None and match.group() == " in north-west Aa,"


# A list read back from its region, with no locative before it (`region_lists.lists_before_regions`).
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The reporter added that Aayoj, Barsha, and Tkad in western Aleppo countryside were shelled.", {"aayoj"}),
        ("Rebels shelled Kafr Ruma village, Aayoj and Barshoun in Idlib countryside.", {"aayoj", "barshoun"}),
        ("Rashid and Aayoj in the countryside of Raqqa were shelled.", {"rashid", "aayoj"}),
    ],
)
def test_a_list_before_its_region_needs_no_locative(gazetteer: Gazetteer, text: str, names: set[str]) -> None:
    assert names <= local_places(gazetteer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ahmad and Omar in rural Idlib were killed.",  # people
        "Both Mona and Khalil in rural Hama said the jets came twice.",  # people, one name not a given name
        "On Monday and Tuesday in rural Hama jets struck.",  # days
        "Schools and Hospitals in rural Idlib were hit.",  # things, title-cased
        "The Observatory and Reuters in the countryside of Idlib reported the strike.",  # sources
        "The Red Crescent and Civil Defence in rural Idlib rescued five.",  # bodies
        "Jaysh al-Izza and Faylaq al-Sham in the northern Hama countryside repelled an attack.",  # groups
        "Saudi Arabia and Qatar in the Idlib countryside back rebels.",  # states
    ],
)
def test_no_list_before_a_region_of_other_things(gazetteer: Gazetteer, text: str) -> None:
    assert not local_places(gazetteer, text)


def test_run_before_region_on_adversarial_text() -> None:
    # its speed on these, in the window lists_before_regions searches, is timed by make bench-patterns
    ands, commas, sides, hyphens = BEFORE_REGION_TEXTS
    window = BEFORE_REGION_CHARS
    assert _RUN_BEFORE_REGION.search(ands, len(ands) - window, len(ands)) is None
    assert (match := _RUN_BEFORE_REGION.search(commas, len(commas) - window, len(commas))) is not None
    assert match.group("run").endswith("Aa, Bb")
    assert _RUN_BEFORE_REGION.search(sides, len(sides) - window, len(sides)) is None
    assert _RUN_BEFORE_REGION.search(hyphens, len(hyphens) - window, len(hyphens)) is None


# A later group is closed by its region as a list's group is: a comma, the end, "and" or the next locative, never a
# verb; and no group has a title, day, month or body's word (review23: sentences of wire prose after a list).
@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Shells hit the villages of Kafr Ruma and Aayoj in Idlib, Ziad Barsha in Paris said on Monday.", "barsha"),
        ("Shells hit the villages of Kafr Ruma and Aayoj in Idlib, Khalil Omar in Arabic told the channel.", "omar"),
        ("Shells hit the villages of Kafr Ruma and Aayoj in Idlib, Monday and Tuesday in Hama.", "monday"),
        ("Shells hit the villages of Kafr Ruma and Aayoj in Idlib, January in Hama was quieter.", "january"),
        ("Shells hit the villages of Kafr Ruma and Aayoj in Idlib, The Observatory in Britain said.", "the"),
        ("Shells hit the villages of Kafr Ruma and Aayoj in Idlib, Sunday and Friday in Homs, locals said.", "sunday"),
    ],
)
def test_no_later_group_of_a_clause_or_a_date(gazetteer: Gazetteer, text: str, wrong: str) -> None:
    assert wrong not in local_places(gazetteer, text)


def test_a_later_group_closed_by_the_sentence_end_is_read() -> None:
    text = "the villages of Kafr Ruma in Idlib, Aayoj and Barsha in Sahl al-Ghab."
    groups = [text[a:b] for a, b in _placed_groups(text, text.index(" in Idlib"))]
    assert groups == ["Aayoj and Barsha"]


# A person's name is a man's given name with a family name or nisba after it too, and no listed place has the noun of
# an operation or a unit (review23: near misses in wire prose).
@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Jets shelled Abu Omar al-Shami and Ahmad Tkad in the countryside of Raqqa.", "ahmad-tkad"),
        ("Jets shelled Hisham Tkad and Bilal Aayoj in rural Hama.", "bilal-aayoj"),
        ("Regime forces arrested Abu Khaled al-Halabi and Mohammed Darwish in rural Hama.", "mohammed-darwish"),
        ("The strikes hit Operation Olive Branch and Operation Dawn in the countryside of Aleppo.", "operation-dawn"),
        ("Operation Dawn, Operation Peace Spring and Euphrates Shield in the Aleppo countryside ended.", "operation"),
    ],
)
def test_no_list_of_persons_or_operations_before_a_region(gazetteer: Gazetteer, text: str, wrong: str) -> None:
    assert wrong not in local_places(gazetteer, text)


# A list read back from its region after the article or a verb whose object is a person names people, a tribe or a
# family, not villages (review23: near misses).
@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Regime forces arrested Aayoj and Barsha in rural Hama.", "aayoj"),
        ("Militants attacked the Naimi and Bakkara in rural Deir Ezzor.", "naimi"),
        ("The gunmen executed Tkad and Barsha in the countryside of Idlib.", "tkad"),
        ("The shelling wounded Tkad and Barsha in the countryside of Idlib.", "tkad"),
        ("The report, citing Aayoj and Barsha in rural Hama, said ten died.", "aayoj"),
    ],
)
def test_no_list_before_a_region_after_the_or_a_verb_of_persons(gazetteer: Gazetteer, text: str, wrong: str) -> None:
    assert wrong not in local_places(gazetteer, text)


def test_before_people_on_adversarial_text() -> None:
    # its speed on these (searched whole, not in its window of sixteen characters) is timed by make bench-patterns
    articles, verbs, spaces = PEOPLE_TEXTS
    assert (match := _BEFORE_PEOPLE.search(articles)) is not None and match.start() == len(articles) - 4
    assert (match := _BEFORE_PEOPLE.search(verbs)) is not None and match.group() == "arrested "
    assert (match := _BEFORE_PEOPLE.search(spaces)) is not None and match.start() == 0
