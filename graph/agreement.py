"""Agreement between two annotators: a second annotation of gold articles scored against the first.

The extractor's numbers mean little without the ceiling set by people: where two careful annotators of the same
article disagree (is "northern Syria" a place of the news? one engagement or two?), no rule can please both. The
second annotation is turned into what the extractor would have output and scored by the very same metrics.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from graph.evaluate import EvalReport, GazetteerView, evaluate_gold
from graph.gold_model import GoldArticle, GoldClaim
from graph.iris import slug
from loaders.gazetteer import Gazetteer
from loaders.model import Article, Claim, Engagement, Extraction, Figure, Mention, Span

# Annotations carry no offsets of their own: the metrics compare keys, types and counts, never spans.
_NOWHERE = Span(0, 0)


@dataclass
class Agreement:
    """The second annotation's scores against the first, and which articles only one of them annotates."""

    report: EvalReport
    only_first: list[tuple[str, str]]
    only_second: list[tuple[str, str]]


def as_extraction(gold: GoldArticle) -> Extraction:
    """An annotation as the extractor's output would state it, so the metrics can score it."""
    mentions = [
        # an entity the gazetteer lacks but Wikidata has ("Russia" as a place) is known by its QID alone
        Mention(_NOWHERE, key=e.key or e.qid or f"{kind}/local/{slug(e.text)}", kind=kind, linked=e.key is not None)
        for kind, entities in (("place", gold.places), ("actor", gold.actors))
        for e in entities
    ]
    engagements = [
        Engagement(
            key=g.id, type=g.type, attackers=g.attackers, targets=g.targets, supporters=g.supporters, places=g.places
        )
        for g in gold.engagements
    ]
    claims = [
        Claim(evidence=_NOWHERE, claimant=c.claimant, engagement=c.about, figures=_figures(c)) for c in gold.claims
    ]
    return Extraction(
        article=Article(gold.corpus, gold.identifier, ""),
        mentions=tuple(mentions),
        engagements=tuple(engagements),
        claims=tuple(claims),
    )


def _figures(claim: GoldClaim) -> tuple[Figure, ...]:
    """The fatality and wounded counts of a gold claim as figures."""
    out = []
    if claim.fatalities is not None:
        out.append(Figure(kind="fatalities", low=claim.fatalities, high=claim.fatalities_max))
    if claim.wounded is not None:
        out.append(Figure(kind="wounded", low=claim.wounded, high=claim.wounded_max))
    return tuple(out)


def agreement(
    first: Sequence[GoldArticle], second: Sequence[GoldArticle], gazetteer: Gazetteer | GazetteerView
) -> Agreement:
    """Score the second annotation against the first over the articles both annotate."""
    theirs = {g.article_key: g for g in second}
    shared = [g for g in first if g.article_key in theirs]
    extractions = {key: as_extraction(gold) for key, gold in theirs.items()}
    mine = {g.article_key for g in first}
    return Agreement(
        report=evaluate_gold(shared, extractions, gazetteer),
        only_first=sorted(mine - set(theirs)),
        only_second=sorted(set(theirs) - mine),
    )
