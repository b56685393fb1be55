"""One sentence mined for engagements and claims, merged into its article's running lists."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from loaders import counted_parts, place_readings, report_confidence, report_days, report_places, same_engagement
from loaders.attribution import Attribution
from loaders.claimed_attacks import claimed_back
from loaders.continued_tolls import placed_as_told_before
from loaders.engagement_passes import HOME_COUNTRY, EngagementDraft, merge, sideless_generic
from loaders.engagements import COMBATANT_CLASSES, Detection, find_engagements
from loaders.far_referents import settlement_told_before
from loaders.fighting_sides import sides_told_at
from loaders.figure_hosts import figure_host
from loaders.figures import find_figures
from loaders.gapped_tolls import gapped_tolls
from loaders.gazetteer import Gazetteer
from loaders.ground_attacks import told_on_the_ground
from loaders.ground_taken import ground_taken
from loaders.killed_told_before import their_killers
from loaders.lost_possessives import lost_possessive
from loaders.model import Claim, Figure, Mention, Sentence, Span
from loaders.owners_told_before import owner_told_before
from loaders.place_context import broad, joined_before, listed_before, recent_places, town_named_next
from loaders.places_of_events import places_of_events
from loaders.province_scenes import province_scenes
from loaders.reacted_events import not_the_reacting_side
from loaders.report_places import told_near
from loaders.same_engagement import ANAPHORA_WINDOW, referent
from loaders.scene_merges import contrasted
from loaders.scenes import (
    across_the_fronted_clause,
    dated_in_a_later_clause,
    fronted_clause,
    scene_places,
    scene_time,
    toll_scenes,
)
from loaders.sentence_claims import named_dead, other_speakers, speaker_only, victims, voice_of_figures
from loaders.similar_attacks import like_the_last
from loaders.story_means import of_the_story_means
from loaders.story_turns import NEW_SCENE, continued_subject
from loaders.strikes_retold import strike_retold
from loaders.summary_leads import of_the_summary, over_several_places
from loaders.timex import find_time
from loaders.told_apart import told_apart
from loaders.tolls_after import hit_told_after, toll_told_after
from loaders.unnamed_doers import lacks_its_doer
from loaders.war_background import war_background

_ANAPHORIC_PLACE = re.compile(
    r"\b(?:the|this|that)\s+(?:[\w-]+\s+)?(?P<noun>city|town|village|area|province|district|region|"
    # "there" as a place, not the "there" of "there was an explosion"
    r"neighbou?rhood|enclave|base|airport|desert)\b|\bthere\b(?!\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been|"
    r"will|would|had|have|has|may|might|could|seems?|appears?)\b)",
    re.IGNORECASE,
)
# A town the lead does not name yet: "in a town in northern Syria", "a densely populated town in eastern Syria".
_UNNAMED_TOWN = re.compile(
    r"\b(?:in|on|at|around|near)\s+an?\s+(?:[\w-]+\s+){0,3}(?:town|village|city|stronghold|bastion)\s+"
    # "in a town recently freed of the militants in northern Syria", "a stronghold of the IS group in northern Syria"
    r"(?:(?:[\w-]+\s+){0,6}?in\s+(?=(?:the\s+)?(?:north|south|east|west|central)[\w-]*\s+Syria)|in\s+|of\s+)",
    re.IGNORECASE,
)
# "The army also pounded ...": the sentence adds to what was told, at a place of its own another engagement
# (not "the Observatory also reported": a source added, not an event)
_ALSO = re.compile(
    r"\balso\b(?!\s+(?:said|says|reported|reports|told|tells|added|confirmed|stated|noted|announced|claimed)\b)",
    re.IGNORECASE,
)
_THE_SAME_PLACE = re.compile(
    r"\bthe\s+same\s+(?:neighbou?rhood|area|town|city|village|district|place|site|location|spot|region)s?\b",
    re.IGNORECASE,
)
# "captured those villages": the places a list introduced with that noun ("the villages of Akhtarin and Turkmen Bareh")
_THOSE_PLACES = re.compile(r"\b(?:those|these)\s+(?P<noun>neighbou?rhoods|towns|villages|districts)\b", re.IGNORECASE)
# "The towns of some 20000 people have been under siege" after "Fua and Kefraya are ...": towns named together before,
# referred back to in the plural ("the two towns", "both villages")
_THE_TOWNS = re.compile(
    r"\b(?:the|both)\s+(?:(?:two|three|four|twin)\s+)?(?:towns|villages|cities)\b(?!\s+of\s+(?-i:[A-Z]))", re.IGNORECASE
)


@dataclass
class Mining:
    """What the sentences of one article share while they are mined: its text and mentions (`story` is
    `per_sentence` without the headline's, for what a sentence refers back to), and the running lists."""

    body: str
    mined: Sequence[Sentence]
    per_sentence: Sequence[Sequence[Mention]]
    story: Sequence[Sequence[Mention]]
    classes: dict[str, str]
    gazetteer: Gazetteer
    anchor: date | None
    title_at: int | None
    engagements: list[EngagementDraft] = field(default_factory=list)
    loose_claims: list[Claim] = field(default_factory=list)


def _report_before(
    engagements: Sequence[EngagementDraft], index: int
) -> tuple[str, tuple[str, ...], Sequence[str]] | None:
    """The type, attackers and places of the last engagement reported in the sentence before this one."""
    last = [e for e in engagements if not e.from_title and e.sentence == index - 1]
    return (last[-1].type, tuple(last[-1].attackers), last[-1].places) if last else None


def mine_sentence(state: Mining, index: int, attributions: Sequence[Attribution]) -> None:
    """Engagements and claims of one sentence, merged into the article's running lists."""
    body, mined, per_sentence, story = state.body, state.mined, state.per_sentence, state.story
    classes, gazetteer, anchor, title_at = state.classes, state.gazetteer, state.anchor, state.title_at
    engagements, loose_claims = state.engagements, state.loose_claims
    sentence = mined[index]
    span = sentence.span
    text = body[span.start : span.end]
    mentions = per_sentence[index]
    is_title = index == title_at
    subject = continued_subject(body, index, mined, story, classes)
    if subject is not None and classes.get(subject) not in COMBATANT_CLASSES:
        subject = None
    figures = find_figures(text, span.start) + named_dead(body, span, mentions, classes)
    figures += gapped_tolls(text, span.start, figures)  # "killed 30 in Raqqa and 40 in Idlib": the second count too
    figures.sort(key=lambda f: f.span.start if f.span else 0)
    background = war_background(text, figures)
    detections = [] if background else find_engagements(body, span, mentions, classes, subject)
    # "... in response to the attack. ... since the Tuesday attack": the side that answered it did not do it
    previous = mined[index - 1].span if index > 0 else None
    detections = [not_the_reacting_side(d, body, previous, subject, mentions) for d in detections]
    if len(detections) == 1:
        # "killing 17 in Kanasba ... and killing more than 50 in Daraa countryside": a toll at each place, a report each
        detections = toll_scenes(detections[0], figures, body, span, mentions, gazetteer)
    # "shelled al-Foaa in Idleb, Rasha in Lattakia and checkpoints in Hama": a bombardment a province
    detections = [d for detection in detections for d in province_scenes(detection, body, span, mentions, gazetteer)]
    # "... left 270 people dead. Most were executed": the killers of the dead just counted
    detections = [their_killers(d, body, span.start, _report_before(engagements, index)) for d in detections]
    # "... an explosion at its headquarters": whose, when the sentence before named the side
    if index > 0:
        detections = [owner_told_before(d, body, span.start, mentions, story[index - 1], classes) for d in detections]
    when = find_time(text, span.start, anchor, said_lag=True)
    places = places_of_events(body, mentions, gazetteer)
    places = places or place_readings.this_side(body, mentions, gazetteer, HOME_COUNTRY)
    stated_places = list(places)
    anaphor = _ANAPHORIC_PLACE.search(text)
    same = _THE_SAME_PLACE.search(text)
    latest = [e for e in engagements if not e.from_title and index - ANAPHORA_WINDOW <= e.sentence < index]
    if not places and same and latest and latest[-1].places:
        # "a rocket attack on the same neighbourhood": where the engagement just reported happened.
        places = list(latest[-1].places)
        stated_places = list(places)
    elif not places and (those := _THOSE_PLACES.search(text)):
        places = listed_before(body, index, story, those.group("noun"))
        stated_places = list(places)
    elif not places and (owner := lost_possessive(text)):
        # "the towns market place" (the apostrophe lost): one town referred back to, not towns named together
        places = recent_places(body, index, story, gazetteer, owner)
    elif not places and _THE_TOWNS.search(text):
        places = joined_before(body, index, story, gazetteer)
        stated_places = list(places)
    elif not places and anaphor:
        places = recent_places(body, index, story, gazetteer, anaphor.group("noun"))
        # "Warplanes continued to pound the town" long after the town was named: the nearest settlement it can mean
        if not places:
            # told so far back that it ties the report to what was told there, as a name in the sentence would
            places = settlement_told_before(body, index, story, gazetteer, anaphor.group("noun"))
            stated_places = list(places)
    elif _UNNAMED_TOWN.search(text) and all(broad(k, gazetteer) for k in places):
        # "killed 29 civilians in a town in northern Syria": the lead names the town a sentence or two later
        places = town_named_next(index, story, gazetteer) or places
        stated_places = list(places)
    if not detections and not background and not is_title and when is None:
        # "Four civilians were killed in the city of Arbin and one in Douma" after the strikes: a report a place (a
        # sentence with a time of its own may count the dead of another day, by anyone)
        before = _report_before(engagements, index)
        detections = toll_told_after(text, span, figures, places, before, gazetteer)
        detections = detections or hit_told_after(text, span, places, before, gazetteer)
        if not detections:
            # "17 were injured in the strike on Heneyda": the strike just reported, hit there too (its place added)
            strike_retold(engagements, index, text, span, places, gazetteer)
        if len(detections) == 1:
            # "30 were killed around Shadadi and another five outside Kobane": each place counted apart, a report each
            detections = toll_scenes(detections[0], figures, body, span, mentions, gazetteer)
    counted_apart = len(detections) > 1 and all(d.trigger == detections[0].trigger for d in detections)
    attribution = voice_of_figures(body, attributions, figures)
    claimant = attribution.claimant.key if attribution else None
    cue = attribution.cue if attribution else None
    shares = _share_figures(detections, figures)
    recent = [e for e in engagements if not e.from_title]
    also = _ALSO.search(text) is not None
    turned = NEW_SCENE.match(body, span.start) is not None
    used = False
    siblings: list[tuple[EngagementDraft, Span | None]] = []  # told in another scene of this sentence: not joined
    clause = fronted_clause(text, span.start, mentions)
    fronted = None if clause is None else span.start + clause[0]
    for detection, figs in zip(detections, shares, strict=True):
        detection = like_the_last(detection, body, engagements, index)  # "a similar attack": the last one's kind
        # "the last attack on the shrine" in a story of suicide bombings: a bombing, not a clash
        detection = of_the_story_means(detection, body, (span.start, span.end), engagements, classes)
        detection = of_the_summary(detection, stated_places, recent, index, gazetteer)
        own_places, own_stated, own_when = places, stated_places, when
        if detection.scene is not None:
            own_places = own_stated = scene_places(places, detection, gazetteer)
            own_when = scene_time(body, span, detection.scene, when, anchor)
            if fronted is not None and own_when is when:
                # a time told on the other side of a fronted "After seizing ..." clause is the other event's
                own_when = None if across_the_fronted_clause(body, span, detection.trigger, when, fronted) else when
        if not own_places and detection.scene is None:
            own_places = placed_as_told_before(text, engagements, index)  # "Another three were killed in shelling"
        if lacks_its_doer(body, detection.type, detection.attackers, detection.trigger):
            continue
        if detection.definite and dated_in_a_later_clause(body, span, detection.trigger, own_when):
            # "The bombardment struck Jayrud where rebels killed a pilot on Friday": the retelling is not dated there
            own_when = None
        earlier = [
            e
            for e in recent
            if all(e is not d or at == detection.scene for d, at in siblings)
            # "On April 2 jets struck Saraqib" after today's undated strike there recalls another; "the strikes on
            # April 2" refer back to the one told
            and (detection.definite or not report_days.recalled(own_when, e.time, anchor))
        ]
        # "Daesh claimed the attack ... in Manbij": the attack told before; the claim's places are not the attack's
        if (target := claimed_back(body, span, detection, own_when, earlier, index, gazetteer)) is not None:
            own_places = own_stated = []
        else:
            target = referent(detection, own_places, own_stated, own_when, earlier, index, gazetteer, also, turned)
            if target is not None and told_apart(body, span.start, detection, also, own_stated, target, gazetteer):
                target = None  # "The militants also attacked the nearby village of Mabouja", "Two days earlier, ..."
            target = counted_parts.not_the_sum(target, counted_apart, own_stated, gazetteer)
        told = [e for e in engagements if not e.from_title and e.type == detection.type]
        if is_title and not told and detection.generic and detection.type == "armed-clash":
            # "Syrian army kills 62 rebels east of Damascus" over the lead's ambush: a generic word in the headline
            # tells the body's first violent engagement, whatever its type
            told = [e for e in engagements if not e.from_title and e.type in same_engagement.VIOLENT]
        if is_title and told:
            # The headline repeats what the body reports; it may say where or who when the lead leaves it out
            # ("ISIL execute 50 captive Syrian troops in Raqqa" over "ISIL have executed more than 50 troops").
            lead = told[0]
            if not lead.places and own_places:
                lead.places = list(own_places)
            if (
                not lead.attackers
                and lead.type == detection.type  # a headline's generic "kills" names no air force
                and detection.attackers
                and not set(detection.attackers) & set(lead.targets)
            ):
                lead.attackers = list(detection.attackers)
            if not figs:
                continue
            # its toll is a claim of the headline about the lead ("... kill 77 terrorists during past week")
            target = lead
        if target is None:
            if not (detection.attackers or detection.targets or own_places or figs):
                continue  # nothing says who, where or how many: background, not a report
            if not (detection.attackers or detection.targets or figs) and all(
                report_places.is_country(k, gazetteer) for k in own_places
            ):
                # "the battle for Syria": a country alone does not place an engagement (places the gazetteer lacks,
                # "centers in al-Reshidiya", do)
                continue
            # "The fighting in Aleppo has killed 130" after the regime's raids and the rebels' shelling there
            lent, faced = sides_told_at(detection, own_places, recent, classes)
            target = EngagementDraft(
                key=f"{detection.type}@{detection.scene.start if detection.scene else span.start}",
                type=detection.type,
                attackers=list(detection.attackers) or lent,
                targets=list(detection.targets) or faced,
                supporters=list(detection.supporters),
                places=list(own_places),
                time=own_when,
                sentence=index,
                from_title=is_title,
                unnamed_agent=detection.unnamed_agent,
                by_aircraft=detection.by_aircraft,
                unresolved_place=not own_places and anaphor is not None,
                elsewhere=detection.elsewhere,
                only_generic=sideless_generic(detection),
                told_generically=detection.generic,
                standing=detection.standing,
                another=detection.distinct,
                on_ground=told_on_the_ground(text),
                ground_taken=ground_taken(text),
                several=over_several_places(text),
            )
            engagements.append(target)
            siblings.append((target, detection.scene))
            if not is_title:
                recent.append(target)
        elif not (is_title and told):
            merge(target, detection, own_places, own_when, gazetteer)
            if counted_apart or contrasted(body, detection.scene, span):
                # a place counted apart joined an earlier report: the sentence's other places, each with its own
                # toll, are other events ("killed 19 outside Saraqeb and another 23 in Ehsim" after the lead's 42);
                # so are scenes set against each other, whatever one of them retells ("The army also took Sifat while
                # battles raged in Hardatain": the battles are not the taking told before; twentieth session, merges3)
                siblings.append((target, detection.scene))
            target.latest = max(target.latest, index)
            if not detection.definite:  # told anew, not referred to ("the attack"): a figure after it may count it
                target.retold = max(target.retold, index)
            target.unnamed_agent = target.unnamed_agent or detection.unnamed_agent
            target.by_aircraft = target.by_aircraft or detection.by_aircraft
            target.on_ground = target.on_ground or told_on_the_ground(text)
            target.ground_taken = target.ground_taken or ground_taken(text)
        target.near.extend(k for k in told_near(body, span.start, mentions, own_stated) if k not in target.near)
        counted = report_confidence.strikes_counted(body, detection, figs)
        confidence = report_confidence.confidence(
            detection, own_places, own_when, is_title, anaphoric=target.sentence != index, counted_strikes=counted
        )
        about = tuple(k for k in victims(body, span, mentions, classes) if k != claimant)
        for person in about:
            if person not in target.targets and person not in target.attackers:
                target.targets.append(person)
        target.claims.append(
            Claim(
                evidence=span,
                claimant=claimant,
                engagement=target.key,
                about=about,
                figures=tuple(figs),
                cue=cue,
                confidence=confidence,
            )
        )
        if attribution is not None and attribution is not attributions[0]:
            # "'... completely destroyed' regime TV reported while SANA said that six people were killed": the first
            # speaker claims the event too, the second its figures
            target.claims.append(
                Claim(evidence=span, claimant=attributions[0].claimant.key, engagement=target.key,
                      cue=attributions[0].cue, confidence=confidence)
            )  # fmt: skip
        # "The regime and rebels have traded accusations": the other side of one cue claims it too (its figures once)
        for other in attributions[1:]:
            if attribution is not None and other.cue_span == attribution.cue_span:
                target.claims.append(
                    Claim(evidence=span, claimant=other.claimant.key, engagement=target.key, cue=other.cue,
                          confidence=confidence)
                )  # fmt: skip
        used = True
    if used and not is_title:
        loose_claims.extend(other_speakers(body, span, mentions, attributions, attribution))
    if used or is_title:
        return
    if background and figures and not attributions:
        # A cumulative toll ("more than 290000 killed since 2011"): a claim about what it names, no engagement.
        loose_claims.append(
            Claim(
                evidence=span,
                about=tuple(dict.fromkeys(m.key for m in mentions)),
                figures=tuple(figures),
                confidence=0.4,
            )
        )
        return
    keys = tuple(dict.fromkeys(m.key for m in mentions))
    for found in attributions:
        about = tuple(k for k in keys if k != found.claimant.key)
        if found.evidence == span and not figures and speaker_only(body, span, found):
            continue  # "The representative of X said.": the statement is the quotation before
        loose_claims.append(
            Claim(
                evidence=found.evidence,
                claimant=found.claimant.key,
                about=about,
                # a later speaker who says the figures has them alone (`voice_of_figures`)
                figures=tuple(figures)
                if found.evidence == span and (attribution is attributions[0] or found is attribution)
                else (),
                cue=found.cue,
                confidence=0.7,
            )
        )
    if figures and not attributions and not background:
        # A figure with no engagement in its sentence goes to the latest engagement of the last sentences.
        host = figure_host(engagements, index, body[span.start : span.end])
        if host is not None:
            host.claims.append(
                Claim(evidence=span, engagement=host.key, about=keys, figures=tuple(figures), confidence=0.5)
            )
        elif keys:
            loose_claims.append(Claim(evidence=span, about=keys, figures=tuple(figures), confidence=0.4))


def _share_figures(detections: Sequence[Detection], figures: Sequence[Figure]) -> list[list[Figure]]:
    """Give each figure to the engagement whose trigger comes last before it (or the first one)."""
    shares: list[list[Figure]] = [[] for _ in detections]
    if not detections:
        return shares
    for figure in figures:
        where = figure.span.start if figure.span else 0
        # in a sentence of several scenes, an engagement of the figure's own scene ("... and 49 were killed in the
        # Houla massacre")
        own = [i for i, d in enumerate(detections) if d.scene and d.scene.start <= where < d.scene.end]
        best = own[0] if own else 0
        for i, detection in enumerate(detections):
            if detection.trigger.start <= where and (not own or i in own):
                best = i
        shares[best].append(figure)
    return shares
