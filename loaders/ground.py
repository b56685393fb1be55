"""Ground taken or fought for, told by other verbs than "seized" or "captured": a side entering a town or breaking
into it, a road cut, a side withdrawing under attack, and a capture attempted (docs/extraction.md, "Engagements",
sixteenth session). The patterns join `engagement_triggers._TRIGGERS`; the checks here keep them to ground and name
whose ground it was."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from loaders.clause_words import TIME_OR_CONTRAST
from loaders.launched_offensives import launched_at
from loaders.model import Mention

# A side entering ground takes it: "IS fighters entered Kobane", "the SDF broke into western districts of Manbij";
# the wires' verbs of a swift entry too, "IS fighters swept into Palmyra", "troops rolled into the town" (thirty-third
# session, vocab33, written-sentence probe; a side must be named, so "a fire swept through the camp" is none)
ENTRY = (
    r"entered|enter(?:s|ing)?|(?:broke|break(?:s|ing)?)\s+into|(?:swept|sweep(?:s|ing)?)\s+(?:into|through)|"
    r"(?:rolled|marched)\s+into"
)
_ENTRY_ONLY = re.compile(ENTRY, re.IGNORECASE)
# Ground a side enters: a kind of ground, at most three words on ("the southern districts", "the complex of").
_ENTERED_GROUND = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:villages?|towns?|city|cities|districts?|neighbou?rhoods?|quarters?|suburbs?|"
    r"outskirts|areas?\s+of|parts?\s+of|bases?|airports?|airbases?|complex|camps?|barracks|hills?|positions)\b",
    re.IGNORECASE,
)
# An entry agreed or for a mission is no taking: "entered Douma after the rebels left under a surrender deal", "Turkish
# troops entered Idlib to set up observation posts" (a deployment, a transfer by agreement).
_AGREED_ENTRY = re.compile(
    r"\b(?:deals?|agreements?|accords?|truce|cease-?fire|reconciliation|settlement|surrender|evacuation|"
    r"observation\s+posts?|to\s+(?:set\s+up|establish|monitor|observe|oversee|deploy|escort|patrol|deliver))\b",
    re.IGNORECASE,
)
# The space and article between a verb and the place named after it: "entered the Yarmouk camp".
_ARTICLE_GAP = re.compile(r"\s+(?:the\s+)?")
# How far after the entry such an agreement or mission may be told.
_AGREED_REACH = 120
# ... within the entry's own clause: "entered Morek on Monday, and a monitor said the truce in Homs was holding" tells
# another matter after a coordinated clause.
_OTHER_CLAUSE = re.compile(r";|,\s+(?:and|but|while|whereas)\s", re.IGNORECASE)
# A road cut is ground taken across it: "regime advances cut the only road into Aleppo", "rebels cut off the regime's
# main access road" (a siege is "cut off from food": no road named).
# Only the finite verb: "trying to surround Aleppo by cutting supply lines" tells an aim, not a road taken.
ROAD_CUT = (
    r"(?:cut|severed)(?:\s+off)?(?=\s+(?:[\w'’-]+\s+){0,5}?(?:roads?|highways?|routes?|supply\s+lines?|"
    r"lifelines?)\b)"
)
_ROAD_CUT_ONLY = re.compile(ROAD_CUT, re.IGNORECASE)
# Where a clause ends, for what follows a verb: "tried to retake the hill, while IS shelled the town".
_CLAUSE_END = re.compile(rf"[,;:.]|\b(?:{TIME_OR_CONTRAST}|when)\b", re.IGNORECASE)
# How far after the verb the road's holder may be named: "cut the only road leading to rebel-held parts of Aleppo".
_ROAD_REACH = 60

# A withdrawal forced by an attack told with it hands the ground to the attacker in a battle, not by agreement: "the
# army withdrew from the farms as they faced a rebel counter-offensive led by the Nusra Front", "pulled out of the town
# after fierce clashes with IS". Not under shelling or air strikes alone: who fires from afar need not take the ground.
_UNDER_ATTACK = re.compile(
    r"\b(?:as|after|under|amid|following|in\s+the\s+face\s+of)\s+(?:[\w'’-]+\s+){0,5}?"
    r"(?:attacks?|assaults?|offensives?|counter-?offensives?|counter-?attacks?|advances?|pressure|clashes|fighting)\b",
    re.IGNORECASE,
)
# How far the attack may be named after the withdrawal, and its side after the attack: "... led by the al-Nusra Front".
_ATTACK_REACH = 80
_ATTACKER_REACH = 40
# A capture attempted is a battle for the ground, whether or not it was taken: "in an attempt to seize it from IS",
# "are trying to take over Kurdish positions", "the regime attempts to push back an opposition offensive". Not a plan
# or a vow ("plans to retake"): those are hedges of the clause, and block it still; nor an operation "to retake" (an
# operation named for its aim is as often planned or hypothetical: "any operation to retake Raqqa should be Arab").
_ATTEMPT_TO = re.compile(
    r"\b(?:attempts?|attempted|attempting|efforts?|tr(?:y|ies|ied|ying))\s+to\s+$",
    re.IGNORECASE,
)

# How far after the verb the side it would take ground from may be named: "to seize it from IS".
_ATTEMPT_REACH = 60

# What is wrested is ground: a kind of ground, a name, or "it" ("wrested a concession from the government" is none).
_WRESTED = (
    r"(?:(?-i:[A-Z])[\w'’-]*|it|them|villages?|towns?|city|cities|districts?|neighbou?rhoods?|quarters?|suburbs?|"
    r"outskirts|areas?|parts?|bases?|airports?|airbases?|complex|camps?|barracks|hills?|positions|regions?|territory|"
    r"provinces?|ground|land|countryside|roads?|highways?|crossings?)"
)
# Driven out: "chased the government forces out", "wrested nearly the entire region from Daesh control".
# A side driven from a place by other verbs: "ousted IS fighters from Tal Abyad", "dislodged the militants from
# the hill", "drove the jihadists from Palmyra": a side as object, then a named place or a kind of ground.
_DRIVEN_SIDE = (
    r"(?:fighters|militants|rebels|jihadists|forces|troops|terrorists|insurgents|gunmen|army|militias?|"
    # an acronym or the group's own name, not any name ("evicted Christians from Raqqa" drove out no side)
    r"(?-i:[A-Z]{2,}\w*)|Daesh|Nusra)"
)
_DRIVEN_FROM = (
    rf"(?:oust|dislodg|flush|kick|driv|drove)\w*(?=\s+(?:[\w'’-]+\s+){{0,3}}?{_DRIVEN_SIDE}\s+"
    # up to two modifiers before the kind of ground: "from the flashpoint border town of Kobane"
    rf"(?:out\s+of|out\s+from|from)\s+(?:the\s+(?:(?-i:[a-z])[\w'’-]*\s+){{0,2}}?)?(?:(?-i:[A-Z])|{_WRESTED}\b))"
)
# Ground lost to a side: "the army lost Palmyra to IS", "rebels lost control of the town of Morek to the army".
# The ground, the verb's object, is a kind of ground or a name, followed by at most three more names ("the town of
# Khan Tuman"), then "to"; "lost 20 fighters to IS" loses no ground, "lost in March to" names a time, not ground.
LOST_TO = (
    rf"los(?:t|es|ing)(?=\s+(?:control\s+(?:of|over)\s+)?(?:(?!(?:in|on|at|since|during|after|before)\s)[\w'’-]+\s+){{0,4}}?{_WRESTED}"
    r"(?:\s+(?:of\s+)?(?-i:[A-Z])[\w'’-]*){0,3}\s+to\s+(?:the\s+)?(?-i:[A-Za-z]))"
    # the same told in the passive from the ground: "a day after it was lost to government forces" (twenty-fourth
    # session); the taker after "to" must be a side (`taken_from.taker_after_roles`)
    r"|(?:(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bbeen\s))lost(?=\s+to\s+(?:the\s+)?(?-i:[A-Za-z]))"
)
DRIVEN_OUT = (
    rf"{_DRIVEN_FROM}|"
    r"chas(?:ed|ing)(?=\s+(?:[\w'’-]+\s+){1,4}?out\b)|"
    rf"wrest(?:ed|ing)?(?=\s+(?:[\w'’-]+\s+){{0,4}}?{_WRESTED}\s+(?:[\w'’-]+\s+){{0,4}}?from\b)"
)


def is_entry(word: str) -> bool:
    """Whether a trigger is a verb of entering ("entered", "broke into"): ground taken only by a side named."""
    return _ENTRY_ONLY.fullmatch(word) is not None


# A deal the entry follows, not a mission it is sent on: "entered Douma after an evacuation agreement"; a ceasefire is
# such a deal as a truce is (thirty-second session: "under a ceasefire deal" had been no event at all).
_DEAL_ONLY = re.compile(
    r"\b(?:deals?|agreements?|accords?|truce|cease-?fire|reconciliation|settlement|surrender|evacuation)\b",
    re.IGNORECASE,
)


# A deal defied, not followed: "entered the town despite the ceasefire", "in violation of a truce" (thirty-second
# session); a word of defiance, then up to three words of the deal's own phrase ("despite the Russian-brokered truce"),
# none a conjunction or preposition ("broke ranks and a truce took hold" defies nothing).
_DEFIED = re.compile(
    r"\b(?:despite|in\s+(?:violation|breach|defiance)\s+of|violat(?:e|es|ed|ing)|breach(?:es|ed|ing)?|"
    r"br(?:eak|eaks|oke|eaking)|flout(?:s|ed|ing)?|ignor(?:e|es|ed|ing))\s+"
    r"(?:(?!(?:and|or|but|as|after|before|when|while|with|under|to|into|through|in|on|at|of|by|from)\b)[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
_DEFIED_REACH = 60


def entered_under_deal(
    text: str, base: int, match: re.Match[str], mentions: Sequence[Mention], classes: Mapping[str, str]
) -> bool:
    """Whether an entry of ground follows a deal told in its clause: the ground handed over, not fought for ("army
    units entered Douma after an evacuation agreement"; thirty-first session, helper fixes31)."""
    if not is_entry(match.group(0)):
        return False
    reach = min(len(text), match.end() + _AGREED_REACH)
    other = _OTHER_CLAUSE.search(text, match.end(), reach)
    end = other.start() if other else reach
    first = _AGREED_ENTRY.search(text, match.end(), end)
    # the first agreed word a deal, not a mission ("to set up observation posts under the Astana deal")
    if first is None or not _DEAL_ONLY.fullmatch(first.group(0)):
        return False
    if _DEFIED.search(text, max(match.end(), first.start() - _DEFIED_REACH), first.start()):
        return False  # "entered Morek despite the truce": a deal broken hands over no ground
    return _entered_named(text, base, match, mentions, classes)


def enters_ground(
    text: str, base: int, match: re.Match[str], mentions: Sequence[Mention], classes: Mapping[str, str]
) -> bool:
    """Whether a trigger is no entry, or enters ground: a kind of ground or a place the sentence names right after it,
    not a country ("entered Syria" is crossing a border) nor anything else ("entered the war", "entered talks"), and
    not under a deal or for a mission ("entered Douma under a surrender deal", "to set up observation posts")."""
    if not is_entry(match.group(0)):
        return True
    reach = min(len(text), match.end() + _AGREED_REACH)
    other = _OTHER_CLAUSE.search(text, match.end(), reach)
    if _AGREED_ENTRY.search(text, match.end(), other.start() if other else reach):
        return False
    return _entered_named(text, base, match, mentions, classes)


def _entered_named(
    text: str, base: int, match: re.Match[str], mentions: Sequence[Mention], classes: Mapping[str, str]
) -> bool:
    """Whether a kind of ground or a place (not a country) the sentence names comes right after the entry verb."""
    if _ENTERED_GROUND.match(text, match.end()):
        return True
    named = _ARTICLE_GAP.match(text, match.end())
    at = base + (named.end() if named else match.end())
    return any(m.kind == "place" and m.span.start == at and classes.get(m.key) != "Country" for m in mentions)


def road_holders(
    text: str, base: int, match: re.Match[str], actors: Sequence[Mention], attackers: Sequence[str]
) -> tuple[str, ...]:
    """Whose road a road cut took: the first other side named in its object ("cut the road to rebel-held parts", "cut
    the regime's main access road"); nothing for any other trigger."""
    cut = _ROAD_CUT_ONLY.match(text, match.start())  # in its sentence: the road is in the lookahead
    if cut is None or cut.end() != match.end():
        return ()
    for m in actors:
        start = m.span.start - base
        if match.end() <= start <= match.end() + _ROAD_REACH and m.key not in attackers:
            return (m.key,)
    return ()


def forced_out_by(
    text: str, base: int, match: re.Match[str], actors: Sequence[Mention], withdrawers: Sequence[str]
) -> tuple[str, ...]:
    """The sides whose attack forced a withdrawal ("withdrew ... as they faced a rebel counter-offensive led by the
    Nusra Front": the rebels and the Front), named from the cue to just after the attack; none when none is told."""
    attack = _UNDER_ATTACK.search(text, match.end(), min(len(text), match.end() + _ATTACK_REACH))
    if attack is None:
        return ()
    end = attack.end() + _ATTACKER_REACH
    return tuple(
        dict.fromkeys(
            m.key
            for m in actors
            if attack.start() <= m.span.start - base and m.span.end - base <= end and m.key not in withdrawers
        )
    )


def attempted(text: str, match: re.Match[str]) -> bool:
    """Whether a trigger is a capture attempted ("an attempt to seize", "trying to retake"); not an entry or a road cut
    tried ("attempting to cut the road": a siege's aim, told as such)."""
    if is_entry(match.group(0)) or _ROAD_CUT_ONLY.match(text, match.start()):
        return False
    # "launched an assault to recapture": an offensive launched for the ground (`launched_offensives`)
    return (
        _ATTEMPT_TO.search(text, max(0, match.start() - 80), match.start()) is not None
        or launched_at(text, match.start()) is not None
    )


def attempt_targets(
    text: str, base: int, match: re.Match[str], actors: Sequence[Mention], attackers: Sequence[str]
) -> tuple[str, ...]:
    """Whom a capture attempted would take ground from: the first other side named in the clause after the verb
    ("to seize it from DAESH", "trying to take over Kurdish positions")."""
    for m in actors:
        start = m.span.start - base
        if start < match.end() or m.key in attackers:
            continue
        if start <= match.end() + _ATTEMPT_REACH and not _CLAUSE_END.search(text, match.end(), start):
            return (m.key,)
        break
    return ()
