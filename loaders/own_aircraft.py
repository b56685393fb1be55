"""A state's or its leader's aircraft told by a possessive pointing back to it: "Assad is using his jet fighters and
helicopters to attack" (thirty-fifth session, helper roles35)."""

from __future__ import annotations

import re
from collections.abc import Callable

from loaders.actor_mentions import air_arm
from loaders.aircraft_words import PLURALS
from loaders.gazetteer import Gazetteer
from loaders.model import Mention, Span
from loaders.state_forces import state_named

# What the owner does with them, up to five words with no stop, comma or clause word; then his, its or their and the
# aircraft, "jet fighters" too, and a second kind after "and" ("his jets and helicopters").
_AIR_RUN = rf"(?:jet\s+fighters|fighter\s+jets|{PLURALS})"
_OWN_AIRCRAFT = re.compile(
    r"(?:\s+(?!(?:and|but|while|as|after|when|which|who|that|said|says)\b)[\w'’-]+){1,5}?"
    rf"\s+(?:his|its|their)\s+(?:own\s+)?(?P<air>{_AIR_RUN}(?:\s+and\s+{_AIR_RUN})?)\b",
    re.IGNORECASE,
)


def with_own_aircraft(body: str, per_sentence: list[list[Mention]], gazetteer: Gazetteer) -> list[list[Mention]]:
    """Each sentence's mentions, with the air arm of a state (or of the state a leader rules) read on the aircraft a
    possessive right after it names as its own."""
    return [_own_aircraft(body, found, gazetteer) for found in per_sentence]


def _own_aircraft(body: str, found: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """One sentence's mentions with its owned aircraft read."""

    def owned(m: Mention) -> tuple[str, int, int] | None:
        state = state_named(m, gazetteer) if m.kind == "actor" else None
        match = _OWN_AIRCRAFT.match(body, m.span.end) if state is not None else None
        return None if state is None or match is None else (state, *match.span("air"))

    return with_air_arms(found, gazetteer, owned)


def with_air_arms(
    found: list[Mention], gazetteer: Gazetteer, owned: Callable[[Mention], tuple[str, int, int] | None]
) -> list[Mention]:
    """The mentions, with the air arm of the state `owned` reads for a mention put on the aircraft words it spans."""
    added: list[Mention] = []
    for m in found:
        read = owned(m)
        if read is None:
            continue
        state, start, end = read
        # the possessive points back to the last name before it: no other actor between, none on the aircraft
        if any(k is not m and k.kind == "actor" and m.span.end <= k.span.start < end for k in found):
            continue
        force = air_arm(state, gazetteer)
        if force != state:
            added.append(Mention(Span(start, end), force, "actor"))
    return sorted([*found, *added], key=lambda k: (k.span.start, k.span.end)) if added else found
