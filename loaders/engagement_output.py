"""The output of an extraction: finished engagements with their labels, and claims one figure each, unrepeated."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from loaders import report_sides
from loaders.actor_mentions import air_arm
from loaders.engagement_passes import EngagementDraft
from loaders.engagement_types import STATE_ARMY
from loaders.gazetteer import Gazetteer
from loaders.model import Claim, Engagement, Figure


def freeze(engagement: EngagementDraft, gazetteer: Gazetteer) -> Engagement:
    """The finished engagement, with a readable label."""
    attackers = engagement.attackers
    # the type itself says whose act it is; the army is no taker of what it is named losing
    if engagement.type == "government-regains-territory" and not attackers and STATE_ARMY not in engagement.targets:
        attackers = [STATE_ARMY]
    if engagement.type == "air-strike":
        attackers = _with_air_arms(attackers, gazetteer)
    return Engagement(
        key=engagement.key,
        type=engagement.type,
        attackers=tuple(attackers),
        targets=tuple(engagement.targets),
        supporters=tuple(k for k in engagement.supporters if k not in engagement.attackers),
        places=tuple(engagement.places),
        time=engagement.time,
        label=_label(engagement, gazetteer),
    )


def _with_air_arms(attackers: Sequence[str], gazetteer: Gazetteer) -> list[str]:
    """An air strike's attackers with each state's air arm and each air arm's state: "regime air strikes" are flown
    by the Syrian air force, and "Russian warplanes" strike for Russia (`air_arm`: the state's force "<demonym>
    warplanes", else its military)."""
    side = report_sides.sides(gazetteer)
    out = list(attackers)
    for key in attackers:
        if key not in gazetteer:
            continue
        cls = gazetteer.get(key).cls
        if cls == "State":
            partner = air_arm(key, gazetteer)
        elif cls == "StateForce" and air_arm(side(key), gazetteer) == key:
            partner = side(key)
        else:
            continue
        if partner not in out:
            out.append(partner)
    return out


def _label(engagement: EngagementDraft, gazetteer: Gazetteer) -> str:
    """ "Armed clash near Palmyra", "Air strike by Russia"."""
    kind = engagement.type.replace("-", " ").capitalize()
    if engagement.places:
        return f"{kind} near {_name(engagement.places[0], gazetteer)}"
    if engagement.attackers:
        return f"{kind} by {_name(engagement.attackers[0], gazetteer)}"
    return kind


def _name(key: str, gazetteer: Gazetteer) -> str:
    """The label of a gazetteer entity, or the key's last segment for a local one."""
    if key in gazetteer:
        return gazetteer.get(key).label
    return key.rsplit("/", 1)[-1].replace("-", " ").title()


def one_figure_each(claim: Claim) -> list[Claim]:
    """Split a claim with several counts of one kind ("killing 3 militants and 13 civilians") into claims with
    one count of each kind: the first keeps the sentence as evidence, each further count cites its own phrase."""
    kinds = [f.kind for f in claim.figures]
    if len(kinds) == len(set(kinds)):
        return [claim]
    first: dict[str, Figure] = {}
    extra: list[Figure] = []
    for figure in claim.figures:
        if figure.kind in first:
            extra.append(figure)
        else:
            first[figure.kind] = figure
    result = [replace(claim, figures=tuple(first.values()))]
    for figure in extra:
        span = figure.span or claim.evidence
        result.append(replace(claim, evidence=span, figures=(figure,)))
    return result


def unique(claims: Sequence[Claim]) -> list[Claim]:
    """Claims without exact repeats (the same sentence read twice by two rules), a repeat's counts kept."""
    seen: dict[tuple[object, ...], int] = {}
    result: list[Claim] = []
    for claim in claims:
        key = (claim.evidence, claim.engagement, claim.about, claim.claimant)
        if key not in seen:
            seen[key] = len(result)
            result.append(claim)
            continue
        # Twenty-fourth session: two reports of one sentence joined to one engagement ("strikes ... killing 30") make
        # two claims, and only the second holds the counts; the repeat's counts of a kind the kept one lacks stay.
        kept = result[seen[key]]
        kinds = {f.kind for f in kept.figures}
        more = tuple(f for f in claim.figures if f.kind not in kinds)
        if more:
            result[seen[key]] = replace(kept, figures=kept.figures + more)
    return result
