"""The places of a sentence where its engagements may have happened: not where a source speaks from, a body sits
abroad, people come from or the land across a border lies (read by `sentence_mining.mine_sentence`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders import place_readings
from loaders.abroad import abroad_keys
from loaders.actor_references import in_syria
from loaders.capital_references import described_capital
from loaders.gazetteer import Gazetteer
from loaders.mention_filters import BASED_IN
from loaders.model import Mention
from loaders.old_dates import OLD_DATE
from loaders.overflown import only_flown_over
from loaders.place_context import specific_places
from loaders.reference_cities import reference_city

# "families from Aleppo Raqqa and Homs", "combatants from Chechnya": where people come from, not where it happened.
_PEOPLE_FROM = re.compile(
    r"\b(?i:families|refugees|residents|natives|fighters|militants|combatants|jihadists|mercenaries|nationals|"
    r"citizens|recruits|volunteers)\s+from\s+(?:the\s+)?(?:(?:city|town|province|region)\s+of\s+)?"
    # one way only to read each name word (a word, bracketed or not, a comma, then a space): no backtracking blow-up
    r"(?:\(?[A-Z][\w'’-]*\)?,?\s+|and\s+)*\(?$"
)
# "pushed back IS militants from Kobani", "expelled the fighters from Qusayr": the place the men were driven out of is
# where the fighting was, not where they come from (thirty-fourth session, helper leftopen34, written-sentence probe)
_DRIVEN_OUT = re.compile(
    r"\b(?:push(?:ed|ing)|dr(?:ove|iven|iving)|expell(?:ed|ing)|oust(?:ed|ing)|evict(?:ed|ing)|chas(?:ed|ing)|"
    r"flush(?:ed|ing)|kick(?:ed|ing)|rout(?:ed|ing))(?:\s+(?:back|out))?\s+(?:[\w'’-]+\s+){0,3}?$",
    re.IGNORECASE,
)
_SOURCE_AT = re.compile(
    r"\b(?:source|sources|official|officials|reporter|correspondent|spokesman)\s+(?:at|in|from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "gunmen killed a local official in Daraa", "assassinated a senior security official in Jableh": an official a deed
# fell on is its victim, where it fell, not a speaker's seat (probe30); the deed's verb right before the official's
# words, with no comma between ("killed, an official in Daraa said" stays a speaker)
_OFFICIAL_HIT = re.compile(
    r"\b(?:killed|assassinated|shot\s+dead|murdered|executed|kidnapped|abducted|wounded|injured)\s+"
    r"(?:[\w-]+\s+){0,4}?officials?\s+(?:at|in|from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)

# "Like the bombing of Aleppo in 2016, the raid struck hospitals first": an opening phrase of likeness, dated a year or
# more back and closed by a comma, names an old event's place, not the sentence's (quiet31b, written-sentence probe)
_LIKE_OPENING = re.compile(r"(?:^|[.!?]\s+|\n)(?:Like|Unlike)\s+(?:the|an?|its|their)\s+[^,.;:!?\n]{0,60}$")
_OLD_DATE_COMMA = re.compile(rf"[^,.;:!?\n]{{0,30}}?\b{OLD_DATE},")


def _likened_old_place(body: str, start: int, end: int) -> bool:
    """Whether the place at start..end sits in an opening "Like the X of Y in 2016," phrase: the old event's place."""
    return (
        _LIKE_OPENING.search(body, max(0, start - 80), start) is not None
        and _OLD_DATE_COMMA.match(body, end) is not None
    )


def _speaker_at(body: str, start: int) -> bool:
    """Whether the place at `start` is where a source or reporter speaks from, not an official a deed fell on."""
    window = max(0, start - 40)
    return bool(_SOURCE_AT.search(body, window, start)) and not _OFFICIAL_HIT.search(body, max(0, start - 80), start)


def _people_from(body: str, start: int) -> bool:
    """Whether the place at `start` is where people named before it come from, not where they were driven out of."""
    people = _PEOPLE_FROM.search(body, max(0, start - 80), start)
    return people is not None and not _DRIVEN_OUT.search(body, max(0, people.start() - 60), people.start())


def places_of_events(body: str, mentions: Sequence[Mention], gazetteer: Gazetteer) -> list[str]:
    """The sentence's places where something may have happened: not where a speaker, a body or people come from."""
    abroad = abroad_keys(gazetteer)
    # "a source at Aleppo Police Command", "SANA reporter in Hama": where the speaker is, not where it happened.
    return specific_places(
        [
            m.key
            for m in mentions
            if m.kind == "place"
            and not _speaker_at(body, m.span.start)
            and not _likened_old_place(body, m.span.start, m.span.end)
            # "Jets flew over Idlib and did not strike, but helicopters bombed Daraa": no event at Idlib
            and not only_flown_over(body, m.span.start, m.span.end)
            and m.key not in abroad
            # "besieged areas near the Syrian capital": the office sets the scene; it places no event
            and not described_capital(body, m)
            # "killed in a besieged Damascus suburb": the city locates an unnamed suburb; the event is not in the city
            and not reference_city(body, m)
            # "a charity based in Germany": where a body sits abroad ("fighters based in Eastern Ghouta" stay)
            and not (BASED_IN.search(body, max(0, m.span.start - 20), m.span.start) and not in_syria(m, gazetteer))
            and not _people_from(body, m.span.start)
            # "a town on the border with Iraq": the land across the line locates a town on this side
            and not (place_readings.across_border(body, m.span) and not in_syria(m, gazetteer))
        ],
        gazetteer,
    )
