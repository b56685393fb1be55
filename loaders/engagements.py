"""Engagements in one sentence: trigger words give the type, the words around the trigger give the roles.

One detection per engagement type per sentence (the first trigger of the type anchors the roles). Generic
triggers ("attack", "assault", "offensive", "raids") give way to a more specific type in the same sentence
("attacks by warplanes" is an air strike, not a clash). Triggers in a negated, future or hypothetical clause
("will continue", "if ... fall", "could", "expected to") give nothing.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from loaders.aircraft_named import told_by_aircraft
from loaders.chemical_attacks import one_chemical_attack
from loaders.engagement_roles import PASSIVE_BEFORE, TAKER_AFTER, UNNAMED_AGENT
from loaders.engagement_types import AIR_CONTEXT, STATE_ARMY, STATE_CLASSES, flown_by, generic_type, territory_type
from loaders.from_the_air import air_attackers, forces_named
from loaders.going_on_words import goes_on
from loaders.ground import forced_out_by, is_entry, road_holders
from loaders.ground_words import FIRE_FROM_AFAR, told_on_foot
from loaders.killed_people import killed_by_suicide_bomber, unnamed_people_killed
from loaders.lately_made import lately_made_truce
from loaders.model import Mention, Span
from loaders.munition_subjects import missile_type
from loaders.other_munitions import another_told
from loaders.participle_takers import participle_taker
from loaders.reactions import doer_told_elsewhere
from loaders.scene_merges import by_scene, one_battle, one_bombardment, one_taking
from loaders.scenes import places_of_scene, trigger_scenes
from loaders.sentence_roles import EngagementSentence, SetAside, read_roles, roles_by_type, set_aside
from loaders.sentence_triggers import LOOSE_BOMBING, WEAK_EXPLOSIVE, filter_triggers, find_triggers, kills_kept
from loaders.state_media_gains import state_media_gain
from loaders.support_phrases import named_supporters
from loaders.taken_from import expelled_side, lost_before_taker, taken_back_from
from loaders.the_hit import (
    CIVILIAN_WORDS,
    CIVILIANS_KILLED,
    FIRED_ON_CIVILIANS,
    HELD,
    captives,
    opposition_holders,
    sniped_fighters,
)
from loaders.told_before import (
    ANOTHER,
    ANOTHER_PLACE,
    another_place_named,
    definite,
    definite_by_subject,
    more_dead,
    one_of_many,
)
from loaders.trigger_guards import ENDURED_YEARS, clause_span
from loaders.truce_words import OPENS_ON_A_TRUCE, truce_as_time
from loaders.unarmed_ambushed import unarmed_ambushed
from loaders.unnamed_doers import killed_by_unnamed
from loaders.unnamed_gunmen import gunmen_attacked
from loaders.unnamed_subjects import doer_told_unnamed
from loaders.unopposed import taken_unopposed

# "Eastern Ghouta has been under siege", "people living under government siege": a siege that holds as the article is
# written, its time the present tense (not "the siege of Aleppo" named in passing)
_STANDING_SIEGE = re.compile(
    r"\b(?:is|are|has\s+been|have\s+been|remains?|remained|li(?:ve|ves|ving))\s+(?:still\s+|now\s+|currently\s+)?"
    r"under\s+(?:a\s+)?(?:[\w-]+\s+){0,2}?$",
    re.I,
)
# Words that tell the side of an unnamed actor taking territory ("Militants seized", "regime troops retook").
_SIDE_WORDS = re.compile(
    r"\b(?:militants?|rebels?|terrorists?|jihadists?|insurgents?|opposition|gunmen|fighters|regime|government|"
    r"army|troops|loyalists?|soldiers)\b[^.,;]{0,40}$",
    re.IGNORECASE,
)
# "a Britain-based monitor", "rebel-held Idlib": a name describing a body or a place, no one acting.
_BASED = re.compile(r"-(?:based|born|educated|registered|headquartered|held|controlled|run|dominated|occupied)\b")

# Who can attack or be attacked: armed actors, not the outlets, monitors or officials who report on them.
COMBATANT_CLASSES = frozenset({"State", "StateForce", "NonStateArmedGroup", "International"})
VICTIM_CLASSES = frozenset({"Organisation", "MediaOutlet"})  # counted among the dead, never fighting


@dataclass(frozen=True)
class Detection:
    """One engagement found in a sentence, before it is merged with others of the article."""

    type: str
    trigger: Span
    attackers: tuple[str, ...]
    targets: tuple[str, ...]
    supporters: tuple[str, ...]
    places: tuple[str, ...]
    definite: bool  # "the assault": may refer back to an engagement already reported
    generic: bool  # came from a generic trigger ("attack"), not a specific one
    distinct: bool = False  # "a similar car bomb attack", "another raid": not one already reported
    elsewhere: bool = False  # "on another neighbourhood": not at the quarter reported before
    unnamed_agent: bool = False  # "terrorists in Palmyra fired": someone the gazetteer cannot name did it
    by_aircraft: bool = False  # "the warplanes carried out raids": aircraft told doing the strike
    going_on: bool = False  # "Clashes continued", "a third day of fighting": a battle already under way
    blast: bool = False  # told only as a blast or an explosion: what any bomb does, a suicide bomber's too
    bombing: bool = False  # told only as "bombing(s)" or "bombardment(s)": what aircraft and guns do too
    standing: bool = False  # "has been under siege": a state that holds as the article is written
    by_subject: bool = False  # "The regime forces shelled": definite only by its doer's article, no event told before
    scene: Span | None = None  # the part of its sentence that tells it, when the sentence tells several scenes


def find_engagements(
    body: str,
    sentence: Span,
    mentions: Sequence[Mention],
    classes: Mapping[str, str],
    fallback_agent: str | None = None,
) -> list[Detection]:
    """Engagements reported in one sentence, one per type, in order of their triggers.

    `mentions` are the sentence's actor and place mentions (absolute spans); `classes` maps keys to classes.
    `fallback_agent` is the actor the sentence continues to talk about ("Russia intervenes ... The fighters
    carried out raids"), used only when no actor is named before a trigger.

    >>> body = "IS militants ambushed Syrian soldiers near Palmyra."
    >>> ms = [Mention(Span(0, 12), "actor/islamic-state", "actor"),
    ...       Mention(Span(22, 37), "actor/syrian-arab-army", "actor"),
    ...       Mention(Span(43, 50), "place/palmyra", "place")]
    >>> d = find_engagements(body, Span(0, len(body)), ms, {})[0]
    >>> d.type, d.attackers, d.targets, d.places
    ('ambush', ('actor/islamic-state',), ('actor/syrian-arab-army',), ('place/palmyra',))
    """
    text = body[sentence.start : sentence.end]
    base = sentence.start
    s = _read_sentence(body, sentence, mentions, classes, fallback_agent)
    triggers = find_triggers(text, base, mentions, classes)
    if not triggers:
        return []
    triggers = filter_triggers(text, base, triggers, mentions, s.actors, classes)
    specific_at = [m.start() for t, m, g in triggers if not g and t != "armed-clash" and not truce_as_time(text, t, m)]
    triggers = kills_kept(text, base, triggers, s.actors)
    # "air strikes on Aleppo killed five and shelling on Homs killed three": two scenes, each with its own places
    scenes, scene_of = trigger_scenes(text, base, triggers, mentions)
    specific = {i for i, sc in enumerate(scenes) for at in specific_at if sc.start <= at < sc.end}
    # scenes whose specific triggers are all fire from afar: a ground word there tells a fight of its own
    afar = specific - {
        i for i, sc in enumerate(scenes) for t, m, g in triggers
        if not g and t != "armed-clash" and t not in FIRE_FROM_AFAR and sc.start <= m.start() < sc.end
    }  # fmt: skip
    detections: dict[tuple[str, int], Detection] = {}
    aside = SetAside()
    for etype, match, generic in triggers:
        scene = scene_of[match.start()]
        if generic and scene in specific:
            set_aside(s, match, etype, aside)
            # "attempted to launch an offensive on army positions after performing artillery strikes": the
            # offensive is fought on the ground, the strikes fired from afar (thirtieth session, helper merge30)
            if not (scene in afar and told_on_foot(text, match.start(), match.end())):
                continue
        attackers, targets = read_roles(s, match, etype, aside)
        attackers, targets = roles_by_type(s, match, etype, attackers, targets)
        etype = _settle_type(s, match, etype, generic, attackers)
        if etype == "air-strike":
            # "airstrikes by Russian forces": Russia's air war in Syria is its Aerospace Forces'; an armed group has no
            # aircraft ("Daraya was evacuated by rebels after relentless bombing": the rebels bombed nothing)
            attackers = air_attackers(attackers, classes, forces_named(text, base, s.actors))
        if (taken := _ground_taken(s, match, etype, attackers, targets)) is None:
            continue
        etype, attackers, targets = taken
        if etype == "killing":
            if (killing := _killing_type(s, match, attackers)) is None:
                continue
            etype = killing
        if (etype, scene) in detections:
            detections[etype, scene] = _completed(detections[etype, scene], attackers, targets)
            continue
        generic = generic and not gunmen_attacked(text, match.start(), match.end())
        detections[etype, scene] = _build(s, match, etype, generic, attackers, targets, scenes, scene, aside)
    told = sorted(detections.values(), key=lambda d: d.trigger.start)
    return [
        d
        for part in by_scene(told)
        for d in one_battle(one_bombardment(one_taking(one_chemical_attack(part, body)), body), body)
    ]


def _read_sentence(
    body: str,
    sentence: Span,
    mentions: Sequence[Mention],
    classes: Mapping[str, str],
    fallback_agent: str | None,
) -> EngagementSentence:
    """The sentence's text, its combatants, the bodies it may tell hit, its places, holders and supporters."""
    text = body[sentence.start : sentence.end]
    base = sentence.start
    actors = _actors_of(body, mentions, classes, COMBATANT_CLASSES)
    # Bodies that never fight may still be the ones hit: "eight civil defence workers were killed when an air strike"
    the_hit = _actors_of(body, mentions, classes, COMBATANT_CLASSES | VICTIM_CLASSES)
    places = tuple(dict.fromkeys(m.key for m in mentions if m.kind == "place"))
    # "rebel-held Douma": no one acting, but whose ground the engagement hit
    holders = [
        m
        for m in mentions
        if m.kind == "actor" and classes.get(m.key, "State") in COMBATANT_CLASSES and HELD.match(body, m.span.end)
    ]
    # "a siege on opposition-held eastern Aleppo": the rebels hold it, though "opposition" is no mention
    held_by_rebels = opposition_holders(body, sentence.start, sentence.end, mentions)
    holders = sorted([*holders, *held_by_rebels], key=lambda m: m.span.start)
    supporters = named_supporters(text, base, actors)
    return EngagementSentence(
        body, text, base, mentions, classes, actors, the_hit, places, holders, supporters, fallback_agent
    )


def _settle_type(
    s: EngagementSentence, match: re.Match[str], etype: str, generic: bool, attackers: tuple[str, ...]
) -> str:
    """The trigger's type once its attackers are known: a generic word's type, bombs from the air."""
    text, classes = s.text, s.classes
    word = match.group(0).lower()
    if etype == "shelling" and word.startswith("bombard") and AIR_CONTEXT.search(text):
        etype = "air-strike"
    if generic:
        etype = generic_type(etype, word, text, attackers, classes)
        if FIRED_ON_CIVILIANS.match(text, match.start()):
            etype = "attack-on-civilians"  # "opened fire on protesters": shots at the unarmed, no clash
    etype = missile_type(etype, word, text, match.start(), attackers, classes)  # "Israeli missiles hit the airport"
    if etype == "attack-on-civilians" and re.match(r"massacr", word) and flown_by(attackers, classes):
        # "a massacre by the Russian Air Force", "the coalition's massacre in Raqqa": killing from the air, which
        # ACLED codes as an air strike whoever died (twenty-first session, helper outprec6)
        etype = "air-strike"
    if etype in ("ambush", "armed-clash") and unarmed_ambushed(text, match, etype):
        etype = "attack-on-civilians"  # "killed four activists in an ambush", "attacked a bus carrying pilgrims"
    if etype == "attack-on-civilians" and sniped_fighters(text, match):
        etype = "armed-clash"  # "a sniper killed two soldiers": shots at those who can fire back
    if (
        etype == "remote-explosive"
        and re.fullmatch(r"bomb(?:ed|ing|ings|s)?", word)
        and any(classes.get(k) in (*STATE_CLASSES, "International") for k in attackers)
    ):
        etype = "air-strike"  # "the US-led coalition bombed Hanida", "the regime bombed Douma": from the air
    return etype


def _ground_taken(
    s: EngagementSentence, match: re.Match[str], etype: str, attackers: tuple[str, ...], targets: tuple[str, ...]
) -> tuple[str, tuple[str, ...], tuple[str, ...]] | None:
    """A territory trigger's type and sides (ground lost in a battle is taken), None when no side can be told."""
    text, base, actors, classes = s.text, s.base, s.actors, s.classes
    word = match.group(0).lower()
    if etype == "non-violent-transfer-of-territory" and (takers := forced_out_by(text, base, match, actors, attackers)):
        # "the army withdrew from the farms as they faced a rebel counter-offensive": ground lost in a battle
        attackers, targets, etype = takers, attackers, "territory"
    if etype == "territory":
        passive = bool(PASSIVE_BEFORE.search(text[: match.start()]))
        if not attackers and not passive:
            # "rebels have massed on the front scoring quick gains in the district": the main clause's subject took it
            attackers = participle_taker(actors, text, base, match.start())
        # "were liberated from the control of the militants": no taker, but the loser named (`taken_from`)
        lost_by = taken_back_from(text, base, match, actors) if passive and not attackers else None
        targets = targets or lost_by or ()
        if passive and not targets:
            # "Palmyra was recaptured from IS by Syrian troops": the loser between the verb and its taker
            targets = lost_before_taker(text, base, match, actors, attackers)
        expelled = expelled_side(word, passive, attackers, targets)
        # "SANA said the village of Tal Antar was taken": the state's media tell its own gain
        by_state_media = passive and not attackers and not targets and state_media_gain(text, match)
        a_side_told = bool(attackers) or lost_by is not None or expelled or by_state_media
        if not a_side_told and (
            passive or not _SIDE_WORDS.search(text[: match.start()]) or is_entry(word) or TAKER_AFTER.fullmatch(word)
        ):
            return None  # who took it is unknown: not even the side can be told ("troops entered" may be anyone's)
        # "the road to rebel-held parts": a holder of the ground named is a side too
        sides = sorted([*actors, *s.holders], key=lambda m: m.span.start)
        targets = targets or road_holders(text, base, match, sides, attackers)
        etype = "government-regains-territory" if by_state_media else territory_type(text, match, attackers, classes)
        if by_state_media:
            attackers = (STATE_ARMY,)  # the state's own gain, its army the taker (as `engagement_output.freeze` names)
        if expelled:
            # the side driven out lost the ground, so the other side took it
            state_lost = any(classes.get(k) in STATE_CLASSES for k in targets)
            etype = "non-state-actor-overtakes-territory" if state_lost else "government-regains-territory"
        if taken_unopposed(text, match):
            etype = "non-violent-transfer-of-territory"  # "the army entered Palmyra unopposed": no battle (`unopposed`)
    return etype, attackers, targets


def _killing_type(s: EngagementSentence, match: re.Match[str], attackers: tuple[str, ...]) -> str | None:
    """A killing told on its own: of civilians or captives, or in a clash; None when no killer is named."""
    text = s.text
    unnamed = not attackers and killed_by_unnamed(text, match.start())  # "Gunmen shot dead a doctor"
    if not attackers and not unnamed:
        return None
    if attackers and killed_by_suicide_bomber(text, match.start()):
        return "suicide-bombing"  # "a suicide bomber from ISIL killed 32 soldiers": the bomber's blast, no clash
    if flown_by(attackers, s.classes):
        return "air-strike"  # "civilians were killed by Assad's air force": an air arm kills only from the air
    victims = text[match.end() : match.end() + 60]
    # any case: a headline is title-cased ("Islamic State Kills Three Journalists")
    civilian = re.match(rf"\s+(?:\S+\s+){{0,3}}?{CIVILIAN_WORDS}\b", victims, re.IGNORECASE) or CIVILIANS_KILLED.search(
        text, max(0, match.start() - 80), match.start()
    )
    # "regime forces shot dead five people": the unarmed killed by a side, no fighting told; fighters are named so
    people = unnamed_people_killed(text, match.start(), match.end())
    if civilian or people or captives(text, match):
        return "attack-on-civilians"
    return None if unnamed else "armed-clash"  # unnamed armed men killing fighters: a side of a clash untold


def _completed(first: Detection, attackers: tuple[str, ...], targets: tuple[str, ...]) -> Detection:
    """The first detection of a type in a scene, with the roles a later trigger of the type names and it left out."""
    # "Israeli planes delivered a missile strike on army positions": the strike has the target, the planes the attacker
    if not first.attackers and attackers and not set(attackers) & set(first.targets):
        first = replace(first, attackers=attackers)
    if not first.targets and targets:
        first = replace(first, targets=tuple(k for k in targets if k not in first.attackers))
    return first


def _build(
    s: EngagementSentence,
    match: re.Match[str],
    etype: str,
    generic: bool,
    attackers: tuple[str, ...],
    targets: tuple[str, ...],
    scenes: list[Span],
    scene: int,
    aside: SetAside,
) -> Detection:
    """The detection of one trigger: its roles, the places of its scene, and what it tells of its time and kind."""
    text, base, mentions, places, supporters = s.text, s.base, s.mentions, s.places, s.supporters
    definite_at = aside.definite_at
    sentence = Span(base, base + len(text))
    elsewhere = ANOTHER_PLACE.match(text, match.end()) is not None or another_place_named(s.body, sentence, mentions)
    own_places = places_of_scene(places, scenes[scene], base, mentions) if len(scenes) > 1 else places
    return Detection(
        type=etype,
        trigger=Span(base + match.start(), base + match.end()),
        attackers=attackers,
        targets=tuple(k for k in targets if k not in attackers),
        supporters=tuple(k for k in supporters if k not in attackers and k not in targets),
        places=own_places,
        definite=definite(text, match)
        or any(clause_span(text, match.start(), match.end())[0] <= at < match.start() for at in definite_at),
        by_subject=definite_by_subject(text, match),
        generic=generic,
        distinct=elsewhere
        or ANOTHER.search(text[: match.start()]) is not None
        # one picked out at a place of its own; with none it is the event told ("One of the strikes hit a hospital")
        or (one_of_many(text, match) and bool(own_places))
        or another_told(text, match)
        or more_dead(text, match)
        or (etype == "ceasefire" and OPENS_ON_A_TRUCE.fullmatch(text, 0, match.start()) is not None),
        elsewhere=elsewhere,
        blast=etype == "remote-explosive" and bool(WEAK_EXPLOSIVE.fullmatch(match.group(0))),
        bombing=etype == "remote-explosive" and bool(LOOSE_BOMBING.fullmatch(match.group(0))),
        going_on=etype == "armed-clash" and goes_on(text[slice(*clause_span(text, match.start(), match.end()))]),
        standing=lately_made_truce(etype, text, match)
        or (
            etype == "siege"
            and bool(
                _STANDING_SIEGE.search(text, max(0, match.start() - 60), match.start())
                or ENDURED_YEARS.search(text, max(0, match.start() - 80), match.start())
            )
        ),
        unnamed_agent=not attackers and (by_unnamed_agent(text, match) or doer_told_elsewhere(text, match)),
        # the sentence's (or its scene's) one air strike: aircraft told striking anywhere in it tell who struck
        by_aircraft=etype == "air-strike" and told_by_aircraft(text, scenes[scene].start, scenes[scene].end),
        scene=Span(base + scenes[scene].start, base + scenes[scene].end) if len(scenes) > 1 else None,
    )


# "a rocket attack launched by terrorists", "shells which were fired by militants", "an attack by gunmen": the agent
# of a passive after the trigger, someone the gazetteer cannot name
_UNNAMED_AGENT_AFTER = re.compile(
    r"\s+(?:(?:which|that)\s+(?:was|were|had\s+been)\s+)?(?:(?:launched|fired|carried\s+out|committed|perpetrated|"
    r"mounted|staged)\s+)?by\s+(?:the\s+)?(?:terrorists|militants|gunmen|jihadists|insurgents|extremists)\b",
    re.IGNORECASE,
)


def by_unnamed_agent(text: str, match: re.Match[str]) -> bool:
    """Whether the trigger's clause says someone unnamed did it: before it ("terrorists in Palmyra fired") or as the
    agent of a passive right after it ("a rocket attack launched by terrorists")."""
    clause_start = clause_span(text, match.start(), match.end())[0]
    if UNNAMED_AGENT.search(text, clause_start, match.start()) or doer_told_unnamed(text, clause_start, match.end()):
        return True
    return _UNNAMED_AGENT_AFTER.match(text, match.end()) is not None


def _actors_of(
    body: str, mentions: Sequence[Mention], classes: Mapping[str, str], kinds: frozenset[str]
) -> list[Mention]:
    """The actor mentions of the given classes, in text order; "a Britain-based monitor" is not Britain acting."""
    return sorted(
        (
            m
            for m in mentions
            if m.kind == "actor" and classes.get(m.key, "State") in kinds and not _BASED.match(body, m.span.end)
        ),
        key=lambda m: m.span.start,
    )
