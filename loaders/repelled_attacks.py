"""Roles of an attack told as repelled: "Kurdish fighters repelled an IS attack on Kobani" is IS attacking and the
Kurds attacked (eighteenth session, helper sides)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.model import Mention
from loaders.nearest_actors import actor_before, coordinated, first_after
from loaders.our_forces import speaker_of_our

# A verb of stopping an attack, then the attack with its owner before it ("an IS attack") or after "by".
_REPELLED = re.compile(
    r"\b(?:repell?(?:ed|ing|s)?|repuls(?:ed|es|ing|e)|thwart(?:ed|ing|s)?|foil(?:ed|ing|s)?|beat(?:ing|s)?\s+back|"
    r"fought\s+off|fend(?:ed|ing|s)?\s+off|halt(?:ed|ing|s)?|block(?:ed|ing|s)?|stopp(?:ed|ing))\s+"
    r"(?:an?|the|another|several|multiple|repeated|two|three)\s+(?P<owner>(?:[\w'’-]+\s+){0,3}?)"
    r"(?P<noun>attacks?|assaults?|offensives?|attempts?|advances?|infiltrations?|incursions?)\b",
    re.IGNORECASE,
)
# "failed to repel an IS attack", "tried to fend off the assault": the attack was made whatever came of the defence,
# so the infinitive hedges nothing (nineteenth session, helper sides2; "vowed to repel any attack" stays hedged)
TRIED_TO_REPEL = re.compile(
    r"\b(?:fail(?:ed|s|ing)?|tr(?:ied|ies|ying)|attempt(?:ed|s|ing)|struggl(?:ed|es|ing)|unable|battl(?:ed|es|ing)|"
    r"manag(?:ed|es)|(?:was|were)\s+able)\s+"
    r"to\s+(?:repel|repulse|fend\s+off|beat\s+back|fight\s+off)(?=\s+(?:an?|the|another|several|repeated)\s)",
    re.IGNORECASE,
)
# "Rebels succeeded in repelling an army assault": the success names who stopped it before the gerund; the preposition
# "in" would otherwise close the subject off (thirty-second session, helper fixes32, written-sentence probe)
_SUCCEEDED_IN = re.compile(r"\b(?:succeed(?:ed|s)?|(?:was|were)\s+successful)\s+in\s+$", re.IGNORECASE)
_BY = re.compile(r"\s+(?:launched\s+|mounted\s+)?(?:by|from)\s+(?:the\s+)?", re.IGNORECASE)
# "repelled the offensive the army launched", "repulsed an attack that IS mounted": the owner as subject of a relative
# clause on the attack noun (twenty-first session); what follows the owner must be a verb of launching
_OWNER_CLAUSE = re.compile(r"\s+(?:that\s+|which\s+)?(?:the\s+)?", re.IGNORECASE)
_LAUNCHED = re.compile(
    r"\s+(?:had\s+|has\s+|have\s+)?(?:launched|mounted|began|started|staged|waged|carried\s+out)\b", re.IGNORECASE
)


def repelled_roles(
    text: str, base: int, t_start: int, actors: Sequence[Mention]
) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """Attackers (the attack's owner) and targets (who stopped it) when the trigger is in a phrase of a repelled
    attack; None when it is not, or the attack's owner is not named."""
    for phrase in _REPELLED.finditer(text):
        if not phrase.start() <= t_start < phrase.end():
            continue
        owners = [m for m in actors if phrase.start("owner") <= m.span.start - base < phrase.end("owner")]
        by = _BY.match(text, phrase.end())
        first = owners[0] if owners else first_after(actors, by.end(), base, text, reach=3) if by else None
        first = first or _owner_in_clause(actors, text, base, phrase.end())
        if first is None:
            return None
        attackers = coordinated(first, actors, text, base)
        succeeded = _SUCCEEDED_IN.search(text, max(0, phrase.start() - 30), phrase.start())
        stopper = actor_before(actors, text, base, succeeded.start() if succeeded else phrase.start())
        stopper = stopper or _speaker_of_own_men(actors, text, base, phrase.start())
        stopper = stopper or speaker_of_our(actors, text, base, phrase.start())  # "The YPG said we repelled"
        targets = (stopper.key,) if stopper is not None and stopper.key not in attackers else ()
        return tuple(attackers), targets
    return _repelled_in_passive(text, base, t_start, actors) or _intercepted(text, base, t_start, actors)


# The same told in the passive, the attack first and who stopped it after "by": "An IS offensive on Kobani was
# repelled by Kurdish fighters" (thirty-first session, helper fixes31; the words between are the attack's object).
_REPELLED_PASSIVE = re.compile(
    r"\b(?:an?|the|another)\s+(?P<owner>(?:[\w'’-]+\s+){0,3}?)"
    r"(?P<noun>attacks?|assaults?|offensives?|advances?|infiltrations?|incursions?)\b[^.;:]{0,80}?\s"
    r"(?:was|were|(?:has|have|had)\s+been)\s+(?:also\s+)?(?:repelled|repulsed|thwarted|foiled|beaten\s+back|fought\s+off|"
    r"fended\s+off|halted|stopped)\s+by\s+(?:the\s+)?",
    re.IGNORECASE,
)


def _repelled_in_passive(
    text: str, base: int, t_start: int, actors: Sequence[Mention]
) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """Attackers (the owner before the attack noun) and targets (the side after "by") of a repelled attack told in
    the passive, when the trigger is its attack noun and both sides are named; None otherwise."""
    phrase = _passive_phrase_at(text, t_start)
    if phrase is None:
        return None
    owners = [m for m in actors if phrase.start("owner") <= m.span.start - base < phrase.end("owner")]
    stopper = first_after(actors, phrase.end(), base, text, reach=3)
    if not owners or stopper is None:
        return None
    attackers = coordinated(owners[0], actors, text, base)
    return tuple(attackers), tuple(k for k in coordinated(stopper, actors, text, base) if k not in attackers)


_WORD_CHARS = re.compile(r"[\w'’-]")
# The determiner and the owner's words before the attack noun: four words at most (`_REPELLED_PASSIVE`)
_WORDS_BEFORE_NOUN = 4


def _passive_phrase_at(text: str, t_start: int) -> re.Match[str] | None:
    """The first phrase of `_REPELLED_PASSIVE`, by where it starts, whose attack noun starts at `t_start`."""
    # Each start is tried, overlapping phrases too: in "In a new attack, an IS offensive on the base was repelled by
    # the YPG" the phrase from "a new attack" would hide the one of "an IS offensive", the attack nearest the verb
    # (thirty-second session, helper leftopen32). Only the starts within the four words before the noun can reach it,
    # so each trigger reads those words, not the whole sentence (thirty-third session, helper tidy33).
    for start in range(_start_of_words_before(text, t_start), t_start):
        phrase = _REPELLED_PASSIVE.match(text, start)
        if phrase is not None and phrase.start("noun") == t_start:
            return phrase
    return None


def _start_of_words_before(text: str, end: int) -> int:
    """Where the fourth word (a run of word characters, then blanks) before `end` begins, or 0 if fewer."""
    at = end
    for _ in range(_WORDS_BEFORE_NOUN):
        blanks = at
        while blanks > 0 and text[blanks - 1].isspace():
            blanks -= 1
        word = blanks
        while word > 0 and _WORD_CHARS.fullmatch(text[word - 1]):
            word -= 1
        if blanks == at or word == blanks:
            return word  # no word or no blank before: no earlier word can belong to the phrase
        at = word
    return at


# "The YPG said its fighters repelled": the speaker's own men stopped the attack (nineteenth session, helper sides2).
_SAID_OWN_MEN = re.compile(
    r"\s+(?:also\s+)?(?:said|says|announced|stated|claimed)\s+(?:that\s+)?(?:its|their)\s+(?:own\s+)?"
    r"(?:fighters|forces|troops|soldiers|units|men|members)\s+(?:had\s+|have\s+|has\s+)?$",
    re.IGNORECASE,
)


def _speaker_of_own_men(actors: Sequence[Mention], text: str, base: int, start: int) -> Mention | None:
    """The side that says its own men did what starts at `start` ("The YPG said its fighters repelled")."""
    for m in actors:
        if _SAID_OWN_MEN.fullmatch(text, m.span.end - base, start):
            return m
    return None


def _owner_in_clause(actors: Sequence[Mention], text: str, base: int, end: int) -> Mention | None:
    """The side named as subject of a relative clause of launching right after the attack noun, if any."""
    opened = _OWNER_CLAUSE.match(text, end)
    if opened is None:
        return None
    owner = next((m for m in actors if m.span.start - base == opened.end()), None)
    return owner if owner is not None and _LAUNCHED.match(text, owner.span.end - base) else None


_INTERCEPTED_AT = re.compile(r"(?i)intercept(?:ed|ing)\b")
_MUNITION = re.compile(r"(?i)\b(?:missiles?|rockets?)\b")


def _intercepted(
    text: str, base: int, t_start: int, actors: Sequence[Mention]
) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """Attackers (the owner named before the munition) and targets (who intercepted it) of missiles intercepted:
    "Syrian air defences intercepted Israeli missiles" is Israel's strike on Syria (thirty-first session, fixes31)."""
    verb = _INTERCEPTED_AT.match(text, t_start)
    munition = _MUNITION.search(text, verb.end()) if verb else None
    if verb is None or munition is None:
        return None
    owners = [m for m in actors if verb.end() <= m.span.start - base < munition.start()]
    if not owners:
        return None
    attackers = coordinated(owners[0], actors, text, base)
    stopper = actor_before(actors, text, base, verb.start())
    targets = (stopper.key,) if stopper is not None and stopper.key not in attackers else ()
    return tuple(attackers), targets
