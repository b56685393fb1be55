"""Who an engagement hit: civilians and captives killed, the groups counted among the dead, holders of ground hit."""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.counts import NUMBER
from loaders.engagement_triggers import TRIGGER
from loaders.engagement_types import MEANS
from loaders.harm_and_holding_words import SNIPER_FIRE, UNARMED
from loaders.model import Mention, Span

# Who is a civilian among the killed: residents, and those whose work is no fighting (activists, journalists, medics).
CIVILIAN_WORDS = (
    # the unarmed (`harm_and_holding_words.UNARMED`), and the sick and rescuers: "killed patients", "rescuers"
    rf"(?:{UNARMED}|young\s+men|patients|rescuers|"
    # a tribe's men killed by the side that holds their land: "killed 40 members of the Shaitat tribe" (lexicon2)
    r"tribesmen|members\s+of\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?tribes?)"
)
# Where the unarmed gather: shots fired into a market, a mosque or a funeral are fired at the people there, not at a
# side that can fire back (ACLED codes them Violence against civilians, Attack).
CIVILIAN_GATHERINGS = (
    r"crowds?|gatherings?|markets?|marketplaces?|mosques?|churches?|funerals?|weddings?|queues?|bakery|bakeries|"
    r"protests?|demonstrations?|rallies|rally|sit-ins?|processions?|people|passengers|shoppers|motorists|cafes?"
)
# Who carries arms: "a gathering of soldiers", "fighters near the market" are shot at as a side that can fire back.
_ARMED = (
    r"fighters?|soldiers?|troops|rebels?|militants?|gunmen|forces|militiam[ae]n|jihadists?|policem[ae]n|guards?|"
    r"positions?|checkpoints?|posts?|barracks|units?"
)
# Words between the verb and the unarmed: no armed noun, and no preposition that makes the gathering only where the
# target stood ("opened fire on fighters near the market", "on soldiers guarding a mosque").
_WHERE_STOOD = r"near|in|at|outside|inside|beside|behind|around|by|opposite|guarding|protecting"
_BETWEEN = rf"(?:(?!(?:{_ARMED}|{_WHERE_STOOD})\b)\S+\s+)"
# A gathering word that heads the object: not the armed's ("a crowd of fighters") nor an owner ("People's Protection
# Units", the YPG).
_GATHERING_HEAD = rf"(?:{CIVILIAN_GATHERINGS})\b(?!['’]|\s+of\s+(?:[\w-]+\s+){{0,2}}?(?:{_ARMED})\b)"
FIRED_ON_CIVILIANS = re.compile(
    rf"open\w*\s+fire\s+(?:on|at|upon|into)\s+{_BETWEEN}{{0,3}}?(?:{CIVILIAN_WORDS}\b|{_GATHERING_HEAD})", re.I
)
# Captives killed: no fighting, an attack on people in the killers' hands ("killed the pilot", "killed 20 prisoners").
_CAPTIVES = re.compile(
    r"\s+(?:(?:a|an|the|two|three|four|five|dozens\s+of|several|\d+)\s+)?(?:captured\s+|captive\s+)?"
    # not their people: "the prisoners' guards"
    r"(?:pilots?|prisoners?|hostages?|captives?|detainees?)\b(?!['’])",
    re.IGNORECASE,
)
# "five civilians including three players were killed by": the victims before a passive kill verb.
CIVILIANS_KILLED = re.compile(
    rf"\b{CIVILIAN_WORDS}\b[^.;]{{0,50}}\b(?:were|was|have\s+been|had\s+been)\s+$",
    re.I,
)
# Who died, named by the group they belonged to: "killed 12 Nusra Front fighters", "killing five Kurdish policemen",
# "23 people most of them from the Ahrar al-Sham group were killed": that group was the target.
_COUNT = (
    r"(?:(?:at\s+least|more\s+than|over|some|about|around|nearly|up\s+to)\s+)?"
    rf"(?:{NUMBER}|several|a\s+number)\s+(?:of\s+(?:the\s+)?)?"
)
_KILLED_MEMBERS = re.compile(rf"\b(?:killed|killing|kills|kill)\s+{_COUNT}$", re.IGNORECASE)
# One of the dead named by the group they served, alone or among others: "killed a Red Crescent volunteer", "killed 20
# people including a Red Crescent staff member", "among them two White Helmets volunteers" (twenty-sixth session)
_ONE_KILLED = re.compile(
    rf"\b(?:killed|killing|kills|kill)\s+(?:(?:[\w'’-]+\s+){{0,8}}?(?:including|among\s+them)\s+)?"
    rf"(?:a|an|one|{NUMBER})\s+(?:of\s+(?:the\s+|its\s+|their\s+)?)?$",
    re.IGNORECASE,
)
_ONE_MEMBER_AFTER = re.compile(
    r"\s+(?:fighter|member|militant|soldier|policeman|police\s+officer|volunteer|worker|staff|commander|employee)\b",
    re.IGNORECASE,
)
_MEMBERS_KILLED = re.compile(rf"(?:^|\s){_COUNT}$|\bmost\s+of\s+them\s+(?:from|of)\s+(?:the\s+)?$", re.IGNORECASE)
# What follows the group's name when its members are the dead: "fighters", "group members", or "were killed".
_MEMBERS_AFTER = re.compile(
    r"(?:\s+(?:militant\s+|jihadist\s+|terrorist\s+|rebel\s+)?group)?\s+(?:fighters|members|militants|troops|soldiers|"
    r"policemen|police\s+officers|volunteers|workers|staff|personnel|commanders|jihadists|terrorists|rebels|"
    r"were\s+killed|have\s+been\s+killed|killed)\b",
    re.IGNORECASE,
)
# A side named by its people, so that a count before it counts its dead: "29 rebels", "18 regime forces".
_PEOPLE_NAMED = re.compile(
    r"\b(?:forces|troops|soldiers|fighters|militants|rebels|jihadists|terrorists|insurgents|militiamen|policemen|"
    r"gunmen|guards|personnel|members)$",
    re.IGNORECASE,
)
# A shooting down in the sentence: its pilots died fighting, they were no one's captives. Not one told as what came
# before the killing ("killed the pilot after his jet crashed": he lived through it and was held).
_SHOT_DOWN = re.compile(r"\b(?:shot\s+down|shooting\s+down|downed|downing|crash(?:ed|ing)?)\b", re.IGNORECASE)
_AFTER = re.compile(r"\bafter\s+(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE)


def captives(text: str, match: re.Match[str]) -> bool:
    """Whether the kill verb's object is captives ("killed the pilot", "killed 20 prisoners"); pilots of an aircraft
    the sentence shoots down are not ("killed two pilots when they shot down a jet"), unless held or killed after it."""
    found = _CAPTIVES.match(text, match.end())
    if found is None:
        return False
    if not re.search(r"(?i)pilot", found.group(0)) or re.search(r"(?i)captured|captive", found.group(0)):
        return True  # "the captured pilot of the jet they downed" was held
    return not any(not _AFTER.search(text, max(0, d.start() - 60), d.start()) for d in _SHOT_DOWN.finditer(text))


def captives_killed(text: str, base: int, match: re.Match[str], actors: Sequence[Mention]) -> bool:
    """Whether a kill verb tells captives killed by the armed actor just before it ("rebels killed the pilot"), not by
    the means told with it ("air strikes killed 20 prisoners" is the strike)."""
    if not captives(text, match):
        return False
    return any(
        re.fullmatch(r"\s*(?:[\w'’-]+\s+){0,2}", gap) and not TRIGGER.search(told)
        for m in actors
        if 0 <= match.start() - (m.span.end - base) <= 40
        # neither the actor's words nor those after it name a means: "Russian warplanes killed 20 prisoners" is a strike
        for told, gap in [(text[m.span.start - base : match.start()], text[m.span.end - base : match.start()])]
    )


_SNIPER = re.compile(SNIPER_FIRE, re.IGNORECASE)
_FIGHTERS = (
    r"(?:soldiers?|troops|fighters?|rebels?|militants?|gunmen|militiam[ae]n|jihadists?|terrorists?|policem[ae]n|"
    r"guards?|officers?|commanders?)\b"
)
# The fighters must be who the shots hit: the object of the shot ("shot dead three soldiers", "targeting two rebel
# fighters") or the subject of a passive one ("two soldiers were killed by sniper fire"); fighters named as the
# sniper's side ("a sniper of the army troops") or as a place ("near regime soldiers") were not hit.
_FIGHTERS_HIT = re.compile(
    r"\b(?:shot|shoots|shooting|killed|kills|killing|wounded|wounding|injured|injuring|hit|hitting|targeted|targeting|"
    r"(?:fired|firing|opened\s+fire)\s+(?:on|at|upon))\s+(?:dead\s+)?"
    rf"(?:(?!(?:near|in|at|on|from|by|of|with|and|after|while|as)\b)[\w'’-]+\s+){{0,4}}?{_FIGHTERS}|"
    rf"\b{_FIGHTERS}\s+(?:[\w'’-]+\s+){{0,3}}?(?:was|were|been)\s+(?:\w+ly\s+)?(?:shot|killed|wounded|injured|hit|targeted)\b",
    re.IGNORECASE,
)


def sniped_fighters(text: str, match: re.Match[str]) -> bool:
    """Whether a sniper's shots hit fighters, not the unarmed ("a sniper killed two soldiers"): then they are a clash
    (ACLED codes shots at people who can fire back Battles); a sentence naming no fighters hit is the unarmed's."""
    # matched at the trigger in its text: the look-ahead for the shot reads past the trigger's own words
    sniper = _SNIPER.match(text, match.start())
    if sniper is None or sniper.end() != match.end():
        return False
    return not re.search(rf"\b{CIVILIAN_WORDS}\b", text, re.IGNORECASE) and bool(_FIGHTERS_HIT.search(text))


_BY_KILLER = re.compile(r"\s+by\s+(?:the\s+)?", re.IGNORECASE)


def civilians_killed_by_hand(
    text: str,
    base: int,
    match: re.Match[str],
    actors: Sequence[Mention],
    triggers: Sequence[tuple[str, re.Match[str], bool]],
) -> bool:
    """Whether civilians "were killed by" an armed actor named right after the verb, with no means in the sentence
    ("12 residents were killed by government forces after they regained the town": a killing beside the taking)."""
    if any(t in MEANS for t, _, _ in triggers):
        return False  # "civilians were killed by Russian air strikes": the strike
    if not CIVILIANS_KILLED.search(text, max(0, match.start() - 80), match.start()):
        return False
    return any(_BY_KILLER.fullmatch(text, match.end(), m.span.start - base) for m in actors)


# Whose ground a place is: "IS-held areas", "regime-controlled villages".
HELD = re.compile(r"-(?:held|controlled|occupied|dominated|run)\b", re.IGNORECASE)
# Between a trigger and the holder of what it hit: "air raids hit IS-held areas", "a siege on opposition-held
# eastern Aleppo", "shelled rebel-held Douma", "barrel bomb attacks on a jihadist-held town".
_HELD_GAP = re.compile(
    r"\s+(?:(?:against|on|at|of|into|targeting|targeted|hit|hits|struck|strikes|pounded|shelled|bombed)\s+)?"
    r"(?:the\s+|a\s+|an\s+)?(?:[\w'’]+\s+)?",
    re.IGNORECASE,
)
# "rebel-held Idlib province": a whole region described by who holds it, not the ground a strike hit.
_HELD_REGION = re.compile(
    r"-\w+\s+(?:[\w'’-]+\s+){0,3}?(?:province|region|countryside|governorate|suburbs)\b", re.IGNORECASE
)


# "a siege on opposition-held eastern Aleppo": the armed opposition is the one besieged, though "the opposition" alone
# names no fighting side (twenty-sixth session, helper near26); only right after a word of siege
_OPPOSITION_HELD = re.compile(r"(?<![\w-])opposition(?=-(?:held|controlled|run|dominated)\b)", re.IGNORECASE)
_SIEGE_BEFORE = re.compile(
    r"\b(?:sieges?|besieg(?:e|ed|es|ing)|encircl(?:e|ed|es|ing|ement)|blockade)\s+(?:(?:on|of|to|around)\s+)?"
    r"(?:the\s+|an?\s+)?$",
    re.IGNORECASE,
)


def opposition_holders(body: str, start: int, end: int, mentions: Sequence[Mention]) -> list[Mention]:
    """The rebels as holders of the ground a siege is laid to, where the text calls it opposition-held."""
    return [
        Mention(Span(m.start(), m.end()), "actor/syrian-rebels", "actor")
        for m in _OPPOSITION_HELD.finditer(body, start, end)
        if _SIEGE_BEFORE.search(body, max(start, m.start() - 40), m.start())
        and not any(n.span.start <= m.start() < n.span.end for n in mentions)
    ]


def holders_hit(text: str, base: int, match: re.Match[str], holders: Sequence[Mention]) -> tuple[str, ...]:
    """The side whose ground the trigger hit, when its object is a place named for its holder ("IS-held areas")."""
    for m in holders:
        start = m.span.start - base
        if start < match.end():
            continue
        if _HELD_GAP.fullmatch(text, match.end(), start) and not _HELD_REGION.match(text, m.span.end - base):
            return (m.key,)
        break
    return ()


_WERE_KILLED = re.compile(r"\b(?:were|have\s+been)\s+(?:killed|neutrali[sz]ed)\b")


def victim_groups(text: str, base: int, actors: Sequence[Mention], attackers: Sequence[str]) -> tuple[str, ...]:
    """The groups whose members the sentence counts among the dead ("killed 12 Nusra Front fighters")."""
    found: list[str] = []
    for i, m in enumerate(actors):
        end = m.span.end - base
        if m.key in attackers or m.key in found:
            continue
        # "killed 29 rebels", "killing 18 regime forces": a name that is itself of people counts them
        one = _ONE_MEMBER_AFTER.match(text, end)
        if not one and not _MEMBERS_AFTER.match(text, end) and not _PEOPLE_NAMED.search(text, m.span.start - base, end):
            continue
        # "88 rebel and regime forces have been killed": the count stands before both sides; "15 YPG/PKK terrorists":
        # a slash joins two groups' names, both named (as `nearest_actors.coordinated` reads it; fixes34)
        first = i
        while first > 0 and re.fullmatch(
            r"\s+and\s+(?:the\s+)?|/", text[actors[first - 1].span.end - base : actors[first].span.start - base]
        ):
            first -= 1
        group = actors[first : i + 1]
        start = group[0].span.start - base
        before = text[max(0, start - 60) : start]
        if (
            _KILLED_MEMBERS.search(before)
            or _ONE_KILLED.search(before)
            or (
                # "15 YPG/PKK terrorists were neutralized": the Turkish ministry's and Anadolu's word for killed
                _MEMBERS_KILLED.search(before) and _WERE_KILLED.search(text, end, end + 60)
            )
        ):
            found += [g.key for g in group if g.key not in attackers and g.key not in found]
    return tuple(found)
