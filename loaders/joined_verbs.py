"""Verbs that share the subject of the clause before them: a second verb joined by "and", "or" or ", then" with no
subject of its own ("Rebels clashed with the army or shelled Harasta"), and a participle after the main verb's object
("IS controls the city besieging its people")."""

from __future__ import annotations

import re

# "and" before a verb: "The army continued operations in Homs and targeted IS positions"; "or" and ", then" join
# verbs as "and" does: "Rebels clashed with the army or shelled Harasta", "Russian jets stopped bombing for a day, then
# bombed Aleppo" (twenty-first session, helper limits).
_JOINED_VERB = re.compile(r"(?:\b(?:and|or)\s+(?:also\s+|then\s+|later\s+)?|,\s+(?:and\s+)?then\s+)$")
# "were wounded or killed": a participle of the passive before "or" (the first's auxiliary serves the second too)
_PASSIVE_OR = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?\w+(?:ed|en|wn)\s+or\s+$", re.IGNORECASE)
_THEY = re.compile(r"\b(?:they|it)\s+(?:have\s+|has\s+|had\s+)?$")
_AND_PERFECT = re.compile(r"\band\s+(?:also\s+|then\s+|later\s+)?(?:have|has|had)\s+(?:also\s+)?$", re.IGNORECASE)
_SHARED_SUBJECT_ING = re.compile(r"(?:\band\s+(?:are|is|were|was|have\s+been|has\s+been)|\b[A-Za-z]{3,})\s+$")
# Participles that share the sentence's subject; not "targeting" ("sanctions targeting officials") or "fighting".
_SUBJECT_ING = re.compile(
    r"(?i)besieging|encircling|abducting|kidnapping|attacking|storming|capturing|seizing|"
    r"(?:establishing|gaining|wresting|taking)\s+(?:full\s+|complete\s+|total\s+)?control"
)
_ING_OBJECT = re.compile(
    r"\s+(?:an?\s|the\s|some\s|more\s|at\s+least\s|about\s|nearly\s|over\s|of\s|\d|"
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z])"
)
GERUND_NOUN = re.compile(r"\b(?:the|a|an|this|that|its|their)\s+$", re.IGNORECASE)
# A siege laid, told by a participle and its noun after the main verb's object: "SDF fighters captured the area east
# of Tabqa laying siege to the town", "troops advanced imposing a siege on Douma" (twenty-seventh session, strat27).
# Not the gerund after a preposition, whose doer is another's object: "accused the army of imposing a siege", "blamed
# the regime for laying siege".
_SIEGE_LAID = re.compile(
    r"(?<!\bof\s)(?<!\bfor\s)(?<!\bfrom\s)(?<!\bagainst\s)(?<!\bover\s)(?<!\bwithout\s)"
    r"\b(?:laying|imposing|placing)\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# A time phrase the sentence opens on before its subject: "Last week SDF fighters", "On Sunday the army".
_FRONTED_TIME = re.compile(
    r"(?:(?:last|this|early|late|earlier|later|on)\s+)?(?:week|month|year|night|weekend|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?,?\s+",
    re.IGNORECASE,
)


def shares_subject(text: str, t_start: int, trigger: str) -> bool:
    """Whether the trigger is a verb done by the sentence's subject: after "they", after a verb it is joined to, or a
    participle after the main verb's object."""
    before = text[:t_start]
    if _THEY.search(before):
        return True  # "Assad's troops ... focused on Aleppo, where they have captured"
    if _JOINED_VERB.search(before) and trigger.endswith("ed") and not _PASSIVE_OR.search(before):
        return True  # "The army continued operations in Homs and targeted IS positions"
    if _AND_PERFECT.search(before):
        return True  # "besieged the town and have wrested the region", "and has retaken"
    if re.match(r"(?i)sieges?$", trigger) and _SIEGE_LAID.search(before):
        return True  # "captured the area of Safsafeh laying siege to the town": the subject lays it
    # "IS fighters hold most of the city and are besieging 200000 people", "IS controls the city besieging its people"
    return (
        _SUBJECT_ING.fullmatch(trigger) is not None
        and _SHARED_SUBJECT_ING.search(before) is not None
        and not GERUND_NOUN.search(before)
        # a verb with its object ("besieging 200000 people"), not a noun ("heavy bombing")
        and _ING_OBJECT.match(text, t_start + len(trigger)) is not None
    )


def opens_the_sentence(text: str, start: int) -> bool:
    """Whether a mention at `start` is the sentence's subject: at its start, or after a time phrase it opens on."""
    return start <= 4 or _FRONTED_TIME.fullmatch(text, 0, start) is not None
