"""The roles of a sentence's engagement triggers: who attacked whom, read from the words around each trigger, from
the generic triggers set aside for it, and as its type reads them (a stage of `engagements.find_engagements`)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from loaders.captors_killing import captor_of_the_killed
from loaders.denied_and_remarked import denied_but_told
from loaders.engagement_roles import WHEN_THEN_OBJECT, find_roles
from loaders.engagement_types import generic_type
from loaders.fired_on import side_fired_on
from loaders.ground import attempt_targets
from loaders.missile_firers import participle_firers
from loaders.model import Mention
from loaders.owners_hit import owners_hit, owners_hit_before, speakers_own_hit
from loaders.reactions import answered_roles
from loaders.scenes import fronted_subject
from loaders.sentence_triggers import attempted_capture
from loaders.the_hit import holders_hit, victim_groups
from loaders.told_before import definite
from loaders.trapped_people import trappers
from loaders.trigger_guards import NO_OBJECT, clause_span
from loaders.truce_parties import agreed_by, announcer, deal_parties, made_with

_TAKEN_PARTICIPLE = re.compile(r"(?i)taken\s+hostage|kidnapped|abducted|arrested|detained")
# Between a generic verb and the means it names: "attacked government forces with two suicide car bombs".
_WITH_MEANS = re.compile(r"\s+(?:[\w'’-]+\s+){0,4}?with\s+(?:(?:a|an|two|three|several|\d+)\s+)?", re.IGNORECASE)
_UNDER_FIRE = re.compile(r"came\s+under\s+(?:heavy\s+|intense\s+)?fire", re.IGNORECASE)
# "came under attack", "comes under an IS assault", "came under heavy shelling": the trigger's subject was hit
# (words that describe the attack only: "came under pressure after clashes with" ends the phrase at "after", and the
# clash that follows has its own sides)
_CAME_UNDER = re.compile(
    r"\bc(?:ame|ome|omes|oming)\s+under\s+"
    r"(?:(?!(?:after|before|following|during|amid|and|but|as|when|while|since|in|on|at|with|from|by|of)\s)[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class EngagementSentence:
    """One sentence and the mentions the stages of `engagements.find_engagements` read in it."""

    body: str
    text: str
    base: int
    mentions: Sequence[Mention]
    classes: Mapping[str, str]
    actors: list[Mention]  # combatants, who can attack or be attacked
    the_hit: list[Mention]  # combatants and bodies that never fight but may be hit
    places: tuple[str, ...]
    holders: list[Mention]  # "rebel-held Douma": whose ground it is
    supporters: list[str]
    fallback_agent: str | None


@dataclass
class SetAside:
    """The generic triggers set aside for a specific one in their scene, and what they told of the roles."""

    verb: tuple[re.Match[str], tuple[str, ...], tuple[str, ...]] | None = None
    # (type, attackers, targets) told by each generic trigger set aside
    roles: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = field(default_factory=list)
    definite_at: list[int] = field(default_factory=list)  # where a definite generic trigger stands ("The attack")


def set_aside(s: EngagementSentence, match: re.Match[str], etype: str, aside: SetAside) -> None:
    """Keep what a generic trigger in a specific trigger's scene tells of the roles, for the specific one."""
    text, base = s.text, s.base
    word = match.group(0).lower()
    # "attacks by warplanes": the specific type says it better; but "rebels attacked government forces with
    # two suicide car bombs" says who did it to whom in the verb
    aside.verb = verb = (match, *find_roles(text, base, match, s.actors, s.supporters, s.fallback_agent))
    aside.roles.append((generic_type(etype, word, text, verb[1], s.classes), *verb[1:]))
    # "The attack was carried out by Russian warplanes": the planes say how, "the attack" that it was told
    if definite(text, match):
        aside.definite_at.append(match.start())


def read_roles(
    s: EngagementSentence, match: re.Match[str], etype: str, aside: SetAside
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The trigger's attackers and targets, from the words around it or, when they name none, the sentence."""
    text, base, mentions, actors, the_hit = s.text, s.base, s.mentions, s.actors, s.the_hit
    verb, set_aside = aside.verb, aside.roles
    attackers, targets = find_roles(text, base, match, actors, s.supporters, s.fallback_agent)
    # "ordered action against Assad's government launching missiles": the main clause's subject fired them
    attackers, targets = participle_firers(actors, text, base, match, (attackers, targets))
    # "A Russian patrol was hit by a roadside bomb": whose thing stands before the passive was hit, not the bomber
    if hit := [k for k in owners_hit_before(text, base, match.start(), the_hit) if k in attackers]:
        attackers, targets = tuple(k for k in attackers if k not in hit), tuple(dict.fromkeys((*hit, *targets)))
    if not attackers and etype == "siege":
        # "troops have sealed the main route ..., trapping nearly 300000 residents": the subject of the verb before
        attackers = trappers(text, base, match, actors)
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
    if not targets and (shot_at := side_fired_on(text, base, match, actors, attackers)):
        targets = (shot_at,)  # "gunmen opened fire on an SDF checkpoint": the side fired on
    if not targets and attempted_capture(text, match):
        targets = attempt_targets(text, base, match, actors, attackers)
    if not targets:
        targets = victim_groups(text, base, the_hit, attackers)
    if not targets:
        # "an air strike on a Red Crescent convoy", "IS targets were hit in the strikes": whose things were hit
        targets = tuple(k for k in owners_hit(text, base, match.start(), match.end(), the_hit) if k not in attackers)
    if not targets:
        # "the White Helmets said one of their centres was hit by an air strike": the speaker's own place was hit
        targets = tuple(
            k
            for k in speakers_own_hit(text, base, match.start(), match.end(), the_hit, _unarmed(s.classes))
            if k not in attackers
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
        targets = holders_hit(text, base, match, s.holders)
    elif not targets:
        # "troops tightened the siege of rebel-held Douma": the holders are the one hit beside the named attacker too
        # (twenty-sixth session, helper near26)
        targets = tuple(k for k in holders_hit(text, base, match, s.holders) if k not in attackers)
    if attackers and denied_but_told(text, match):
        # "The regime denied carrying out the chemical attack that killed 80": whoever denies doing it is no doer;
        # only a side named after the act ("blamed on ...") may be
        named_after = {m.key for m in actors if m.span.start - base >= match.end()}
        attackers = tuple(k for k in attackers if k in named_after)
    # "shelled YPG positions in retaliation for a rocket attack on Kilis": the answering side and its target are
    # not the answered attack's sides; only those the phrase names are
    attackers = answered_roles(text, base, match.start(), match.end(), actors, attackers)
    targets = answered_roles(text, base, match.start(), match.end(), the_hit, targets, actors)
    return attackers, targets


def roles_by_type(
    s: EngagementSentence, match: re.Match[str], etype: str, attackers: tuple[str, ...], targets: tuple[str, ...]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The roles as the type reads them: a truce's parties, the ones taken hostage named before the verb."""
    text, base, actors = s.text, s.base, s.actors
    if etype == "ceasefire":
        # a truce has parties, not a side that strikes and one struck: "a local truce with the regime"
        attackers = (
            deal_parties(text, base, match, actors)
            # (the sides that agreed to it first: "the army and rebels agreed on a ceasefire"; `agreed_by`)
            or tuple(
                dict.fromkeys(
                    (*agreed_by(text, base, match, actors), *attackers, *targets, *made_with(text, base, match, actors))
                )
            )
            or announcer(text, base, match, sorted([*actors, *_ministries(s)], key=lambda m: m.span.start))
        )
        targets = ()
    if etype == "attack-on-civilians" and not attackers:
        # "hostages taken by ISIS ... have been shot or beheaded": the captors killed them
        attackers = captor_of_the_killed(text, base, match, actors)
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
    return attackers, targets


def _ministries(s: EngagementSentence) -> list[Mention]:
    """A state's ministries named in the sentence: one that declares a truce makes it for its state ("Russia's Defense
    Ministry declared a 48-hour truce in Aleppo"), though it never fights."""
    return [m for m in s.mentions if m.kind == "actor" and s.classes.get(m.key) == "Ministry"]


def _unarmed(classes: Mapping[str, str]) -> frozenset[str]:
    """The bodies that never fight (outlets, aid bodies): none of them has soldiers of its own (review35c)."""
    return frozenset(k for k, c in classes.items() if c in ("MediaOutlet", "Organisation"))
