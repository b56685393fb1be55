"""Engagements only spoken of, none reported (twentieth session, helper outprec5; docs/extraction.md, "Engagements"):
an event noun governed by a noun of chance or fear ("the chances of a truce", "fears of an offensive"), an engagement
already told that a sentence only names or judges ("called the bombing an aggression", "The attacks were
'inhuman'"), fighting as what a side is disposed to ("interested in fighting IS"), a plan or operation carried out
("executed a special operation": no execution) and "single-handed control" (no control handed over)."""

from __future__ import annotations

import re

from loaders.anniversaries import remembered
from loaders.compared_events import compared_or_recalled
from loaders.grown_since import COMPARISON
from loaders.sentence_heads import DEFINITE, DEMONSTRATIVE, PHRASE_PREPOSITIONS, head_before, phrases_after
from loaders.timex import WEEKDAY

# A noun of possibility, expectation or fear takes the event as its complement: the event is only possible, hoped for
# or feared ("reduced the chances of a truce", "fears of a regime offensive", "the threat of air strikes"). Up to three
# modifiers stand between ("the prospects for a lasting nationwide truce").
_MODAL_NOUN = re.compile(
    r"\b(?:chances?|prospects?|hopes?|possibility|possibilities|likelihood|odds|risks?|fears?|threats?|danger|"
    r"spectre|specter)\s+(?:of|for)\s+(?:(?:an?|the|any|more|further|another|new|renewed|fresh)\s+)?"
    # modifiers only: a preposition, conjunction or verb between ends the noun phrase ("fear of sieges since
    # fighting surged": the fighting is told)
    r"(?:(?!(?:since|after|before|as|when|while|and|or|but|in|on|at|by|with|from|to|that|which|who|was|were|is|are|"
    r"has|have|had|amid|during|despite)\b)[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
# A superlative predicate noun renames the subject's engagement, it tells none of its own: "ISIS's push towards Aleppo
# marks its biggest advance since last August", "the raid was the deadliest attack on the town" (twenty-third session,
# helper precision23). The trigger right after the superlative; a noun between is another head ("Saraqib was the
# latest town seized by rebels": a town, then its seizure, told).
_SUPERLATIVE_PREDICATE = re.compile(
    r"\b(?:marks?|marked|represents?|represented|is|was|became|becomes)\s+(?:the|its|their|his|her)\s+"
    rf"(?:most\s+[\w-]+|{COMPARISON}|latest)\s+$",
    re.IGNORECASE,
)
# An engagement prepared for is not yet fought: "the army is preparing an assault on Raqqa", "Turkey is readying a
# military operation", "rebels are gearing up for a battle" (twenty-third session, helper precision23). Only the
# trigger that is the preparation's object, at most two modifiers after the determiner: another trigger of the clause
# is news ("Troops preparing an assault on Raqqa were hit by a car bomb").
_PREPARED_FOR = re.compile(
    r"\b(?:prepar(?:e|es|ed|ing)|read(?:y|ies|ied|ying)|gear(?:s|ed|ing)?\s+up)\s+(?:for\s+)?"
    r"(?:an?|the|its|their|his|her)\s+(?:(?!(?:of|for|since|after|before|as|when|while|and|or|but|in|on|at|by|with|from|"
    r"to|that|which|who|was|were|is|are|has|have|had)\b)[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
# ... nor in a free relative of "in what": "killed in what was the deadliest air strike on the city" names the
# engagement of its own clause, told nowhere else ("in what activists said was" too; twenty-third session, review23e).
_WHAT_BEFORE = re.compile(r"\bin\s+what\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
# ... unless the predicate names a place of its own: "it was the heaviest shelling of Daraa since 2014" tells where.
_NAMED_PLACE_AFTER = re.compile(r"\s+(?:of|on|in|inside|against|near|at)\s+(?:the\s+)?(?:[a-z-]+\s+)?(?-i:[A-Z])", re.I)
# ... but "for fear of" and "in fear of" tell why people act or how they live, the feared thing often real and told
# ("fled for fear of the shelling", "living in fear of the sieges"); left to the other guards.
_FOR_FEAR = re.compile(r"\b(?:for|in)\s+fears?\s+of\s", re.IGNORECASE)
# What may open the feared fight after a verb of fearing ("fear a new offensive", "fearing renewed shelling")
FEARED_DETERMINER = r"(?:(?:an?|the|any|more|further|another|new|renewed|fresh|possible)\s+)?"
# A report's verb, where a fear's object has ended: "a monitor who fears reprisals said air strikes hit Saraqib"
REPORT_VERB = r"(?:said|says|say|told|tells|reported|reports|added|stated|claimed|according)"
# The verb of fearing with the event its object: "they feared revenge attacks", "residents fear a new offensive"
# (twenty-third session, helper precision23). Not the adjective ("the long-feared offensive began": it came, nor
# "the feared IS"), nor "fear of" (the noun, above), nor a clause ("feared that ..."): modifiers only between.
_FEAR_VERB = re.compile(
    # (the participle after a possessive or an adverb is an adjective: "Syria's feared air force bombs Aleppo",
    # "a much feared assault"; twenty-third session, helper review23e)
    r"(?<![\w-])(?<!\bthe\s)(?<!\ban\s)(?<!\ba\s)"
    r"(?:fears?|dreads?|(?<!['’]s\s)(?<!ly\s)(?<!\bmuch\s)(?:feared|dreaded))\s+"
    + FEARED_DETERMINER
    + r"(?:(?!(?:of|for|since|after|before|as|when|while|and|or|but|in|on|at|by|with|from|to|that|which|who|was|were|"
    # (nor a report's verb: "a monitor who fears reprisals said air strikes hit Saraqib" tells the strikes; the fear
    # is the speaker's, its object already ended; written-sentence probe, gaps33)
    rf"is|are|has|have|had|amid|during|despite|would|could|might|will|{REPORT_VERB})\b)[\w'’-]+\s+){{0,2}}$",
    re.IGNORECASE,
)
# A verb of naming with the engagement as its object, then what it is called: "called the bombing a serious
# aggression", "described the attack as a war crime", "branded the strikes 'barbaric'". The engagement is the one the
# article tells elsewhere; the sentence only characterises it.
_NAMING = (
    r"\b(?:call(?:s|ed|ing)?|describ(?:es|ed|ing)|brand(?:s|ed|ing)|label(?:s|led|ed|ling)|term(?:s|ed)|dubb(?:ed|ing)|"
    r"dubs)\s+"
)
_NAMING_VERB = re.compile(
    rf"{_NAMING}(?:the|this|these|that|those|its|their)\s+(?:[\w'’-]+\s+){{0,2}}$",
    re.IGNORECASE,
)
# What the named engagement is called, right after it or after a place phrase: "as", "a", "an" or a quotation.
_CALLED_AS = re.compile(
    r"(?:\s+(?:on|in|against|at|near|of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?\s+"
    # (not "as the fiercest yet in the district of Zahra", "as one of the worst": a comparison, which may tell the
    # engagement's place and time)
    r"(?:as\s+(?!(?:the|one\s+of)\b)|an?\s|[\"“])",
    re.IGNORECASE,
)
# ... and the word a verb of naming calls it by is a label, no engagement of its own: "described the attack as a
# massacre", "called the strikes a massacre", "called it a massacre" ("called for an inquiry into a massacre" asks for
# one: no naming verb).
_NAMED_LABEL = re.compile(
    rf"{_NAMING}(?:it|them|this|that|(?:the|this|these|its|their)\s+(?:[\w'’-]+\s+){{1,3}}?)"
    r"(?:as\s+(?:an?\s+|the\s+)?|an?\s+|[\"“])(?:[\w-]+\s+){0,2}[\"“]?$",
    re.IGNORECASE,
)
# An engagement at the head of its sentence, named with a determiner ("The chemical attacks", "Such attacks", "This
# bombing"), then at most a place or time phrase, then a copula and a judgement of it: "The chemical attacks on Idlib
# were 'inhuman' and 'unacceptable'", "The bombing was a war crime". A judgement tells no place, side or toll.
_JUDGED_HEAD = head_before(DEFINITE + DEMONSTRATIVE)
_JUDGEMENT = re.compile(
    rf"{phrases_after(PHRASE_PREPOSITIONS)}"
    r"(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+(?:also\s+)?[\"“]?(?:an?\s+)?"
    r"(?:inhuman|unacceptable|barbaric|barbarous|heinous|horrific|horrendous|outrageous|criminal|cowardly|savage|"
    r"appalling|despicable|abhorrent|shameful|unjustified|unjustifiable|illegal|unlawful|reprehensible|deplorable|"
    r"(?:war\s+)?crimes?(?!\s+(?:scene|site))|atrocity|atrocities|violations?|aggression|"
    r"(?:blatant|flagrant|serious|clear|gross)\s+(?:[\w-]+\s+)?(?:violations?|aggression|breach))\b",
    re.IGNORECASE,
)
# What a side is disposed to, an adjective taking the engagement's gerund: "interested in fighting Daesh",
# "committed to fighting IS", "focused on fighting the jihadists". A stance, not a battle ("engaged in fighting" is
# one and is not here).
_DISPOSED = re.compile(
    r"\b(?:interested|committed|focus(?:s)?ed|keen|intent|bent|serious|dedicated|determined)\s+(?:in|on|to|about)\s+"
    r"(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
# "executed a special operation", "executing their plans": a plan, order or operation carried out, no one put to death
_CARRIED_OUT = re.compile(
    r"\s+(?:(?:an?|the|their|its|his|several|two|three|many|numerous|\d+)\s+)?"
    # modifiers only: a preposition between ends the object ("executed 12 prisoners on orders of": men put to death)
    r"(?:(?!(?:on|under|by|for|after|upon|at|in|of|with|without|and)\b)[\w'’-]+\s+){0,2}?"
    r"(?:operations?|missions?|plans?|orders?|tasks?|manoeuvres?|maneuvers?|strateg(?:y|ies)|programmes?|programs?)\b",
    re.IGNORECASE,
)


# A present progressive relative clause describes its antecedent: "the Islamic State of Iraq and the Levant which is
# spearheading a major offensive in Iraq", "the army, which is waging a campaign in the south": who the side is, the
# news told by the main clause. (A siege lasting is a state told so, and is left to the siege guards.)
_DESCRIBED_BY_RELATIVE = re.compile(
    r"\b(?:which|who)\s+(?:is|are)\s+(?:(?:now|also|still|currently|\w+ly)\s+)?[a-z]+ing\s+(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)


def spoken_of(text: str, match: re.Match[str]) -> bool:
    """Whether the trigger is only spoken of: possible, feared, named, judged, disposed to, or no engagement."""
    before = text[max(0, match.start() - 120) : match.start()]
    return (
        _possible_or_feared(before, match.group(0))
        or _named_as(text, match, before)
        or _renamed_by_predicate(text, match, before)
        or _PREPARED_FOR.search(before[-60:]) is not None
        or _judged(text, match)
        or _disposed_to(before, match)
        or _described_by_relative(before, match)
        or _plan_executed(text, match)
        or _single_handed(text, match)
        or remembered(text, match)
        or compared_or_recalled(text, match)
    )


def _possible_or_feared(before: str, word: str) -> bool:
    """Whether a noun of chance, hope or fear governs the trigger ("the chances of a truce"), or a verb of fearing
    takes it as its object ("feared revenge attacks"; a past verb is a clause's own, "who fear the army shelled")."""
    if not word.lower().endswith("ed") and _FEAR_VERB.search(before[-60:]):
        return True  # "they feared revenge attacks": the attacks only feared
    modal = _MODAL_NOUN.search(before)
    return modal is not None and not _FOR_FEAR.search(before, max(0, modal.start() - 4))


def _renamed_by_predicate(text: str, match: re.Match[str], before: str) -> bool:
    """Whether the trigger is a superlative predicate noun naming no place ("this is the largest explosion")."""
    tail = before[-60:]
    predicate = _SUPERLATIVE_PREDICATE.search(tail)
    if predicate is None or _WHAT_BEFORE.search(tail, 0, predicate.start()):
        return False  # "were killed in what was the heaviest bombardment in weeks": the engagement itself, told here
    return not _NAMED_PLACE_AFTER.match(text, match.end())


def _disposed_to(before: str, match: re.Match[str]) -> bool:
    """Whether the trigger is a gerund after an adjective of disposition ("interested in fighting IS")."""
    return match.group(0).lower().endswith("ing") and _DISPOSED.search(before[-40:]) is not None


def _described_by_relative(before: str, match: re.Match[str]) -> bool:
    """Whether the trigger sits in a present progressive relative clause ("which is spearheading an offensive")."""
    return _DESCRIBED_BY_RELATIVE.search(before[-80:]) is not None and not re.match(r"(?i)besieg|siege", match.group(0))


# A day or a toll told with the engagement named or judged: "The shelling of Harasta on Monday was a blatant
# violation ..., adding that five died", "described the fighting in Harasta on Tuesday as fierce". The sentence then
# tells the engagement itself, with a time or a toll of its own; a telling elsewhere merges with it.
_DAY_OR_TOLL = re.compile(
    rf"\b(?:on|last)\s+{WEEKDAY}\b|\b(?:killing|killed|wounding|wounded|injuring)\s+(?:at\s+least\s+)?"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a\s+(?:child|man|woman|civilian))\b|"
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|dozens)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:killed|died|dead|wounded|injured)\b",
    re.IGNORECASE,
)


def _named_as(text: str, match: re.Match[str], before: str) -> bool:
    """Whether the trigger is a verb of naming's object or label ("called the bombing a ...", "... as a massacre")."""
    named = _NAMING_VERB.search(before) is not None and _CALLED_AS.match(text, match.end()) is not None
    return (named and not _told_with_news(text, match)) or _NAMED_LABEL.search(before) is not None


def _judged(text: str, match: re.Match[str]) -> bool:
    """Whether the trigger heads its sentence and its copula only judges it ("The attacks were 'inhuman'")."""
    return (
        _JUDGED_HEAD.search(text, max(0, match.start() - 60), match.start()) is not None
        and _JUDGEMENT.match(text, match.end()) is not None
        and not _told_with_news(text, match)
    )


def _told_with_news(text: str, match: re.Match[str]) -> bool:
    """Whether the trigger's sentence tells a day or a toll after it ("on Monday", "adding that five died")."""
    stop = text.find(".", match.end())
    return _DAY_OR_TOLL.search(text, match.end(), len(text) if stop < 0 else stop) is not None


def _plan_executed(text: str, match: re.Match[str]) -> bool:
    """Whether "executed" takes a plan or operation as object ("executed a special operation")."""
    return re.fullmatch(r"(?i)execut(?:e|es|ed|ing)", match.group(0)) is not None and bool(
        _CARRIED_OUT.match(text, match.end())
    )


def _single_handed(text: str, match: re.Match[str]) -> bool:
    """Whether "handed control" is the end of "single-handed control" ("heavy-handed", "even-handed")."""
    return match.group(0).lower().startswith("handed") and text[: match.start()].endswith("-")
