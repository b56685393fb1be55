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

from loaders.bombed_places import bombs_a_place
from loaders.chemical_attacks import one_chemical_attack
from loaders.engagement_roles import PASSIVE_BEFORE, TAKER_AFTER, UNNAMED_AGENT, WHEN_THEN_OBJECT, find_roles
from loaders.engagement_triggers import TERRITORY_GROUP, TYPES, trigger_matches
from loaders.engagement_types import AIR_CONTEXT, MEANS, STATE_CLASSES, generic_type, territory_type
from loaders.from_the_air import (
    AIRBORNE_MUNITION,
    BOMBARDMENT,
    DROPPED_AFTER,
    DROPPED_BOMB,
    WITH_BOMBARDMENT,
    air_attackers,
    forces_named,
    ground_fired,
)
from loaders.ground import (
    attempt_targets,
    attempted,
    enters_ground,
    forced_out_by,
    is_entry,
    road_holders,
)
from loaders.harm_and_holding_words import destruction_alone
from loaders.model import Mention, Span
from loaders.owners_hit import owners_hit
from loaders.scene_merges import by_scene, one_battle, one_bombardment, one_taking
from loaders.scenes import fronted_subject, places_of_scene, trigger_scenes
from loaders.support_phrases import named_supporters
from loaders.taken_from import taken_back_from
from loaders.the_hit import (
    CIVILIAN_WORDS,
    CIVILIANS_KILLED,
    FIRED_ON_CIVILIANS,
    HELD,
    captives,
    captives_killed,
    civilians_killed_by_hand,
    holders_hit,
    victim_groups,
)
from loaders.told_before import ANOTHER, ANOTHER_PLACE, another_place_named, another_unit, definite
from loaders.trigger_guards import ENDURED_YEARS, NO_OBJECT, blocked, clause_span
from loaders.trigger_objects import leaves_a_country, surrounds_a_place, takes_ground
from loaders.truce_parties import announcer, deal_parties, made_with
from loaders.truce_words import OPENS_ON_A_TRUCE

_TAKEN_PARTICIPLE = re.compile(r"(?i)taken\s+hostage|kidnapped|abducted|arrested|detained")
# Between a generic verb and the means it names: "attacked government forces with two suicide car bombs".
_WITH_MEANS = re.compile(r"\s+(?:[\w'’-]+\s+){0,4}?with\s+(?:(?:a|an|two|three|several|\d+)\s+)?", re.IGNORECASE)
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
_WEAK_EXPLOSIVE = re.compile(r"(?i)explosions?|blasts?|exploded|detonated")
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
    blast: bool = False  # told only as a blast or an explosion: what any bomb does, a suicide bomber's too
    standing: bool = False  # "has been under siege": a state that holds as the article is written
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
    triggers: list[tuple[str, re.Match[str], bool]] = []
    for match in trigger_matches(text):
        if (
            blocked(text, match, _attempted_capture(text, match))
            or not takes_ground(text, base, match, mentions)
            or not enters_ground(text, base, match, mentions, classes)
            or not surrounds_a_place(text, base, match, mentions)
            or leaves_a_country(text, base, match, mentions, classes)
        ):
            continue
        kind = match.lastgroup or ""
        if kind == "kill":
            triggers.append(("killing", match, True))
        elif kind == "generic":
            near = text[max(0, match.start() - 40) : match.end() + 40]
            word = match.group(0).lower()
            context = text if word.startswith("bomb") else near
            if AIR_CONTEXT.search(context) and re.match(r"attack|raid|strike|struck|bomb|pound|target|hit", word):
                triggers.append(("air-strike", match, False))
            elif word.startswith("bomb") and (
                BOMBARDMENT.search(text, 0, match.start()) or WITH_BOMBARDMENT.match(text, match.end())
            ):
                triggers.append(("air-strike", match, False))  # "after relentless bombing": a bombardment
            elif word.startswith("bomb") and (
                DROPPED_BOMB.search(text, 0, match.start()) or DROPPED_AFTER.match(text, match.end())
            ):
                # "using incendiary napalm bombs", "cluster bombs": bombs dropped from the air, not planted
                triggers.append(("air-strike", match, False))
            elif word.startswith("bomb") and bombs_a_place(text, base, match.end(), mentions, classes):
                triggers.append(("air-strike", match, False))  # "the bombing of Aleppo": a town bombarded
            elif word.startswith("bomb"):
                triggers.append(("remote-explosive", match, False))
            elif word.startswith("pound"):
                triggers.append(("shelling", match, False))
            else:
                triggers.append(("armed-clash", match, True))
        else:
            etype = TYPES[int(kind[1:])]
            if etype == "territory" and attempted(text, match):
                etype = "armed-clash"  # "in an attempt to seize it", "trying to retake": a battle for it
            if etype == "remote-explosive" and DROPPED_BOMB.search(text, 0, match.start()):
                etype = "air-strike"  # "the crude unguided explosive device hit": a bomb dropped, not planted
            triggers.append((etype, match, False))
    if not triggers:
        return []
    # "artillery shells containing toxic gasses": the shells are the chemical attack's means, no shelling of their own
    triggers = [
        (t, m, g)
        for t, m, g in triggers
        if not any(
            u != t and n.start() <= m.start() and m.end() <= n.end() and (n.start(), n.end()) != (m.start(), m.end())
            for u, n, _ in triggers
        )
    ]
    # "Explosions" and "blasts" are what shells and bombs do: with a shelling or air strike named, they add nothing.
    if any(t in ("shelling", "air-strike") for t, _, _ in triggers):
        triggers = [x for x in triggers if not (x[0] == "remote-explosive" and _WEAK_EXPLOSIVE.match(x[1].group(0)))]
    if any(t == "air-strike" for t, _, _ in triggers):
        triggers = [
            ("air-strike", m, g)
            if t == "shelling"
            and AIRBORNE_MUNITION.fullmatch(m.group(0))
            and not ground_fired(text, base, m, actors, classes)
            else (t, m, g)
            for t, m, g in triggers
        ]
    # "A car bomb went off shortly before two suicide bombers detonated their belts": one suicide attack.
    if any(t == "suicide-bombing" for t, _, _ in triggers):
        scene_of = trigger_scenes(text, base, triggers, mentions)[1]
        bombed = {scene_of[m.start()] for t, m, _ in triggers if t == "suicide-bombing"}
        triggers = [x for x in triggers if x[0] != "remote-explosive" or scene_of[x[1].start()] not in bombed]
    # "An air strike killed 12 civilians" is an air strike: the means says more than the victims.
    if any(t in MEANS for t, _, _ in triggers):
        scene_of = trigger_scenes(text, base, triggers, mentions)[1]
        by_means = {scene_of[m.start()] for t, m, _ in triggers if t in MEANS}
        triggers = [
            x
            for x in triggers
            if x[0] != "attack-on-civilians"
            or not re.match(r"(?i)kill|massacr", x[1].group(0))
            or scene_of[x[1].start()] not in by_means
        ]
    triggers = destruction_alone(triggers)  # "jets bombed the city setting fire to a market": the strike's effect
    specific_at = [m.start() for t, m, generic in triggers if not generic and t != "armed-clash"]
    if any(t != "killing" for t, _, _ in triggers):
        # a kill verb only counts on its own, but for captives: "shelled the town where rebels killed the pilot"
        triggers = [
            (t, m, False) if t == "killing" else (t, m, g)
            for t, m, g in triggers
            if t != "killing"
            or captives_killed(text, base, m, actors)
            or civilians_killed_by_hand(text, base, m, actors, triggers)
        ]
    # "air strikes on Aleppo killed five and shelling on Homs killed three": two scenes, each with its own places
    scenes, scene_of = trigger_scenes(text, base, triggers, mentions)
    specific = {i for i, s in enumerate(scenes) for at in specific_at if s.start <= at < s.end}
    supporters = named_supporters(text, base, actors)
    detections: dict[tuple[str, int], Detection] = {}
    verb: tuple[re.Match[str], tuple[str, ...], tuple[str, ...]] | None = None
    set_aside: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = []  # generic triggers: (type, attackers, targets)
    definite_at: list[int] = []  # where a definite generic trigger stands ("The attack")
    for etype, match, generic in triggers:
        word = match.group(0).lower()
        scene = scene_of[match.start()]
        if generic and scene in specific:
            # "attacks by warplanes": the specific type says it better; but "rebels attacked government forces with
            # two suicide car bombs" says who did it to whom in the verb
            verb = (match, *find_roles(text, base, match, actors, supporters, fallback_agent))
            set_aside.append((generic_type(etype, word, text, verb[1], classes), *verb[1:]))
            # "The attack was carried out by Russian warplanes": the planes say how, "the attack" that it was told
            if definite(text, match):
                definite_at.append(match.start())
            continue
        attackers, targets = find_roles(text, base, match, actors, supporters, fallback_agent)
        if not attackers:
            # "After seizing Tabqa the SDF attacked Raqqa": the fronted clause's doer is the main clause's subject
            combatants = {m.key for m in actors}
            attackers = tuple(k for k in fronted_subject(text, base, match.end(), mentions) if k in combatants)
        came_under = _CAME_UNDER.search(text, max(0, match.start() - 60), match.start())
        if _UNDER_FIRE.fullmatch(match.group(0)) or came_under:
            # "the army convoy came under fire (from IS)", "an army post came under attack by IS", "came under heavy
            # shelling": the subject was fired on; only "from X" or "by X" says who fired
            under_at = came_under.start() if came_under else match.start()
            clause_start = clause_span(text, under_at, match.end())[0]
            fired_on = [m.key for m in actors if clause_start <= m.span.start - base and m.span.end - base <= under_at]
            attackers = tuple(k for k in attackers if k not in fired_on)
            targets = tuple(dict.fromkeys((*fired_on[-1:], *targets)))
        if not targets and _attempted_capture(text, match):
            targets = attempt_targets(text, base, match, actors, attackers)
        if not targets:
            targets = victim_groups(text, base, the_hit, attackers)
        if not targets:
            # "an air strike on a Red Crescent convoy", "IS targets were hit in the strikes": whose things were hit
            targets = tuple(
                k for k in owners_hit(text, base, match.start(), match.end(), the_hit) if k not in attackers
            )
        if verb is not None and not attackers and _WITH_MEANS.fullmatch(text, verb[0].end(), match.start()):
            attackers, targets = verb[1], targets or verb[2]
        if not attackers:
            # "Syrian regime strikes on Aleppo ... a district targeted by a barrel bomb": the generic word before
            # named who did this kind of thing, the specific one only what was used
            same_kind = [roles for kind, *roles in set_aside if kind == etype and roles[0]]
            if same_kind:
                attackers, targets = same_kind[-1][0], targets or same_kind[-1][1]
        if not (attackers or targets) and etype != "ceasefire":
            # "air raids hit IS-held areas": with no one named acting, whose ground was hit is the one side told
            targets = holders_hit(text, base, match, holders)
        if etype == "ceasefire":
            # a truce has parties, not a side that strikes and one struck: "a local truce with the regime"
            attackers = (
                deal_parties(text, base, match, actors)
                or tuple(dict.fromkeys((*attackers, *targets, *made_with(text, base, match, actors))))
                or announcer(text, base, match, actors)
            )
            targets = ()
        if etype in ("abduction", "arrests") and attackers and _TAKEN_PARTICIPLE.match(text, match.start()):
            # "250 Syrian troops taken hostage at an airbase": the ones named before a participle with no object were
            # taken, not takers
            taken = [
                m
                for m in actors
                if m.key in attackers
                and m.span.end - base <= match.start()
                and not text[m.span.end - base : match.start()].strip()
            ]
            if taken and NO_OBJECT.match(text, match.end()) and not WHEN_THEN_OBJECT.match(text, match.end()):
                attackers, targets = tuple(k for k in attackers if k != taken[-1].key), (taken[-1].key, *targets)
        if etype == "shelling" and word.startswith("bombard") and AIR_CONTEXT.search(text):
            etype = "air-strike"
        if generic:
            etype = generic_type(etype, word, text, attackers, classes)
            if FIRED_ON_CIVILIANS.match(text, match.start()):
                etype = "attack-on-civilians"  # "opened fire on protesters": shots at the unarmed, no clash
        if (
            etype == "remote-explosive"
            and re.fullmatch(r"bomb(?:ed|ing|ings)", word)
            and any(classes.get(k) in (*STATE_CLASSES, "International") for k in attackers)
        ):
            etype = "air-strike"  # "the US-led coalition bombed Hanida", "the regime bombed Douma": from the air
        if etype == "air-strike":
            # "airstrikes by Russian forces": Russia's air war in Syria is its Aerospace Forces'; an armed group has no
            # aircraft ("Daraya was evacuated by rebels after relentless bombing": the rebels bombed nothing)
            attackers = air_attackers(attackers, classes, forces_named(text, base, actors))
        if etype == "non-violent-transfer-of-territory" and (
            takers := forced_out_by(text, base, match, actors, attackers)
        ):
            # "the army withdrew from the farms as they faced a rebel counter-offensive": ground lost in a battle
            attackers, targets, etype = takers, attackers, "territory"
        if etype == "territory":
            passive = bool(PASSIVE_BEFORE.search(text[: match.start()]))
            # "were liberated from the control of the militants": no taker, but the loser named (`taken_from`)
            lost_by = taken_back_from(text, base, match, actors) if passive and not attackers else None
            targets = targets or lost_by or ()
            a_side_told = bool(attackers) or lost_by is not None
            if not a_side_told and (
                passive
                or not _SIDE_WORDS.search(text[: match.start()])
                or is_entry(word)
                or TAKER_AFTER.fullmatch(word)
            ):
                continue  # who took it is unknown: not even the side can be told ("troops entered" may be anyone's)
            # "the road to rebel-held parts": a holder of the ground named is a side too
            sides = sorted([*actors, *holders], key=lambda m: m.span.start)
            targets = targets or road_holders(text, base, match, sides, attackers)
            etype = territory_type(text, match, attackers, classes)
        if etype == "killing":
            if not attackers:
                continue
            victims = text[match.end() : match.end() + 60]
            # any case: a headline is title-cased ("Islamic State Kills Three Journalists")
            civilian = re.match(
                rf"\s+(?:\S+\s+){{0,3}}?{CIVILIAN_WORDS}\b", victims, re.IGNORECASE
            ) or CIVILIANS_KILLED.search(text, max(0, match.start() - 80), match.start())
            etype = "attack-on-civilians" if civilian or captives(text, match) else "armed-clash"
        if (etype, scene) in detections:
            # A later trigger of the type may name who the first one left out: "Israeli planes delivered a
            # missile strike on Syrian army positions" (the strike has the target, the planes the attacker).
            first = detections[etype, scene]
            if not first.attackers and attackers and not set(attackers) & set(first.targets):
                first = replace(first, attackers=attackers)
            if not first.targets and targets:
                first = replace(first, targets=tuple(k for k in targets if k not in first.attackers))
            detections[etype, scene] = first
            continue
        elsewhere = ANOTHER_PLACE.match(text, match.end()) is not None or another_place_named(body, sentence, mentions)
        detections[etype, scene] = Detection(
            type=etype,
            trigger=Span(base + match.start(), base + match.end()),
            attackers=attackers,
            targets=tuple(k for k in targets if k not in attackers),
            supporters=tuple(k for k in supporters if k not in attackers and k not in targets),
            places=places_of_scene(places, scenes[scene], base, mentions) if len(scenes) > 1 else places,
            definite=definite(text, match)
            or any(clause_span(text, match.start(), match.end())[0] <= at < match.start() for at in definite_at),
            generic=generic,
            distinct=elsewhere
            or ANOTHER.search(text[: match.start()]) is not None
            or another_unit(text, match)
            or (etype == "ceasefire" and OPENS_ON_A_TRUCE.fullmatch(text, 0, match.start()) is not None),
            elsewhere=elsewhere,
            blast=etype == "remote-explosive" and bool(_WEAK_EXPLOSIVE.fullmatch(match.group(0))),
            standing=etype == "siege"
            and bool(
                _STANDING_SIEGE.search(text, max(0, match.start() - 60), match.start())
                or ENDURED_YEARS.search(text, max(0, match.start() - 80), match.start())
            ),
            unnamed_agent=not attackers
            and bool(UNNAMED_AGENT.search(text, clause_span(text, match.start(), match.end())[0], match.start())),
            scene=Span(base + scenes[scene].start, base + scenes[scene].end) if len(scenes) > 1 else None,
        )
    told = sorted(detections.values(), key=lambda d: d.trigger.start)
    return [
        d
        for part in by_scene(told)
        for d in one_battle(one_bombardment(one_taking(one_chemical_attack(part, body)), body), body)
    ]


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


_UNDER_FIRE = re.compile(r"came\s+under\s+(?:heavy\s+|intense\s+)?fire", re.IGNORECASE)
# "came under attack", "comes under an IS assault", "came under heavy shelling": the trigger's subject was hit
# (words that describe the attack only: "came under pressure after clashes with" ends the phrase at "after", and the
# clash that follows has its own sides)
_CAME_UNDER = re.compile(
    r"\bc(?:ame|ome|omes|oming)\s+under\s+"
    r"(?:(?!(?:after|before|following|during|amid|and|but|as|when|while|since|in|on|at|with|from|by|of)\s)[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)


def _attempted_capture(text: str, match: re.Match[str]) -> bool:
    """Whether a territory trigger is a capture attempted ("tried to retake"): a battle told, not an aim."""
    return match.lastgroup == TERRITORY_GROUP and attempted(text, match)
