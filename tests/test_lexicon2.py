"""How English news copy words violence against civilians and strategic developments (eighteenth session, helper
lexicon2): sentences written for the test before any corpus text was read, one per form. The rules' tests name the
rule; the regressions keep the wording the extractor already read right."""

from __future__ import annotations

import pytest
from detection import detect
from sides_check import IS, SAA

from loaders.extract import extract
from loaders.gazetteer import Gazetteer
from loaders.model import Article

REBELS = "actor/syrian-rebels"
NUSRA = "actor/al-nusra-front"


def _types(text: str, gazetteer: Gazetteer) -> list[str]:
    """The engagement types of one sentence."""
    return [d.type for d in detect(text, gazetteer)]


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        ("The Nusra Front seized 45 UN peacekeepers in the Golan.", NUSRA),
        ("Nusra Front militants captured 45 UN peacekeepers near Quneitra.", NUSRA),
        ("Rebels seized a group of Iranian pilgrims near Damascus.", REBELS),
        ("Islamic State militants snatched a priest from his monastery near Homs.", IS),
        ("IS militants forcibly disappeared activists in Raqqa.", IS),
    ],
)
def test_people_seized_are_abducted_not_ground_taken(text: str, attacker: str, gazetteer: Gazetteer) -> None:
    (d,) = detect(text, gazetteer)
    assert (d.type, d.attackers) == ("abduction", (attacker,))


def test_what_is_captured_in_a_picture_is_no_abduction(gazetteer: Gazetteer) -> None:
    assert _types("The photograph captures the despair of refugees in Aleppo.", gazetteer) == []
    assert _types("The novel captures the lives of refugees in Aleppo.", gazetteer) == []
    assert _types("The home side snatched a late victory in Aleppo.", gazetteer) == []


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        ("The Nusra Front stoned a woman to death in Idlib for adultery.", NUSRA),
        ("Islamic State militants put to death 12 men in Raqqa.", IS),
        ("The Syrian army tortured detainees to death in Damascus prisons.", SAA),
        ("Islamic State militants threw two men off a building in Raqqa.", IS),
        ("IS threw a man from the roof of a building in Raqqa", IS),
        ("Two men were thrown from a building in Raqqa by Islamic State militants.", IS),
    ],
)
def test_killing_by_hand_told_with_to_death_or_a_fall(text: str, attacker: str, gazetteer: Gazetteer) -> None:
    (d,) = detect(text, gazetteer)
    assert (d.type, d.attackers) == ("attack-on-civilians", (attacker,))


def test_a_sentence_or_a_thing_thrown_kills_no_one(gazetteer: Gazetteer) -> None:
    assert _types("A court in Damascus sentenced him to death.", gazetteer) == []
    assert _types("Islamic State militants threw the ball off a cliff.", gazetteer) == []


@pytest.mark.parametrize(
    "text",
    [
        "Security forces fired on protesters in Daraa on Friday.",
        "Security forces fired live ammunition at protesters in Daraa killing three.",
        "Pro-government militias went on a killing spree in Banias.",
    ],
)
def test_shots_at_the_unarmed_without_opened(text: str, gazetteer: Gazetteer) -> None:
    assert "attack-on-civilians" in _types(text, gazetteer)
    # fire on fighters is no attack on civilians
    assert "attack-on-civilians" not in _types("The Syrian army fired on rebel positions near Daraa.", gazetteer)


@pytest.mark.parametrize(
    "text",
    [
        "Regime snipers shot dead a child in Daraa on Tuesday.",
        "Islamic State militants shot dead 15 members of a Sunni tribe in Deir ez-Zor.",
        "IS kills 40 members of Shaitat tribe in Deir ez-Zor",
    ],
)
def test_a_child_or_a_tribe_killed_is_civilians_killed(text: str, gazetteer: Gazetteer) -> None:
    (d,) = detect(text, gazetteer)
    assert d.type == "attack-on-civilians"


@pytest.mark.parametrize(
    "text",
    [
        "Kurdish YPG forces apprehended three IS members in Qamishli.",
        "Regime forces took dozens of young men into custody in Homs.",
    ],
)
def test_arrests_told_by_other_verbs(text: str, gazetteer: Gazetteer) -> None:
    assert _types(text, gazetteer) == ["arrests"]


@pytest.mark.parametrize(
    ("text", "etype", "taker"),
    [
        ("Palmyra came under the control of Islamic State on Thursday.", "non-state-actor-overtakes-territory", IS),
        (
            "Palmyra fell into the hands of Islamic State fighters on Thursday.",
            "non-state-actor-overtakes-territory",
            IS,
        ),
        ("The fall of Palmyra to IS shocked the world.", "non-state-actor-overtakes-territory", IS),
        ("Syrian troops reclaimed Palmyra from IS.", "government-regains-territory", SAA),
        ("Kurdish forces conquered the town of Tal Abyad.", "non-state-actor-overtakes-territory", None),
        ("Syrian forces secured the town of Qusair on Wednesday.", "government-regains-territory", SAA),
        ("The Syrian army cleared the town of Qusair of terrorists.", "government-regains-territory", SAA),
    ],
)
def test_ground_taken_told_otherwise(text: str, etype: str, taker: str | None, gazetteer: Gazetteer) -> None:
    (d,) = detect(text, gazetteer)
    assert d.type == etype
    assert taker is None or d.attackers == (taker,)


@pytest.mark.parametrize(
    "text",
    [
        "US weapons fell into the hands of Islamic State fighters.",
        "The UN secured the release of two journalists in Idlib.",
        "The regime secured Russian support in 2015.",
        "Engineers cleared the road of mines near Palmyra.",
        "Saudi Arabia can reclaim its sovereignty.",
    ],
)
def test_things_gained_are_no_ground(text: str, gazetteer: Gazetteer) -> None:
    assert _types(text, gazetteer) == []


def test_a_deal_to_end_the_fighting_is_a_truce(gazetteer: Gazetteer) -> None:
    text = "Rebels and the army reached an agreement to end fighting in Zabadani."
    assert _types(text, gazetteer) == ["ceasefire"]


def test_a_place_handed_over_by_name(gazetteer: Gazetteer) -> None:
    text = "Kurdish forces handed Manbij over to the Syrian army."
    assert _types(text, gazetteer) == ["non-violent-transfer-of-territory"]
    assert _types("Rebels handed the prisoners over to the Red Crescent.", gazetteer) == []


@pytest.mark.parametrize(
    "text",
    [
        "Islamic State blew up the Temple of Bel in Palmyra.",
        "IS militants destroyed ancient statues in Palmyra.",
        "IS razed a Christian church in Raqqa.",
        "Islamic State militants demolished a shrine in Raqqa.",
        "Pro-government militiamen torched homes in Homs.",
        "Pro-government militiamen set fire to dozens of homes in Homs.",
        "Rebels burned down the homes of regime supporters in Idlib.",
        "IS militants bulldozed the ancient city of Nimrud.",
        "IS militants dynamited a tomb in Palmyra.",
    ],
)
def test_property_destroyed_by_hand(text: str, gazetteer: Gazetteer) -> None:
    assert _types(text, gazetteer) == ["looting"]


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Syrian and Russian jets bombed Idlib setting fire to a market.", "air-strike"),
        ("Air strikes destroyed a mosque in Idlib.", "air-strike"),
        ("Rebels destroyed a Syrian army tank near Hama.", "armed-clash"),
    ],
)
def test_destruction_by_a_strike_or_of_arms_is_no_looting(text: str, etype: str, gazetteer: Gazetteer) -> None:
    assert _types(text, gazetteer) == [etype]


@pytest.mark.parametrize(
    "text",
    [
        "Turkish troops set up an observation post near Idlib.",
        "The US army built an airstrip near Kobani.",
        "Russia established an air base at Hmeimim in Latakia.",
    ],
)
def test_bases_of_other_kinds(text: str, gazetteer: Gazetteer) -> None:
    assert _types(text, gazetteer) == ["headquarters-or-base-established"]


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Islamic State militants executed 12 civilians in Raqqa on Monday.", "attack-on-civilians"),
        ("Twelve civilians were executed by Islamic State militants in Raqqa.", "attack-on-civilians"),
        ("The execution of 12 civilians by IS in Raqqa drew condemnation.", "attack-on-civilians"),
        ("IS executes 12 civilians in Raqqa", "attack-on-civilians"),
        ("ISIS publicly executed two men in the main square of Raqqa", "attack-on-civilians"),
        ("Islamic State beheaded a Syrian army officer in Raqqa on Friday.", "attack-on-civilians"),
        ("Jihadists beheaded three men accused of blasphemy in Idlib.", "attack-on-civilians"),
        ("Islamic State militants shot dead 15 villagers near Palmyra.", "attack-on-civilians"),
        ("Islamic State militants gunned down 15 villagers near Palmyra.", "attack-on-civilians"),
        ("Government forces massacred dozens of civilians in Houla.", "attack-on-civilians"),
        ("A massacre of 30 civilians by pro-government militia was reported in Banias.", "attack-on-civilians"),
        ("Pro-government militiamen slaughtered 30 villagers in Houla.", "attack-on-civilians"),
        ("Islamic State fighters killed 20 civilians in the village of Qabasin near Aleppo.", "attack-on-civilians"),
        ("IS militants killed twenty civilians in a village near Palmyra on Monday.", "attack-on-civilians"),
        ("Islamic State militants murdered a family of five in Raqqa.", "attack-on-civilians"),
        ("IS crucified two men in Raqqa on Saturday.", "attack-on-civilians"),
        ("Islamic State burned alive a Jordanian pilot.", "attack-on-civilians"),
        ("IS militants hanged two men in a square in Raqqa.", "attack-on-civilians"),
        ("Syrian army soldiers summarily executed six men in Daraa.", "attack-on-civilians"),
        ("Islamic State militants carried out a mass execution of 40 men near Deir ez-Zor.", "attack-on-civilians"),
        ("IS fighters slit the throats of four men in Raqqa.", "attack-on-civilians"),
        ("The bodies of 20 executed men were found in Raqqa.", "attack-on-civilians"),
        ("Islamic State militants killed 5 civilians trying to flee Raqqa.", "attack-on-civilians"),
        ("Government forces opened fire on demonstrators in Homs killing four.", "attack-on-civilians"),
        ("Islamic State militants shot and killed a journalist in Raqqa.", "attack-on-civilians"),
        ("The Nusra Front executed a captured Syrian army soldier in Idlib.", "attack-on-civilians"),
        ("IS released a video showing the beheading of a Kurdish fighter.", "attack-on-civilians"),
        ("The regime carried out a massacre in the village of Tremseh.", "attack-on-civilians"),
        ("Dozens of civilians were massacred in Houla by pro-regime militia.", "attack-on-civilians"),
        ("The Islamic State group executed 4 of its own fighters in Raqqa.", "attack-on-civilians"),
        ("Government forces raped and killed women in Homs.", "attack-on-civilians"),
        ("Islamic State militants abducted 90 Assyrian Christians in Hasakah.", "abduction"),
        ("Ninety Assyrian Christians were abducted by IS in Hasakah.", "abduction"),
        ("The abduction of 90 Christians by IS in Hasakah was condemned.", "abduction"),
        ("Gunmen kidnapped two journalists near Aleppo on Monday.", "abduction"),
        ("Two journalists were kidnapped by gunmen near Aleppo.", "abduction"),
        ("IS fighters took 20 villagers hostage near Palmyra.", "abduction"),
        ("Gunmen abducted a doctor in Daraa", "abduction"),
        ("Islamic State militants kidnapped dozens of Kurdish civilians near Kobani.", "abduction"),
        ("Armed men abducted 3 aid workers in Idlib on Sunday", "abduction"),
        ("Syrian security forces arrested 20 activists in Damascus on Monday.", "arrests"),
        ("Twenty activists were arrested in Damascus by security forces.", "arrests"),
        ("The arrest of 20 activists in Damascus was reported by activists.", "arrests"),
        ("Syrian security forces detained dozens of men in Homs.", "arrests"),
        ("Kurdish forces rounded up 30 suspected IS members in Hasakah.", "arrests"),
        ("The Syrian army carried out an arrest campaign in Daraa.", "arrests"),
        ("Security forces launched a wave of arrests in Homs on Friday.", "arrests"),
        ("Turkish police detained 12 people in Gaziantep.", "arrests"),
        ("Islamic State arrested 10 people in Raqqa for smoking.", "arrests"),
        ("The Nusra Front detained a rebel commander in Idlib.", "arrests"),
        ("The Syrian army captured the town of Morek from rebels on Monday.", "government-regains-territory"),
        ("Rebels captured the town of Jisr al-Shughour from the Syrian army.", "non-state-actor-overtakes-territory"),
        ("The town of Palmyra was captured by Islamic State fighters.", "non-state-actor-overtakes-territory"),
        ("The capture of Palmyra by IS shocked the world.", "non-state-actor-overtakes-territory"),
        ("Syrian troops retook Palmyra from IS on Sunday.", "government-regains-territory"),
        ("The Syrian army took control of Qusair on Wednesday.", "government-regains-territory"),
        ("IS seizes Palmyra", "non-state-actor-overtakes-territory"),
        ("Syrian army recaptures Palmyra from Islamic State", "government-regains-territory"),
        ("Rebels overran a Syrian army base in Idlib on Monday.", "non-state-actor-overtakes-territory"),
        ("Syrian troops regained control of Qusair on Wednesday.", "government-regains-territory"),
        ("Syrian troops wrested control of Qusair from rebels.", "government-regains-territory"),
        ("Kurdish fighters expelled IS from the town of Tal Abyad.", "non-state-actor-overtakes-territory"),
        ("The Syrian army entered the town of Qusair after rebels fled.", "government-regains-territory"),
        ("IS fighters stormed and seized the town of Palmyra.", "non-state-actor-overtakes-territory"),
        ("The Syrian army took back Palmyra from IS.", "government-regains-territory"),
        ("Rebels seized control of Idlib city on Saturday.", "non-state-actor-overtakes-territory"),
        ("Palmyra fell to IS", "non-state-actor-overtakes-territory"),
        ("The Syrian army restored control over Qusair.", "government-regains-territory"),
        ("The Syrian army restored security and stability to Qusair.", "government-regains-territory"),
        ("The Syrian army has besieged Madaya since July.", "siege"),
        ("Madaya has been under siege by government forces since July.", "siege"),
        ("The siege of Madaya by government forces has starved residents.", "siege"),
        ("Government forces laid siege to the town of Madaya.", "siege"),
        ("Rebels encircled a Syrian army base in Idlib.", "siege"),
        ("Government forces imposed a blockade on Douma.", "siege"),
        ("Some 40000 people are trapped in Madaya, which is surrounded by government forces.", "siege"),
        ("Rebels and the Syrian army agreed a ceasefire in Homs on Monday.", "ceasefire"),
        ("A truce between rebels and the Syrian army took effect in Homs.", "ceasefire"),
        ("A ceasefire came into effect in Aleppo at midnight.", "ceasefire"),
        ("The warring sides agreed to a 48-hour truce in Zabadani.", "ceasefire"),
        ("Rebels and government forces signed a reconciliation deal in Daraa.", "ceasefire"),
        ("A local truce was brokered between rebels and the regime in Douma.", "ceasefire"),
        ("A humanitarian pause in fighting began in Aleppo on Thursday.", "ceasefire"),
        ("The evacuation deal for Zabadani was agreed on Thursday.", "ceasefire"),
        (
            "Rebels withdrew from the old city of Homs under a deal with the government.",
            "non-violent-transfer-of-territory",
        ),
        ("The withdrawal of rebels from the old city of Homs began on Wednesday.", "non-violent-transfer-of-territory"),
        ("Rebels pulled out of the old city of Homs on Wednesday.", "non-violent-transfer-of-territory"),
        ("The Syrian army handed over control of Manbij to the Kurdish YPG.", "non-violent-transfer-of-territory"),
        ("IS militants looted the ancient city of Palmyra.", "looting"),
        ("Pro-government militiamen looted homes in Homs.", "looting"),
        ("The looting of homes by pro-government militias in Homs was widespread.", "looting"),
        ("IS fighters ransacked a church in Hasakah.", "looting"),
        ("The Russian army set up a military base in Latakia.", "headquarters-or-base-established"),
        ("Iran established a military base near Damascus.", "headquarters-or-base-established"),
        ("ISIS executes 20 men in Palmyras Roman theatre", "attack-on-civilians"),
        (
            "Islamic State militants executed twenty men in Palmyras amphitheatre on Saturday the Observatory said",
            "attack-on-civilians",
        ),
        ("Nusra Front kidnaps 300 Kurdish civilians in Idlib", "abduction"),
        ("Syrian army arrests 50 in Homs raid", "arrests"),
        ("The kidnapping of two nuns by the Nusra Front in Maaloula drew condemnation", "abduction"),
        ("The arrest of 12 activists by Syrian security forces in Damascus on Monday", "arrests"),
        ("Dozens of men were detained by regime forces at a checkpoint in Homs", "arrests"),
        (
            "IS militants have abducted at least 150 Assyrian Christians in the past week in Hasakah province",
            "abduction",
        ),
        (
            "Syrian troops recaptured the town of Qaryatain from Islamic State militants on Sunday state media said",
            "government-regains-territory",
        ),
        ("Kurdish YPG fighters have taken over the town of Tal Abyad from IS", "non-state-actor-overtakes-territory"),
        (
            "Islamic State fighters have seized most of Palmyra the Observatory said",
            "non-state-actor-overtakes-territory",
        ),
        ("Palmyra was overrun by Islamic State fighters last May", "non-state-actor-overtakes-territory"),
        ("A ceasefire brokered by Russia and Turkey took effect across Syria at midnight", "ceasefire"),
        ("Russia and Turkey brokered a nationwide ceasefire in Syria on Thursday", "ceasefire"),
        ("Rebels and government forces agreed on a truce in the town of Zabadani", "ceasefire"),
        ("Under the deal reached between rebels and the government hundreds of fighters left Daraya", "ceasefire"),
        ("The Syrian army has laid siege to eastern Aleppo since July", "siege"),
        ("Government forces have encircled eastern Aleppo cutting off 250000 people", "siege"),
        ("Regime forces besieged the rebel-held town of Madaya for months", "siege"),
        ("Rebel fighters began leaving Daraya under an evacuation deal with the government on Friday", "ceasefire"),
        ("Islamic State militants destroyed the Temple of Baalshamin in Palmyra", "looting"),
        ("Jihadists looted the museum in Raqqa", "looting"),
        ("Pro-government militias looted and burned homes in Qusair", "looting"),
        ("IS militants beheaded the 82-year-old antiquities scholar Khaled al-Asaad in Palmyra", "attack-on-civilians"),
        ("IS massacres 30 civilians in Kobani", "attack-on-civilians"),
        (
            "Government forces executed dozens of civilians in the village of Bayda activists said",
            "attack-on-civilians",
        ),
        ("Turkish troops set up a military base near Aleppo", "headquarters-or-base-established"),
        ("Iranian forces have built a base near Damascus", "headquarters-or-base-established"),
        ("Rebels withdrew from Khan Shaykhun on Tuesday", "non-violent-transfer-of-territory"),
        ("Kurdish forces handed over control of Manbij to the Syrian army", "non-violent-transfer-of-territory"),
        ("Nusra Front militants abducted 13 nuns from a convent in Maaloula", "abduction"),
        ("Security forces arrested dozens of protesters in Daraa", "arrests"),
        ("Syrian forces killed 15 protesters in Daraa on Friday", "attack-on-civilians"),
        ("Regime forces killed a woman and her three children in Idlib", "attack-on-civilians"),
    ],
)
def test_wording_already_read_right(text: str, etype: str, gazetteer: Gazetteer) -> None:
    assert etype in _types(text, gazetteer)


@pytest.mark.parametrize(
    "text",
    [
        "Rebels now control the town of Jisr al-Shughour.",
        "Palmyra is now in the hands of Islamic State fighters.",
        "Rebels hope for a truce in Homs before winter.",
        "The United Nations called for a ceasefire in Aleppo.",
        "Diplomats are discussing a possible ceasefire in Syria.",
        "The film captured the imagination of Syrian viewers.",
        "The photograph captures the despair of refugees in Aleppo.",
        "The minister executed a plan to rebuild Aleppo.",
        "The company executed a contract to supply power to Damascus.",
        "A doctor said the child suffered from arrested development.",
        "A man who abducted a child in 1998 was sentenced in Berlin on Monday.",
        "The court heard that he had kidnapped his niece in 2005.",
        "The army tried to seize the initiative in peace talks.",
        "The conference seized on the issue of refugees.",
        "Residents feel under siege by rising food prices in Damascus.",
        "The actor said he felt besieged by journalists in Beirut.",
        "The novel is about the fall of the Roman Empire.",
        "Prices in Damascus rose after the holiday.",
        "Officials fear the truce will collapse.",
        "The band staged a concert in Damascus, which was a massacre of musical taste.",
        "He was arrested by the beauty of Palmyra.",
        "The team captured the title in Damascus.",
        "Assad pardoned thousands of detainees in Damascus.",
        "Activists demanded the release of detainees held in Damascus.",
        "The government released 200 detainees in Damascus on Monday.",
        "Police arrested a man for shoplifting in London.",
        "He took control of the family business in Aleppo in 1990.",
        "The report will be executed next year.",
        "A looting of public funds scandal rocked the ministry in Damascus.",
        "Assad said a ceasefire was impossible while terrorists held Aleppo.",
        "The UN warned that a massacre could take place in Aleppo.",
        "The regime could besiege Idlib next year, analysts said.",
        "Tourists captured images of the ruins of Palmyra.",
    ],
)
def test_look_alikes_make_no_engagement(text: str, gazetteer: Gazetteer) -> None:
    article = Article(corpus="test", identifier="lexicon2", body="DAMASCUS (Reuters) - " + text)
    assert not extract(article, gazetteer).engagements
