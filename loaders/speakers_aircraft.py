"""A state's ministry, army or command saying its own aircraft struck: "The Russian defence ministry said its jets
struck" (thirty-sixth session, helper ownjets36)."""

from __future__ import annotations

import re

from loaders.aircraft_words import PLURALS
from loaders.demonyms import DEMONYMS, NATIONALITY_OF
from loaders.gazetteer import Gazetteer
from loaders.model import Mention
from loaders.own_aircraft import with_air_arms
from loaders.report_sides import STATE_CLASSES, Sides
from loaders.speech_verbs import MADE_KNOWN, SAID, either

# The speaker's verb, a day or "that" may follow, then its or their, or a count of them, up to two words telling
# their kind ("six long-range Tu-22M3 bombers"), and the aircraft: a body that speaks for a state reports the sorties
# of the state's own aircraft, so aircraft it counts without a nationality are its own; one told as unknown or
# foreign is not, nor one a nationality names ("two Russian Su-24 jets", "two Belgian F-16 jets": whose they are is
# told, and it need not be the speaker's), and a named side on them is an actor, which the reader below lets stand.
# The mention runs over the words of kind, so that a trigger they make ("Tu-22M3 bombers") lies inside it and acts
# for it. The aircraft are the shared plurals, which the possessive readers take too.
# A nationality hyphened to the next word tells where they were made ("its Russian-made jets"), not whose they are;
# "suicide bombers" are men, not aircraft (review37).
_NATIONALITY_WORD = rf"(?-i:{'|'.join(re.escape(d) for d in DEMONYMS)}|[A-Z][a-z]+(?:an|ish|ese))\b(?!-)"
_NOT_OWN = rf"(?:unidentified|unknown|foreign|enemy|hostile|other|suicide)\b|{_NATIONALITY_WORD}"
_SAID_OWN_AIRCRAFT = re.compile(
    rf"\s+(?:also\s+)?(?:{either(*SAID, *MADE_KNOWN)})(?:\s+on\s+[A-Z]\w+)?(?:\s+that)?"
    r"\s+(?:(?:its|their)\s+(?:own\s+)?|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|several)\s+)"
    rf"(?P<air>(?:(?!{_NOT_OWN})[\w-]+\s+){{0,2}}?"
    rf"(?:{PLURALS}))\b",
    re.IGNORECASE,
)
# The nationality opening a state body's name as written: "the Russian defence ministry", "Russia's military".
_NATIONALITY = re.compile(r"(?:the\s+)?(?P<name>[A-Z][\w.]*?)(?:['’]?s)?\s", re.IGNORECASE)


def with_speakers_aircraft(body: str, per_sentence: list[list[Mention]], gazetteer: Gazetteer) -> list[list[Mention]]:
    """Each sentence's mentions, with the air arm of the state a ministry, force or state speaks for read on the
    aircraft it says are its own."""
    return [_speakers_aircraft(body, found, gazetteer) for found in per_sentence]


def _speakers_aircraft(body: str, found: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """One sentence's mentions with the aircraft its state speakers own read."""

    def owned(m: Mention) -> tuple[str, int, int] | None:
        said = _SAID_OWN_AIRCRAFT.match(body, m.span.end) if m.kind == "actor" and m.linked else None
        state = _state_of(body, m, gazetteer) if said is not None else None
        # another actor between is left to stand (with_air_arms): the possessive may point back to it
        return None if said is None or state is None else (state, *said.span("air"))

    return with_air_arms(found, gazetteer, owned)


def _state_of(body: str, m: Mention, gazetteer: Gazetteer) -> str | None:
    """The state a state, its force or its ministry speaks for: by the table's name, else by the nationality its
    name opens with as written; None for any other actor."""
    if m.key not in gazetteer or gazetteer.get(m.key).cls not in STATE_CLASSES:
        return None
    side = Sides(gazetteer).side(m.key)
    if side != m.key or gazetteer.get(side).cls == "State":
        return side
    opening = _NATIONALITY.match(body, m.span.start, m.span.end)
    name = opening["name"] if opening else ""
    return DEMONYMS.get(NATIONALITY_OF.get(name, name))
