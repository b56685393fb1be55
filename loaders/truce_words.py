"""The wording of truces and deals that the engagement triggers and their guards read (docs/extraction.md,
"Engagements": a ceasefire is news when it is made)."""

from __future__ import annotations

import re

# The nouns of a truce (the guards ask whether a trigger is one: a truce's breaches counted, a truce named "despite")
TRUCE_NOUNS = r"cease-?fire|truce|cessation|de-?escalation"
# "had reached an agreement with government officials", "struck a deal with the rebels": one side makes a deal with
# the other, named after "with" (a trigger of its own, so the words take no "reached" or "struck" of a fight)
DEAL_MADE_WITH = (
    r"(?:reach(?:ed|es|ing)?|str(?:uck|ike|ikes|iking)|sign(?:ed|s|ing)?|conclud(?:ed|es|ing)?)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+)?(?:deal|agreement|truce)\s+with\b"
)
# What a deal is for when it is no truce: "a deal with Russia to host its warplanes", "an agreement with the government
# on aid deliveries", "for the supply of oil" (trade, aid, bases and arms; a deal "to leave", "to evacuate", "on a
# ceasefire" stays a truce)
DEAL_FOR_OTHER = re.compile(
    r"\s+(?:[\w'’-]+\s+){1,4}?(?:to|on|over|for|about)\s+(?:the\s+)?(?:[\w-]+\s+){0,1}?"
    r"(?:host|hosting|buy|buying|sell|selling|supply|supplies|supplying|deliver|delivery|deliveries|build|building|"
    r"export|exports|import|imports|trade|aid|oil|gas|wheat|electricity|weapons|arms|missiles|jets|warplanes|"
    r"investment|investments|reconstruction|loans?|debts?|base|bases|airbase|port|ports|visas?|flights?)\b",
    re.IGNORECASE,
)
# A truce a sentence opens on with "a" is one of its own, the subject the sentence brings in: "A truce between the
# regime and local representatives had kept the town calm" after the deal reached that morning (one told already is
# "the truce", "the deal"; "agreed to a ceasefire", "the end of a ceasefire" may recall the one told)
OPENS_ON_A_TRUCE = re.compile(r"(?:a|an)\s+(?:(?!(?:the|this|that|its|their)\b)[\w-]+\s+){0,2}", re.IGNORECASE)
# Who made a truce, named right after it: "despite a de-escalation agreement backed by the regime", "a truce brokered by
# Russia" (the truce word, one more word at most, a verb of making and "by")
MAKERS_AFTER = re.compile(
    r"\b[\w-]+\s+(?:[\w-]+\s+)?(?:backed|brokered|sponsored|agreed|reached|signed|mediated)\s+by\b", re.IGNORECASE
)
# What a truce stops, after "halt" or "pause": "halt fire", "a halt to Moscow's aerial bombing", "a pause in the
# fighting" (the words between name whose or which, never a preposition: "halted its advance after raids" is none; an
# offensive or operations halted is a side's choice of where to fight, no truce)
_STOPPED = (
    r"\b(?:(?!(?:after|before|by|from|amid|amidst|as|on|in|of|to|and|with|for|at|near|during|under|following|due|"
    r"because|over|through|despite|against|into|until|since|without|within|across|around|while|when)\b)"
    r"[\w'’-]+\s+){0,3}?"
    r"(?:fire|fighting|hostilities|bombing|bombardment|shelling|air\s*strikes|airstrikes|air\s+raids|raids)\b"
)
# A pause made for people: "a humanitarian pause", "a daily three-hour pause", "weekly pauses"
_PAUSED_BY = r"(?:(?<=\bhumanitarian\s)|(?<=\btemporary\s)|(?<=\bhour\s)|(?<=\bdaily\s)|(?<=\bweekly\s))"
# A truce by another name, the fighting stopped by decision: "a three-hour daily halt of fighting", "a halt to the
# bombing", "halted airstrikes", "a humanitarian pause", "a pause in the fighting" (made, like any truce)
HALT_OR_PAUSE = (
    rf"(?:halt(?:ed|s|ing)?\s+(?:(?:of|to|in)\s+)?{_STOPPED}|{_PAUSED_BY}pauses?\b|pauses?\s+(?:of|to|in)\s+{_STOPPED}"
    # "a freeze on fighting", "the freeze of hostilities" (seventeenth session): the fighting stopped, named by the verb
    # diplomats use for a truce; the fighting it names is no clash
    rf"|freezes?\s+(?:on|of|in)\s+{_STOPPED})"
)

# A body named for the truce it watches: "the Russian Center for coordinating and monitoring the cessation of
# hostilities", "the Joint Committee for monitoring the ceasefire"; the truce word there names the body, no truce made.
# Not when a verb between makes one: "the Centre for Reconciliation announced a 48-hour truce".
BODY_FOR_TRUCE = re.compile(
    r"\b(?:cent(?:er|re)|committee|commission|office|mission|task\s+force|working\s+group)\s+for\s+"
    r"(?:(?!(?:announc|declar|agree|implement|reach|sign|broker|impos|said|says|call)\w*\b)[\w-]+\s+){0,6}$",
    re.IGNORECASE,
)


# A truce named only as when something else happened: "Rebels attacked army posts in Hama before the truce came into
# force", "fighting raged until the ceasefire took hold" (thirty-third session, helper fixes33, written-sentence
# probe): it sets no generic attack aside as the sentence's specific event
_AS_TIME = re.compile(r"\b(?:before|until|till|ahead\s+of)\s+(?:(?:the|a|an|its)\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)


def truce_as_time(text: str, etype: str, match: re.Match[str]) -> bool:
    """Whether the trigger is a truce named after "before", "until" or "ahead of": a time, not the news."""
    return etype == "ceasefire" and _AS_TIME.search(text, max(0, match.start() - 40), match.start()) is not None
