"""How news English names a state and its forces without a curated alias for each pairing (fifteenth session).

The rules are checked on a cut-down table: the named actors keep only their basic names (as the shared reference
gives them), so that the rule, not a hand-added alias, must read the sentence.
"""

from __future__ import annotations

import csv
import shutil
from functools import partial
from pathlib import Path

import pytest

from loaders.gazetteer import Gazetteer
from tests.written import mention_keys

ROOT = Path(__file__).resolve().parents[1]
BASIC_NAMES = {
    "actor/baathist-syria": "Syrian regime|the regime|Assad regime",
    "actor/syrian-arab-army": "SAA|Syrian army",
    "actor/syrian-arab-air-force": "Syrian Air Force|Syrian air force",
    "actor/russian-armed-forces": "Russian military|Russian forces",
    "actor/russian-aerospace-forces": "VKS|Russian air force",
    "actor/government-of-syria": "",
    "actor/peoples-protection-units": "YPG|Kurdish militia|YPG militia|Kurdish fighters",
}


@pytest.fixture(scope="module")
def basic(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    """The project's tables with the actors above cut back to their basic names."""
    directory = tmp_path_factory.mktemp("basic") / "reference"
    shutil.copytree(ROOT / "data" / "reference", directory)
    with (directory / "actors.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        if row["key"] in BASIC_NAMES:
            row["aliases"] = BASIC_NAMES[row["key"]]
    with (directory / "actors.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return Gazetteer.load(directory)


actors = partial(mention_keys, kind="actor")


def test_a_states_warplanes_are_the_force_its_table_calls_its_air_force(basic: Gazetteer) -> None:
    found = actors("Russian warplanes bombed a market in the town of Saraqeb in Idlib province on Monday.", basic)
    assert "actor/russian-aerospace-forces" in found.values()
    assert "actor/russian-armed-forces" not in found.values()


def test_the_government_is_the_home_state_without_a_syrian_government_alias(basic: Gazetteer) -> None:
    found = actors("The government said on Sunday that the road from Homs to Hama had been reopened.", basic)
    assert found.get("government") == "actor/baathist-syria"


@pytest.mark.parametrize(
    ("body", "surface", "key"),
    [
        (
            "Regime forces shelled the town of Douma in Eastern Ghouta on Friday.",
            "Regime forces",
            "actor/syrian-arab-army",
        ),
        (
            "The regime's troops advanced on the village of Tal Rifaat north of Aleppo.",
            "regime's troops",
            "actor/syrian-arab-army",
        ),
        (
            "Regime helicopters dropped barrel bombs on the town of Daraya near Damascus.",
            "Regime helicopters",
            "actor/syrian-arab-air-force",
        ),
        (
            "The Assad regime forces took the hill overlooking the town of Qusayr in Homs province.",
            "Assad regime forces",
            "actor/syrian-arab-army",
        ),
    ],
)
def test_a_states_name_before_a_military_noun_is_its_army_or_air_force(
    basic: Gazetteer, body: str, surface: str, key: str
) -> None:
    assert actors(body, basic).get(surface) == key


@pytest.mark.parametrize(
    ("body", "surface", "key"),
    [
        (
            "The Jordanian government said the border crossing near Daraa would stay closed.",
            "Jordanian government",
            "actor/jordan",
        ),
        (
            "Lebanese authorities arrested two men near the border town of Arsal.",
            "Lebanese authorities",
            "actor/lebanon",
        ),
    ],
)
def test_a_nationality_before_government_or_authorities_is_the_state(body: str, surface: str, key: str) -> None:
    assert actors(body, Gazetteer.load()).get(surface) == key


def test_kurdish_before_a_post_is_the_force_whichever_common_name_the_table_gives(basic: Gazetteer) -> None:
    found = actors("Turkish artillery shelled Kurdish positions near the town of Afrin on Sunday.", basic)
    assert found.get("Kurdish") == "actor/peoples-protection-units"


@pytest.mark.parametrize(
    ("body", "key"),
    [
        ("Assad's forces shelled the town of Douma in Eastern Ghouta on Friday.", "actor/syrian-arab-army"),
        ("Assads air force bombed the town of Saraqeb in Idlib province on Monday.", "actor/syrian-arab-air-force"),
    ],
)
def test_the_leader_a_states_name_is_made_of_names_its_forces_by_his_possessive(
    basic: Gazetteer, body: str, key: str
) -> None:
    found = actors(body, basic)
    assert key in found.values()
    assert found.get("Assad") == "actor/bashar-al-assad"  # he stays named


@pytest.mark.parametrize(
    ("body", "key"),
    [
        ("State media said the Turkish regime shelled villages near Afrin on Tuesday.", "actor/turkey"),
        ("State television said Turkish regime forces shelled Jinderes on Tuesday.", "actor/turkish-armed-forces"),
    ],
)
def test_another_nationality_before_the_home_states_words_is_that_state(body: str, key: str) -> None:
    # fifteenth session's third review: "regime" and "government forces" are the home state's only without one
    found = actors(body, Gazetteer.load())
    assert key in found.values()
    assert not {"actor/baathist-syria", "actor/syrian-arab-army"} & set(found.values())


@pytest.mark.parametrize(
    "body",
    [
        "Shells hit the town of Douma on Monday. Turkey's government said it would close the border.",
        "Shells hit the town of Douma on Monday. The government in Baghdad said it would send aid.",
        "Shells hit the town of Douma on Monday. The Amman government condemned the attack.",
    ],
)
def test_another_states_government_is_not_the_home_state(body: str) -> None:
    # fifteenth session's third review: "the government" of an article set in Syria is Syria's unless another's
    assert "actor/baathist-syria" not in actors(body, Gazetteer.load()).values()


def test_the_government_in_damascus_is_still_the_home_state() -> None:
    body = "Shells hit the town of Douma on Monday. The government in Damascus denied it."
    assert actors(body, Gazetteer.load()).get("government") == "actor/baathist-syria"
