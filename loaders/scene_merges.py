"""One scene's detections merged: a bombardment told by two means, a taking told twice, a battle and its outcome."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from loaders.engagements import Detection
    from loaders.model import Span


def by_scene(detections: list[Detection]) -> list[list[Detection]]:
    """Detections grouped by the scene that tells them, in text order."""
    parts: dict[Span | None, list[Detection]] = {}
    for d in detections:
        parts.setdefault(d.scene, []).append(d)
    return list(parts.values())


def one_bombardment(detections: list[Detection], body: str) -> list[Detection]:
    """ "Turkish artillery fire and air strikes killed 20": one bombardment told by its two means, kept as the first
    named, when both have the same attackers (or one names none); "Rebels fired rockets with regime aircraft carrying
    out raids" stays two, and so do two means told in clauses that contrast two scenes ("districts came under air
    bombardment while rocket attacks killed five in the west")."""
    kinds = {d.type: d for d in detections}
    shelling, strike = kinds.get("shelling"), kinds.get("air-strike")
    if shelling is None or strike is None:
        return detections
    if shelling.attackers and strike.attackers and set(shelling.attackers) != set(strike.attackers):
        return detections
    first, second = sorted((shelling, strike), key=lambda d: d.trigger.start)
    if _OTHER_SCENE.search(body, first.trigger.end, second.trigger.start):
        return detections  # "while", "whereas", "meanwhile", "elsewhere", ";": the writer tells another scene
    flown = _flown(first, second, body)
    merged = replace(
        first,
        type=flown,
        # "shelled by helicopters": the aircraft told doing it, as for "helicopters shelled" (a kept report)
        by_aircraft=first.by_aircraft or (flown != first.type and second.by_aircraft),
        attackers=first.attackers or second.attackers,
        targets=first.targets or second.targets,
        supporters=tuple(dict.fromkeys((*first.supporters, *second.supporters))),
    )
    return [merged if d is first else d for d in detections if d is not second]


# The aircraft named as the doer of the shelling: "areas were shelled by helicopters", "shelling by warplanes on X"
# (twenty-second session, helper outlets3)
_BY_THE = re.compile(r"\s+(?:\w+ly\s+)?by\s+(?:the\s+)?(?:[\w'’-]+\s+)?", re.IGNORECASE)


def _flown(first: Detection, second: Detection, body: str) -> str:
    """The merged bombardment's type: an air strike when the aircraft fired the shelling told first."""
    if first.type == "shelling" and _BY_THE.fullmatch(body, first.trigger.end, second.trigger.start):
        return "air-strike"
    return first.type


TERRITORY_TYPES = frozenset({"government-regains-territory", "non-state-actor-overtakes-territory"})


def one_taking(detections: list[Detection]) -> list[Detection]:
    """ "Daesh entered the city ... seizing territory in its southern districts": a taking told twice in one scene, once
    with its taker named and once with none (whose side the words before only guess), is the named one."""
    if not any(d.type in TERRITORY_TYPES and d.attackers for d in detections):
        return detections
    return [d for d in detections if not (d.type in TERRITORY_TYPES and not d.attackers)]


# What a battle came to, said with it in one sentence: ACLED codes one Battles event by its outcome.
BATTLE_OUTCOMES = ("government-regains-territory", "non-state-actor-overtakes-territory", "ambush")
# Between two clauses that tell two scenes: "clashes raged in Aleppo while IS ambushed a convoy near Palmyra".
_OTHER_SCENE = re.compile(r"\b(?:while|whereas|meanwhile|elsewhere)\b|;", re.IGNORECASE)


def contrasted(body: str, scene: Span | None, sentence: Span) -> bool:
    """Whether a scene of a sentence is set against another by "while", "whereas", "meanwhile", "elsewhere" or a
    semicolon ("The army took Sifat while battles raged in Hardatain")."""
    return scene is not None and _OTHER_SCENE.search(body, sentence.start, sentence.end) is not None


def one_battle(detections: list[Detection], body: str) -> list[Detection]:
    """ "Troops retook the town after fierce clashes with IS": one battle, coded by what it came to (ground taken, an
    ambush), whose other side is the one the clash names; not when the sentence tells two scenes, or the clash is
    between other sides."""
    clash = next((d for d in detections if d.type == "armed-clash"), None)
    outcome = next((d for d in detections if d.type in BATTLE_OUTCOMES), None)
    if clash is None or outcome is None:
        return detections
    first, second = sorted((clash, outcome), key=lambda d: d.trigger.start)
    if _OTHER_SCENE.search(body, first.trigger.end, second.trigger.start) or clash.distinct or clash.elsewhere:
        return detections
    if (
        clash.attackers
        and clash.targets
        and not {*clash.attackers, *clash.targets} & {*outcome.attackers, *outcome.targets}
    ):
        return detections  # "clashes between rebels and the army ... as IS retook": both sides of the clash are others
    others = [k for k in (*clash.attackers, *clash.targets) if k not in outcome.attackers]
    merged = replace(
        outcome,
        targets=tuple(dict.fromkeys((*outcome.targets, *others))),
        supporters=tuple(k for k in dict.fromkeys((*outcome.supporters, *clash.supporters)) if k not in others),
    )
    return [merged if d is outcome else d for d in detections if d is not clash]
