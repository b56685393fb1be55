"""Engagement detection: trigger words give the type, the words around them the roles (real gazetteer)."""

from __future__ import annotations

from datetime import date

import pytest
from detection import detect
from sides_check import IS, SAA

from loaders.engagements import Detection
from loaders.extract import extract
from loaders.gazetteer import Gazetteer
from loaders.model import Article

REBELS = "actor/syrian-rebels"


def one(text: str, gazetteer: Gazetteer) -> Detection:
    """The only engagement of a sentence."""
    found = detect(text, gazetteer)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Rebels clashed with the Syrian army near Hama.", "armed-clash"),
        ("Fierce fighting broke out between the Syrian army and rebels.", "armed-clash"),
        ("IS fighters ambushed Syrian soldiers on the highway.", "ambush"),
        ("Warplanes struck the town of Saraqib overnight.", "air-strike"),
        ("Government artillery shelled rebel positions near Daraa.", "shelling"),
        ("Rebels fired a mortar shell on a school in Daraa.", "shelling"),
        ("A second shell fell in the old market of Daraa.", "shelling"),
        ("A ground-to-ground missile struck a neighbourhood of Aleppo.", "shelling"),
        ("A suicide bomber blew himself up at a checkpoint in Homs.", "suicide-bombing"),
        ("A roadside bomb hit an army patrol near Raqqa.", "remote-explosive"),
        ("A car bomb exploded outside a mosque in Damascus.", "remote-explosive"),
        ("Residents described a chemical attack on the town.", "chemical-weapon"),
        ("The Syrian army besieged the rebel-held district for months.", "siege"),
        ("A major offensive in May saw IS encircle the town of Azaz.", "siege"),
        ("A truce between the Syrian army and rebels came into force.", "ceasefire"),
        ("IS militants abducted dozens of villagers near Raqqa.", "abduction"),
    ],
)
def test_type(text: str, etype: str, gazetteer: Gazetteer) -> None:
    assert one(text, gazetteer).type == etype


def test_agent_before_the_trigger_attacks_the_object_after_it(gazetteer: Gazetteer) -> None:
    d = one("IS militants ambushed Syrian soldiers near Palmyra.", gazetteer)
    assert (d.attackers, d.targets) == ((IS,), (SAA,))
    assert any(p.startswith("place/palmyra") for p in d.places)


def test_passive_voice_flips_the_roles(gazetteer: Gazetteer) -> None:
    d = one("Syrian soldiers were ambushed by IS militants near Palmyra.", gazetteer)
    assert (d.attackers, d.targets) == ((IS,), (SAA,))


def test_nominal_trigger_with_by_and_against(gazetteer: Gazetteer) -> None:
    d = one("The attacks by IS against the Syrian army continued near Homs.", gazetteer)
    assert (d.attackers, d.targets) == ((IS,), (SAA,))


def test_who_an_attack_is_blamed_on_made_it(gazetteer: Gazetteer) -> None:
    d = one("Activists blamed the attack on the Syrian army in Homs.", gazetteer)
    assert (d.attackers, d.targets) == ((SAA,), ())
    d = one("Witnesses were blaming the bombing on IS near Raqqa.", gazetteer)
    assert IS in d.attackers and IS not in d.targets


def test_supporters(gazetteer: Gazetteer) -> None:
    d = one("The Syrian army, backed by Russia and Iran, attacked rebels near Aleppo.", gazetteer)
    assert d.attackers == (SAA,)
    assert d.targets == (REBELS,)
    assert set(d.supporters) == {"actor/russia", "actor/iran"}


@pytest.mark.parametrize(
    "text",
    [
        "US-backed fighters of the Syrian Democratic Forces stormed the town of Tabqa.",
        # the name's span leaves out the abbreviation's last dot
        "U.S.-backed fighters of the Syrian Democratic Forces stormed the town of Tabqa.",
    ],
)
def test_a_backer_named_before_backed_supports(text: str, gazetteer: Gazetteer) -> None:
    d = one(text, gazetteer)
    assert (d.attackers, d.supporters) == (("actor/syrian-democratic-forces",), ("actor/united-states",))


def test_with_the_participation_of_is_support(gazetteer: Gazetteer) -> None:
    d = one("The Syrian army, with the participation of Hezbollah, stormed the town of Qusayr.", gazetteer)
    assert d.attackers == (SAA,)
    assert d.supporters == ("actor/hezbollah",)


@pytest.mark.parametrize(
    ("text", "etype", "attacker"),
    [
        ("IS militants seized the town of Tabqa.", "non-state-actor-overtakes-territory", IS),
        ("The Syrian army recaptured the town of Tabqa.", "government-regains-territory", SAA),
        ("Rebels captured two villages near Hama.", "non-state-actor-overtakes-territory", REBELS),
    ],
)
def test_who_takes_territory_decides_the_type(text: str, etype: str, attacker: str, gazetteer: Gazetteer) -> None:
    d = one(text, gazetteer)
    assert (d.type, d.attackers) == (etype, (attacker,))


@pytest.mark.parametrize(
    "text",
    [
        "IS did not attack the base.",
        "The Syrian army hasn't captured Douma.",
        # FA-KES stripped every apostrophe
        "The Syrian army hasnt captured Douma.",
        "There wasnt any fighting in Douma on Monday.",
        "The Syrian army will continue the offensive on Idlib.",
        "If the town falls, rebels could launch an attack on the base.",
        "The army is expected to storm the district.",
        "Rebels are preparing to attack the airport.",
        "Jaish al-Islam pledged to keep fighting against the Syrian army and IS.",
        "Aid groups urged Russia to stop the bombing of Aleppo.",
        "The four-year civil war has ruined the country.",
        "Analysts believe the attacks on Homs are only beginning.",
    ],
)
def test_no_engagement_in_negated_future_or_background_statements(text: str, gazetteer: Gazetteer) -> None:
    assert detect(text, gazetteer) == []


def test_a_generic_attack_gives_way_to_a_specific_type(gazetteer: Gazetteer) -> None:
    found = detect("Residents reported attacks by warplanes on the district.", gazetteer)
    assert [d.type for d in found] == ["air-strike"]


def test_one_detection_per_type_per_sentence(gazetteer: Gazetteer) -> None:
    found = detect("Rebels clashed with IS and later fought the Syrian army near Hama.", gazetteer)
    assert [d.type for d in found] == ["armed-clash"]


def test_a_kill_verb_counts_only_with_an_armed_subject(gazetteer: Gazetteer) -> None:
    (d,) = detect("IS militants killed 12 civilians in the town of Mayadin.", gazetteer)
    assert (d.type, d.attackers) == ("attack-on-civilians", (IS,))
    assert detect("Twelve civilians were killed in the town of Mayadin.", gazetteer) == []


def test_outlets_and_monitors_are_never_attackers(gazetteer: Gazetteer) -> None:
    d = one("Reuters said jets struck the town of Saraqib.", gazetteer)
    assert "actor/reuters" not in d.attackers


def test_an_unnamed_side_taking_territory_is_told_by_its_words(gazetteer: Gazetteer) -> None:
    assert one("Militants seized an artillery school in Aleppo.", gazetteer).type == (
        "non-state-actor-overtakes-territory"
    )
    assert one("Regime troops retook the village of Tall Rifaat.", gazetteer).type == "government-regains-territory"
    # Passive: the words name who lost it, not who took it.
    assert detect("The militants were pushed out of the town of Tall Rifaat.", gazetteer) == []


def test_whoever_claims_responsibility_is_the_attacker(gazetteer: Gazetteer) -> None:
    d = one("The Nusra Front said it was behind the car bomb in Homs.", gazetteer)
    assert (d.type, d.attackers) == ("remote-explosive", ("actor/al-nusra-front",))


@pytest.mark.parametrize(
    "text",
    [
        "Two suicide bombers killed five people near a hospital in Homs in an attack claimed by the Nusra Front.",
        "The Nusra Front also claimed a March 3 bomb attack at a checkpoint in Homs.",
        # with no article before what is claimed
        "The Nusra Front has claimed previous bombings in the city of Homs.",
        "The Nusra Front claimed both attacks on checkpoints in Homs.",
    ],
)
def test_an_attack_claimed_by_a_group_is_its_attack(text: str, gazetteer: Gazetteer) -> None:
    assert one(text, gazetteer).attackers == ("actor/al-nusra-front",)


def test_targeted_is_an_attack(gazetteer: Gazetteer) -> None:
    d = one("The Syrian army targeted IS positions east of Palmyra.", gazetteer)
    assert (d.type, d.attackers, d.targets) == ("armed-clash", (SAA,), (IS,))


def test_the_fast_trigger_scan_finds_what_the_full_pattern_finds() -> None:
    from loaders.engagement_triggers import TRIGGER, trigger_matches

    words = (
        "chemical attack, poison gas attack, sarin used, suicide bomber, blew himself up, IEDs, roadside bomb, "
        "landmines, car bomb, explosions, blasts, detonated, airstrikes, air raid, aerial bombardment, warplanes, "
        "fighter jets, helicopters, barrel bombs, sorties, shelling, shell fire, artillery, bombarded, mortars, "
        "rockets, missile strike, tank fire, ambushed, besieging, siege, encircled, ceasefire, ceased fire, truce, "
        "cessation of hostilities, seized, captured, took control, overran, recaptured, re-took, retaken, regained, "
        "liberated, fell to, drove out, pushed out, expelled, restored security, abducted, kidnapped, arrested, "
        "detained, looted, pillaged, massacred, executed, beheaded, decapitated, established a base, handed over "
        "control, withdrew from, clashes, fighting, fought, battle, battling, skirmishes, firefight, gunfight, "
        "exchange of fire, war between, attacked, assault, offensive, counter-offensive, onslaught, raids, stormed, "
        "struck, strikes, bombing, destroyed, pounded, targeted, military operation, advanced on, killed, shot dead"
    )
    text = " and ".join(f"they {w} it" for w in words.split(", "))
    assert [(m.start(), m.group(0)) for m in trigger_matches(text)] == [
        (m.start(), m.group(0)) for m in TRIGGER.finditer(text)
    ]


def test_a_hedge_far_away_in_a_long_comma_less_sentence_does_not_block(gazetteer: Gazetteer) -> None:
    filler = " ".join(["the envoy met officials in the capital to discuss aid deliveries"] * 3)
    text = f"IS militants ambushed Syrian soldiers near Palmyra on Monday and {filler} which could resume soon."
    assert [d.type for d in detect(text, gazetteer)] == ["ambush"]


def test_who_reports_an_engagement_is_not_its_attacker(gazetteer: Gazetteer) -> None:
    d = one("Syrian state TV says 22 killed in a car bomb in Qamishli.", gazetteer)
    assert d.attackers == ()


def test_strikes_by_a_coalition_are_air_strikes(gazetteer: Gazetteer) -> None:
    d = one("Civilians were killed in strikes by the US-led coalition near Manbij.", gazetteer)
    assert (d.type, d.attackers) == ("air-strike", ("actor/us-led-coalition",))


def test_shelling_as_part_of_a_campaign_is_the_campaigns(gazetteer: Gazetteer) -> None:
    d = one("Idlib came under artillery fire as part of the SAA's new offensive on the province.", gazetteer)
    assert (d.type, d.attackers) == ("shelling", (SAA,))


@pytest.mark.parametrize(
    "text",
    [
        "The shelled clinic in Idlib has been closed for a week.",
        "Doctors moved the patients out of the bombed hospital in Hama.",
        "The district returned to calm after three years of bombardment and siege.",
        "Volunteers fighting alongside the army now guard the road to Homs.",
        "Two of the men were accused of fighting for IS near Raqqa.",
        "He joined the Free Army a rebel alliance battling the regime near Hama.",
        "Turkey brokered a deal to ease the fighting between rebels and the army near Idlib.",
    ],
)
def test_descriptions_durations_and_accusations_report_no_engagement(text: str, gazetteer: Gazetteer) -> None:
    assert detect(text, gazetteer) == []


def test_a_place_besieged_by_a_named_side_is_a_siege(gazetteer: Gazetteer) -> None:
    d = one("A convoy of buses left regime-besieged Madaya on Friday.", gazetteer)
    assert (d.type, d.attackers, d.places) == ("siege", ("actor/baathist-syria",), ("place/madaya",))
    assert detect("A convoy of buses left the besieged town of Madaya on Friday.", gazetteer) == []


def test_days_of_fighting_are_still_an_engagement(gazetteer: Gazetteer) -> None:
    assert [d.type for d in detect("The town fell after two days of heavy fighting near Hama.", gazetteer)] == [
        "armed-clash"
    ]


def test_a_purpose_clause_blocks_only_what_follows_it(gazetteer: Gazetteer) -> None:
    found = detect("The Syrian army launched an offensive near Hama aimed at regaining the hills.", gazetteer)
    assert [(d.type, d.attackers) for d in found] == [("armed-clash", (SAA,))]


def test_victims_killed_in_an_offensive_are_not_its_attackers(gazetteer: Gazetteer) -> None:
    found = detect("Most IS militants killed in the offensive near Hasakeh were foreigners.", gazetteer)
    assert all(IS not in d.attackers for d in found)


def test_rockets_fired_from_aircraft_are_an_air_strike(gazetteer: Gazetteer) -> None:
    d = one("Rockets fired by Russian jets hit a market in Idlib.", gazetteer)
    assert (d.type, d.attackers) == ("air-strike", ("actor/russian-aerospace-forces",))


@pytest.mark.parametrize(
    "text",
    [
        "Activists reported a chemical massacre in the town of Douma.",
        "Opposition groups said regime forces unleashed chemical weapons east of Damascus.",
    ],
)
def test_a_chemical_massacre_or_chemical_weapons_used_are_a_chemical_attack(text: str, gazetteer: Gazetteer) -> None:
    assert [d.type for d in detect(text, gazetteer)] == ["chemical-weapon"]


def test_syrias_government_without_an_apostrophe_is_the_regime(gazetteer: Gazetteer) -> None:
    d = one("Syrias government was behind the chemical attack near Damascus.", gazetteer)
    assert d.attackers == ("actor/baathist-syria",)


@pytest.mark.parametrize(
    "text",
    [
        "Five VBIEDs were found in the village of Atshan on Monday.",
        "Engineers dismantled an explosive device planted near the bus station in Homs.",
        "IS planned to break the army lines near Hama and retake the hills using car bombs in a move seen before.",
    ],
)
def test_devices_taken_and_long_plans_are_no_engagement(text: str, gazetteer: Gazetteer) -> None:
    assert detect(text, gazetteer) == []


def test_drove_them_out_of_is_taking_territory(gazetteer: Gazetteer) -> None:
    d = one("The Nusra Front drove the rebels out of a military base near Aleppo.", gazetteer)
    assert (d.type, d.attackers) == ("non-state-actor-overtakes-territory", ("actor/al-nusra-front",))


def test_a_possessive_in_y_without_apostrophe_names_the_actor(gazetteer: Gazetteer) -> None:
    text = "The Syrian armys artillery units shelled the hills."
    assert [(text[m.span.start : m.span.end], m.key) for m in gazetteer.find(text)] == [("Syrian army", SAA)]


@pytest.mark.parametrize(
    "text",
    [
        "The border town of Azaz is regularly targeted by IS car bombs.",
        "IS militants have often attacked army checkpoints around Deir Ezzor.",
        "Rebels have previously shelled the coastal city of Latakia.",
        "Hama province has seen several rounds of heavy fighting.",
        "Aid reached Kafr Nabl, a town that witnessed fierce fighting between the army and rebels.",
        "The Syrian army has been shelling the hills east of Hama since last spring.",
        "The UN called for an end to the bombing of hospitals in Idlib.",
        "Aid workers asked for pauses in the fighting around Daraa.",
        "It was unclear whether the air strikes near Raqqa were Russian or Syrian.",
        "Rebels accused the army of violating the ceasefire in Hama.",
        "The government has conducted frequent air raids on rebel-held areas of Douma.",
        "IS militants have committed numerous mass executions in Raqqa during the conflict.",
        "Turkey has carried out strikes against IS near Kilis in recent months.",
        "The coalition is conducting airstrikes and rocket-propelled artillery fire against IS near Raqqa.",
        "Government forces have been fighting against several rebel groups in Idlib province.",
        # a state of affairs: how a city came to be divided, a side's plight
        "Homs before it was engulfed by fighting in 2012 was a quiet city.",
        "IS controls a quarter of Raqqa province but is battling for survival on two fronts.",
        "The Nusra Front is under attack in its last strongholds in Idlib.",
    ],
)
def test_habits_history_calls_and_broken_truces_report_no_engagement(text: str, gazetteer: Gazetteer) -> None:
    assert detect(text, gazetteer) == []


@pytest.mark.parametrize(
    "text",
    [
        "Rebels began an offensive on Tuesday which saw them seize four villages north of Hama.",
        "The assault, which saw IS fighters capture the airbase near Deir Ezzor, began on Sunday.",
    ],
)
def test_a_subject_and_a_bare_verb_after_which_saw_tell_the_event(text: str, gazetteer: Gazetteer) -> None:
    # "a town that witnessed fierce fighting" describes a place; "which saw them seize" tells what happened
    assert "non-state-actor-overtakes-territory" in {d.type for d in detect(text, gazetteer)}


def test_a_habit_named_after_the_trigger_does_not_block_it(gazetteer: Gazetteer) -> None:
    d = one("IS militants beheaded two soldiers near Raqqa in a way often used by the group.", gazetteer)
    assert (d.type, d.attackers) == ("attack-on-civilians", (IS,))


def test_the_past_hours_are_news(gazetteer: Gazetteer) -> None:
    d = one("IS fighters attacked army posts near Palmyra killing 20 troops in the past 24 hours.", gazetteer)
    assert (d.type, d.attackers) == ("armed-clash", ("actor/islamic-state",))


def test_the_month_may_is_no_hedge(gazetteer: Gazetteer) -> None:
    d = one("The Nusra Front said it was behind a twin bombing in Homs in May.", gazetteer)
    assert (d.type, d.attackers) == ("remote-explosive", ("actor/al-nusra-front",))
    assert detect("The Nusra Front may bomb the checkpoints in Homs.", gazetteer) == []


@pytest.mark.parametrize(
    "text",
    [
        "IS militants released a video of captured soldiers near Raqqa.",
        "Rebels seized two army officers at a checkpoint near Hama.",
        "A video showed the soldiers the rebels had captured near Hama.",
        "Fighting under the banner of the SDF the YPG became a key ally of Washington.",
        "Hezbollah has fought alongside Syrian troops near Homs.",
        "Over the past three years IS has carried out massacres in Deir Ezzor.",
    ],
)
def test_captives_whose_side_and_months_of_history_report_no_engagement(text: str, gazetteer: Gazetteer) -> None:
    assert detect(text, gazetteer) == []


@pytest.mark.parametrize(
    "text",
    [
        "IS militants seized the soldiers positions near Raqqa.",
        "Syrian troops seized it from IS militants near Palmyra.",
    ],
)
def test_positions_taken_from_fighters_are_territory(text: str, gazetteer: Gazetteer) -> None:
    assert [d.type for d in detect(text, gazetteer)] in (
        ["non-state-actor-overtakes-territory"],
        ["government-regains-territory"],
    )


def test_a_similar_attack_is_another_engagement(gazetteer: Gazetteer) -> None:
    body = (
        "IS detonated a car bomb in Qamishli on Friday killing 20 people. "
        "IS had carried out a similar car bomb attack in Qamishli killing five people."
    )
    x = extract(Article("test", "t", body, published=date(2016, 5, 7)), gazetteer)
    assert [e.type for e in x.engagements] == ["remote-explosive", "remote-explosive"]


@pytest.mark.parametrize(
    ("text", "scenes"),
    [
        (
            "Regime artillery shelled Douma while rebel gunners shelled the Aleppo district of Salaheddine.",
            [("shelling", "place/douma"), ("shelling", "place/salaheddine")],
        ),
        (
            "The IS assault on Palmyra came two weeks after the group killed 30 guards during an assault near Homs.",
            [("armed-clash", "place/palmyra"), ("armed-clash", "place/homs")],
        ),
        (
            "Rebels shelled Aleppo and warplanes struck Idlib.",
            [("shelling", "place/aleppo"), ("air-strike", "place/idlib")],
        ),
        (
            "A car bomb went off near a school in Homs and minutes later a suicide bomber blew himself up in Hama.",
            [("remote-explosive", "place/homs"), ("suicide-bombing", "place/hama")],
        ),
        (
            "A gas attack on Douma killed 40 in April and a year before 100 villagers died in the Houla massacre.",
            [("chemical-weapon", "place/douma"), ("attack-on-civilians", "place/houla")],
        ),
    ],
)
def test_a_sentence_telling_two_scenes_reports_each_at_its_own_place(
    text: str, scenes: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    found = detect(text, gazetteer)
    assert [d.type for d in found] == [t for t, _ in scenes]
    for d, (_, place) in zip(found, scenes, strict=True):
        assert {p for _, p in scenes if any(k.startswith(p) for k in d.places)} == {place}, d.places


@pytest.mark.parametrize(
    "text",
    [
        "Clashes and shelling were reported in Douma.",
        "Government forces shelled the villages of Kafr Batna and Jisreen with heavy artillery.",
    ],
)
def test_one_scene_told_with_two_triggers_keeps_its_places_together(text: str, gazetteer: Gazetteer) -> None:
    found = detect(text, gazetteer)
    assert all(d.scene is None and d.places == found[0].places for d in found)


def test_each_scene_keeps_its_own_toll(gazetteer: Gazetteer) -> None:
    body = "A gas attack on Douma killed 40 in April and a year before 100 villagers died in the Houla massacre."
    x = extract(Article("test", "t", body, published=date(2016, 5, 7)), gazetteer)
    tolls = {c.engagement.split("@")[0]: [f.low for f in c.figures] for c in x.claims}
    assert tolls == {"chemical-weapon": [40], "attack-on-civilians": [100]}


@pytest.mark.parametrize(
    ("body", "places"),
    [
        # a toll at each of two places neither holding the other: one report a place
        (
            "Russian air raids killed 17 militants in Salma in Latakia countryside and killed more than 20 in Daraa "
            "countryside.",
            [["place/salma"], ["place/daraa"]],
        ),
        # a toll told again for a town inside the place of the first is a part of it, no report of its own
        (
            "Russian air raids killed 17 militants in Aleppo province, among them 5 killed in Atareb.",
            [["place/al"]],
        ),
        # a toll of another time is another event, by someone the sentence does not name: not the jets' report
        (
            "Russian jets killed 9 people in Raqqa, a day after 30 were killed in Deir Ezzor.",
            [["place/raqqa", "place/deir"]],
        ),
    ],
)
def test_a_sentence_counting_its_dead_place_by_place_reports_each_place(
    body: str, places: list[list[str]], gazetteer: Gazetteer
) -> None:
    x = extract(Article("test", "t", body, published=date(2016, 5, 7)), gazetteer)
    assert [[p.split("-")[0] for p in e.places] for e in x.engagements] == places


def test_the_first_toll_of_a_sentence_stays_with_the_places_before_it(gazetteer: Gazetteer) -> None:
    # second review: the sentence was once cut before its first toll too, giving Douma's 9 dead to Harasta
    body = "Government air strikes on Douma killed 9 people and killed 4 more in Harasta."
    x = extract(Article("test", "t", body, published=date(2016, 5, 7)), gazetteer)
    tolls = {
        e.places[0].split("-")[0]: [f.low for c in x.claims if c.engagement == e.key for f in c.figures]
        for e in x.engagements
    }
    assert tolls == {"place/douma": [9], "place/harasta": [4]}


def test_a_clause_with_no_place_continues_the_scene_before_it(gazetteer: Gazetteer) -> None:
    body = (
        "IS fighters attacked the town of Palmyra and seized the nearby gas fields before government jets struck Raqqa."
    )
    x = extract(Article("test", "t", body), gazetteer)
    taken = [e for e in x.engagements if e.type == "non-state-actor-overtakes-territory"]
    assert [p.split("-")[0] for e in taken for p in e.places] == ["place/palmyra"]


@pytest.mark.parametrize(
    ("body", "told"),
    [
        # each scene its own day
        (
            "Rebels shelled Aleppo on Monday while on Tuesday government artillery shelled Idlib.",
            [("place/aleppo", "on Monday"), ("place/idlib", "on Tuesday")],
        ),
        # a time fronted before the first clause holds for all of them
        (
            "On Wednesday, government warplanes bombed Douma and artillery shelled Zamalka.",
            [("place/douma", "On Wednesday"), ("place/zamalka", "On Wednesday")],
        ),
        # a time at the sentence's end holds for both coordinated scenes: neither is left undated and set aside
        (
            "Government warplanes bombed Saraqib and rebels shelled Idlib city on Monday.",
            [("place/saraqib", "on Monday"), ("place/idlib", "on Monday")],
        ),
        # a scene told as after another keeps its own time to itself
        (
            "Rebels shelled Salamiyah on Sunday, after government warplanes had bombed Kafr Nabl in 2014.",
            [("place/salamiyah", "on Sunday"), ("place/kafr", "in 2014")],
        ),
        (
            "Rebels shelled Salamiyah, after government warplanes had bombed Kafr Nabl in 2014.",
            [("place/salamiyah", None), ("place/kafr", "in 2014")],
        ),
    ],
)
def test_each_scene_is_dated_by_its_own_time_or_one_that_holds_for_the_sentence(
    body: str, told: list[tuple[str, str | None]], gazetteer: Gazetteer
) -> None:
    x = extract(Article("test", "t", body, published=date(2016, 5, 7)), gazetteer)
    assert [(e.places[0].split("-")[0], e.time.expression if e.time else None) for e in x.engagements] == told


@pytest.mark.parametrize(
    "text",
    [
        "The coalition admitted 300 civilian deaths in its air strikes in Syria since 2015.",
        "Monitors have counted heavy shelling on Daraa since early March.",
    ],
)
def test_attacks_counted_since_a_date_are_no_engagement(text: str, gazetteer: Gazetteer) -> None:
    assert detect(text, gazetteer) == []


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The town of Madaya has been under siege since 2015.", "siege"),
        ("Rebels said it was the heaviest shelling of Daraa since 2014.", "shelling"),
        ("The town of Madaya is under siege by government forces.", "siege"),  # a siege, not a side's plight
    ],
)
def test_a_siege_since_a_date_and_the_worst_since_are_engagements(text: str, etype: str, gazetteer: Gazetteer) -> None:
    assert [d.type for d in detect(text, gazetteer)] == [etype]


@pytest.mark.parametrize(
    "text",
    [
        "Jets bombed Idlib despite the truce in the province.",
        "Turkey urged Russia to ensure the ceasefire in Aleppo holds.",
        "Rebels said the truce in Homs was over after the army ended the ceasefire.",
        "Jets bombed Idlib in violation of a ceasefire that has collapsed.",
    ],
)
def test_a_truce_only_named_is_no_engagement(text: str, gazetteer: Gazetteer) -> None:
    assert "ceasefire" not in [d.type for d in detect(text, gazetteer)]


@pytest.mark.parametrize(
    "text",
    [
        "Russia announced a 48-hour ceasefire in Aleppo on Thursday.",
        "A truce brokered by Turkey took effect in Idlib at midnight.",
        "The Syrian army ceased fire around Homs to let buses leave.",
        "A truce agreed by Russia and the United States in February has been violated around Aleppo.",
        "A ceasefire between the army and rebels brokered by Russia in May collapsed in Hama.",
        "Jets bombed Idlib after a Turkish-brokered ceasefire broke down.",
        # its makers named: the truce itself, however long ago it was made
        "A truce between the army and the elders of Qudsaya had kept the town quiet for three years.",
        "Notables of Tafas have had a local truce with the regime for at least a year.",
    ],
)
def test_a_truce_made_is_a_ceasefire(text: str, gazetteer: Gazetteer) -> None:
    assert "ceasefire" in [d.type for d in detect(text, gazetteer)]


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Six long-range Tu-22M3 bombers carried out strikes near Deir Ezzor on Sunday.", "air-strike"),
        ("Two Sukhoi-34 bombers hit the positions near Palmyra.", "air-strike"),
        ("Another shell in Jobar near the old market landed on a school.", "shelling"),
    ],
)
def test_bombers_of_an_air_force_and_one_shell_that_landed(text: str, etype: str, gazetteer: Gazetteer) -> None:
    assert [d.type for d in detect(text, gazetteer)] == [etype]


def test_the_side_a_truce_is_made_with_is_its_party_not_its_target(gazetteer: Gazetteer) -> None:
    (truce,) = detect("Notables of Tafas have had a local truce with the regime for at least a year.", gazetteer)
    assert (truce.type, truce.attackers, truce.targets) == ("ceasefire", ("actor/baathist-syria",), ())


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Daraa lies in a de-escalation zone agreed in July under a deal brokered by Russia Jordan and the United "
         "States.",
         {"actor/russia", "actor/united-states"}),
        ("Homs province is one of three de-escalation zones under an agreement between regime ally Iran and rebel "
         "backer Turkey.", {"actor/iran", "actor/turkey"}),
        ("Idlib is one of the de-escalation zones where Turkey has brokered local deals.", {"actor/turkey"}),
        ("Eastern Ghouta is part of a de-escalation zone under a deal between Russia and the United States.",
         {"actor/russia", "actor/united-states"}),
    ],
)  # fmt: skip
def test_a_de_escalation_zone_is_a_ceasefire_of_the_deal_makers(
    text: str, parties: set[str], gazetteer: Gazetteer
) -> None:
    truce = [d for d in detect(text, gazetteer) if d.type == "ceasefire"]
    assert truce, text
    assert parties <= set(truce[0].attackers)


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of fighters left Madaya on Friday under an evacuation deal between the regime and rebels.",
        "A deal was reached between the government and rebels in Talbiseh that will see 300 fighters leave.",
    ],
)
def test_an_evacuation_deal_is_a_ceasefire_of_the_sides(text: str, gazetteer: Gazetteer) -> None:
    (truce,) = [d for d in detect(text, gazetteer) if d.type == "ceasefire"]
    assert REBELS in truce.attackers
    assert truce.places


@pytest.mark.parametrize(
    "text",
    [
        "Homs has been a front line since 2012 when rebels seized the old city.",
        "In recent months Idlib has been the target of air strikes.",
    ],
)
def test_how_a_state_of_affairs_began_and_recent_months_are_no_engagement(text: str, gazetteer: Gazetteer) -> None:
    assert detect(text, gazetteer) == []


@pytest.mark.parametrize(
    "text",
    [
        "Four hundred families who had endured a long siege reached Idlib by bus on Sunday.",
        "Farmers from Qamishli who had fought off the militants came home.",
        "Two hundred villagers who had endured the siege arrived in Idlib on Sunday.",
    ],
)
def test_what_people_had_gone_through_is_no_engagement(text: str, gazetteer: Gazetteer) -> None:
    assert detect(text, gazetteer) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Militants who had raided the checkpoint on Thursday were driven back by the army.", "armed-clash"),
        ("Gunmen who had shelled the village on Friday night fled toward Idlib.", "shelling"),
    ],
)
def test_a_dated_engagement_told_in_a_who_had_clause_stays(text: str, kind: str, gazetteer: Gazetteer) -> None:
    assert kind in [d.type for d in detect(text, gazetteer)]


def test_a_past_perfect_engagement_of_its_own_stays(gazetteer: Gazetteer) -> None:
    assert [d.type for d in detect("Rebels had shelled Aleppo before dawn.", gazetteer)] == ["shelling"]


def test_a_group_whose_men_were_killed_when_a_bomb_went_off_is_no_attacker(gazetteer: Gazetteer) -> None:
    d = one("Ten members of the Jaish al-Islam group were killed when a car bomb exploded near Douma.", gazetteer)
    assert d.type == "remote-explosive" and "actor/jaysh-al-islam" not in d.attackers


def test_victims_killed_and_wounded_in_a_strike_are_not_its_attackers(gazetteer: Gazetteer) -> None:
    found = detect("Seventy IS militants killed and many injured in air strikes on a camp near Palmyra.", gazetteer)
    assert [d.type for d in found] == ["air-strike"] and IS not in found[0].attackers


@pytest.mark.parametrize(
    "text",
    [
        "In recent days IS attacks on Deir Ezzor killed 40 civilians.",
        "The camp supplied fighters whenever IS attacked army posts in Homs.",
    ],
)
def test_recent_days_and_whenever_sum_up_many(text: str, gazetteer: Gazetteer) -> None:
    assert detect(text, gazetteer) == []


def test_an_aircraft_shot_down_is_a_fight_not_an_air_strike(gazetteer: Gazetteer) -> None:
    d = one("Rebels downed a Syrian army helicopter near Saraqeb on Monday.", gazetteer)
    assert (d.type, d.attackers, d.targets) == ("armed-clash", (REBELS,), (SAA,))
    # the one who says "it" shot it down did
    d = one("On Saturday the Nusra Front said it had shot down a drone near Idlib.", gazetteer)
    assert (d.type, d.attackers) == ("armed-clash", ("actor/al-nusra-front",))
    # "a downed pilot" tells of the shooting down only in passing
    assert "armed-clash" not in [d.type for d in detect("A downed pilot was flown to Hama.", gazetteer)]


def test_murder_is_violence_against_civilians(gazetteer: Gazetteer) -> None:
    d = one("IS militants murdered five villagers near Raqqa on Monday.", gazetteer)
    assert (d.type, d.attackers) == ("attack-on-civilians", (IS,))


def test_fighting_for_hours_is_still_a_fight(gazetteer: Gazetteer) -> None:
    assert one("Rebels fought several hours with the army near Hama.", gazetteer).type == "armed-clash"


def test_a_day_between_verb_and_object_leaves_the_subject_the_attacker(gazetteer: Gazetteer) -> None:
    d = one("Jaish al-Islam terrorists targeted on Monday evening the Old City quarter with rocket shells.", gazetteer)
    assert d.type == "shelling" and d.attackers == ("actor/jaysh-al-islam",)
    victims = one("Forty IS militants killed on Monday in air strikes near Raqqa.", gazetteer)
    assert IS not in victims.attackers


def test_killed_at_least_a_count_names_its_object_so_the_subject_acts(gazetteer: Gazetteer) -> None:
    d = one("The Syrian army has killed at least 30 people in the town of Jayrud in a shelling attack.", gazetteer)
    assert d.type == "shelling" and d.attackers == (SAA,)


def test_people_taken_before_a_participle_with_no_object_are_captives(gazetteer: Gazetteer) -> None:
    found = detect("The Observatory said that Syrian soldiers captured while fleeing Tabqa were executed.", gazetteer)
    assert all(d.type != "territory" and SAA not in d.attackers for d in found)
    # an object told before ("a hill that ... rebels seized on October 5") leaves the verb active
    found = detect("Hara lies near a hill in Daraa that Al-Nusra Front jihadist rebels seized on October 5.", gazetteer)
    assert any(d.attackers == ("actor/al-nusra-front",) for d in found)


def test_those_named_before_during_are_not_the_assaults_agents(gazetteer: Gazetteer) -> None:
    text = "IS killed 270 guards and members of the National Defence Forces during a jihadist assault on a gas field."
    assert all("actor/national-defence-forces" not in d.attackers for d in detect(text, gazetteer))


def test_people_named_before_taken_hostage_are_the_hostages(gazetteer: Gazetteer) -> None:
    found = detect("IS massacred 250 Syrian troops taken hostage at an airbase in Raqqa.", gazetteer)
    assert all(SAA not in d.attackers for d in found)
    # a day before the object leaves the takers taking
    (arrest,) = detect("Syrian troops arrested on Monday five rebels in Homs.", gazetteer)
    assert (arrest.attackers, arrest.targets) == ((SAA,), (REBELS,))
    # the taker named after the verb stays the taker
    (arrest,) = detect("Her husband was arrested by the Syrian army in Homs.", gazetteer)
    assert arrest.attackers == (SAA,)


def test_the_coalitions_means_name_the_coalition(gazetteer: Gazetteer) -> None:
    d = one("Six more people died in a village near Manbij after attacks by coalition fighter jets.", gazetteer)
    assert d.type == "air-strike" and d.attackers == ("actor/us-led-coalition",)


@pytest.mark.parametrize(
    ("text", "etype", "attackers", "targets"),
    [
        (
            "Government forces recaptured Palmyra on Sunday after fierce clashes with IS fighters.",
            "government-regains-territory",
            ("actor/syrian-arab-army",),
            ("actor/islamic-state",),
        ),
        (  # the clash names the other side even where the taking does not
            "IS fighters seized the village of Tal Arn on Monday after clashes with rebels.",
            "non-state-actor-overtakes-territory",
            ("actor/islamic-state",),
            ("actor/syrian-rebels",),
        ),
    ],
)
def test_a_battle_and_what_it_came_to_in_one_sentence_are_one_engagement(
    text: str, etype: str, attackers: tuple[str, ...], targets: tuple[str, ...], gazetteer: Gazetteer
) -> None:
    assert [(d.type, d.attackers, d.targets) for d in detect(text, gazetteer)] == [(etype, attackers, targets)]


def test_the_foe_a_participle_names_is_not_the_agent(gazetteer: Gazetteer) -> None:
    text = "The US-led coalition fighting the Islamic State group has also carried out strikes in Idlib province."
    assert [(d.type, d.attackers) for d in detect(text, gazetteer)] == [("air-strike", ("actor/us-led-coalition",))]


def test_the_fighting_a_monitor_watches_is_no_battle(gazetteer: Gazetteer) -> None:
    text = "The Observatory which closely monitors the fighting in Syria said 40 people died when rockets struck Homs."
    assert [d.type for d in detect(text, gazetteer)] == ["shelling"]
    assert [
        d.type for d in detect("Clashes in Homs killed 40 the Observatory which tracks the war said.", gazetteer)
    ] == ["armed-clash"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Russia began carrying out strikes in Syria in September 2015 after the US began its campaign.", []),
        ("Moscow began air strikes last September in support of the government in Idlib.", []),
        ("Russian warplanes began carrying out strikes in Syria in September 2015.", []),  # told by its subject
        ("Regime forces began shelling houses in southern Aleppo on Monday.", ["shelling"]),  # a day: an event
    ],
)
def test_when_a_campaign_began_is_no_engagement(text: str, found: list[str], gazetteer: Gazetteer) -> None:
    assert [d.type for d in detect(text, gazetteer)] == found


@pytest.mark.parametrize(
    "text",
    [
        "Islamic State militants slit the throats of 33 young men near Mayadin on Wednesday.",
        "A woman sentenced by the Islamic State was stoned to death in Raqqa on Sunday.",
        "Islamic State militants burned alive two captured soldiers in Raqqa.",
    ],
)
def test_killings_of_captives_are_attacks_on_civilians(text: str, gazetteer: Gazetteer) -> None:
    assert [d.type for d in detect(text, gazetteer)] == ["attack-on-civilians"]


@pytest.mark.parametrize("victims", ["two journalists", "three medics", "four activists", "a doctor"])
def test_killing_people_whose_work_is_no_fighting_is_an_attack_on_civilians(victims: str, gazetteer: Gazetteer) -> None:
    text = f"IS militants killed {victims} in Raqqa on Monday."
    assert [d.type for d in detect(text, gazetteer)] == ["attack-on-civilians"]


@pytest.mark.parametrize(
    "text", ["Islamic State Kills Three Journalists In Raqqa", "Nusra Front Kills 9 Civilians Near Idlib"]
)
def test_a_title_cased_headline_names_its_civilian_victims_too(text: str, gazetteer: Gazetteer) -> None:
    assert [d.type for d in detect(text, gazetteer)] == ["attack-on-civilians"]


@pytest.mark.parametrize(
    "text",
    [
        "Clashes raged between rebels and the army in Aleppo while IS ambushed an army convoy near Palmyra.",
        "Clashes between rebels and Hezbollah erupted in Aleppo as IS seized the village of Tal Arn.",
    ],
)
def test_a_clash_of_another_scene_or_other_sides_stays_its_own_battle(text: str, gazetteer: Gazetteer) -> None:
    assert "armed-clash" in [d.type for d in detect(text, gazetteer)]


@pytest.mark.parametrize(
    "text",
    [
        "Syrian army troops have killed more than 40 foreign militants and wounded 25 others during an offensive near "
        "Hama.",
        "Syrian troops killed dozens of armed men in their hideouts and injured 12 others in an assault on Kafr Zita.",
    ],
)
def test_verbs_joined_by_and_share_the_agent_of_a_later_trigger(text: str, gazetteer: Gazetteer) -> None:
    assert one(text, gazetteer).attackers == (SAA,)


@pytest.mark.parametrize(
    ("text", "attackers"),
    [
        # the army the text names strikes, with the air arm that flies its planes
        ("Regime forces responded with air raids on the town of Saraqib.", ("actor/syrian-arab-air-force", SAA)),
        ("IS hit back with heavy rocket fire on the town of Kobani.", (IS,)),
        ("Last week the Syrian army dealt a heavy blow to the militants by seizing the town of Rankus.", (SAA,)),
        ("Five Nusra Front fighters were killed by shelling in the town of Saraqib.", ()),
        # the foe named in what it answered did not bomb: the clause's subject did
        (
            "The Syrian army responded to the Islamic State offensive by bombing areas near the town of Kobani.",
            ("actor/syrian-arab-air-force", SAA),
        ),
    ],
)
def test_the_subject_acts_by_the_means_it_responded_with(
    text: str, attackers: tuple[str, ...], gazetteer: Gazetteer
) -> None:
    assert one(text, gazetteer).attackers == attackers


@pytest.mark.parametrize(
    "text",
    [
        "Nine civilians were killed in strikes on a bus station in Saraqib on Tuesday.",
        "The monitor said a strike on a bakery in Atareb killed four people.",
    ],
)
def test_strikes_told_with_no_one_striking_are_air_strikes(text: str, gazetteer: Gazetteer) -> None:
    assert one(text, gazetteer).type == "air-strike"


@pytest.mark.parametrize(
    "text",
    [
        "The Syrian army inflicted heavy losses upon the militants in the countryside of Hama on Monday.",
        "Syrian army units inflicted on Friday major casualties on the terrorists near Palmyra.",
    ],
)
def test_losses_inflicted_on_a_foe_are_a_battle(text: str, gazetteer: Gazetteer) -> None:
    d = one(text, gazetteer)
    assert (d.type, d.attackers) == ("armed-clash", (SAA,))


@pytest.mark.parametrize(
    "text",
    [
        "Medics said four people were killed in what they believed were Russian airstrikes on the town of Saraqib.",
        "Three children died in what residents believed was a regime air strike on the town of Kafr Zita.",
    ],
)
def test_what_an_engagement_is_believed_to_be_is_no_hedge(text: str, gazetteer: Gazetteer) -> None:
    assert len(detect(text, gazetteer)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "A Syrian army convoy came under fire near the town of Khanasser on Sunday.",
        "Their helicopter came under heavy fire from the ground near Palmyra.",
    ],
)
def test_coming_under_fire_is_a_fight(text: str, gazetteer: Gazetteer) -> None:
    assert one(text, gazetteer).type == "armed-clash"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("A roadside bomb killed at least 14 regime forces near the town of Sukhna on Sunday.", SAA),
        ("An air strike on a base near Saraqib killed 31 rebels on Tuesday.", REBELS),
        ("Heavy shelling on the edge of Deir Ezzor killed nine Syrian soldiers overnight.", SAA),
    ],
)
def test_the_dead_counted_by_the_name_of_their_side_were_the_target(
    text: str, target: str, gazetteer: Gazetteer
) -> None:
    assert target in one(text, gazetteer).targets


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        ("Heavy air raids pounded IS-held villages east of Homs on Friday.", (IS,)),
        ("Five people died when a mortar shell hit a rebel-held district of Aleppo.", (REBELS,)),
        # a whole province described by its holder is not the ground a strike hit
        ("Air strikes on rebel-held Idlib province killed 12 people on Monday.", ()),
    ],
)
def test_whose_ground_a_strike_that_names_no_one_hit_is_its_target(
    text: str, targets: tuple[str, ...], gazetteer: Gazetteer
) -> None:
    found = one(text, gazetteer)
    assert not found.attackers
    assert found.targets == targets


SARC = "actor/syrian-arab-red-crescent"


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        (
            "A suspected air raid on a Syrian Arab Red Crescent supply convoy near Atarib left nine dead on Sunday.",
            (SARC,),
        ),
        (
            "The explosion which destroyed the Ahrar al-Sham leaders' meeting in Saraqib killed 30.",
            ("actor/ahrar-al-sham",),
        ),
        ("Three IS ammunition depots were hit in the raids near Mayadin on Friday.", (IS,)),
        # a place named with its holder is no thing owned: "Red Crescent ground" is not hit as the body's property
        ("A suspected air raid on a Syrian Arab Red Crescent field near Atarib left nine dead on Sunday.", ()),
    ],
)
def test_the_owner_of_what_an_attack_hit_is_its_target(
    text: str, targets: tuple[str, ...], gazetteer: Gazetteer
) -> None:
    assert one(text, gazetteer).targets == targets


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        (
            "The raids are aimed at weakening IS around the Kuweires airbase which the group has besieged for a year.",
            "siege",
        ),
        ("A push aimed at retaking Tabqa from IS which seized the town in 2014 began in March.", "territory"),
    ],
)
def test_a_relative_clause_after_a_purpose_tells_a_fact(text: str, etype: str, gazetteer: Gazetteer) -> None:
    assert etype in [
        d.type.replace("non-state-actor-overtakes-territory", "territory") for d in detect(text, gazetteer)
    ]


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("IS fighters took Palmyra on Wednesday after a week of fighting.", "non-state-actor-overtakes-territory"),
        ("Government troops took three villages near Hama on Sunday.", "government-regains-territory"),
        ("Rebels took back the hill overlooking Latakia.", "non-state-actor-overtakes-territory"),
        ("IS fighters took Palmyra and 300 prisoners on Wednesday.", "non-state-actor-overtakes-territory"),
    ],
)
def test_took_with_ground_as_its_object_takes_territory(text: str, etype: str, gazetteer: Gazetteer) -> None:
    assert etype in [d.type for d in detect(text, gazetteer)]


@pytest.mark.parametrize(
    "text",
    [
        "Government forces took Reuters reporters on a tour of Palmyra.",
        "Rebel commanders took part in the talks in Geneva on Monday.",
        "IS fighters took up positions outside Palmyra.",
        "Government forces took positions near Hama.",
        "IS fighters took Damascus by surprise on Friday.",
        # review: a place naming the people taken
        "Government forces took Aleppo residents to shelters on Monday.",
        "Rebels took Homs officials to a meeting in Idlib.",
        "The rebels took Hama's governor hostage on Monday.",
    ],
)
def test_took_with_anything_else_takes_no_territory(text: str, gazetteer: Gazetteer) -> None:
    assert not {"non-state-actor-overtakes-territory", "government-regains-territory"} & {
        d.type for d in detect(text, gazetteer)
    }


@pytest.mark.parametrize(
    "text",
    [
        "Two Russian pilots were on a training flight over Hama with a Syrian helicopter on Monday.",
        "The airbase near Raqqa holds dozens of helicopters and tanks.",
        "Residents of Kobani heard the roar of fighter jets overnight.",
    ],
)
def test_aircraft_named_with_nothing_done_are_no_air_strike(text: str, gazetteer: Gazetteer) -> None:
    assert "air-strike" not in [d.type for d in detect(text, gazetteer)]


def test_aircraft_that_do_something_still_strike(gazetteer: Gazetteer) -> None:
    assert [d.type for d in detect("Syrian helicopters dropped barrels on Daraya on Monday.", gazetteer)] == [
        "air-strike"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Russian warplanes flattened a market in Idlib on Monday.",
        "Syrian jets levelled the town of Kafr Nabl overnight.",
        "Regime helicopters unleashed a barrage on Daraya.",
    ],
)
def test_aircraft_that_destroy_something_still_strike(text: str, gazetteer: Gazetteer) -> None:
    assert "air-strike" in [d.type for d in detect(text, gazetteer)]


@pytest.mark.parametrize(
    "text",
    [
        "Rebel fighters began withdrawing from their positions around Douma on Sunday.",
        "The deal allowed the withdrawal of IS fighters from Yarmouk on Monday.",
        "The town of Madaya was evacuated by rebel fighters on Friday.",
    ],
)
def test_fighters_leaving_a_place_hand_it_over(text: str, gazetteer: Gazetteer) -> None:
    assert "non-violent-transfer-of-territory" in [d.type for d in detect(text, gazetteer)]


def test_people_evacuated_by_rescuers_are_no_transfer(gazetteer: Gazetteer) -> None:
    text = "Hundreds of wounded civilians were evacuated by the Red Crescent from Madaya on Friday."
    assert "non-violent-transfer-of-territory" not in [d.type for d in detect(text, gazetteer)]


@pytest.mark.parametrize(
    "text",
    [
        "More than 30000 people are trapped in Madaya under a blockade by government forces.",
        "Kafraya which is surrounded by rebel fighters has run out of bread.",
        "Aid reached Madaya, which is surrounded by government forces, on Monday.",
    ],
)
def test_a_blockade_or_a_town_surrounded_by_fighters_is_a_siege(text: str, gazetteer: Gazetteer) -> None:
    assert "siege" in [d.type for d in detect(text, gazetteer)]


@pytest.mark.parametrize(
    "text",
    [
        "Police surrounded the attacker in Homs on Monday.",
        "Kafraya is surrounded by farmland and olive groves.",
        "The plane was surrounded by the army on the runway near Hama.",
    ],
)
def test_surrounded_by_anything_else_is_no_siege(text: str, gazetteer: Gazetteer) -> None:
    assert "siege" not in [d.type for d in detect(text, gazetteer)]


@pytest.mark.parametrize(
    "text",
    [
        "Fifteen gunmen were captured by the Syrian army near Daraa on Sunday.",
        "Twelve jihadists had been seized by Syrian troops near Hama on Monday.",
    ],
)
def test_people_captured_in_the_passive_are_captives_not_territory(text: str, gazetteer: Gazetteer) -> None:
    assert not {"non-state-actor-overtakes-territory", "government-regains-territory"} & {
        d.type for d in detect(text, gazetteer)
    }


def test_a_hedge_before_a_relative_pronoun_is_another_clauses(gazetteer: Gazetteer) -> None:
    text = "Hundreds of people will be moved out of Madaya which is surrounded by government forces."
    assert "siege" in [d.type for d in detect(text, gazetteer)]


def test_a_hedge_after_the_relative_pronoun_still_blocks(gazetteer: Gazetteer) -> None:
    assert detect("Rebels say that IS fighters who could storm Palmyra are massing nearby.", gazetteer) == []


@pytest.mark.parametrize(
    "text",
    [
        "Government shells struck Jayrud where rebels killed a captured pilot on Friday.",
        "IS fighters killed 20 prisoners in Raqqa on Monday.",
    ],
)
def test_captives_killed_by_an_armed_group_are_an_attack_on_civilians(text: str, gazetteer: Gazetteer) -> None:
    assert "attack-on-civilians" in [d.type for d in detect(text, gazetteer)]


def test_captives_killed_by_a_means_are_that_means(gazetteer: Gazetteer) -> None:
    assert [d.type for d in detect("Russian warplanes killed 20 prisoners in a jail in Idlib.", gazetteer)] == [
        "air-strike"
    ]


@pytest.mark.parametrize("victims", ["15 young men", "a family", "two boys", "three girls"])
def test_killing_young_men_children_or_families_is_an_attack_on_civilians(victims: str, gazetteer: Gazetteer) -> None:
    text = f"IS militants killed {victims} near Mayadin on Monday."
    assert [d.type for d in detect(text, gazetteer)] == ["attack-on-civilians"]


@pytest.mark.parametrize(
    "text",
    [
        "The minister condemned the economic blockade imposed on Syria by the United States.",
        "Officials in Damascus blamed the trade blockade for the shortage of medicine.",
    ],
)
def test_an_economic_blockade_is_no_siege(text: str, gazetteer: Gazetteer) -> None:
    assert "siege" not in [d.type for d in detect(text, gazetteer)]


@pytest.mark.parametrize(
    "text",
    [
        "Iran withdrew from the deal over Idlib with Turkey on Monday.",
        "Turkey is withdrawing from its agreement with Russia on Idlib.",
        "Russia began withdrawing from Syria on Tuesday, Putin said.",
        "Qatar withdrew from the Arab League meeting in Cairo on Sunday.",  # a gathering left
        "Rebel delegates withdrew from the Astana session on Tuesday.",
    ],
)
def test_leaving_a_pact_or_a_country_hands_over_no_ground(text: str, gazetteer: Gazetteer) -> None:
    assert "non-violent-transfer-of-territory" not in [d.type for d in detect(text, gazetteer)]


def test_fighters_leaving_a_town_still_hand_it_over(gazetteer: Gazetteer) -> None:
    text = "Hezbollah fighters are withdrawing from Qusayr after the battle."
    assert "non-violent-transfer-of-territory" in [d.type for d in detect(text, gazetteer)]


@pytest.mark.parametrize(
    "text",
    [
        "Militants withdrew from the town council building in Saraqeb on Thursday.",
        "YPG fighters withdrew from the coalition base near Kobani on Friday.",
    ],
)
def test_leaving_a_building_named_after_a_gathering_still_hands_it_over(text: str, gazetteer: Gazetteer) -> None:
    assert "non-violent-transfer-of-territory" in [d.type for d in detect(text, gazetteer)]


@pytest.mark.parametrize(
    "text",
    [
        "IS militants killed the prisoners' guards near Raqqa on Monday.",
        "Rebels killed two hostages' captors in a raid near Idlib.",
    ],
)
def test_people_of_captives_are_no_captives(text: str, gazetteer: Gazetteer) -> None:
    assert "attack-on-civilians" not in [d.type for d in detect(text, gazetteer)]


def test_pilots_of_an_aircraft_shot_down_are_no_captives(gazetteer: Gazetteer) -> None:
    # killed in the fight that downed them; a captured pilot killed later stays an attack on civilians
    downed = "Rebels killed two pilots of the Syrian air force when they shot down a jet near Saraqib."
    assert "attack-on-civilians" not in [d.type for d in detect(downed, gazetteer)]
    captured = "IS militants killed the captured pilot near Raqqa on Monday."
    assert [d.type for d in detect(captured, gazetteer)] == ["attack-on-civilians"]


@pytest.mark.parametrize(
    "text",
    [
        "Rebels killed the pilot after his plane crashed in the desert east of Homs.",
        "Rebels killed the captured pilot of a plane they had downed east of Homs.",
    ],
)
def test_a_pilot_killed_after_the_crash_or_held_is_a_captive(text: str, gazetteer: Gazetteer) -> None:
    assert "attack-on-civilians" in [d.type for d in detect(text, gazetteer)]


@pytest.mark.parametrize(
    "text",
    [
        "Rebels violated the ceasefire 40 times since it came into force on Monday.",
        "Since the truce took effect in Homs the army has breached it twice.",
    ],
)
def test_a_truce_broken_since_it_took_effect_is_a_ceasefire(text: str, gazetteer: Gazetteer) -> None:
    assert "ceasefire" in [d.type for d in detect(text, gazetteer)]


@pytest.mark.parametrize(
    "text",
    [
        "IS fighters took 30 villagers hostage near Raqqa on Monday.",
        "Most of the 50 hostages taken by IS near Hasakah were Christians.",
        "Dozens of hostages were seized by rebels in Adra on Sunday.",
    ],
)
def test_hostages_taken_are_an_abduction(text: str, gazetteer: Gazetteer) -> None:
    assert "abduction" in [d.type for d in detect(text, gazetteer)]


def test_a_side_named_after_a_speech_verb_acts(gazetteer: Gazetteer) -> None:
    found = one("The Syrian army says rebels killed a pilot they captured near Hama on Monday.", gazetteer)
    assert (found.type, found.attackers) == ("attack-on-civilians", (REBELS,))


@pytest.mark.parametrize(
    ("text", "standing"),
    [
        ("Madaya has been under siege for nearly a year.", True),
        ("Some 40000 people are living under government siege in Madaya.", True),
        ("The siege of Madaya was discussed at the talks.", False),
    ],
)
def test_a_siege_told_as_a_state_that_holds_now(text: str, standing: bool, gazetteer: Gazetteer) -> None:
    assert [d.standing for d in detect(text, gazetteer) if d.type == "siege"] == [standing]


@pytest.mark.parametrize(
    "text",
    [
        "Russia announced a three-day ceasefire in Hama on Monday.",
        "Russia has declared a unilateral truce around Hama for the Eid holiday.",
    ],
)
def test_who_announces_a_truce_is_its_party(text: str, gazetteer: Gazetteer) -> None:
    found = one(text, gazetteer)
    assert (found.type, found.attackers) == ("ceasefire", ("actor/russia",))


def test_who_announces_what_another_clause_says_of_a_truce_is_not_its_party(gazetteer: Gazetteer) -> None:
    # the truce word is the object of a reported clause, not of the announcing ("welcomed": since the thirty-seventh
    # session a truce the clause says was rejected is no truce made at all, `deals_unmade`)
    text = "Rebels announced they welcomed the truce in Eastern Ghouta on Monday."
    assert [d.attackers for d in detect(text, gazetteer) if d.type == "ceasefire"] == [()]


def test_civilians_killed_by_a_side_beside_its_taking_of_the_town(gazetteer: Gazetteer) -> None:
    text = "Nine residents were killed by IS militants after the group seized Qaryatayn on Monday."
    found = {d.type: d.attackers for d in detect(text, gazetteer)}
    assert found.get("attack-on-civilians") == (IS,)
    # the means named says what killed them: one air strike
    struck = detect("Nine residents were killed by Russian air strikes after IS seized Qaryatayn.", gazetteer)
    assert "attack-on-civilians" not in {d.type for d in struck}
