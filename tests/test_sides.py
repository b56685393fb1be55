"""Who attacked whom: the ways news English names the sides of an engagement (eighteenth session, helper sides).

The sentences were written for this audit before any corpus text was read, one per form: by-agents, "carried out by",
"claimed by", possessives, adjectival sides, appositions, "fighters of X", "believed to be", sites "of X", supporters,
a speaker's "its forces", generic references. Each names its sides as the annotation guideline would. A state the
extractor adds beside its arm ("Russian jets": the air force and Russia) is not counted against a side.
"""

from __future__ import annotations

import pytest
from sides_check import (
    COAL,
    FSA,
    GOV,
    HEZ,
    HTS,
    IDF,
    IRN,
    IS,
    ISR,
    JAI,
    NUS,
    RAF,
    REB,
    RUS,
    SAA,
    SAAF,
    SDF,
    SYRIA,
    TAF,
    TUR,
    US,
    USAF,
    YPG,
    Sides,
    engagements_of,
    sides_told,
)

from loaders.gazetteer import Gazetteer


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Aleppo was shelled by rebels on Monday.", dict(A={REB})),
        ("A hospital in Idlib was hit by Russian warplanes on Tuesday.", dict(A={RAF})),
        ("Five civilians were killed by Syrian army shelling in Daraa.", dict(A={SAA})),
        ("The town of Palmyra was captured by Islamic State fighters on Sunday.", dict(A={IS})),
        ("Douma was bombed by regime helicopters on Monday.", dict(A={SAAF})),
        ("A convoy was struck by coalition aircraft near Raqqa on Monday.", dict(A={COAL})),
        ("Jisr al-Shughour was stormed by Nusra Front fighters on Saturday.", dict(A={NUS})),
        ("Manbij was retaken by the Syrian Democratic Forces in August.", dict(A={SDF})),
        ("The air strike on Idlib was carried out by Russian jets.", dict(A={RAF})),
        ("The bombing in Homs was carried out by the Islamic State group.", dict(A={IS})),
        ("The attack on the checkpoint near Hama was carried out by rebels.", dict(A={REB})),
        ("Air strikes carried out by the US-led coalition killed ten people in Raqqa.", dict(A={COAL})),
        ("Shelling carried out by government forces killed three children in Daraa.", dict(A={SAA})),
        ("Raids conducted by Syrian warplanes killed 12 people in Douma.", dict(A={SAAF})),
        ("Strikes launched by Russia on Idlib killed 20 people on Monday.", dict(A=[{RAF}, {RUS}])),
        ("The raid on Deir ez-Zor was executed by coalition warplanes.", dict(A={COAL})),
        ("Three civilians were killed at the hands of regime forces in Daraa.", dict(A={SAA})),
        ("The bombing in Homs was claimed by the Islamic State group.", dict(A={IS})),
        ("The Islamic State group claimed responsibility for the car bomb in Qamishli.", dict(A={IS})),
        ("Islamic State claimed the suicide bombing in Tartus on Monday.", dict(A={IS})),
        ("A car bomb in Azaz killed ten people in an attack claimed by Islamic State.", dict(A={IS})),
        ("Activists blamed Russian jets for the air strike on Idlib.", dict(A={RAF})),
        (
            "The bombardment the regime is carrying out on Douma has killed 200 people.",
            dict(A=[{SAA}, {GOV}, {SAAF}, {SYRIA}]),
        ),
        ("The offensive that Syrian troops launched on Palmyra in March succeeded.", dict(A={SAA})),
        ("The strikes Russia has carried out in Idlib killed dozens of people.", dict(A=[{RAF}, {RUS}])),
        ("The air raids Russian jets carried out on Idlib killed 12 people.", dict(A={RAF})),
        ("The siege that Hezbollah imposed on Madaya has starved hundreds.", dict(A={HEZ})),
        ("The attack which the Islamic State launched on Deir ez-Zor airport failed.", dict(A={IS})),
        ("The regime's jets bombed Douma on Monday.", dict(A={SAAF})),
        ("Russia's air force struck Idlib on Tuesday.", dict(A={RAF})),
        ("Assad's forces shelled Daraa on Friday.", dict(A={SAA})),
        ("IS's fighters attacked Kobani on Thursday.", dict(A={IS})),
        ("Turkey's army shelled Afrin on Sunday.", dict(A={TAF})),
        ("Hezbollah's fighters stormed Qusayr on Monday.", dict(A={HEZ})),
        ("The coalition's warplanes bombed Raqqa on Monday.", dict(A={COAL})),
        ("Russia's jets pounded Aleppo overnight.", dict(A={RAF})),
        ("Syria's army recaptured Palmyra on Sunday.", dict(A={SAA})),
        ("The Syrian government's forces shelled Douma on Monday.", dict(A={SAA})),
        ("Moscow's warplanes struck Idlib on Monday.", dict(A=[{RAF}, {RUS}])),
        ("Ankara's troops shelled Afrin on Monday.", dict(A=[{TAF}, {TUR}])),
        ("Israel's air force struck Damascus airport on Monday.", dict(A=[{IDF}, {ISR}])),
        ("Nusra's fighters attacked an army checkpoint in Idlib.", dict(A={NUS}, T={SAA})),
        ("The Syrian army's artillery shelled Douma on Monday.", dict(A={SAA})),
        ("Damascus's troops shelled Daraa on Monday.", dict(A={SAA})),
        ("Russian warplanes bombed Idlib on Monday.", dict(A={RAF})),
        ("Turkish-backed rebels captured al-Bab on Thursday.", dict(A=[{REB}, {"actor/syrian-national-army"}])),
        ("Kurdish-led forces captured Manbij from IS on Friday.", dict(A={SDF}, T={IS})),
        ("Iranian-backed militias attacked rebels near Aleppo on Monday.", dict(T={REB})),
        ("US-backed fighters captured Tabqa from IS on Monday.", dict(T={IS})),
        ("Israeli jets struck targets near Damascus on Monday.", dict(A={IDF})),
        ("Turkish artillery shelled YPG positions near Afrin.", dict(A=[{TAF}, {TUR}], T={YPG})),
        ("Syrian government artillery pounded rebel positions in Hama.", dict(A={SAA}, T={REB})),
        ("Jihadist fighters attacked an army checkpoint in Hama.", dict(T={SAA})),
        ("Kurdish fighters repelled an IS attack on Kobani.", dict(A={IS}, T={YPG})),
        ("Rebel shelling killed five people in Aleppo on Monday.", dict(A={REB})),
        ("Russian strikes killed 30 people in Idlib on Monday.", dict(A=[{RAF}, {RUS}])),
        ("Syrian regime helicopters dropped barrel bombs on Daraa.", dict(A={SAAF})),
        ("Government warplanes struck Khan Sheikhoun on Tuesday.", dict(A={SAAF})),
        ("Regime artillery shelled Douma on Tuesday.", dict(A={SAA})),
        ("Opposition fighters shelled Aleppo on Monday.", dict(A={REB})),
        ("Anti-government fighters attacked an army checkpoint in Homs.", dict(A={REB}, T={SAA})),
        ("Islamist rebels shelled Aleppo on Monday.", dict(A={REB})),
        ("Pro-Assad forces shelled Daraa on Monday.", dict(A={SAA})),
        ("Pro-regime fighters stormed Bosra on Monday.", dict(A={SAA})),
        ("Russian-backed Syrian troops captured Palmyra on Sunday.", dict(A={SAA})),
        ("Kurdish-led fighters shelled IS positions in Raqqa.", dict(A={SDF}, T={IS})),
        (
            "Hayat Tahrir al-Sham, which controls most of Idlib, attacked army positions near Hama.",
            dict(A={HTS}, T={SAA}),
        ),
        ("The Syrian Democratic Forces, an alliance of Kurdish and Arab fighters, captured Tabqa.", dict(A={SDF})),
        ("The YPG, which Turkey considers a terrorist group, shelled Azaz on Monday.", dict(A={YPG})),
        ("The Islamic State group, also known as Daesh, attacked Deir ez-Zor on Monday.", dict(A={IS})),
        ("Jaish al-Islam, the main rebel group in Douma, shelled Damascus on Monday.", dict(A={JAI})),
        ("Fighters from the Islamic State attacked Deir ez-Zor on Monday.", dict(A={IS})),
        ("Fighters of the Nusra Front stormed Jisr al-Shughour on Monday.", dict(A={NUS})),
        ("Members of Hezbollah clashed with rebels near Qusayr.", dict(P={HEZ, REB})),
        ("Militants from Jaish al-Islam shelled Damascus on Monday.", dict(A={JAI})),
        ("Jets of the Syrian air force bombed Douma on Monday.", dict(A={SAAF})),
        ("Warplanes belonging to the US-led coalition struck Raqqa on Monday.", dict(A={COAL})),
        ("Gunmen loyal to the Islamic State killed five soldiers in Homs.", dict(A={IS})),
        ("Forces loyal to President Bashar al-Assad recaptured Palmyra on Sunday.", dict(A={SAA})),
        ("Troops loyal to the Syrian government shelled Daraa on Monday.", dict(A={SAA})),
        ("Fighters allied to the Syrian army recaptured Rastan on Monday.", dict(A={SAA})),
        ("Units of the Syrian army stormed Qusayr on Monday.", dict(A={SAA})),
        ("Jets believed to be Russian struck Idlib on Monday.", dict(A=[{RAF}, {RUS}])),
        ("Warplanes thought to be Russian bombed Idlib on Monday.", dict(A=[{RAF}, {RUS}])),
        ("Suspected Syrian jets bombed Khan Sheikhoun on Tuesday.", dict(A={SAAF})),
        ("Suspected Russian air strikes hit Idlib on Monday.", dict(A=[{RAF}, {RUS}])),
        ("Either Russian or Syrian jets bombed Idlib on Monday.", dict(A=[{RAF, SAAF}, {RUS, SAAF}])),
        ("Unidentified warplanes struck Idlib on Monday.", dict(A=set())),
        ("Rebels attacked positions of the Syrian army in Hama.", dict(A={REB}, T={SAA})),
        ("Coalition jets struck IS positions near Raqqa.", dict(A={COAL}, T={IS})),
        ("Russian jets bombed gatherings of Nusra Front fighters in Idlib.", dict(A={RAF}, T={NUS})),
        ("The Syrian army shelled posts of the Free Syrian Army in Daraa.", dict(A={SAA}, T={FSA})),
        ("An air strike hit a convoy of Turkish troops near Idlib.", dict(T={TAF})),
        ("Israeli jets struck a Hezbollah convoy near Qusayr.", dict(A={IDF}, T={HEZ})),
        ("A car bomb targeted a Syrian army checkpoint in Homs.", dict(T={SAA})),
        ("Rebels shelled army barracks in Aleppo on Monday.", dict(A={REB}, T={SAA})),
        ("Ten Syrian soldiers were killed in an IS attack near Palmyra.", dict(A={IS}, T={SAA})),
        ("Five YPG fighters were killed by Turkish shelling near Afrin.", dict(A=[{TAF}, {TUR}], T={YPG})),
        ("Twenty IS militants were killed in coalition air strikes near Raqqa.", dict(A={COAL}, T={IS})),
        ("An IS attack on Syrian army positions near Deir ez-Zor killed ten soldiers.", dict(A={IS}, T={SAA})),
        ("The Syrian army targeted IS hideouts near Palmyra.", dict(A={SAA}, T={IS})),
        ("Rebels ambushed a Syrian army convoy near Hama.", dict(A={REB}, T={SAA})),
        ("Coalition aircraft bombed an IS oil facility near Deir ez-Zor.", dict(A={COAL}, T={IS})),
        ("Syrian jets struck rebel strongholds in Idlib on Monday.", dict(A={SAAF}, T={REB})),
        ("Russian jets pounded IS targets near Palmyra.", dict(A={RAF}, T={IS})),
        ("Turkish jets bombed Kurdish militia positions near Afrin.", dict(A=[{TAF}, {TUR}], T={YPG})),
        ("Rebels shelled a base of Hezbollah near Qusayr.", dict(A={REB}, T={HEZ})),
        ("Rebels killed three Hezbollah fighters near Qusayr.", dict(A={REB}, T={HEZ})),
        ("Ten rebels were killed in Syrian air strikes on Idlib.", dict(A={SAAF}, T={REB})),
        ("Russian bombing killed 12 rebels in Idlib on Monday.", dict(A=[{RAF}, {RUS}], T={REB})),
        ("IS executed 20 Syrian soldiers in Palmyra.", dict(A={IS}, T={SAA})),
        ("Syrian troops killed ten IS fighters near Palmyra.", dict(A={SAA}, T={IS})),
        ("Syrian troops, backed by Russian air strikes, recaptured Palmyra.", dict(A={SAA}, S=[{RAF}, {RUS}])),
        ("Kurdish-led forces backed by coalition air strikes captured Manbij.", dict(A={SDF}, S={COAL})),
        ("Rebels, with Turkish artillery support, captured Jarablus on Monday.", dict(A={REB}, S=[{TUR}, {TAF}])),
        ("The Syrian army, with Russian air cover, captured Saraqeb on Monday.", dict(A={SAA}, S=[{RAF}, {RUS}])),
        ("Backed by Russian warplanes, Syrian troops captured Qaryatain on Sunday.", dict(A={SAA}, S={RAF})),
        ("Under cover of Russian air strikes, the Syrian army captured Saraqeb.", dict(A={SAA}, S=[{RAF}, {RUS}])),
        ("Syrian troops and Hezbollah fighters captured Qusayr from rebels.", dict(A={HEZ, SAA}, T={REB})),
        ("Rebels, with the support of Turkish tanks, captured Jarablus on Wednesday.", dict(A={REB}, S=[{TUR}, {TAF}])),
        ("Syrian troops supported by Russian jets stormed Qaryatain on Sunday.", dict(A={SAA}, S={RAF})),
        ("The Syrian army said on Monday that its forces had recaptured Palmyra.", dict(A={SAA})),
        ("The Islamic State group said its fighters had attacked Kobani.", dict(A={IS})),
        ("Russia said its jets struck Idlib on Monday.", dict(A=[{RAF}, {RUS}])),
        ("Turkey said its warplanes bombed YPG positions near Afrin.", dict(A=[{TUR}, {TAF}], T={YPG})),
        ("The Pentagon said its aircraft struck IS near Raqqa on Monday.", dict(A={USAF}, T={IS})),
        ("Hezbollah said its fighters had captured Qusayr.", dict(A={HEZ})),
        (
            "The Syrian Democratic Forces launched an offensive on Raqqa on Monday."
            " The alliance captured Tabqa on Tuesday.",
            dict(A={SDF}, place="tabqa"),
        ),
        (
            "Rebels fought the army near Hama on Monday. They captured Khan Sheikhoun on Tuesday.",
            dict(A={REB}, place="khan-shaykhun"),
        ),
        (
            "The Syrian army launched an offensive near Daraa on Monday. It captured Nawa on Tuesday.",
            dict(A={SAA}, place="nawa"),
        ),
        ("Islamic State fighters attacked Kobani on Monday. They also shelled Tal Abyad.", dict(A={IS}, place="abyad")),
        ("The army shelled rebel positions in Daraa on Monday.", dict(A={SAA}, T={REB})),
        ("The military bombed Douma on Monday.", dict(A=[{SAA}, {SAAF}, {SAA, SAAF}])),
        ("The opposition shelled Damascus on Monday.", dict(A={REB})),
        ("The regime bombed Douma on Monday.", dict(A=[{SAA}, {SAAF}, {GOV}])),
        ("Government troops clashed with rebels near Hama on Monday.", dict(P={REB, SAA})),
        ("Regime forces clashed with IS in Deir ez-Zor on Monday.", dict(P={IS, SAA})),
        ("Fighting between rebels and government forces raged in Aleppo on Monday.", dict(P={REB, SAA})),
        ("Clashes between the YPG and Turkish troops broke out near Afrin.", dict(P={TAF, YPG})),
        ("Terrorists shelled Aleppo on Monday, SANA said.", dict(A=set())),
        ("The rebels battled regime forces in Aleppo on Monday.", dict(P={REB, SAA})),
        ("An IS suicide bomber killed 15 people in Qamishli.", dict(A={IS})),
        ("A suicide bomber from the Islamic State blew himself up in Azaz.", dict(A={IS})),
        ("The Syrian army captured Palmyra from the Islamic State on Sunday.", dict(A={SAA}, T={IS})),
        ("IS seized Qaryatain from government forces on Sunday.", dict(A={IS}, T={SAA})),
        ("Rebels took control of Jisr al-Shughour on Monday.", dict(A={REB})),
        ("The Syrian army's recapture of Palmyra from IS was hailed in Moscow.", dict(A={SAA}, T={IS})),
        ("The YPG's capture of Tal Abyad angered Turkey.", dict(A={YPG})),
        ("IS lost Manbij to the Syrian Democratic Forces in August.", dict(A={SDF}, T={IS})),
        ("The shelling of Aleppo by rebels killed five people.", dict(A={REB})),
        ("The bombing of Idlib by Russian jets drew condemnation.", dict(A={RAF})),
        ("A rebel attack on Aleppo killed five people on Monday.", dict(A={REB})),
        ("An IS assault on Deir ez-Zor was repelled on Monday.", dict(A={IS})),
        ("A Russian air strike on Idlib killed 12 people on Monday.", dict(A=[{RAF}, {RUS}])),
        ("Israeli strikes on Hezbollah positions near Damascus killed five.", dict(A=[{ISR}, {IDF}], T={HEZ})),
    ],
)
def test_the_audit_sentences_name_their_sides(text: str, want: dict[str, Sides | str], gazetteer: Gazetteer) -> None:
    assert sides_told(text, want, gazetteer)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The YPG, which Turkey considers a terrorist group, shelled Azaz on Monday.", dict(A={YPG})),
        ("Jaish al-Islam, the main rebel group in Douma, shelled Damascus on Monday.", dict(A={JAI})),
        ("Syrian troops, the monitor said, stormed Qusayr on Monday.", dict(A={SAA})),
    ],
)
def test_the_subject_before_a_comma_aside_acts(text: str, want: dict[str, Sides | str], gazetteer: Gazetteer) -> None:
    """An aside between subject and verb describes the subject: the actors inside it do not act."""
    assert sides_told(text, want, gazetteer)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Twelve Hezbollah fighters were killed in clashes near Qusayr on Monday.", dict(T={HEZ})),
        ("Five Syrian soldiers died in fierce fighting near Palmyra on Monday.", dict(T={SAA})),
        # the side fought is named: it stays the one side read, as before
        ("Twelve Hezbollah fighters were killed in clashes with rebels near Qusayr.", dict(T={REB})),
    ],
)
def test_those_who_fell_in_a_fight_were_a_side_of_it(
    text: str, want: dict[str, Sides | str], gazetteer: Gazetteer
) -> None:
    assert sides_told(text, want, gazetteer)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The Syrian army said on Monday that its forces had recaptured Palmyra.", dict(A={SAA})),
        ("Hezbollah said its fighters had captured Qusayr.", dict(A={HEZ})),
        ("Turkey said its warplanes bombed YPG positions near Afrin.", dict(A=[{TUR}, {TAF}], T={YPG})),
        ("The Pentagon said its aircraft struck IS near Raqqa on Monday.", dict(A={USAF}, T={IS})),
    ],
)
def test_a_speakers_own_forces_acted_for_it(text: str, want: dict[str, Sides | str], gazetteer: Gazetteer) -> None:
    assert sides_told(text, want, gazetteer)


def test_a_speakers_own_fallen_did_not_act(gazetteer: Gazetteer) -> None:
    text = "The Turkish army said two of its soldiers were killed by a roadside bomb near Jarablus on Monday."
    assert not any(TAF in e.attackers or TUR in e.attackers for e in engagements_of(text, gazetteer))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The Syrian army, with Russian air cover, captured Saraqeb on Monday.", dict(A={SAA}, S={RUS})),
        ("The army shelled Douma with Russian help on Monday.", dict(A={SAA}, S={RUS})),
        ("Rebels with coalition air support captured Dabiq on Monday.", dict(A={REB}, S={COAL})),
        ("Rebels with US support captured Dabiq on Monday.", dict(A={REB}, S={US})),
    ],
)
def test_a_helper_named_by_its_adjective_supports(
    text: str, want: dict[str, Sides | str], gazetteer: Gazetteer
) -> None:
    assert sides_told(text, want, gazetteer)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Backed by Russian warplanes, Syrian troops captured Qaryatain on Sunday.", dict(A={SAA}, S={RAF})),
        (
            "Backed by Russia, Iran and Hezbollah, Syrian troops captured Qaryatain on Sunday.",
            dict(A={SAA}, S={RUS, IRN, HEZ}),
        ),
    ],
)
def test_a_fronted_backing_ends_at_its_last_comma(
    text: str, want: dict[str, Sides | str], gazetteer: Gazetteer
) -> None:
    """The comma after a fronted "Backed by X" opens the subject: no list of supporters ends on a bare comma."""
    assert sides_told(text, want, gazetteer)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Rebels with the support of Turkish tanks captured Jarablus on Wednesday.", dict(A={REB}, S={TAF})),
        ("Rebels under the cover of Turkish artillery captured Jarablus.", dict(A={REB}, S={TAF})),
        ("Syrian troops backed by Hezbollah captured Qaryatain on Sunday.", dict(A={SAA}, S={HEZ})),
    ],
)
def test_help_between_the_agent_and_its_verb_leaves_the_agent(
    text: str, want: dict[str, Sides | str], gazetteer: Gazetteer
) -> None:
    assert sides_told(text, want, gazetteer)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The YPG which Turkey considers a terrorist group shelled Azaz on Monday.", dict(A={YPG})),
        ("The Syrian army which rebels had attacked shelled Douma on Monday.", dict(A={SAA})),
    ],
)
def test_a_side_named_in_a_relative_clause_without_commas_does_not_act(
    text: str, want: dict[str, Sides | str], gazetteer: Gazetteer
) -> None:
    """FA-KES drops the commas around "which" clauses: the side inside the clause only describes the subject."""
    assert sides_told(text, want, gazetteer)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The strikes Russia has carried out in Idlib killed dozens of people.", dict(A=[{RUS}, {RAF}])),
        ("The offensive that Syrian troops launched on Palmyra in March succeeded.", dict(A={SAA})),
        ("The siege that Hezbollah imposed on Madaya has starved hundreds.", dict(A={HEZ})),
        ("The attack which the Islamic State launched on Deir ez-Zor airport failed.", dict(A={IS})),
        ("The bombardment the regime is carrying out on Douma has killed 200 people.", dict(A=[{SYRIA}, {SAA}])),
    ],
)
def test_the_subject_of_a_relative_clause_doing_the_engagement_did_it(
    text: str, want: dict[str, Sides | str], gazetteer: Gazetteer
) -> None:
    assert sides_told(text, want, gazetteer)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The bombing in Homs was claimed by the Islamic State group.", dict(A={IS})),
        ("The attack on the checkpoint near Hama has been claimed by the Nusra Front.", dict(A={NUS})),
    ],
)
def test_who_claimed_an_attack_told_with_its_place_did_it(
    text: str, want: dict[str, Sides | str], gazetteer: Gazetteer
) -> None:
    assert sides_told(text, want, gazetteer)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Troops loyal to the Syrian government shelled Daraa on Monday.", dict(A={SAA})),
        ("Hezbollah fighters allied to the Syrian army stormed Qusayr on Monday.", dict(A={HEZ})),
        # no named head: whom the gunmen serve is the side
        ("Gunmen loyal to the Islamic State killed five soldiers in Homs.", dict(A={IS})),
    ],
)
def test_a_named_force_acts_not_whom_it_is_loyal_to(
    text: str, want: dict[str, Sides | str], gazetteer: Gazetteer
) -> None:
    assert sides_told(text, want, gazetteer)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Kurdish fighters repelled an IS attack on Kobani.", dict(A={IS}, T={YPG})),
        ("The army foiled a rebel assault on Hama on Monday.", dict(A={REB}, T={SAA})),
        ("Rebels repulsed an army offensive near Hama on Monday.", dict(A={SAA}, T={REB})),
        ("The Syrian army repelled an attack by IS on Deir ez-Zor airport.", dict(A={IS}, T={SAA})),
    ],
)
def test_an_attack_repelled_was_made_by_its_owner_on_who_repelled_it(
    text: str, want: dict[str, Sides | str], gazetteer: Gazetteer
) -> None:
    assert sides_told(text, want, gazetteer)
