"""Ground taken back, told in the passive with no taker but with the side it was taken from (docs/extraction.md).

"The villages of Masqan and Ehras were liberated from the control of the militants on Monday": nobody is named taking
them, but the verb says they were taken back (read as the state's, as `engagement_types.territory_type` reads it with
no taker named) and "from ..." names who lost them. The engagement is told; only its taker is left out.

Also here: the loser of a passive capture told between the verb and its taker ("recaptured from IS by Syrian troops",
twenty-first session), and ground that "fell to" or was "lost to" a side named after "to" (moved from
`engagement_roles` in the twenty-first session, unchanged).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.harm_and_holding_words import TAKER_NAMED_AFTER
from loaders.held_since import HELD_BY
from loaders.model import Mention
from loaders.nearest_actors import actor_before, coordinated, first_after

# The verbs of ground taken back ("liberated", "recaptured", "retaken", "regained"), which say whose side took it;
# "wrested back" too, the passive the territory trigger reads only after "been / was / were" and before "from"
# ("five villages had been wrested back from the insurgents"; twenty-seventh session)
_TAKEN_BACK = re.compile(r"(?:liberat|recaptur|retak|regain)\w*|wrested\s+back", re.IGNORECASE)
# "from the control of", "from the grip of", "from": then the side that lost the ground
_FROM = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?from\s+(?:the\s+)?(?:(?:control|grip|hands|clutches|occupation)\s+of\s+(?:the\s+)?)?",
    re.IGNORECASE,
)
# the losers named by a word of their side, not by a name: "from the militants", "from Takfiri terrorists"
_LOSER_WORDS = re.compile(
    r"(?:[\w-]+\s+){0,2}?(?:militants?|terrorists?|jihadists?|insurgents?|rebels?|extremists?|gunmen|groups?)\b",
    re.IGNORECASE,
)


def taken_back_from(text: str, base: int, match: re.Match[str], actors: Sequence[Mention]) -> tuple[str, ...] | None:
    """Who lost ground a passive "taken back" trigger says was taken from them: the actor named after "from" (or
    nobody the gazetteer names, `()`, for "from the militants"); None when the trigger is no such verb or names none."""
    if not _TAKEN_BACK.fullmatch(match.group(0)):
        return None
    after = _FROM.match(text, match.end())
    if after is None:
        return None
    named = [m.key for m in actors if m.span.start - base == after.end()]
    if named:
        return tuple(named[:1])
    return () if _LOSER_WORDS.match(text, after.end()) else None


# A side "expelled" or "pushed out" in the passive is the verb's subject, the loser: "Rebel groups have been gradually
# expelled from territory in the capital", "IS fighters were pushed out of the town" (twenty-seventh session)
_LOSER_AS_SUBJECT = re.compile(r"expelled|pushed\s+out", re.IGNORECASE)


def expelled_side(word: str, passive: bool, takers: Sequence[str], losers: Sequence[str]) -> bool:
    """Whether a passive expulsion with no taker names its loser as subject ("rebels were expelled from X")."""
    return passive and not takers and bool(losers) and _LOSER_AS_SUBJECT.fullmatch(word) is not None


# "was recaptured from IS by Syrian troops", "was seized on Friday from the army by": the loser told right after the
# passive verb, before its taker (twenty-first session)
_FROM_THEN_BY = re.compile(
    r"\s+(?:(?:on\s+)?[A-Z][a-z]+day\s+)?from\s+(?:the\s+)?(?:(?:control|grip|hands|occupation)\s+of\s+(?:the\s+)?)?",
)
_TAKING = re.compile(r"(?:captur|recaptur|seiz|retak|taken|wrest|liberat|regain|overr)\w*", re.IGNORECASE)


def lost_before_taker(
    text: str, base: int, match: re.Match[str], actors: Sequence[Mention], takers: Sequence[str]
) -> tuple[str, ...]:
    """The side a passive capture names after "from" and before "by" its taker; () when none is named so."""
    if not takers or not _TAKING.fullmatch(match.group(0)):
        return ()
    after = _FROM_THEN_BY.match(text, match.end())
    if after is None:
        return ()
    loser = [m for m in actors if m.span.start - base == after.end() and m.key not in takers]
    if not loser or not re.match(r"(?:\s+[\w'’-]+){0,4}?\s+by\s", text[loser[0].span.end - base :]):
        return ()
    return (loser[0].key,)


# "Palmyra fell to IS", "the army lost Palmyra to IS": the side named after "to" took the ground from the one before;
# so too "fell into the hands of IS", "came under the control of IS", "the fall of Palmyra to IS" (helper lexicon2)
# and ground held since a month, its holder after the trigger: "under Daesh control since May", "controlled by Al-Nusra
# Front since April" (`held_since`; standing35)
TAKER_AFTER = re.compile(rf"fell\s+to|los(?:t|es|ing)|{TAKER_NAMED_AFTER}|{HELD_BY}", re.IGNORECASE)
_TO = re.compile(r"\sto\s+(?:the\s+)?", re.IGNORECASE)


def taker_after_roles(
    text: str, base: int, match: re.Match[str], actors: Sequence[Mention]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Who took ground that "fell to" or was "lost to" a side (named after "to"), and who held it (named before)."""
    start = match.end()
    if not match.group(0).lower().startswith(("fell", "came", "fall", "under", "controlled", "held")):
        to = _TO.search(text, start)  # "lost the town of Palmyra to": the ground comes first
        start = to.end() if to else len(text)
    taker = first_after(actors, start, base, text, reach=5)
    if taker is None:
        return (), ()  # "the death toll fell to 20": nothing taken, no one to take it
    takers = coordinated(taker, actors, text, base)
    holder = actor_before(actors, text, base, match.start())
    return tuple(takers), tuple(k for k in ([holder.key] if holder else []) if k not in takers)
