"""Whether a truce word tells a truce made (agreed, brokered, taking effect) or one only named or broken."""

from __future__ import annotations

import re

from loaders.lately_made import RECENT
from loaders.truce_words import TRUCE_NOUNS

# A ceasefire broken: "in violation of a cease-fire", "the truce has been repeatedly violated" tell of the breach.
BREACH = re.compile(
    r"\b(?:violat\w*|breach\w*|collaps\w*|end\s+(?:of|to)|ended|broke|broken|breaking)\b", re.IGNORECASE
)
_DEAL_NOUN = r"(?:deals?|truces?|agreements?|accords?|cease-?fires?)\b"
# A deal noun naming ground or people by the deal, not the deal struck: "jets struck the ceasefire zone / truce area /
# ceasefire line" (reread34, written probes); nor "struck by", the passive of a strike ("was struck by the truce ...")
_DEAL_MODIFIES = r"(?!\s+(?:zones?|areas?|lines?|regions?|territory|monitors?|observers?|violations?)\b)"
# The deal the subject of the passive, its verb agreeing with it ("the truce was struck", "deals were struck"), and
# struck by no weapon: "towns covered by the truce were struck by Russian jets" is a strike (reread34, written probes)
_DEAL_STRUCK = (
    r"(?:deal|truce|agreement|accord|cease-?fire)\s+(?:(?:was|has\s+been|had\s+been)\s+)?struck|"
    r"(?:deals|truces|agreements|accords|cease-?fires)\s+(?:(?:were|have\s+been|had\s+been)\s+)?struck"
)
_BY_WEAPON = (
    r"(?!\s+(?:by|with)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:jets|warplanes|planes|aircraft|helicopters|drones|"
    r"missiles|rockets|shells|bombs|air\s*strikes|airstrikes|raids|artillery|mortars?)\b)"
)
# A ceasefire is news when it is made: announced, agreed, brokered, taking effect. Otherwise the word names one
# already told ("despite a ceasefire", "the ceasefire line", "to ensure the ceasefire holds").
TRUCE_MADE = re.compile(
    r"\b(?:announc\w*|declar\w*|agree\w*|brokered|reached|signed|took\s+effect|came\s+into\s+(?:force|effect)|"
    # "struck" makes a deal only with the deal beside it ("struck a deal", "the truce was struck"): "Russian jets struck
    # rebel positions in the Idlib de-escalation zone" is a strike in a zone only named (outlets34, written probes)
    rf"struck(?!\s+by\b)(?=\s+(?:[\w-]+\s+){{0,3}}?{_DEAL_NOUN}{_DEAL_MODIFIES})|(?:{_DEAL_STRUCK}){_BY_WEAPON}|"
    r"went\s+into\s+effect|(?:began|begun|started)|"
    # "a fragile truce took hold in Homs": the wire's verb for a truce starting (thirty-second session, helper sd32)
    r"(?:took|taken|takes|taking)\s+hold|implement\w*|entered\s+into\s+force|in\s+force|extended|"
    # "the cease-fire is in effect in the region": in force, told by its verb (not "in effect" as "effectively":
    # "the truce was in effect a surrender"; engbattles35). In force, the phrase ends its clause or a place, a time or
    # its makers follow; "effectively" is followed by what the truce amounts to, a noun or a state ("was in effect
    # dead", "is in effect over", "was in effect abandoned"; review35)
    r"(?:is|are|was|were|been|remains?|remained|still)\s+in\s+effect(?=\s*(?:[.,;:!?)]|$)|\s+(?:in|on|at|across|"
    r"around|along|throughout|since|until|till|for|from|between|near|under|and|but|as|after|despite|with|during|"
    r"there|now|today|yesterday|again|still|\d)\b)|"
    r"extension|accepted|observ(?:ed|ing)|(?:deal|agreement)\s+between|"
    # one side's own truce, its maker named with it: "Russia's unilateral three-hour daily ceasefire"
    r"unilateral(?:ly)?|"
    # "the recent ceasefires in Aleppo and Lattakia": a truce told as lately made, its making the news (standing35)
    # (not a truce only put forward: "its recent ceasefire proposal", "the recent truce initiative"; review35b)
    rf"{RECENT}(?=(?:cease-?fires?|truces?)\b(?!\s+(?:proposals?|plans?|initiatives?|offers?|"
    r"talks|negotiations|efforts?|bids?|calls?|drafts?|resolutions?|demands?|requests?)\b))|"
    # "a truce between the regime and local representatives", "a local truce with the regime": its makers named
    r"(?:truce|cease-?fire)\s+(?:between\s+\w|with\s+(?:the\s+)?(?:regime|government|army|rebels|opposition|"
    r"(?-i:[A-Z])\w)))",
    re.IGNORECASE,
)
# A truce told with who made it or when: "a truce agreed by Russia and the United States in February", "a ceasefire
# between government forces and rebels brokered by the United States", "a US-Russian brokered ceasefire".
MADE_BY = re.compile(
    r"[\w-]*\s+(?:between\s+[^.;]{1,80}?\s+)?(?:(?:which|that)\s+(?:was|had\s+been)\s+)?(?:agreed|brokered|"
    r"sponsored|reached|signed)\s+(?:by|between|in|on|last)\b",
    re.IGNORECASE,
)
# "violated the truce since it came into force last week": broken, but its start is told, and so the truce itself
TOOK_EFFECT = re.compile(r"\b(?:(?:came|went|entered)\s+into\s+(?:force|effect)|took\s+effect)\b", re.I)
MADE_BEFORE = re.compile(r"\b(?:brokered|sponsored|backed|agreed)\s+$", re.IGNORECASE)
# (a halt, pause or freeze named as a noun; "halted airstrikes" is the truce made, like "ceased fire"; "freeze" since
# the eighteenth session, review2: "rebels rejected a freeze on fighting" is no truce made, as with "a halt")
TRUCE_WORD = re.compile(rf"{TRUCE_NOUNS}|halts?\s+(?:of|to|in)\b|pause|freezes?\s+(?:on|of|in)\b", re.IGNORECASE)
