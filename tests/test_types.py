"""Which ACLED type a sentence reports when it holds several cues (nineteenth session's audit, helper types): clashes
told with shelling or air strikes, a strike that kills civilians, shots at a market, a suicide bomber at a checkpoint, a
car bomb claimed, ground taken after clashes, executions of prisoners, headlines and passives. Every sentence is
written for the test; the expected type was decided from the annotation guideline and ACLED's codebook before the
extractor was run."""

from __future__ import annotations

from datetime import date

import pytest
from detection import detected_types

from loaders.gazetteer import Gazetteer
from tests.written import written


def _extracted(text: str, gazetteer: Gazetteer) -> list[str]:
    """The engagement types extracted from a one-sentence article, sorted."""
    x = written(text, gazetteer, published=date(2016, 8, 14))
    return sorted(e.type for e in x.engagements)


@pytest.mark.parametrize(
    "text",
    [
        "A gunman opened fire on a market in Homs killing six civilians.",
        "Gunman opens fire on Homs market",
        "Gunmen opened fire on a funeral in Daraa on Monday.",
        "Security forces opened fire on a crowd in Homs on Monday.",
    ],
)
def test_shots_at_a_gathering_of_the_unarmed_are_an_attack_on_civilians(text: str, gazetteer: Gazetteer) -> None:
    assert detected_types(text, gazetteer) == ["attack-on-civilians"]


def test_shots_at_a_side_stay_a_clash(gazetteer: Gazetteer) -> None:
    assert detected_types("Rebels opened fire on a Syrian army checkpoint near the market in Homs.", gazetteer) == [
        "armed-clash"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen threw a grenade into a cafe in Damascus killing two.",
        "A hand grenade attack killed a Syrian army officer in Daraa on Monday.",
        "Two children were wounded by a grenade in Daraa on Monday.",
    ],
)
def test_a_grenade_is_remote_violence(text: str, gazetteer: Gazetteer) -> None:
    assert detected_types(text, gazetteer) == ["remote-explosive"]


def test_a_rocket_propelled_grenade_is_no_grenade_attack(gazetteer: Gazetteer) -> None:
    assert (
        detected_types("Rebels fired rocket-propelled grenades at Syrian army positions in Daraa on Monday.", gazetteer)
        == []
    )
    # (what "seized" makes of weapons is another question: no grenade was thrown)
    assert "remote-explosive" not in detected_types(
        "The Syrian army seized grenade launchers in Daraa on Monday.", gazetteer
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Syrian army has besieged Daraya since 2012 and bombarded it on Monday with barrel bombs.",
            ["air-strike", "siege"],
        ),
        ("Government forces pounded Daraya with barrel bombs on Monday.", ["air-strike"]),
        ("The regime bombarded Daraya on Monday with barrel bombs and artillery.", ["air-strike"]),
    ],
)
def test_a_bombardment_with_barrel_bombs_is_from_the_air(text: str, expected: list[str], gazetteer: Gazetteer) -> None:
    assert _extracted(text, gazetteer) == expected


def test_a_bombardment_with_guns_stays_shelling(gazetteer: Gazetteer) -> None:
    assert _extracted("The Syrian army bombarded Daraya with artillery on Monday.", gazetteer) == ["shelling"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rebels clashed with the Syrian army in Daraa on Monday as government artillery shelled the town.",
            ["armed-clash", "shelling"],
        ),
        (
            "Fierce clashes between rebels and the Syrian army in Jobar were accompanied by heavy shelling.",
            ["armed-clash", "shelling"],
        ),
        (
            "The Syrian army battled rebels in Idlib province while warplanes bombed their positions.",
            ["air-strike", "armed-clash"],
        ),
        (
            "Heavy fighting raged between Kurdish forces and Islamic State in Kobani amid coalition air strikes.",
            ["air-strike", "armed-clash"],
        ),
        (
            "Rebels and government forces exchanged fire in Aleppo as helicopters dropped barrel bombs on the city.",
            ["air-strike", "armed-clash"],
        ),
        ("Rebels launched an offensive on government positions in Hama province on Monday.", ["armed-clash"]),
        (
            "The Syrian army launched a ground offensive against rebels in Daraa backed by tanks and artillery.",
            ["armed-clash"],
        ),
        ("Clashes erupted between the Nusra Front and Ahrar al-Sham in Idlib on Tuesday.", ["armed-clash"]),
        ("Islamic State militants ambushed a Syrian army convoy near Palmyra killing 12 soldiers.", ["ambush"]),
        ("Rebels shot down a Syrian army helicopter near Idlib on Monday.", ["armed-clash"]),
        ("Rebels downed a government warplane over Hama province.", ["armed-clash"]),
        ("Kurdish fighters repelled an Islamic State attack on Kobani on Monday.", ["armed-clash"]),
        ("The Syrian army repelled a rebel attack on its positions in Aleppo.", ["armed-clash"]),
        ("Islamic State stormed a Syrian army checkpoint near Palmyra killing five soldiers.", ["armed-clash"]),
        ("Gunmen attacked an army checkpoint in Daraa on Monday.", ["armed-clash"]),
        ("Islamic State militants opened fire on a Syrian army checkpoint near Homs.", ["armed-clash"]),
        ("Russian air strikes killed 20 civilians in Idlib on Monday.", ["air-strike"]),
        ("An air strike on a market in Douma killed 30 civilians.", ["air-strike"]),
        ("Syrian government warplanes killed 15 civilians including children in Saraqib.", ["air-strike"]),
        ("Warplanes bombed a hospital in Aleppo killing doctors and patients.", ["air-strike"]),
        ("A coalition air strike killed 17 civilians in Raqqa on Sunday.", ["air-strike"]),
        ("Regime helicopters dropped barrel bombs on Daraa killing 11 civilians.", ["air-strike"]),
        ("Russian jets struck a school in Idlib province killing 22 children.", ["air-strike"]),
        ("Syrian warplanes committed a massacre in Douma killing 40 civilians.", ["air-strike"]),
        ("A massacre by Russian air strikes killed 25 people in Ariha.", ["air-strike"]),
        ("Regime aircraft massacred civilians in a bread queue in Aleppo.", ["air-strike"]),
        ("Air strikes on a bakery in Hama killed 12 people on Monday.", ["air-strike"]),
        ("Barrel bombs killed 20 civilians in Aleppo on Saturday.", ["air-strike"]),
        ("Twelve civilians were killed in air strikes on Douma.", ["air-strike"]),
        ("Twelve civilians were killed when warplanes struck Douma.", ["air-strike"]),
        ("A drone targeted a car in Idlib killing two men.", ["air-strike"]),
        ("A US drone strike targeted a car carrying Nusra Front leaders near Idlib.", ["air-strike"]),
        ("A drone struck a vehicle in Raqqa killing an Islamic State commander.", ["air-strike"]),
        ("Coalition drones targeted Islamic State positions near Raqqa.", ["air-strike"]),
        ("Russian warplanes targeted rebel positions in Hama province.", ["air-strike"]),
        ("Israeli jets struck Hezbollah positions near Damascus on Monday.", ["air-strike"]),
        ("The US-led coalition carried out 12 strikes against Islamic State near Raqqa.", ["air-strike"]),
        ("Turkish warplanes struck Kurdish positions near Afrin.", ["air-strike"]),
        ("An Israeli missile strike hit a Syrian army base near Damascus.", ["shelling"]),
        ("Russian cruise missiles struck rebel positions in Idlib.", ["shelling"]),
        ("The Syrian air force destroyed Islamic State positions near Palmyra.", ["air-strike"]),
        ("Russian air raids destroyed a hospital in Idlib.", ["air-strike"]),
        ("Mortar rounds fell on a residential neighbourhood of Damascus killing three civilians.", ["shelling"]),
        ("Rebel mortar shells hit the Old City of Damascus on Monday.", ["shelling"]),
        ("Mortar shells landed on the neighbourhood of Bab Touma in Damascus.", ["shelling"]),
        ("Rebels fired rockets at government-held districts of Aleppo killing four civilians.", ["shelling"]),
        ("Government artillery pounded Douma on Monday killing seven civilians.", ["shelling"]),
        ("Regime forces shelled the town of Douma killing nine civilians.", ["shelling"]),
        ("Shelling by government forces killed six children in Douma.", ["shelling"]),
        ("Six civilians were killed by shelling on Douma.", ["shelling"]),
        ("Islamic State shelled Kurdish positions in Hasakah.", ["shelling"]),
        (
            "Turkish artillery shelled Kurdish positions near Azaz in response to an attack on its border post.",
            ["shelling"],
        ),
        ("The Syrian army shelled rebel areas in response to a rebel attack on its checkpoint.", ["shelling"]),
        ("Turkey shelled YPG positions in retaliation for cross-border fire.", ["shelling"]),
        ("Rebels fired Grad rockets at the Hmeimim air base.", ["shelling"]),
        ("A rocket attack on Aleppo killed 11 civilians on Tuesday.", ["shelling"]),
        ("Rebel shelling on government-held western Aleppo killed 12 people.", ["shelling"]),
        ("Tanks shelled the village of Tremseh on Monday.", ["shelling"]),
        ("A shell fell on a school in Damascus killing two pupils.", ["shelling"]),
        ("The Syrian army bombarded rebel-held Daraa with artillery.", ["shelling"]),
        ("Government forces fired surface-to-surface missiles at Douma.", ["shelling"]),
        ("Rebels targeted the Syrian army with mortars in Jobar.", ["shelling"]),
        ("The besieged town of Madaya was shelled by government forces on Monday.", ["shelling"]),
        ("Shelling on the besieged Eastern Ghouta killed 12 civilians on Monday.", ["shelling"]),
        ("The Syrian army laid siege to Daraya and pounded it with artillery.", ["shelling", "siege"]),
        ("Islamic State has besieged Deir ez-Zor since 2015.", ["siege"]),
        (
            "A suicide bomber blew himself up at a Syrian army checkpoint in Homs killing eight soldiers.",
            ["suicide-bombing"],
        ),
        ("A suicide car bomb exploded at a checkpoint near Azaz killing 10 people.", ["suicide-bombing"]),
        ("A suicide bomber attacked a rebel checkpoint near al-Bab.", ["suicide-bombing"]),
        ("Islamic State claimed a suicide attack on a Kurdish checkpoint in Hasakah.", ["suicide-bombing"]),
        (
            "A suicide bomber detonated an explosive belt in a crowd in Qamishli killing 20 civilians.",
            ["suicide-bombing"],
        ),
        ("A suicide bombing killed 30 civilians at a market in Jableh.", ["suicide-bombing"]),
        ("Suicide bombers killed 45 people in Tartus and Jableh on Monday.", ["suicide-bombing"]),
        (
            "An Islamic State suicide bomber drove an explosives-laden truck into an army base near Deir ez-Zor.",
            ["suicide-bombing"],
        ),
        (
            "A car bomb exploded in Homs killing 12 civilians; Islamic State claimed responsibility.",
            ["remote-explosive"],
        ),
        ("Islamic State claimed a car bomb attack in the Zahraa district of Homs.", ["remote-explosive"]),
        ("A car bomb killed eight people near a mosque in Azaz.", ["remote-explosive"]),
        ("The Nusra Front claimed responsibility for a car bombing in Damascus.", ["remote-explosive"]),
        ("A bomb planted in a car exploded in Qamishli killing a Kurdish commander.", ["remote-explosive"]),
        ("A roadside bomb killed four Syrian soldiers near Daraa.", ["remote-explosive"]),
        ("An IED hit a rebel vehicle near Idlib killing two fighters.", ["remote-explosive"]),
        ("A landmine killed three children near Manbij.", ["remote-explosive"]),
        ("Landmines left by Islamic State killed 10 civilians in Manbij.", ["remote-explosive"]),
        ("Twin bombings in Homs killed 46 people on Sunday.", ["remote-explosive"]),
        ("An explosion hit a bus station in Damascus killing nine.", ["remote-explosive"]),
        ("A blast struck a market in Qamishli killing 15 civilians.", ["remote-explosive"]),
        ("Islamic State detonated explosives under a Syrian army position in Aleppo.", ["remote-explosive"]),
        ("A bomb went off near a mosque in Daraa killing a rebel commander.", ["remote-explosive"]),
        ("Gunmen opened fire on worshippers outside a mosque in Daraa.", ["attack-on-civilians"]),
        ("Security forces opened fire on protesters in Homs killing four.", ["attack-on-civilians"]),
        ("Islamic State militants executed 20 prisoners of war in Palmyra.", ["attack-on-civilians"]),
        ("The Nusra Front executed 12 captured Syrian soldiers in Idlib.", ["attack-on-civilians"]),
        ("Islamic State beheaded a captured Syrian army pilot in Raqqa.", ["attack-on-civilians"]),
        ("Rebels executed three captured Hezbollah fighters near Aleppo.", ["attack-on-civilians"]),
        ("IS executes 20 soldiers in Palmyra", ["attack-on-civilians"]),
        ("Islamic State militants massacred 30 villagers in a village near Hama.", ["attack-on-civilians"]),
        ("Islamic State fighters killed 15 civilians fleeing Raqqa.", ["attack-on-civilians"]),
        ("Islamic State stoned a woman to death in Raqqa.", ["attack-on-civilians"]),
        ("The body of a journalist tortured to death by security forces was found in Homs.", ["attack-on-civilians"]),
        ("Islamic State killed 200 civilians in Kobani in a house to house rampage.", ["attack-on-civilians"]),
        ("Islamic State militants kidnapped 90 Assyrian Christians in Hasakah.", ["abduction"]),
        ("Gunmen abducted two aid workers in Idlib.", ["abduction"]),
        ("The Nusra Front abducted 45 UN peacekeepers in the Golan Heights.", ["abduction"]),
        (
            "Rebels captured the town of Jisr al-Shughour after fierce clashes with the Syrian army.",
            ["non-state-actor-overtakes-territory"],
        ),
        (
            "After days of fighting the Syrian army recaptured Palmyra from Islamic State.",
            ["government-regains-territory"],
        ),
        ("Syrian troops regained control of Qusair after clashes with rebels.", ["government-regains-territory"]),
        ("The Syrian army retook the town of Morek on Monday.", ["government-regains-territory"]),
        (
            "Kurdish forces captured Tal Abyad from Islamic State after heavy fighting.",
            ["non-state-actor-overtakes-territory"],
        ),
        (
            "Islamic State seized Palmyra after a week of fighting with the Syrian army.",
            ["non-state-actor-overtakes-territory"],
        ),
        (
            "The Syrian army took control of the town of Salma after battles with rebels.",
            ["government-regains-territory"],
        ),
        (
            "Government troops recaptured the village near Hama backed by Russian air strikes.",
            ["air-strike", "government-regains-territory"],
        ),
        ("Rebels overran an army base near Idlib killing dozens of soldiers.", ["non-state-actor-overtakes-territory"]),
        ("Syrian army regains control of Palmyra", ["government-regains-territory"]),
        ("Rebels seize Idlib city", ["non-state-actor-overtakes-territory"]),
        ("The recapture of Palmyra by the Syrian army was hailed in Damascus.", ["government-regains-territory"]),
        ("The fall of Palmyra to Islamic State shocked the world.", ["non-state-actor-overtakes-territory"]),
        ("The Syrian army entered Qusair after rebels withdrew.", ["government-regains-territory"]),
        ("Rebels withdrew from Qusair on Monday.", ["non-violent-transfer-of-territory"]),
        ("Turkish-backed rebels captured al-Bab from Islamic State.", ["non-state-actor-overtakes-territory"]),
        ("Hezbollah fighters seized the hills around Qusair from rebels.", ["government-regains-territory"]),
        ("Kurdish forces liberated Manbij from Islamic State.", ["non-state-actor-overtakes-territory"]),
        ("The Syrian army liberated the town of Morek from terrorists.", ["government-regains-territory"]),
        ("Government forces and rebels agreed a ceasefire in Homs on Monday.", ["ceasefire"]),
        ("A truce between the Syrian army and rebels in Daraa took effect on Monday.", ["ceasefire"]),
        ("Russia established a military base at Hmeimim.", ["headquarters-or-base-established"]),
        ("Syrian security forces arrested 20 activists in Damascus.", ["arrests"]),
        ("Kurdish forces detained 50 suspected Islamic State members in Hasakah.", ["arrests"]),
        ("Pro-government militiamen looted shops in Aleppo.", ["looting"]),
        ("Islamic State destroyed ancient temples in Palmyra.", ["looting"]),
        ("Islamic State blew up the Temple of Bel in Palmyra.", ["looting"]),
        ("A massacre by barrel bombs killed 30 people in Aleppo.", ["air-strike"]),
        ("A car bomb massacre killed 40 people in Homs.", ["remote-explosive"]),
        ("The regime committed a massacre by shelling Douma with artillery killing 25.", ["shelling"]),
        ("Islamic State committed a massacre by blowing up a car bomb in Azaz.", ["remote-explosive"]),
        ("Air strike kills 20 civilians in Idlib market", ["air-strike"]),
        ("Suicide bomber kills 8 at army checkpoint in Homs", ["suicide-bombing"]),
        ("Car bomb kills 12 in Homs IS claims attack", ["remote-explosive"]),
        ("Mortar shells hit Damascus neighbourhood killing 3", ["shelling"]),
        ("Rebels clash with army in Daraa amid regime shelling", ["armed-clash", "shelling"]),
        ("Regime bombardment of Douma kills 15", ["shelling"]),
        ("Syrian army shells rebel held areas in response to attack", ["shelling"]),
        ("The bombing of the market in Douma by regime warplanes killed 30.", ["air-strike"]),
        ("The shelling of Jobar by the army continued on Monday.", ["shelling"]),
        ("The targeting of a car by a drone in Idlib killed two.", ["air-strike"]),
        ("Dozens of civilians were killed in Douma when regime jets bombed the market.", ["air-strike"]),
        ("Soldiers were killed when their convoy was ambushed by Islamic State near Palmyra.", ["ambush"]),
        ("The checkpoint was targeted by a suicide bomber on Monday killing 8 soldiers.", ["suicide-bombing"]),
        ("The town was hit by Russian airstrikes killing 12 civilians", ["air-strike"]),
        ("Syrian regime warplanes killed 12 civilians in Douma the Syrian Observatory said", ["air-strike"]),
        ("Warplanes believed to be Russian struck Saraqib killing 10 people the Observatory said.", ["air-strike"]),
        ("Rebels fired mortars at the regimes positions in Jobar", ["shelling"]),
        ("The armys artillery shelled Douma killing 7 civilians", ["shelling"]),
        ("Russias jets bombed Idlib killing 9 civilians", ["air-strike"]),
        (
            "A regime helicopter dropped barrel bombs on Daraa and rebels clashed with troops nearby",
            ["air-strike", "armed-clash"],
        ),
        ("Government forces killed 12 rebels in clashes near Hama.", ["armed-clash"]),
        ("Government forces killed 12 civilians in shelling on Hama.", ["shelling"]),
        ("Rebels killed 10 Syrian soldiers in an attack on a checkpoint near Hama.", ["armed-clash"]),
        ("Islamic State killed 20 Kurdish fighters in an attack on Kobani.", ["armed-clash"]),
        ("Syrian army units eliminated 30 terrorists in Daraa.", ["armed-clash"]),
        ("The Syrian army killed 20 terrorists in an ambush near Palmyra.", ["ambush"]),
        ("Russian warplanes killed 30 Islamic State militants near Palmyra.", ["air-strike"]),
        ("Israel struck an Iranian base near Damascus.", ["air-strike"]),
        ("Syrian regime strikes on Aleppo killed 10 civilians.", ["air-strike"]),
    ],
)
def test_the_type_each_sentence_reports(text: str, expected: list[str], gazetteer: Gazetteer) -> None:
    assert detected_types(text, gazetteer) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A suicide car bomb attack claimed by Islamic State killed 20 Kurdish fighters in Hasakah on Monday.",
            ["suicide-bombing"],
        ),
        (
            "Islamic State claimed a car bomb that killed 10 Syrian soldiers at a checkpoint in Homs on Monday.",
            ["remote-explosive"],
        ),
        (
            "A car bomb driven by a suicide bomber exploded at a rebel checkpoint near Azaz on Monday.",
            ["suicide-bombing"],
        ),
        (
            "An explosives-laden car driven by an Islamic State suicide "
            "bomber hit a Kurdish checkpoint in Hasakah on Monday.",
            ["suicide-bombing"],
        ),
        (
            "Islamic State fighters attacked the town of Kobani on Monday with three suicide car bombs.",
            ["suicide-bombing"],
        ),
        ("Syrian warplanes struck a rebel checkpoint near Idlib on Monday killing eight fighters.", ["air-strike"]),
        (
            "Regime helicopters dropped barrel bombs on a market in "
            "Aleppo on Monday killing dozens of civilians in a massacre.",
            ["air-strike"],
        ),
        (
            "Activists accused regime warplanes of a massacre in Douma on Monday after 30 civilians were killed.",
            ["air-strike"],
        ),
        (
            "Islamic State militants executed 12 Kurdish fighters they had captured near Kobani on Monday.",
            ["attack-on-civilians"],
        ),
        ("Syrian troops killed 20 Islamic State militants in clashes near Palmyra on Monday.", ["armed-clash"]),
        ("Twenty Islamic State militants were killed in Russian air strikes near Palmyra on Monday.", ["air-strike"]),
        ("Twenty civilians were killed by Islamic State snipers in Deir ez-Zor on Monday.", ["attack-on-civilians"]),
        (
            "Islamic State shelled the Syrian army-held districts of Deir ez-Zor on Monday killing six civilians.",
            ["shelling"],
        ),
        (
            "Syrian troops regained control of Palmyra on Monday "
            "after Russian air strikes pounded Islamic State positions.",
            ["air-strike", "government-regains-territory"],
        ),
        (
            "Rebels seized the village of Kinsabba on Monday after heavy clashes with government forces.",
            ["non-state-actor-overtakes-territory"],
        ),
        ("Rebels shelled the besieged towns of Fua and Kefraya on Monday.", ["shelling"]),
        (
            "Turkish artillery shelled Kurdish positions near Afrin on Monday in response to rocket fire from Syria.",
            ["shelling"],
        ),
        ("The Syrian army retaliated on Monday by shelling rebel positions in Douma.", ["shelling"]),
        ("Israel struck Syrian army positions in Quneitra on Monday in response to stray fire.", ["air-strike"]),
        (
            "Government forces opened fire on a funeral procession in Homs on Monday killing three mourners.",
            ["attack-on-civilians"],
        ),
        ("Islamic State militants opened fire on Kurdish fighters in Kobani on Monday.", ["armed-clash"]),
        ("Rebels attacked a Syrian army convoy near Hama on Monday killing nine soldiers.", ["armed-clash"]),
        ("IS militants blew up a Shiite shrine in Raqqa on Monday.", ["looting"]),
        ("Rebels ambushed and killed 12 Syrian soldiers near Daraa on Monday.", ["ambush"]),
        (
            "Rebels withdrew from the Old City of Homs on Monday under a deal with the government.",
            ["non-violent-transfer-of-territory"],
        ),
        ("Hezbollah set up a military base near Qusair on Monday.", ["headquarters-or-base-established"]),
        ("The Syrian army arrested dozens of men in Daraa on Monday.", ["arrests"]),
        (
            "Pro-government militiamen stormed the village of Houla on Monday and massacred 108 people.",
            ["attack-on-civilians"],
        ),
        ("A Russian airstrike hit a hospital in Idlib on Monday killing 12 medics.", ["air-strike"]),
        ("Rebel rocket fire killed 10 civilians in government-held Aleppo on Monday.", ["shelling"]),
    ],
)
def test_the_type_each_one_sentence_article_keeps(text: str, expected: list[str], gazetteer: Gazetteer) -> None:
    assert _extracted(text, gazetteer) == expected
