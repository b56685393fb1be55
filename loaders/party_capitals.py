"""A capital named as a party to an act ("independently of Damascus", "at the request of Damascus", "loyal to
Ankara") is its state, not a place (docs/extraction.md, "Mentions"; thirty-second session, helper placefp32)."""

from __future__ import annotations

import re

from loaders.gazetteer import Gazetteer
from loaders.model import Mention
from loaders.paired_states import state_metonyms

# Phrases whose object is someone who acts or assents, never ground: one acts on behalf of a government, at its
# request, with its approval, in coordination with it or loyal to it; a town does none of these. "close to" and
# "opposed to" are left out ("fighting close to Damascus", "as opposed to Damascus").
PARTY_BEFORE = re.compile(
    r"\b(?:(?:independently|independent|on\s{1,3}behalf|at\s{1,3}the\s{1,3}(?:request|behest|invitation|urging)|"
    r"(?:with|without)\s{1,3}the\s{1,3}(?:approval|consent|blessing|permission|backing|knowledge))\s{1,3}of"
    r"|(?:in\s{1,3}(?:coordination|co-ordination|cooperation|collaboration|alliance)|allied)\s{1,3}with"
    r"|(?:loyal|allied)\s{1,3}to)\s{1,3}$",
    re.IGNORECASE,
)
# How far before the name the phrase is looked for (its longest form, with a few blanks to spare)
_REACH = 60
# A capitalised word right after the name goes on with it ("in cooperation with Damascus University")
_NAME_GOES_ON = re.compile(r"[ \t]{1,3}[A-Z]")


def capitals_as_parties(body: str, found: list[Mention], gazetteer: Gazetteer) -> tuple[list[Mention], list[Mention]]:
    """The mentions without the capitals a party's phrase governs, and those capitals as the states they stand for."""
    # The states (the tables' metonyms) are actor links of the article but no side of an event: one acts on behalf of
    # or in coordination with them, so they are kept out of the sentences the engagements are read from.
    metonyms = state_metonyms(gazetteer)
    kept: list[Mention] = []
    parties: list[Mention] = []
    for m in found:
        state = metonyms.get(body[m.span.start : m.span.end])
        if (
            m.kind == "place"
            and state is not None
            and not _NAME_GOES_ON.match(body, m.span.end)
            and PARTY_BEFORE.search(body, max(0, m.span.start - _REACH), m.span.start)
        ):
            parties.append(Mention(m.span, state, "actor"))
        else:
            kept.append(m)
    return kept, parties
