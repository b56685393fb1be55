"""Engagements being assembled from an article's reports, and the passes over all of them once every sentence is
mined: lending an article's one attacker or a report's place to the others and joining retellings
(docs/extraction.md, "Engagements" and "One engagement, several reports"); `engagement_filters` demotes what is no
event to claims."""

from __future__ import annotations

from collections.abc import Callable, Sequence, Set
from dataclasses import dataclass, field, replace
from functools import lru_cache

from loaders import place_readings, region_retellings, report_places, report_sides, retold_reports, same_engagement
from loaders.engagements import Detection
from loaders.gazetteer import Gazetteer
from loaders.model import Claim, TimeSpan
from loaders.place_mentions import town_of
from loaders.same_engagement import ANAPHORA_WINDOW

# The war this project covers: the country an article set at home lends to a report it places nowhere else.
HOME_COUNTRY = "Syria"


@dataclass
class EngagementDraft:
    """An engagement being assembled (merged across sentences) before it is frozen."""

    key: str
    type: str
    attackers: list[str]
    targets: list[str]
    supporters: list[str]
    places: list[str]
    time: TimeSpan | None
    sentence: int
    from_title: bool = False
    claims: list[Claim] = field(default_factory=list)
    unnamed_agent: bool = False  # a report said someone unnamed did it: no attacker is lent to it
    by_aircraft: bool = False  # a report told aircraft doing the strike ("the warplanes carried out raids on X")
    unresolved_place: bool = False  # a report said where ("in the east of the city") but not which: no place is lent
    elsewhere: bool = False  # "on another neighbourhood": only the town of the report before is lent
    # a fight told with no side, not lent the article's attacker (`_bare_fight_elsewhere`): kept as if it had been
    unlent_fight: bool = False
    attackers_lent: bool = False  # its attackers are the article's one attacker of its type, not named in its report
    latest: int = -1  # the sentence of its latest report after the first (-1: none yet)
    retold: int = -1  # the sentence of its latest report after the first that told it anew, not as "the attack"
    only_generic: bool = False  # every report came from a generic word ("an attack") naming no side
    told_generically: bool = False  # every report came from a generic word ("an attack", "its assault")
    standing: bool = False  # a report told it as a state that holds now ("has been under siege"): dated by its tense
    near: list[str] = field(default_factory=list)  # places a report told it "near": it happened around them
    another: bool = False  # first told as one more of a kind just reported ("Another shell in Harasta landed ...")
    on_ground: bool = False  # a report said it was fought on the ground ("attacks by the ground forces")
    several: bool = False  # first told over several places of an area ("strikes hit several locations"): a summary
    ground_taken: bool = False  # a report told ground it took ("control was established over"): a battle


# Types whose unattributed reports take the one attacker an article names for the others of that type.
ONE_ATTACKER_TYPES = (
    "air-strike", "shelling", "suicide-bombing", "remote-explosive", "chemical-weapon", "armed-clash",
    "attack-on-civilians",
)  # fmt: skip


def one_attacker_per_type(
    engagements: list[EngagementDraft], turns: Set[int], gazetteer: Gazetteer, bare: Set[int] = frozenset()
) -> list[EngagementDraft]:
    """An air strike (shelling, bombing) the article leaves unattributed is by the one attacker it names for its other
    engagements of that type ("Russian jets struck Idlib ... Air strikes on Saraqeb killed 15"); with two, none. A
    state and its forces are one attacker ("Russian strikes", "the Russian Aerospace Forces"): the first named. Not
    from a report that opens on another scene (`named_in_another_scene`: a roundup's "Homs Meanwhile ..."); nor to a
    fight told only in sentences that open on it naming no side (`bare`: "Fighting continued in Harasta") where the
    attacker fought at none of its places."""
    side = report_sides.sides(gazetteer)
    for kind in ONE_ATTACKER_TYPES:
        named = [e for e in engagements if e.type == kind and e.attackers]
        if not named or len({frozenset(side(k) for k in e.attackers) for e in named}) != 1:
            continue
        for e in engagements:
            if e.type != kind or e.attackers or e.unnamed_agent:
                continue
            donor = next((p for p in named if not named_in_another_scene(p, e, turns)), None)
            if donor is not None and _bare_fight_elsewhere(e, named, bare):
                e.unlent_fight = True
            elif donor is not None:
                e.attackers = [k for k in donor.attackers if k not in e.targets]
                e.attackers_lent = True
    return engagements


def _bare_fight_elsewhere(e: EngagementDraft, named: Sequence[EngagementDraft], bare: Set[int]) -> bool:
    """Whether e is a clash told only as a sideless fight ("Rebels attacked army posts in Douma. Fighting continued in
    Harasta") at places where the clashes that name the attacker are not: the fight has two sides the text does not
    give, not the one doer told at another place (thirty-fourth session, helper leftopen34, written-sentence probe)."""
    if e.type != "armed-clash" or e.sentence not in bare or any(c.evidence != e.claims[0].evidence for c in e.claims):
        return False
    return not any(set(p.places) & set(e.places) for p in named)


# One side's shelling or air raids go on across an article's reports ("regime shelling of a rebel-held area ... Shelling
# in Musraba has meanwhile killed three"); a bomb is most often unclaimed, each its own, and lends no one.
BOMBARDMENTS = ("air-strike", "shelling")


def bombardments_told_on(
    engagements: list[EngagementDraft], turns: Set[int], gazetteer: Gazetteer
) -> list[EngagementDraft]:
    """An air strike or shelling still unattributed once the reports are joined (with one side named for its type,
    `one_attacker_per_type` has lent it already) is by the side of the report of its type told last in the three
    sentences before it, else of the first told in the three after it (a lead summed up after its parts: "...
    with Russian and regime warplanes both suspected"); with none of its type, of the other kind of bombardment, as
    the side (a state: only a state flies). Not a report whose sentence opens on another scene (`turns`: "Separately
    ...", "Elsewhere ..."), nor from one that does, to a report outside its scene (`named_in_another_scene`)."""
    side = report_sides.sides(gazetteer)
    # the reports that name who bombarded (not those this pass lends to)
    told = [p for p in engagements if p.type in BOMBARDMENTS and p.attackers and not p.from_title]
    for e in engagements:
        if e.type not in BOMBARDMENTS or e.attackers or e.unnamed_agent or e.from_title or e.sentence in turns:
            continue
        lenders = [p for p in told if not named_in_another_scene(p, e, turns)]
        source = _told_near(e, [p for p in lenders if p.type == e.type])
        if source is not None:
            e.attackers = [k for k in source.attackers if k not in e.targets]
            continue
        # "Fierce government bombardment of the town ... Hours of air strikes struck Jayrud": one side bombards
        source = _told_near(e, [p for p in lenders if p.type != e.type])
        if source is None:
            continue
        sides = list(dict.fromkeys(side(k) for k in source.attackers))
        if e.type == "air-strike":
            sides = [k for k in sides if k in gazetteer and gazetteer.get(k).cls == "State"]
        e.attackers = [k for k in sides if k not in e.targets]
    return engagements


def _told_near(e: EngagementDraft, told: Sequence[EngagementDraft]) -> EngagementDraft | None:
    """The report told last in the three sentences before e's, else the first told in the three after it."""
    # an engagement told before it, by when it was told last (up to this report)
    earlier = sorted(
        (p for p in told if p.sentence < e.sentence and e.sentence - _last_told(p) <= ANAPHORA_WINDOW),
        key=lambda p: min(_last_told(p), e.sentence),
    )
    later = sorted(
        (p for p in told if e.sentence < p.sentence <= e.sentence + ANAPHORA_WINDOW), key=lambda p: p.sentence
    )
    return earlier[-1] if earlier else later[0] if later else None


def _last_told(engagement: EngagementDraft) -> int:
    """The sentence of an engagement's latest report."""
    return max(engagement.sentence, engagement.latest)


def placed_by_previous_report(
    engagements: list[EngagementDraft], home: str | None, gazetteer: Gazetteer
) -> list[EngagementDraft]:
    """A report whose sentences name no place happened where the report a sentence or three before it did ("Rebels
    shelled Aleppo ... The army returned fire"), or in its town when it says "another neighbourhood"; a headline
    places nothing. A ceasefire may be nationwide: one that names no place, in an article set in the home country, is
    that country's (`home`, a place key); one placed only far abroad holds there too, beside where it was agreed."""
    placed = sorted((e for e in engagements if e.places and not e.from_title), key=lambda e: e.sentence)
    for e in engagements:
        if e.type == "ceasefire" and home is not None and e.places and all(far_abroad(k, gazetteer) for k in e.places):
            # "the Munich agreement", "peace talks in Switzerland": where a truce was agreed, beside where it holds
            e.places = [*e.places, home]
        if e.type == "ceasefire" and not e.places and not e.unresolved_place and home is not None:
            e.places = [home]
        if e.places or e.from_title or e.unresolved_place or e.type == "ceasefire":
            continue
        before = [p for p in placed if e.sentence - ANAPHORA_WINDOW <= p.sentence < e.sentence]
        if before:
            e.places = _towns_of(before[-1].places, gazetteer) if e.elsewhere else list(before[-1].places)
        elif placed and placed[0].sentence < e.sentence and all(set(p.places) == set(placed[0].places) for p in placed):
            e.places = list(placed[0].places)  # the one place the article's reports name
    return engagements


# The states around the home country: a truce placed in one of them may hold there (Arsal, Mosul).
NEIGHBOURS = ("Turkey", "Iraq", "Lebanon", "Jordan", "Israel")


def far_abroad(key: str, gazetteer: Gazetteer) -> bool:
    """Whether a place lies outside the home country and the states around it (Geneva, Astana, Switzerland)."""
    return key in gazetteer and not ({key, *gazetteer.ancestors(key)} & _near_home(gazetteer))


@lru_cache(maxsize=4)
def _near_home(gazetteer: Gazetteer) -> frozenset[str]:
    """The keys of the home country and its neighbours, as countries of the gazetteer."""
    found = (gazetteer.lookup(name, "place") for name in (HOME_COUNTRY, *NEIGHBOURS))
    return frozenset(e.key for e in found if e is not None and e.cls == "Country")


def leads_told_where(engagements: list[EngagementDraft], gazetteer: Gazetteer) -> list[EngagementDraft]:
    """A lead placed only in the country (or a compass part of it) joins the report close by that says in which town
    it happened (`retold_reports.details`); with reports in two towns the lead sums both up and stays, unless one
    sentence tells both ("30 were killed around Shadadi and another five outside Kobane"): that sentence counts the
    lead's dead place by place, and the lead is its first part (ACLED codes an event a place, no sum)."""
    return _joined_into_one_host(
        engagements,
        # a lead told as "a series of strikes" or over "several locations" sums its parts up and stays (thirtieth
        # session, helper leads30)
        lambda lead: not (lead.from_title or lead.elsewhere or lead.several),
        lambda lead, e: not e.from_title and retold_reports.details(lead, e, gazetteer),
        gazetteer,
        one_sentence_hosts=True,
    )


def regions_retold(engagements: list[EngagementDraft], gazetteer: Gazetteer) -> list[EngagementDraft]:
    """A report placed only by a wide region joins the one engagement of its type told that day at a finer place of
    the region's country (`region_retellings.retold_by_region`); hosts at two places leave it standing, a summary."""
    return _joined_into_one_host(
        engagements,
        lambda report: not (report.from_title or report.several),
        lambda report, e: not (e.from_title or e.several) and region_retellings.retold_by_region(report, e, gazetteer),
        gazetteer,
    )


def attacks_told_by_their_means(
    engagements: list[EngagementDraft], turns: Set[int], gazetteer: Gazetteer
) -> list[EngagementDraft]:
    """A clash told only by generic words ("began its assault on Fuaa") joins the shelling or air strike the article
    reports at its place that day ("Dozens of shells fell on Fuaa"): the bombardment says how the attack was made; not
    across a sentence that opens on another scene (`turns`: "Meanwhile ...", "Elsewhere ...")."""
    return _joined_into_one_host(
        engagements,
        lambda attack: attack.type == "armed-clash" and attack.told_generically and not attack.from_title,
        lambda attack, e: (
            not e.from_title
            and not turned_between(attack, e, turns)
            # "killed in attacks by the Syrian ground forces" after "similar strikes" there: no air strike made them
            and not (attack.on_ground and e.type == "air-strike")
            # "control was established over the hills": a battle, not the bombardment told in another sentence
            and not (attack.ground_taken and e.sentence != attack.sentence)
            and retold_reports.made_by(attack, e, gazetteer)
        ),
        gazetteer,
    )


def named_in_another_scene(lender: EngagementDraft, e: EngagementDraft, turns: Set[int]) -> bool:
    """Whether the report that names an attacker opens on a scene of its own ("Homs Meanwhile ... ISIS terrorists fired
    rocket shells") that e is not in: who fired there says nothing of who fired in the scenes told around it."""
    return lender.sentence in turns and turned_between(lender, e, turns)


def turned_between(one: EngagementDraft, other: EngagementDraft, turns: Set[int]) -> bool:
    """Whether the story turns to another scene between two reports: a sentence after the first one's opens on
    "Meanwhile", "Elsewhere" or "Separately" up to and including the later one's."""
    first, last = sorted((one.sentence, other.sentence))
    return any(first < t <= last for t in turns)


def _joined_into_one_host(
    engagements: list[EngagementDraft],
    may_join: Callable[[EngagementDraft], bool],
    may_host: Callable[[EngagementDraft, EngagementDraft], bool],
    gazetteer: Gazetteer,
    one_sentence_hosts: bool = False,
) -> list[EngagementDraft]:
    """Each report that may join another joins the nearest of the reports that may host it, when those all name the
    same places (hosts at two places leave it standing, a summary of both; with `one_sentence_hosts`, hosts told in
    one sentence are its parts, and it joins the first); its claims then point to the host."""
    joined: set[str] = set()
    for report in engagements:
        if not may_join(report):
            continue
        hosts = [e for e in engagements if e is not report and e.key not in joined and may_host(report, e)]
        if len({tuple(h.places) for h in hosts}) != 1 and not (
            one_sentence_hosts and hosts and len({h.sentence for h in hosts}) == 1
        ):
            continue
        host = min(hosts, key=lambda h: abs(h.sentence - report.sentence))
        merge(host, report, report.places, report.time, gazetteer)  # a country or region gives way to the town
        host.claims.extend(replace(c, engagement=host.key) for c in report.claims)
        joined.add(report.key)
    return [e for e in engagements if e.key not in joined]


def placed_by_next_report(engagements: list[EngagementDraft], gazetteer: Gazetteer) -> list[EngagementDraft]:
    """A lead that names no place happened where the report a sentence or three after it did ("At least 31 were killed
    in government shelling of an opposition-held town" ... "the shelling of Jayrud")."""
    placed = sorted((e for e in engagements if e.places and not e.from_title), key=lambda e: e.sentence)
    for e in engagements:
        if e.places or e.from_title or e.unresolved_place:
            continue
        after = [
            p for p in placed
            if e.sentence < p.sentence <= e.sentence + ANAPHORA_WINDOW and retold_reports.sides_agree(e, p, gazetteer)
        ]  # fmt: skip
        if after:
            e.places = list(after[0].places)
    return engagements


def unplaced_retellings_joined(engagements: list[EngagementDraft], gazetteer: Gazetteer) -> list[EngagementDraft]:
    """A report the article never places joins the one placed engagement it retells (`retold_reports.retells`):
    an engagement with no place is one a reader cannot tell from that one, and counting it twice double counts. An
    attacker only lent by `one_attacker_per_type` ties nothing."""
    return _joined_into_one_host(
        engagements,
        lambda report: not (report.places or report.from_title or report.attackers_lent),
        lambda report, e: not e.attackers_lent and retold_reports.retells(report, e, gazetteer),
        gazetteer,
    )


def sideless_generic(detection: Detection) -> bool:
    """Whether a detection came from a generic word ("an attack") and names neither attacker nor target."""
    return detection.generic and not (detection.attackers or detection.targets)


def merge(
    target: EngagementDraft,
    detection: Detection | EngagementDraft,
    places: Sequence[str],
    when: TimeSpan | None,
    gazetteer: Gazetteer,
) -> None:
    """Add what a later sentence (or another report of the article) says about an engagement already reported."""
    _retype(target, same_engagement.more_specific(target.type, detection.type))
    generic = detection.only_generic if isinstance(detection, EngagementDraft) else sideless_generic(detection)
    target.only_generic = target.only_generic and generic
    generally = detection.told_generically if isinstance(detection, EngagementDraft) else detection.generic
    target.told_generically = target.told_generically and generally
    target.standing = target.standing or detection.standing
    for mine, theirs in (
        (target.attackers, detection.attackers),
        (target.targets, detection.targets),
        (target.supporters, detection.supporters),
        (target.places, places),
    ):
        for key in theirs:
            if key not in mine:
                mine.append(key)
    target.targets[:] = [k for k in target.targets if k not in target.attackers]
    finer = [
        k
        for k in target.places
        if not report_places.is_country(k, gazetteer) and not place_readings.compass_region(k, gazetteer)
    ]
    if finer:
        # "Syria's war" said of the Palmyra assault does not move it to the whole country, nor "in northern Syria" to
        # a part of it
        target.places[:] = finer
    if target.time is None and when is not None:
        target.time = when
    elif _narrower(when, target.time):
        target.time = when  # "in July", then "on July 2": the day is when it happened


def _retype(target: EngagementDraft, etype: str) -> None:
    """Give an engagement the more specific type a kin report told, its key and its claims' references with it."""
    if etype == target.type:
        return
    key = f"{etype}@{target.key}"  # the old key stays in it: another engagement may hold "<etype>@<same offset>"
    target.claims[:] = [replace(c, engagement=key) if c.engagement == target.key else c for c in target.claims]
    target.type, target.key = etype, key


def _narrower(when: TimeSpan | None, than: TimeSpan | None) -> bool:
    """Whether a dated span lies inside another, shorter ("on July 2" inside "in July")."""
    if when is None or than is None or when.earliest is None or than.earliest is None:
        return False
    end, than_end = when.latest or when.earliest, than.latest or than.earliest
    return than.earliest <= when.earliest and end <= than_end and (end - when.earliest) < (than_end - than.earliest)


def _towns_of(places: Sequence[str], gazetteer: Gazetteer) -> list[str]:
    """The towns the places lie in (a quarter's city; a town stays), without the places unknown to the gazetteer."""
    out: list[str] = []
    for key in places:
        if key not in gazetteer:
            continue
        out.append(town_of(key, gazetteer) or key)
    return list(dict.fromkeys(out))
