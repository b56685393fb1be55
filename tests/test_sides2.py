"""Who attacked whom, a second audit (nineteenth session, helper sides2).

The sentences were written for this audit before any corpus text was read, on forms the first audit
(`tests/test_sides.py`) did not cover: sides across a semicolon or colon, two sides that clashed or fought, "fighting
between X and Y", "an attack by X against Y", "X's offensive against Y", a speaker's own men, "pro-" and "anti-"
sides, targets named as "members of X" or "X's headquarters", government-held areas hit by unattributed fire, and the
readings the eighteenth session's review left ("failed to repel", "the lack of US support"). A state the extractor
adds beside its arm ("Russian jets": the air force and Russia) is not counted against a side.
"""

from __future__ import annotations

import pytest
from sides_check import (
    COAL,
    GOV,
    HEZ,
    IS,
    JAI,
    NUS,
    RAF,
    REB,
    RU,
    SAA,
    SAAF,
    SDF,
    SNA,
    SYRIA,
    TAF,
    TUR,
    YPG,
    Sides,
    engagements_of,
    sides_told,
)

from loaders.gazetteer import Gazetteer

ARMY = [{SAA}, {SAAF}, {GOV}, {SYRIA}]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a semicolon or a colon between clauses
        ("Rebels shelled Aleppo on Monday; the army responded with air strikes on Idlib.", dict(A={REB})),
        ("The army shelled Douma on Monday; rebels hit back with rockets on Damascus.", dict(A={REB})),
        ("The monitor gave details: Russian jets bombed Idlib on Monday.", dict(A={RAF})),
        ("Fighting raged in Hama; rebels attacked an army checkpoint near Morek.", dict(A={REB}, T={SAA})),
        # two sides that clashed, fought, or fought each other
        ("Rebels and government forces clashed near Hama on Monday.", dict(P={REB, SAA})),
        ("Hezbollah and Nusra Front fighters clashed in Qalamoun on Monday.", dict(P={HEZ, NUS})),
        ("The SDF and Turkish-backed rebels clashed near Manbij on Monday.", dict(P={SDF, SNA})),
        ("Government troops and IS fighters fought fierce battles in Deir ez-Zor on Monday.", dict(P={SAA, IS})),
        ("Fighting between rebels and the army killed 20 people near Hama on Monday.", dict(P={REB, SAA})),
        ("Clashes between the YPG and IS continued in Hasakah on Monday.", dict(P={YPG, IS})),
        ("Heavy fighting broke out between Islamic State and the Nusra Front in Deir ez-Zor.", dict(P={IS, NUS})),
        ("Battles between government forces and rebels raged in Daraa on Monday.", dict(P={SAA, REB})),
        ("Rebels attacked the army near Hama on Monday and the two sides clashed until dawn.", dict(P={REB, SAA})),
        ("IS attacked Kurdish forces in Kobani. The two sides fought for hours.", dict(P={IS, YPG})),
        # an attack by X against Y, X's offensive against Y
        ("An attack by rebels against an army checkpoint in Hama killed five soldiers.", dict(A={REB}, T={SAA})),
        ("An offensive by Islamic State against Kurdish forces in Kobani began on Monday.", dict(A={IS}, T={YPG})),
        (
            "Air strikes by the US-led coalition against Islamic State in Raqqa killed 20 people.",
            dict(A={COAL}, T={IS}),
        ),
        ("Shelling by the army on rebel-held Douma killed ten people.", dict(A={SAA})),
        ("The army's offensive against rebels in Daraa killed 20 people.", dict(A={SAA}, T={REB})),
        ("Turkey's offensive against the YPG in Afrin began on Saturday.", dict(A=[{TAF}, {TUR}], T={YPG})),
        ("Hezbollah's assault on rebels in Qusayr began on Sunday.", dict(A={HEZ}, T={REB})),
        ("The regime's bombardment of Douma killed 40 people on Monday.", dict(A=ARMY)),
        # the men of a side named by the place it holds
        ("Coalition jets struck Raqqa's IS rulers on Monday.", dict(A={COAL}, T={IS})),
        ("Government forces shelled Douma's rebel defenders on Monday.", dict(A={SAA}, T={REB})),
        # a spokesman's "its fighters"
        ("Jaish al-Islam said its fighters had shelled Damascus on Monday.", dict(A={JAI})),
        ("A spokesman for the Nusra Front said its fighters captured Ariha on Monday.", dict(A={NUS})),
        ("Hezbollah said its fighters had killed 20 rebels in Qusayr.", dict(A={HEZ})),
        # "anti-" and "pro-" sides
        ("Anti-government fighters shelled Damascus on Monday.", dict(A={REB})),
        ("Pro-government forces shelled rebel positions near Hama.", dict(A=[{SAA}, {GOV}, {SYRIA}], T={REB})),
        # targets named as a side's men or posts
        ("Turkish jets bombed YPG headquarters near Afrin.", dict(T={YPG})),
        ("Israeli jets struck Hezbollah's headquarters near Damascus.", dict(T={HEZ})),
        ("The army killed dozens of members of the Nusra Front in Idlib.", dict(A={SAA}, T={NUS})),
        ("Rebels killed a senior Hezbollah commander in Qusayr on Monday.", dict(A={REB}, T={HEZ})),
        ("Coalition aircraft struck a headquarters belonging to Islamic State in Raqqa.", dict(A={COAL}, T={IS})),
        # a headline before the body
        ("IS attacks Kurdish forces in Kobani\n\nFighting raged in Kobani on Monday.", dict(A={IS})),
        # the readings the eighteenth session's review left
        ("Turkish troops with Russian air cover attacked IS in al-Bab.", dict(A=[{TAF}, {TUR}], T={IS})),
    ],
)
def test_second_audit_sentences_name_their_sides(text: str, want: dict[str, Sides], gazetteer: Gazetteer) -> None:
    assert sides_told(text, want, gazetteer)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Coalition jets killed ten members of Islamic State in Raqqa on Monday.", dict(A={COAL}, T={IS})),
        ("Russian air strikes killed a commander of the Nusra Front in Idlib.", dict(A=RU, T={NUS})),
        ("Russian jets hit a headquarters of the Nusra Front in Idlib.", dict(A=RU, T={NUS})),
        ("Coalition strikes killed three senior leaders of Islamic State near Raqqa.", dict(A={COAL}, T={IS})),
    ],
)
def test_members_or_posts_of_a_side_after_a_noun_trigger_make_it_the_target(
    text: str, want: dict[str, Sides], gazetteer: Gazetteer
) -> None:
    assert sides_told(text, want, gazetteer)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Kurdish YPG fighters and Islamic State militants clashed near Kobani on Monday.", dict(P={YPG, IS})),
        ("Nusra Front militants and Hezbollah fighters clashed in Arsal on Monday.", dict(P={HEZ, NUS})),
    ],
)
def test_two_sides_named_with_their_men_before_the_verb_both_fought(
    text: str, want: dict[str, Sides], gazetteer: Gazetteer
) -> None:
    assert sides_told(text, want, gazetteer)


def test_a_side_naming_the_help_it_gave_is_not_the_subject_of_the_next_verb(gazetteer: Gazetteer) -> None:
    text = "Rebels complained of the lack of US support and attacked IS in Dabiq."
    assert sides_told(text, dict(A={REB}, T={IS}), gazetteer)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Rebels failed to repel an IS attack on Marea on Monday.", dict(A={IS}, T={REB})),
        ("Kurdish fighters struggled to fend off an IS assault on Kobani.", dict(A={IS}, T={YPG})),
    ],
)
def test_an_attack_a_side_failed_to_repel_was_made(text: str, want: dict[str, Sides], gazetteer: Gazetteer) -> None:
    assert sides_told(text, want, gazetteer)


def test_an_attack_a_side_vowed_to_repel_stays_unreal(gazetteer: Gazetteer) -> None:
    assert not engagements_of("The army vowed to repel any attack on Aleppo.", gazetteer)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The YPG said its fighters repelled an IS attack on Kobani.", dict(A={IS}, T={YPG})),
        ("The Syrian army said its soldiers repelled a rebel attack on Morek.", dict(A={REB}, T={SAA})),
    ],
)
def test_a_side_saying_its_men_repelled_an_attack_was_attacked(
    text: str, want: dict[str, Sides], gazetteer: Gazetteer
) -> None:
    assert sides_told(text, want, gazetteer)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Rocket attacks struck government-held districts of Homs on Thursday.", dict(A={REB})),
        ("Mortar shells fell on government-controlled neighbourhoods of Damascus on Monday.", dict(A={REB})),
        # a side named keeps the act
        ("IS shelled government-held areas of Deir ez-Zor on Monday.", dict(A={IS})),
        ("Rebels said government-held areas of Aleppo were shelled by the army.", dict(A={SAA})),
    ],
)
def test_unattributed_fire_on_government_held_areas_came_from_rebels(
    text: str, want: dict[str, Sides], gazetteer: Gazetteer
) -> None:
    assert sides_told(text, want, gazetteer)


def test_an_agent_named_after_by_acted_on_the_side_after_on(gazetteer: Gazetteer) -> None:
    text = "An assault by government forces on rebel positions in Daraa began on Monday."
    assert sides_told(text, dict(A={SAA}, T={REB}), gazetteer)


def test_fire_from_government_held_areas_names_no_firer(gazetteer: Gazetteer) -> None:
    found = engagements_of("Rockets fired from government-held areas hit Douma on Monday.", gazetteer)
    assert found and all(REB not in e.attackers for e in found)
