"""Where a story turns: sentences that open on another scene, and the subject a sentence carries on from the last."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from loaders.counted_days import COUNTS
from loaders.engagements import COMBATANT_CLASSES
from loaders.model import Mention, Sentence
from loaders.paragraph_joins import runs_on
from loaders.places_hit import opens_on_a_place_hit
from loaders.speech_verbs import PUT, SAID, either
from loaders.timex import FULL_MONTHS

# The verbs of a speaker after his name, which no heading takes (`speech_verbs` and the extras of statements).
_SPEAKING = either(*SAID, *PUT, "announced", "warned", "noted", "urged", "claimed", "denied", "insisted")
# A sentence that turns to another scene: "Meanwhile", "Elsewhere", "In Iraq meanwhile", "On another front".
_TURN = re.compile(
    r"(?:(?:In|On|At)\s+(?:[\w-]+,?\s+){1,4}?)?(?:meanwhile|elsewhere)\b|On\s+another\s+front\b|"
    # a roundup's place heading before it, the dateline of its next item ("Homs Meanwhile two civilians were killed")
    r"(?-i:[A-Z][\w-]+\s+(?:[A-Z][\w-]+\s+)?(?:Meanwhile|Elsewhere)\b)"
    # unless a verb of saying follows: "Putin Meanwhile said ..." is a speaker and his verb, no heading (leftovers2)
    rf"(?!\s+(?:also\s+)?(?:{_SPEAKING})\b)",
    re.I,
)
# A sentence that tells another event: a scene turned to, or "Separately", "In a separate attack"; or "Later", the next
# item of a roundup ("Later a military source said that army units destroyed ...": twentieth session, helper merges3).
# "In the same context", "In a related development": a news agency's link to its next item, another incident of the
# day's roundup; and "Earlier", the item told before the one just told as "Later" tells the one after (twenty-eighth
# session, helper merge28)
_NEXT_ITEM = r"In\s+(?:the\s+same|a\s+(?:similar|related|relevant)|another)\s+(?:context|development)"
# "Separately, a suicide bomber blew himself up at a checkpoint", "In a separate attack, ...": another story, whose
# doer, if any, it names itself; the jets of the story before are not its subject (written-sentence probe, gaps33).
# Not before a pronoun: "Separately, they attacked Tal Abyad" refers back to the subject before.
# (nor a pronoun taken as the noun after "separate": "In a separate attack they shelled ..."; reread33b)
_NO_PRONOUN = r"(?!(?:they|it|he|she|its|their|his|her)\b)"
_SEPARATE = re.compile(rf"(?:Separately|In\s+a\s+separate(?:\s+{_NO_PRONOUN}[\w-]+){{1,2}}?),?\s+{_NO_PRONOUN}", re.I)
NEW_SCENE = re.compile(rf"{_TURN.pattern}|(?:Separately|In\s+a\s+separate|Later|Earlier|{_NEXT_ITEM})\b", re.I)


def new_scenes(body: str, mined: Sequence[Sentence]) -> set[int]:
    """The sentences that open on another event ("Separately, air strikes hit ...", "Elsewhere ...")."""
    return {i for i, sentence in enumerate(mined) if NEW_SCENE.match(body, sentence.span.start)}


def continued_subject(
    body: str,
    index: int,
    mined: Sequence[Sentence],
    per_sentence: Sequence[Sequence[Mention]],
    classes: Mapping[str, str],
) -> str | None:
    """The actor a sentence keeps talking about: the subject of the sentence before, in its paragraph or the last one.

    Used only when the sentence's own subject names no actor ("Russia intervenes ... The Federation fighters
    carried out raids"); the previous sentence's subject is its first actor mention at its very start. classes: the
    actors' classes, to tell a fight's sides ("Fighting continued in Jobar" names none).
    """
    if index == 0:
        return None
    previous = mined[index - 1]
    if not runs_on(body, previous, mined[index]):
        return None  # a title, a subheading or furniture stands between: the story starts anew
    if _TURN.match(body, mined[index].span.start) or _SEPARATE.match(body, mined[index].span.start):
        return None  # "In Iraq meanwhile ...", "Elsewhere ...", "Separately ...": the story turns to another scene
    if OWN_DOER.match(body, _after_fronted_time(body, mined[index].span.start)):
        return None  # "A suicide bomber blew himself up ...": the sentence names its own doer, no actor told before
    if FIRED_FROM.match(body, _after_fronted_time(body, mined[index].span.start)):
        return None  # "A rocket fired from Syria hit Hermel": the text names where it came from, not who fired it
    if FIGHT_OPENS.match(body, mined[index].span.start) and not _fighters_named(per_sentence[index], classes):
        return None  # "Fighting continued in Jobar": no side of the sentence before is the fight's doer
    if opens_on_a_place_hit(body, _after_fronted_time(body, mined[index].span.start), per_sentence[index]):
        return None  # "Khan Sheikhun has been hit several times": a place struck, by whom only "by X" would tell
    for m in per_sentence[index - 1]:
        if m.kind == "actor" and m.span.start - previous.span.start <= 4:
            return m.key
        break
    if _PRONOUN_SUBJECT.match(body, previous.span.start):
        # "The SDF have been advancing ... Its forces seized the airport ... They continue to battle": a sentence that
        # opens on its subject's armed men keeps the subject of the one before it, so the chain runs back
        # (seventeenth session)
        return continued_subject(body, index - 1, mined, per_sentence, classes)
    return None


# A sentence whose subject is a fight: "Fighting continued in Jobar", "Heavy clashes raged on Thursday" (thirty-third
# session, helper joins33). Where it names no actor at all, the one doer the sentence before named (the jets that
# struck the district, the group that said why it attacked) is no side the text gives the fight: read sideless, it
# joins the fight told at its place
FIGHT_OPENS = re.compile(
    r"(?:(?:heavy|fierce|violent|intense|sporadic|renewed|the|fresh)\s+){0,2}"
    r"(?:fighting|clashes|battles|skirmishes|combat|hostilities)\b",
    re.IGNORECASE,
)


def bare_fights(
    body: str, mined: Sequence[Sentence], per_sentence: Sequence[Sequence[Mention]], classes: Mapping[str, str]
) -> set[int]:
    """The sentences that open on a fight and name no actor that fights ("Fighting continued in Harasta")."""
    return {
        i
        for i, sentence in enumerate(mined)
        if FIGHT_OPENS.match(body, sentence.span.start) and not _fighters_named(per_sentence[i], classes)
    }


def _fighters_named(mentions: Sequence[Mention], classes: Mapping[str, str]) -> bool:
    """Whether a sentence names an actor that fights (not "the Observatory said")."""
    return any(m.kind == "actor" and classes.get(m.key) in COMBATANT_CLASSES for m in mentions)


# A sentence whose subject is a new doer, a thing or a person first met there: "A suicide bomber blew himself up",
# "A car bomb exploded", "Gunmen attacked", "Two explosive devices went off" (thirty-third session, helper fixes33b,
# written-sentence probe). The jets of the sentence before are not its doer; "The bomber" (told before) is not new.
OWN_DOER = re.compile(
    r"(?:(?i:an?|two|three|four|several|unknown|unidentified|masked|armed)\s+)?(?:[a-z][\w-]*\s+){0,2}?"
    r"(?i:suicide\s+bombers?|(?:car\s+)?bombs?|explosive\s+devices?|IEDs?|gunm[ae]n|assailants?|attackers?|snipers?|"
    r"(?:land)?mines?)\b"
)


# A munition whose sentence says only where it came from: "A rocket fired from Syria hit Hermel", "Two mortar shells
# launched from the eastern countryside landed in ..." (thirty-fourth session, helper fixes34, written-sentence probe).
# A place is no doer, and the side the sentence before was about is not told to have fired it. A munition's own name
# may be capitalised ("Two Grad rockets", "Katyusha rockets") and the participle set off by a comma ("Two rockets,
# fired from Syria, hit"; reread34b).
FIRED_FROM = re.compile(
    r"(?:(?i:an?|the|two|three|four|five|six|several|\d{1,3})\s+)?(?:[A-Za-z][\w-]*\s+){0,2}?"
    r"(?i:rockets?|missiles?|shells?|mortars?|rounds?|projectiles?),?\s+"
    r"(?i:(?:that|which)\s+were\s+)?(?i:fired|launched)\s+from\s"
)


# A day or time fronted before a sentence's subject: "12 days earlier, a car bomb exploded", "A week before, gunmen
# ...", "On Sunday, a suicide bomber ...", "Later on Monday an IED ..." (thirty-fourth session, helper leftopen34,
# written-sentence probe): the subject after it is the sentence's, a new doer as much as at its very start. Counts spelt
# as `told_apart.DAY_SHIFT` spells them ("Twelve days earlier"), "Earlier this week", "On June 3" (reread34, probes)
_TIME_OPENING = re.compile(
    rf"(?:(?:{COUNTS}|few|\d{{1,3}})\s+(?:hours?|days?|weeks?|months?)\s+(?:earlier|later|before|after|ago)"
    r"|(?:(?:early|late)\s+)?(?:earlier|later)(?:\s+(?:on|in|that|this)\s+[\w-]+)?"
    r"|(?:(?:early|late)\s+)?on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?"
    # a dated day: "On June 3, a car bomb ...", "On 3 June ..."
    rf"|on\s+(?:\d{{1,2}}\s+(?:{FULL_MONTHS})|(?:{FULL_MONTHS})\s+\d{{1,2}})"
    r"|the\s+(?:next|following|previous)\s+(?:day|week|morning)|the\s+day\s+(?:before|after))\b,?\s+",
    re.IGNORECASE,
)


def _after_fronted_time(body: str, start: int) -> int:
    """Where a sentence's subject starts: after a day or time fronted before it, if any."""
    fronted = _TIME_OPENING.match(body, start)
    return fronted.end() if fronted else start


# A sentence opening on the armed men of the one it continues about: "Its forces", "Their fighters" (a bare "They" or
# "It" may be anyone the sentence before named: "The rebels and residents ... They were to be transported").
_PRONOUN_SUBJECT = re.compile(
    r"(?:Its|Their)\s+(?:forces|fighters|troops|militants|men|units|jets|warplanes|aircraft|planes)\s+(?!were\b|was\b)"
)
