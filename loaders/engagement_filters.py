"""Which assembled engagements are published; the claims of the others that still say something stay, without one."""

from __future__ import annotations

from collections.abc import Callable, Sequence, Set
from dataclasses import replace

from loaders.engagement_passes import EngagementDraft, far_abroad
from loaders.gazetteer import Gazetteer
from loaders.model import Claim

# An engagement whose best report scores below this is not published as an engagement (precision first); its
# figures and attributed statements stay, as claims about what the sentence names.
MIN_ENGAGEMENT_CONFIDENCE = 0.6


# "state news agency SANA said that six people were killed", "with the official SANA news agency saying at least four"
def by_confidence(engagements: Sequence[EngagementDraft]) -> tuple[list[EngagementDraft], list[Claim]]:
    """Keep the engagements with a report of confidence at least MIN_ENGAGEMENT_CONFIDENCE; the claims of the
    others that still say something (a figure, or who said it) become claims without an engagement."""
    return demoted_unless(engagements, lambda e: max(c.confidence for c in e.claims) >= MIN_ENGAGEMENT_CONFIDENCE)


def placed_only(engagements: Sequence[EngagementDraft]) -> tuple[list[EngagementDraft], list[Claim]]:
    """Keep the engagements some rule placed; an engagement no rule can place is no event of the graph (ACLED and UCDP
    code none without a location), and its claims that still say something stay as claims without one."""
    return demoted_unless(engagements, lambda e: bool(e.places))


def told_who_when_or_toll(
    engagements: Sequence[EngagementDraft], harmed: Set[str] = frozenset()
) -> tuple[list[EngagementDraft], list[Claim]]:
    """Keep the engagements that say who fought, when, or how many fell; violence told with none of these ("the city
    has also been hit by bombings", "Madaya evacuees said they heard the blast") is background or a description, not
    an event (docs/decisions/20261205-bare-engagements.md). Its claims that say something stay as claims."""
    return demoted_unless(
        engagements,
        lambda e: bool(
            e.attackers
            or e.targets
            or e.time is not None
            or e.standing
            or e.by_aircraft
            or any(c.figures for c in e.claims)
            # "People wounded in the air strike on Saraqeb ...": who it hurt, if not how many (`harmed_in`)
            or e.key in harmed
            # "Fighting continued in Harasta" after an attack elsewhere: kept, as when it took that attacker
            or e.unlent_fight
        ),
    )


def clashes_with_sides(engagements: Sequence[EngagementDraft]) -> tuple[list[EngagementDraft], list[Claim]]:
    """Keep a clash only if some report names a side or used a word of fighting: "an attack on the convoy",
    "Tuesday's attack" told with nobody attacking or attacked say nothing of a battle between two armed sides (the
    air strike or bombing it was is usually told in another sentence, or not at all)."""
    return demoted_unless(
        engagements, lambda e: e.type != "armed-clash" or not e.only_generic or bool(e.attackers or e.targets)
    )


def near_the_war(
    engagements: Sequence[EngagementDraft], gazetteer: Gazetteer
) -> tuple[list[EngagementDraft], list[Claim]]:
    """Keep an engagement unless no side is named and every place lies far from the war (`far_abroad`)."""
    # "Gunmen killed three people in Berlin", "A bomb attack killed five in Brussels" tell a crime or attack abroad,
    # no event of the war (thirty-second session, helper fixes32, written-sentence probe); a place the gazetteer lacks
    # may be a Syrian village, so it keeps the engagement
    return demoted_unless(
        engagements,
        lambda e: bool(e.attackers or e.targets) or not all(far_abroad(k, gazetteer) for k in e.places),
    )


def demoted_unless(
    engagements: Sequence[EngagementDraft], keep: Callable[[EngagementDraft], bool]
) -> tuple[list[EngagementDraft], list[Claim]]:
    """The engagements that pass `keep`, and the claims of the others that still say something (a figure, or who
    said it), as claims without an engagement about its actors and places."""
    kept: list[EngagementDraft] = []
    demoted: list[Claim] = []
    for engagement in engagements:
        if keep(engagement):
            kept.append(engagement)
            continue
        for claim in engagement.claims:
            if claim.figures or claim.claimant:
                about = claim.about or tuple(
                    dict.fromkeys([*engagement.attackers, *engagement.targets, *engagement.places])
                )
                demoted.append(replace(claim, engagement=None, about=about))
    return kept, demoted
