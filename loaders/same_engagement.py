"""Within one article: does a new report refer to an engagement already reported? (docs/extraction.md)

News articles tell one battle several times: the lead, "the assault", "the town was captured", the toll. A report
joins an earlier engagement of the article when nothing conflicts (attackers, targets, day, places) and something
ties them: a shared place and actor or day, a shared attacker close by, or a definite description ("the attack").
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TypeVar

from loaders.day_battles import battle_of_the_day
from loaders.engagements import Detection
from loaders.gazetteer import Gazetteer
from loaders.ground_words import FIRE_FROM_AFAR
from loaders.model import TimeSpan
from loaders.report_conflicts import Reported, compatible, times_agree
from loaders.report_days import is_dated, on_same_day
from loaders.report_places import (
    around,
    around_a_town_told_near,
    below_country,
    is_country,
    nested,
    new_spot,
    other_spots,
    places_agree,
    shared_place,
    town_in_one_of_provinces,
    unknown_spots_of,
)
from loaders.report_sides import Sides
from loaders.scene_merges import BATTLE_OUTCOMES
from loaders.summary_leads import part_of_summary

# How far back (in sentences) "the assault", or a report by the same attacker, may refer.
ANAPHORA_WINDOW = 3
# Types "the attack" may refer back to.
VIOLENT = frozenset(
    {"armed-clash", "ambush", "air-strike", "shelling", "suicide-bombing", "remote-explosive", "chemical-weapon",
     "attack-on-civilians", "government-regains-territory", "non-state-actor-overtakes-territory"}
)  # fmt: skip
# Engagements that say how a generic attack was made: fire from afar.
BOMBARDMENTS = FIRE_FROM_AFAR
# An engagement reported at this many places at once is a campaign summed up, not one engagement.
CAMPAIGN_PLACES = 3
# A type and the more specific type of the same ACLED event type one engagement may also be told as: barrels of
# chlorine dropped by a helicopter are an air strike and a chemical attack; "a bomb blast" may be a suicide bomber's.
MORE_SPECIFIC = {"air-strike": "chemical-weapon", "remote-explosive": "suicide-bombing"}


E = TypeVar("E", bound="Reported")


def referent(
    detection: Detection,
    places: Sequence[str],
    stated: Sequence[str],
    when: TimeSpan | None,
    earlier_ones: Sequence[E],
    index: int,
    gazetteer: Gazetteer,
    also: bool = False,
    turned: bool = False,
) -> E | None:
    """The engagement already reported that this detection refers back to, or None.

    `places` are the detection's places (with "the city" resolved), `stated` those named in its own sentence; `also`
    says the sentence adds to what was told ("also"), `turned` that it opens on another event ("Elsewhere",
    "Separately").
    """
    if detection.distinct:
        return None  # "a similar car bomb attack", "another raid": told as another engagement
    sides = Sides(gazetteer)
    # The same type at the same named place, and the same actor or day (a city sees many engagements).
    for earlier in reversed(earlier_ones):
        # a day read in the report's own sentence ties nothing there: `one_chemical_attack` read that sentence
        day = when if earlier.sentence < index else None
        if not _kin_reports(detection, earlier, sides, day) or not stated:
            continue
        if _campaign(earlier, stated, gazetteer):
            continue
        if not compatible(detection, when, earlier, gazetteer):
            continue
        if not shared_place(stated, earlier.places, gazetteer):
            # A province or the country holding the other's place ties two reports only by the same attacker, or by
            # neither naming one, on the same day ("Turkish jets struck IS in Aleppo province on Friday" and "... near
            # Dabiq on Friday"; "a car bomb at a checkpoint in Azaz on Thursday" told again in Aleppo province).
            # forces of one state are one attacker ("Syrian regime forces" and "the Assad regime": twenty-fifth session)
            same_attacker = bool(set(detection.attackers) & set(earlier.attackers)) or _one_state_within(
                detection, stated, earlier, sides, gazetteer
            )
            # a report naming no attacker, below the country, that does not say "also" ("Warplanes also struck
            # villages in Latakia countryside" after the strike on Latakia city is a strike of its own)
            unnamed = not detection.attackers and not also and below_country(stated, gazetteer)
            nobody = not (detection.attackers or earlier.attackers)
            # "The army also killed 60 in al-Jafra" after a clash by the airport: "also" and a spot of its own tell
            # another engagement in the province, as they do in a town (below)
            if (
                nested(stated, earlier.places, gazetteer)
                and not (also and new_spot(stated, earlier.places, gazetteer))
                # each naming a spot of its own in the province ("a market in the town of Urem al-Kubra" after "the
                # hospital in Kafr Hamra", both in Aleppo province): two engagements, as where a place is shared below
                and not other_spots(stated, earlier.places, gazetteer)
                and (
                    (on_same_day(when, earlier.time) and (same_attacker or nobody or unnamed))
                    # an undated report close by says where in its province a lead happened (a lead in the whole
                    # country is read by `details`, which keeps a lead that two towns follow)
                    or (
                        (same_attacker or unnamed)
                        and index - earlier.sentence <= ANAPHORA_WINDOW
                        and not (is_dated(when) and is_dated(earlier.time))
                        and below_country(earlier.places, gazetteer)
                    )
                )
            ):
                return earlier
            continue
        if other_spots(stated, earlier.places, gazetteer):
            continue
        if (also or turned) and new_spot(stated, earlier.places, gazetteer):
            # "The army also pounded IS in Palmyra and the villages of al-Tiyas": a strike of its own there; and a
            # sentence opening on another item ("Later ... army units established control over al-Halk area" after
            # the capture of Jabal Badro in the city): a spot of its own is another engagement (twenty-fourth session)
            continue
        # Either role, so a role read wrongly in one report ("the battle against the army") still ties them; forces of
        # one state tie them where the new report adds no place ("airstrikes by Russian forces on Idlib city" after
        # "rockets fired by Russian jets hit ... Idlib") or only a quarter of the town ("Regime forces targeted the
        # Waer neighbourhood" after "shelling by the regime on Homs").
        same_actor = {*detection.attackers, *detection.targets} & {*earlier.attackers, *earlier.targets} or (
            detection.attackers
            and earlier.attackers
            and sides.share(detection.attackers, earlier.attackers)
            and all(k in earlier.places or set(around(k, gazetteer)) & set(earlier.places) for k in places)
        )
        same_day = on_same_day(when, earlier.time)
        # Nobody named on either side and one report undated: nothing tells them apart.
        unnamed = not (detection.attackers or earlier.attackers) and not (is_dated(when) and is_dated(earlier.time))
        # A retelling that names nobody ("Since Saturday 68 civilians were killed in aerial attacks on the town"):
        # the engagement told before, unless both carry dates
        anonymous = not (detection.attackers or detection.targets) and not (is_dated(when) and is_dated(earlier.time))
        # and the other way: a summary that named nobody ("Airstrikes kill seven in Homs") told before the report that
        # says who ("Jets thought to belong to the government struck Al-Waer in Homs on Sunday")
        told_anonymously = not (earlier.attackers or earlier.targets) and not (
            is_dated(when) and is_dated(earlier.time)
        )
        if same_actor or same_day or unnamed or anonymous or told_anonymously:
            return earlier
    # an engagement told again a sentence ago is as recent as that retelling ("the assault" after its toll)
    recent = [e for e in earlier_ones if index - ANAPHORA_WINDOW <= max(e.sentence, e.latest) <= index]
    told = _alone_of_its_type(detection, places, when, earlier_ones, recent, turned)
    if told is not None:
        return told
    # The same attacker doing the same thing a sentence or two later, where nothing says it is elsewhere: the lead
    # says who and what ("The army has killed 70 IS fighters"), the next sentence where ("... near Qamishli").
    for earlier in reversed(recent):
        # "over a dozen airstrikes on the residential area": a retelling naming nobody and no place of its own
        if (
            earlier.type == detection.type
            and not (detection.attackers or detection.targets or stated)
            and places
            and places_agree(places, earlier.places, gazetteer)
            and compatible(detection, when, earlier, gazetteer)
        ):
            return earlier
        # "Rebels attacked army posts near Hama. Clashes there killed 29 rebels": a toll naming no attacker and no place
        # of its own that counts the dead of a side just told retells that engagement
        if (
            earlier.type == detection.type
            and not (detection.attackers or stated)
            and detection.targets
            and set(detection.targets) <= {*earlier.attackers, *earlier.targets}
            # the dead of either side may be counted: "killed 29 rebels" after the rebels' attack on army posts
            and times_agree(detection, when, earlier)
        ):
            return earlier
        if (
            _kin_reports(detection, earlier, sides)
            and sides.share(detection.attackers, earlier.attackers)
            # "Local sources in the city said ...": places only inherited may still be the earlier report's
            and (
                not (places and earlier.places)
                or (not stated and places_agree(places, earlier.places, gazetteer))
                # (not a spot the sentence adds with "also": "vehicles were also destroyed in airstrikes in al-Mreiiyeh
                # village" after strikes on another village is a strike of its own, as at a known place above; nor one
                # after a turn: "Earlier today army units took control of al-Mazare ... areas" after the capture of
                # the town is a capture of its own, twenty-eighth session)
                or (unknown_spots_of(stated, earlier.places, gazetteer) and not (also or turned))
            )
            and compatible(detection, when, earlier, gazetteer)
        ):
            return earlier
        # and where nobody is named on either side: "A rocket shell hit Aleppo on Saturday" ... "the terrorists fired
        # a rocket shell which fell near the park in al-Aziziyeh neighbourhood" says where in the town; not after
        # "Elsewhere" or "In a separate attack", where the spot is another village the gazetteer lacks
        if (
            earlier.type == detection.type
            and not turned
            and not (detection.attackers or earlier.attackers)
            and unknown_spots_of(stated, earlier.places, gazetteer)
            and compatible(detection, when, earlier, gazetteer)
        ):
            return earlier
    if detection.type == "armed-clash" and not (detection.attackers or detection.targets):
        # "the fighting for control of the town": fighting that names no side, where ground was just taken or an
        # ambush sprung, is that battle (ACLED codes one Battles event by its outcome)
        told = _told_there(recent, BATTLE_OUTCOMES, detection, places, when, gazetteer)
        if told is not None:
            return told
    if detection.generic and not detection.attackers and not turned:
        # "a convoy attack", "Monday's raid": a generic word naming no one, at the place of an engagement of another
        # violent type told in the last few sentences, retells that one (one of its own type: the rules above); not in
        # a sentence that opens on another scene ("Meanwhile ... targeted gatherings of ISIL near the city")
        parts = [e for e in recent if not part_of_summary(e, stated, gazetteer)]
        told = _told_there(parts, VIOLENT - {detection.type}, detection, places, when, gazetteer)
        if told is not None:
            return told
    if (told := battle_of_the_day(detection, stated, when, earlier_ones, gazetteer, places)) is not None:
        return told  # "Fighting lasted all night and into Sunday": that day's battle goes on
    if not detection.definite:
        return None
    # a village right by the earlier report's town fits a description ("the airstrikes ... in the towns of Teldo and
    # Kafr Laha" after strikes on Houla), not a verb whose subject alone is definite ("The regime forces shelled areas
    # in al-Latamneh" after the shelling of al-Masasneh, 5 km off: another village shelled)
    near = not detection.by_subject
    # "The assault": the latest compatible engagement of the last few sentences.
    for earlier in reversed(recent):
        # "the blast" after a suicide bombing is that bombing
        blast = detection.blast and earlier.type == "suicide-bombing"
        # "the bombing" after shells or air raids is that bombardment: when it names no place of its own, or when it
        # "also killed" more after an air strike (twenty-eighth session, helpers merge28 and bnone28)
        blast = blast or (
            detection.bombing
            and ((also and earlier.type == "air-strike") or (earlier.type in BOMBARDMENTS and not stated))
        )
        if earlier.type != detection.type and not (detection.generic and earlier.type in VIOLENT) and not blast:
            continue
        # one bomb's blast is no campaign: "The explosion hit the Rashidin area" after a bombing of a convoy told at
        # three towns names where that one bombing went off (twenty-seventh session)
        if _campaign(earlier, stated, gazetteer) and not blast:
            continue
        # "The offensive" may name the wider area of what was told ("part of the operation to seize areas of three
        # governorates"); a specific "the air strike" must name its place or one inside it.
        # "The air raids that hit an aid convoy near Aleppo ... Monday's raid on the convoy ... in Orum al-Kubra": told
        # near a town, it may have happened in a village around it
        if (
            not places_agree(places, earlier.places, gazetteer, near)
            and not (detection.generic and wider_than(places, earlier.places, gazetteer))
            and not around_a_town_told_near(places, earlier.near, gazetteer)
        ):
            continue
        if compatible(detection, when, earlier, gazetteer):
            return earlier
    # "The airstrikes in Idlib", "the attacks in Homs": a definite description naming its place refers to that place's
    # engagement, however far back it was reported.
    for earlier in reversed(earlier_ones):
        if (
            (earlier.type == detection.type or (detection.generic and earlier.type in VIOLENT))
            and stated
            and earlier.places
            and not _campaign(earlier, stated, gazetteer)
            and places_agree(stated, earlier.places, gazetteer, near)
            and compatible(detection, when, earlier, gazetteer)
        ):
            return earlier
    if not stated and detection.definite:
        # "The aerial campaign is clearly aimed at ...": a definite description naming no place of its own refers to
        # the one engagement of its type told before, however far back (twenty-fifth session)
        told = _the_only(earlier_ones, detection, when, sides, gazetteer)
        if told is not None:
            return told
    if not stated and when is not None and when.precision == "day":
        # "an August 21 gas attack" ... "blaming the August 21 gas attack on rebels": a report naming no place of its
        # own, dated to the day an earlier one of its type was, is that one, however far back
        for earlier in reversed(earlier_ones):
            if (
                earlier.type == detection.type
                and on_same_day(when, earlier.time)
                and compatible(detection, when, earlier, gazetteer)
            ):
                return earlier
    if detection.type == "ceasefire" and not stated:
        # "the four-town evacuation deal", "the truce" naming no place: the truce told last, however far back (a deal
        # is named again by its kind, its places told once; its brokers or its sides may be named, either one)
        for earlier in reversed(earlier_ones):
            if earlier.type == "ceasefire" and times_agree(detection, when, earlier):
                return earlier
    return None


def _alone_of_its_type(
    detection: Detection,
    places: Sequence[str],
    when: TimeSpan | None,
    earlier_ones: Sequence[E],
    recent: Sequence[E],
    turned: bool,
) -> E | None:
    """The one engagement of the detection's type told so far, when the detection names no one and no place: "Several
    suicide bombers detonated themselves inside the station" after the lead's bombing retells it (twenty-seventh
    session)."""
    if detection.attackers or detection.targets or places or turned or detection.generic:
        return None
    same = [e for e in earlier_ones if e.type == detection.type]
    if len(same) != 1 or not any(e is same[0] for e in recent) or not times_agree(detection, when, same[0]):
        return None
    return same[0]


def _the_only(
    earlier_ones: Sequence[E], detection: Detection, when: TimeSpan | None, sides: Sides, gazetteer: Gazetteer
) -> E | None:
    """The one earlier engagement of the detection's type, when it is the only one, its attacker is of the same side
    and nothing conflicts; not for a generic word ("the attack"), whose type is only a guess."""
    if detection.generic or not detection.attackers:
        return None
    same = [e for e in earlier_ones if e.type == detection.type]
    if len(same) != 1 or not sides.share(detection.attackers, same[0].attackers):
        return None
    if not compatible(detection, when, same[0], gazetteer):
        return None
    return same[0]


def _one_state_within(
    detection: Detection, stated: Sequence[str], earlier: Reported, sides: Sides, gazetteer: Gazetteer
) -> bool:
    """Whether forces of one state attack in both reports ("Syrian army forces" and "the Syrian regime") and every
    place the new one names lies in, or holds, one of the earlier one's: the looser tie of one state asks that much;
    "strikes on IS in Deir Ezzor province and on jihadists in Idlib province" is a campaign, not the strike near
    Mayadeen told before (twenty-fifth session)."""
    return sides.share(detection.attackers, earlier.attackers) and all(
        nested([k], earlier.places, gazetteer) for k in stated if not is_country(k, gazetteer)
    )


def wider_than(places: Sequence[str], earlier: Sequence[str], gazetteer: Gazetteer) -> bool:
    """Whether a generic report's places may be the wider area of an earlier engagement's ("the offensive" in the
    province after a village's capture): not where the earlier one's places are all unknown to the gazetteer, which
    could lie anywhere (al-Nueima in Daraa is not in Homs province) (twenty-first session, helper outrecall8)."""
    if earlier and all(k not in gazetteer for k in earlier):
        return not places
    return places_agree(earlier, places, gazetteer)


def kin(etype: str, other: str) -> bool:
    """Whether two reports' types may be one engagement's: the same, or one the more specific telling of the other."""
    return etype == other or MORE_SPECIFIC.get(etype) == other or MORE_SPECIFIC.get(other) == etype


def _kin_reports(detection: Detection, earlier: Reported, sides: Sides, when: TimeSpan | None = None) -> bool:
    """Whether a report may tell an earlier engagement by its type: the same type, or a kin type where both reports
    name the attacker ("regime helicopters dropped barrels of chlorine" and "the regime's chemical attack"), or where
    the report names nobody but is told on the earlier one's day ("the gas attack on Tuesday" and "a warplane carried
    out strikes early on Tuesday that released toxic gas"); a kin type naming nobody on another day may tell another
    engagement at the place ("air strikes on the town of last month's gas attack")."""
    if detection.type == earlier.type:
        return True
    if not kin(detection.type, earlier.type):
        return False
    if detection.attackers and earlier.attackers:
        return sides.share(detection.attackers, earlier.attackers)
    return not detection.attackers and on_same_day(when, earlier.time)


def more_specific(etype: str, other: str) -> str:
    """Of two kin types, the one that says more of how the engagement was made ("chemical-weapon" over "air-strike")."""
    return other if MORE_SPECIFIC.get(etype) == other else etype


def _told_there(
    recent: Sequence[E],
    kinds: Collection[str],
    detection: Detection,
    places: Sequence[str],
    when: TimeSpan | None,
    gazetteer: Gazetteer,
) -> E | None:
    """The latest of the recent engagements of these kinds at the detection's places, with nothing conflicting."""
    if not places:
        return None
    for earlier in reversed(recent):
        if (
            earlier.type in kinds
            and places_agree(places, earlier.places, gazetteer)
            and compatible(detection, when, earlier, gazetteer)
        ):
            return earlier
    return None


def _campaign(earlier: Reported, stated: Sequence[str], gazetteer: Gazetteer) -> bool:
    """Whether the earlier engagement sums up a campaign over many places ("468 sorties in the provinces of Aleppo,
    Raqqa, Latakia ...") that a report naming one of them details rather than repeats (naming the country alone
    details nothing)."""
    finer = [k for k in stated if not is_country(k, gazetteer)]
    if len(earlier.places) < CAMPAIGN_PLACES:  # two provinces told side by side sum up too (twenty-sixth session)
        return town_in_one_of_provinces(finer, earlier.places, gazetteer)
    return bool(finer) and set(finer) != set(earlier.places)
