"""A sentence's engagement triggers: the trigger words the guards let through, each typed, then those another
trigger of the sentence tells better dropped (the first stages of `engagements.find_engagements`)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from loaders.battles_aside import battle_aside
from loaders.blamed_after import aircraft_blamed, blamed_event
from loaders.bombed_places import bombs_a_place
from loaders.bombers_among_dead import bombers_among_dead
from loaders.captives_taken import captives_by_pronoun
from loaders.engagement_triggers import TERRITORY_GROUP, TYPES, trigger_matches
from loaders.engagement_types import AIR_CONTEXT, MEANS
from loaders.fights_spoken_of import agent_of_dropped, spoken_of_only
from loaders.from_the_air import (
    AIRBORNE_MUNITION,
    BOMBARDMENT,
    DROPPED_AFTER,
    DROPPED_BOMB,
    WITH_BOMBARDMENT,
    ground_fired,
)
from loaders.ground import attempted, entered_under_deal, enters_ground
from loaders.harm_and_holding_words import destruction_alone
from loaders.model import Mention
from loaders.protests_put_down import war_began
from loaders.scenes import trigger_scenes
from loaders.sites_hit import site_hit
from loaders.the_hit import captives_killed, civilians_killed_by_hand
from loaders.trigger_guards import blocked
from loaders.trigger_objects import leaves_a_country, surrounds_a_place, takes_ground

Trigger = tuple[str, re.Match[str], bool]  # engagement type, trigger word, whether the word is generic ("attack")


WEAK_EXPLOSIVE = re.compile(r"(?i)explosions?|blasts?|exploded|detonated")
# "the bombing": a word news English uses for shells and air raids as much as for a planted bomb (merge28)
LOOSE_BOMBING = re.compile(r"(?i)bombings?|bombardments?")
# "the bombing campaign on the city", "Russia's bombing campaign": a campaign of bombing is flown (remote30)
_CAMPAIGN = re.compile(r"\s+campaigns?\b", re.I)


def find_triggers(text: str, base: int, mentions: Sequence[Mention], classes: Mapping[str, str]) -> list[Trigger]:
    """The sentence's trigger words the guards let through, each with its engagement type."""
    triggers: list[Trigger] = []
    dropped_end: int | None = None  # where the last trigger the guards dropped ends
    for match in trigger_matches(text):
        if entered_under_deal(text, base, match, mentions, classes) and not blocked(text, match, False):
            triggers.append(("non-violent-transfer-of-territory", match, False))  # ground handed over by a deal
            continue
        if (
            blocked(text, match, attempted_capture(text, match))
            or not takes_ground(text, base, match, mentions)
            or not enters_ground(text, base, match, mentions, classes)
            or not surrounds_a_place(text, base, match, mentions)
            or leaves_a_country(text, base, match, mentions, classes)
            or captives_by_pronoun(text, match)  # "executed 10 soldiers after they captured them": people taken
            or war_began(text, match)  # "protests became an uprising after forces cracked down on them": history
            or battle_aside(text, match)  # "displaced by the clashes", "the offensive has yet to begin"
            or spoken_of_only(text, match)  # "residents fear air strikes", "after the fighting ended"
            or (match.group("hit") is not None and not site_hit(text, match.start()))  # "the economy was hit"
            or agent_of_dropped(text, match, dropped_end)  # "an end to air strikes by Russian warplanes"
            or aircraft_blamed(text, match)  # "blamed Syrian warplanes for the attack": the doer of an event told
            or bombers_among_dead(text, match)  # "killed, including several suicide bombers": the dead counted
        ):
            dropped_end = match.end()
            continue
        kind = match.lastgroup or ""
        if kind == "kill":
            triggers.append(("killing", match, True))
        elif kind == "generic":
            triggers.append(_generic_trigger(text, base, match, mentions, classes))
        else:
            etype = TYPES[int(kind[1:])]
            if etype == "territory" and attempted(text, match):
                etype = "armed-clash"  # "in an attempt to seize it", "trying to retake": a battle for it
            if etype == "remote-explosive" and DROPPED_BOMB.search(text, 0, match.start()):
                etype = "air-strike"  # "the crude unguided explosive device hit": a bomb dropped, not planted
            triggers.append((etype, match, False))
    return triggers


def _generic_trigger(
    text: str, base: int, match: re.Match[str], mentions: Sequence[Mention], classes: Mapping[str, str]
) -> Trigger:
    """The type a generic trigger word ("attack", "bombing", "pounded") tells from the words around it."""
    # whole words at both ends: a window cut inside a word makes a word of its part, "Deir ez-Zor air|port" read as
    # "air" (thirty-third session, vocab33, written-sentence probe)
    near = text[_word_start(text, match.start() - 40) : _word_end(text, match.end() + 40)]
    word = match.group(0).lower()
    context = text if word.startswith("bomb") else near
    if blamed_event(text, match.start()) and not word.startswith("bomb"):
        return ("armed-clash", match, True)  # "blamed Syrian warplanes for the attack": the event told, whatever type
    if AIR_CONTEXT.search(context) and re.match(r"attack|raid|strike|struck|bomb|pound|target|hit", word):
        return ("air-strike", match, False)
    if word.startswith("bomb") and (
        BOMBARDMENT.search(text, 0, match.start())
        or WITH_BOMBARDMENT.match(text, match.end())
        or _CAMPAIGN.match(text, match.end())
    ):
        return ("air-strike", match, False)  # "after relentless bombing": a bombardment
    if word.startswith("bomb") and (
        DROPPED_BOMB.search(text, 0, match.start()) or DROPPED_AFTER.match(text, match.end())
    ):
        # "using incendiary napalm bombs", "cluster bombs": bombs dropped from the air, not planted
        return ("air-strike", match, False)
    if word.startswith("bomb") and bombs_a_place(text, base, match.end(), mentions, classes):
        return ("air-strike", match, False)  # "the bombing of Aleppo": a town bombarded
    if word.startswith("bomb"):
        return ("remote-explosive", match, False)
    if word.startswith("pound"):
        return ("shelling", match, False)
    return ("armed-clash", match, True)


def _word_start(text: str, at: int) -> int:
    """`at` moved back to the start of the word it falls in (or 0)."""
    at = max(0, at)
    while 0 < at < len(text) and text[at - 1].isalnum() and text[at].isalnum():
        at -= 1
    return at


def _word_end(text: str, at: int) -> int:
    """`at` moved on to the end of the word it falls in (or the text's end)."""
    at = min(len(text), at)
    while 0 < at < len(text) and text[at - 1].isalnum() and text[at].isalnum():
        at += 1
    return at


def filter_triggers(
    text: str,
    base: int,
    triggers: list[Trigger],
    mentions: Sequence[Mention],
    actors: Sequence[Mention],
    classes: Mapping[str, str],
) -> list[Trigger]:
    """The triggers without those another trigger of the sentence tells better (its means, its cause)."""
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
        triggers = [x for x in triggers if not (x[0] == "remote-explosive" and WEAK_EXPLOSIVE.match(x[1].group(0)))]
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
    return destruction_alone(triggers)  # "jets bombed the city setting fire to a market": the strike's effect


def kills_kept(text: str, base: int, triggers: list[Trigger], actors: Sequence[Mention]) -> list[Trigger]:
    """The triggers with a kill verb beside an engagement dropped, but for captives and civilians killed by hand."""
    if any(t != "killing" for t, _, _ in triggers):
        # a kill verb only counts on its own, but for captives: "shelled the town where rebels killed the pilot"
        triggers = [
            (t, m, False) if t == "killing" else (t, m, g)
            for t, m, g in triggers
            if t != "killing"
            or captives_killed(text, base, m, actors)
            or civilians_killed_by_hand(text, base, m, actors, triggers)
        ]
    return triggers


def attempted_capture(text: str, match: re.Match[str]) -> bool:
    """Whether a territory trigger is a capture attempted ("tried to retake"): a battle told, not an aim."""
    return match.lastgroup == TERRITORY_GROUP and attempted(text, match)
